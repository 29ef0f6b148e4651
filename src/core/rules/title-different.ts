import type { Rule } from "./types";

export const titleDifferent: Rule = {
	id: "title-different",
	name: "Different title",
	summary: "A title that differs beyond the rules above is another paper: major when the note's identifier led to the record, not found when only a title search did.",
	examples: [
		{
			local: { citekey: "lindqvist2016", title: "Sparse Gauges Are Not Enough", authors: ["Tove Lindqvist"], year: 2016, doi: "10.5555/rules.td.1" },
			remote: { title: "Sparse gauges are enough", authors: ["Tove Lindqvist"], year: 2016, venue: "Hydrology Letters", doi: "10.5555/rules.td.1" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "lindqvist2018", title: "Unsupervised Estimation of River Stage", authors: ["Tove Lindqvist"], year: 2018 },
			remote: { candidates: [{ title: "Supervised estimation of river stage", authors: ["Tove Lindqvist"], year: 2018, venue: "Hydrology Letters" }] },
			verdict: "not_found",
			note: "title differs",
		},
		{
			local: { citekey: "lindqvist2019", title: "Gauge Networks Are Enough (in Shallow Estuaries)", authors: ["Tove Lindqvist"], year: 2019, doi: "10.5555/rules.td.3" },
			remote: { title: "Gauge networks are enough (in deep fjords)", authors: ["Tove Lindqvist"], year: 2019, venue: "Hydrology Letters", doi: "10.5555/rules.td.3" },
			verdict: "major",
			note: "title: different title",
		},
	],
};
