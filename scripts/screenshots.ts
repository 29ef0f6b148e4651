// `npm run screenshots`: renders the mismatch panel, the status bar and the citations (cited_in)
// view in headless Chromium (Debian `chromium` driven by playwright-core), with the plugin loaded
// into a fake Obsidian holding the fixture corpus, in light and dark Obsidian-like themes.
// PNGs go to docs/screenshots/. Nothing is fetched from the network.
import { build, type Plugin as EsbuildPlugin } from "esbuild";
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";

const ROOT = process.cwd();
const OUT = join(ROOT, "docs", "screenshots");
const CORPUS = join(ROOT, "test", "fixtures", "corpus");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BIB = "shared-references/bibtex-entries/";

/** The note shown in the main area, and the panel entry expanded beside it. */
const NOTE = `${BIB}clark2021.md`;
const EXPANDED = `${BIB}clark2021.md`;
/** A reference note whose cited_in folder (data-leverage-blogs, Markdown pages) cites it. */
const CITED_NOTE = `${BIB}vincent2023datalabor.md`;
/** A page citing several references with [@key] (the References section). */
const CITING_PAGE = "data-leverage-blogs/2025-05-30-how-do-we-know-our-ai-output-is-good.md";

const THEMES = ["light", "dark"] as const;

function corpusFiles(): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith(".md")) out[relative(CORPUS, p).split("\\").join("/")] = readFileSync(p, "utf8");
		}
	};
	walk(CORPUS);
	return out;
}

/** Node built-ins the fake module imports for requestUrl; the page never makes requests. */
const stubNodeModules: EsbuildPlugin = {
	name: "stub-node-modules",
	setup(b) {
		b.onResolve({ filter: /^(http|https)$/ }, (args) => ({ path: args.path, namespace: "stub" }));
		b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const request = () => { throw new Error('no network in screenshots'); };", loader: "js" }));
	},
};

async function pageBundle(): Promise<string> {
	const result = await build({
		entryPoints: [join(ROOT, "scripts", "screenshots", "page.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: join(ROOT, "scripts", "screenshots", "obsidian-shim.ts") },
		plugins: [stubNodeModules],
		define: { "process.env.NODE_ENV": '"production"' },
		write: false,
		logLevel: "silent",
	});
	return result.outputFiles[0].text;
}

interface Shots {
	setup(files: Record<string, string>): Promise<void>;
	panel(notePath: string, expandPath: string): Promise<void>;
	citations(notePath: string): Promise<boolean>;
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const script = await pageBundle();
	const css = readFileSync(join(ROOT, "scripts", "screenshots", "obsidian-theme.css"), "utf8") + "\n" + readFileSync(join(ROOT, "styles.css"), "utf8");
	const files = corpusFiles();
	const profile = mkdtempSync(join(tmpdir(), "reference-check-shots-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
		viewport: { width: 1200, height: 820 },
		deviceScaleFactor: 1,
		offline: true,
	});
	const written: string[] = [];
	const errors: string[] = [];
	try {
		for (const theme of THEMES) {
			const page = await context.newPage();
			page.on("pageerror", (e) => errors.push(`${theme}: ${e.message}`));
			page.on("console", (m) => {
				if (m.type() === "error") errors.push(`${theme}: ${m.text()}`);
			});
			await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-${theme}"></body></html>`);
			await page.addScriptTag({ content: script });
			await page.evaluate((f) => (window as unknown as { referenceCheckShots: Shots }).referenceCheckShots.setup(f), files);

			await page.evaluate(([n, e]) => (window as unknown as { referenceCheckShots: Shots }).referenceCheckShots.panel(n, e), [NOTE, EXPANDED] as const);
			const panelPng = join(OUT, `panel-${theme}.png`);
			await page.screenshot({ path: panelPng });
			written.push(panelPng);
			const statusPng = join(OUT, `status-bar-${theme}.png`);
			// The right end of the status bar, where Obsidian shows plugin items.
			const bar = await page.locator(".status-bar").boundingBox();
			if (!bar) throw new Error("no status bar");
			await page.screenshot({ path: statusPng, clip: { x: bar.x + bar.width - 360, y: bar.y - 8, width: 360, height: bar.height + 8 } });
			written.push(statusPng);

			const hasCitations = await page.evaluate((n) => (window as unknown as { referenceCheckShots: Shots }).referenceCheckShots.citations(n), CITED_NOTE);
			if (hasCitations) {
				const citedPng = join(OUT, `cited-in-${theme}.png`);
				await page.screenshot({ path: citedPng });
				written.push(citedPng);
				await page.evaluate((n) => (window as unknown as { referenceCheckShots: Shots }).referenceCheckShots.citations(n), CITING_PAGE);
				const referencesPng = join(OUT, `references-${theme}.png`);
				await page.screenshot({ path: referencesPng });
				written.push(referencesPng);
			} else {
				console.log(`${theme}: no citations view in this build; skipped cited-in-${theme}.png`);
			}
			await page.close();
		}
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
	for (const p of written) console.log(`wrote ${relative(ROOT, p)}`);
	if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join("\n")}`);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
