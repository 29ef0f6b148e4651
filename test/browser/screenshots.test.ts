// The screenshots script in real headless Chromium (Debian `chromium`; CI installs it, see .ci/run):
// renders the fixture corpus into a temp dir and checks each PNG and what the page showed just
// before the shot — read from the DOM with playwright, and compared with what the vault's notes say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { parse } from "yaml";
import type { Page } from "playwright-core";
import { DESKTOP, PHONE, PHONE_THEME, renderScreenshots, SIGNAL_KINDS, THEMES, type RenderResult, type RunPhase, type ShotKind } from "../../scripts/screenshots/render";
import { readVault } from "../../scripts/screenshots/pick";
import { GROUP_LABELS } from "../../src/panel/model";

const VAULT = resolve(__dirname, "..", "fixtures", "corpus");
const SIGNALS_VAULT = resolve(__dirname, "..", "fixtures", "signals");
const KINDS: ShotKind[] = ["panel", "status-bar", "cited-in", "references"];
const BADGES = ["Verified", "Major mismatch", "Mismatch", "Not found", "Stale", "Unchecked"];
/** A person's verification names who, as recorded ("Verified by you", "Verified by agent"). */
const VERIFIED_BY = /^Verified by \S/;

/** What the phone showed while a vault run was going on. */
interface RunSeen {
	progress: string;
	/** The progress Notice's box, in CSS pixels. */
	box: { x: number; y: number; width: number; height: number } | null;
	panelStatus: string;
	statusBarShown: boolean;
	notices: string[];
}

interface Seen {
	mainTitle: string;
	chips: string[];
	reviewLine: string;
	expandedTitle: string[];
	statusLabel: string;
	viewTitle: string;
	citedInPageLinks: string[];
	citedKeys: string[];
	badges: string[];
	/** Whether the status bar and the note beside the panel are on screen (not on a phone). */
	statusBarShown: boolean;
	mainShown: boolean;
	/** The page's CSS viewport and pixel ratio. */
	screen: [number, number, number];
	/** The References section's retracted warning, its never-checked line and unknown keys (signal shots). */
	retractedWarning: string;
	neverChecked: string;
	unknownKeys: string;
	/** The panel's citations block and duplicate badges (signal shots). */
	citationSummary: string;
	duplicateBadges: string[];
}

async function texts(page: Page, selector: string): Promise<string[]> {
	return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

async function look(kind: ShotKind, page: Page): Promise<Seen> {
	const side = ".workspace-leaf.shot-side";
	const panel = kind === "panel" || kind === "panel-mobile" || kind === "signals-panel";
	return {
		mainTitle: (await texts(page, ".workspace-leaf.shot-main .view-header-title")).join(),
		chips: panel ? await texts(page, `${side} .reference-check-chip:visible`) : [],
		reviewLine: panel ? (await texts(page, `${side} .reference-check-panel-status`)).join() : "",
		expandedTitle: panel ? await texts(page, `${side} .reference-check-entry.is-expanded .reference-check-title`) : [],
		statusLabel: (await texts(page, ".status-bar .reference-check-status-label")).join(),
		viewTitle: (await texts(page, `${side} .reference-check-view-title`)).join(),
		citedInPageLinks: await texts(page, `${side} .reference-check-cited-in .reference-check-pages a.internal-link`),
		citedKeys: await texts(page, `${side} .reference-check-references .reference-check-reference:has(.reference-check-via-citation) .reference-check-citekey`),
		badges: await texts(page, `${side} .reference-check-references .reference-check-reference:has(.reference-check-via-citation) .reference-check-badge`),
		statusBarShown: await page.locator(".status-bar").isVisible(),
		mainShown: await page.locator(".workspace-leaf.shot-main").isVisible(),
		screen: await page.evaluate(() => [window.innerWidth, window.innerHeight, window.devicePixelRatio] as [number, number, number]),
		retractedWarning: (await texts(page, `${side} .reference-check-retracted-warning`)).join(),
		neverChecked: (await texts(page, `${side} .reference-check-never-checked`)).join(),
		unknownKeys: (await texts(page, `${side} .reference-check-references .reference-check-unknown-keys`)).join(),
		citationSummary: (await texts(page, `${side} .reference-check-citation-summary`)).join(),
		duplicateBadges: await texts(page, `${side} .reference-check-field-badge-duplicate`),
	};
}

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
	const b = readFileSync(file);
	expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
	expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

const files = readVault(VAULT);
const parsed = new Map<string, Record<string, unknown>>();
/** A corpus note's frontmatter, parsed once (the oracle reads every note's more than once). */
const frontmatter = (path: string): Record<string, unknown> => {
	let fm = parsed.get(path);
	if (!fm) parsed.set(path, (fm = parse(files[path].split(/^---$/m)[1]) as Record<string, unknown>));
	return fm;
};
const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
/** Pandoc-style `@key`s in a text (not e-mail addresses): the oracle, independent of the plugin's scanner. */
const keysIn = (text: string) => new Set([...text.matchAll(/(?<![\w@.])@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*\w)?)/g)].map((m) => m[1]));
const noteKeys = new Set(Object.keys(files).map((p) => frontmatter(p).citation_key).filter((k): k is string => typeof k === "string"));

describe("screenshots (headless Chromium)", () => {
	const out = mkdtempSync(join(tmpdir(), "reference-check-shots-test-"));
	const seen = new Map<string, Seen>();
	const run = new Map<RunPhase, RunSeen>();
	let rendered: RenderResult | Error = new Error("not rendered");
	/** The render's result; a failed render (e.g. no Chromium: it says where it looked) fails every test, never skips it. */
	const result = (): RenderResult => {
		if (rendered instanceof Error) throw rendered;
		return rendered;
	};

	beforeAll(async () => {
		rendered = await renderScreenshots({
			vault: VAULT,
			signalsVault: SIGNALS_VAULT,
			out,
			inspect: async (shot, page) => void seen.set(`${shot.kind}-${shot.theme}`, await look(shot.kind, page)),
			inspectRun: async (phase, page) => {
				const progress = page.locator(".notice .reference-check-progress");
				const shown = (await progress.count()) > 0;
				run.set(phase, {
					progress: shown ? (await progress.innerText()).replace(/\s+/g, " ").trim() : "",
					box: shown ? await progress.boundingBox() : null,
					panelStatus: (await texts(page, ".workspace-leaf.shot-side .reference-check-panel-status")).join(),
					statusBarShown: await page.locator(".status-bar").isVisible(),
					notices: await texts(page, ".notice"),
				});
			},
		}).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
	}, 150_000);
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it("writes every shot in both themes as a PNG of the directory's sizes: 1200×800, the phone 900×1600", () => {
		expect(result().skipped).toEqual([]);
		for (const theme of THEMES) {
			for (const kind of KINDS) {
				const file = join(out, `${kind}-${theme}.png`);
				expect(existsSync(file), file).toBe(true);
				const png = pngSize(file);
				if (kind === "status-bar") {
					expect(png.width).toBe(420);
					expect(png.height).toBeGreaterThanOrEqual(20);
					expect(png.height).toBeLessThan(60);
					expect(png.bytes, file).toBeGreaterThan(800); // an empty 420×25 strip is ~200 bytes
				} else {
					expect([png.width, png.height]).toEqual([1200, 800]);
					expect(png.bytes, file).toBeGreaterThan(40_000); // a blank frame is a few kB
				}
			}
		}
		for (const theme of THEMES) {
			for (const kind of SIGNAL_KINDS) {
				const png = pngSize(join(out, `${kind}-${theme}.png`));
				if (kind === "signals-status-bar") expect([png.width, png.height < 60]).toEqual([420, true]);
				else expect([png.width, png.height, png.bytes > 40_000]).toEqual([1200, 800, true]);
			}
		}
		const phone = pngSize(join(out, `panel-mobile-${PHONE_THEME}.png`));
		expect([phone.width, phone.height]).toEqual([900, 1600]);
		expect(phone.bytes).toBeGreaterThan(60_000);
		const expected = [...THEMES.flatMap((t) => [...KINDS, ...SIGNAL_KINDS].map((k) => join(out, `${k}-${t}.png`))), join(out, `panel-mobile-${PHONE_THEME}.png`)];
		expect(result().shots.map((s) => s.file).sort()).toEqual(expected.sort());
	});

	it("shows the panel on a phone as on the desktop: full screen at 2× pixels, no status bar, the same entry and groups", () => {
		const mobile = seen.get(`panel-mobile-${PHONE_THEME}`);
		const desktop = seen.get(`panel-${PHONE_THEME}`);
		expect(mobile).toBeDefined();
		if (!mobile || !desktop) return;
		expect(mobile.screen).toEqual([PHONE.width, PHONE.height, PHONE.scale]);
		expect(desktop.screen).toEqual([DESKTOP.width, DESKTOP.height, 1]);
		expect(mobile.statusBarShown).toBe(false);
		expect(mobile.mainShown).toBe(false);
		expect(desktop.statusBarShown).toBe(true);
		expect(mobile.expandedTitle).toEqual(desktop.expandedTitle);
		expect(mobile.expandedTitle).toEqual([String(frontmatter(result().picked.panel).title).replace(/\s+/g, " ")]);
		expect(mobile.chips).toEqual(desktop.chips);
		expect(mobile.reviewLine).toBe(desktop.reviewLine);
	});

	it("shows a vault run's progress on a phone (no status bar): a Notice on screen that counts up, cancel from it", () => {
		const started = run.get("started");
		const progressing = run.get("progressing");
		const cancelled = run.get("cancelled");
		expect(started && progressing && cancelled, [...run.keys()].join()).toBeTruthy();
		if (!started || !progressing || !cancelled) return;
		const references = Object.keys(files).filter((p) => frontmatter(p).type === "bibtex_entry").length;
		expect(started.statusBarShown).toBe(false);
		// Before OpenAlex answers, only notes that need no request (web pages: not looked up) are done.
		expect(started.progress).toMatch(/^Checking \d+ of \d+ references \(vault\)… Cancel$/);
		const total = Number(/of (\d+)/.exec(started.progress)?.[1]);
		expect(total).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(references);
		// On screen: inside the phone's viewport, not off its edge.
		for (const s of [started, progressing]) {
			expect(s.box).not.toBeNull();
			expect(s.box!.x).toBeGreaterThanOrEqual(0);
			expect(s.box!.y).toBeGreaterThanOrEqual(0);
			expect(s.box!.x + s.box!.width).toBeLessThanOrEqual(PHONE.width);
			expect(s.box!.y + s.box!.height).toBeLessThanOrEqual(PHONE.height);
		}
		// It counts up as notes are checked; the panel says the same.
		const done = (p: string) => Number(/^Checking (\d+) of/.exec(p)?.[1]);
		expect(done(progressing.progress)).toBeGreaterThan(done(started.progress));
		expect(progressing.panelStatus).toMatch(/^Checking \d+\/\d+ \(vault\)…$/);
		// Cancelled from the Notice: the progress goes, the summary says so.
		expect(cancelled.progress).toBe("");
		expect(cancelled.notices.some((n) => /^Reference check cancelled \(vault\): .*not checked/.test(n))).toBe(true);
	});

	it("picks a major mismatch for the panel and shows its entry expanded, with group chips", () => {
		const note = result().picked.panel;
		for (const theme of THEMES) {
			const s = seen.get(`panel-${theme}`);
			expect(s, theme).toBeDefined();
			if (!s) continue;
			expect(s.mainTitle).toBe(basename(note));
			expect(s.expandedTitle).toEqual([String(frontmatter(note).title).replace(/\s+/g, " ")]);
			const chips = s.chips.map((c) => /^(.*\S)\s+(\d+)$/.exec(c));
			expect(chips.every((m) => m !== null && Object.values(GROUP_LABELS).includes(m[1])), s.chips.join(" | ")).toBe(true);
			const counts = new Map(chips.map((m) => [m?.[1], Number(m?.[2])]));
			expect(counts.get("Major mismatches")).toBeGreaterThan(0);
			const total = [...counts.values()].reduce((a, b) => a + b, 0);
			expect(s.reviewLine).toBe(`${total} references to review`);
		}
	});

	it("shows the panel note's state in the status bar, as the panel does (an old major mismatch stays one)", () => {
		for (const theme of THEMES) {
			const label = seen.get(`status-bar-${theme}`)?.statusLabel ?? "";
			expect(label).toMatch(/^Major mismatch: \w/);
		}
	});

	it("links the pages that cite the cited-in note, and only those", () => {
		const note = result().picked.citedIn;
		expect(note).not.toBeNull();
		if (!note) return;
		const fm = frontmatter(note);
		const key = String(fm.citation_key);
		const folders = (fm.cited_in as string[]).map(String);
		// Pages in a folder named by cited_in whose text cites @key.
		const expected = Object.keys(files)
			.filter((p) => folders.some((f) => p.split("/").slice(0, -1).includes(f)) && keysIn(files[p]).has(key))
			.map(basename)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		for (const theme of THEMES) {
			const s = seen.get(`cited-in-${theme}`);
			expect(s?.viewTitle).toBe(basename(note));
			expect(s?.mainTitle).toBe(basename(note));
			expect([...(s?.citedInPageLinks ?? [])].sort()).toEqual(expected);
		}
	});

	it("lists the references a page cites with [@key], each with a state badge", () => {
		const page = result().picked.references;
		expect(page).not.toBeNull();
		if (!page) return;
		const expected = [...keysIn(files[page].slice(files[page].indexOf("\n---", 3)))].filter((k) => noteKeys.has(k)).sort();
		expect(expected.length).toBeGreaterThan(0);
		for (const theme of THEMES) {
			const s = seen.get(`references-${theme}`);
			expect(s?.viewTitle).toBe(basename(page));
			expect([...(s?.citedKeys ?? [])].map((k) => k.replace(/^@/, "")).sort()).toEqual(expected);
			expect(s?.badges.length).toBe(expected.length);
			expect(s?.badges.every((b) => BADGES.includes(b) || VERIFIED_BY.test(b)), s?.badges.join(" | ")).toBe(true);
		}
	});

	it("shows retracted, duplicate and unknown-citation signals in the panel, the status bar and the References section", () => {
		const signals = readVault(SIGNALS_VAULT);
		const fm = (p: string) => parse(signals[p].split(/^---$/m)[1]) as Record<string, unknown>;
		const picked = result().signals;
		expect(picked).not.toBeNull();
		if (!picked) return;
		// The oracle, from the vault's text: retracted logs, shared DOIs, keys with no note, cited notes without a log.
		const retractedTitle = String(fm(picked.retracted).title);
		const dois = Object.keys(signals).map((p) => (typeof fm(p).doi === "string" ? (fm(p).doi as string) : "").replace(/^https:\/\/doi\.org\//, "").toLowerCase()).filter((d) => d !== "");
		const sharedDois = dois.filter((d, i) => dois.indexOf(d) !== i).length;
		const keys = new Map(Object.keys(signals).map((p) => [String(fm(p).citation_key), p]));
		const cited = [...keysIn(signals[picked.page].slice(signals[picked.page].indexOf("\n---", 3)))];
		const unknown = cited.filter((k) => !keys.has(k));
		const never = cited.filter((k) => keys.has(k) && fm(keys.get(k)!).check_log === undefined);
		expect([sharedDois, unknown.length, never.length]).toEqual([1, 1, 1]);
		for (const theme of THEMES) {
			const panel = seen.get(`signals-panel-${theme}`)!;
			expect(panel.chips).toEqual(expect.arrayContaining([`${GROUP_LABELS.retracted} 1`, `${GROUP_LABELS.duplicate} 2`]));
			expect(panel.expandedTitle).toEqual([retractedTitle]);
			expect(panel.duplicateBadges).toEqual(["2 notes for one work", "2 notes for one work"]);
			expect(panel.citationSummary).toBe("Citations: 1 unknown citation, 1 cited reference never checked");
			expect(panel.statusLabel).toBe("Retracted");
			const refs = seen.get(`signals-references-${theme}`)!;
			expect(refs.retractedWarning).toBe(`Cites a retracted work: ${retractedTitle}`);
			expect(refs.unknownKeys).toBe(`No reference note for: ${unknown.map((k) => `@${k}`).join(", ")}`);
			expect(refs.neverChecked).toBe(`Never checked (1): ${String(fm(keys.get(never[0])!).title)}`);
			expect(refs.badges).toContain("Retracted");
			expect(seen.get(`signals-status-bar-${theme}`)?.statusLabel).toBe("Cites 1 retracted work, 1 unknown citation, 1 never checked");
		}
	});
});
