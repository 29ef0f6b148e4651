// Rule "OpenAlex id in the note": notes made from OpenAlex (its JSON or CSV, an export, a link
// pasted from the website) carry the work's own id. Looking it up is a free singleton, like a DOI's,
// and finds the work however the title is written; the resolver reads it after the DOI and arXiv id
// (openalex/resolve-by-identifier.ts), rules/doi-different says when it names another paper.
import type { Rule } from "./types";

export const openalexIds: Rule = {
	id: "openalex-ids",
	name: "OpenAlex id in the note",
	summary: "An OpenAlex work id the note gives (an `openalex` field, an OpenAlex record's `ids.openalex`, an openalex.org link in its url) is looked up like a DOI, a free request, a merged id followed to the work it was merged into, so the work is compared however its title is written, an id that resolves to another paper is major and said so, and an id OpenAlex does not know leaves the title search to find the work.",
	examples: [
		{
			// a slip in the title's first word hides the work from the title searches; its id finds it
			local: { citekey: "halvorsen2018", title: "Sedimnet Transport in Braided Glacial Rivers", authors: ["Siri Halvorsen", "Tomasz Wrona"], year: 2018, openalex: "W4312345601" },
			remote: { candidates: [{ id: "W4312345601", title: "Sediment transport in braided glacial rivers", authors: ["Siri Halvorsen", "Tomasz Wrona"], year: 2018, venue: "Earth Surface Processes and Landforms" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// an OpenAlex record exported as a note: `ids.openalex` names another paper
			local: { display_name: "Moraine Dating with Cosmogenic Beryllium", publication_year: 2020, authorships: [{ author: { display_name: "Tomasz Wrona" } }], ids: { openalex: "https://openalex.org/W4312345602" } },
			remote: { candidates: [{ id: "W4312345602", title: "Grazing pressure on alpine meadows", authors: ["Anneli Koskinen"], year: 2016, venue: "Journal of Vegetation Science" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// a link pasted from the website, to an id OpenAlex has since merged into another work
			local: { citekey: "wrona2021", title: "Proglacial Lake Expansion in the Tatra Mountains", authors: ["Tomasz Wrona"], year: 2021, url: "https://openalex.org/W4312345603" },
			remote: { candidates: [{ id: "W4312345699", formerIds: ["W4312345603"], title: "Proglacial lake expansion in the Tatra Mountains", authors: ["Tomasz Wrona"], year: 2021, venue: "Geomorphology" }] },
			verdict: "confirmed",
			note: "the note's OpenAlex id W4312345603 was merged into W4312345699",
		},
		{
			// an id OpenAlex does not know: the title search finds the work
			local: { citekey: "halvorsen2019", title: "Meltwater Pulses and Bedload Sheets", authors: ["Siri Halvorsen"], year: 2019, openalex_id: "W4312345604" },
			remote: { candidates: [{ title: "Meltwater pulses and bedload sheets", authors: ["Siri Halvorsen"], year: 2019, venue: "Earth Surface Processes and Landforms" }] },
			verdict: "confirmed",
			note: "OpenAlex id W4312345604 is not in OpenAlex",
		},
		{
			// the id's work by the same people under another title: another paper of theirs
			local: { citekey: "halvorsen2020", title: "Bank Erosion along Braided Glacial Rivers", authors: ["Siri Halvorsen", "Tomasz Wrona"], year: 2020, openalex: "https://openalex.org/W4312345605" },
			remote: { candidates: [{ id: "W4312345605", title: "Ice-marginal fans of the Jotunheimen", authors: ["Siri Halvorsen", "Tomasz Wrona"], year: 2020, venue: "Geomorphology" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
	],
};
