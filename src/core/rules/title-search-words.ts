// What the resolver sends when neither the full title's autocomplete nor its title search found
// the work. OpenAlex's autocomplete is a phrase prefix of the record's title and its title search
// requires every word of the query (its server code, core/search.py and autocomplete/shared.py),
// so ONE word written otherwise hides the paper from both. Two general forms of the title are
// sent once more: its leading words (a prefix survives a later difference and a subtitle on one
// side only) and the words every source writes alike. Every work found goes through the same
// candidate test as any other: a near-miss title is still refused.
import { foldText, normalizeTitle } from "../normalize";
import { isNonEnglishTitle } from "./translated-titles";
import { isNumberWord } from "./title-numbers";
import type { Rule } from "./types";
import { replaceBracketed } from "../../lib/brackets";

/** The leading-words autocomplete sends at most this many of the title's first words… */
export const LEADING_WORDS = 5;
/** …and at least this many (one word begins too many titles to find one among the 10 most cited). */
export const MIN_LEADING_WORDS = 2;
/** A search on the steady words needs at least this many of them. */
export const MIN_STEADY_WORDS = 3;

/** The whitespace-separated words of a title, without the punctuation around them. */
function pieces(title: string): Array<{ raw: string; word: string }> {
	return title
		.split(/\s+/)
		.map((raw) => ({ raw, word: raw.replace(/^[^\p{L}\p{N}$\\]+|[^\p{L}\p{N}]+$/gu, "") }))
		.filter((p) => p.word !== "");
}

/** Endings that British and American spelling write differently ("harmonise"/"harmonize", "behaviour", "centre", "catalogue", "modelling"). */
const BRITISH_OR_AMERICAN = /(?:ours?|[iy][sz](?:e|es|ed|ing)|tres?|ogues?|ll(?:ed|ing))$|[iy][sz]ation/i;
/**
 * Stems spelt otherwise inside the word: the "ae"/"oe" of Greek and Latin words in British
 * spelling ("paediatric", "oesophageal", "haemoglobin", "anaemia", "foetal"), their American
 * forms, and "sulphur"/"sulfur", "grey"/"gray", "aluminium", "mould", "plough", "programme".
 */
const BRITISH_OR_AMERICAN_STEM = /[ao]e(?![ds]?$)|^(?:esoph|estr[oa]|pediat|orthoped|hem[aoi]|anem|anesth|fet[aou]|diarrhe|leuk|etiol|gyne|edem|ische|celiac|cesar)|sul(?:ph|f)|^gr[ae]y|alumin|^mou?ld|^plo(?:ugh|w)|^programme/i;

/**
 * A word that sources write in more than one way: with a hyphen or another joiner
 * ("pre-training"/"pretraining", "&"/"and"), with a letter outside plain A–Z (diacritics dropped
 * or garbled, ligatures, Greek spelled out), a number in words, digits or Roman numerals ("Two"/
 * "2", "II", "v2": rules/title-numbers), as LaTeX, in British or American spelling, or a leading article the record may lack.
 */
export function isVariableWord(word: string, first = false): boolean {
	if (/[^A-Za-z']/.test(word)) return true;
	if (/^(?:and|[Vv][Ss]|[Vv]ersus|VERSUS|[IVXLCDM]{2,})$/.test(word) || isNumberWord(word)) return true;
	if (first && /^(?:the|a|an)$/i.test(word)) return true;
	return (word.length > 5 && BRITISH_OR_AMERICAN.test(word)) || (word.length > 3 && BRITISH_OR_AMERICAN_STEM.test(word));
}

/**
 * Pieces of a word broken at a line end, as a title copied out of a PDF keeps it ("Environ- mental",
 * "Self- Organizing"): the piece with the hanging hyphen and the one after it. Whether they join
 * into one word or keep the hyphen is unknown, so neither is a word every source writes alike.
 * Also a suspended hyphen ("Short- and Long-Term"), which costs that search only its "and".
 */
function brokenWordPieces(all: Array<{ raw: string }>): Set<number> {
	const broken = new Set<number>();
	all.forEach((p, i) => {
		if (i + 1 < all.length && /\p{L}-$/u.test(p.raw)) broken.add(i).add(i + 1);
	});
	return broken;
}

/**
 * The words a title most likely shares with the start of its record: those of the main title
 * (before a subtitle, a bracket or a question mark) up to the first variable word, at most
 * LEADING_WORDS and never the whole title; at least MIN_LEADING_WORDS; null when nothing shorter
 * than the title is left (it was autocompleted already).
 */
export function leadingWords(title: string): string | null {
	const all = pieces(title);
	const main = pieces(title.split(/\s*(?::|\s[-–—]\s|[([?!])/)[0] ?? "");
	const limit = Math.min(LEADING_WORDS, main.length, all.length - 1);
	const broken = brokenWordPieces(all);
	let n = 0;
	while (n < limit && !broken.has(n) && !isVariableWord(all[n].word, n === 0)) n++;
	n = Math.max(n, MIN_LEADING_WORDS);
	if (n >= all.length) return null;
	return all
		.slice(0, n)
		.map((p) => p.raw)
		.join(" ");
}

/**
 * The title without its variable words and without what stands in brackets ("(Extended
 * Abstract)", "[Preprint]"), for a title search that requires every word; null when no word was
 * left out (the full title was searched already) or fewer than MIN_STEADY_WORDS remain.
 */
export function steadyWords(title: string): string | null {
	const all = pieces(title);
	const unbracketed = pieces(replaceBracketed(title, "()[]", " "));
	const broken = brokenWordPieces(unbracketed);
	const kept = unbracketed.filter((p, i) => !broken.has(i) && !isVariableWord(p.word, i === 0)).map((p) => p.word);
	if (kept.length === all.length || kept.length < MIN_STEADY_WORDS) return null;
	return normalizeTitle(kept.join(" ")) === "" ? null : kept.join(" ");
}

/**
 * The title in plain A–Z letters (diacritics dropped, "ß" as "ss", the dotless "ı" as "i"), as
 * records that lost them write it and OpenAlex does not fold, for the last title search when the
 * steady words found nothing; null when the title has no such letter.
 */
export function foldedTitle(title: string): string | null {
	const words = pieces(title).map((p) => p.word);
	if (!words.some((w) => /[^\x20-\x7e]/.test(w))) return null;
	const folded = words.map((w) => foldText(w).normalize("NFKD").replace(/[^\x20-\x7e]/g, ""));
	return folded.some((w) => w === "") ? null : folded.join(" ");
}

/** A subscript or superscript as markup: HTML, Pandoc ("CO~2~", "^14^C"), LaTeX ("CO$_2$", "$^{14}$C", "\\textsubscript{2}"). */
const SCRIPT_MARKUP = /<\/?su[bp]>|~([0-9+-]{1,4})~|\^([0-9+-]{1,4})\^|\$[_^]\{?([0-9A-Za-z+-]{1,6})\}?\$|\\text(?:sub|super)script\{([0-9A-Za-z+-]{1,6})\}/gi;
/** Unicode subscript and superscript digits and signs ("CO₂", "¹⁴C", "Fe³⁺"). */
const SCRIPT_CHARS = /[\u00b2\u00b3\u00b9\u2070-\u209c]/g;

/**
 * The title with the subscripts and superscripts of formulas and isotopes joined to their word
 * ("N<sub>2</sub>O", "CO~2~", "CO$_2$", "¹⁴C" as "N2O", "CO2", "14C"), as a record written in plain
 * text spells them and OpenAlex's search needs them, one word (the markup split into words finds
 * only a record that kept it); null when the title has none.
 */
export function formulaTitle(title: string): string | null {
	const joined = title
		.replace(SCRIPT_MARKUP, (_m, a?: string, b?: string, c?: string, d?: string) => a ?? b ?? c ?? d ?? "")
		.replace(SCRIPT_CHARS, (ch) => ch.normalize("NFKC"));
	return joined === title ? null : joined;
}

/** A search on all but some of the title's words keeps at least this many in each group. */
export const MIN_KEPT_WORDS = 3;
/** …two when one word of a three-word English title is left out. */
export const MIN_KEPT_WORDS_SHORT = 2;
/** …and sends at most this many groups (the URL stays far below OpenAlex's ~4 KB). */
export const MOST_WORD_GROUPS = 36;
/** An English title's first words, each left out once (one more than the leading words autocompleted). */
export const ENGLISH_WORDS_LEFT_OUT = LEADING_WORDS + 1;

/**
 * The title's words as groups leaving some out, for one boolean search any group satisfies: the
 * last try for a title every other search missed because one of its words is written otherwise
 * where no rule can tell which. A plain-ASCII title in another language (its function words say
 * so) may have lost diacritics its record kept ("Suddeutschland" for "Süddeutschland"), which
 * OpenAlex does not fold: every choice of up to two words is left out (one when the title is short
 * or long). An English title may hold a typing slip ("Desalination brine managment…") in a word
 * the leading-words autocomplete needed: each of its first words is left out, then each two of them
 * (two slips, a word split by a space). Null when the title has a
 * letter outside A–Z (foldedTitle's case) or is too short to leave a word out.
 */
export function wordsButSome(title: string): string[][] | null {
	const words = pieces(title).map((p) => p.word);
	if (words.some((w) => /[^\x20-\x7e]/.test(w))) return null;
	if (!isNonEnglishTitle(title)) {
		// a slip after the first words leaves them for the leading-words autocomplete to find: only
		// those are left out, which also keeps a long title's query far below the URL budget
		// a three-word title keeps two (its search is within the note's years, and a short title's
		// candidate needs the first author and the year as well)
		if (words.length - 1 < MIN_KEPT_WORDS_SHORT) return null;
		const n = Math.min(words.length, ENGLISH_WORDS_LEFT_OUT);
		const without = (out: number[]) => words.filter((_, k) => !out.includes(k));
		const ones = Array.from({ length: n }, (_, i) => without([i]));
		// then two of them (two slips, a word split by a space: "resis tance"), while enough words remain;
		// the client sends as many groups as the URL budget holds, these last
		if (words.length - 2 < MIN_KEPT_WORDS) return ones;
		const twos = ones.flatMap((_, i) => Array.from({ length: n - i - 1 }, (_, j) => without([i, i + 1 + j])));
		return [...ones, ...twos];
	}
	for (const out of [2, 1]) {
		if (words.length - out < MIN_KEPT_WORDS) continue;
		// repeated words can bring the groups under the limit once deduplicated, but a long title's
		// choices (n²/2 of them, each a copy of the title) are not made only to be thrown away
		if ((out === 2 ? (words.length * (words.length - 1)) / 2 : words.length) > 1000) continue;
		const groups = leavingOut(words, out);
		if (groups.length <= MOST_WORD_GROUPS) return groups;
	}
	return null;
}

/** Every list of `words` without `out` of them, in order. */
function leavingOut(words: string[], out: number): string[][] {
	if (out === 0) return [words];
	const groups: string[][] = [];
	for (let i = 0; i < words.length; i++) {
		for (const rest of leavingOut(words.slice(i + 1), out - 1)) groups.push([...words.slice(0, i), ...rest]);
	}
	// a title that repeats a word gives some groups twice: keep each once
	const seen = new Set<string>();
	return groups.filter((g) => !seen.has(g.join(" ")) && seen.add(g.join(" ")));
}

export const titleSearchWords: Rule = {
	id: "title-search-words",
	name: "A word written otherwise",
	summary: "OpenAlex finds a title only when every word matches (its autocomplete by the title's start), so a note whose title differs in one word's spelling, a hyphen, \"&\", diacritics, LaTeX or a subtitle or bracket on one side, or a word broken at a line end in a PDF copy (\"Environ- mental\"), is searched once more by its leading words, by the words every source writes alike, when a word has letters outside A–Z by its folded spelling (\"Straßenbau\" as \"Strassenbau\"), when it writes a formula or an isotope with subscripts or superscripts (HTML, Pandoc, LaTeX or Unicode: \"N<sub>2</sub>O\", \"¹⁴C\") with them joined to their word (\"N2O\", \"14C\") and, last, in one boolean search within the note's years, by its words with each of the first six left out (two words kept of a three-word title), then two of them (each choice of one or two of all its words when a plain-ASCII title in another language may have lost its diacritics), so a typing slip in a word the leading words needed does not hide the paper; the work found must still pass the candidate test.",
	examples: [
		{
			// a formula in a title Zotero kept with its markup: one word in a record written plain
			local: { citekey: "abt2018", title: "N<sub>2</sub>O Emissions from Drained Tidal Marshes", authors: ["Lorenz Abt"], year: 2018 },
			remote: { candidates: [{ title: "N2O emissions from drained tidal marshes", authors: ["Lorenz Abt"], year: 2018, venue: "Hydrology Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "holm2016", title: "H<sub>2</sub>O<sub>2</sub> Signalling in Kelp Holdfasts", authors: ["Sanna Holm"], year: 2016 },
			remote: { candidates: [{ title: "H2O2 signalling in kelp holdfasts", authors: ["Sanna Holm"], year: 2016, venue: "Hydrographic Notes" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "sorlie2021", title: "Contrastive Pre-Training of Tide Gauge Encoders", authors: ["Kai Sorlie", "Tove Lindqvist"], year: 2021 },
			remote: { candidates: [{ title: "Contrastive pretraining of tide gauge encoders", authors: ["Kai Sorlie", "Tove Lindqvist"], year: 2021, venue: "Hydrology Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "holm2017", title: "Harmonising Registries of Coastal Moorings", authors: ["Sanna Holm"], year: 2017 },
			remote: { candidates: [{ title: "Harmonizing registries of coastal moorings", authors: ["Sanna Holm"], year: 2017, venue: "Maritime Data Notes" }] },
			verdict: "minor",
			note: "British vs American spelling",
		},
		{
			local: { citekey: "nyqvist2013", title: "Tides and Currents of the Northern Kattegat", authors: ["Bertil Nyqvist"], year: 2013 },
			remote: { candidates: [{ title: "Tides & currents of the northern Kattegat", authors: ["Bertil Nyqvist"], year: 2013, venue: "Hydrographic Notes" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// copied out of a PDF, with the word broken at the end of a line
			local: { citekey: "nyqvist2015", title: "Environ- mental Drivers of Harbour Siltation", authors: ["Bertil Nyqvist"], year: 2015 },
			remote: { candidates: [{ title: "Environmental drivers of harbour siltation", authors: ["Bertil Nyqvist"], year: 2015, venue: "Hydrographic Notes" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "abt2020", title: "$\\alpha$-Stable Noise in Tide Gauge Records", authors: ["Lorenz Abt"], year: 2020 },
			remote: { candidates: [{ title: "Alpha-stable noise in tide gauge records", authors: ["Lorenz Abt"], year: 2020, venue: "Hydrology Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "lindqvist2022", title: "Sparse Gauge Networks for Shallow Estuaries (Preliminary Results)", authors: ["Tove Lindqvist"], year: 2022 },
			remote: { candidates: [{ title: "Sparse gauge networks for shallow estuaries", authors: ["Tove Lindqvist"], year: 2022, venue: "Hydrology Letters" }] },
			verdict: "minor",
			note: "title:",
		},
		{
			local: { citekey: "quist2016", title: "Probabilistic Linkage of Harbour Registries Across Centuries", authors: ["Maren Quist"], year: 2016 },
			remote: { candidates: [{ title: "Probabilistic linkage of harbour registries across centuires", authors: ["Maren Quist"], year: 2016, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// a typing slip in the first words, no DOI: found by the search that leaves one word out
			local: { citekey: "quist2018", title: "Probabilsitic Linkage of Harbour Registries Across Centuries", authors: ["Maren Quist"], year: 2018 },
			remote: { candidates: [{ title: "Probabilistic linkage of harbour registries across centuries", authors: ["Maren Quist"], year: 2018, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			local: { citekey: "quist2019", title: "Harbour Registy Linkage for Maritime Historians", authors: ["Maren Quist"], year: 2019 },
			remote: { candidates: [{ title: "Harbour registry linkage for maritime historians", authors: ["Maren Quist"], year: 2019, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// a three-word title: each search leaving one word out keeps two…
			local: { citekey: "quist2012", title: "Harbour Registy Linkage", authors: ["Maren Quist", "Ola Berg"], year: 2012 },
			remote: { candidates: [{ title: "Harbour registry linkage", authors: ["Maren Quist", "Ola Berg"], year: 2012, venue: "Data Integration Letters" }] },
			verdict: "minor",
			note: "(typo?)",
		},
		{
			// …and what it finds is a short title's candidate: its first author must agree (and its year)
			local: { citekey: "quist2011", title: "Harbour Registy Linkage", authors: ["Maren Quist", "Ola Berg"], year: 2011 },
			remote: { candidates: [{ title: "Harbour registry linkage", authors: ["Ivar Lund", "Ola Berg"], year: 2011, venue: "Data Integration Letters" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			// a word split by a space among the first words: both pieces left out
			local: { citekey: "quist2015", title: "Probabilistic Link age of Coastal Registries", authors: ["Maren Quist"], year: 2015 },
			remote: { candidates: [{ title: "Probabilistic linkage of coastal registries", authors: ["Maren Quist"], year: 2015, venue: "Data Integration Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "quist2017", title: "Probabilistic Linkage of Harbour Registries Across Decades", authors: ["Maren Quist"], year: 2017 },
			remote: { candidates: [{ title: "Probabilistic linkage of harbour registries across centuries", authors: ["Maren Quist"], year: 2017, venue: "Data Integration Letters" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			local: { citekey: "strauss2017", title: "Straßenbau und Moorböden", authors: ["Jürgen Strauß"], year: 2017 },
			remote: { candidates: [{ title: "Strassenbau und Moorboden", authors: ["Jurgen Strauss"], year: 2017, venue: "Bodenkultur" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "isik2019", title: "Kıyı Kumulları", authors: ["Ömer Işık"], year: 2019 },
			remote: { candidates: [{ title: "Kiyi kumullari", authors: ["Omer Isik"], year: 2019, venue: "Cografya Dergisi" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "isik2020", title: "Kıyı Kumulları ve Rüzgâr", authors: ["Ömer Işık"], year: 2020 },
			remote: { candidates: [{ title: "Kiyi kumullari ve yagis", authors: ["Omer Isik"], year: 2020, venue: "Cografya Dergisi" }] },
			verdict: "not_found",
			note: "no work with this title",
		},
		{
			// a plain-ASCII title in another language, its record with the diacritics at its start
			local: { citekey: "strauss2018", title: "Sudtiroler Almweiden und Bodenverdichtung im Wandel", authors: ["Jurgen Strauss"], year: 2018 },
			remote: { candidates: [{ title: "Südtiroler Almweiden und Bodenverdichtung im Wandel", authors: ["Jürgen Strauß"], year: 2018, venue: "Bodenkultur" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "ibarra2016", title: "Sequia y regadio en los valles del Segura", authors: ["Tomas Ibarra"], year: 2016 },
			remote: { candidates: [{ title: "Sequía y regadío en los valles del Segura", authors: ["Tomás Ibarra"], year: 2016, venue: "Historia Agraria" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// found by all but two of its words, the record still has another title
			local: { citekey: "strauss2019", title: "Sudtiroler Almweiden und Bodenverdichtung im Sommer", authors: ["Jurgen Strauss"], year: 2019 },
			remote: { candidates: [{ title: "Südtiroler Almweiden und Bodenverdichtung im Wandel", authors: ["Jürgen Strauß"], year: 2019, venue: "Bodenkultur" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			// found by the last search (two of the first words left out), then refused: another title by other people
			local: { citekey: "abt2023", title: "Contrastive Pre-Training of Fjord Gauge Encoders", authors: ["Lorenz Abt"], year: 2023 },
			remote: { candidates: [{ title: "Contrastive pretraining of tide gauge encoders", authors: ["Kai Sorlie", "Tove Lindqvist"], year: 2021, venue: "Hydrology Letters" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
	],
};
