// The second yardstick of `npm run eval` (issue 12): the development split of HALLMARK, a public
// benchmark of hallucinated and valid citations (test/fixtures/hallmark/SOURCES.md).
//
// One note per benchmark entry (1,119), its BibTeX fields written as a researcher's reference note
// would hold them, checked by the real pipeline (checkReferences) against the fake OpenAlex server
// serving works built ONLY from the VALID entries (hallmark-index.ts). The benchmark's labels and
// error types are read for scoring only: neither the index nor the notes see them.
//   hallucinated entry: flagged = minor, major or not_found (anything but confirmed);
//   VALID entry: a false alarm = major or not_found (a minor difference is shown, not alarmed).
import { readFileSync } from "fs";
import { join } from "path";
import { stringify } from "yaml";
import { startFakeOpenAlex } from "../../test/support/fake-openalex";
import { hash } from "../../test/support/corpus-works";
import { isNotAReference, readReference } from "../../src/core/reference";
import { normalizeDoi, normalizeTitle } from "../../src/core/normalize";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import type { CheckResult, Reference } from "../../src/core/types";
import { hallmarkIndex, RATES, type BibEntry, type IndexStats } from "./hallmark-index";
import { checkAll, detailOf, verdictOf, type Verdict } from "./run";

/** Tests and the eval run from the repository root. */
export const HALLMARK_DIR = join(process.cwd(), "test", "fixtures", "hallmark");

/** Error types in the benchmark's order (SOURCES.md). */
export const HALLUCINATION_TYPES = [
	"plausible_fabrication", "swapped_authors", "near_miss_title", "arxiv_version_mismatch", "chimeric_title",
	"wrong_venue", "placeholder_authors", "fabricated_doi", "nonexistent_venue", "partial_author_list",
	"preprint_as_published", "merged_citation", "future_date", "hybrid_fabrication",
] as const;
export type HallucinationType = (typeof HALLUCINATION_TYPES)[number];

export interface Thresholds {
	/** Hallucinated entries flagged (minor, major or not found), all types together. */
	minFlaggedOverall: number;
	/** Per error type; a type left out has no floor. */
	minFlaggedByType: Partial<Record<HallucinationType, number>>;
	/** VALID entries answered major or not found. */
	maxValidMajorOrNotFound: number;
}

// ---------------------------------------------------------------------------------------------
// TARGETS: issue 12's acceptance figures for this yardstick. Hallucinated entries flagged ≥ 95%
// overall and ≥ 85% in every type except a preprint cited as published at a venue (our rules accept
// a well-known venue on a preprint-only record on purpose: README states the trade-off); VALID
// entries major or not found ≤ 2%.
const perType = (floor: number): Partial<Record<HallucinationType, number>> =>
	Object.fromEntries(HALLUCINATION_TYPES.filter((t) => t !== "preprint_as_published").map((t) => [t, floor]));
export const HALLMARK_TARGETS: Thresholds = {
	minFlaggedOverall: 0.95,
	minFlaggedByType: perType(0.85),
	maxValidMajorOrNotFound: 0.02,
};
// RATCHET: the levels today's rules measure (no regression below them; rates rounded toward the
// measured side). Issue 12's rules (src/core/rules/) meet every target; preprint_as_published, the one
// type the issue lets stay below, is at 84%: a venue that publishes without DOIs (NeurIPS, ICML,
// ICLR, …) on a record that is only the arXiv preprint is accepted on purpose (README states the
// trade-off with its figures). Raise them as the rules improve.
export const HALLMARK_RATCHET: Thresholds = {
	minFlaggedOverall: 0.978, // 593 of 606 (target 0.95)
	minFlaggedByType: {
		plausible_fabrication: 1, // 76 of 76
		swapped_authors: 1, // 67 of 67
		near_miss_title: 0.961, // 50 of 52 (the 2 left differ from the real title only by a hyphen)
		arxiv_version_mismatch: 0.979, // 48 of 49
		chimeric_title: 1, // 47 of 47
		wrong_venue: 0.893, // 42 of 47 (target 0.85)
		placeholder_authors: 1, // 41 of 41
		fabricated_doi: 1, // 39 of 39
		nonexistent_venue: 1, // 39 of 39
		partial_author_list: 1, // 32 of 32
		preprint_as_published: 0.838, // 26 of 31 (no target: accepted on purpose)
		merged_citation: 1, // 30 of 30
		future_date: 1, // 30 of 30
		hybrid_fabrication: 1, // 26 of 26
	},
	maxValidMajorOrNotFound: 0, // 0 of 513 (target 0.02)
};
export const HALLMARK_ENFORCED: Thresholds = HALLMARK_RATCHET;
// ---------------------------------------------------------------------------------------------

/** What the benchmark says about an entry: read for scoring only. */
interface Truth {
	label: "VALID" | "HALLUCINATED";
	type: HallucinationType | null;
}

interface DevEntry {
	bib: BibEntry;
	truth: Truth;
}

interface RawEntry {
	bibtex_key: string;
	bibtex_type: string;
	fields: Record<string, string>;
	label: string;
	hallucination_type?: string | null;
}

function readJsonl(file: string): RawEntry[] {
	return readFileSync(join(HALLMARK_DIR, file), "utf8")
		.split("\n")
		.filter((l) => l.trim() !== "")
		.map((l) => JSON.parse(l) as RawEntry);
}

const bibOf = (e: RawEntry): BibEntry => ({ key: e.bibtex_key, entryType: e.bibtex_type, fields: e.fields });

export function loadHallmark(): { dev: DevEntry[]; pool: BibEntry[] } {
	const dev = readJsonl("dev_public.jsonl").map((e) => {
		if (e.label !== "VALID" && e.label !== "HALLUCINATED") throw new Error(`${e.bibtex_key}: bad label ${e.label}`);
		const type = e.label === "VALID" ? null : (e.hallucination_type as HallucinationType);
		if (type !== null && !HALLUCINATION_TYPES.includes(type)) throw new Error(`${e.bibtex_key}: unknown type ${String(type)}`);
		return { bib: bibOf(e), truth: { label: e.label, type } } satisfies DevEntry;
	});
	const pool = readJsonl("valid_entries.jsonl").map((e) => {
		if (e.label !== "VALID") throw new Error(`${e.bibtex_key}: the pool holds VALID entries only`);
		return bibOf(e);
	});
	return { dev, pool };
}

/** The strongest peer's published figures on this split (bibtexupdater, live APIs). */
export interface PeerFigures {
	tool: string;
	detection: number;
	falsePositiveRate: number;
	byType: Partial<Record<HallucinationType, number>>;
}

export function loadPeer(): PeerFigures {
	// The published file has bare NaN values (Python's json.dump): not JSON until replaced.
	const raw = readFileSync(join(HALLMARK_DIR, "bibtexupdater_dev_public.json"), "utf8").replace(/\bNaN\b/g, "null");
	const j = JSON.parse(raw) as { tool_name: string; detection_rate: number; false_positive_rate: number; per_type_metrics: Record<string, { detection_rate: number }> };
	const byType: Partial<Record<HallucinationType, number>> = {};
	for (const t of HALLUCINATION_TYPES) if (j.per_type_metrics[t]) byType[t] = j.per_type_metrics[t].detection_rate;
	return { tool: j.tool_name, detection: j.detection_rate, falsePositiveRate: j.false_positive_rate, byType };
}

/**
 * The entry as a researcher's reference note: BibTeX fields as frontmatter. The shape varies
 * (seeded by the citation key) the way vaults do: authors as the BibTeX "A and B" string or as a
 * list, the venue under its BibTeX key or as `venue`, with or without `type: bibtex_entry`.
 */
export function noteText(bib: BibEntry): string {
	const f = bib.fields;
	const choice = (what: string) => hash(`${bib.key}\u0000${what}`) % 2 === 0;
	const fm: Record<string, unknown> = {};
	if (choice("typed")) fm.type = "bibtex_entry";
	fm.citation_key = bib.key;
	fm.entry_type = bib.entryType;
	fm.title = f.title;
	if (f.author) {
		// a list holds one person per item (a few fabricated entries join names with commas)
		if (choice("author-list")) fm.authors = f.author.split(/\s+and\s+/.test(f.author) ? /\s+and\s+/ : /,/).map((a) => a.trim());
		else fm.author = f.author;
	}
	if (f.year) fm.year = f.year;
	const venueKey = f.booktitle !== undefined ? "booktitle" : f.journal !== undefined ? "journal" : null;
	if (venueKey) fm[choice("venue-key") ? venueKey : "venue"] = f[venueKey];
	if (f.doi) fm.doi = f.doi;
	if (f.url) fm.url = f.url;
	return `---\n${stringify(fm)}---\n`;
}

/** The note read back the way the plugin and the CLI read notes. */
export function noteReference(bib: BibEntry): Reference {
	const fm = parseFrontmatter(noteText(bib));
	if ("error" in fm) throw new Error(`${bib.key}: ${fm.error}`);
	const ref = readReference(fm.data);
	if (isNotAReference(ref)) throw new Error(`${bib.key}: not read as a reference: ${ref.reason}`);
	return ref;
}

export interface HallmarkCase {
	key: string;
	/** "VALID" or the error type. */
	kind: "VALID" | HallucinationType;
	verdict: Verdict;
	/** Why: the result message and the log's notes. */
	detail: string;
	/** The group this case is listed under (cause of a false alarm, or what let an error through). */
	cause: string;
	/** The index holds a work with the entry's DOI, its title, or its first author and most of its title words. */
	lookalikeIndexed: boolean;
}

export interface TypeRow {
	kind: HallucinationType;
	count: number;
	flagged: number;
	majorOrNotFound: number;
	lookalikeIndexed: number;
	lookalikeFlagged: number;
	peer: number | null;
}

export interface HallmarkReport {
	index: IndexStats;
	cases: HallmarkCase[];
	rows: TypeRow[];
	hallucinated: { count: number; flagged: number; majorOrNotFound: number; lookalikeIndexed: number; lookalikeFlagged: number };
	valid: { count: number; confirmed: number; minor: number; major: number; notFound: number; other: number };
	flaggedRate: number;
	validMajorOrNotFoundRate: number;
	peer: PeerFigures;
	requestsPerNote: number;
	falseAlarms: HallmarkCase[];
	missed: HallmarkCase[];
	/** Thresholds not met: the enforced ratchet, and (for information) the issue's targets. */
	ratchetFailures: string[];
	targetGaps: string[];
	passed: boolean;
}

const isFlagged = (v: Verdict) => v === "minor" || v === "major" || v === "not_found";
const isAlarm = (v: Verdict) => v === "major" || v === "not_found";

/** A note's general pattern: quoted names, parentheses, DOIs and numbers taken out, cut after "field: what". */
export function notePattern(note: string): string {
	const s = note
		.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, "…")
		.replace(/\([^()]*\)/g, "")
		.replace(/\b10\.\d{4,9}\/[^\s,;]+/g, "DOI")
		.replace(/\b\d+(\.\d+)?\b/g, "N")
		.replace(/\s+/g, " ")
		.trim();
	const first = s.indexOf(": ");
	const second = first >= 0 ? s.indexOf(": ", first + 2) : -1;
	return (second >= 0 ? s.slice(0, second) : s).replace(/[;,.]\s*$/, "");
}

/** Notes that make a verdict major (compare.ts / resolver wording), for grouping false alarms. */
const MAJOR_NOTE = /^(authors: (different first author|missing from the note|not in the remote record)|title: different title|year: \d{4} vs \d{4}|doi: the note has|arXiv id:|identifier points to another paper|retracted)/;

/** Which field a hallucination type falsifies: the notes about it say why an error got through. */
const FIELD_OF: Record<HallucinationType, RegExp> = {
	plausible_fabrication: /^(title|authors|venue|doi|year)\b/,
	swapped_authors: /^authors\b/,
	near_miss_title: /^title\b/,
	arxiv_version_mismatch: /^(venue|year)\b/,
	chimeric_title: /^(title|authors)\b/,
	wrong_venue: /^venue\b/,
	placeholder_authors: /^authors\b/,
	fabricated_doi: /^doi\b/,
	nonexistent_venue: /^venue\b/,
	partial_author_list: /^authors\b/,
	preprint_as_published: /^venue\b/,
	merged_citation: /^(title|authors)\b/,
	future_date: /^year\b/,
	hybrid_fabrication: /^(title|authors|doi)\b/,
};

function notesOf(r: CheckResult | undefined): string[] {
	return [...(r?.log?.notes ?? []), ...(r?.message && !(r.log?.notes ?? []).includes(r.message) ? [r.message] : [])];
}

function falseAlarmCause(verdict: Verdict, r: CheckResult | undefined): string {
	const notes = notesOf(r);
	if (verdict === "not_found") {
		const closest = /closest: .*: ([^)]*)\)\s*$/.exec(r?.message ?? "");
		const why = closest ? `closest candidate refused: ${closest[1]}` : notePattern(r?.message ?? "not found");
		const lookups = notes.filter((n) => / is not in OpenAlex$/.test(n)).map(notePattern);
		return `not_found: ${why}${lookups.length ? ` [${[...new Set(lookups)].join("; ")}]` : ""}`;
	}
	const major = [...new Set(notes.filter((n) => MAJOR_NOTE.test(n)).map(notePattern))];
	return `${verdict}: ${major.length ? major.join(" + ") : detailOf(r).split("; ").pop() ?? "?"}`;
}

function missCause(kind: HallucinationType, verdict: Verdict, r: CheckResult | undefined): string {
	const about = [...new Set(notesOf(r).filter((n) => FIELD_OF[kind].test(n)).map(notePattern))];
	return `${kind} → ${verdict}: ${about.length ? about.join(" + ") : "no note on the falsified field"}`;
}

/** Scoring-time only: does the index hold something this entry could be mistaken for or be? */
function lookalikeFinder(valid: BibEntry[]): (bib: BibEntry) => boolean {
	const dois = new Set(valid.map((b) => normalizeDoi(b.fields.doi)).filter((d): d is string => !!d));
	const titles = new Set(valid.map((b) => normalizeTitle(b.fields.title ?? "")));
	const byFirstAuthor = new Map<string, Array<Set<string>>>();
	const firstFamily = (b: BibEntry) => normalizeTitle((b.fields.author ?? "").split(/\s+and\s+/)[0].replace(/\s+\d{4}$/, "").split(" ").pop() ?? "");
	const words = (b: BibEntry) => new Set(normalizeTitle(b.fields.title ?? "").split(" ").filter((w) => w.length > 2));
	for (const b of valid) {
		const k = firstFamily(b);
		byFirstAuthor.set(k, [...(byFirstAuthor.get(k) ?? []), words(b)]);
	}
	return (bib) => {
		const doi = normalizeDoi(bib.fields.doi);
		if (doi && dois.has(doi)) return true;
		if (titles.has(normalizeTitle(bib.fields.title ?? ""))) return true;
		const w = words(bib);
		return (byFirstAuthor.get(firstFamily(bib)) ?? []).some((other) => w.size > 0 && [...w].filter((x) => other.has(x)).length / w.size >= 0.6);
	};
}

function check(t: Thresholds, r: { flaggedRate: number; validRate: number; rows: TypeRow[] }): string[] {
	const out: string[] = [];
	if (r.flaggedRate < t.minFlaggedOverall) out.push(`hallucinated flagged ${pct(r.flaggedRate)} < ${pct(t.minFlaggedOverall)}`);
	for (const row of r.rows) {
		const floor = t.minFlaggedByType[row.kind];
		const rate = row.count ? row.flagged / row.count : 1;
		if (floor !== undefined && rate < floor) out.push(`${row.kind} flagged ${pct(rate)} < ${pct(floor)}`);
	}
	if (r.validRate > t.maxValidMajorOrNotFound) out.push(`VALID major or not found ${pct(r.validRate)} > ${pct(t.maxValidMajorOrNotFound)}`);
	return out;
}

export async function runHallmark(): Promise<HallmarkReport> {
	const { dev, pool } = loadHallmark();
	const valid = [...dev.filter((d) => d.truth.label === "VALID").map((d) => d.bib), ...pool];
	const { works, stats } = hallmarkIndex(valid);
	const server = await startFakeOpenAlex({ works });
	let run: Awaited<ReturnType<typeof checkAll>>;
	try {
		// The benchmark repeats some citation keys: the note is identified by its line.
		run = await checkAll(dev.map((d, i) => ({ key: String(i), reference: noteReference(d.bib), previous: null })), server.url, { requestsPerSecond: 1000 });
	} finally {
		await server.close();
	}
	const indexed = lookalikeFinder(valid);
	const cases: HallmarkCase[] = dev.map((d, i) => {
		const r = run.results.get(String(i));
		const verdict = verdictOf(r);
		const kind = d.truth.type ?? "VALID";
		const cause = kind === "VALID" ? falseAlarmCause(verdict, r) : missCause(kind, verdict, r);
		return { key: d.bib.key, kind, verdict, detail: detailOf(r), cause, lookalikeIndexed: indexed(d.bib) };
	});

	const peer = loadPeer();
	const rows: TypeRow[] = HALLUCINATION_TYPES.map((kind) => {
		const of = cases.filter((c) => c.kind === kind);
		const near = of.filter((c) => c.lookalikeIndexed);
		return {
			kind,
			count: of.length,
			flagged: of.filter((c) => isFlagged(c.verdict)).length,
			majorOrNotFound: of.filter((c) => isAlarm(c.verdict)).length,
			lookalikeIndexed: near.length,
			lookalikeFlagged: near.filter((c) => isFlagged(c.verdict)).length,
			peer: peer.byType[kind] ?? null,
		};
	});
	const sum = (k: keyof TypeRow) => rows.reduce((s, row) => s + (row[k] as number), 0);
	const hallucinated = { count: sum("count"), flagged: sum("flagged"), majorOrNotFound: sum("majorOrNotFound"), lookalikeIndexed: sum("lookalikeIndexed"), lookalikeFlagged: sum("lookalikeFlagged") };
	const validCases = cases.filter((c) => c.kind === "VALID");
	const countOf = (v: Verdict) => validCases.filter((c) => c.verdict === v).length;
	const validRow = {
		count: validCases.length,
		confirmed: countOf("confirmed"),
		minor: countOf("minor"),
		major: countOf("major"),
		notFound: countOf("not_found"),
		other: validCases.filter((c) => !["confirmed", "minor", "major", "not_found"].includes(c.verdict)).length,
	};
	const flaggedRate = hallucinated.flagged / hallucinated.count;
	const validMajorOrNotFoundRate = (validRow.major + validRow.notFound) / validRow.count;
	const measured = { flaggedRate, validRate: validMajorOrNotFoundRate, rows };
	const ratchetFailures = check(HALLMARK_ENFORCED, measured);
	const errors = cases.filter((c) => c.verdict === "error");
	if (errors.length) ratchetFailures.push(`${errors.length} notes ended in an error`);
	return {
		index: stats,
		cases,
		rows,
		hallucinated,
		valid: validRow,
		flaggedRate,
		validMajorOrNotFoundRate,
		peer,
		requestsPerNote: run.requests / dev.length,
		falseAlarms: validCases.filter((c) => isAlarm(c.verdict) || c.verdict === "error"),
		missed: cases.filter((c) => c.kind !== "VALID" && !isFlagged(c.verdict)),
		ratchetFailures,
		targetGaps: check(HALLMARK_TARGETS, measured),
		passed: ratchetFailures.length === 0,
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (n: number, d: number) => `${n} (${d ? pct(n / d) : "—"})`;

function grouped(cases: HallmarkCase[], lines: string[]): void {
	const groups = new Map<string, HallmarkCase[]>();
	for (const c of cases) groups.set(c.cause, [...(groups.get(c.cause) ?? []), c]);
	for (const [cause, of] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
		lines.push(`  [${of.length}] ${cause}`);
		for (const c of of) lines.push(`      ${c.key}: ${c.verdict} — ${c.detail || "-"}`);
	}
}

export function formatHallmarkReport(r: HallmarkReport): string {
	const s = r.index;
	const lines: string[] = [];
	lines.push(`HALLMARK dev split (${r.cases.length} notes: ${r.valid.count} VALID, ${r.hallucinated.count} hallucinated) through the fake OpenAlex server`);
	lines.push(
		`Index: ${s.papers} papers from the VALID entries (dev + pool), ${s.works} works. Records: ${s.shapes["preprint-only"]} arXiv preprint only, ${s.shapes["arxiv-doi"]} arXiv (the entry's arXiv DOI), ` +
			`${s.shapes["merged-with-preprint"]} conference record merged with its preprint, ${s.shapes["conference-record"]} conference record, ${s.shapes["version-of-record"]} version of record with DOI, ${s.shapes.other} other.`,
	);
	lines.push(
		`Defects: ${s.defects.noVenue} without venue (proceedings, ${pct(RATES.proceedingsWithoutVenue)}), ${s.defects.noAuthors} without authors, ${s.defects.alphabetical} authors alphabetical, ` +
			`${s.defects.truncated} author list truncated, ${s.defects.preprintYearBefore} ICLR preprints dated the year before; ${s.names.changed} of ${s.names.authors} display names differ from the byline ` +
			`(middle initial ${pct(RATES.middleInitial)}, initials ${pct(RATES.initialsOnly)}, diacritics −${pct(RATES.diacriticsDropped)}/+${pct(RATES.diacriticsAdded)}; DBLP numbers always dropped).`,
	);
	lines.push(
		`Look-alikes: ${s.lookalikes.separatePreprint} separate arXiv works beside a version of record, ${s.lookalikes.erratum} errata, ${s.lookalikes.peerReview} same-title peer reviews, ` +
			`${s.lookalikes.sameTitleOtherAuthors} same-title papers by other people. Rates and evidence: scripts/eval/hallmark-index.ts (RATES).`,
	);
	lines.push("");
	lines.push(`| Error type | Entries | Flagged | Major or not found | ${r.peer.tool} (published) | Real paper in index | Flagged there |`);
	lines.push(`|---|---:|---:|---:|---:|---:|---:|`);
	for (const row of r.rows) {
		lines.push(
			`| ${row.kind} | ${row.count} | ${frac(row.flagged, row.count)} | ${frac(row.majorOrNotFound, row.count)} | ${row.peer === null ? "—" : pct(row.peer)} | ${row.lookalikeIndexed} | ${frac(row.lookalikeFlagged, row.lookalikeIndexed)} |`,
		);
	}
	const h = r.hallucinated;
	lines.push(`| **all hallucinated** | ${h.count} | ${frac(h.flagged, h.count)} | ${frac(h.majorOrNotFound, h.count)} | ${pct(r.peer.detection)} | ${h.lookalikeIndexed} | ${frac(h.lookalikeFlagged, h.lookalikeIndexed)} |`);
	const v = r.valid;
	lines.push(`| **VALID: major or not found (false alarms)** | ${v.count} | — | ${frac(v.major + v.notFound, v.count)} | FPR ${pct(r.peer.falsePositiveRate)} | — | — |`);
	lines.push("");
	lines.push(`VALID verdicts: confirmed ${v.confirmed}, minor ${v.minor}, major ${v.major}, not_found ${v.notFound}, other ${v.other}. Requests per note: ${r.requestsPerNote.toFixed(2)}.`);
	lines.push(`"Real paper in index": the index holds a work with the entry's DOI, its title, or its first author and most of its title words; elsewhere "not found" is the only possible answer.`);
	lines.push("");
	lines.push(`VALID false alarms (${r.falseAlarms.length}), by cause:`);
	grouped(r.falseAlarms, lines);
	lines.push(`Missed hallucinations (${r.missed.length}), by type and what let them through:`);
	grouped(r.missed, lines);
	lines.push("");
	lines.push(r.targetGaps.length ? `Issue 12 targets not met yet: ${r.targetGaps.join("; ")}` : "Issue 12 targets met.");
	lines.push(r.passed ? `PASS (ratchet): no regression below today's levels` : `FAIL (ratchet): ${r.ratchetFailures.join("; ")}`);
	return `${lines.join("\n")}\n`;
}
