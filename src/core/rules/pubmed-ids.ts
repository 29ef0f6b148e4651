// Rule "PubMed id in the note": notes from PubMed, MEDLINE files, Europe PMC, Zotero (whose Extra
// keeps "PMID: …") and OpenAlex records carry the paper's PubMed id, often without a DOI in older
// medicine. OpenAlex answers `/works/pmid:…` as a free singleton, like a DOI: the resolver reads it
// after the DOI, arXiv id and OpenAlex id (openalex/resolve-by-identifier.ts); rules/doi-different says when it
// names another paper. A work has one PMID, so a note's PMID beside a record found otherwise (by the
// note's DOI) that lists another is another paper's too (core/compare.ts, compareDoi).
import type { Rule } from "./types";

export const pubmedIds: Rule = {
	id: "pubmed-ids",
	name: "PubMed id in the note",
	summary: "A PubMed id the note gives (`pmid`/`PMID`, an OpenAlex record's `ids.pmid`, Semantic Scholar's `externalIds.PubMed`, \"PMID: …\" in Zotero's Extra, a pubmed.ncbi.nlm.nih.gov link) is looked up like a DOI, a free request, so the work is compared however its title is written; a PMID that resolves to another paper is major and said so, and so is one that differs from the PMID of the record the note's DOI or title found (a work has one PMID: the next article's beside the right DOI), while one OpenAlex does not know leaves the title search to find the work.",
	examples: [
		{
			// a MEDLINE note without a DOI, its title with a slip that hides it from the title searches
			local: { PMID: "31234501", TI: "Delirum after hip fracture surgery in older adults.", FAU: ["Rasmussen, Karin B", "Okoye, Daniel"], DP: "2019 Mar", JT: "Age and ageing" },
			remote: { candidates: [{ title: "Delirium after hip fracture surgery in older adults", authors: ["Karin B. Rasmussen", "Daniel Okoye"], year: 2019, venue: "Age and Ageing", pmid: "31234501" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// Zotero keeps the PMID in Extra; it names another paper
			local: { citekey: "okoye2017", title: "Grip Strength and Frailty in Community-Dwelling Older Adults", authors: ["Daniel Okoye"], year: 2017, extra: "PMID: 28765432" },
			remote: { candidates: [{ title: "Antibiotic prophylaxis in cataract surgery", authors: ["Lena Morales"], year: 2011, venue: "Ophthalmology", pmid: "28765432" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// a PubMed link as the note's url, the title written in another word order
			local: { citekey: "lund2016", title: "Falls Prevention: Exercise in Nursing Homes", authors: ["Petra Lund"], year: 2016, url: "https://pubmed.ncbi.nlm.nih.gov/27000123/" },
			remote: { candidates: [{ title: "Exercise for falls prevention in nursing homes", authors: ["Petra Lund"], year: 2016, venue: "Age and Ageing", pmid: "27000123" }] },
			verdict: "major",
			note: "title: different title",
		},
		{
			// a PMID OpenAlex does not list: the title finds the work, and the note says so
			local: { citekey: "bakker2015", title: "Pressure Ulcer Prevention in Intensive Care", authors: ["Jan Bakker"], year: 2015, pmid: "25999999" },
			remote: { candidates: [{ title: "Pressure ulcer prevention in intensive care", authors: ["Jan Bakker"], year: 2015, venue: "Intensive and Critical Care Nursing" }] },
			verdict: "confirmed",
			note: "PubMed id 25999999 is not in OpenAlex",
		},
		{
			// the note's DOI finds the work, but its PubMed id is the next article's: a work has one PMID
			local: { title: "Early Mobilisation after Hip Fracture Surgery", authors: "Rasmussen KB, Okoye D", year: 2021, journal: "Int J Nurs Stud", doi: "10.5555/rules.pm.5", pmid: "33456790" },
			remote: { candidates: [{ title: "Early mobilisation after hip fracture surgery", authors: ["Karin B. Rasmussen", "Daniel Okoye"], year: 2021, venue: "International Journal of Nursing Studies", doi: "10.5555/rules.pm.5", pmid: "33456789" }, { title: "Pressure injury prevalence in care homes", authors: ["Mei Tanaka"], year: 2021, venue: "International Journal of Nursing Studies", doi: "10.5555/rules.pm.6", pmid: "33456790" }] },
			verdict: "major",
			note: "PubMed id: the note has 33456790, the work has 33456789",
		},
		{
			// a PMID in Zotero's Extra that OpenAlex does not know, beside a DOI whose record lists another PMID
			local: { citekey: "lund2018", title: "Hand Hygiene Compliance in Neonatal Units", authors: ["Petra Lund"], year: 2018, DOI: "10.5555/rules.pm.7", extra: "PMID: 29876543" },
			remote: { title: "Hand hygiene compliance in neonatal units", authors: ["Petra Lund"], year: 2018, venue: "Journal of Hospital Infection", doi: "10.5555/rules.pm.7", pmid: "29876534" },
			verdict: "major",
			note: "PubMed id: the note has 29876543, the work has 29876534",
		},
	],
};
