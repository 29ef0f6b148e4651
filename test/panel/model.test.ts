import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";
import {
	compareEntries,
	GROUP_LABELS,
	matchesFilter,
	panelEntry,
	PanelModel,
	PANEL_GROUPS,
	type PanelEntry,
} from "../../src/panel/model";
import type { CheckLog } from "../../src/core/types";
import { compareReference } from "../../src/core/compare";
import { remoteFromRecorded, type RecordedRemote } from "../core/corpus-helpers";
import { BIB, corpusNotes } from "./corpus";
import { differingFields, IGNORE_KEY, logVerdict } from "../../src/core/verdict";

/** Frontmatter read with the yaml library directly (independent of the splice writer's parser). */
function frontmatter(text: string): Record<string, unknown> | null {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m) return null;
	try {
		const v = parse(m[1]) as unknown;
		return v && typeof v === "object" ? (v as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

interface Note {
	path: string;
	fm: Record<string, unknown>;
}

function corpusReferences(): Note[] {
	const out: Note[] = [];
	for (const [path, text] of corpusNotes()) {
		const fm = frontmatter(text);
		if (fm && isReferenceNote(fm) && !isNotAReference(readReference(fm))) out.push({ path, fm });
	}
	return out;
}

function entries(notes: Note[], now: Date, staleDays: number, errors: Record<string, string> = {}): PanelEntry[] {
	const out: PanelEntry[] = [];
	for (const n of notes) {
		const ref = readReference(n.fm);
		if (isNotAReference(ref)) continue;
		const e = panelEntry({ path: n.path, reference: ref, frontmatter: n.fm, error: errors[n.path] ?? null }, { now, staleDays });
		if (e) out.push(e);
	}
	return out;
}

/**
 * The group an old (earlier tool's) mismatch log belongs in, computed here by comparing the note
 * with its recorded remote values: major/minor as today's rules judge it, or stale when they
 * accept the difference (the log is only out of date).
 */
function expectedMismatchGroup(n: Note): "major" | "minor" | "stale" {
	const ref = readReference(n.fm);
	if (isNotAReference(ref)) throw new Error("not a reference");
	const l = log(n)!;
	return compareReference(ref, remoteFromRecorded(l.remote as RecordedRemote, l.paper_id)).severity ?? "stale";
}

function log(n: Note): Record<string, unknown> | null {
	const l = n.fm.check_log;
	return l && typeof l === "object" ? (l as Record<string, unknown>) : null;
}

function verifiedByPerson(n: Note): boolean {
	return n.fm.manually_verified !== undefined || log(n)?.manually_verified !== undefined;
}

const notes = corpusReferences();
const JAN = new Date("2026-01-15T00:00:00Z");
const NOV = new Date("2026-11-26T00:00:00Z");

describe("panel model over the fixture corpus", () => {
	it("puts every unverified mismatch in the group today's comparison gives it, and only those in the mismatch groups", () => {
		const model = new PanelModel();
		model.setAll(entries(notes, JAN, 180));
		const counts = model.counts();
		const mismatches = notes.filter((n) => log(n)?.status === "mismatch" && !verifiedByPerson(n));
		expect(mismatches.length).toBeGreaterThan(20);
		const expected = mismatches.map(expectedMismatchGroup);
		expect(counts.major).toBe(expected.filter((g) => g === "major").length);
		expect(counts.minor).toBe(expected.filter((g) => g === "minor").length);
		// The earlier tool's false alarms (arXiv venue, middle initials…) are not shown as mismatches.
		expect(expected.filter((g) => g === "stale").length).toBeGreaterThan(10);
		mismatches.forEach((n, i) => expect(model.get(n.path)?.group).toBe(expected[i]));
	});

	it("lists unverified not_found logs under Not found", () => {
		const model = new PanelModel();
		model.setAll(entries(notes, JAN, 180));
		const expected = notes.filter((n) => log(n)?.status === "not_found" && !verifiedByPerson(n)).map((n) => n.path).sort();
		expect(expected.length).toBeGreaterThan(3);
		const got = model.rows().flatMap((r) => (r.kind === "entry" && r.entry.group === "not_found" ? [r.entry.path] : [])).sort();
		expect(got).toEqual(expected);
		expect(model.counts().not_found).toBe(expected.length);
	});

	it("keeps references verified by a person and fresh confirmations out of the panel", () => {
		const model = new PanelModel();
		model.setAll(entries(notes, JAN, 180));
		for (const n of notes.filter(verifiedByPerson)) expect(model.get(n.path)).toBeNull();
		for (const n of notes.filter((x) => log(x)?.status === "confirmed")) expect(model.get(n.path)).toBeNull();
		// Only the old mismatches today's rules accept are listed as stale, none of them fresh confirmations.
		const acceptedMismatches = notes.filter((n) => log(n)?.status === "mismatch" && !verifiedByPerson(n) && expectedMismatchGroup(n) === "stale");
		expect(model.counts().stale).toBe(acceptedMismatches.length);
	});

	it("marks old confirmations stale, counted from checked_at", () => {
		const model = new PanelModel();
		model.setAll(entries(notes, NOV, 180));
		const dayMs = 86_400_000;
		const expected = notes.filter((n) => {
			const l = log(n);
			return l?.status === "confirmed" && !verifiedByPerson(n) && NOV.getTime() - Date.parse(String(l.checked_at)) > 180 * dayMs;
		});
		expect(expected.length).toBeGreaterThan(5);
		const acceptedMismatches = notes.filter((n) => log(n)?.status === "mismatch" && !verifiedByPerson(n) && expectedMismatchGroup(n) === "stale");
		expect(model.counts().stale).toBe(expected.length + acceptedMismatches.length);
		// Stale mismatches stay in their mismatch group, flagged stale.
		const mismatch = notes.find((n) => log(n)?.status === "mismatch" && !verifiedByPerson(n) && expectedMismatchGroup(n) !== "stale");
		const e = mismatch ? model.get(mismatch.path) : null;
		expect(e?.stale).toBe(true);
		expect(["major", "minor"]).toContain(e?.group);
	});

	it("moves a note with a run error to Errors and an ignored note to Ignored", () => {
		const mismatch = notes.find((n) => log(n)?.status === "mismatch" && !verifiedByPerson(n))!;
		const notFound = notes.find((n) => log(n)?.status === "not_found" && !verifiedByPerson(n))!;
		const ignoredNote = { path: notFound.path, fm: { ...notFound.fm, [IGNORE_KEY]: true } };
		const rest = notes.filter((n) => n !== notFound);
		const model = new PanelModel();
		model.setAll(entries([...rest, ignoredNote], JAN, 180, { [mismatch.path]: "OpenAlex answered 503" }));
		expect(model.get(mismatch.path)?.group).toBe("error");
		expect(model.get(mismatch.path)?.error).toBe("OpenAlex answered 503");
		expect(model.get(notFound.path)?.group).toBe("ignored");
		expect(model.counts().error).toBe(1);
		expect(model.counts().ignored).toBe(1);
	});

	it("lists a never-checked note whose check failed under Errors", () => {
		const fm = { type: "bibtex_entry", citation_key: "new2026", title: "A brand new paper", authors: ["Doe, Jane"], year: 2026 };
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		const opts = { now: JAN, staleDays: 180 };
		expect(panelEntry({ path: "n.md", reference: ref, frontmatter: fm, error: null }, opts)).toBeNull();
		const e = panelEntry({ path: "n.md", reference: ref, frontmatter: fm, error: "timed out" }, opts);
		expect(e).toMatchObject({ group: "error", error: "timed out", log: null, citationKey: "new2026", firstAuthor: "Jane Doe", year: "2026" });
	});

	it("re-derives an old log's severity with today's comparison, and keeps a log's own severity", () => {
		const byPath = new Map(notes.map((n) => [n.path, n]));
		const verdict = (p: string, override: Partial<CheckLog> = {}) => {
			const n = byPath.get(BIB + p)!;
			const ref = readReference(n.fm);
			if (isNotAReference(ref)) throw new Error("not a reference");
			return logVerdict(ref, { ...(log(n) as CheckLog), ...override });
		};
		expect(verdict("buolamwini_gender_shades_2018.md")).toMatchObject({ severity: null, rederived: true }); // venue wording only
		expect(verdict("clark2021.md")).toMatchObject({ severity: "major", differing: ["venue", "authors"] }); // Serber vs Serrano; ACL venue unconfirmed by an arXiv-only record (issue 12)
		expect(verdict("voigt2017.md")).toMatchObject({ severity: "major", differing: ["year"] }); // 2017 vs 2024
		expect(verdict("voigt2017.md", { mismatch_severity: "minor" })).toMatchObject({ severity: "minor", rederived: false });
	});

	it("does not flag initials-only author differences as differing", () => {
		const n = notes.find((x) => x.path === BIB + "bengio2009curriculum.md")!;
		// Recorded "Jerome Louradour" vs "J. Louradour" (first_match: false) is one person; the venue differs.
		expect(differingFields(log(n) as CheckLog)).toEqual(["venue"]);
	});
});

describe("order, filter and updates", () => {
	const all = entries(notes, NOV, 180);

	it("sorts by group then title", () => {
		const model = new PanelModel();
		model.setAll([...all].reverse());
		const rows = model.rows();
		const listed = rows.flatMap((r) => (r.kind === "entry" ? [r.entry] : []));
		expect(listed.length).toBe(all.length);
		for (let i = 1; i < listed.length; i++) expect(compareEntries(listed[i - 1], listed[i])).toBeLessThan(0);
		const groups = rows.flatMap((r) => (r.kind === "group" ? [r.group] : []));
		expect(groups).toEqual(PANEL_GROUPS.filter((g) => groups.includes(g)));
		expect(Object.keys(GROUP_LABELS)).toEqual([...PANEL_GROUPS]);
	});

	it("filters by citation key, title words and author", () => {
		const model = new PanelModel();
		model.setAll(all);
		const byKey = model.rows("buolamwini_gender").filter((r) => r.kind === "entry");
		expect(byKey.map((r) => (r.kind === "entry" ? r.entry.path : ""))).toEqual([BIB + "buolamwini_gender_shades_2018.md"]);
		const byWords = model.rows("commercial shades").filter((r) => r.kind === "entry");
		expect(byWords.length).toBe(1);
		const byAuthor = model.rows("gebru").flatMap((r) => (r.kind === "entry" ? [r.entry] : []));
		expect(byAuthor.length).toBeGreaterThan(1);
		for (const e of byAuthor) expect(e.authors.some((a) => a.toLowerCase().includes("gebru")) || e.title.toLowerCase().includes("gebru") || (e.citationKey ?? "").includes("gebru")).toBe(true);
		expect(model.counts("gebru").major + model.counts("gebru").minor + model.counts("gebru").stale + model.counts("gebru").not_found).toBe(byAuthor.length);
		expect(model.rows("no such words here")).toEqual([]);
	});

	it("collapsed groups keep their header and count", () => {
		const model = new PanelModel();
		model.setAll(all);
		const rows = model.rows("", new Set(["stale"]));
		const header = rows.find((r) => r.kind === "group" && r.group === "stale");
		expect(header).toMatchObject({ collapsed: true, count: model.counts().stale });
		expect(rows.some((r) => r.kind === "entry" && r.entry.group === "stale")).toBe(false);
	});

	it("incremental updates give the same rows as a full rebuild (property)", () => {
		const pool = all.slice(0, 60);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(pool.length - 1), fc.nat(pool.length), fc.boolean()), { maxLength: 40 }), (ops) => {
				const model = new PanelModel();
				model.setAll(pool.slice(0, 30));
				const state = new Map(pool.slice(0, 30).map((e) => [e.path, e]));
				for (const [target, source, remove] of ops) {
					const path = pool[target].path;
					// an entry with another note's content (other group/title) moved to `path`
					const next = remove || source === pool.length ? null : { ...pool[source], path };
					model.update(path, next);
					if (next) state.set(path, next);
					else state.delete(path);
				}
				const fresh = new PanelModel();
				fresh.setAll(state.values());
				expect(model.rows()).toEqual(fresh.rows());
				expect(model.size).toBe(state.size);
			}),
			{ numRuns: 60 },
		);
	});

	it("reports whether an update kept the entry's place", () => {
		const model = new PanelModel();
		model.setAll(all);
		const e = all.find((x) => x.group === "minor")!;
		expect(model.update(e.path, { ...e }).samePlace).toBe(true);
		expect(model.update(e.path, { ...e, group: "major" }).samePlace).toBe(false);
		expect(matchesFilter(e, e.title.split(" ")[0])).toBe(true);
	});
});
