// A literature note's `title` is often the note's own heading, not the work's: "Notes on Solberg et
// al. 2021", "Haddad 2020 — summary", "Okafor & Brennan (2019): reading notes". Such a heading names
// the paper by its first author and year and says nothing else about it: compared with the record's
// title it is neither another paper nor a wrong title, only not the work's title. The note is checked
// by its identifier and the other fields; the title is minor, with a note saying why.
import type { Reference } from "../types";
import { foldText, parsePersonName } from "../normalize";
import type { Rule } from "./types";

/** Words a heading puts around an author–year label (English: the language of the notes seen). */
const HEADING_WORDS = new Set([
	"notes", "note", "on", "summary", "summarised", "summarized", "reading", "literature", "lit", "annotations", "annotated", "highlights",
	"takeaways", "key", "points", "comments", "thoughts", "review", "of", "about", "re", "paper", "article", "study", "my", "the", "a", "et", "al", "and",
]);

/** A heading is short: a label and a few words. */
const MAX_HEADING_WORDS = 12;

/** The last word of a person's family name, folded ("de Vries" → "vries"). */
function familyWord(name: string): string {
	return foldText(parsePersonName(name).family).split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? "";
}

/**
 * Whether the note's title is a heading of its own naming the work by its first author's family
 * name and its year (with the other authors' family names and heading words, nothing else).
 */
export function isHeadingTitle(ref: Pick<Reference, "title" | "authors" | "year">): boolean {
	if (ref.year === null || ref.authors.length === 0) return false;
	const words = foldText(ref.title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	if (words.length < 2 || words.length > MAX_HEADING_WORDS) return false;
	const year = String(ref.year);
	const first = familyWord(ref.authors[0]);
	if (first === "" || !words.includes(first)) return false;
	if (!words.some((w) => w === year || (w.length === 5 && w.startsWith(year) && /[a-z]$/.test(w)))) return false;
	const families = new Set(ref.authors.slice(0, 3).map(familyWord));
	return words.every((w) => w === year || (w.startsWith(year) && w.length === 5) || families.has(w) || HEADING_WORDS.has(w));
}

export const HEADING_TITLE_NOTE = "title: the note's title is its own heading, naming the work by author and year, not the work's title";

export const headingTitles: Rule = {
	id: "heading-titles",
	name: "A note's own heading as its title",
	summary: "A title that is the note's own heading naming the work by its first author's family name and year and nothing else but heading words (\"Notes on Solberg et al. 2021\", \"Haddad 2020 — summary\") is not the work's title: it never makes the identifier another paper's, and it is minor with a note (without a DOI, PubMed, arXiv or OpenAlex id or a URL beside it the note has nothing to be found by and is not checked), while a heading naming another author or year is compared as any title.",
	examples: [
		{
			local: { title: "Notes on Solberg et al. 2021", authors: ["[[Ingrid Solberg]]", "[[Chidi Okafor]]"], year: 2021, doi: "10.5555/rules.ht.1", tags: ["literature-note"] },
			remote: { title: "Snowmelt timing and spring floods in Arctic rivers", authors: ["Ingrid Solberg", "Chidi Okafor"], year: 2021, venue: "Journal of Hydrology", doi: "10.5555/rules.ht.1" },
			verdict: "minor",
			note: HEADING_TITLE_NOTE,
		},
		{
			local: { title: "Haddad & Lindqvist (2020): reading notes", authors: ["Omar Haddad", "Maja Lindqvist"], year: 2020, doi: "10.5555/rules.ht.2" },
			remote: { title: "Aquifer recharge from ephemeral streams in Oman", authors: ["Omar Haddad", "Maja Lindqvist"], year: 2020, venue: "Hydrogeology Journal", doi: "10.5555/rules.ht.2" },
			verdict: "minor",
			note: HEADING_TITLE_NOTE,
		},
	],
};
