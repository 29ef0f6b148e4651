// A title that ends in an ellipsis was cut short on purpose: search result pages (Google Scholar's
// among them) shorten long titles that way, and people typing a long title do too. The record's
// title that begins with the words before the ellipsis is the same title, not another paper; the
// note is shown as minor, as its title is not the whole title.
import type { Rule } from "./types";

/** Words a cut title must keep to say which title it begins (three could begin many). */
export const MIN_CUT_WORDS = 4;

/** The title before a final ellipsis ("…", "...", ". . ."), when it keeps MIN_CUT_WORDS words; null otherwise. */
export function cutShortTitle(title: string): string | null {
	const m = /^(.*\S)\s*(?:…|\.\s?\.\s?\.)\s*$/u.exec(title);
	if (!m) return null;
	const words = m[1].split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	return words.length >= MIN_CUT_WORDS ? m[1] : null;
}

export const titleCutShort: Rule = {
	id: "title-cut-short",
	name: "A title cut short with an ellipsis",
	summary: "A note's title that ends in an ellipsis (\"…\", \"...\") after at least four words, as search result pages and long-title notes shorten titles, is the record's title that begins with them (the last word may be cut too): minor with a note, never another paper, while a cut title the record's does not begin with stays a different title.",
	examples: [
		{
			local: { citekey: "lindqvist2014", title: "Tide Gauge Records and Vertical Land Motion in the Gulf of…", authors: ["Tove Lindqvist"], year: 2014, doi: "10.5555/rules.tc.1" },
			remote: { title: "Tide gauge records and vertical land motion in the Gulf of Bothnia since 1900", authors: ["Tove Lindqvist"], year: 2014, venue: "Hydrology Letters", doi: "10.5555/rules.tc.1" },
			verdict: "minor",
			note: "title: the note's title is cut short with an ellipsis",
		},
		{
			local: { citekey: "lindqvist2016", title: "Sea Level Budgets for Semi-Enclosed Seas: A Comparison of ...", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2016 },
			remote: { candidates: [{ title: "Sea level budgets for semi-enclosed seas: a comparison of the Baltic and the Black Sea", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2016, venue: "Hydrology Letters" }] },
			verdict: "minor",
			note: "title: the note's title is cut short with an ellipsis",
		},
		{
			local: { citekey: "lindqvist2018", title: "Tide Gauge Records and Storm Surges in the Gulf of…", authors: ["Tove Lindqvist"], year: 2018, doi: "10.5555/rules.tc.3" },
			remote: { title: "Tide gauge records and vertical land motion in the Gulf of Bothnia since 1900", authors: ["Tove Lindqvist"], year: 2018, venue: "Hydrology Letters", doi: "10.5555/rules.tc.3" },
			verdict: "major",
			note: "identifier points to another paper",
		},
	],
};
