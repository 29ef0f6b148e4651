import type { Rule } from "./types";

export const doiDifferent: Rule = {
	id: "doi-different",
	name: "Identifier of another paper",
	summary: "A DOI or arXiv id that resolves to a paper with another title names the wrong paper, major, and a record with no DOI to confirm the note's is minor.",
	examples: [
		{
			local: { citekey: "haddadi2023", title: "Adaptive Partitioning for Skewed Joins", authors: ["Omar Haddadi"], year: 2023, doi: "10.5555/rules.dd.1" },
			remote: { title: "A survey of tide gauge calibration", authors: ["Tove Lindqvist"], year: 2015, venue: "Hydrology Letters", doi: "10.5555/rules.dd.1" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			local: { citekey: "haddadi2020", title: "Cost Models for Federated Queries", authors: ["Omar Haddadi"], year: 2020, doi: "10.5555/rules.dd.2" },
			remote: { candidates: [{ title: "Cost models for federated queries", authors: ["Omar Haddadi"], year: 2020, venue: "Data Engineering Bulletin", doi: null }] },
			verdict: "minor",
			note: "doi: the remote record has no DOI to confirm the note's",
		},
	],
};
