import type { Rule } from "./types";

export const venuePreprintRecord: Rule = {
	id: "venue-preprint-record",
	name: "Record is the preprint",
	summary: "When the record is only the preprint (arXiv, SSRN, bioRxiv, …) a well-known venue in the note cannot be confirmed but is accepted with a note, and a note citing the preprint of a published record is accepted the same way.",
	examples: [
		{
			local: { citekey: "raman2020", title: "Diffusion Priors for Seismic Inversion", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2020, booktitle: "ICLR", doi: "10.48550/arxiv.2006.07654" },
			remote: { title: "Diffusion priors for seismic inversion", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2006.07654" },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			local: { citekey: "halloran2019", title: "Minimum Wages and Rural Migration", authors: ["Tomas Halloran"], year: 2019, journal: "American Economic Review", doi: "10.2139/ssrn.3301234" },
			remote: { title: "Minimum wages and rural migration", authors: ["Tomas Halloran"], year: 2019, venue: "SSRN Electronic Journal", doi: "10.2139/ssrn.3301234" },
			verdict: "confirmed",
			note: "venue: remote record is the SSRN preprint",
		},
		{
			local: { citekey: "raman2021", title: "Seismic Denoising with Score Models", authors: ["Priya Raman-Iyer"], year: 2021, journal: "bioRxiv", doi: "10.5555/rules.vp.3" },
			remote: { title: "Seismic denoising with score models", authors: ["Priya Raman-Iyer"], year: 2021, venue: "Geophysical Journal Letters", doi: "10.5555/rules.vp.3" },
			verdict: "confirmed",
			note: "venue: the note cites the preprint; the remote record is the published version (Geophysical Journal Letters)",
		},
	],
};
