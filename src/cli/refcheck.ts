// Entry point of the `refcheck` command (bundled to dist/refcheck.cjs by `npm run build:cli`).
import process from "process";
import { runCli } from "./run";
import { terminalSafe } from "./terminal";

runCli(process.argv.slice(2), {
	env: process.env,
	stdout: (s) => process.stdout.write(s),
	stderr: (s) => process.stderr.write(s),
	isTTY: process.stderr.isTTY === true,
}).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		// A bug of ours: the message (not a stack trace, unless asked for), through the one sanitizer.
		const detail = e instanceof Error ? (process.env.REFCHECK_DEBUG ? e.stack ?? e.message : e.message) : String(e);
		process.stderr.write(`refcheck: internal error: ${terminalSafe(detail)}\n`);
		process.exitCode = 2;
	},
);
