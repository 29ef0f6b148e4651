import type { Rule } from "./types";

export const doiForms: Rule = {
	id: "doi-forms",
	name: "DOI of the same work",
	summary: "A DOI written as a URL, in capitals or with a \"doi:\" prefix, an arXiv id or arXiv DOI with a version suffix, and a DOI that is the record's plus a version suffix (eLife's \".2\", figshare's \".v2\", bioRxiv's \"v2\", Research Square's \"/v2\") name the same work.",
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
		{
			// eLife's reviewed versions: the note's DOI names version 2, the index keeps the article's
			local: { citekey: "haddadi2023", title: "Cache Partitioning for Learned Indexes", authors: ["Omar Haddadi", "Lea Brännström"], year: 2023, doi: "10.5555/rules.df.4.2" },
			remote: { title: "Cache partitioning for learned indexes", authors: ["Omar Haddadi", "Lea Brännström"], year: 2023, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.4" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// a bioRxiv page address copied as the DOI ("…v2"), the record's DOI without it
			local: { citekey: "haddadi2020", title: "Sketching Cell Lineages at Scale", authors: ["Omar Haddadi"], year: 2020, doi: "10.1101/2020.03.04.976543v2" },
			remote: { title: "Sketching cell lineages at scale", authors: ["Omar Haddadi"], year: 2020, venue: "bioRxiv (Cold Spring Harbor Laboratory)", doi: "10.1101/2020.03.04.976543" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// another paper's DOI that merely starts like this one's is not a version of it
			local: { citekey: "haddadi2019", title: "Sketching Join Graphs", authors: ["Omar Haddadi"], year: 2019, doi: "10.5555/rules.df.5.27" },
			remote: { candidates: [{ title: "Sketching join graphs", authors: ["Omar Haddadi"], year: 2019, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.5" }, { title: "Lossy joins in stream processors", authors: ["Pia Kettunen"], year: 2019, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.5.27" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
	],
};
