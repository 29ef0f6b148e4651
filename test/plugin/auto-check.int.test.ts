// @vitest-environment happy-dom
// Automatic checks in the built plugin, on the fake Obsidian and the fake OpenAlex server, with
// time on a manual clock (nothing waits for real time): an importer's burst is checked in batches
// within the cap per minute, typing in a note's frontmatter holds its check until typing stops,
// the setting's one toggle stops everything, and start-up's index never starts a check.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Plugin } from "obsidian";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { openAlexWork } from "../support/corpus-works";
import { ManualClock } from "../support/manual-clock";
import { appWithFiles, fake, loadPlugin, testSettings } from "./harness";
import type { App } from "../fake-obsidian/index";
import type { AutoCheckOutcome, AutoChecker } from "../../src/plugin/auto-check";

const N = 200;

function work(i: number): Record<string, unknown> {
	return openAlexWork({ id: `W${7_000_000 + i}`, doi: `10.5555/auto.${i}`, title: `Synthetic study ${i} of automatic reference checks`, authors: [`Ada Tester${i}`, "Grace Hopper"], year: 2020, venue: "Journal of Tests" });
}

function noteText(i: number, extra = ""): string {
	return `---\ntitle: "Synthetic study ${i} of automatic reference checks"\nauthors:\n  - Ada Tester${i}\n  - Grace Hopper\nyear: 2020\nvenue: Journal of Tests\ndoi: 10.5555/auto.${i}\ncitation_key: auto${i}\n${extra}---\n\nNotes on study ${i}.\n`;
}

function checkLog(text: string | null): Record<string, unknown> | null {
	const m = /^---\n([\s\S]*?)\n---/.exec(text ?? "");
	const fm = m ? (parse(m[1]) as Record<string, unknown>) : null;
	const log = fm?.check_log;
	return log && typeof log === "object" ? (log as Record<string, unknown>) : null;
}

function autoChecks(plugin: Plugin): AutoChecker {
	const auto = (plugin as unknown as { autoChecks: AutoChecker | null }).autoChecks;
	if (!auto) throw new Error("no automatic checks");
	return auto;
}

/** Notes started in any window of `ms` (by batch start times). */
function mostPerWindow(batches: AutoCheckOutcome[], ms: number): number {
	let best = 0;
	for (const b of batches) {
		const n = batches.filter((o) => o.startedAt >= b.startedAt && o.startedAt < b.startedAt + ms).reduce((s, o) => s + o.paths.length, 0);
		best = Math.max(best, n);
	}
	return best;
}

let server: FakeOpenAlex | null = null;
let plugin: Plugin | null = null;
afterEach(async () => {
	plugin?.unload();
	plugin = null;
	await server?.close();
	server = null;
});

async function setUp(files: Record<string, string>, settings: Record<string, unknown>, opts: { layoutReady?: boolean } = {}): Promise<{ app: App; clock: ManualClock; auto: AutoChecker; batches: AutoCheckOutcome[] }> {
	server = await startFakeOpenAlex({ works: Array.from({ length: N }, (_, i) => work(i)) });
	const app = appWithFiles(files);
	if (opts.layoutReady === false) app.workspace.layoutReady = false;
	const clock = new ManualClock();
	plugin = await loadPlugin(app, testSettings(server.url, settings), clock);
	const auto = autoChecks(plugin);
	const batches: AutoCheckOutcome[] = [];
	auto.onOutcome((o) => batches.push(o));
	return { app, clock, auto, batches };
}

describe("automatic checks", () => {
	it("checks an importer's burst of 200 new reference notes in batches, never more than the cap a minute", async () => {
		const CAP = 40;
		const { app, clock, batches } = await setUp({ "pages/draft.md": "# Draft\n" }, { autoCheck: true, autoCheckPerMinute: CAP });
		for (let i = 0; i < N; i++) await app.vault.create(`refs/@auto${i}.md`, noteText(i));
		const checked = () => app.vault.getMarkdownFiles().filter((f) => checkLog(app.vault.peek(f.path))?.status === "confirmed").length;
		// Quiet period first: nothing is sent while the importer writes.
		await clock.advance(1_000);
		expect(server!.requests).toHaveLength(0);
		// Every note checked, and the last batch's outcome reported (it comes once its run has ended).
		const reported = () => batches.reduce((s, b) => s + b.paths.length, 0);
		// reported() first: it is cheap, and checked() (which parses every note) runs only once it holds.
		expect(await clock.advanceUntil(() => reported() === N && checked() === N, 20 * 60_000, 10_000)).toBe(true);

		expect(batches.reduce((s, b) => s + b.paths.length, 0)).toBe(N);
		expect(new Set(batches.flatMap((b) => b.paths)).size).toBe(N);
		expect(Math.max(...batches.map((b) => b.paths.length))).toBeLessThanOrEqual(50);
		expect(mostPerWindow(batches, 60_000)).toBeLessThanOrEqual(CAP);
		expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(N / CAP));
		// 200 notes at 40 a minute take at least four minutes after the first batch.
		expect(batches[batches.length - 1].startedAt - batches[0].startedAt).toBeGreaterThanOrEqual(4 * 60_000);
		expect(batches.every((b) => b.reasons.new === b.paths.length)).toBe(true);
		// Every batch is DOI lookups: one list request per batch of up to 50 notes.
		expect(server!.requests.length).toBeLessThanOrEqual(batches.length + 1);
		// The status bar tells the outcome of the last batch while no reference note is open.
		// (the last batch's size depends on when the burst's notes reached the queue: "1 new note" is right too)
		const last = batches[batches.length - 1].paths.length;
		expect(app.statusBarEl.querySelector(".reference-check-status-label")?.textContent).toBe(`Checked ${last} new note${last === 1 ? "" : "s"}: ${last} verified`);
		// Nothing else in the vault was touched.
		expect(app.vault.peek("pages/draft.md")).toBe("# Draft\n");
	}, 300_000);

	it("waits while a person types in a note's frontmatter, and checks it once typing stops", async () => {
		const { app, clock, batches } = await setUp({ "refs/typed.md": noteText(7) }, { autoCheck: true });
		const file = app.vault.getFileByPath("refs/typed.md")!;
		const view = await app.workspace.openFile(file);
		const original = noteText(7);
		// A minute of typing a new title, a keystroke every 3 s, saved every 6 s as Obsidian does.
		for (let s = 0; s < 60; s += 3) {
			const text = original.replace("Synthetic study 7", `Synthetic study 7 ${"x".repeat(s / 3 + 1)}`);
			view.__type(text, { line: 1, ch: 20 });
			if (s % 6 === 0) await view.__save();
			await clock.advance(3_000);
			expect(server!.requests, `request at ${s} s of typing`).toHaveLength(0);
		}
		// The last version, saved; then the person stops typing (cursor still in the frontmatter).
		const final = original.replace("Synthetic study 7", "Synthetic study 7 of automatic reference checks, revised");
		view.__type(final, { line: 1, ch: 20 });
		await view.__save();
		await clock.advance(10_000);
		expect(server!.requests).toHaveLength(0);
		expect(await clock.advanceUntil(() => batches.length > 0, 60_000)).toBe(true);
		expect(batches).toHaveLength(1);
		expect(batches[0].paths).toEqual(["refs/typed.md"]);
		expect(batches[0].reasons.edited).toBe(1);
		// Checked as it was last saved, no earlier.
		const log = checkLog(app.vault.peek(file.path))!;
		expect((log.fields as { title: { local: string } }).title.local).toBe("Synthetic study 7 of automatic reference checks, revised of automatic reference checks");
		expect(batches[0].startedAt - clock.now()).toBeLessThanOrEqual(0);
	}, 150_000);

	it("typing in the body of a note is no reason to wait or to check", async () => {
		const { app, clock } = await setUp({ "refs/body.md": noteText(3) }, { autoCheck: true });
		const file = app.vault.getFileByPath("refs/body.md")!;
		const view = await app.workspace.openFile(file);
		view.__type(`${noteText(3)}More notes.\n`, { line: 12, ch: 3 });
		await view.__save();
		await clock.advance(5 * 60_000);
		expect(server!.requests).toHaveLength(0);
		expect(checkLog(app.vault.peek(file.path))).toBeNull();
	}, 30_000);

	it("one toggle stops every automatic check, including the batches still waiting", async () => {
		const { app, clock, auto, batches } = await setUp({}, { autoCheck: true, autoCheckPerMinute: 20 });
		for (let i = 0; i < 100; i++) await app.vault.create(`refs/@auto${i}.md`, noteText(i));
		app.metadataCache.__flush();
		expect(auto.waiting).toBe(100);
		// The first batch (the cap: 20) runs; the next may start only a minute after it.
		// Small steps: the run's requests take real time, and the next batch may start 60 s (virtual) after the first.
		await clock.advance(5_000);
		expect(await clock.advanceUntil(() => batches.length === 1, 50_000, 50)).toBe(true);
		expect(batches[0].paths).toHaveLength(20);
		expect(batches[0].summary.errors).toEqual([]);
		expect(auto.waiting).toBe(80);

		const tab = app.settingTabs[0];
		tab.display();
		const setting = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === "Check reference notes automatically")!;
		setting.querySelector<HTMLElement>(".checkbox-container")!.click();
		await clock.advance(0);
		expect(app.pluginData.get("reference-check")).toMatchObject({ autoCheck: false });
		expect(auto.waiting).toBe(0);
		const requests = server!.requests.length;
		// New notes and edits while off: nothing is sent, however long we wait.
		for (let i = 100; i < 120; i++) await app.vault.create(`refs/@auto${i}.md`, noteText(i));
		const edited = batches[0].paths[0];
		await app.vault.modify(app.vault.getFileByPath(edited)!, app.vault.peek(edited)!.replace("year: 2020", "year: 2021"));
		await clock.advance(30 * 60_000);
		expect(server!.requests.length).toBe(requests);
		expect(batches).toHaveLength(1);
		expect(auto.waiting).toBe(0);
		expect(app.vault.getMarkdownFiles().filter((f) => checkLog(app.vault.peek(f.path)) !== null)).toHaveLength(20);
	}, 150_000);

	it("never checks at start-up: the vault's load and the metadata cache's first index start nothing", async () => {
		// Unchecked references and one whose checked title was edited while Obsidian was closed.
		const files: Record<string, string> = {};
		for (let i = 0; i < 20; i++) files[`refs/@old${i}.md`] = noteText(i);
		const { app, clock, batches } = await setUp(files, { autoCheck: true }, { layoutReady: false });
		// While the layout loads, Obsidian reports every file as created.
		for (let i = 20; i < 40; i++) await app.vault.create(`refs/@loaded${i}.md`, noteText(i));
		app.metadataCache.__flush();
		app.workspace.__setLayoutReady();
		// The first index after the layout is ready: `changed` for files nobody touched since.
		for (const f of app.vault.getMarkdownFiles()) app.metadataCache.trigger("changed", f, app.vault.peek(f.path), app.metadataCache.getFileCache(f));
		await clock.advance(30 * 60_000);
		expect(server!.requests).toHaveLength(0);
		expect(batches).toHaveLength(0);
		expect(app.vault.getMarkdownFiles().some((f) => checkLog(app.vault.peek(f.path)) !== null)).toBe(false);
	}, 30_000);

	it("offers automatic checks once, when the first new reference note appears, and checks it when accepted", async () => {
		const before = fake.__test.notices.length;
		const { app, clock, batches } = await setUp({}, {});
		await app.vault.create("refs/@first.md", noteText(1));
		await clock.advance(1_000);
		const offers = fake.__test.notices.slice(before).filter((n) => n.startsWith("A new reference note appeared"));
		expect(offers).toHaveLength(1);
		await app.vault.create("refs/@second.md", noteText(2));
		await clock.advance(1_000);
		expect(fake.__test.notices.slice(before).filter((n) => n.startsWith("A new reference note appeared"))).toHaveLength(1);
		expect(server!.requests).toHaveLength(0);
		// "Turn on automatic checks" in the notice.
		const button = [...document.querySelectorAll<HTMLButtonElement>(".notice button")].filter((b) => b.textContent === "Turn on automatic checks").pop()!;
		button.click();
		expect(await clock.advanceUntil(() => batches.length > 0, 60_000)).toBe(true);
		expect(app.pluginData.get("reference-check")).toMatchObject({ autoCheck: true, autoCheckOffered: true });
		expect(batches[0].paths.sort()).toEqual(["refs/@first.md", "refs/@second.md"]);
	}, 30_000);
});
