// Entry point of the `refcheck` command (bundled to dist/refcheck.cjs by `npm run build:cli`).
import process from "process";
import { runCli } from "./run";

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
		process.stderr.write(`refcheck: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
		process.exitCode = 2;
	},
);
