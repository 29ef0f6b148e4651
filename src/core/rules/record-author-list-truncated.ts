import type { Rule } from "./types";

export const recordAuthorListTruncated: Rule = {
	id: "record-author-list-truncated",
	name: "Record lists the first authors",
	summary: "A record whose author list is the start of the note's (old and book records are often cut after the first few names, some with \"et al.\" listed as an author) looks incomplete, minor, while an extra author in the middle of the note's list stays major.",
	examples: [
		{
			local: { citekey: "nyqvist2004", title: "Peat Bog Carbon over Four Millennia", authors: ["Bertil Nyqvist", "Sanna Holm", "Jonas Weller", "Pia Kettunen"], year: 2004, doi: "10.5555/rules.rl.1" },
			remote: { title: "Peat bog carbon over four millennia", authors: ["Bertil Nyqvist", "Sanna Holm"], year: 2004, venue: "Holocene Studies", doi: "10.5555/rules.rl.1" },
			verdict: "minor",
			note: "authors: the record lists only the first 2 of the note's 4 authors (the record looks incomplete)",
		},
		{
			local: { citekey: "holm1998", title: "A Field Guide to Raised Bogs", authors: ["Sanna Holm", "Bertil Nyqvist", "Amelie Roux"], year: 1998, entry_type: "book" },
			remote: { candidates: [{ title: "A field guide to raised bogs", authors: ["Sanna Holm"], year: 1998, venue: "Northgate University Press", type: "book" }] },
			verdict: "minor",
			note: "authors: the record lists only the first 1 of the note's 3 authors",
		},
		{
			local: { citekey: "nyqvist2006", title: "Bog Pools as Methane Sources", authors: ["Bertil Nyqvist", "Amelie Roux", "Sanna Holm"], year: 2006, doi: "10.5555/rules.rl.3" },
			remote: { title: "Bog pools as methane sources", authors: ["Bertil Nyqvist", "Sanna Holm"], year: 2006, venue: "Holocene Studies", doi: "10.5555/rules.rl.3" },
			verdict: "major",
			note: "authors: not in the remote record: 'Amelie Roux'",
		},
		{
			// the record lists "et al." as an author: its list was cut there
			local: { citekey: "holm2001", title: "Sphagnum Growth under Snow", authors: ["Sanna Holm", "Bertil Nyqvist", "Amelie Roux"], year: 2001, doi: "10.5555/rules.rl.4" },
			remote: { title: "Sphagnum growth under snow", authors: ["Sanna Holm", "et al."], year: 2001, venue: "Holocene Studies", doi: "10.5555/rules.rl.4" },
			verdict: "minor",
			note: "authors: the record lists only the first 1 of the note's 3 authors (the record looks incomplete)",
		},
	],
};
