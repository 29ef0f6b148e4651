// Datasets, software releases and data downloads carry DataCite DOIs, most of which OpenAlex does
// not hold (a GBIF occurrence download, a figshare or Dryad deposit, a Zenodo release of a GitHub
// repository). A note typed as a dataset or software, or one that names no journal or proceedings
// and whose DOI is a data repository's, is looked up like any other; but when OpenAlex holds
// neither its DOI nor its title, it is skipped as not indexed rather than reported missing: the
// index's silence says nothing about such a note. A DOI that leads to another work is still compared.
import type { Reference } from "../types";
import type { Rule } from "./types";

/** DOI prefixes of data and software repositories: GBIF, PANGAEA, Dryad, figshare, Zenodo, Mendeley Data, Dataverse, ICPSR, NERC's data centres, USGS ScienceBase (data releases), CRAN. */
const DATA_DOI = /^10\.(?:15468|1594|5061|6084|5281|17632|7910|3886|5285|5066|32614)\//;
/** Entry types of data, software, standards and patents (BibTeX, biblatex, Zotero, CSL, RIS as read). */
const DATA_TYPES = new Set(["dataset", "data", "software", "computerprogram", "computer_program", "standard", "patent"]);
/** Entry types that say the note cites a paper, whatever its DOI. */
const PAPER_TYPES = /^(?:article|article-journal|journalarticle|inproceedings|conference|paper-conference|conferencepaper|incollection|inbook|chapter|booksection|book|phdthesis|mastersthesis|thesis|techreport|report)$/;

/** A data or software repository's DOI (bare, any case). */
export function isDataRepositoryDoi(doi: string): boolean {
	return DATA_DOI.test(doi.toLowerCase());
}

/** Why a dataset or software note that OpenAlex does not hold is not reported missing; null for other notes. */
export function unindexedOutputReason(ref: Reference): string | null {
	if (!ref.doi) return null;
	const type = (ref.entryType ?? "").toLowerCase();
	if (DATA_TYPES.has(type)) return `not indexed: ${type} with a DOI OpenAlex does not hold`;
	if (!DATA_DOI.test(ref.doi.toLowerCase()) || PAPER_TYPES.test(type)) return null;
	if (ref.venue !== null && !ref.venueIsPublisher) return null;
	return "not indexed: a data repository's DOI OpenAlex does not hold";
}

export const dataAndSoftwareDois: Rule = {
	id: "data-and-software-dois",
	name: "Datasets, software and standards OpenAlex does not hold",
	summary: "A note typed as a dataset, software, a standard or a patent, or one naming no journal or proceedings whose DOI is a data or software repository's (GBIF, PANGAEA, Dryad, figshare, Zenodo, Dataverse, USGS data releases, CRAN…), is looked up, but when OpenAlex holds neither its DOI nor its title it is skipped as not indexed, not reported missing, while a DOI that leads to another work is still compared.",
	examples: [
		{
			// GBIF's own citation of an occurrence download
			local: { citekey: "gbif2020", entry_type: "misc", author: "{GBIF.org}", title: "GBIF Occurrence Download", year: 2020, doi: "10.15468/dl.rq7k2x" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: a data repository's DOI OpenAlex does not hold",
		},
		{
			local: { itemType: "dataset", title: "Tide gauge residuals of the Kattegat, 1890–2020", creators: [{ creatorType: "author", firstName: "Bertil", lastName: "Nyqvist" }], date: "2021", repository: "Harbour Data Archive", DOI: "10.5555/rules.ds.2" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: dataset with a DOI OpenAlex does not hold",
		},
		{
			// a Zenodo release of a GitHub repository the index does not hold
			local: { citekey: "sorlie_2023_8100001", entry_type: "software", author: "Sorlie, Kai", title: "sorlie/fjordtemp: v1.1.0", year: 2023, publisher: "Zenodo", version: "v1.1.0", doi: "10.5281/zenodo.8100001" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: software with a DOI OpenAlex does not hold",
		},
		{
			// a standard with its publisher's DOI
			local: { itemType: "standard", title: "Mooring Lines for Small Craft Harbours — Test Methods", organization: "Nordic Standards Council", number: "NSC 4410:2018", date: "2018", DOI: "10.5555/rules.ds.5", creators: [] },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: standard with a DOI OpenAlex does not hold",
		},
		{
			// an R package's CRAN DOI on its manual
			local: { citation_key: "gaugekit", entry_type: "manual", title: "gaugekit: Tide Gauge Residuals", author: "Nyqvist, Bertil", year: 2024, note: "R package version 2.0.1", doi: "10.32614/CRAN.package.gaugekit" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: a data repository's DOI OpenAlex does not hold",
		},
	],
};
