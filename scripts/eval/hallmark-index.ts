// The index the fake OpenAlex server serves for the HALLMARK yardstick: OpenAlex-shaped works built
// from the benchmark's VALID entries (DBLP BibTeX) the way real OpenAlex holds such papers.
//
// Input is BibTeX fields only: this module never sees a label, a hallucination type, an explanation
// or a subtest, and every random choice is seeded by a hash of the paper's normalized title (so the
// same paper, listed twice under two keys, becomes the same work).
//
// How real OpenAlex differs from DBLP, and the rates used here (see RATES for the evidence):
//  - Venues: OpenAlex names sources in full ("Neural Information Processing Systems",
//    "Proceedings of the AAAI Conference on Artificial Intelligence", "2022 IEEE/CVF Conference on
//    Computer Vision and Pattern Recognition (CVPR)"), never DBLP's "NeurIPS"/"AAAI"/"CVPR".
//  - Conferences without DOIs (NeurIPS, ICML, ICLR) and DOI-less journals (JMLR, TMLR): after the
//    Microsoft Academic Graph ended (2021) OpenAlex has no conference record for them; the paper is
//    the arXiv preprint only (venue "arXiv (Cornell University)", type preprint, DOI
//    10.48550/arxiv.<id>). Up to 2021 most have a conference record, often merged with the arXiv
//    version (the work then carries the arXiv DOI and both locations).
//  - DOIs are lower case and arXiv DOIs carry no version suffix.
//  - Display names differ from the byline: a middle initial added or dropped, given names reduced
//    to initials, diacritics dropped or added, never DBLP's disambiguation numbers ("Wei Li 0001").
//  - Occasional record defects: no venue (conference proceedings records), no authors (a stub),
//    authors in alphabetical order, a truncated author list.
//  - Look-alikes (as in the corpus eval): the arXiv preprint as a second work beside the version of
//    record, a "Correction to:" erratum, a same-title peer review, and another paper with the same
//    title by other people. They exercise wrong-paper safety: none of them may be confirmed.
import { normalizeTitle } from "../../src/core/normalize";
import { hash, openAlexWork } from "../../test/support/corpus-works";

/** One BibTeX entry as the benchmark gives it: key, entry type and fields. Nothing else. */
export interface BibEntry {
	key: string;
	entryType: string;
	fields: Record<string, string>;
}

/**
 * How often each transformation applies. Evidence: the fixture corpus's recorded OpenAlex answers
 * (78 same-paper notes checked against OpenAlex, `auto:openalex`), the recorded API responses in
 * test/fixtures/openalex/ (51 authorships with both `display_name` and the byline's
 * `raw_author_name`), and OpenAlex's source record for NeurIPS (S4306420609: 1,870 works for 2021,
 * 0 for 2022, 2 for 2023 — against about 2,300 accepted papers a year).
 */
export const RATES = {
	/** DOI-less conference/journal papers from 2021 held only as the arXiv preprint: 1,870 of ~2,330 NeurIPS 2021 papers have a conference record. */
	preprintOnlyUpTo2021: 0.2,
	/** From 2022 on: the NeurIPS source holds 0 works for 2022; 11 of 11 recorded NeurIPS/ICML records are the arXiv work. */
	preprintOnlyFrom2022: 1,
	/** A 2021 conference record merged with its arXiv version (carries the arXiv DOI). No recorded figure; half. */
	mergedWithPreprint: 0.5,
	/** ICLR preprints dated the year before: the submission deadline is late September. No recorded ICLR record; half. (NeurIPS/ICML: 11 of 11 recorded preprints have the conference year.) */
	iclrPreprintYearBefore: 0.5,
	/** Conference proceedings records with a DOI and no source: 10 of 15 recorded (ACM, IEEE, ACL); journals 0 of 24, arXiv 0 of 20, AAAI 0 of 2. */
	proceedingsWithoutVenue: 10 / 15,
	/** A record with no authors: 1 of 78 recorded same-paper records (3 of 95 OpenAlex records overall). */
	noAuthors: 0.02,
	/** Authors in alphabetical order (published records, ≥ 3 authors): 1 of 77 recorded lists scrambled; the issue reports alphabetical proceedings records as a leading cause in real vaults. */
	alphabeticalAuthors: 0.02,
	/** A truncated author list (≥ 3 authors, first half kept): 0 of 77 recorded; the issue reports it for old and book records. */
	truncatedAuthors: 0.01,
	/** Per author: a middle initial added or dropped. 28 of 336 recorded note/record pairs (8%), 4 of 51 byline/display pairs. */
	middleInitial: 0.1,
	/** Per author: given names reduced to initials ("W. J. Martin" for "Will Martin"): 1 of 51. */
	initialsOnly: 0.02,
	/** Per author with diacritics: dropped. 7 of 336 recorded pairs differ by diacritics only (2%), most in one direction. */
	diacriticsDropped: 0.04,
	/** Per author: a diacritic the byline lacks ("Alperín" for "Alperin"): 2 of 51. */
	diacriticsAdded: 0.02,
	/** Look-alikes (not real-world rates; like the corpus eval's, they test that the resolver never picks them). */
	separatePreprint: 0.25,
	erratum: 0.1,
	peerReview: 0.1,
	sameTitleOtherAuthors: 0.05,
} as const;

/** How OpenAlex names the venue of a DBLP short name, and whether its papers have DOIs. */
interface VenueShape {
	source: (year: number) => string;
	sourceType: "conference" | "journal" | "book series";
	/** Papers of this venue have a DOI (Crossref); without one OpenAlex has had no new record since 2022. */
	hasDoi: boolean;
	/** The OpenAlex `type` of the version of record. */
	workType?: string;
}

const VENUES: Record<string, VenueShape> = {
	neurips: { source: () => "Neural Information Processing Systems", sourceType: "conference", hasDoi: false },
	icml: { source: () => "International Conference on Machine Learning", sourceType: "conference", hasDoi: false },
	iclr: { source: () => "International Conference on Learning Representations", sourceType: "conference", hasDoi: false },
	"j mach learn res": { source: () => "Journal of Machine Learning Research", sourceType: "journal", hasDoi: false },
	"trans mach learn res": { source: () => "Transactions on Machine Learning Research", sourceType: "journal", hasDoi: false },
	// OpenAlex lists the AAAI proceedings as a journal (OJS, DOIs 10.1609/aaai.v…).
	aaai: { source: () => "Proceedings of the AAAI Conference on Artificial Intelligence", sourceType: "journal", hasDoi: true },
	cvpr: { source: (y) => `${y} IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)`, sourceType: "conference", hasDoi: true },
	iccv: { source: (y) => `${y} IEEE/CVF International Conference on Computer Vision (ICCV)`, sourceType: "conference", hasDoi: true },
	eccv: { source: () => "Lecture Notes in Computer Science", sourceType: "book series", hasDoi: true, workType: "book-chapter" },
	"mach learn": { source: () => "Machine Learning", sourceType: "journal", hasDoi: true },
	nature: { source: () => "Nature", sourceType: "journal", hasDoi: true },
};

const ARXIV_VENUE = "arXiv (Cornell University)";

/** Synthetic people for look-alikes: never an author of a benchmark entry. */
const OTHER_PEOPLE = ["Marie Reviewer-Okafor", "Tomasz Lindqvist-Arroyo", "Imani Castellanos-Whitfield", "Henrik Oyelaran-Baptiste"];

/** A number in [0, 1) fixed by the paper and the decision: decisions are independent and stable. */
function unit(paper: string, decision: string): number {
	return (hash(`${paper}\u0000${decision}`) - 100_000_000) / 900_000_000;
}

/** BibTeX "A and B and others": the people, without the truncation marker. */
export function splitAuthors(s: string | undefined): string[] {
	if (!s) return [];
	return s.split(/\s+and\s+/).map((a) => a.trim()).filter((a) => a !== "" && !/^(others|et\.?\s*al\.?)$/i.test(a));
}

/** DBLP's disambiguation number ("Wei Li 0001") is not part of anyone's name. */
export function withoutDblpNumber(name: string): string {
	return name.replace(/\s+\d{4}$/, "");
}

function firstFamily(authors: string[]): string {
	const words = (authors[0] ?? "").split(" ");
	return normalizeTitle(words[words.length - 1] ?? "");
}

/** DBLP closes journal titles with a period and keeps BibTeX braces; OpenAlex titles have neither. */
function openAlexTitle(title: string): string {
	return title.replace(/[{}]/g, "").replace(/\s+/g, " ").trim().replace(/(?<![.]{2})\.$/, "");
}

const ACCENTED: Record<string, string> = { a: "á", e: "é", i: "í", o: "ó", u: "ú" };

/** One author's display name as OpenAlex might show it. */
function displayName(byline: string, paper: string, position: number): string {
	const name = withoutDblpNumber(byline);
	const words = name.split(" ");
	const draw = (what: string) => unit(paper, `${what}#${position}`);
	let out = words;
	if (words.length >= 2 && draw("middle") < RATES.middleInitial) {
		const middle = words.slice(1, -1).findIndex((w) => /^\p{Lu}\.?$/u.test(w));
		if (middle >= 0) out = words.filter((_, i) => i !== middle + 1);
		else out = [...words.slice(0, -1), `${String.fromCharCode(65 + Math.floor(draw("middle-letter") * 26))}.`, words[words.length - 1]];
	}
	if (out.length >= 2 && draw("initials") < RATES.initialsOnly) {
		out = [...out.slice(0, -1).map((w) => w.split("-").map((p) => `${p.charAt(0)}.`).join("-")), out[out.length - 1]];
	}
	let joined = out.join(" ");
	if (/[^\x20-\x7e]/.test(joined) && draw("strip-diacritics") < RATES.diacriticsDropped) {
		joined = joined.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
	} else if (draw("add-diacritic") < RATES.diacriticsAdded) {
		const family = out[out.length - 1];
		const accented = family.replace(/[aeiou]/, (v) => ACCENTED[v] ?? v);
		joined = [...out.slice(0, -1), accented].join(" ");
	}
	return joined;
}

/** A synthetic arXiv id in the preprint's year (5-digit numbering, as since 2015). */
function arxivIdFor(paper: string, year: number): string {
	const month = 1 + Math.floor(unit(paper, "arxiv-month") * 12);
	const number = 10_000 + Math.floor(unit(paper, "arxiv-number") * 89_999);
	return `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}.${number}`;
}

function arxivDoiOf(doi: string | undefined): string | null {
	const m = doi ? /^10\.48550\/arxiv\.(.+?)(v\d+)?$/i.exec(doi.trim()) : null;
	return m ? m[1].toLowerCase() : null;
}

export type RecordShape = "arxiv-doi" | "preprint-only" | "conference-record" | "merged-with-preprint" | "version-of-record" | "other";

export interface IndexStats {
	/** Distinct papers among the VALID entries (same title and first author = one paper). */
	papers: number;
	works: number;
	shapes: Record<RecordShape, number>;
	defects: { noVenue: number; noAuthors: number; alphabetical: number; truncated: number; preprintYearBefore: number };
	names: { authors: number; changed: number };
	lookalikes: { separatePreprint: number; erratum: number; peerReview: number; sameTitleOtherAuthors: number };
}

type Work = Record<string, unknown>;

/**
 * The distinct papers of the VALID entries, by paper key (normalized title and first author's
 * family name). One paper listed twice (dev and pool) is one work: OpenAlex holds the full author
 * list, so the entry listing the most authors stands for it (DBLP sometimes cuts a list with "and
 * others"); among equals the one whose fields sort first, so entry order does not matter.
 */
export function distinctPapers(valid: BibEntry[]): Map<string, BibEntry> {
	const papers = new Map<string, BibEntry>();
	const fieldsKey = (e: BibEntry) => JSON.stringify(Object.entries(e.fields).sort(([a], [b]) => a.localeCompare(b)));
	const better = (a: BibEntry, b: BibEntry) => {
		const d = splitAuthors(a.fields.author).length - splitAuthors(b.fields.author).length;
		return d !== 0 ? d > 0 : fieldsKey(a) < fieldsKey(b);
	};
	for (const e of valid) {
		const id = `${normalizeTitle(e.fields.title ?? "")}|${firstFamily(splitAuthors(e.fields.author).map(withoutDblpNumber))}`;
		const seen = papers.get(id);
		if (!seen || better(e, seen)) papers.set(id, e);
	}
	return papers;
}

/** The OpenAlex id of a paper's record (k = 0) or of one of its look-alikes (k = 1: the separate arXiv preprint). */
export function paperWorkId(paperKey: string, k = 0): string {
	return `W${hash(paperKey)}${k}`;
}

/** The index: one work per distinct paper of the VALID entries, plus look-alikes (first, so equal search scores rank them ahead). */
export function hallmarkIndex(valid: BibEntry[]): { works: Work[]; stats: IndexStats } {
	const papers = distinctPapers(valid);
	const stats: IndexStats = {
		papers: papers.size,
		works: 0,
		shapes: { "arxiv-doi": 0, "preprint-only": 0, "conference-record": 0, "merged-with-preprint": 0, "version-of-record": 0, other: 0 },
		defects: { noVenue: 0, noAuthors: 0, alphabetical: 0, truncated: 0, preprintYearBefore: 0 },
		names: { authors: 0, changed: 0 },
		lookalikes: { separatePreprint: 0, erratum: 0, peerReview: 0, sameTitleOtherAuthors: 0 },
	};
	const records: Work[] = [];
	const lookalikes: Work[] = [];
	const usedIds = new Set<number>();
	for (const [paperKey, e] of papers) {
		const f = e.fields;
		const paper = normalizeTitle(f.title ?? "");
		const chance = (decision: string, rate: number) => unit(paper, decision) < rate;
		const title = openAlexTitle(f.title ?? "");
		const year = Number(f.year) || null;
		const venueName = f.booktitle ?? f.journal ?? null;
		const shape = venueName ? VENUES[normalizeTitle(venueName)] : undefined;
		// Ids and synthetic people come from the paper, so the index does not depend on entry order.
		const base = hash(paperKey);
		const id = (k: number) => paperWorkId(paperKey, k);
		if (usedIds.has(base)) throw new Error(`hallmark index: two papers hash to ${base}; salt the id`);
		usedIds.add(base);
		const someone = (k: number) => OTHER_PEOPLE[(base + k) % OTHER_PEOPLE.length];

		let authors = splitAuthors(f.author).map((a, i) => displayName(a, paper, i));
		stats.names.authors += authors.length;
		stats.names.changed += authors.filter((a, i) => a !== withoutDblpNumber(splitAuthors(f.author)[i])).length;

		// Which record OpenAlex holds for the paper.
		const arxivDoiId = arxivDoiOf(f.doi);
		let kind: RecordShape;
		if (arxivDoiId) kind = "arxiv-doi";
		else if (shape && !shape.hasDoi) {
			const preprintOnly = year !== null && year >= 2022 ? chance("preprint-only", RATES.preprintOnlyFrom2022) : chance("preprint-only", RATES.preprintOnlyUpTo2021);
			kind = preprintOnly ? "preprint-only" : chance("merged", RATES.mergedWithPreprint) ? "merged-with-preprint" : "conference-record";
		} else if (f.doi) kind = "version-of-record";
		else kind = "other";
		stats.shapes[kind]++;

		const isPreprint = kind === "arxiv-doi" || kind === "preprint-only";
		let preprintYear = year;
		if (isPreprint && year !== null && normalizeTitle(venueName ?? "") === "iclr" && chance("preprint-year", RATES.iclrPreprintYearBefore)) {
			preprintYear = year - 1;
			stats.defects.preprintYearBefore++;
		}
		const arxivId = arxivDoiId ?? (kind === "preprint-only" || kind === "merged-with-preprint" ? arxivIdFor(paper, preprintYear ?? year ?? 2022) : null);

		// Record defects.
		if (chance("no-authors", RATES.noAuthors)) {
			authors = [];
			stats.defects.noAuthors++;
		} else if (!isPreprint && authors.length >= 3 && chance("alphabetical", RATES.alphabeticalAuthors)) {
			authors = [...authors].sort((a, b) => (a.split(" ").pop() ?? "").localeCompare(b.split(" ").pop() ?? ""));
			stats.defects.alphabetical++;
		} else if (authors.length >= 3 && chance("truncated", RATES.truncatedAuthors)) {
			authors = authors.slice(0, Math.ceil(authors.length / 2));
			stats.defects.truncated++;
		}
		let venue: string | null = isPreprint ? ARXIV_VENUE : shape ? shape.source(year ?? 0) : venueName;
		if (!isPreprint && shape?.sourceType === "conference" && shape.hasDoi && chance("no-venue", RATES.proceedingsWithoutVenue)) {
			venue = null;
			stats.defects.noVenue++;
		}

		const arxivLocation = (id2: string) => ({ venue: ARXIV_VENUE, sourceType: "repository", version: "submittedVersion", landingPageUrl: `https://arxiv.org/abs/${id2}` });
		records.push(
			openAlexWork({
				id: id(0),
				doi: arxivId && kind !== "version-of-record" ? `10.48550/arxiv.${arxivId}` : (f.doi ?? null),
				title,
				authors,
				year: isPreprint ? preprintYear : year,
				venue,
				sourceType: isPreprint ? "repository" : shape?.sourceType === "book series" ? "book series" : shape?.sourceType ?? "journal",
				type: isPreprint ? "preprint" : shape?.workType ?? "article",
				extraLocations: kind === "merged-with-preprint" && arxivId ? [arxivLocation(arxivId)] : undefined,
			}),
		);

		// Look-alikes.
		const people = splitAuthors(f.author).map(withoutDblpNumber);
		if (kind === "version-of-record" && chance("separate-preprint", RATES.separatePreprint)) {
			const pid = arxivIdFor(paper, year ?? 2022);
			lookalikes.push(openAlexWork({ id: id(1), doi: `10.48550/arxiv.${pid}`, title, authors: people, year, venue: ARXIV_VENUE, type: "preprint" }));
			stats.lookalikes.separatePreprint++;
		}
		if (chance("erratum", RATES.erratum)) {
			lookalikes.push(openAlexWork({ id: id(2), title: `Correction to: ${title}`, authors: people, year: year === null ? null : year + 1, venue, type: "erratum" }));
			stats.lookalikes.erratum++;
		}
		if (chance("peer-review", RATES.peerReview)) {
			lookalikes.push(openAlexWork({ id: id(3), title, authors: [someone(0)], year, venue: null, type: "peer-review" }));
			stats.lookalikes.peerReview++;
		}
		if (chance("same-title", RATES.sameTitleOtherAuthors)) {
			const others = [someone(1), someone(2)];
			lookalikes.push(openAlexWork({ id: id(4), title, authors: others, year: year === null ? null : year - 3, venue: "Journal of Physics: Conference Series", type: "article" }));
			stats.lookalikes.sameTitleOtherAuthors++;
		}
	}
	const byId = (a: Work, b: Work) => String(a.id).localeCompare(String(b.id));
	const works = [...lookalikes.sort(byId), ...records.sort(byId)];
	stats.works = works.length;
	return { works, stats };
}
