import { foldText } from "../normalize";
import type { Rule } from "./types";

/**
 * Working-paper series of economics and the social sciences, where a paper circulates for years
 * before its journal version: SSRN, RePEc, NBER, OSF, "… Working Paper(s)", "… Discussion Paper(s)".
 */
const WORKING_PAPER_SERIES = /\bssrn\b|social science research network|\brepec\b|research papers in economics|\bnber\b|national bureau of economic research|\bosf\b|open science framework|\bworking papers?\b|\bdiscussion papers?\b/;

export function isWorkingPaperSeries(venue: string | null): boolean {
	return venue !== null && WORKING_PAPER_SERIES.test(foldText(venue));
}

export const workingPapers: Rule = {
	id: "working-papers",
	name: "Working papers",
	summary: "When the record is a working paper (SSRN, RePEc, NBER, OSF, a working or discussion paper series) and the note cites a journal, the note's year three years later is probably the journal version's, minor with a note, and a note dated after the record has its published work looked for and compared instead when OpenAlex holds it.",
	examples: [
		{
			local: { citekey: "halloran2021wages", title: "Wage Compression in Company Towns", authors: ["Tomas Halloran", "Nadia Brenner"], year: 2021, journal: "Journal of Labor Economics", doi: "10.2139/ssrn.3312345" },
			remote: { title: "Wage compression in company towns", authors: ["Tomas Halloran", "Nadia Brenner"], year: 2018, venue: "SSRN Electronic Journal", doi: "10.2139/ssrn.3312345" },
			verdict: "minor",
			note: "year: 2021 is probably the published version's year; the remote record (2018) is the SSRN working paper",
		},
		{
			local: { citekey: "brenner2019towns", title: "Company Towns and Local Monopsony", authors: ["Nadia Brenner"], year: 2019, journal: "Journal of Labor Economics" },
			remote: {
				candidates: [
					{ title: "Company towns and local monopsony", authors: ["Nadia Brenner"], year: 2016, venue: "National Bureau of Economic Research", type: "report" },
					{ title: "Company towns and local monopsony", authors: ["Nadia Brenner"], year: 2019, venue: "Journal of Labor Economics", doi: "10.5555/rules.wp.2" },
				],
			},
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "brenner2020towns", title: "Monopsony in Mill Towns", authors: ["Nadia Brenner"], year: 2020, doi: "10.5555/repec.rules.wp.3" },
			remote: {
				candidates: [
					{ title: "Monopsony in mill towns", authors: ["Nadia Brenner"], year: 2017, venue: "RePEc: Research Papers in Economics", type: "preprint", doi: "10.5555/repec.rules.wp.3" },
					{ title: "Monopsony in mill towns", authors: ["Nadia Brenner"], year: 2020, venue: "Labour Economics Letters", doi: "10.5555/rules.wp.3" },
				],
			},
			verdict: "confirmed",
			note: "compared with the published version",
		},
		{
			local: { citekey: "halloran2022wages", title: "Piece Rates in Company Towns", authors: ["Tomas Halloran"], year: 2022, journal: "SSRN Electronic Journal", doi: "10.2139/ssrn.3298765" },
			remote: { title: "Piece rates in company towns", authors: ["Tomas Halloran"], year: 2019, venue: "SSRN Electronic Journal", doi: "10.2139/ssrn.3298765" },
			verdict: "major",
			note: "year: 2022 vs 2019 (-3)",
		},
		{
			local: { citekey: "raman2023", title: "Borehole Priors at Scale", authors: ["Priya Raman-Iyer"], year: 2023, booktitle: "ICML", doi: "10.48550/arxiv.2001.07777" },
			remote: { title: "Borehole priors at scale", authors: ["Priya Raman-Iyer"], year: 2020, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2001.07777" },
			verdict: "major",
			note: "year: 2023 vs 2020 (-3)",
		},
	],
};
