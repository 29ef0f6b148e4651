import type { Rule } from "./types";

export const venuePreprintRecord: Rule = {
	id: "venue-preprint-record",
	name: "Record is the preprint",
	summary: "When the record is only the preprint, a venue whose papers OpenAlex usually holds as preprints because it publishes without DOIs (NeurIPS, ICML, ICLR, the PMLR venues, JMLR, TMLR) is accepted with a note (unless the note's DOI is that preprint's: venue-preprint-doi), and so is a note citing the preprint of a published record.",
	examples: [
		{
			local: { citekey: "raman2020", title: "Diffusion Priors for Seismic Inversion", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2020, booktitle: "ICLR", eprint: "2006.07654", archiveprefix: "arXiv" },
			remote: { title: "Diffusion priors for seismic inversion", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2006.07654" },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			local: { citekey: "raman2022", title: "Score Models for Borehole Logs", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2022, booktitle: "International Conference on Learning Representations" },
			remote: { candidates: [{ title: "Score models for borehole logs", authors: ["Priya Raman-Iyer", "Haruki Sato"], year: 2021, venue: "arXiv (Cornell University)" }] },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			local: { citekey: "raman2021", title: "Seismic Denoising with Score Models", authors: ["Priya Raman-Iyer"], year: 2021, journal: "bioRxiv", doi: "10.5555/rules.vp.3" },
			remote: { title: "Seismic denoising with score models", authors: ["Priya Raman-Iyer"], year: 2021, venue: "Geophysical Journal Letters", doi: "10.5555/rules.vp.3" },
			verdict: "confirmed",
			note: "venue: the note cites the preprint; the remote record is the published version (Geophysical Journal Letters)",
		},
	],
};
