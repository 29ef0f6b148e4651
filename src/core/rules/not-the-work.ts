import type { Rule } from "./types";

export const notTheWork: Rule = {
	id: "not-the-work",
	name: "A record about the work",
	summary: "A search hit that is a review of the book, an erratum, a correction or a reply with the same title is not the work, so the reference is not found rather than compared with it.",
	examples: [
		{
			local: { citekey: "weller2015", title: "The Grain Merchants of Riga", authors: ["Jonas Weller"], year: 2015, entry_type: "book" },
			remote: { candidates: [{ title: "The grain merchants of Riga", authors: ["Amelie Roux"], year: 2016, venue: "Choice Reviews Online", type: "review" }] },
			verdict: "not_found",
			note: "remote is a review",
		},
		{
			local: { citekey: "kettunen2017", title: "Reindeer Lichen Biomass Models", authors: ["Pia Kettunen"], year: 2017 },
			remote: { candidates: [{ title: "Correction to: Reindeer lichen biomass models", authors: ["Pia Kettunen"], year: 2018, venue: "Arctic Ecology", type: "erratum" }] },
			verdict: "not_found",
			note: "remote is a erratum",
		},
	],
};
