import { foldText } from "../normalize";
import type { Reference } from "../types";
import type { Rule } from "./types";

/**
 * Working-paper series of economics and the social sciences, where a paper circulates for years
 * before its journal version: SSRN, RePEc, NBER, OSF, "… Working Paper(s)", "… Discussion Paper(s)".
 */
const WORKING_PAPER_SERIES = /\bssrn\b|social science research network|\brepec\b|research papers in economics|\bnber\b|national bureau of economic research|\bosf\b|open science framework|\bworking papers?\b|\bdiscussion papers?\b/;

export function isWorkingPaperSeries(venue: string | null): boolean {
	return venue !== null && WORKING_PAPER_SERIES.test(foldText(venue));
}

/** The note cites a working paper: a report entry (BibTeX's techreport), or a working-paper series as its venue. */
export function citesWorkingPaper(ref: Reference): boolean {
	return ref.entryType === "techreport" || ref.entryType === "report" || (ref.venue !== null && isWorkingPaperSeries(ref.venue));
}

export const workingPapers: Rule = {
	id: "working-papers",
	name: "Working papers",
	summary: "When the record is a working paper (SSRN, RePEc, NBER, OSF, a working or discussion paper series) and the note cites a journal, the note's year three years later is probably the journal version's, minor with a note, and a note dated after the record has its published work looked for and compared instead when OpenAlex holds it; the reverse, a note citing the working paper (a report entry or a working-paper series) up to three years before the record of its journal version, is minor with a note.",
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
			// the note cites the working paper; the index holds only the journal version, published three years on
			local: { citekey: "brenner2014mills", entry_type: "techreport", title: "Mill Closures and Household Debt", authors: ["Nadia Brenner", "Tomas Halloran"], institution: "National Bureau of Economic Research", type: "Working Paper", number: "20555", year: 2014 },
			remote: { candidates: [{ title: "Mill closures and household debt", authors: ["Nadia Brenner", "Tomas Halloran"], year: 2017, venue: "Journal of Labor Economics", doi: "10.5555/rules.wp.6" }] },
			verdict: "minor",
			note: "year: the note cites the 2014 working paper; the remote record (2017) is probably its published version",
		},
		{
			local: { citekey: "halloran2016debt", title: "Payday Lending near Mill Towns", authors: ["Tomas Halloran"], year: 2016, journal: "CEPR Discussion Papers", doi: "10.5555/rules.wp.7" },
			remote: { title: "Payday lending near mill towns", authors: ["Tomas Halloran"], year: 2018, venue: "Journal of Labor Economics", doi: "10.5555/rules.wp.7" },
			verdict: "minor",
			note: "year: the note cites the 2016 working paper",
		},
		{
			// five years is no working paper's wait: another year
			local: { citekey: "brenner2011mills", entry_type: "techreport", title: "Mill Towns and School Funding", authors: ["Nadia Brenner"], institution: "National Bureau of Economic Research", year: 2011, doi: "10.5555/rules.wp.8" },
			remote: { title: "Mill towns and school funding", authors: ["Nadia Brenner"], year: 2016, venue: "Journal of Labor Economics", doi: "10.5555/rules.wp.8" },
			verdict: "major",
			note: "year: 2011 vs 2016 (+5)",
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
