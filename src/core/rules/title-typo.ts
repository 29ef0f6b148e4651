import type { Rule } from "./types";

export const titleTypo: Rule = {
	id: "title-typo",
	name: "Typo in a long word",
	summary: "One or two slips of at most two letters inside long words of a long title are a typo, shown as minor, while a changed number, a changed short word or a prefix (\"supervised\"/\"unsupervised\") makes another title.",
	examples: [
		{
			local: { citekey: "quist2022", title: "Probabilistic Harmonisation of Disjoint Registries", authors: ["Maren Quist"], year: 2022, doi: "10.5555/rules.ty.1" },
			remote: { title: "Probabilistic harmonisation of disjoint regsitries", authors: ["Maren Quist"], year: 2022, venue: "Data Integration Letters", doi: "10.5555/rules.ty.1" },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			local: { citekey: "quist2023", title: "Registry Model 3 Technical Report", authors: ["Maren Quist"], year: 2023, doi: "10.5555/rules.ty.2" },
			remote: { title: "Registry Model 4 Technical Report", authors: ["Maren Quist"], year: 2023, venue: "Data Integration Letters", doi: "10.5555/rules.ty.2" },
			verdict: "major",
			note: "title: different title",
		},
	],
};
