// @vitest-environment happy-dom
// The Notices of a run: every outcome counted in one line at its end, its start announced, and
// its progress kept on screen where there is no status bar.
import "../setup-dom";
import { describe, expect, it } from "vitest";
import { Platform, __test } from "../fake-obsidian/index";
import { formatRunSummary, runWithNotice } from "../../src/plugin/run-notice";
import type { RunControl, RunProgress, RunSummary } from "../../src/plugin/services";

const base: RunSummary = {
	scopeLabel: "vault",
	total: 10,
	counts: { confirmed: 5, mismatch: 2, not_found: 1, skipped: 1 },
	errors: [{ path: "a.md", message: "boom" }],
	vanished: 0,
	rechecked: 0,
	notChecked: 0,
	upToDate: 0,
	unrecognized: {},
	problems: [],
	cancelled: false,
	stoppedBy: null,
	budgetResetAt: null,
	requests: 3,
	remainingCredits: 9876,
	startedAt: new Date(0),
	finishedAt: new Date(0),
};

describe("run summary", () => {
	it("counts every outcome in one line", () => {
		expect(formatRunSummary(base)).toBe(
			"Reference check finished (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable, 1 error. Errors are listed in the mismatch panel; their notes were not changed. 9,876 OpenAlex credits left today.",
		);
		expect(formatRunSummary({ ...base, total: 0, counts: { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 }, errors: [], remainingCredits: null })).toBe(
			"Reference check (vault): nothing needs checking.",
		);
		expect(formatRunSummary({ ...base, errors: [], stoppedBy: "The daily OpenAlex budget is used up", notChecked: 4, remainingCredits: null })).toBe(
			"Reference check stopped (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable, 4 not checked. The daily OpenAlex budget is used up.",
		);
	});

	it("counts the notes that look like references but were not checked, and why (issue 12)", () => {
		expect(formatRunSummary({ ...base, errors: [], unrecognized: { "no year": 2, "no title": 1 } })).toBe(
			"Reference check finished (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable. 3 notes look like references but were not checked (2 no year, 1 no title). 9,876 OpenAlex credits left today.",
		);
		expect(formatRunSummary({ ...base, total: 0, counts: { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 }, errors: [], remainingCredits: null, unrecognized: { "type 'talk'": 1 } })).toBe(
			"Reference check (vault): nothing needs checking. 1 note looks like a reference but was not checked (1 type 'talk').",
		);
	});

	it("says when a spent budget renews, in local time, and not how few credits are left (issue 16)", () => {
		const now = new Date("2026-03-10T18:30:00Z");
		const stopped: RunSummary = {
			...base,
			errors: [],
			notChecked: 4,
			stoppedBy: "OpenAlex daily credit budget exhausted; it resets at 2026-03-11T00:00:00.000Z. Run again after that (or use an API key).",
			budgetResetAt: new Date("2026-03-11T00:00:00.000Z"),
			remainingCredits: 1,
		};
		const text = formatRunSummary(stopped, now, { locale: "en-GB", timeZone: "Europe/Berlin" });
		expect(text).toBe(
			"Reference check stopped (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable, 4 not checked. OpenAlex's daily budget is used up; it renews at 1:00 tomorrow (in about 6 hours). Run again then, or add an API key in the settings for a larger budget.",
		);
		expect(text).not.toMatch(/\.\.|\d{4}-\d\d-\d\dT|credits left|1 credits/);
		// Any other stop reason ends in one full stop, and one credit is one credit.
		expect(formatRunSummary({ ...stopped, budgetResetAt: null, stoppedBy: "OpenAlex rejected the API key." }, now)).toMatch(/rejected the API key\. 1 OpenAlex credit left today\.$/);
	});
});

describe("a vault run announces itself; without a status bar its progress stays on screen", () => {
	/** A run controller whose one run the test drives: progress by hand, then the end. */
	function drivenRuns() {
		const listeners = new Set<(p: RunProgress) => void>();
		let finish: (s: RunSummary) => void = () => undefined;
		let cancelled = 0;
		const runs = {
			onProgress: (cb: (p: RunProgress) => void) => {
				listeners.add(cb);
				return () => listeners.delete(cb);
			},
			start: () => new Promise<RunSummary>((resolve) => (finish = resolve)),
			cancel: () => void cancelled++,
		} as unknown as RunControl;
		const progress = (done: number, total: number) => {
			for (const cb of [...listeners]) cb({ running: true, done, total, remainingCredits: null, scopeLabel: "vault" });
		};
		return { runs, progress, end: (s: RunSummary) => finish(s), cancelled: () => cancelled, listening: () => listeners.size };
	}

	const shown = () => [...document.querySelectorAll(".notice-container .notice")].map((n) => n.textContent);

	it("on mobile: a Notice that counts up, with Cancel, gone when the run ends", async () => {
		Platform.isMobile = true;
		try {
			const { runs, progress, end, cancelled, listening } = drivenRuns();
			const before = shown().length;
			const run = runWithNotice(runs, { kind: "vault" }, false);
			progress(0, 0); // the queue is not known yet: nothing to say
			expect(shown().length).toBe(before);
			progress(0, 37);
			progress(12, 37);
			const notice = [...document.querySelectorAll<HTMLElement>(".notice-container .notice")].find((n) => n.querySelector(".reference-check-progress"));
			expect(notice?.textContent).toBe("Checking 12 of 37 references (vault)…Cancel");
			notice?.querySelector("button")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
			expect(cancelled()).toBe(1);
			end({ ...base, cancelled: true, notChecked: 25 });
			await run;
			expect(document.querySelector(".reference-check-progress")).toBeNull();
			expect(shown().at(-1)).toMatch(/^Reference check cancelled \(vault\)/);
			expect(listening()).toBe(0);
		} finally {
			Platform.isMobile = false;
		}
	});

	it("on desktop: one Notice says what the run checks; the status bar shows the progress", async () => {
		const { runs, progress, end } = drivenRuns();
		const n = __test.notices.length;
		const run = runWithNotice(runs, { kind: "vault" }, false);
		progress(0, 37);
		progress(5, 37);
		expect(__test.notices.slice(n)).toEqual(["Checking 37 references (vault). Progress is in the status bar."]);
		end(base);
		await run;
		expect(__test.notices.slice(n)[1]).toMatch(/^Reference check finished \(vault\)/);
	});

	it("a one-note check says nothing until its end, and nothing at all when quiet", async () => {
		const { runs, progress, end } = drivenRuns();
		const n = __test.notices.length;
		const run = runWithNotice(runs, { kind: "files", paths: ["a.md"] }, true, { quiet: true });
		progress(0, 1);
		end({ ...base, total: 1 });
		await run;
		expect(__test.notices.slice(n)).toEqual([]);
	});
});
