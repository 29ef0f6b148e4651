import type { Rule } from "./types";

/** A normalized title without a leading English article ("the deep sea" → "deep sea"). */
export function withoutLeadingArticle(normalizedTitle: string): string {
	return normalizedTitle.replace(/^(the|a|an) (?=\S)/, "");
}

export const leadingArticle: Rule = {
	id: "leading-article",
	name: "Leading article and edition suffix",
	summary: "A leading \"The\", \"A\" or \"An\" on one side and edition wording the record adds to a title the note leaves bare (\"(3rd ed.)\", \"-4/E.\") are not title differences.",
	examples: [
		{
			local: { citekey: "nyqvist2011", title: "Raised Bog as an Archive", authors: ["Bertil Nyqvist"], year: 2011, doi: "10.5555/rules.la.1" },
			remote: { title: "The raised bog as an archive", authors: ["Bertil Nyqvist"], year: 2011, venue: "Holocene Studies", doi: "10.5555/rules.la.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "holm2015", title: "The Ecology of Peatlands", authors: ["Sanna Holm"], year: 2015, entry_type: "book" },
			remote: { candidates: [{ title: "Ecology of peatlands", authors: ["Sanna Holm"], year: 2015, venue: "Northgate University Press", type: "book" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "holm2019", title: "Wetland Hydrology: Principles and Practice", authors: ["Sanna Holm", "Bertil Nyqvist"], year: 2019, entry_type: "book" },
			remote: { candidates: [{ title: "Wetland hydrology: principles and practice -4/E.", authors: ["Sanna Holm", "Bertil Nyqvist"], year: 2019, venue: "Northgate University Press", type: "book" }] },
			verdict: "confirmed",
			note: "title: the record names the edition, the note's title leaves it out",
		},
		{
			local: { citekey: "holm2008", title: "Bog Plants of the North", authors: ["Sanna Holm"], year: 2008, entry_type: "book", doi: "10.5555/rules.la.4" },
			remote: { title: "Bog plants of the north (3rd ed.)", authors: ["Sanna Holm"], year: 2008, venue: "Northgate University Press", type: "book", doi: "10.5555/rules.la.4" },
			verdict: "confirmed",
			note: "title: the record names the edition",
		},
	],
};
