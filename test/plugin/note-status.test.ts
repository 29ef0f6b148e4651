// @vitest-environment happy-dom
// The status bar's wording of a note's verdict.
import { describe, expect, it } from "vitest";
import { noteVerdict, type VerdictOptions } from "../../src/core/verdict";
import { noteStatus } from "../../src/plugin/note-status";

/** The status bar's wording of a note's verdict (as the status bar computes it). */
const noteState = (fm: Record<string, unknown>, opts: VerdictOptions) => noteStatus(noteVerdict(fm, opts));

describe("note state", () => {
	const now = new Date("2026-06-01T00:00:00Z");
	const at = "2026-05-01T00:00:00.000Z";
	it("names the differing fields of a mismatch and keeps a person's verification first", () => {
		const fields = {
			title: { local: "a", remote: "a", match: true },
			year: { local: "2020", remote: "2021", match: false, year_diff: 1 },
			venue: { local: "x", remote: "y", match: false, edit_distance: 1 },
			doi: { local: null, remote: null, match: true },
			authors: { local_count: 1, remote_count: 1, count_match: true, details: [{ index: 0, local: "A B", remote: "A B", first_match: true, last_match: true }] },
		};
		const fm = { check_log: { checked_at: at, checked_with: "auto:openalex", status: "mismatch", mismatch_severity: "minor", fields } };
		const s = noteState(fm, { staleDays: 180, now });
		expect(s).toMatchObject({ kind: "mismatch", label: "Minor mismatch: year, venue", severity: "minor", fields: ["year", "venue"] });
		const manual = noteState({ ...fm, manually_verified: { verified_at: at, verified_by: "Ann" } }, { staleDays: 180, now });
		expect(manual.kind).toBe("manual");
		expect(manual.detail).toMatch(/Verified by Ann; OpenAlex differs \(minor\): year, venue/);
		// An old mismatch is still the verdict (as in the panel), with its age said; an old confirmation is stale.
		const old = noteState(fm, { staleDays: 10, now });
		expect(old).toMatchObject({ kind: "mismatch", label: "Minor mismatch: year, venue" });
		expect(old.detail).toMatch(/Older than 10 days: verify again to refresh\.$/);
		expect(noteState({ check_log: { ...fm.check_log, status: "confirmed" } }, { staleDays: 10, now }).kind).toBe("stale");
		expect(noteState(fm, { staleDays: 180, now, error: "OpenAlex answered 500" }).detail).toBe("Last check failed: OpenAlex answered 500");
	});
});
