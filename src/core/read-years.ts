// The year a note cites, and the other years it names (an original edition, a reprint): from year
// and date fields in every format, Zotero's Extra field and the notes people write beside them.
import { extraKey, type ExtraFields } from "./field-values";
import { isMissing } from "./normalize";

const YEAR = /(?:^|[^\d])((?:1[5-9]|20)\d{2})(?!\d)/;

function yearFrom(v: unknown): string | null {
	if (typeof v === "number" && Number.isInteger(v) && v > 1000 && v < 3000) return String(v);
	if (typeof v === "string" && !isMissing(v)) return YEAR.exec(v)?.[1] ?? null;
	if (v instanceof Date && !isNaN(v.getTime())) return String(v.getUTCFullYear());
	// CSL-YAML as pandoc wrote it: `issued: [{year: 2020, month: 5}]`
	if (Array.isArray(v)) return v.length > 0 ? yearFrom(v[0]) : null;
	if (v && typeof v === "object") {
		const o = v as Record<string, unknown>;
		const parts = o["date-parts"];
		if (Array.isArray(parts) && Array.isArray(parts[0])) return yearFrom(parts[0][0]);
		return yearFrom(o.raw ?? o.literal ?? o.year ?? null);
	}
	return null;
}

/** Crossref metadata dates the issue (`published-print`) and the online version apart; Semantic Scholar's and OpenAlex's records name the date `publicationDate` and `publication_date`, Omnivore's notes `date_published` (beside the day it was saved). */
const YEAR_FIELDS = ["year", "date", "issued", "published", "published-print", "published-online", "publicationDate", "publication_date", "date_published"];

export function readYear(fm: Record<string, unknown>): string | null {
	return readYearField(fm)?.year ?? null;
}

/** The note's year and the text of the field it was read from (a text may name two years: "1677/1996"). */
export function readYearField(fm: Record<string, unknown>): { year: string; text: string | null } | null {
	for (const k of YEAR_FIELDS) {
		const v = fm[k];
		const y = yearFrom(v);
		if (!y) continue;
		if (typeof v !== "string") return { year: y, text: null };
		return { year: v.length > 4 ? (citedYear(v) ?? y) : y, text: v };
	}
	return null;
}

const YEAR_GROUP = "((?:1[5-9]|20)\\d{2})";
/** "1677/1996" (APA's original/reprint) and "(1677) 1996": the later year is the edition cited. */
const ORIGINAL_FIRST = new RegExp(`^\\s*(?:${YEAR_GROUP}\\s*/\\s*${YEAR_GROUP}|\\(\\s*${YEAR_GROUP}\\s*\\)\\s*${YEAR_GROUP})\\s*$`);

/**
 * The year of the edition a field cites when it gives an original's year first ("1677/1996",
 * "(1677) 1996" cite the 1996 edition); null otherwise ("1996 [1677]" names the cited year first,
 * a range or a date keeps its first year, and so does a season or an academic year, "2019/2020").
 * The other year stays one of the note's (readOtherYears).
 */
function citedYear(text: string): string | null {
	const m = ORIGINAL_FIRST.exec(text);
	if (!m) return null;
	const [first, second] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
	return Number(second) - Number(first) >= 2 ? second : null;
}

const YEARS = new RegExp(YEAR.source, "g");
/** Where a note says the work appeared earlier: an original's year (APA 7) or a reprint's source. */
const EARLIER_PUBLICATION = /\b(?:original work published|originally published|first published|reprinted (?:from|in)|reprint of)\b/i;

/**
 * Years of other editions the note names (rules/book-editions): the original's (`origdate`,
 * `origyear`, CSL `original-date`, also as Zotero keeps it in Extra), a second year in the
 * field the year was read from ("1677/1996", "1905 [2002]", a `date` of "1677/1996"), or the years
 * a note gives after "Original work published" or "Reprinted from".
 */
export function readOtherYears(fm: Record<string, unknown>, yearField: { year: string; text: string | null } | null, extra: ExtraFields): string[] {
	const out = new Set<string>();
	for (const k of ["origdate", "origyear", "original-date", "original_date", "originalDate", "original-year", "original_year"]) {
		const y = yearFrom(fm[k]) ?? yearFrom(extra.get(extraKey(k)) ?? null);
		if (y) out.add(y);
	}
	// only the field the year came from: a `date` beside a `year` is often the same work's online date
	if (yearField?.text && yearField.text.length > 4) for (const m of yearField.text.matchAll(YEARS)) out.add(m[1]);
	// APA's "(Original work published 1952)" and a reprint's source, as people note them
	for (const k of ["note", "notes", "annote", "addendum", "extra", "Extra"]) {
		const text = fm[k];
		if (typeof text !== "string") continue;
		const m = EARLIER_PUBLICATION.exec(text);
		if (m) for (const y of text.slice(m.index).matchAll(YEARS)) out.add(y[1]);
	}
	if (yearField) out.delete(yearField.year);
	return [...out];
}
