import type { Rule } from "./types";

/** Tags a person or an exporter puts on notes about papers ("paper", "type/literature", "#references"). */
const PAPER_TAG = /^(papers?|literature|literature-?notes?|lit-?notes?|references?|articles?|publications?)$/i;
/** Fields only notes about a paper have: its PDF, or an exporter's key for it. */
const PAPER_FIELD = /^(pdf|pdf_?(rel)?path|pdf_?url|pdf_?file|meta_?key)$/i;

function tagsOf(fm: Record<string, unknown>): string[] {
	const raw = fm.tags ?? fm.tag;
	const items = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [];
	return items.filter((t): t is string => typeof t === "string").flatMap((t) => t.replace(/^#/, "").split("/"));
}

/**
 * Why a note with a title and a year but no authors, DOI or citation key is clearly about a paper
 * (a paper/literature/reference tag, a PDF field, an exporter's meta_key, or a folder the user
 * marked as references), or null.
 */
export function paperSignal(fm: Record<string, unknown>, inReferenceFolder = false): string | null {
	const tag = tagsOf(fm).find((t) => PAPER_TAG.test(t));
	if (tag) return `tagged '${tag}'`;
	const field = Object.keys(fm).find((k) => PAPER_FIELD.test(k) && typeof fm[k] === "string" && (fm[k]).trim() !== "");
	if (field) return `has '${field}'`;
	return inReferenceFolder ? "in a reference folder" : null;
}

export const thinNotes: Rule = {
	id: "thin-notes",
	name: "Thin notes about papers",
	summary: "A note with only a title and a year is a reference when it is clearly about a paper (a paper, literature or reference tag, a pdf or pdf_relpath field, a meta_key, or a folder marked as references), and it is looked up by title strictly: the exact title and the same year, else not found.",
	examples: [
		{
			local: { title: "Grazing Pressure and Lichen Recovery", year: 2018, tags: ["paper", "ecology"], pdf_relpath: "pdfs/grazing.pdf" },
			remote: { candidates: [{ title: "Grazing pressure and lichen recovery", authors: ["Pia Kettunen", "Rui Almeida"], year: 2018, venue: "Arctic Ecology" }] },
			verdict: "confirmed",
			note: "authors: the note lists none (the remote record has 2)",
		},
		{
			local: { title: "Reindeer Herding under Warming Winters", year: 2020, meta_key: "s2-8841207" },
			remote: { candidates: [{ title: "Reindeer herding under warming winters", authors: ["Pia Kettunen"], year: 2019, venue: "Arctic Ecology" }] },
			verdict: "not_found",
			note: "a note without authors needs the exact title and the same year",
		},
		{
			local: { title: "Lichen Mats as Carbon Sinks", year: 2021, tags: "#literature/arctic" },
			remote: { candidates: [{ title: "Lichen mats as carbon sinks: a review", authors: ["Rui Almeida"], year: 2021, venue: "Arctic Ecology" }] },
			verdict: "not_found",
			note: "a note without authors needs the exact title and the same year",
		},
	],
};
