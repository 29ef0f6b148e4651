// Renders the screenshots of one vault in headless Chromium (Debian `chromium` driven by
// playwright-core): the plugin is loaded into a fake Obsidian holding the vault's notes (page.ts),
// in light and dark Obsidian-like themes. Nothing is fetched from the network. Used by
// scripts/screenshots.ts (the command), scripts/demo.ts and test/browser/.
//
// Sizes are those of the community directory's listing: desktop shots 1200×800; one phone shot,
// the panel on mobile (no status bar there), 900×1600 — a 450×800 phone screen at 2× pixels.
import { build, type Plugin as EsbuildPlugin } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { existsSync, mkdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { pickNotes, pickSignals, readVault, type PickedNotes, type PickedSignals } from "./pick";

const ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export type ShotKind = "panel" | "status-bar" | "cited-in" | "references" | "panel-mobile" | SignalShotKind;
/** Shots of the signals vault: retracted, duplicate and unknown citations in the panel, status bar and References section. */
export type SignalShotKind = "signals-panel" | "signals-status-bar" | "signals-references";
export const SIGNAL_KINDS: readonly SignalShotKind[] = ["signals-panel", "signals-status-bar", "signals-references"];

/** The desktop window, in CSS pixels at 1×. */
export const DESKTOP = { width: 1200, height: 800 } as const;
/** The phone: its screen in CSS pixels and its pixel ratio (the PNG is 900×1600). */
export const PHONE = { width: 450, height: 800, scale: 2 } as const;
/** The theme of the one phone shot. */
export const PHONE_THEME: Theme = "light";

export interface Shot {
	kind: ShotKind;
	theme: Theme;
	/** The vault path of the note in the main area. */
	note: string;
	/** The PNG written. */
	file: string;
}

export interface RenderOptions {
	/** The vault folder whose Markdown notes are shown. */
	vault: string;
	/** Where the PNGs go (created if missing). */
	out: string;
	themes?: readonly Theme[];
	/** Chromium binary; default $CHROMIUM_PATH, else /usr/bin/chromium. */
	chromiumPath?: string;
	/** A second vault for the signal shots (SIGNAL_KINDS); none taken when omitted. */
	signalsVault?: string;
	/** Called with the page just before each shot is taken, to look at what it shows. */
	inspect?: (shot: Shot, page: Page) => Promise<void>;
	/**
	 * After the phone shot: start a vault run there and call this while it runs (its requests held,
	 * then answered) and once it was cancelled from its progress Notice.
	 */
	inspectRun?: (phase: RunPhase, page: Page) => Promise<void>;
}

/** When inspectRun looks: the run started (nothing answered yet), under way, cancelled. */
export type RunPhase = "started" | "progressing" | "cancelled";

export interface RenderResult {
	picked: PickedNotes;
	/** The signal shots' notes (null: no signals vault). */
	signals: PickedSignals | null;
	shots: Shot[];
	/** Shots not taken, with the reason (the vault has nothing to show there). */
	skipped: string[];
	/** The page's warnings (e.g. an icon the shim cannot draw), deduplicated. */
	warnings: string[];
}

interface ShotsApi {
	setup(files: Record<string, string>): Promise<void>;
	panel(notePath: string): Promise<void>;
	citations(notePath: string): Promise<void>;
	startRun(): void;
	releaseRequests(limit?: number): number;
}

const PROGRESS = ".notice .reference-check-progress";

/**
 * A vault run on the phone: started, watched while it runs, cancelled from its Notice. The page's
 * clock is paused first and moved on by hand (playwright's clock: Date and timers of the page), so
 * the run's request pacing (the plugin's rate limit, 8 a second) costs no real waiting.
 */
async function watchRun(page: Page, inspect: NonNullable<RenderOptions["inspectRun"]>): Promise<void> {
	await page.clock.install();
	await page.clock.pauseAt(Date.now() + 1000);
	await page.evaluate(() => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.startRun());
	const progress = page.locator(PROGRESS);
	for (let i = 0; i < 100 && (await progress.count()) === 0; i++) await page.clock.runFor(100);
	await progress.waitFor({ state: "visible", timeout: 10_000 });
	await inspect("started", page);
	// A few answers at a time, half a second of the page's time apart (the limiter starts about 4
	// requests in it): the run moves on but cannot end before it is looked at.
	const before = (await progress.textContent()) ?? "";
	for (let i = 0; i < 400 && ((await progress.textContent()) ?? "") === before; i++) {
		await page.evaluate(() => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.releaseRequests(4));
		await page.clock.runFor(500);
	}
	await inspect("progressing", page);
	await progress.locator("button").click();
	for (let i = 0; i < 100 && (await progress.count()) > 0; i++) await page.clock.runFor(100);
	await progress.waitFor({ state: "detached", timeout: 20_000 });
	await inspect("cancelled", page);
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

/** Fails with what is missing when the page does not show `selector` (an empty pane is a bug, not a picture). */
async function expectShown(page: Page, selector: string, what: string): Promise<void> {
	if ((await page.locator(selector).count()) === 0) throw new Error(`${what}: nothing matches ${selector}`);
}

export function chromiumPath(explicit?: string): string {
	const path = explicit ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
	if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
	return path;
}

export async function renderScreenshots(opts: RenderOptions): Promise<RenderResult> {
	const executablePath = chromiumPath(opts.chromiumPath);
	if (!existsSync(opts.vault)) throw new Error(`no vault at ${opts.vault}`);
	// Chromium starts and the page script is bundled while the notes are picked here.
	const launching = chromium.launch({
		executablePath,
		headless: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
	});
	// Failures are thrown where it is awaited; closed when anything fails before then.
	launching.catch(() => undefined);
	const abandon = () => void launching.then((b) => b.close(), () => undefined);
	const bundling = pageBundle();
	bundling.catch(() => undefined); // thrown where it is awaited
	let files: Record<string, string>;
	let picked: PickedNotes;
	let signalFiles: Record<string, string> | null;
	let signals: PickedSignals | null;
	try {
		files = readVault(opts.vault);
		picked = pickNotes(files, new Date());
		if (opts.signalsVault && !existsSync(opts.signalsVault)) throw new Error(`no vault at ${opts.signalsVault}`);
		signalFiles = opts.signalsVault ? readVault(opts.signalsVault) : null;
		signals = signalFiles ? pickSignals(signalFiles) : null;
		mkdirSync(opts.out, { recursive: true });
	} catch (e) {
		abandon();
		throw e;
	}
	const script = await bundling.catch((e: unknown) => {
		abandon();
		throw e;
	});
	const css = readFileSync(join(ROOT, "scripts", "screenshots", "obsidian-theme.css"), "utf8") + "\n" + readFileSync(join(ROOT, "styles.css"), "utf8");
	const shots: Shot[] = [];
	const skipped: string[] = [];
	if (!picked.citedIn) skipped.push("cited-in: no reference note's cited_in holds a page citing it");
	if (!picked.references) skipped.push("references: no page cites a reference note with [@key]");
	const errors: string[] = [];
	const warnings = new Set<string>();
	const themes = opts.themes ?? THEMES;
	// One browser for every shot: a context per window (the desktop, then the phone's pixel ratio).
	const browser = await launching;
	const newWindow = (viewport: { width: number; height: number }, scale: number, mobile: boolean) =>
		browser.newContext({ viewport, deviceScaleFactor: scale, isMobile: mobile, hasTouch: mobile, offline: true });
	/** A page of `context` showing the plugin on the vault's notes, with `bodyClass` (its theme, a phone's classes). */
	const open = async (context: BrowserContext, label: string, bodyClass: string, vaultFiles: Record<string, string> = files): Promise<Page> => {
		const page = await context.newPage();
		page.on("pageerror", (e) => errors.push(`${label}: ${e.message}`));
		page.on("console", (m) => {
			if (m.type() === "error") errors.push(`${label}: ${m.text()}`);
			else if (m.type() === "warning") warnings.add(m.text());
		});
		await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}</style></head><body class="${bodyClass}"></body></html>`);
		await page.addScriptTag({ content: script });
		await page.evaluate((f) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.setup(f), vaultFiles);
		return page;
	};
	/** Obsidian's theme switch: the body's theme class, nothing else changes. */
	const setTheme = (page: Page, theme: Theme) =>
		page.evaluate((t) => {
			for (const other of ["theme-light", "theme-dark"]) document.body.classList.remove(other);
			document.body.classList.add(`theme-${t}`);
		}, theme);
	/** Takes the shot `kind` of `page` in `theme` (after `inspect` looked at it). */
	const shoot = async (page: Page, kind: ShotKind, theme: Theme, note: string, clip?: { x: number; y: number; width: number; height: number }) => {
		const shot: Shot = { kind, theme, note, file: join(opts.out, `${kind}-${theme}.png`) };
		if (opts.inspect) await opts.inspect(shot, page);
		await page.screenshot({ path: shot.file, clip });
		shots.push(shot);
	};
	/** The right end of the status bar, where Obsidian shows plugin items. */
	const statusBarClip = async (page: Page) => {
		const bar = await page.locator(".status-bar").boundingBox();
		if (!bar) throw new Error("no status bar");
		return { x: bar.x + bar.width - 420, y: bar.y, width: 420, height: bar.height };
	};
	try {
		// One page per vault (the plugin loads each vault once); each theme's shots are taken on it,
		// every view opened again after the switch as for the first theme.
		const context = await newWindow(DESKTOP, 1, false);
		const page = await open(context, "corpus", `theme-${themes[0]}`);
		for (const theme of themes) {
			await setTheme(page, theme);
			await page.evaluate((n) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.panel(n), picked.panel);
			await expectShown(page, ".reference-check-panel .reference-check-entry.is-expanded", `panel (${picked.panel})`);
			await shoot(page, "panel", theme, picked.panel);
			await expectShown(page, ".status-bar .reference-check-status-label:not(:empty)", `status bar (${picked.panel})`);
			await shoot(page, "status-bar", theme, picked.panel, await statusBarClip(page));

			if (picked.citedIn) {
				await page.evaluate((n) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.citations(n), picked.citedIn);
				await expectShown(page, ".reference-check-cited-in a.internal-link", `cited-in section (${picked.citedIn})`);
				await shoot(page, "cited-in", theme, picked.citedIn);
			}
			if (picked.references) {
				await page.evaluate((n) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.citations(n), picked.references);
				await expectShown(page, ".reference-check-references .reference-check-reference", `references section (${picked.references})`);
				await shoot(page, "references", theme, picked.references);
			}
		}
		await page.close();
		if (signalFiles && signals) {
			const sp = await open(context, "signals", `theme-${themes[0]}`, signalFiles);
			const api = (fn: "panel" | "citations", n: string) => sp.evaluate(([f, p]) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots[f as "panel" | "citations"](p), [fn, n]);
			for (const theme of themes) {
				await setTheme(sp, theme);
				await api("panel", signals.retracted);
				await expectShown(sp, '.reference-check-panel .reference-check-group[data-group="retracted"]', `signals panel (${signals.retracted})`);
				// The panel's citations block, unfolded.
				await sp.evaluate(() => document.querySelectorAll<HTMLDetailsElement>(".reference-check-citation-problems").forEach((d) => (d.open = true)));
				await shoot(sp, "signals-panel", theme, signals.retracted);
				await api("citations", signals.page);
				await expectShown(sp, ".reference-check-references .reference-check-retracted-warning", `signals references (${signals.page})`);
				await shoot(sp, "signals-references", theme, signals.page);
				await expectShown(sp, ".status-bar .reference-check-status-label:not(:empty)", `signals status bar (${signals.page})`);
				await shoot(sp, "signals-status-bar", theme, signals.page, await statusBarClip(sp));
			}
			await sp.close();
		}
		if (themes.includes(PHONE_THEME)) {
			// Obsidian on a phone: sidebar views fill the screen, and there is no status bar.
			const phone = await newWindow({ width: PHONE.width, height: PHONE.height }, PHONE.scale, true);
			try {
				const page = await open(phone, "phone", `theme-${PHONE_THEME} is-mobile is-phone`);
				await page.evaluate((n) => (window as unknown as { referenceCheckShots: ShotsApi }).referenceCheckShots.panel(n), picked.panel);
				await expectShown(page, ".reference-check-panel .reference-check-entry.is-expanded", `panel on a phone (${picked.panel})`);
				await shoot(page, "panel-mobile", PHONE_THEME, picked.panel);
				if (opts.inspectRun) await watchRun(page, opts.inspectRun);
				await page.close();
			} finally {
				await phone.close();
			}
		}
	} finally {
		await browser.close();
	}
	if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join("\n")}`);
	return { picked, signals, shots, skipped, warnings: [...warnings] };
}
