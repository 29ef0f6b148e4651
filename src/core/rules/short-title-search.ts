import { normalizeTitle } from "../normalize";
import type { Rule } from "./types";

/** Titles of at most this many words need author and year agreement, and a wider search. */
export const SHORT_TITLE_WORDS = 3;
/** Search results to score for a short title: a ranked search puts longer titles that contain it first. */
export const SHORT_TITLE_CANDIDATES = 25;

export function isShortTitle(title: string): boolean {
	const t = normalizeTitle(title);
	return t !== "" && t.split(" ").length <= SHORT_TITLE_WORDS;
}

/** Years a search for a short title is narrowed to: the note's, one later, two earlier (a preprint). */
export function searchYears(year: string | null, otherYears: string[] = []): number[] {
	const around = (s: string | null) => {
		const y = s ? Number(s) : NaN;
		return Number.isFinite(y) ? [y - 2, y - 1, y, y + 1] : [];
	};
	// the other year the note names (an original's or a reprint's: rules/book-editions) may be the record's
	return [...new Set([year, ...otherYears].flatMap(around))];
}

const COASTS = ["Baltic", "North Sea", "Skagerrak", "Gulf of Bothnia", "Kattegat", "Barents Sea", "Oslofjord", "Lofoten", "Faroe", "Shetland", "Jutland", "Aland"];
const longer = (i: number) => ({ title: `Tide tables for the ${COASTS[i]} coast`, authors: [`Harbour Author${i} Surveyor`], year: 2014, venue: "Hydrographic Notes" });

export const shortTitleSearch: Rule = {
	id: "short-title-search",
	name: "One- or two-word titles",
	summary: "A title of one to three words is searched among more candidates narrowed to the note's years and is accepted only when first author and year agree (a name BibTeX protects with braces agrees with the record's author of that very name), because a ranked search puts longer titles that contain it first.",
	examples: [
		{
			// a one-name author protected by braces, as BibTeX keeps a classical author's name
			local: { citekey: "epictetus2008", entry_type: "book", title: "Discourses", author: "{Epictetus of Hierapolis}", translator: "Waldron, Cecily", year: 2008 },
			remote: {
				candidates: [
					{ title: "Discourses", authors: ["Epictetus of Hierapolis"], year: 2008, venue: "Oxford University Press eBooks", type: "book" },
					{ title: "Discourses", authors: ["Piet Ambler"], year: 2012, venue: "Poetry Letters" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "lindqvist2014tides", title: "Tide Tables", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2014, entry_type: "book" },
			remote: {
				candidates: [
					...COASTS.map((_, i) => longer(i)),
					{ title: "Tide tables", authors: ["Ruth Ambler"], year: 1990, venue: "Admiralty Press", type: "book" },
					{ title: "Tide tables", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2014, venue: "Northgate University Press", type: "book" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "ambler1992", title: "Tide Tables", authors: ["Ruth Ambler"], year: 1992, entry_type: "book" },
			remote: {
				candidates: [
					{ title: "Tide tables", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2014, venue: "Northgate University Press", type: "book" },
					{ title: "Tide tables", authors: ["Ruth Ambler"], year: 1990, venue: "Admiralty Press", type: "book" },
				],
			},
			verdict: "not_found",
			note: "short title needs first author and year agreement",
		},
		{
			local: { citekey: "sorlie2016", title: "Fjords", authors: ["Kai Sorlie"], year: 2016 },
			remote: { candidates: [{ title: "Fjords", authors: ["Lorenz Abt"], year: 2016, venue: "Geography Notes" }] },
			verdict: "not_found",
			note: "first author differs",
		},
	],
};
