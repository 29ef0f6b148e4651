import { foldText, normalizeTitle } from "../normalize";
import type { Rule } from "./types";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
const WORD_NUMBERS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
	sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

function numberOf(token: string): string {
	const t = token.toLowerCase();
	if (/^\d+$/.test(t)) return String(Number(t));
	return String(ROMAN[t] ?? WORD_NUMBERS[t] ?? t);
}

/**
 * Edition wording: "2nd edition", "(3rd ed.)", "second edition", "revised edition", and the
 * publisher-catalogue suffix "-4/E." (its number; the hyphen before it goes with the punctuation
 * when titles are normalized: a pattern taking the spaces and hyphen before it was tried from every
 * space of a long run, seconds on a title of a thousand spaces).
 */
export const EDITION_WORDING = /\(?\b(?:(\d+)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(revised|updated|expanded))\s+(?:edition|ed)\b\.?\)?|\b(\d+)\s*\/\s*e\b\.?/g;

/** A volume of a multi-volume work: "Vol. 2", "Volume II", "vol. three". */
export const VOLUME_WORDING = /(?:[,:.;(]\s*|\s)\bvol(?:ume)?\.?\s*(\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b\)?/g;

/**
 * The title with its volume and part numbers written one way ("Volume II" and "Vol. 2" are
 * "volume 2"), so two spellings of one marker compare equal.
 */
export function canonicalMarkers(title: string): string {
	return foldText(title)
		.replace(VOLUME_WORDING, (_m, n: string) => ` volume ${numberOf(n)}`)
		// "v3.0", ", Version 3": one version (rules/software-releases)
		.replace(/(^|[\s(:,-])v(?:ersion)?\s?(\d+(?:\.\d+)*)(?![\w.])/g, (_m, pre: string, n: string) => `${pre} version ${n.replace(/(\.0)+$/, "")}`)
		.replace(/\bpart\s+(\d+|[ivx]+|one|two|three|four|five)\b/g, (_m, n: string) => `part ${numberOf(n)}`);
}

type Kind = "version" | "part" | "volume" | "edition" | "revisited" | "year";

/** Version and part markers of a title, by kind: "v1.1", "Part II", "Vol. 2", "2nd edition", "Revisited", a year. */
export function versionMarkers(title: string): Map<Kind, string> {
	const t = foldText(title);
	const out = new Map<Kind, string>();
	const v = /(?:^|[\s(:,-])v(?:ersion)?\s?(\d+(?:\.\d+)*)(?![\w.])/.exec(t);
	if (v) out.set("version", v[1].replace(/(\.0)+$/, ""));
	const part = /\bpart\s+(\d+|[ivx]+|one|two|three|four|five)\b/.exec(t);
	if (part) out.set("part", numberOf(part[1]));
	VOLUME_WORDING.lastIndex = 0;
	const volume = VOLUME_WORDING.exec(t);
	if (volume) out.set("volume", numberOf(volume[1]));
	EDITION_WORDING.lastIndex = 0;
	const ed = EDITION_WORDING.exec(t);
	if (ed) out.set("edition", ed[1] ? numberOf(ed[1]) : ed[2] ? numberOf(ed[2]) : ed[3] ? ed[3] : numberOf(ed[4]));
	if (/\b(revisited|reconsidered|redux|reloaded)\b/.test(t)) out.set("revisited", "revisited");
	const year = /(?:^|[^\d/.-])((?:19|20)\d{2})(?![\w/.-]|\s*\/\s*e\b)/.exec(t);
	if (year) out.set("year", year[1]);
	return out;
}

/**
 * Why a record's title names another version of the note's work, or null: a marker of the note's
 * title whose value differs in the record's, or that the record's lacks (a year only when it is
 * all that differs). A marker only the record has is no conflict.
 */
export function versionConflict(noteTitle: string, recordTitle: string): string | null {
	const note = versionMarkers(noteTitle);
	const record = versionMarkers(recordTitle);
	for (const kind of ["version", "part", "volume", "edition", "revisited", "year"] as const) {
		const a = note.get(kind);
		const b = record.get(kind);
		// a marker only the record has is not held against the note: records add versions and
		// editions to titles the note cites bare ("…, version 1.4", "(3rd ed.)")
		if (a === b || a === undefined) continue;
		// a year only the note has is a version only when it is all that differs ("… 2021" / "…"):
		// a subtitle may hold a year ("…: lessons from 2020")
		if (kind === "year" && b === undefined && !onlyTheYearDiffers(noteTitle, recordTitle)) continue;
		return `the note's title is ${label(kind, a)}, the record's ${b === undefined ? "has none" : `is ${label(kind, b)}`}`;
	}
	return null;
}

function onlyTheYearDiffers(a: string, b: string): boolean {
	const key = (t: string) => normalizeTitle(t.replace(/\b(?:19|20)\d{2}\b/g, " "));
	return key(a) === key(b);
}

function label(kind: Kind, value: string): string {
	switch (kind) {
		case "version":
			return `v${value}`;
		case "part":
			return `part ${value}`;
		case "volume":
			return `volume ${value}`;
		case "edition":
			return /^\d+$/.test(value) ? `edition ${value}` : `the ${value} edition`;
		case "revisited":
			return "a revisit";
		case "year":
			return `of ${value}`;
	}
}

export const versionMarkersRule: Rule = {
	id: "version-markers",
	name: "Version and part markers",
	summary: "A version, part, volume, edition, \"Revisited\" or year marker in a title is part of the work's identity, so a candidate whose marker differs or is missing is another work: the matching one is picked, or the reference is not found, never a mismatch against a sibling (only an edition the note's title names and a book's record of the note's year leaves out of its title is minor: a book's record keeps its edition in a field, and one year holds one edition, so the record reached by the note's own DOI, or a book's record with the note's first author and very title, is that edition).",
	examples: [
		{
			local: { citekey: "marchetti2023index", title: "The Harbour Congestion Index v1.1", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2023 },
			remote: {
				candidates: [
					{ title: "The harbour congestion index", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)" },
					{ title: "The harbour congestion index v1.1", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2023, venue: "Zenodo (CERN European Organization for Nuclear Research)" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "marchetti2024index", title: "The Harbour Congestion Index v2", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2024 },
			remote: { candidates: [{ title: "The harbour congestion index", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2024, venue: "Maritime Data Notes" }] },
			verdict: "not_found",
			note: "another version: the note's title is v2, the record's has none",
		},
		{
			local: { citekey: "pellegrini2012b", title: "Queueing at Container Terminals, Part II: Stochastic Arrivals", authors: ["Dario Pellegrini"], year: 2012 },
			remote: {
				candidates: [
					{ title: "Queueing at container terminals, Part I: deterministic arrivals", authors: ["Dario Pellegrini"], year: 2012, venue: "Port Economics" },
					{ title: "Queueing at container terminals, Part II: stochastic arrivals", authors: ["Dario Pellegrini"], year: 2012, venue: "Port Economics" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "quist2019revisited", title: "Registry Linkage Revisited", authors: ["Maren Quist"], year: 2019 },
			remote: { candidates: [{ title: "Registry linkage", authors: ["Maren Quist"], year: 2019, venue: "Data Integration Letters" }] },
			verdict: "not_found",
			note: "another version: the note's title is a revisit",
		},
		{
			// a book's record of the note's year, by its first author, with its very title: that edition
			local: { citekey: "weller2020ed2", title: "Hanseatic Trade Ledgers, 2nd Edition", authors: ["Jonas Weller"], year: 2020, entry_type: "book" },
			remote: {
				candidates: [
					{ title: "Hanseatic trade ledgers", authors: ["Jonas Weller"], year: 2020, venue: "Northgate University Press", type: "book" },
				],
			},
			verdict: "minor",
			note: "title: the note's title names an edition (the note's title is edition 2, the record's has none); a book's record leaves it out, and its first author and year are the note's",
		},
		{
			// APA's edition after the title, in a note that names no item type: the record is a book
			local: { title: "Coastal Sediment Budgets: Principles and Practice (4th ed.)", authors: ["Saoirse Quilty"], year: 2019, publisher: "Northgate University Press" },
			remote: { candidates: [{ title: "Coastal sediment budgets: principles and practice", authors: ["Saoirse Quilty"], year: 2019, venue: "Northgate University Press eBooks", type: "book" }] },
			verdict: "minor",
			note: "title: the note's title names an edition (the note's title is edition 4, the record's has none); a book's record leaves it out, and its first author and year are the note's",
		},
		{
			// …while a book's record of another year is another edition (or the note's year is wrong)
			local: { citekey: "weller2020ed2b", title: "Hanseatic Trade Ledgers, 2nd Edition", authors: ["Jonas Weller"], year: 2020, entry_type: "book" },
			remote: { candidates: [{ title: "Hanseatic trade ledgers", authors: ["Jonas Weller"], year: 2011, venue: "Northgate University Press", type: "book" }] },
			verdict: "not_found",
			note: "another version: the note's title is edition 2, the record's has none",
		},
		{
			// …and a paper's record is no book that keeps its edition elsewhere
			local: { title: "Harbour Pilotage Guidelines, 2nd Edition", authors: ["Jonas Weller"], year: 2020 },
			remote: { candidates: [{ title: "Harbour pilotage guidelines", authors: ["Jonas Weller"], year: 2020, venue: "Maritime Policy Notes", type: "article" }] },
			verdict: "not_found",
			note: "another version: the note's title is edition 2, the record's has none",
		},
		{
			// a publisher's book record names the edition in a field, not in its title: the note's DOI and year name it
			local: { citekey: "weller2013ed5", entry_type: "book", title: "Manual of Harbour Tariffs (5th ed.)", authors: ["Jonas Weller"], year: 2013, doi: "10.5555/rules.vm.ed5" },
			remote: { title: "Manual of harbour tariffs", authors: ["Jonas Weller"], year: 2013, venue: "Northgate University Press eBooks", type: "book", doi: "10.5555/rules.vm.ed5" },
			verdict: "minor",
			note: "title: the note's title names an edition (the note's title is edition 5, the record's has none); the note's DOI and year name this record",
		},
		{
			// the edition in words and capitals, as a title field writes it
			local: { citekey: "weller2013ed5w", title: "Manual of Harbour Tariffs, Fifth Edition", authors: ["Jonas Weller"], year: 2013, publisher: "Northgate University Press", doi: "10.5555/rules.vm.ed5w" },
			remote: { title: "Manual of harbour tariffs", authors: ["Jonas Weller"], year: 2013, venue: "Northgate University Press eBooks", type: "book", doi: "10.5555/rules.vm.ed5w" },
			verdict: "minor",
			note: "title: the note's title names an edition (the note's title is edition 5, the record's has none); the note's DOI and year name this record",
		},
		{
			// …while a DOI of another year is another edition's
			local: { citekey: "weller2013ed4", entry_type: "book", title: "Manual of Harbour Tariffs (5th ed.)", authors: ["Jonas Weller"], year: 2013, doi: "10.5555/rules.vm.ed4" },
			remote: { title: "Manual of harbour tariffs", authors: ["Jonas Weller"], year: 2000, venue: "Northgate University Press eBooks", type: "book", doi: "10.5555/rules.vm.ed4" },
			verdict: "major",
			note: "title: another version of the work (the note's title is edition 5, the record's has none)",
		},
		{
			local: { citekey: "sharedtask2021", title: "Findings of the 2021 Shared Task on Tide Prediction", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2021, doi: "10.5555/rules.vm.6" },
			remote: { title: "Findings of the 2020 shared task on tide prediction", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2021, venue: "Workshop on Tide Prediction", doi: "10.5555/rules.vm.6" },
			verdict: "major",
			note: "title: another version of the work (the note's title is of 2021, the record's is of 2020)",
		},
		{
			local: { citekey: "brandt1985v2", entry_type: "book", title: "Baltic Shipping Registers, Vol. 2", authors: ["Hedda Brandt"], year: 1985 },
			remote: {
				candidates: [
					{ title: "Baltic shipping registers, volume 1", authors: ["Hedda Brandt"], year: 1985, type: "book" },
					{ title: "Baltic shipping registers. Volume II", authors: ["Hedda Brandt"], year: 1985, type: "book" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "brandt1986", entry_type: "book", title: "Baltic Shipping Registers", authors: ["Hedda Brandt"], year: 1986 },
			remote: { candidates: [{ title: "Baltic shipping registers, volume 3", authors: ["Hedda Brandt"], year: 1986, type: "book" }] },
			verdict: "confirmed",
			note: "title: the record names the volume, the note's title leaves it out",
		},
	],
};
