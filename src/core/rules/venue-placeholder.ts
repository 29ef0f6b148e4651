import type { Rule } from "./types";

export const venuePlaceholder: Rule = {
	id: "venue-placeholder",
	name: "No venue or a generic one",
	summary: "A record without a venue, or with a generic one such as \"Books\", cannot contradict a known venue in the note, which is accepted with a note.",
	examples: [
		{
			local: { citekey: "weller2010", title: "Ledgers of the Hanseatic Trade", authors: ["Jonas Weller"], year: 2010, publisher: "Northgate University Press", doi: "10.5555/rules.vh.1" },
			remote: { title: "Ledgers of the Hanseatic trade", authors: ["Jonas Weller"], year: 2010, venue: "Books", type: "book", doi: "10.5555/rules.vh.1" },
			verdict: "confirmed",
			note: "venue: the remote venue 'Books' is a placeholder",
		},
		{
			local: { citekey: "weller2012", title: "Salt Routes of the Baltic", authors: ["Jonas Weller"], year: 2012, journal: "Journal of Political Economy", doi: "10.5555/rules.vh.2" },
			remote: { title: "Salt routes of the Baltic", authors: ["Jonas Weller"], year: 2012, venue: null, doi: "10.5555/rules.vh.2" },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
	],
};
