// One comparison decides what a stored log means, for the panel and the status bar alike: logs
// of the earlier tool (no mismatch_severity) are re-judged against their recorded remote values.
import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { CheckLog } from "../../src/core/types";
import { logVerdict, noteVerdict, remoteWorkFromSummary, type VerdictOptions } from "../../src/core/verdict";
import { noteStatus } from "../../src/plugin/note-status";
import { BIBTEX_DIR, frontmatterOf } from "./corpus-helpers";

/** The status bar's wording of a note's verdict (as the status bar computes it). */
const noteState = (fm: Record<string, unknown>, opts: VerdictOptions) => noteStatus(noteVerdict(fm, opts));

function note(file: string): { fm: Record<string, unknown>; log: CheckLog } {
	const fm = frontmatterOf(readFileSync(join(BIBTEX_DIR, file), "utf8"));
	return { fm, log: fm.check_log as CheckLog };
}

const opts = { staleDays: 0, now: new Date("2026-01-15T00:00:00Z") };

describe("logVerdict", () => {
	it("accepts the seed-like false alarm of the earlier tool (arXiv venue for a published paper)", () => {
		const { fm, log } = note("brown2020fewshot.md");
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		expect(log.status).toBe("mismatch");
		expect(logVerdict(ref, log)).toEqual({ severity: null, differing: [], rederived: true, wrongIdentifier: null });
		expect(noteState(fm, opts)).toMatchObject({ kind: "stale", severity: null });
	});

	it("keeps a real error major and names the field (Serber vs Serrano)", () => {
		const { fm, log } = note("clark2021.md");
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		// issue 12: ACL publishes with DOIs, so its arXiv-only record cannot confirm the venue (minor) too
		expect(logVerdict(ref, log)).toMatchObject({ severity: "major", differing: ["venue", "authors"], rederived: true });
		expect(noteState(fm, opts)).toMatchObject({ kind: "mismatch", severity: "major", label: "Major mismatch: venue, authors" });
	});

	it("trusts a severity written by this checker", () => {
		const { fm, log } = note("clark2021.md");
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		expect(logVerdict(ref, { ...log, mismatch_severity: "minor" })).toMatchObject({ severity: "minor", rederived: false });
	});

	it("reads a recorded remote block into a RemoteWork with a preprint location for arXiv", () => {
		const work = remoteWorkFromSummary({ title: "T", authors: ["A B", 3], year: "2021", venue: "arXiv (Cornell University)", doi: "10.48550/arXiv.2101.00027" }, "https://openalex.org/W1");
		expect(work).toMatchObject({ id: "https://openalex.org/W1", title: "T", authors: ["A B"], year: 2021, doi: "10.48550/arxiv.2101.00027", arxivId: "2101.00027", type: "preprint" });
		expect(work.locations[0]).toMatchObject({ isPreprint: true, sourceType: "repository" });
	});
});

describe("differing fields of a log this checker wrote", () => {
	it("does not offer an accepted difference (the arXiv venue of a NeurIPS paper) as a field to fix", () => {
		const { fm: acl, log } = note("clark2021.md");
		// issue 12: an ACL paper's arXiv-only record no longer confirms its venue; a venue that
		// publishes without DOIs (NeurIPS) is still accepted on it
		const fm = { ...acl, venue: "NeurIPS" };
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		// As this checker writes it: severity stored, venue strings differ, the arXiv record accepted in notes.
		const ours: CheckLog = { ...log, mismatch_severity: "major", checker_version: 1 };
		expect((ours.fields as { venue: { match: boolean } }).venue.match).toBe(false);
		expect(logVerdict(ref, ours)).toEqual({ severity: "major", differing: ["authors"], rederived: false, wrongIdentifier: null });
		expect(noteState({ ...fm, check_log: ours }, opts).label).toBe("Major mismatch: authors");
	});
});
