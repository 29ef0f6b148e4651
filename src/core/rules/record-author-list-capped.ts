import type { Rule } from "./types";

const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `Member${String.fromCharCode(65 + ((i + from) % 26))} Collab${i + from}`);

export const recordAuthorListCapped: Rule = {
	id: "record-author-list-capped",
	name: "Record stops at 100 authors",
	summary: "OpenAlex lists at most 100 authorships, so the note's authors after the record's 100th are not compared.",
	examples: [
		{
			local: { citekey: "collab2019", title: "A Hundred-Site Survey of Urban Noise", authors: many(104), year: 2019, doi: "10.5555/rules.rc.1" },
			remote: { title: "A hundred-site survey of urban noise", authors: many(100), year: 2019, venue: "Urban Acoustics", doi: "10.5555/rules.rc.1" },
			verdict: "confirmed",
			note: "the remote list stops at 100 authors; 4 later local authors not compared",
		},
		{
			local: { citekey: "collab2020", title: "Urban Noise after Lockdowns", authors: many(120, 3), year: 2020, doi: "10.5555/rules.rc.2" },
			remote: { title: "Urban noise after lockdowns", authors: many(100, 3), year: 2020, venue: "Urban Acoustics", doi: "10.5555/rules.rc.2" },
			verdict: "confirmed",
			note: "20 later local authors not compared",
		},
	],
};
