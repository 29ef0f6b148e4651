// @vitest-environment happy-dom
// One verdict per note (core/verdict.ts), three surfaces: the status bar, the panel's groups and
// the cited_in badges must tell the same story about every kind of log — this checker's, the
// earlier tool's (no mismatch_severity: judged again from the recorded remote values), a person's
// verification at the top level and inside check_log, ignored notes, old logs and run errors.
// Each row says what each surface shows; the surfaces are the real components (status bar, panel
// index, reading-view References section) over one vault, and the pure presenters are checked on
// the same rows.
import { readFileSync } from "fs";
import { join } from "path";
import { afterEach, describe, expect, it } from "vitest";
import { Plugin, type MarkdownRenderChild, type PluginManifest } from "obsidian";
import { noteVerdict, type VerdictKind } from "../../src/core/verdict";
import { isNotAReference, readReference } from "../../src/core/reference";
import { panelGroup, type PanelGroup } from "../../src/panel/model";
import { noteStatus, type NoteStatusKind } from "../../src/plugin/note-status";
import { StatusBar } from "../../src/plugin/status-bar";
import { badgeFor } from "../../src/cited-in/model";
import { registerCitedIn } from "../../src/cited-in/register";
import type { BadgeKind } from "../../src/cited-in/render";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { appWith, panelIndex, testServices, type TestServices } from "../panel/harness";
import { BIBTEX_DIR } from "../core/corpus-helpers";
import { renderReading } from "../cited-in/reading";
import { waitFor } from "./harness";

const DAY = 86_400_000;
const NOW = new Date(Date.now() - DAY).toISOString();
const OLD = "2020-01-01T00:00:00.000Z";
const STALE_DAYS = 30;

function ref(key: string, extra: string): string {
	return `---\ntype: bibtex_entry\ncitation_key: ${key}\ntitle: A paper called ${key}\nauthors:\n  - Ann Author\nyear: '2020'\n${extra}---\nBody\n`;
}

function log(status: string, at: string, more = ""): string {
	return `check_log:\n  checked_at: '${at}'\n  checked_with: 'auto:openalex'\n  status: ${status}\n${more}  checker_version: 99\n`;
}

function fields(differing: Array<"title" | "year" | "venue">): string {
	const f = (name: string, local: string, remote: string) =>
		differing.includes(name as never) ? `    ${name}:\n      local: '${local}'\n      remote: '${remote}'\n      match: false\n` : `    ${name}:\n      local: '${local}'\n      remote: '${local}'\n      match: true\n`;
	return `  fields:\n${f("title", "A paper", "Another paper")}${f("year", "2020", "2021")}${f("venue", "X", "Y")}    doi:\n      local: null\n      remote: null\n      match: true\n    authors:\n      local_count: 1\n      remote_count: 1\n      count_match: true\n      details:\n        - index: 0\n          local: Ann Author\n          remote: Ann Author\n          first_match: true\n          last_match: true\n`;
}

const MAJOR = `  mismatch_severity: major\n  paper_id: 'https://openalex.org/W1'\n${fields(["title"])}`;
const MINOR = `  mismatch_severity: minor\n  paper_id: 'https://openalex.org/W2'\n${fields(["year", "venue"])}`;
/** The record the DOI names: another title, another author. */
const WRONG_DOI = `  mismatch_severity: major\n  paper_id: 'https://openalex.org/W3'\n  remote:\n    title: Sediment transport in alpine river valleys\n    authors:\n      - Bea Other\n    year: 2020\n    venue: Y\n    doi: 10.1000/same\n${fields(["title"])}`;
const PERSON = `manually_verified:\n  verified_at: '${NOW}'\n  verified_by: Ann\n`;
const PERSON_IN_LOG = `  manually_verified:\n    verified_at: '${NOW}'\n    verified_by: Ann\n`;
const corpusNote = (file: string) => readFileSync(join(BIBTEX_DIR, file), "utf8");

interface Row {
	key: string;
	note: string;
	/** The last run's error for the note. */
	error?: string;
	verdict: VerdictKind;
	status: [NoteStatusKind, string | RegExp];
	group: PanelGroup | null;
	badge: [BadgeKind, string];
	/** Notes for the same work, this one included (the panel's index finds them; 0: none). */
	duplicates?: number;
}

const ERROR = "OpenAlex answered 500";

const ROWS: Row[] = [
	{ key: "never", note: ref("never", ""), verdict: "unchecked", status: ["unchecked", "Unchecked"], group: null, badge: ["unchecked", "Unchecked"] },
	{ key: "confirmed", note: ref("confirmed", log("confirmed", NOW)), verdict: "confirmed", status: ["verified", "Verified"], group: null, badge: ["verified", "Verified"] },
	// An old confirmation is only stale: the status bar, the panel and (now) the badge say so.
	{ key: "confirmedold", note: ref("confirmedold", log("confirmed", OLD)), verdict: "confirmed", status: ["stale", "Stale"], group: "stale", badge: ["unchecked", "Stale"] },
	// A person's verification is never re-checked by runs, so it never goes stale (the panel never listed it).
	{ key: "confirmedoldperson", note: ref("confirmedoldperson", log("confirmed", OLD) + PERSON), verdict: "confirmed", status: ["verified", "Verified"], group: null, badge: ["verified", "Verified"] },
	{ key: "minor", note: ref("minor", log("mismatch", NOW, MINOR)), verdict: "mismatch", status: ["mismatch", "Minor mismatch: year, venue"], group: "minor", badge: ["mismatch", "Minor mismatch"] },
	// An old mismatch is still the verdict to act on, with its age said.
	{ key: "majorold", note: ref("majorold", log("mismatch", OLD, MAJOR)), verdict: "mismatch", status: ["mismatch", "Major mismatch: title"], group: "major", badge: ["mismatch", "Major mismatch"] },
	// The earlier tool's logs: judged again from the recorded remote block by today's comparison.
	// (issue 12: an ACL paper whose record is only the arXiv preprint has its venue unconfirmed too)
	{ key: "clark2021", note: corpusNote("clark2021.md"), verdict: "mismatch", status: ["mismatch", "Major mismatch: venue, authors"], group: "major", badge: ["mismatch", "Major mismatch"] },
	{ key: "brown2020fewshot", note: corpusNote("brown2020fewshot.md"), verdict: "outdated", status: ["stale", "Stale"], group: "stale", badge: ["unchecked", "Stale"] },
	// An earlier-tool mismatch without a recorded remote block cannot be judged again: minor until re-checked.
	{ key: "oldnoremote", note: ref("oldnoremote", log("mismatch", NOW, fields(["year"]))), verdict: "mismatch", status: ["mismatch", "Minor mismatch: year"], group: "minor", badge: ["mismatch", "Minor mismatch"] },
	{ key: "notfound", note: ref("notfound", log("not_found", OLD)), verdict: "not_found", status: ["not_found", "Not found"], group: "not_found", badge: ["not-found", "Not found"] },
	{ key: "skipped", note: ref("skipped", log("skipped", NOW, "  notes:\n    - 'not indexed: web page'\n")), verdict: "skipped", status: ["skipped", "Not checkable"], group: null, badge: ["unchecked", "Not checkable"] },
	// Who verified is named as recorded ("Verified by you" is only for what "Mark verified" writes).
	{ key: "personinlog", note: ref("personinlog", log("mismatch", NOW, MAJOR + PERSON_IN_LOG)), verdict: "mismatch", status: ["manual", "Verified by Ann"], group: null, badge: ["verified", "Verified by Ann"] },
	{ key: "persononly", note: ref("persononly", PERSON), verdict: "unchecked", status: ["manual", "Verified by Ann"], group: null, badge: ["verified", "Verified by Ann"] },
	// "Ignore" takes a note out of the panel's problem groups; what the check found is unchanged.
	{ key: "ignored", note: ref("ignored", log("mismatch", NOW, MAJOR) + "check_ignore: true\n"), verdict: "mismatch", status: ["mismatch", "Major mismatch: title"], group: "ignored", badge: ["mismatch", "Major mismatch"] },
	{ key: "failed", note: ref("failed", log("confirmed", NOW)), error: ERROR, verdict: "error", status: ["error", "Check failed"], group: "error", badge: ["unchecked", "Check failed"] },
	{ key: "failedignored", note: ref("failedignored", log("confirmed", NOW) + "check_ignore: true\n"), error: ERROR, verdict: "error", status: ["error", "Check failed"], group: "ignored", badge: ["unchecked", "Check failed"] },
	{
		key: "preprint",
		note: ref("preprint", log("confirmed", NOW, "  published_version:\n    doi: 10.1000/published\n    venue: A Journal\n    year: 2021\n")),
		verdict: "confirmed",
		status: ["verified", "Verified"],
		group: "published",
		badge: ["verified", "Verified"],
	},
	// A retraction is about the work: its own state everywhere, even over a person's verification of the metadata.
	{ key: "retracted", note: ref("retracted", log("confirmed", NOW, "  paper_id: 'https://openalex.org/W77'\n  retracted: true\n")), verdict: "confirmed", status: ["retracted", "Retracted"], group: "retracted", badge: ["retracted", "Retracted"] },
	{ key: "retractedperson", note: ref("retractedperson", log("mismatch", NOW, MAJOR + "  retracted: true\n" + PERSON_IN_LOG)), verdict: "mismatch", status: ["retracted", "Retracted"], group: "retracted", badge: ["retracted", "Retracted"] },
	// Two notes with one DOI: each says it is one of two, in the status bar and the panel.
	{ key: "dupa", note: ref("dupa", `doi: 10.1000/same\n${log("confirmed", NOW)}`), verdict: "confirmed", status: ["verified", /^Verified( · 2 notes for one work)?$/], group: "duplicate", badge: ["verified", "Verified"], duplicates: 2 },
	{ key: "dupb", note: ref("dupb", `doi: 10.1000/SAME\n${log("mismatch", NOW, MINOR)}`), verdict: "mismatch", status: ["mismatch", /^Minor mismatch: year, venue( · 2 notes for one work)?$/], group: "duplicate", badge: ["mismatch", "Minor mismatch"], duplicates: 2 },
	// A third note with that DOI, whose check found the DOI names another paper: the fault is its
	// identifier, not a duplicate (it is not counted with the two above).
	{ key: "wrongdoi", note: ref("wrongdoi", `doi: 10.1000/same\n${log("mismatch", NOW, WRONG_DOI)}`), verdict: "mismatch", status: ["mismatch", "Major mismatch: DOI of another paper"], group: "major", badge: ["mismatch", "Major mismatch"] },
];

const pathOf = (key: string) => `refs/${key}.md`;
const PAGE = "pages/cites-all.md";

/** The story each surface tells must be the same one, in its own words. */
function expectSameStory(row: Row, status: { kind: string; label: string; detail: string }, group: PanelGroup | null, badge: { kind: string; label: string; detail: string }): void {
	const where = row.key;
	// The badge is the status bar's sentence (the bar may add another note's, a duplicate's, after it).
	expect(status.detail.startsWith(badge.detail), where).toBe(true);
	if (group === "major" || group === "minor") {
		expect(status.kind, where).toBe("mismatch");
		expect(status.label.toLowerCase(), where).toMatch(new RegExp(`^${group} mismatch`));
		expect(badge.label.toLowerCase(), where).toBe(`${group} mismatch`);
	}
	if (group === "not_found") expect([status.kind, badge.kind], where).toEqual(["not_found", "not-found"]);
	if (group === "stale") expect([status.label, badge.label], where).toEqual(["Stale", "Stale"]);
	if (group === "error") expect([status.label, badge.label], where).toEqual(["Check failed", "Check failed"]);
	if (group === "retracted") expect([status.kind, badge.kind], where).toEqual(["retracted", "retracted"]);
	// Not in the panel: nothing to act on, on any surface.
	if (group === null) expect(["verified", "manual", "unchecked", "skipped"], where).toContain(status.kind);
	if (status.kind === "mismatch") expect(badge.kind, where).toBe("mismatch");
}

describe("one verdict, three presenters (pure)", () => {
	for (const row of ROWS) {
		it(row.key, () => {
			const parsed = parseFrontmatter(row.note);
			if ("error" in parsed) throw new Error(parsed.error);
			const fm = parsed.data;
			const read = readReference(fm);
			if (isNotAReference(read)) throw new Error(read.reason);
			const verdict = noteVerdict(fm, { staleDays: STALE_DAYS, now: new Date(), error: row.error ?? null, reference: read });
			expect(verdict.kind).toBe(row.verdict);
			const status = noteStatus(verdict);
			expect([status.kind, status.label]).toEqual([row.status[0], expect.stringMatching(row.status[1])]);
			const group = panelGroup(verdict, row.duplicates ?? 0);
			expect(group).toBe(row.group);
			const badge = badgeFor(status);
			expect([badge.kind, badge.label]).toEqual(row.badge);
			expect(badge.major === true).toBe(row.badge[1] === "Major mismatch");
			expectSameStory(row, status, group, badge);
		});
	}
	it("says an old mismatch's age, once, and the stale badge's sentence once", () => {
		const old = ROWS.find((r) => r.key === "majorold")!;
		const fm = (parseFrontmatter(old.note) as { data: Record<string, unknown> }).data;
		expect(noteStatus(noteVerdict(fm, { staleDays: STALE_DAYS, now: new Date() })).detail).toMatch(/Older than 30 days: verify again to refresh\.$/);
		const accepted = ROWS.find((r) => r.key === "brown2020fewshot")!;
		const afm = (parseFrontmatter(accepted.note) as { data: Record<string, unknown> }).data;
		const detail = badgeFor(noteStatus(noteVerdict(afm, { staleDays: STALE_DAYS, now: new Date() }))).detail;
		expect(detail.match(/accepted by today's rules/g)).toHaveLength(1);
	});
});

class TestPlugin extends Plugin {}

const children: MarkdownRenderChild[] = [];
let cleanup: Array<() => void> = [];
afterEach(() => {
	for (const c of children.splice(0)) c.unload();
	for (const f of cleanup.splice(0)) f();
	document.body.empty();
});

describe("status bar, panel and badges agree (the real surfaces, one vault)", () => {
	it("on every row of the table", async () => {
		// Each note's own matched work (rows share the log snippets): only the duplicate rows share a key.
		const files: Record<string, string> = Object.fromEntries(ROWS.map((r, i) => [pathOf(r.key), r.note.replace(/(openalex\.org\/W)(\d+)'/, `$1$2${String(i).padStart(3, "0")}'`)]));
		files[PAGE] = `# Cites everything\n\n${ROWS.map((r) => `[@${r.key}]`).join(" ")}\n`;
		const app = appWith(files);
		const services: TestServices = testServices(app, { staleDays: STALE_DAYS });
		for (const r of ROWS) if (r.error) services.runs.errorMap.set(pathOf(r.key), r.error);

		const plugin = new TestPlugin(app as never, { id: "reference-check", name: "Reference check" } as PluginManifest);
		plugin.load();
		cleanup.push(() => plugin.unload());
		registerCitedIn(plugin, services);
		const index = await panelIndex(app, services);
		cleanup.push(() => index.unload());
		const barEl = document.body.createDiv();
		const bar = new StatusBar(barEl, services);
		bar.load();
		cleanup.push(() => bar.unload());

		let page = renderReading(app, PAGE, children);
		await waitFor(() => {
			page = renderReading(app, PAGE, children);
			return page.querySelectorAll(".reference-check-reference").length === ROWS.length;
		}, 10_000, "References section");
		const badges = new Map(
			[...page.querySelectorAll(".reference-check-reference")].map((li) => {
				const b = li.querySelector<HTMLElement>(".reference-check-badge")!;
				const kind = [...b.classList].find((c) => c.startsWith("reference-check-badge-"))!.slice("reference-check-badge-".length);
				return [li.querySelector(".reference-check-citekey")!.textContent.replace(/^@/, ""), { kind, label: b.textContent ?? "", detail: b.getAttribute("aria-label") ?? "", major: b.hasClass("reference-check-badge-major") }];
			}),
		);

		for (const row of ROWS) {
			await app.workspace.openFile(app.vault.getFileByPath(pathOf(row.key))!);
			const status = {
				kind: [...barEl.classList].find((c) => c.startsWith("reference-check-status-") && c !== "reference-check-status-empty")!.slice("reference-check-status-".length).replace("-", "_"),
				label: barEl.querySelector(".reference-check-status-label")!.textContent ?? "",
				detail: barEl.getAttribute("aria-label") ?? "",
			};
			expect([status.kind, status.label], row.key).toEqual([row.status[0], expect.stringMatching(row.status[1])]);
			// The status bar adds what the panel's index knows: one of several notes for one work.
			expect(status.label.endsWith(" · 2 notes for one work"), row.key).toBe(row.duplicates === 2);
			const group = index.model.get(pathOf(row.key))?.group ?? null;
			expect(group, row.key).toBe(row.group);
			const badge = badges.get(row.key)!;
			expect([badge.kind, badge.label], row.key).toEqual(row.badge);
			expect(badge.major, row.key).toBe(row.badge[1] === "Major mismatch");
			expectSameStory(row, status, group, badge);
		}
	});
});
