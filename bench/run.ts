// `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures, with a
// baseline measured in the same run, and throws when a target is missed.
import { readdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

type BenchModule = { default: (() => Promise<void>) | { default: () => Promise<void> } };

// tsx loads these .ts files as CommonJS (no "type": "module"): no top-level await, and a
// dynamically imported module's default export may arrive wrapped once more.
async function main(): Promise<void> {
	const only = process.argv[2];
	const dir = join(process.cwd(), "bench");
	const files = readdirSync(dir).filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only))).sort();
	let failed = 0;
	for (const f of files) {
		console.log(`\n=== ${f} ===`);
		try {
			const mod = (await import(pathToFileURL(join(dir, f)).href)) as BenchModule;
			const run = typeof mod.default === "function" ? mod.default : mod.default.default;
			await run();
		} catch (e) {
			failed++;
			console.error(`FAILED ${f}: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	if (failed) process.exit(1);
}

void main();
