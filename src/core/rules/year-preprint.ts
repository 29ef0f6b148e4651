import type { Rule } from "./types";

export const yearPreprint: Rule = {
	id: "year-preprint",
	name: "Preprint and published year",
	summary: "A note's year one or two after a preprint record's is the published version's year, and a note citing the preprint may be a year or two before the published record's (not before the preprint record's own), both accepted with a note.",
	examples: [
		{
			local: { citekey: "sato2021", title: "Contrastive Maps of Coral Reefs", authors: ["Haruki Sato", "Ines Marchetti"], year: 2021, venue: "ICML", eprint: "2003.01234", archiveprefix: "arXiv" },
			remote: { title: "Contrastive maps of coral reefs", authors: ["Haruki Sato", "Ines Marchetti"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2003.01234" },
			verdict: "confirmed",
			note: "year: 2021 is the published version's year; the remote record (2020) is the preprint",
		},
		{
			local: { citekey: "sato2019", title: "Reef Segmentation from Drone Video", authors: ["Haruki Sato"], year: 2019, journal: "arXiv preprint arXiv:1907.04321", doi: "10.5555/rules.yp.2" },
			remote: { title: "Reef segmentation from drone video", authors: ["Haruki Sato"], year: 2020, venue: "Marine Imaging Journal", doi: "10.5555/rules.yp.2" },
			verdict: "confirmed",
			note: "year: the note cites the 2019 preprint; the remote record (2020) is the published version",
		},
		{
			local: { citekey: "sato2018", title: "Reef Mapping with Sparse Sonar", authors: ["Haruki Sato"], year: 2018, journal: "arXiv preprint arXiv:2001.04321", doi: "10.48550/arXiv.2001.04321" },
			remote: { title: "Reef mapping with sparse sonar", authors: ["Haruki Sato"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2001.04321" },
			verdict: "major",
			note: "year: 2018 vs 2020 (+2)",
		},
	],
};
