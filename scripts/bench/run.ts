// `npm run bench [-- NAME]`: runs every scripts/bench/*.bench.ts (or those whose file name contains
// NAME), each in a process of its own. Each prints its own figures, with a baseline measured in the
// same run, and throws when a target is missed.
//
// The benches live under scripts/ because they are Node programs (console output, dynamic imports,
// child processes), not plugin source: the community directory's scan does not look there.
//
// One process per bench: a bench that installs a DOM (panel) or leaves timers behind cannot change
// another's figures, and a bench whose event loop drains before it finishes is reported as failed
// instead of silently ending the whole run with exit code 0.
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

type BenchModule = { default: (() => Promise<void>) | { default: () => Promise<void> } };

const DIR = __dirname;

/** Runs one bench file in this process; the exit code says whether it finished without throwing. */
async function runOne(file: string): Promise<void> {
	let settled = false;
	process.on("exit", (code) => {
		if (!settled && code === 0) {
			process.stderr.write(`FAILED ${file}: the process exited before the bench finished\n`);
			process.exitCode = 1;
		}
	});
	try {
		// tsx loads these .ts files as CommonJS (no "type": "module"): no top-level await, and a
		// dynamically imported module's default export may arrive wrapped once more.
		const mod = (await import(pathToFileURL(join(DIR, file)).href)) as BenchModule;
		const run = typeof mod.default === "function" ? mod.default : mod.default.default;
		await run();
	} catch (e) {
		process.stderr.write(`FAILED ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 1;
	} finally {
		settled = true;
	}
}

function runAll(only: string | undefined): number {
	const files = readdirSync(DIR).filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only))).sort();
	if (files.length === 0) {
		process.stderr.write(`no bench matches ${only ?? "*"}\n`);
		return 1;
	}
	const failed: string[] = [];
	for (const f of files) {
		process.stdout.write(`\n=== ${f} ===\n`);
		const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--one", f], { stdio: "inherit" });
		if (r.status !== 0) failed.push(f);
	}
	if (failed.length) process.stderr.write(`\n${failed.length} bench(es) failed: ${failed.join(", ")}\n`);
	return failed.length ? 1 : 0;
}

const args = process.argv.slice(2);
if (args[0] === "--one" && args[1]) void runOne(args[1]);
else process.exitCode = runAll(args[0]);
