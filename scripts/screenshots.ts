// `npm run screenshots [-- --vault DIR] [--signals-vault DIR] [--out DIR]`: renders the mismatch
// panel, the status bar, the cited-in section and the references section of a vault in headless
// Chromium, in light and dark Obsidian-like themes at 1200×800, plus the panel on a phone at
// 900×1600, and the retracted, duplicate and unknown-citation signals of a second small vault (see
// scripts/screenshots/render.ts). The notes shown are chosen from the vaults
// (scripts/screenshots/pick.ts). Defaults: the fixture corpus and test/fixtures/signals into
// docs/screenshots/.
import { relative, resolve, sep } from "path";
import { renderScreenshots } from "./screenshots/render";

const USAGE = "usage: screenshots [--vault DIR] [--signals-vault DIR] [--out DIR]   (defaults: test/fixtures/corpus, test/fixtures/signals, docs/screenshots)";

function parseArgs(argv: string[]): { vault: string; signalsVault: string; out: string } {
	const opts = { vault: "test/fixtures/corpus", signalsVault: "test/fixtures/signals", out: "docs/screenshots" };
	const names: Record<string, keyof typeof opts> = { "--vault": "vault", "--signals-vault": "signalsVault", "--out": "out" };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = argv[i + 1];
		if (arg in names && value !== undefined && !value.startsWith("--")) {
			opts[names[arg]] = value;
			i++;
		} else {
			throw new Error(`${arg === "--help" || arg === "-h" ? "" : `unknown or incomplete option ${arg}\n`}${USAGE}`);
		}
	}
	return { vault: resolve(opts.vault), signalsVault: resolve(opts.signalsVault), out: resolve(opts.out) };
}

async function main(): Promise<void> {
	const { vault, signalsVault, out } = parseArgs(process.argv.slice(2));
	const result = await renderScreenshots({ vault, signalsVault, out });
	const shown = (p: string) => (p.startsWith(process.cwd() + sep) ? relative(process.cwd(), p) : p);
	console.log(`vault ${shown(vault)}: panel on ${result.picked.panel}, cited-in on ${result.picked.citedIn ?? "-"}, references on ${result.picked.references ?? "-"}`);
	if (result.signals) console.log(`signals ${shown(signalsVault)}: panel on ${result.signals.retracted}, references on ${result.signals.page}`);
	for (const s of result.skipped) console.log(`skipped ${s}`);
	for (const w of result.warnings) console.warn(`warning: ${w}`);
	for (const s of result.shots) console.log(`wrote ${shown(s.file)}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
