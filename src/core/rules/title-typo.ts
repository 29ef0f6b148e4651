import type { Rule } from "./types";

export const titleTypo: Rule = {
	id: "title-typo",
	name: "Typo in a long word",
	summary: "One or two slips of at most two letters inside long words of a long title, two neighbouring letters swapped in any word of three letters or more (\"teh\"), a word typed twice in a row, or a small word (\"of\", \"the\", \"and\", \"is\"…) left out or added once, are a typo, shown as minor (a title search finds such a title with a similarity under 0.9 only when the first author and the year agree), while a changed number, a changed short word or a prefix (\"supervised\"/\"unsupervised\", also one starting with the same letter: \"ranking\"/\"reranking\") makes another title.",
	examples: [
		{
			local: { citekey: "quist2022", title: "Probabilistic Harmonisation of Disjoint Registries", authors: ["Maren Quist"], year: 2022, doi: "10.5555/rules.ty.1" },
			remote: { title: "Probabilistic harmonisation of disjoint regsitries", authors: ["Maren Quist"], year: 2022, venue: "Data Integration Letters", doi: "10.5555/rules.ty.1" },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// two neighbouring letters swapped, in a short word too
			local: { citekey: "quist2025", title: "Teh Cost of Record Linkage in Cohort Studies", authors: ["Maren Quist"], year: 2025, doi: "10.5555/rules.ty.5" },
			remote: { title: "The cost of record linkage in cohort studies", authors: ["Maren Quist"], year: 2025, venue: "Data Integration Letters", doi: "10.5555/rules.ty.5" },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// a small word left out (or, on the other side, added), the rest word for word
			local: { citekey: "quist2026", title: "Linkage Bias and Its Correction Registry Studies", authors: ["Maren Quist"], year: 2026, doi: "10.5555/rules.ty.6" },
			remote: { title: "Linkage bias and its correction in registry studies", authors: ["Maren Quist"], year: 2026, venue: "Data Integration Letters", doi: "10.5555/rules.ty.6" },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// …found by its title search too: every word of the note's is in the record's
			local: { citekey: "quist2027", title: "Record Linkage Across Nordic Registries of Births", authors: ["Maren Quist"], year: 2027 },
			remote: { candidates: [{ title: "Record linkage across the Nordic registries of births", authors: ["Maren Quist"], year: 2027, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// a content word left out is another title
			local: { citekey: "quist2028", title: "Linkage Bias and Its Correction in Studies", authors: ["Maren Quist"], year: 2028, doi: "10.5555/rules.ty.8" },
			remote: { title: "Linkage bias and its correction in registry studies", authors: ["Maren Quist"], year: 2028, venue: "Data Integration Letters", doi: "10.5555/rules.ty.8" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// a word typed twice in a row, on either side
			local: { citekey: "quist2024", title: "Linkage Errors and and Bias in Registry Studies", authors: ["Maren Quist"], year: 2024 },
			remote: { candidates: [{ title: "Linkage errors and bias in registry studies", authors: ["Maren Quist"], year: 2024, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// a short title's slip weighs more in its similarity ("Rethinking role…" is 0.87 like the
			// record's): found by its search when the first author and the year vouch for it…
			local: { citekey: "brandt2019", title: "Rethinking Role of Peer Review", authors: ["Ilse Brandt", "Tomas Ek"], year: 2019 },
			remote: { candidates: [{ title: "Rethinking the role of peer review", authors: ["Ilse Brandt", "Tomas Ek"], year: 2019, venue: "Research Policy Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// …not when the year is another: a near title needs them both
			local: { citekey: "brandt2017", title: "Rethinking Role of Peer Review", authors: ["Ilse Brandt", "Tomas Ek"], year: 2017 },
			remote: { candidates: [{ title: "Rethinking the role of peer review", authors: ["Ilse Brandt", "Tomas Ek"], year: 2019, venue: "Research Policy Letters" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			local: { citekey: "quist2021", title: "Consent Models for Secondary Use of Health Data", authors: ["Maren Quist"], year: 2021, doi: "10.5555/rules.ty.4" },
			remote: { title: "Consent models for for secondary use of health data", authors: ["Maren Quist"], year: 2021, venue: "Data Integration Letters", doi: "10.5555/rules.ty.4" },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			local: { citekey: "quist2023", title: "Registry Model 3 Technical Report", authors: ["Maren Quist"], year: 2023, doi: "10.5555/rules.ty.2" },
			remote: { title: "Registry Model 4 Technical Report", authors: ["Maren Quist"], year: 2023, venue: "Data Integration Letters", doi: "10.5555/rules.ty.2" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// a prefix that starts with the word's own first letter is still a prefix, not a slip
			// (the changed word comes last: OpenAlex finds a title only when every word matches, so
			// only its leading words bring such a record back to be refused, rules/title-search-words)
			local: { citekey: "varga2020", title: "Sparse Retrieval Pipelines with Learned Reranking", authors: ["Hugo Varga"], year: 2020 },
			remote: { candidates: [{ title: "Sparse retrieval pipelines with learned ranking", authors: ["Hugo Varga"], year: 2020, venue: "Retrieval Letters" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
	],
};
