import type { Rule } from "./types";

export const yearDifferent: Rule = {
	id: "year-different",
	name: "Different year",
	summary: "Outside the preprint and online-first allowances a year off by one is minor and any larger difference is major.",
	examples: [
		{
			local: { citekey: "almeida2016", title: "Cork Oak Regeneration after Fire", authors: ["Rui Almeida"], year: 2016, doi: "10.5555/rules.yd.1" },
			remote: { title: "Cork oak regeneration after fire", authors: ["Rui Almeida"], year: 2017, venue: "Mediterranean Forestry", doi: "10.5555/rules.yd.1" },
			verdict: "minor",
			note: "year: differs by one (2016 vs 2017)",
		},
		{
			local: { citekey: "almeida2014", title: "Cork Oak Bark Thickness", authors: ["Rui Almeida"], year: 2014, doi: "10.5555/rules.yd.2" },
			remote: { title: "Cork oak bark thickness", authors: ["Rui Almeida"], year: 2017, venue: "Mediterranean Forestry", doi: "10.5555/rules.yd.2" },
			verdict: "major",
			note: "year: 2014 vs 2017 (+3)",
		},
		{
			local: { citekey: "almeida2023", title: "Acorn Dispersal by Jays", authors: ["Rui Almeida"], year: 2023, venue: "NeurIPS", doi: "10.48550/arxiv.2001.04567" },
			remote: { title: "Acorn dispersal by jays", authors: ["Rui Almeida"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2001.04567" },
			verdict: "major",
			note: "year: 2023 vs 2020 (-3)",
		},
	],
};
