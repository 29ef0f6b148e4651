// check_log building (seed key order), reading, staleness and the "needs a check?" decision.
import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { buildCheckLog, CHECKER_VERSION, checkedFieldsChanged, isStale, manualVerification, needsCheck, readCheckLog } from "../../src/core/check-log";
import { parseFrontmatter, serializeEntry } from "../../src/vault/frontmatter";
import type { CheckLog, Comparison, FieldChecks, Reference, RemoteSummary, RemoteWork } from "../../src/core/types";

const seedText = readFileSync(join(__dirname, "..", "fixtures", "seed-note.md"), "utf8");
const seedFm = (() => {
	const fm = parseFrontmatter(seedText);
	if ("error" in fm) throw new Error(fm.error);
	return fm.data;
})();
const seedLog = seedFm.check_log as CheckLog;
const NOW = new Date("2026-01-02T03:04:05.678Z");

function workFrom(remote: RemoteSummary, id: string): RemoteWork {
	return { id, doi: remote.doi, title: remote.title, authors: remote.authors, year: remote.year, publicationDate: null, type: "preprint", venue: remote.venue, locations: [], isRetracted: false, isParatext: false, arxivId: null };
}

const seedWork = workFrom(seedLog.remote as RemoteSummary, seedLog.paper_id as string);
const seedComparison: Comparison = {
	status: "mismatch", severity: "minor", fields: seedLog.fields as FieldChecks,
	notes: ["venue: remote record is the arXiv preprint"], differing: ["venue"], wrongIdentifier: null,
};

function ref(over: Partial<Reference> = {}): Reference {
	return {
		citationKey: "k", title: "Training language models to follow instructions with human feedback",
		authors: (seedLog.fields as FieldChecks).authors.details.map((d) => d.local as string), authorsTruncated: false,
		year: "2022", venue: "NeurIPS 2022", doi: null, arxivId: null, url: null, entryType: "article", openalexId: null, ...over,
	};
}

function freshLog(over: Partial<CheckLog> = {}): CheckLog {
	return { ...buildCheckLog({ status: "mismatch", comparison: seedComparison, work: seedWork, now: NOW }), ...over };
}

describe("buildCheckLog", () => {
	it("writes the seed keys in the seed order, then the later keys", () => {
		const log = buildCheckLog({
			status: "mismatch", comparison: seedComparison, work: { ...seedWork, isRetracted: true }, now: NOW,
			publishedVersion: { doi: "10.5555/x", venue: "NeurIPS", year: 2022 },
			previous: { ...seedLog, manually_verified: { verified_at: "2025-01-01T00:00:00.000Z", verified_by: "me" } },
		});
		expect(Object.keys(log)).toEqual(["checked_at", "checked_with", "status", "mismatch_severity", "paper_id", "fields", "remote", "checker_version", "notes", "retracted", "published_version", "manually_verified"]);
		expect(log.checked_at).toBe("2026-01-02T03:04:05.678Z");
		expect(log.checked_with).toBe("auto:openalex");
		expect(log.mismatch_severity).toBe("minor");
		expect(log.checker_version).toBe(CHECKER_VERSION);
		expect(log.manually_verified).toEqual({ verified_at: "2025-01-01T00:00:00.000Z", verified_by: "me" });
	});

	it("serializes the seed's fields and remote blocks exactly as the seed has them", () => {
		const entry = serializeEntry("check_log", buildCheckLog({ status: "mismatch", comparison: seedComparison, work: seedWork, now: new Date("2025-12-30T15:40:49.155Z") }));
		const start = seedText.indexOf("  paper_id:");
		const end = seedText.indexOf("tags:\n", start);
		expect(entry).toContain(seedText.slice(start, end));
		expect(entry.startsWith("check_log:\n  checked_at: '2025-12-30T15:40:49.155Z'\n  checked_with: 'auto:openalex'\n  status: mismatch\n  mismatch_severity: minor\n")).toBe(true);
		expect(entry.endsWith("  checker_version: 5\n  notes:\n    - 'venue: remote record is the arXiv preprint'\n")).toBe(true);
	});

	it("orders nested field keys and drops edit_distance/year_diff on matching fields", () => {
		const f = seedLog.fields as FieldChecks;
		const scrambled = {
			authors: f.authors, doi: f.doi,
			venue: { edit_distance: 3, match: true, remote: "a", local: "a" },
			year: { year_diff: 1, match: false, remote: "2023", local: "2022" },
			title: { match: true, local: "t", remote: "t" },
		} as unknown as FieldChecks;
		const log = buildCheckLog({ status: "confirmed", comparison: { ...seedComparison, status: "confirmed", severity: null, fields: scrambled }, work: seedWork, now: NOW });
		expect(Object.keys(log.fields as FieldChecks)).toEqual(["title", "year", "venue", "doi", "authors"]);
		expect(log.fields?.venue).toEqual({ local: "a", remote: "a", match: true });
		expect(Object.keys(log.fields?.year ?? {})).toEqual(["local", "remote", "match", "year_diff"]);
		expect(log).not.toHaveProperty("mismatch_severity");
	});

	it("leaves out remote when writeRemote is false", () => {
		const log = buildCheckLog({ status: "confirmed", comparison: seedComparison, work: seedWork, now: NOW, writeRemote: false });
		expect(log).not.toHaveProperty("remote");
		expect(log.paper_id).toBe(seedWork.id);
	});

	it("not_found and skipped logs carry only the first keys, checker_version and notes", () => {
		const nf = buildCheckLog({ status: "not_found", work: seedWork, comparison: seedComparison, now: NOW });
		expect(Object.keys(nf)).toEqual(["checked_at", "checked_with", "status", "checker_version"]);
		const sk = buildCheckLog({ status: "skipped", notes: ["web page: not indexed by OpenAlex"], now: NOW });
		expect(sk).toEqual({ checked_at: NOW.toISOString(), checked_with: "auto:openalex", status: "skipped", checker_version: CHECKER_VERSION, notes: ["web page: not indexed by OpenAlex"] });
	});

	it("keeps a person's verification from the previous log whatever the new status", () => {
		const mv = { verified_at: "2024-12-28T12:00:00.000Z", verified_by: "agent", notes: "checked the PDF" };
		const log = buildCheckLog({ status: "not_found", now: NOW, previous: { ...seedLog, manually_verified: mv } });
		expect(log.manually_verified).toEqual(mv);
		expect(Object.keys(log).at(-1)).toBe("manually_verified");
	});
});

describe("readCheckLog / manualVerification", () => {
	it("reads a map log and rejects other shapes", () => {
		expect(readCheckLog(seedFm)?.status).toBe("mismatch");
		expect(readCheckLog({ check_log: "done" })).toBeNull();
		expect(readCheckLog({ check_log: ["a"] })).toBeNull();
		expect(readCheckLog({})).toBeNull();
	});

	it("finds a verification at the top level or inside check_log", () => {
		const mv = { verified_at: "2024-12-28T12:00:00.000Z", verified_by: "agent" };
		expect(manualVerification({ manually_verified: mv })).toEqual(mv);
		expect(manualVerification({ check_log: { ...seedLog, manually_verified: mv } })).toEqual(mv);
		expect(manualVerification(seedFm)).toBeNull();
	});
});

describe("isStale", () => {
	const log = freshLog({ checked_at: "2026-01-01T00:00:00.000Z" });
	it("is stale only after staleDays", () => {
		expect(isStale(log, 30, new Date("2026-01-31T00:00:00.000Z"))).toBe(false);
		expect(isStale(log, 30, new Date("2026-01-31T00:00:00.001Z"))).toBe(true);
	});
	it("treats an unreadable date as stale and staleDays <= 0 as never stale", () => {
		expect(isStale({ ...log, checked_at: "yesterday-ish" }, 30, NOW)).toBe(true);
		expect(isStale(log, 0, new Date("2030-01-01"))).toBe(false);
	});
});

describe("needsCheck", () => {
	const opts = { staleDays: 30, now: NOW };
	const fmWith = (log: CheckLog, extra: Record<string, unknown> = {}) => ({ title: "x", check_log: log, ...extra });

	it("is false for a fresh log of the current version whose checked values are unchanged", () => {
		expect(needsCheck(ref(), fmWith(freshLog()), opts)).toBe(false);
	});
	it("is true without a log", () => {
		expect(needsCheck(ref(), { title: "x" }, opts)).toBe(true);
	});
	it("is true for a stale log", () => {
		expect(needsCheck(ref(), fmWith(freshLog({ checked_at: "2025-11-01T00:00:00.000Z" })), opts)).toBe(true);
	});
	it("is true for an older or missing checker_version", () => {
		expect(needsCheck(ref(), fmWith(freshLog({ checker_version: CHECKER_VERSION - 1 })), opts)).toBe(true);
		// logs written under the rules before issue 12 are re-checked under today's
		expect(needsCheck(ref(), fmWith(freshLog({ checker_version: 1 })), opts)).toBe(true);
		expect(needsCheck(ref(), fmWith(freshLog({ checker_version: undefined })), opts)).toBe(true);
		expect(needsCheck(ref(), fmWith({ ...seedLog, checked_at: NOW.toISOString() }), opts)).toBe(true);
	});
	it("is true for a log written by another source (auto:s2, auto:dblp, auto)", () => {
		for (const source of ["auto:s2", "auto:dblp", "auto", "auto:crossref"]) {
			expect(needsCheck(ref(), fmWith(freshLog({ checked_with: source })), opts)).toBe(true);
		}
	});
	it("is true when a checked local value changed", () => {
		expect(needsCheck(ref({ title: "Training language models to follow instructions" }), fmWith(freshLog()), opts)).toBe(true);
		expect(needsCheck(ref({ year: "2023" }), fmWith(freshLog()), opts)).toBe(true);
		expect(needsCheck(ref({ venue: "ICML" }), fmWith(freshLog()), opts)).toBe(true);
		expect(needsCheck(ref({ doi: "10.48550/arxiv.2203.02155" }), fmWith(freshLog()), opts)).toBe(true);
		const authors = ref().authors.slice();
		authors[3] = "Someone Else";
		expect(needsCheck(ref({ authors }), fmWith(freshLog()), opts)).toBe(true);
		expect(needsCheck(ref({ authors: authors.slice(0, 19) }), fmWith(freshLog()), opts)).toBe(true);
	});
	it("is false for a manually verified note (top level or inside check_log) unless forced", () => {
		const mv = { verified_at: "2024-12-28T12:00:00.000Z", verified_by: "agent" };
		expect(needsCheck(ref(), { title: "x", manually_verified: mv }, opts)).toBe(false);
		expect(needsCheck(ref(), fmWith({ ...seedLog, manually_verified: mv }), opts)).toBe(false);
		expect(needsCheck(ref(), { title: "x", manually_verified: mv }, { ...opts, force: true })).toBe(true);
		expect(needsCheck(ref(), fmWith(freshLog()), { ...opts, force: true })).toBe(true);
	});
});

describe("checkedFieldsChanged", () => {
	it("ignores spelling of the same values: whitespace, 'Last, First' order, DOI URL form", () => {
		const log = freshLog();
		const authors = ref().authors.map((a) => {
			const parts = a.split(" ");
			return `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}`;
		});
		expect(checkedFieldsChanged(ref({ authors, title: "Training  language models to follow instructions with human feedback " }), log)).toBe(false);
		const withDoi = freshLog({ fields: { ...(log.fields as FieldChecks), doi: { local: "https://doi.org/10.48550/ARXIV.2203.02155", remote: null, match: true } } });
		expect(checkedFieldsChanged(ref({ doi: "10.48550/arxiv.2203.02155" }), withDoi)).toBe(false);
	});
	it("reads author rows in order: a remote-only row (local null) does not shift the local list", () => {
		const log = freshLog();
		const f = log.fields as FieldChecks;
		const details = [...f.authors.details.slice(0, 2), { index: 2, local: null, remote: "Extra Remote", first_match: false, last_match: false }, ...f.authors.details.slice(2).map((d) => ({ ...d, index: d.index + 1 }))];
		const aligned = { ...log, fields: { ...f, authors: { ...f.authors, remote_count: 21, count_match: false, details } } };
		expect(checkedFieldsChanged(ref(), aligned)).toBe(false);
		const authors = ref().authors.slice();
		authors.splice(2, 1);
		expect(checkedFieldsChanged(ref({ authors }), aligned)).toBe(true);
	});

	it("has nothing to compare for a not_found log", () => {
		const nf = buildCheckLog({ status: "not_found", now: NOW });
		expect(checkedFieldsChanged(ref({ title: "Anything" }), nf)).toBe(false);
	});
});
