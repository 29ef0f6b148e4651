import { foldText, latexToUnicode, normalizeTitle } from "../normalize";
import type { Rule } from "./types";

/**
 * A store's format after a book's title, as Kindle, Readwise and shop listings write it: "(Kindle
 * Edition)", "(English Edition)", "[Paperback]", "(Audible Audio Edition)". It names the copy
 * bought, not another text (an edition number is a version marker: rules/version-markers). One
 * space before it is taken with it and the rest trimmed after: a pattern taking the whole run of
 * spaces was tried from each of them.
 */
const STORE_FORMAT = /\s?[([]\s*(?:(?:kindle|audible(?: audio)?|english|large print|paperback|hardcover|digital)\s+edition|kindle(?:\s+e-?book)?|e-?book|audiobook|paperback|hardcover|hardback|large print)\s*[)\]]/gi;

/**
 * The document-type code the Chinese citation standard GB/T 7714 puts after a title ("…[J]" a
 * journal article, "[C]" a proceedings paper, "[M]" a book, "[D]" a thesis, "[EB/OL]" a web page),
 * kept when such a reference is pasted or imported from CNKI: a label, not part of the title.
 */
const DOCUMENT_TYPE_CODE = /\s*\[(?:[JCMDRNPSZAGK]|EB|DB|CP)(?:\/(?:OL|CD|MT|DK))?\](?:\s*\.)?\s*$/;

/** The note's title without a GB/T 7714 document-type code at its end. */
export function withoutDocumentTypeCode(title: string): string {
	const t = title.replace(DOCUMENT_TYPE_CODE, "");
	return t === "" ? title : t;
}

/**
 * What comes with a title copied from a reference list or a Markdown page: the list's number in
 * front in IEEE's style ("[12] …") and a Markdown footnote reference ("…runoff[^1]"). Neither is
 * ever a title's words.
 */
const LIST_NUMBER = /^\[\d{1,4}\]\s+(?=\S)/;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,30}\]/g;

/**
 * The mark a search result or a reader's own note puts beside a title to say what copy was kept:
 * Google Scholar's "[PDF]", "[HTML]", "[CITATION]" in front, and "[PDF]", "(PDF)", "(preprint)",
 * "[full text]" after it. A kind of copy, never a title's words (a title's own "A preprint of…"
 * is not in brackets).
 */
const LEADING_COPY_MARK = /^[([](?:pdf|html|citation|book)[)\]]\s+(?=\S)/i;
const TRAILING_COPY_MARK = /\s[([](?:pdf|html|pre-?print|full[ -]?text)[)\]]\.?$/i;

/** The note's title without a reference list's number in front, Markdown footnote references and a copy's mark. */
export function withoutPastedMarkers(title: string): string {
	const t = title.trim().replace(LIST_NUMBER, "").replace(FOOTNOTE_REFERENCE, "").replace(LEADING_COPY_MARK, "").replace(TRAILING_COPY_MARK, "").trim();
	return t === "" ? title : t;
}

/**
 * A unit or sign written as its word on one side: "2 °C" and "2 degrees C" ("deg. C", "degrees
 * Celsius"), "10%" and "10 percent" ("per cent"). Both sides are read with the words; the number
 * beside them still has to agree.
 */
const DEGREES = /\s?°\s?([CF])\b|\bdeg(?:rees?|s?\.)\s?(?:(C|F)\b|(celsius|fahrenheit)\b)/gi;
const PERCENT = /\s?%|\bper\s?cent\b/gi;
/**
 * The ångström: its sign after a number ("2.1 Å", as the letter U+00C5 or the sign U+212B) and its
 * name in any spelling ("Angstrom", "Ångström", "angstroms"). Only after a digit is "Å" the unit
 * (it is a word and a letter in Scandinavian titles).
 */
const ANGSTROM_SIGN = /(\d)[\s\u2010\u2011-]?[\u00C5\u212B](?![\p{L}\p{N}])/gu;
const ANGSTROM_NAME = /(^|[^\p{L}\p{N}])(?:a|\u00C5|\u212B|a\u030A)ngstr(?:o|\u00F6|o\u0308)ms?(?![\p{L}\p{N}])/giu;

/** The title with degree, percent and ångström signs written as words (the same string when it has none). */
export function symbolsAsWords(title: string): string {
	if (!/[°%\u00C5\u212B]|\bdeg|\bper\s?cent|ngstr/i.test(title)) return title;
	return title
		.replace(DEGREES, (_m, sign?: string, letter?: string, scale?: string) => ` degrees ${(sign ?? letter ?? scale ?? "").charAt(0).toLowerCase()}`)
		.replace(PERCENT, " percent")
		.replace(ANGSTROM_SIGN, "$1 angstrom")
		.replace(ANGSTROM_NAME, "$1angstrom");
}

/**
 * Chemical notation written out: an isotope by its element's name or symbol and its mass number
 * ("carbon-13", "C-13") for the mass number before the symbol ("13C", as "¹³C" and "<sup>13</sup>C"
 * read), a benzene ring's positions spelled out ("para-xylene") for their letters ("p-xylene"), and
 * a German keyboard's "ß" standing alone for "β".
 * Each is rewritten to the one form, so another isotope, element or position stays another word.
 */
const ISOTOPE_ELEMENTS: Record<string, string> = {
	hydrogen: "H", helium: "He", lithium: "Li", boron: "B", carbon: "C", nitrogen: "N", oxygen: "O", fluorine: "F", neon: "Ne",
	sodium: "Na", magnesium: "Mg", silicon: "Si", phosphorus: "P", sulfur: "S", sulphur: "S", chlorine: "Cl", argon: "Ar",
	potassium: "K", calcium: "Ca", chromium: "Cr", iron: "Fe", cobalt: "Co", nickel: "Ni", copper: "Cu", zinc: "Zn",
	gallium: "Ga", selenium: "Se", bromine: "Br", krypton: "Kr", rubidium: "Rb", strontium: "Sr", yttrium: "Y",
	zirconium: "Zr", technetium: "Tc", indium: "In", iodine: "I", xenon: "Xe", cesium: "Cs", caesium: "Cs", lutetium: "Lu",
	thallium: "Tl", lead: "Pb", radium: "Ra", thorium: "Th", uranium: "U", plutonium: "Pu", actinium: "Ac", astatine: "At",
};
const ISOTOPE_SYMBOLS = new Set(Object.values(ISOTOPE_ELEMENTS));
/** A word, a hyphen or space and a mass number of one to three digits, ending there ("carbon-13", "carbon 13", "C-13", "Tc-99m"). */
const NAMED_ISOTOPE = /(^|[^\p{L}\p{N}])(\p{L}{1,10})[-\u2010\u2011\s](\d{1,3})(m?)(?![\p{L}\p{N}])/gu;
const SPELLED_POSITION = /(^|[^\p{L}\p{N}])(ortho|meta|para)(?=[-\u2010\u2011]\p{L})/giu;
/** A German keyboard's "ß" for "β" ("ß-lactam", "TGF-ß1"): standing alone, never inside a word as German writes it. */
const SHARP_S_AS_BETA = /(^|[^\p{L}])\u00DF(?![\p{L}])/gu;

/** The title with isotopes and ring positions written as their symbols (the same string when it has none). */
export function chemicalNotation(title: string): string {
	if (!/[-\u2010\u2011\s]\d|ortho|meta|para|\u00DF/i.test(title)) return title;
	return title
		.replace(SHARP_S_AS_BETA, "$1\u03B2")
		.replace(NAMED_ISOTOPE, (m: string, before: string, word: string, mass: string, metastable: string) => {
			// a symbol only before a hyphen ("C-13"; "In 12 patients" is no indium)
			const symbol = ISOTOPE_ELEMENTS[word.toLowerCase()] ?? (ISOTOPE_SYMBOLS.has(word) && !/\s/.test(m.charAt(before.length + word.length)) ? word : null);
			return symbol === null ? m : `${before}${mass}${metastable}${symbol}`;
		})
		.replace(SPELLED_POSITION, (_m, before: string, position: string) => `${before}${position.charAt(0).toLowerCase()}`);
}

/** Greek letters as the Latin letter plain-text writers put for them ("NF-kB", "IL-1b", "TGF-b", "um" for "µm"). */
const GREEK_AS_LATIN: Record<string, string> = { α: "a", β: "b", γ: "g", δ: "d", ε: "e", κ: "k", λ: "l", μ: "u", µ: "u" };

/** The folded title with its Greek letters written as their Latin look-alikes; null when it has none. */
export function greekAsLatin(title: string): string | null {
	const folded = foldText(title);
	return /[αβγδεκλμµ]/.test(folded) ? folded.replace(/[αβγδεκλμµ]/g, (ch) => GREEK_AS_LATIN[ch] ?? ch) : null;
}

/** A binomial's genus abbreviated ("E. coli", "D. rerio"), in a title without its tags. */
const ABBREVIATED_GENUS = /\b(\p{Lu})\.\s?(\p{Ll}{3,})\b/gu;
/** A capitalized word and a lower-case one after it: a binomial, where the title names a species. */
const BINOMIAL = /\b(\p{Lu})(\p{Ll}+)\s+(\p{Ll}{3,})\b/gu;

/**
 * Whether `a` is `b` with a species' genus abbreviated ("Stringent response in E. coli" /
 * "… in Escherichia coli"), read in one pass over each title: every binomial of `b` keyed by
 * its initial and species, then `a`'s abbreviations written out from them.
 */
export function genusAbbreviated(a: string, b: string): boolean {
	const plainA = latexToUnicode(a).replace(/<\/?[a-z][^>]*>/gi, "");
	if (!/\p{Lu}\.\s?\p{Ll}{3}/u.test(plainA)) return false;
	const genera = new Map<string, string>();
	for (const m of latexToUnicode(b).replace(/<\/?[a-z][^>]*>/gi, "").matchAll(BINOMIAL)) genera.set(`${m[1]} ${m[3]}`, `${m[1]}${m[2]}`);
	let found = false;
	const written = plainA.replace(ABBREVIATED_GENUS, (m, initial: string, species: string) => {
		const genus = genera.get(`${initial} ${species}`);
		if (genus === undefined) return m;
		found = true;
		return `${genus} ${species}`;
	});
	return found && normalizeTitle(written) === normalizeTitle(b);
}

/** The title without a store's format suffix (the same string when it has none). */
export function withoutStoreFormat(title: string): string {
	const t = title.replace(STORE_FORMAT, "");
	return t === title ? title : t.trimEnd();
}

export const titleFormatting: Rule = {
	id: "title-formatting",
	name: "Title formatting",
	summary: "Case, punctuation, diacritics, LaTeX braces and escapes, HTML entities and tags (also as Mendeley writes them, \"{\\textless}i{\\textgreater}\"), umlauts spelled out (\"Über\", \"Ueber\"), Greek letters written as letters, LaTeX macros (a command with an index: \"$\\ell_p$\" is \"ℓp\"), names or the Latin letter plain text puts for them (\"NF-kB\", \"IL-1b\"), \"&\" for \"and\", \"vs.\" for \"versus\", where a compound word is split and a store's format after a book's title (\"(Kindle Edition)\", \"[Paperback]\") and a GB/T 7714 document-type code (\"…[J]\", \"[C]\", \"[EB/OL]\"), a reference list's number in front (\"[12] …\"), a Markdown footnote reference (\"…[^1]\") and a mark of the copy kept (\"[PDF]\" in front or after, \"(preprint)\") pasted with the note's title, and a degree or percent sign written as its word (\"2 °C\", \"2 degrees C\"; \"10%\", \"10 percent\"; \"1.8 Å\", \"1.8 Angstrom\"), an isotope or a ring position spelled out (\"carbon-13\" or \"C-13\" for \"13C\", \"para-xylene\" for \"p-xylene\", a German keyboard's \"ß\" for \"β\", a trademark or registered sign, also as an entity or in brackets against the word as plain-text exports write it: \"Kevlar™\", \"&reg;\", \"Kevlar(R)\") are not title differences; a species' genus abbreviated on one side (\"E. coli\" for \"Escherichia coli\") is minor.",
	examples: [
		{
			// a TeX command with an index (MathSciNet's title) and the record's HTML subscript
			local: { citekey: "MR3901299", title: "Embeddings of {$\\ell_p$}-sums of {B}anach Lattices", author: "Wrona, Tomasz", journal: "Trans. Amer. Math. Soc.", year: 2019, doi: "10.5555/rules.tf.ell" },
			remote: { title: "Embeddings of ℓ<sub>p</sub>-sums of Banach lattices", authors: ["Tomasz Wrona"], year: 2019, venue: "Transactions of the American Mathematical Society", doi: "10.5555/rules.tf.ell" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a Greek letter as the Latin letter plain text puts for it
			local: { citekey: "marwick2019", title: "NF-kB Activation in Gill Epithelia of Harbour Seals", authors: ["Eleanor Marwick"], year: 2019, journal: "Marine Physiology", doi: "10.5555/rules.tf.g1" },
			remote: { title: "NF-κB activation in gill epithelia of harbour seals", authors: ["Eleanor Marwick"], year: 2019, venue: "Marine Physiology", doi: "10.5555/rules.tf.g1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "marwick2020", title: "TGF-b Signalling in Seal Whisker Follicles", authors: ["Eleanor Marwick"], year: 2020, journal: "Marine Physiology" },
			remote: { candidates: [{ title: "TGF-β signalling in seal whisker follicles", authors: ["Eleanor Marwick"], year: 2020, venue: "Marine Physiology" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a species' genus abbreviated in the note: the same paper, a title to correct
			local: { citekey: "halloran2022", title: "Shell Thickening in L. littorea under Crab Predation", authors: ["Tomas Halloran"], year: 2022, journal: "Estuarine Ecology", doi: "10.5555/rules.tf.g3" },
			remote: { title: "Shell thickening in <i>Littorina littorea</i> under crab predation", authors: ["Tomas Halloran"], year: 2022, venue: "Estuarine Ecology", doi: "10.5555/rules.tf.g3" },
			verdict: "minor",
			note: "title: a species' genus is abbreviated on one side",
		},
		{
			// Mendeley Desktop's BibTeX writes the record's HTML tags as LaTeX text symbols
			local: { citekey: "Halloran2020", entry_type: "article", author: "Halloran, Tomas", journal: "Estuarine Ecology", title: "{Grazing by {\\textless}i{\\textgreater}Littorina littorea{\\textless}/i{\\textgreater} on harbour walls}", year: "2020", doi: "10.5555/rules.tf.m1" },
			remote: { title: "Grazing by <i>Littorina littorea</i> on harbour walls", authors: ["Tomas Halloran"], year: 2020, venue: "Estuarine Ecology", doi: "10.5555/rules.tf.m1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "Halloran2021", entry_type: "article", author: "Halloran, Tomas", journal: "Estuarine Ecology", title: "{{\\textless}i{\\textgreater}Zostera marina{\\textless}/i{\\textgreater} recovery after harbour dredging}", year: "2021" },
			remote: { candidates: [{ title: "<i>Zostera marina</i> recovery after harbour dredging", authors: ["Tomas Halloran"], year: 2021, venue: "Estuarine Ecology" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// "vs." for "versus", also when a title search has to leave the word out
			local: { citekey: "okafor2015tenure", title: "Customary versus Statutory Land Tenure in the Niger Delta", authors: ["Chidi Okafor"], year: 2015, journal: "Land Use Policy" },
			remote: { candidates: [{ title: "Customary vs. statutory land tenure in the Niger Delta", authors: ["Chidi Okafor"], year: 2015, venue: "Land Use Policy" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "okafor2017rent", title: "Rent vs Sharecropping in the Niger Delta", authors: ["Chidi Okafor"], year: 2017, doi: "10.5555/rules.tf.vs2" },
			remote: { title: "Rent versus sharecropping in the Niger Delta", authors: ["Chidi Okafor"], year: 2017, venue: "Land Use Policy", doi: "10.5555/rules.tf.vs2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "okafor2019tidal", title: "Tidal {Forecasting} with \\emph{Sparse} Gauges", authors: ["Chidi Okafor"], year: 2019, doi: "10.5555/rules.tf.1" },
			remote: { title: "Tidal forecasting with sparse gauges.", authors: ["Chidi Okafor"], year: 2019, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "brannstrom2021", title: "Pre-training &amp; Fine-Tuning for Caf\\'e Reviews", authors: ["Lea Brännström", "Hugo Varga"], year: 2021, doi: "10.5555/rules.tf.2" },
			remote: { title: "Pretraining and fine-tuning for café reviews", authors: ["Lea Brannstrom", "Hugo Varga"], year: 2021, venue: "Workshop on Review Mining", doi: "10.5555/rules.tf.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2017helix", title: "Folding of {$\\alpha$}-Helical Peptides in {\\textit{Sphagnum}} Mosses", authors: ["Hugo Varga"], year: 2017, doi: "10.5555/rules.tf.3" },
			remote: { title: "Folding of α-helical peptides in <i>Sphagnum</i> mosses", authors: ["Hugo Varga"], year: 2017, venue: "Bryology Letters", doi: "10.5555/rules.tf.3" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a unit written as its word
			local: { citekey: "okafor2022heat", title: "Mangrove Die-Back under 2 Degrees C of Warming", authors: ["Chidi Okafor"], year: 2022, doi: "10.5555/rules.tf.5" },
			remote: { title: "Mangrove die-back under 2 °C of warming", authors: ["Chidi Okafor"], year: 2022, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "okafor2023loss", title: "A 30 Per Cent Loss of Tidal Marsh Since 1950", authors: ["Chidi Okafor"], year: 2023, doi: "10.5555/rules.tf.6" },
			remote: { title: "A 30% loss of tidal marsh since 1950", authors: ["Chidi Okafor"], year: 2023, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.6" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …while the number beside the sign still has to agree
			local: { citekey: "okafor2024heat", title: "Mangrove Die-Back under 3 Degrees C of Warming", authors: ["Chidi Okafor"], year: 2024, doi: "10.5555/rules.tf.7" },
			remote: { title: "Mangrove die-back under 1.5 °C of warming", authors: ["Chidi Okafor"], year: 2024, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.7" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// a title copied from an IEEE-style reference list, with its number
			local: { citekey: "okafor2020ports", title: "[14] Dredging Schedules for Tidal Ports", authors: ["Chidi Okafor"], year: 2020, doi: "10.5555/rules.tf.4" },
			remote: { title: "Dredging schedules for tidal ports", authors: ["Chidi Okafor"], year: 2020, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.4" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and one copied from a Markdown page, with a footnote reference; found by its words
			local: { citekey: "okafor2021silt", title: "Silt Budgets of Mangrove Creeks[^3]", authors: ["Chidi Okafor"], year: 2021, journal: "Journal of Coastal Prediction" },
			remote: { candidates: [{ title: "Silt budgets of mangrove creeks", authors: ["Chidi Okafor"], year: 2021, venue: "Journal of Coastal Prediction" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// Readwise/Kindle book notes carry the store's format after the title
			local: { title: "The Salt Roads of the Sahel (Kindle Edition)", author: "Aminata Diallo", category: "books", tags: ["reference"], year: 2014 },
			remote: { candidates: [{ title: "The salt roads of the Sahel", authors: ["Aminata Diallo"], year: 2014, venue: null, type: "book" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a reader's mark of the copy kept, after the title: "[PDF]", "(preprint)"
			local: { title: "Soil Crusts and Dust Emission on the Tibetan Plateau [PDF]", author: "Tenzin Norbu", year: 2019, doi: "10.5555/rules.tf.c1", tags: ["literature"] },
			remote: { title: "Soil crusts and dust emission on the Tibetan Plateau", authors: ["Tenzin Norbu"], year: 2019, venue: "Aeolian Research", doi: "10.5555/rules.tf.c1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { title: "Dust Deposition and Glacier Albedo in the Qilian Mountains (preprint)", author: "Tenzin Norbu", year: 2021, journal: "EarthArXiv" },
			remote: { candidates: [{ title: "Dust deposition and glacier albedo in the Qilian Mountains", authors: ["Tenzin Norbu"], year: 2021, venue: "EarthArXiv" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// Google Scholar's mark in front of a result, copied with its title
			local: { title: "[PDF] Loess Provenance and Westerly Winds in Central Asia", author: "Tenzin Norbu", year: 2017, journal: "Quaternary Science Reviews", doi: "10.5555/rules.tf.c3" },
			remote: { title: "Loess provenance and westerly winds in Central Asia", authors: ["Tenzin Norbu"], year: 2017, venue: "Quaternary Science Reviews", doi: "10.5555/rules.tf.c3" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the ångström's name for its sign
			local: { title: "1.9 Angstrom Crystal Structure of a Mangrove Sulfate Transporter", authors: ["Chidi Okafor"], year: 2021, doi: "10.5555/rules.tf.ang" },
			remote: { title: "1.9 Å crystal structure of a mangrove sulfate transporter", authors: ["Chidi Okafor"], year: 2021, venue: "Nature Communications", doi: "10.5555/rules.tf.ang" },
			verdict: "confirmed",
			note: "",
		},
		{
			// an isotope by its element's name and mass number, against the record's superscript
			local: { citekey: "okafor2019iso", title: "Nitrogen-15 Tracing of Mangrove Root Uptake", authors: ["Chidi Okafor"], year: 2019 },
			remote: { candidates: [{ title: "<sup>15</sup>N tracing of mangrove root uptake", authors: ["Chidi Okafor"], year: 2019, venue: "Biogeosciences" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a ring position spelled out, against the record's italic letter
			local: { citekey: "okafor2020para", title: "Para-Cresol Release from Mangrove Litter", authors: ["Chidi Okafor"], year: 2020, doi: "10.5555/rules.tf.para" },
			remote: { title: "<i>p</i>-Cresol release from mangrove litter", authors: ["Chidi Okafor"], year: 2020, venue: "Biogeosciences", doi: "10.5555/rules.tf.para" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a German keyboard's "ß" for "β"
			local: { citekey: "okafor2018beta", title: "ß-Glucosidase Activity in Mangrove Sediments", authors: ["Chidi Okafor"], year: 2018 },
			remote: { candidates: [{ title: "β-Glucosidase activity in mangrove sediments", authors: ["Chidi Okafor"], year: 2018, venue: "Biogeosciences" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a trademark sign in the record's title
			local: { citekey: "okafor2017tm", title: "Tyvek Sheeting as a Mangrove Seedling Guard", authors: ["Chidi Okafor"], year: 2017, doi: "10.5555/rules.tf.tm" },
			remote: { title: "Tyvek™ sheeting as a mangrove seedling guard", authors: ["Chidi Okafor"], year: 2017, venue: "Restoration Ecology", doi: "10.5555/rules.tf.tm" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a registered sign as an HTML entity in the record's title
			local: { citekey: "okafor2016reg", title: "Gore-Tex Liners for Mangrove Sediment Traps", authors: ["Chidi Okafor"], year: 2016, doi: "10.5555/rules.tf.reg" },
			remote: { title: "Gore-Tex&reg; liners for mangrove sediment traps", authors: ["Chidi Okafor"], year: 2016, venue: "Estuaries and Coasts", doi: "10.5555/rules.tf.reg" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the marks as plain-text exports write them, in brackets against the word
			local: { citekey: "okafor2018asciitm", title: "Nomex(R) Felt and Tyvek(TM) Sheeting as Mangrove Seedling Guards", authors: ["Chidi Okafor"], year: 2018, doi: "10.5555/rules.tf.asciitm" },
			remote: { title: "Nomex® felt and Tyvek™ sheeting as mangrove seedling guards", authors: ["Chidi Okafor"], year: 2018, venue: "Restoration Ecology", doi: "10.5555/rules.tf.asciitm" },
			verdict: "confirmed",
			note: "",
		},
		{
			// "(R)" before a hyphen is a stereo descriptor, not a mark
			local: { citekey: "okafor2019stereo", title: "Limonene(R)-Oxide Uptake by Mangrove Roots", authors: ["Chidi Okafor"], year: 2019, doi: "10.5555/rules.tf.stereo" },
			remote: { title: "Limonene(S)-oxide uptake by mangrove roots", authors: ["Chidi Okafor"], year: 2019, venue: "Restoration Ecology", doi: "10.5555/rules.tf.stereo" },
			verdict: "major",
			note: "title:",
		},
	],
};
