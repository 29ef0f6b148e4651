import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareReference } from "../../src/core/compare";
import { buildCheckLog } from "../../src/core/check-log";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { Comparison, Reference, RemoteWork } from "../../src/core/types";
import { BIBTEX_DIR, FIXTURES, frontmatterOf, recordedLog, remoteFromRecorded } from "./corpus-helpers";

/** A corpus note (or the seed) as Reference + the RemoteWork of its recorded remote block. */
function corpusCase(file: string): { ref: Reference; work: RemoteWork; fm: Record<string, unknown> } {
	const path = file === "seed" ? join(FIXTURES, "seed-note.md") : join(BIBTEX_DIR, `${file}.md`);
	const fm = frontmatterOf(readFileSync(path, "utf8"));
	const ref = readReference(fm);
	if (isNotAReference(ref)) throw new Error(`${file}: ${ref.reason}`);
	const log = recordedLog(fm);
	if (!log?.remote) throw new Error(`${file}: no recorded remote`);
	return { ref, work: remoteFromRecorded(log.remote, log.paper_id), fm };
}

function ref(over: Partial<Reference>): Reference {
	return {
		citationKey: "k", title: "Attention is all you need", authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"],
		authorsTruncated: false, year: "2017", venue: "NeurIPS", doi: null, arxivId: null, url: null, entryType: "inproceedings", openalexId: null, ...over,
	};
}

function work(over: Partial<RemoteWork>): RemoteWork {
	return {
		id: "https://openalex.org/W1", doi: null, title: "Attention Is All You Need", authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"],
		year: 2017, publicationDate: null, type: "article", venue: "Neural Information Processing Systems",
		locations: [{ venue: "Neural Information Processing Systems", sourceType: "conference", version: "publishedVersion", isPreprint: false, landingPageUrl: null }],
		isRetracted: false, isParatext: false, arxivId: null, ...over,
	};
}

const arxivLocation = { venue: "arXiv (Cornell University)", sourceType: "repository", version: "submittedVersion", isPreprint: true, landingPageUrl: "https://arxiv.org/abs/1706.03762" };

function verdict(c: Comparison): string {
	return c.status === "confirmed" ? "confirmed" : `mismatch/${c.severity}`;
}

describe("seed note", () => {
	const { ref: r, work: w, fm } = corpusCase("seed");
	const c = compareReference(r, w);
	const recorded = (fm.check_log as { fields: Record<string, unknown> }).fields;

	it("is not a major mismatch, and says why", () => {
		expect(c.severity).not.toBe("major");
		expect(c.status).toBe("confirmed");
		expect(c.notes).toContain("venue: remote record is the arXiv preprint");
		expect(c.notes).toContain("authors: 'Luke Miller' vs 'Luke E. Miller' differ only by a middle name or initial");
		expect(c.differing).toEqual([]);
	});

	it("produces the recorded fields map exactly (same keys, values, edit distance 20)", () => {
		expect(JSON.parse(JSON.stringify(c.fields))).toEqual(recorded);
		expect(c.fields.venue.edit_distance).toBe(20);
	});
});

describe("false-alarm classes are never major (real corpus examples)", () => {
	it.each<[string, string, RegExp | null]>([
		["acemoglu2018ai", "title case and punctuation", null],
		["acemoglu2024", "diacritics (Acemoglu / Acemoğlu)", null],
		["arrieta2018", "LaTeX-ish accents, ``quotes'' and a middle initial", null],
		["vonahn2004", "particle case (Von Ahn / von Ahn)", null],
		["dakos2019tippingpoints", "middle initial and particle 'De Meester'", /middle name or initial/],
		["agarwal2018reductions", "DBLP suffix 'John Langford 0001', ICML alias, Dudik/Dudík", /middle name or initial/],
		["agnew2024illusion", "CHI proceedings wording, trailing title period", null],
		["eriksson2025benchmarks", "initials vs full given name, hyphenated family, arXiv DOI", /initials/],
		["gebru_datasheets_2018", "'Last, First' order, 'Daumé III' suffix", null],
		["ajmani2023friction", "ACM CSCW vs Proc. ACM Hum. Comput. Interact.", null],
		["chowdhury2021ceam", "AAAI ICWSM alias", null],
		["zheng2023", "family-first order 'Lin Zi'", /family-first/],
		["rafailov2023", "arXiv record of a NeurIPS paper", /arXiv preprint/],
		["bai2022", "local list truncated to the first 10", /first 10 of 51/],
		["liu2025rethinkingllmunlearning", "short form of a given name (Sanmi / Oluwasanmi)", /Sanmi/],
		["rochet2003", "a slip in the remote family name (Tirole / Triole)", /slip/],
		["seaver2017", "venue abbreviation 'Big Data Soc.'", null],
		["grother_frvt_demographics_2019", "remote title cut after 'Part 3:', '(FRVT)' locally", /subtitle/],
		["frischmann2012", "'Oxford University Press' vs 'OUP Catalogue'", null],
		["posner2018", "placeholder remote venue 'Books'", /placeholder/],
		["simon1996", "edition on one side only", /subtitle|edition/],
		["hadfieldmenell2019incomplete", "online-first year ±1, AIES proceedings wording", /differs by one/],
	])("%s: %s", (file, _why, note) => {
		const { ref: r, work: w } = corpusCase(file);
		const c = compareReference(r, w);
		expect(c.severity, c.notes.join(" | ")).not.toBe("major");
		if (note) expect(c.notes.join(" | ")).toMatch(note);
	});

	it("a trailing 'others' makes a truncated list an accepted difference", () => {
		const { ref: r, work: w } = corpusCase("bai2022");
		expect(verdict(compareReference(r, w))).toBe("mismatch/minor");
		const c = compareReference({ ...r, authorsTruncated: true }, w);
		expect(verdict(c)).toBe("confirmed");
		expect(c.notes.join(" | ")).toMatch(/first 10 of 51 authors and "others"/);
	});

	it.each<[string, Partial<Reference>, Partial<RemoteWork>, string, RegExp | null]>([
		["venue alias NeurIPS 2017 / Advances in NIPS", { venue: "NeurIPS 2017" }, { venue: "Advances in Neural Information Processing Systems 30" }, "confirmed", null],
		["venue NIPS / NeurIPS", { venue: "NIPS" }, { venue: "NeurIPS" }, "confirmed", null],
		["venue from another location", { venue: "NeurIPS" }, { venue: "arXiv (Cornell University)", type: "preprint", locations: [arxivLocation, { venue: "Neural Information Processing Systems", sourceType: "conference", version: "publishedVersion", isPreprint: false, landingPageUrl: null }] }, "confirmed", /another location/],
		["ICML in PMLR", { venue: "ICML 2020" }, { venue: "Proceedings of Machine Learning Research" }, "confirmed", /PMLR/],
		["ECCV in LNCS", { venue: "ECCV" }, { venue: "Lecture notes in computer science" }, "confirmed", /LNCS/],
		["FAccT proceedings wording", { venue: "Proceedings of the 2021 ACM Conference on Fairness, Accountability, and Transparency" }, { venue: "FAccT" }, "confirmed", null],
		// issue 12: a venue the preprint-only record cannot confirm and no known venue has is not silently confirmed
		["SSRN record of a journal paper", { venue: "Management Science" }, { venue: "SSRN Electronic Journal", type: "preprint", locations: [] }, "mismatch/minor", /'Management Science' matches no conference or journal we know, and the record is only the SSRN preprint/],
		["arXiv record of an ICLR paper", { venue: "ICLR 2018" }, { venue: "arXiv (Cornell University)", type: "preprint", locations: [arxivLocation] }, "confirmed", /remote record is the arXiv preprint/],
		["other venue difference is minor", { venue: "Some Workshop" }, { venue: "Journal of Something Else" }, "mismatch/minor", /venue/],
		["year +1 after a preprint", { year: "2018" }, { year: 2017, venue: "arXiv (Cornell University)", type: "preprint", locations: [arxivLocation] }, "confirmed", /published version's year/],
		["year +2 after a preprint", { year: "2019" }, { year: 2017, venue: "arXiv (Cornell University)", type: "preprint", locations: [arxivLocation] }, "confirmed", /published version's year/],
		["local cites the preprint year", { year: "2016", venue: "arXiv preprint arXiv:1706.03762" }, { year: 2017 }, "confirmed", /cites the 2016 preprint/],
		["year ±1 otherwise is minor", { year: "2018" }, {}, "mismatch/minor", /differs by one/],
		["year +1 after an online-first date late in the year", { year: "2018" }, { publicationDate: "2017-11-20" }, "confirmed", /online-first/],
		["year +1 after an early-in-year date stays minor", { year: "2018" }, { publicationDate: "2017-03-02" }, "mismatch/minor", /differs by one/],
		["British/American spelling in the title", { title: "Modelling behaviour" }, { title: "Modeling behavior" }, "mismatch/minor", /spelling/],
		["subtitle on one side only", { title: "Attention is all you need" }, { title: "Attention is all you need: transformers for sequence transduction" }, "mismatch/minor", /subtitle/],
		["HTML entities and LaTeX in the title", { title: "{A}ttention is all you need" }, { title: "Attention <i>is</i> all you need" }, "confirmed", null],
		["initials", { authors: ["A. Vaswani", "N. M. Shazeer", "N. Parmar", "J. Uszkoreit"] }, {}, "confirmed", /initials|middle/],
		["Last, First", { authors: ["Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki", "Uszkoreit, Jakob"] }, {}, "confirmed", null],
		["LaTeX accents {\\\"o} and \\'e", { authors: ["J{\\\"o}rg M\\'eller", "Noam Shazeer"] }, { authors: ["Jörg Méller", "Noam Shazeer"] }, "confirmed", null],
		["hyphenated given names", { authors: ["J.-P. Dupuy", "Noam Shazeer"] }, { authors: ["Jean-Pierre Dupuy", "Noam Shazeer"] }, "confirmed", null],
		["particles", { authors: ["Aaron van den Oord", "Noam Shazeer"] }, { authors: ["Aäron Van Den Oord", "Noam Shazeer"] }, "confirmed", null],
		["particle dropped on one side", { authors: ["A. Oord", "Noam Shazeer"] }, { authors: ["Aäron van den Oord", "Noam Shazeer"] }, "confirmed", null],
		["CJK family-first order", { authors: ["Zhang Wei", "Noam Shazeer"] }, { authors: ["Wei Zhang", "Noam Shazeer"] }, "confirmed", /family-first/],
		// issue 12: the same people in another order is one work; the order is at most minor
		["first two authors swapped", { authors: ["Noam Shazeer", "Ashish Vaswani", "Niki Parmar", "Jakob Uszkoreit"] }, {}, "mismatch/minor", /the record lists the same 4 people in another order/],
		["incompatible given name is minor but shown", { authors: ["Ryan Lowe", "Noam Shazeer"] }, { authors: ["Raymond Lowe", "Noam Shazeer"] }, "mismatch/minor", /'Ryan Lowe' vs 'Raymond Lowe'/],
		["local DOI is the arXiv DOI of the work", { doi: "10.48550/arxiv.1706.03762" }, { doi: "10.5555/3295222.3295349", arxivId: "1706.03762" }, "confirmed", /arXiv DOI/],
		["missing local DOI is not a mismatch", { doi: null }, { doi: "10.5555/3295222.3295349" }, "confirmed", null],
		["remote without venue", { venue: "NeurIPS" }, { venue: null, locations: [] }, "confirmed", /no venue/],
	])("%s", (_name, r, w, expected, note) => {
		const c = compareReference(ref(r), work(w));
		expect(verdict(c), c.notes.join(" | ")).toBe(expected);
		if (note) expect(c.notes.join(" | ")).toMatch(note);
	});
});

describe("real errors are major", () => {
	it.each<[string, Partial<Reference>, Partial<RemoteWork>, RegExp]>([
		["different title", { title: "Deep residual learning for image recognition" }, {}, /title: different title/],
		["negated title", { title: "Attention is not all you need" }, {}, /title: different title/],
		["different first author", { authors: ["Geoffrey Hinton", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"] }, {}, /different first author/],
		["first author swapped for someone not in the record", { authors: ["Noam Shazeer", "Geoffrey Hinton", "Niki Parmar", "Jakob Uszkoreit"] }, {}, /different first author/],
		["named author missing from the middle", { authors: ["Ashish Vaswani", "Niki Parmar", "Jakob Uszkoreit"] }, {}, /missing from the note: 'Noam Shazeer'/],
		["author added", { authors: ["Ashish Vaswani", "Noam Shazeer", "Yann LeCun", "Niki Parmar", "Jakob Uszkoreit"] }, {}, /not in the remote record: 'Yann LeCun'/],
		["missing middle author even with 'others'", { authors: ["Ashish Vaswani", "Niki Parmar"], authorsTruncated: true }, {}, /missing from the note: 'Noam Shazeer'/],
		["year +3", { year: "2020" }, {}, /year: 2020 vs 2017/],
		["year -2 against a published record", { year: "2015" }, {}, /year: 2015 vs 2017/],
		["year +3 even after a preprint", { year: "2020" }, { venue: "arXiv (Cornell University)", type: "preprint", locations: [arxivLocation] }, /year: 2020 vs 2017/],
		["DOI of another paper", { doi: "10.1109/cvpr.2016.90" }, { doi: "10.5555/3295222.3295349" }, /doi: the note has 10\.1109\/cvpr\.2016\.90/],
		["retracted", {}, { isRetracted: true }, /retracted/],
		["arXiv id of another paper", { arxivId: "1512.03385" }, { arxivId: "1706.03762" }, /arXiv id: the note has 1512\.03385/],
	])("%s", (_name, r, w, note) => {
		const c = compareReference(ref(r), work(w));
		expect(verdict(c), c.notes.join(" | ")).toBe("mismatch/major");
		expect(c.notes.join(" | ")).toMatch(note);
		if (!_name.startsWith("retracted")) expect(c.differing.length).toBeGreaterThan(0);
	});

	it("a misspelled author (clark2021: 'Sofia Serber' for 'Sofia Serrano') is major, despite a literal \\n in the remote title", () => {
		const { ref: r, work: w } = corpusCase("clark2021");
		const c = compareReference(r, w);
		expect(verdict(c)).toBe("mismatch/major");
		expect(c.fields.title.match).toBe(true);
		expect(c.notes.join(" | ")).toMatch(/'Sofia Serrano'/);
	});

	it("an author order slip (rafailov2023) is minor, not a missing author", () => {
		const c = compareReference(corpusCase("rafailov2023").ref, corpusCase("rafailov2023").work);
		expect(verdict(c)).toBe("mismatch/minor");
		expect(c.notes.join(" | ")).toMatch(/order differs/);
	});

	it("a dropped middle author shows as one gap in the details, not a shifted list", () => {
		const c = compareReference(ref({ authors: ["Ashish Vaswani", "Niki Parmar", "Jakob Uszkoreit"] }), work({}));
		expect(c.fields.authors.details.map((d) => [d.local, d.remote])).toEqual([
			["Ashish Vaswani", "Ashish Vaswani"], [null, "Noam Shazeer"], ["Niki Parmar", "Niki Parmar"], ["Jakob Uszkoreit", "Jakob Uszkoreit"],
		]);
		expect(c.fields.authors).toMatchObject({ local_count: 3, remote_count: 4, count_match: false });
	});
});

describe("fields format", () => {
	it("edit_distance and year_diff only when no match; doi match when local missing", () => {
		const c = compareReference(ref({ year: "2020", venue: "ICLR", title: "Something else entirely" }), work({ doi: "10.5555/1" }));
		expect(c.fields.title.match).toBe(false);
		expect(typeof c.fields.title.edit_distance).toBe("number");
		expect(c.fields.year).toEqual({ local: "2020", remote: "2017", match: false, year_diff: -3 });
		expect(c.fields.doi).toEqual({ local: null, remote: "10.5555/1", match: true });
		const ok = compareReference(ref({}), work({}));
		expect(ok.fields.title).not.toHaveProperty("edit_distance");
		expect(ok.fields.year).not.toHaveProperty("year_diff");
		expect(ok.fields.venue).toEqual({ local: "NeurIPS", remote: "Neural Information Processing Systems", match: true });
	});

	it("a work compared with itself is confirmed (property)", () => {
		const name = fc.tuple(fc.constantFrom("Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald"), fc.constantFrom("Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "van Rossum"))
			.map(([g, f]) => `${g} ${f}`);
		fc.assert(fc.property(
			fc.array(fc.constantFrom("learning", "graphs", "on", "the", "of", "neural", "fair", "data", "models"), { minLength: 2, maxLength: 9 }).map((w) => w.join(" ")),
			fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
			fc.integer({ min: 1950, max: 2026 }),
			fc.boolean(),
			(title, authors, year, caseChange) => {
				const r = ref({ title: caseChange ? title.toUpperCase() + "." : title, authors, year: String(year), venue: null });
				const w = work({ title, authors: authors.map((a) => (caseChange ? a.toLowerCase() : a)), year });
				const c = compareReference(r, w);
				expect(c.status, c.notes.join(" | ")).toBe("confirmed");
			},
		), { numRuns: 300 });
	});
});

describe("author list properties", () => {
	const GIVEN = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Tim", "Radia", "Frances", "Leslie", "Shafi", "Whitfield"];
	const FAMILY = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Berners-Lee", "Perlman", "Allen", "Lamport", "Goldwasser", "Diffie", "Müller", "van der Berg", "Ng"];
	const people = fc.uniqueArray(fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY)), { minLength: 3, maxLength: 12, selector: ([, f]) => f });
	const asName = ([g, f]: [string, string]) => `${g} ${f}`;

	/** The same person written another way: "Last, First", initials, lower case, no diacritics. */
	function rewrite([g, f]: [string, string], how: number): string {
		switch (how) {
			case 0: return `${f}, ${g}`;
			case 1: return `${g[0]}. ${f}`;
			case 2: return `${g} Q. ${f}`;
			case 3: return `${g} ${f}`.toLowerCase();
			case 4: return `${g} ${f.normalize("NFD").replace(/[\u0300-\u036f]/g, "")}`;
			default: return `${g} ${f}`;
		}
	}

	it("rewriting names never makes a mismatch", () => {
		fc.assert(fc.property(people, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }), (ps, hows) => {
			const c = compareReference(ref({ authors: ps.map((p, i) => rewrite(p, hows[i])) }), work({ authors: ps.map(asName) }));
			expect(c.status, c.notes.join(" | ")).toBe("confirmed");
		}), { numRuns: 300 });
	});

	it("dropping a middle author is always major", () => {
		fc.assert(fc.property(people, fc.nat(), (ps, k) => {
			const drop = 1 + (k % (ps.length - 2));
			const local = ps.filter((_, i) => i !== drop).map(asName);
			const c = compareReference(ref({ authors: local }), work({ authors: ps.map(asName) }));
			expect(c.severity, c.notes.join(" | ")).toBe("major");
			expect(c.notes.join(" | ")).toContain(`missing from the note: '${asName(ps[drop])}'`);
		}), { numRuns: 300 });
	});

	it("replacing the first author is always major", () => {
		fc.assert(fc.property(people, (ps) => {
			const local = [asName(["Yoshua", "Bengio"]), ...ps.slice(1).map(asName)];
			const c = compareReference(ref({ authors: local }), work({ authors: ps.map(asName) }));
			expect(c.severity, c.notes.join(" | ")).toBe("major");
			expect(c.notes.join(" | ")).toMatch(/different first author/);
		}), { numRuns: 300 });
	});

	it("compares a 3,000-author collaboration quickly and still finds a dropped author", () => {
		const big = Array.from({ length: 3000 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))} Family${i}`);
		const same = compareReference(ref({ authors: big.slice() }), work({ authors: big }));
		expect(same.status).toBe("confirmed");
		const dropped = compareReference(ref({ authors: big.filter((_, i) => i !== 1500) }), work({ authors: big }));
		expect(dropped.severity).toBe("major");
	});

	it("a truncated prefix is minor, or accepted with 'others'", () => {
		fc.assert(fc.property(people, fc.nat(), fc.boolean(), (ps, k, others) => {
			const keep = 1 + (k % (ps.length - 1));
			const c = compareReference(ref({ authors: ps.slice(0, keep).map(asName), authorsTruncated: others }), work({ authors: ps.map(asName) }));
			expect(c.status === "confirmed" ? "confirmed" : c.severity).toBe(others ? "confirmed" : "minor");
		}), { numRuns: 300 });
	});
});

describe("authors printed on the work under another profile name (rules/author-profile-names)", () => {
	const printedWork = work({ authors: ["Ashish Vaswani", "Noam Okafor", "Niki Parmar", "Jakob Uszkoreit"], bylines: [null, "Noam Shazeer", null, null] });

	it("compares the note's printed name and records it as the remote name the note would copy", () => {
		const c = compareReference(ref({}), printedWork);
		expect(c.status).toBe("confirmed");
		expect(c.remoteAuthors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"]);
		const log = buildCheckLog({ status: "confirmed", comparison: c, work: printedWork, now: new Date("2026-03-01T00:00:00Z") });
		expect(log.remote?.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"]);
	});

	it("keeps the byline in the remote list when another author differs, so a fix copies what the work prints", () => {
		const c = compareReference(ref({ authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Weller"] }), printedWork);
		expect(c.severity).toBe("major");
		const log = buildCheckLog({ status: "mismatch", comparison: c, work: printedWork, now: new Date("2026-03-01T00:00:00Z") });
		expect(log.remote?.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"]);
	});

	it("keeps the profile's name where the note uses it, and writes no other list", () => {
		const c = compareReference(ref({ authors: ["Ashish Vaswani", "Noam Okafor", "Niki Parmar", "Jakob Uszkoreit"] }), printedWork);
		expect(c.status).toBe("confirmed");
		expect(c.remoteAuthors).toBeUndefined();
	});
});
