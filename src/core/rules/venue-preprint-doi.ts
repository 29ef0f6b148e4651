import type { Rule } from "./types";

// Why minor and not accepted: the venue-preprint-record rule trusts a DOI-less venue because the
// index cannot hold its version; a note whose own DOI is the preprint's gives no sign of that version
// either, and moving a preprint to a venue is a classic error of generated references. Measured:
// 8 more of HALLMARK's 47 wrong venues flagged, 15 of its 513 valid entries (and 0 of the corpus's
// 116 same-paper notes) become minor (README, Accuracy).
export const venuePreprintDoi: Rule = {
	id: "venue-preprint-doi",
	name: "Venue on a preprint DOI",
	summary: "When the note's own DOI is the preprint's and OpenAlex holds only that preprint, a venue that publishes without DOIs (NeurIPS, ICML, ICLR, JMLR, …) is not confirmed by anything, so it is minor with a note; without the DOI, or with the arXiv id as an eprint field, it is accepted as the preprint record rule says.",
	examples: [
		{
			local: { citekey: "okafor2021iclr", title: "Sparse Routing for Tide Gauges", authors: ["Chidi Okafor", "Lene Brandvold"], year: 2021, booktitle: "ICLR", doi: "10.48550/arXiv.2103.04444" },
			remote: { title: "Sparse routing for tide gauges", authors: ["Chidi Okafor", "Lene Brandvold"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2103.04444" },
			verdict: "minor",
			note: "venue: 'ICLR' cannot be confirmed: the note's DOI and OpenAlex's only record are the arXiv preprint",
		},
		{
			local: { citekey: "brandvold2022jmlr", title: "Kernel Tests for Drifting Buoys", authors: ["Lene Brandvold"], year: 2022, journal: "Journal of Machine Learning Research", doi: "10.48550/arxiv.2202.05555v2" },
			remote: { title: "Kernel tests for drifting buoys", authors: ["Lene Brandvold"], year: 2022, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2202.05555" },
			verdict: "minor",
			note: "the note's DOI and OpenAlex's only record are the arXiv preprint",
		},
		{
			local: { citekey: "okafor2021nodoi", title: "Sparse Routing for Tide Gauges", authors: ["Chidi Okafor", "Lene Brandvold"], year: 2021, booktitle: "ICLR" },
			remote: { candidates: [{ title: "Sparse routing for tide gauges", authors: ["Chidi Okafor", "Lene Brandvold"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2103.04444" }] },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			local: { citekey: "okafor2022icml", title: "Tidal Priors for Sparse Routing", authors: ["Chidi Okafor"], year: 2022, booktitle: "ICML", doi: "10.48550/arxiv.2201.06666" },
			remote: { title: "Tidal priors for sparse routing", authors: ["Chidi Okafor"], year: 2022, venue: "International Conference on Machine Learning", type: "article", doi: "10.48550/arxiv.2201.06666" },
			verdict: "confirmed",
			note: "",
		},
	],
};
