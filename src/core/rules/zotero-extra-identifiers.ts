// Zotero gives a DOI field only to some item types (articles, conference papers, preprints); for a
// book section, a report, a thesis or a book, its documentation has users keep the DOI in the
// Extra field as a "DOI: …" line (one CSL variable a line, as for "original-date: …"), and a
// preprint's arXiv id sits in its Archive ID ("arXiv:2105.01234"). Notes made by Zotero Integration
// templates and Zotero's JSON keep both fields as they are. Read there, the identifier is checked
// like any other: a wrong one is caught, and a right one finds the record when the title would not.
import type { Rule } from "./types";

export const zoteroExtraIdentifiers: Rule = {
	id: "zotero-extra-identifiers",
	name: "Identifiers in Zotero's Extra and Archive ID",
	summary: "A DOI kept in Zotero's Extra field as a \"DOI: …\" line (item types without a DOI field: book sections, reports, theses, books) and an arXiv id in a preprint's Archive ID (\"arXiv:2105.01234\") are the note's identifiers, checked like a DOI field: one naming another paper is major.",
	examples: [
		{
			local: { itemType: "bookSection", title: "Wetland Restoration in Agricultural Catchments", creators: [{ creatorType: "author", firstName: "Ines", lastName: "Haraldsen" }], bookTitle: "Handbook of Catchment Hydrology", date: "2019", extra: "DOI: 10.5555/rules.ze.1" },
			remote: { candidates: [{ title: "Microplastics in estuarine sediments", authors: ["Paulo Ferraz"], year: 2019, venue: "Marine Pollution Bulletin", doi: "10.5555/rules.ze.1" }, { title: "Wetland restoration in agricultural catchments", authors: ["Ines Haraldsen"], year: 2019, venue: "Handbook of Catchment Hydrology" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// The right DOI finds the report although OpenAlex files it under a longer title.
			local: { itemType: "report", title: "Flood Risk and Land Use", creators: [{ creatorType: "author", firstName: "Ines", lastName: "Haraldsen" }], institution: "Nordic Water Institute", date: "2020", extra: "Original Date: 2019\nDOI: 10.5555/RULES.ZE.2" },
			remote: { title: "Flood risk and land use: a review of the Nordic evidence", authors: ["Ines Haraldsen"], year: 2020, venue: null, doi: "10.5555/rules.ze.2", type: "report" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			local: { itemType: "preprint", title: "Scaling Laws for Sparse Retrieval", creators: [{ creatorType: "author", firstName: "Paulo", lastName: "Ferraz" }], repository: "arXiv", archiveID: "arXiv:2105.01234", date: "2021-05-04" },
			remote: { candidates: [{ title: "Kernel methods for tide prediction", authors: ["Ines Haraldsen"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2105.01234" }, { title: "Scaling laws for sparse retrieval", authors: ["Paulo Ferraz"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2106.07777" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// Extra lines that are not identifiers are not read as one.
			local: { itemType: "book", title: "River Basin Governance", creators: [{ creatorType: "author", firstName: "Paulo", lastName: "Ferraz" }], publisher: "Coastline Press", date: "2018", extra: "Citation Key: ferraz2018\nISBN: 978-0-00-000000-2" },
			remote: { title: "River basin governance", authors: ["Paulo Ferraz"], year: 2018, venue: "Coastline Press", type: "book" },
			verdict: "confirmed",
			note: "",
		},
	],
};
