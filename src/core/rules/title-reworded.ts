// An arXiv paper is often published under a reworded title: the same words in another order or
// form ("Uniqueness of tangent cones for …" becomes "Tangent cones of … are unique"). A note that
// cites the arXiv id with the preprint's title, or the journal's DOI with it, reaching the journal's
// record (or the other way round), names the same paper when the first author agrees: a title to
// look at, not another paper. A changed word ("Upper" for "Lower", "I." for "II.") is no rewording,
// nor is a converse ("A implies B" for "B implies A": a title whose order is its meaning).
import type { Reference, RemoteWork } from "../types";
import { firstAuthorAgrees } from "../match";
import { normalizeTitle } from "../normalize";
import type { Rule } from "./types";

const FUNCTION_WORDS = new Set(["a", "an", "the", "of", "for", "on", "in", "at", "to", "by", "with", "and", "or", "is", "are", "be", "via", "from", "its", "their"]);
/** Titles longer than this are not reworded paper titles. */
const MAX_WORDS = 40;

function contentWords(title: string): string[] | null {
	const words = normalizeTitle(title).split(" ").filter((w) => w !== "" && !FUNCTION_WORDS.has(w));
	return words.length > MAX_WORDS ? null : words;
}

/** English endings that make another form of a word ("unique", "uniqueness"; "regular", "regularity"), not another word ("group", "groupoid"). */
const FORM_ENDINGS = new Set(["s", "es", "ness", "ity", "ities", "ly", "al", "ally", "ing", "ed", "d", "ation", "ations", "ion", "ions", "ic", "ical", "ically", "ize", "ized", "ise", "ised", "ence", "ent", "ance", "ant"]);

/** `long` is `short` (five letters or more) with a form's ending ("finite" → "finiteness"; a final "e" may go: "converge" → "convergence"). */
function isFormOf(long: string, short: string): boolean {
	if (short.length < 5 || long.length <= short.length) return false;
	if (long.startsWith(short) && FORM_ENDINGS.has(long.slice(short.length))) return true;
	const stem = short.endsWith("e") ? short.slice(0, -1) : null;
	return stem !== null && long.startsWith(stem) && FORM_ENDINGS.has(long.slice(stem.length));
}

/** One word of the other title is this word, or another form of it. */
function hasForm(word: string, others: string[], exact: Set<string>): boolean {
	if (exact.has(word)) return true;
	return others.some((o) => isFormOf(word, o) || isFormOf(o, word));
}

/** Words that make the order of a title's words its meaning: "A implies B" is not "B implies A". */
const ORDER_WORDS = new Set(["implies", "imply", "implied", "implying", "than", "versus", "vs", "iff", "becomes", "into"]);

/** True when each title's content words (four or more) are the other's, in another order or form. */
export function rewordedTitle(a: string, b: string): boolean {
	const x = contentWords(a);
	const y = contentWords(b);
	if (!x || !y || x.length < 4 || y.length < 4) return false;
	if (x.some((w) => ORDER_WORDS.has(w)) || y.some((w) => ORDER_WORDS.has(w))) return false;
	// the same content words in the same order: only a function word differs ("and" for "or", "in" for "on"), no rewording
	if (x.join(" ") === y.join(" ")) return false;
	// the very same words shuffled, no form or function word changed: a slip or another claim ("A of B", "B of A"), no rewording
	const all = (t: string) => normalizeTitle(t).split(" ").sort().join(" ");
	if (all(a) === all(b)) return false;
	const xs = new Set(x);
	const ys = new Set(y);
	return x.every((w) => hasForm(w, y, ys)) && y.every((w) => hasForm(w, x, xs));
}

/**
 * The note cites an arXiv paper (or the record is one), or its own DOI reached the record; the
 * titles are rewordings of each other and the first author agrees.
 */
export function retitledOnPublication(ref: Reference, work: RemoteWork): boolean {
	const ownDoi = ref.doi !== null && ref.doi === work.doi;
	if (!ownDoi && ref.arxivId === null && work.arxivId === null && !(work.doi ?? "").startsWith("10.48550/arxiv.")) return false;
	if (!work.title || !rewordedTitle(ref.title, work.title)) return false;
	return firstAuthorAgrees(ref, work) === true;
}

export const REWORDED_TITLE_NOTE = "title: the record words the title differently (the same words in another order or form), as a preprint's title is often changed on publication";

export const titleReworded: Rule = {
	id: "title-reworded",
	name: "Preprint title reworded on publication",
	summary: "A note citing an arXiv paper, or whose own DOI reaches the record, where the record words the title differently — the same content words in another order or form (an English ending: \"unique\", \"uniqueness\"; not \"group\", \"groupoid\"), not merely the same words shuffled, the first author agreeing — names the paper under its other title, as preprints are retitled on publication (minor), while a title with a word changed (\"Upper\" for \"Lower\", \"II.\" for \"I.\") or a converse (\"A implies B\" for \"B implies A\") stays another paper.",
	examples: [
		{
			local: { citekey: "wrona2021", title: "Uniqueness of Tangent Cones for Area-Minimizing Surfaces", author: "Wrona, Tomasz and Arai, Keiko", journal: "Duke Math. J.", year: 2021, eprint: "1808.09999", archivePrefix: "arXiv", doi: "10.5555/rules.tr.1" },
			remote: { title: "Tangent cones of area-minimizing surfaces are unique", authors: ["Tomasz Wrona", "Keiko Arai"], year: 2021, venue: "Duke Mathematical Journal", doi: "10.5555/rules.tr.1" },
			verdict: "minor",
			note: REWORDED_TITLE_NOTE,
		},
		{
			// no arXiv id: the note's own DOI reached the journal's record, retitled
			local: { citekey: "arai2021", title: "Regularity of Free Boundaries in the Thin Obstacle Problem", author: "Arai, Keiko and Wrona, Tomasz", journal: "J. Amer. Math. Soc.", year: 2021, doi: "10.5555/rules.tr.3" },
			remote: { title: "Free boundaries in the thin obstacle problem are regular", authors: ["Keiko Arai", "Tomasz Wrona"], year: 2021, venue: "Journal of the American Mathematical Society", doi: "10.5555/rules.tr.3" },
			verdict: "minor",
			note: REWORDED_TITLE_NOTE,
		},
		{
			// the other way round: the journal's title in the note, the arXiv id reaching the preprint's record
			local: { citekey: "arai2020", title: "Spectral Gaps of Random Regular Graphs Are Optimal", author: "Arai, Keiko", journal: "Ann. of Math. (2)", year: 2020, eprint: "1905.09999", archivePrefix: "arXiv" },
			remote: { title: "Optimal spectral gaps of random regular graphs", authors: ["Keiko Arai"], year: 2019, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.1905.09999" },
			verdict: "minor",
			note: REWORDED_TITLE_NOTE,
		},
	],
};
