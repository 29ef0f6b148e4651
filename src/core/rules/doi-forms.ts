import type { Rule } from "./types";

export const doiForms: Rule = {
	id: "doi-forms",
	name: "DOI of the same work",
	summary: "A DOI written as a URL, in capitals or with a \"doi:\" prefix, and an arXiv id or arXiv DOI with a version suffix, name the same work.",
	examples: [
		{
			local: { citekey: "haddadi2021", title: "Graph Sketches for Streaming Joins", authors: ["Omar Haddadi"], year: 2021, doi: "https://doi.org/10.5555/RULES.DF.1" },
			remote: { title: "Graph sketches for streaming joins", authors: ["Omar Haddadi"], year: 2021, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2022", title: "Learned Bloom Filters for Join Pruning", authors: ["Omar Haddadi", "Lea Brännström"], year: 2022, doi: "doi:10.48550/arXiv.2204.05555", eprint: "2204.05555v2", archiveprefix: "arXiv" },
			remote: { title: "Learned Bloom filters for join pruning", authors: ["Omar Haddadi", "Lea Brännström"], year: 2022, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2204.05555" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2024", title: "Join Order Search with Learned Costs", authors: ["Omar Haddadi"], year: 2024, doi: "10.48550/arXiv.2402.01234v3" },
			remote: { title: "Join order search with learned costs", authors: ["Omar Haddadi"], year: 2024, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2402.01234" },
			verdict: "confirmed",
			note: "",
		},
	],
};
