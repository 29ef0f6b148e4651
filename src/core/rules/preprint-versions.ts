import type { Rule } from "./types";

export const preprintVersions: Rule = {
	id: "preprint-versions",
	name: "Authors of the other version",
	summary: "When OpenAlex holds both the preprint and the published version and the note's authors are exactly the other version's, an author added or dropped between the versions is minor with a note naming both, while a name in neither version stays major.",
	examples: [
		{
			local: { citekey: "aaltonen2021floes", title: "Floe Tracking in Radar Mosaics", authors: ["Signe Aaltonen", "Kai Sorlie"], year: 2021, booktitle: "ICML", eprint: "2102.04444", archiveprefix: "arXiv" },
			remote: {
				candidates: [
					{ title: "Floe tracking in radar mosaics", authors: ["Signe Aaltonen", "Kai Sorlie"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2102.04444" },
					{ title: "Floe tracking in radar mosaics", authors: ["Signe Aaltonen", "Kai Sorlie", "Rui Almeida"], year: 2021, venue: "International Conference on Machine Learning", doi: "10.5555/rules.pv.1" },
				],
			},
			verdict: "minor",
			note: "the note lists the authors of the preprint",
		},
		{
			local: { citekey: "sorlie2022floes", title: "Sea Ice Leads from Thermal Imagery", authors: ["Kai Sorlie", "Rui Almeida", "Signe Aaltonen"], year: 2022, journal: "arXiv preprint arXiv:2203.05555", eprint: "2203.05555", archiveprefix: "arXiv" },
			remote: {
				candidates: [
					{ title: "Sea ice leads from thermal imagery", authors: ["Kai Sorlie", "Signe Aaltonen"], year: 2022, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2203.05555" },
					{ title: "Sea ice leads from thermal imagery", authors: ["Kai Sorlie", "Rui Almeida", "Signe Aaltonen"], year: 2023, venue: "Cryosphere Letters", doi: "10.5555/rules.pv.2" },
				],
			},
			verdict: "minor",
			note: "the note lists the authors of the published version",
		},
		{
			local: { citekey: "aaltonen2021leads", title: "Lead Detection in Winter Ice", authors: ["Signe Aaltonen", "Egil Fraudsen", "Kai Sorlie"], year: 2021, booktitle: "ICML", eprint: "2104.06666", archiveprefix: "arXiv" },
			remote: {
				candidates: [
					{ title: "Lead detection in winter ice", authors: ["Signe Aaltonen", "Kai Sorlie"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2104.06666" },
					{ title: "Lead detection in winter ice", authors: ["Signe Aaltonen", "Rui Almeida", "Kai Sorlie"], year: 2021, venue: "International Conference on Machine Learning", doi: "10.5555/rules.pv.3" },
				],
			},
			verdict: "major",
			note: "not in the remote record: 'Egil Fraudsen'",
		},
	],
};
