// `npm run eval`'s second yardstick in CI (issue 12): the HALLMARK dev split through the real
// pipeline may not fall below the levels today's rules reach (HALLMARK_ENFORCED, a ratchet toward
// the HALLMARK_TARGETS), and its index is built the way the eval claims.
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeDoi, normalizeTitle } from "../../src/core/normalize";
import { hallmarkIndex, splitAuthors } from "../../scripts/eval/hallmark-index";
import {
	formatHallmarkReport, HALLMARK_ENFORCED, HALLMARK_TARGETS, HALLUCINATION_TYPES, loadHallmark, loadPeer, noteReference,
	notePattern, runHallmark, type HallmarkReport,
} from "../../scripts/eval/hallmark";

const { dev, pool } = loadHallmark();
const valid = [...dev.filter((d) => d.truth.label === "VALID").map((d) => d.bib), ...pool];

describe("HALLMARK fixtures", () => {
	it("holds the whole dev split and the VALID pool", () => {
		expect(dev.length).toBe(1119);
		expect(dev.filter((d) => d.truth.label === "VALID").length).toBe(513);
		expect(pool.length).toBe(950);
		expect(new Set(dev.map((d) => d.truth.type).filter((t) => t !== null)).size).toBe(HALLUCINATION_TYPES.length);
	});

	it("reads the peer's published figures", () => {
		const peer = loadPeer();
		expect(peer.detection).toBeCloseTo(0.8647, 3);
		expect(peer.falsePositiveRate).toBeCloseTo(0.0916, 3);
		expect(Object.keys(peer.byType).length).toBe(HALLUCINATION_TYPES.length);
	});
});

describe("HALLMARK notes", () => {
	it("reads every entry back from its note with the entry's fields", () => {
		for (const { bib } of dev) {
			const f = bib.fields;
			const ref = noteReference(bib);
			// a few fabricated entries list "A, B, C" instead of BibTeX's "A and B and C"
			const people = /\sand\s/.test(f.author) ? splitAuthors(f.author) : f.author.split(",");
			expect(normalizeTitle(ref.title), bib.key).toBe(normalizeTitle(f.title));
			expect(ref.authors.length, bib.key).toBe(people.length);
			expect(ref.year, bib.key).toBe(f.year);
			expect(ref.venue, bib.key).toBe(f.booktitle ?? f.journal ?? null);
			expect(ref.doi, bib.key).toBe(normalizeDoi(f.doi));
			expect(ref.citationKey, bib.key).toBe(bib.key);
		}
	});
});

describe("HALLMARK index", () => {
	const { works, stats } = hallmarkIndex(valid);
	const validTitles = new Set(valid.map((b) => normalizeTitle(b.fields.title)));

	it("holds only VALID papers and look-alikes of them", () => {
		for (const w of works) {
			const title = normalizeTitle(String(w.title)).replace(/^correction to /, "");
			expect(validTitles.has(title), String(w.title)).toBe(true);
		}
		// every distinct VALID paper has its record; look-alikes come on top
		expect(stats.papers).toBeGreaterThan(900);
		expect(works.length).toBe(stats.papers + Object.values(stats.lookalikes).reduce((a, b) => a + b, 0));
	});

	it("depends on the papers only: not on citation keys, order or the entries' other fields", () => {
		const renamed = valid.map((b, i) => ({ ...b, key: `k${i}` }));
		expect(hallmarkIndex(renamed).works).toEqual(works);
		const reordered = [...valid].reverse();
		expect(hallmarkIndex(reordered).works).toEqual(works);
	});

	it("holds records the way OpenAlex does: long venue names, arXiv-only papers, lower-case DOIs, no DBLP numbers", () => {
		const venues = new Set(works.map((w) => (w.primary_location as { source: { display_name: string } | null }).source?.display_name));
		for (const short of ["NeurIPS", "ICML", "ICLR", "AAAI", "CVPR"]) expect(venues.has(short), short).toBe(false);
		expect(venues.has("arXiv (Cornell University)")).toBe(true);
		expect(venues.has("Proceedings of the AAAI Conference on Artificial Intelligence")).toBe(true);
		expect(stats.shapes["preprint-only"]).toBeGreaterThan(300);
		for (const w of works) {
			if (typeof w.doi === "string") expect(w.doi).toBe(w.doi.toLowerCase());
			for (const a of w.authorships as Array<{ author: { display_name: string } }>) expect(a.author.display_name).not.toMatch(/\s\d{4}$/);
		}
		expect(stats.defects.noVenue + stats.defects.noAuthors + stats.defects.alphabetical + stats.defects.truncated).toBeGreaterThan(0);
	});
});

describe("HALLMARK through the real pipeline", () => {
	let report: HallmarkReport;
	beforeAll(async () => {
		report = await runHallmark();
	}, 300_000);

	it("answers every note, none with an error", () => {
		expect(report.cases.length).toBe(1119);
		expect(report.cases.filter((c) => c.verdict === "error")).toEqual([]);
	});

	it("flags hallucinated entries at least as often as today's rules did", () => {
		const why = formatHallmarkReport(report);
		expect(report.flaggedRate, why).toBeGreaterThanOrEqual(HALLMARK_ENFORCED.minFlaggedOverall);
		for (const row of report.rows) {
			const floor = HALLMARK_ENFORCED.minFlaggedByType[row.kind];
			if (floor !== undefined) expect(row.flagged / row.count, `${row.kind}\n${why}`).toBeGreaterThanOrEqual(floor);
		}
	});

	it("raises no more false alarms on VALID entries than today's rules did", () => {
		expect(report.validMajorOrNotFoundRate, formatHallmarkReport(report)).toBeLessThanOrEqual(HALLMARK_ENFORCED.maxValidMajorOrNotFound);
		expect(report.passed).toBe(true);
	});

	it("enforces issue 12's targets: overall, VALID and every type the issue sets one for", () => {
		expect(HALLMARK_ENFORCED.minFlaggedOverall).toBeGreaterThanOrEqual(HALLMARK_TARGETS.minFlaggedOverall);
		expect(HALLMARK_ENFORCED.maxValidMajorOrNotFound).toBeLessThanOrEqual(HALLMARK_TARGETS.maxValidMajorOrNotFound);
		for (const [kind, target] of Object.entries(HALLMARK_TARGETS.minFlaggedByType)) {
			expect(HALLMARK_ENFORCED.minFlaggedByType[kind as keyof typeof HALLMARK_TARGETS.minFlaggedByType] ?? 0, kind).toBeGreaterThanOrEqual(target);
		}
		// The one type the issue lets stay below (a preprint cited as published: README, the trade-off).
		expect(Object.keys(HALLMARK_TARGETS.minFlaggedByType)).not.toContain("preprint_as_published");
		expect(Object.keys(HALLMARK_TARGETS.minFlaggedByType)).toHaveLength(13);
	});

	it("meets issue 12's targets as measured, not only as enforced", () => {
		expect(report.targetGaps, formatHallmarkReport(report)).toEqual([]);
	});

	it("reports the gap to the issue's targets", () => {
		const met = report.flaggedRate >= HALLMARK_TARGETS.minFlaggedOverall;
		expect(report.targetGaps.some((g) => g.startsWith("hallucinated flagged"))).toBe(!met);
	});

	it("groups every false alarm and every miss under a cause", () => {
		expect(report.falseAlarms.length).toBe(report.valid.major + report.valid.notFound);
		expect(report.missed.length).toBe(report.hallucinated.count - report.hallucinated.flagged);
		for (const c of [...report.falseAlarms, ...report.missed]) expect(c.cause.length, c.key).toBeGreaterThan(10);
	});
});

describe("notePattern", () => {
	it.each([
		["authors: not in the remote record: 'Tomer Koren', 'Roi Livni'", "authors: not in the remote record"],
		["year: 2021 vs 2024 (+3)", "year: N vs N"],
		["doi: the note has 10.1109/cvpr.2022.1, the work has 10.48550/arxiv.2201.00001", "doi: the note has DOI, the work has DOI"],
		["venue: remote record is the arXiv preprint", "venue: remote record is the arXiv preprint"],
	])("%s → %s", (note, pattern) => {
		expect(notePattern(note)).toBe(pattern);
	});
});
