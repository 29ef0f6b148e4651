import type { Rule } from "./types";

export const retracted: Rule = {
	id: "retracted",
	name: "Retracted work",
	summary: "A work OpenAlex marks as retracted is a major problem whatever else agrees; its record's title may carry the retraction (\"RETRACTED: …\", \"RETRACTED ARTICLE: …\", \"… (Retracted)\"), a label that is no part of the title the note cites, while a notice about the paper that OpenAlex does not mark (\"Retracted: …\" in a publisher's notice series) is not the paper.",
	examples: [
		{
			local: { citekey: "fraudsen2014", title: "Room-Temperature Superconductivity in Cheese", authors: ["Egil Fraudsen"], year: 2014, doi: "10.5555/rules.rt.1" },
			remote: { title: "Room-temperature superconductivity in cheese", authors: ["Egil Fraudsen"], year: 2014, venue: "Letters in Applied Physics", doi: "10.5555/rules.rt.1", retracted: true },
			verdict: "major",
			note: "retracted: OpenAlex marks this work as retracted",
		},
		{
			local: { citekey: "fraudsen2015", title: "Cheese Superconductors Revisited Once More", authors: ["Egil Fraudsen"], year: 2015 },
			remote: { title: "Cheese superconductors revisited once more", authors: ["Egil Fraudsen"], year: 2015, venue: "Letters in Applied Physics", retracted: true },
			verdict: "major",
			note: "retracted",
		},
		{
			// the publisher relabelled the paper's own record: found by its title, compared, retracted
			local: { citekey: "fraudsen2016", title: "Cheddar as a Topological Insulator", authors: ["Egil Fraudsen", "Mette Ruud"], year: 2016, journal: "Letters in Applied Physics" },
			remote: { candidates: [{ title: "RETRACTED: Cheddar as a topological insulator", authors: ["Egil Fraudsen", "Mette Ruud"], year: 2016, venue: "Letters in Applied Physics", retracted: true }] },
			verdict: "major",
			note: "retracted: OpenAlex marks this work as retracted",
		},
		{
			// a notice in a publisher's series, not marked retracted itself, is not the paper
			local: { citekey: "ruud2018", title: "Gouda Under Pressure", authors: ["Mette Ruud"], year: 2018, journal: "Letters in Applied Physics" },
			remote: { candidates: [{ title: "Retracted: Gouda under pressure", authors: [], year: 2019, venue: "Letters in Applied Physics" }] },
			verdict: "not_found",
			note: "remote is a review, erratum or reply about the work",
		},
	],
};
