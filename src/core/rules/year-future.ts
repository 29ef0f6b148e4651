import type { Rule } from "./types";

export const yearFuture: Rule = {
	id: "year-future",
	name: "Year after the check date",
	summary: "A note's year after the year of the check is no published version's year, so a preprint record's earlier year does not excuse it: one year ahead is minor (a forthcoming issue), more is major.",
	examples: [
		{
			local: { citekey: "okafor2028", title: "Salt Marsh Carbon Budgets", authors: ["Ada Okafor", "Lene Brandt"], year: 2028, venue: "ICLR" },
			remote: { title: "Salt marsh carbon budgets", authors: ["Ada Okafor", "Lene Brandt"], year: 2026, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2601.04321" },
			verdict: "major",
			note: "year: 2028 vs 2026 (-2)",
		},
		{
			local: { citekey: "okafor2027", title: "Tidal Flat Carbon Budgets", authors: ["Ada Okafor"], year: 2027, venue: "ICML", doi: "10.48550/arxiv.2602.01234" },
			remote: { title: "Tidal flat carbon budgets", authors: ["Ada Okafor"], year: 2026, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2602.01234" },
			verdict: "minor",
			note: "year: differs by one (2027 vs 2026)",
		},
	],
};
