// `npm run eval`'s third yardstick in CI: notes made from the HALLMARK VALID papers with one general
// error each (scripts/eval/perturb.ts) may not fall below today's levels (PERTURB_RATCHET), and the
// generator is built the way the eval claims: VALID papers only, seeded, one real change per note.
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeDoi } from "../../src/core/normalize";
import { distinctPapers } from "../../scripts/eval/hallmark-index";
import { FAMILIES } from "../../scripts/eval/perturb-families";
import { renderNote } from "../../scripts/eval/perturb-notes";
import { formatPerturbReport, generateCases, PER_FAMILY, perturbSource, PERTURB_RATCHET, runPerturb, type PerturbReport } from "../../scripts/eval/perturb";

// Made once: the generator's tests and the pipeline run below share the source and the notes
// (the first test shows a second generation gives the same notes).
const source = perturbSource();
const { valid, papers, indexDois } = source;
const cases = generateCases(papers, indexDois);

describe("perturbation generator", () => {
	it("draws every note from a VALID paper, PER_FAMILY per family, the same on every run", () => {
		const keys = new Set(distinctPapers(valid).keys());
		for (const c of cases) expect(keys.has(c.paperKey), c.id).toBe(true);
		for (const f of FAMILIES) expect(cases.filter((c) => c.family === f.id).length, f.id).toBe(PER_FAMILY);
		expect(generateCases(papers, indexDois)).toEqual(cases);
		// Another seed draws other notes (10 per family show it as well as all of them would).
		expect(generateCases(papers, indexDois, 10, 21)).not.toEqual(generateCases(papers, indexDois, 10));
	});

	it("changes the note in every family but the unchanged ones", () => {
		const byKey = new Map(papers.map((p) => [p.paperKey, p]));
		for (const c of cases) {
			const p = byKey.get(c.paperKey);
			if (!p) throw new Error(c.paperKey);
			const n = Number(c.id.split("#")[1]);
			const unchanged = renderNote({ ...p.fields, key: `${p.fields.key}-${n}`, doi: c.withDoi ? p.fields.doi : null }, c.style);
			if (c.family.startsWith("unchanged")) expect(c.text, c.id).toBe(unchanged);
			else expect(c.text, c.id).not.toBe(unchanged);
		}
	});

	it("makes no fabricated DOI that the index holds", () => {
		for (const c of cases.filter((x) => x.change.includes("(in no record)"))) {
			const doi = /doi → (\S+)/.exec(c.change)?.[1];
			expect(indexDois.has(String(normalizeDoi(doi))), c.id).toBe(false);
		}
	});

	it("has a ratchet level for every family", () => {
		expect(Object.keys(PERTURB_RATCHET).sort()).toEqual(FAMILIES.map((f) => f.id).sort());
	});
});

describe("perturbations through the real pipeline", () => {
	let report: PerturbReport;
	beforeAll(async () => {
		report = await runPerturb(source, cases);
	}, 300_000);

	it("reads and answers every note, none with an error", () => {
		expect(report.outcomes.length).toBe(FAMILIES.length * PER_FAMILY);
		expect(report.outcomes.filter((o) => o.verdict === "unread" || o.verdict === "error")).toEqual([]);
	});

	it("meets the right verdict in every family at least as often as today's rules did", () => {
		const why = formatPerturbReport(report);
		for (const row of report.rows) expect(row.met / row.count, `${row.family.id}\n${why}`).toBeGreaterThanOrEqual(PERTURB_RATCHET[row.family.id]);
		expect(report.passed, why).toBe(true);
	});

	it("raises no false alarm on the same paper written another way, in any importer style", () => {
		const same = new Set(FAMILIES.filter((f) => f.group === "unchanged").map((f) => f.id));
		const unchanged = report.outcomes.filter((o) => same.has(o.family));
		expect(unchanged.length).toBe(12 * PER_FAMILY);
		expect(unchanged.filter((o) => o.verdict === "major" || o.verdict === "not_found")).toEqual([]);
	});
});
