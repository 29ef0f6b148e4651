import type { Rule } from "./types";

export const searchIdentity: Rule = {
	id: "search-identity",
	name: "Search hit by other people or from another year",
	summary: "A title-search hit is the work only when its first author agrees and, unless the title is identical, its year too, so a similar paper by other people or years apart is not found rather than a mismatch.",
	examples: [
		{
			local: { citekey: "roux2019", title: "Attention Budgets in Meeting Transcripts", authors: ["Amelie Roux", "Kai Sorlie"], year: 2019 },
			remote: { candidates: [{ title: "Attention budgets in meeting transcripts", authors: ["Bertil Nyqvist", "Sanna Holm"], year: 2019, venue: "Speech Letters" }] },
			verdict: "not_found",
			note: "first author differs",
		},
		{
			local: { citekey: "roux2012", title: "Meeting Transcripts as Organisational Memory", authors: ["Amelie Roux"], year: 2012 },
			remote: { candidates: [{ title: "Meeting transcripts as organizational memory", authors: ["Amelie Roux"], year: 2019, venue: "Speech Letters" }] },
			verdict: "not_found",
			note: "year differs",
		},
	],
};
