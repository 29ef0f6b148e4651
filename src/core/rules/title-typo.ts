import type { Rule } from "./types";

/**
 * Prefixes of opposite or neighbouring meaning that differ by a letter or two ("hyper"/"hypo",
 * "inter"/"intra", "micro"/"macro"): before the same stem they make another word
 * ("hyperthyroidism", "hypothyroidism"), never a typo of it.
 */
const OPPOSED_PREFIXES: ReadonlyArray<readonly [string, string]> = [
	["hyper", "hypo"], ["inter", "intra"], ["intra", "extra"], ["infra", "intra"], ["micro", "macro"], ["endo", "exo"],
	["pre", "peri"], ["pre", "post"], ["peri", "post"], ["sub", "super"], ["homo", "hetero"], ["im", "e"], ["in", "ex"],
	// "hypoxia" / "hyperoxia": the prefix's vowel taken by the stem
	["hyper", "hyp"],
];

/** Endings that name another compound before one stem: "nitrate" / "nitrite", "chloride" / "chlorate". */
const OPPOSED_SUFFIXES: ReadonlyArray<readonly [string, string]> = [["ate", "ite"], ["ide", "ate"], ["ide", "ite"]];

/**
 * Words a letter or two apart that name other things, each a word of its own in a title: a study's
 * method ("qualitative" / "quantitative") and clinical terms told apart by one letter (swallowing
 * and speech: "dysphagia" / "dysphasia"; "abduction" / "adduction"; "palpation" / "palpitation").
 */
const OTHER_WORDS: ReadonlyArray<readonly [string, string]> = [
	["qualitative", "quantitative"], ["dysphagia", "dysphasia"], ["aphagia", "aphasia"], ["abduction", "adduction"], ["abductor", "adductor"], ["palpation", "palpitation"], ["ileum", "ilium"],
];

/** True when the two words are one stem (three letters or more) behind two opposed prefixes, or before two compounds' endings, or two words of OTHER_WORDS: another word, not a slip. */
export function opposedForms(a: string, b: string): boolean {
	for (const [p, q] of OPPOSED_PREFIXES) {
		for (const [x, y] of [[a, b], [b, a]] as const) {
			if (x.startsWith(p) && y.startsWith(q) && x.length - p.length >= 3 && x.slice(p.length) === y.slice(q.length)) return true;
		}
	}
	for (const [p, q] of OTHER_WORDS) if ((a === p && b === q) || (a === q && b === p)) return true;
	for (const [p, q] of OPPOSED_SUFFIXES) {
		for (const [x, y] of [[a, b], [b, a]] as const) {
			if (x.endsWith(p) && y.endsWith(q) && x.length - p.length >= 3 && x.slice(0, -p.length) === y.slice(0, -q.length)) return true;
		}
	}
	return false;
}

export const titleTypo: Rule = {
	id: "title-typo",
	name: "Typo in a long word",
	summary: "One or two slips of at most two letters inside long words of a long title, two neighbouring letters swapped in any word of three letters or more (\"teh\"), a word typed twice in a row, or a small word (\"of\", \"the\", \"and\", \"is\"…) left out or added once, are a typo, shown as minor (a title search finds such a title with a similarity under 0.9 only when the first author and the year agree), while a changed number, a changed short word or a prefix (\"supervised\"/\"unsupervised\", also one starting with the same letter: \"ranking\"/\"reranking\") makes another title, and so does one stem behind two opposed prefixes (\"hyperthyroidism\"/\"hypothyroidism\", \"interstate\"/\"intrastate\", \"microeconomic\"/\"macroeconomic\", \"endogenous\"/\"exogenous\", \"prenatal\"/\"perinatal\", \"hypoxia\"/\"hyperoxia\") or a compound's other ending (\"nitrate\"/\"nitrite\", \"chloride\"/\"chlorate\"), and so do a study's method and clinical terms a letter apart (\"qualitative\"/\"quantitative\", \"dysphagia\"/\"dysphasia\", \"abduction\"/\"adduction\").",
	examples: [
		{
			// one stem behind opposed prefixes, two letters apart: another disease, not a slip
			local: { citekey: "quist2019", title: "Subclinical Hypothyroidism and Fracture Risk in Registry Cohorts", authors: ["Maren Quist"], year: 2019, doi: "10.5555/rules.ty.hypo" },
			remote: { title: "Subclinical hyperthyroidism and fracture risk in registry cohorts", authors: ["Maren Quist"], year: 2019, venue: "Data Integration Letters", doi: "10.5555/rules.ty.hypo" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// …and by a title search, the other paper of the pair not held: not found
			local: { citekey: "quist2021", title: "Intrastate Migration and Registry Attrition in Longitudinal Studies", authors: ["Maren Quist"], year: 2021 },
			remote: { candidates: [{ title: "Interstate migration and registry attrition in longitudinal studies", authors: ["Maren Quist"], year: 2021, venue: "Data Integration Letters" }] },
			verdict: "not_found",
			note: "title differs",
		},
		{
			// a compound's other ending, one letter apart: another compound
			local: { citekey: "quist2024", title: "Nitrite Concentrations in Private Wells Linked to Birth Registries", authors: ["Maren Quist"], year: 2024, doi: "10.5555/rules.ty.nitr" },
			remote: { title: "Nitrate concentrations in private wells linked to birth registries", authors: ["Maren Quist"], year: 2024, venue: "Data Integration Letters", doi: "10.5555/rules.ty.nitr" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "quist2020", title: "Perinatal Hyperoxia Exposure and Later Registry Diagnoses", authors: ["Maren Quist"], year: 2020, doi: "10.5555/rules.ty.oxia" },
			remote: { title: "Perinatal hypoxia exposure and later registry diagnoses", authors: ["Maren Quist"], year: 2020, venue: "Data Integration Letters", doi: "10.5555/rules.ty.oxia" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// the study's method, two letters apart: another study
			local: { citekey: "quist2017", title: "Registry Staff Experiences of Data Linkage Requests: A Quantitative Study", authors: ["Maren Quist"], year: 2017, doi: "10.5555/rules.ty.qual" },
			remote: { title: "Registry staff experiences of data linkage requests: a qualitative study", authors: ["Maren Quist"], year: 2017, venue: "Data Integration Letters", doi: "10.5555/rules.ty.qual" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "quist2018", title: "Dysphasia Coding after Stroke in Linked Hospital Registries", authors: ["Maren Quist"], year: 2018, doi: "10.5555/rules.ty.dys" },
			remote: { title: "Dysphagia coding after stroke in linked hospital registries", authors: ["Maren Quist"], year: 2018, venue: "Data Integration Letters", doi: "10.5555/rules.ty.dys" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "quist2023", title: "Macroeconomic Shocks and Registry Enrolment across Nordic Countries", authors: ["Maren Quist"], year: 2023, doi: "10.5555/rules.ty.macro" },
			remote: { title: "Microeconomic shocks and registry enrolment across Nordic countries", authors: ["Maren Quist"], year: 2023, venue: "Data Integration Letters", doi: "10.5555/rules.ty.macro" },
			verdict: "major",
			note: "title: different title",
		},
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
