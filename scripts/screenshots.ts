// `npm run screenshots [-- --vault DIR] [--out DIR]`: renders the mismatch panel, the status bar,
// the cited-in section and the references section of a vault in headless Chromium, in light and
// dark Obsidian-like themes at 1200×800, plus the panel on a phone at 900×1600 (see
// scripts/screenshots/render.ts). The notes shown are chosen from the vault
// (scripts/screenshots/pick.ts). Defaults: the fixture corpus into docs/screenshots/.
import { relative, resolve, sep } from "path";
import { renderScreenshots } from "./screenshots/render";

const USAGE = "usage: screenshots [--vault DIR] [--out DIR]   (defaults: test/fixtures/corpus, docs/screenshots)";

function parseArgs(argv: string[]): { vault: string; out: string } {
	const opts = { vault: "test/fixtures/corpus", out: "docs/screenshots" };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = argv[i + 1];
		if ((arg === "--vault" || arg === "--out") && value !== undefined && !value.startsWith("--")) {
			opts[arg === "--vault" ? "vault" : "out"] = value;
			i++;
		} else {
			throw new Error(`${arg === "--help" || arg === "-h" ? "" : `unknown or incomplete option ${arg}\n`}${USAGE}`);
		}
	}
	return { vault: resolve(opts.vault), out: resolve(opts.out) };
}

async function main(): Promise<void> {
	const { vault, out } = parseArgs(process.argv.slice(2));
	const result = await renderScreenshots({ vault, out });
	const shown = (p: string) => (p.startsWith(process.cwd() + sep) ? relative(process.cwd(), p) : p);
	console.log(`vault ${shown(vault)}: panel on ${result.picked.panel}, cited-in on ${result.picked.citedIn ?? "-"}, references on ${result.picked.references ?? "-"}`);
	for (const s of result.skipped) console.log(`skipped ${s}`);
	for (const w of result.warnings) console.warn(`warning: ${w}`);
	for (const s of result.shots) console.log(`wrote ${shown(s.file)}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
