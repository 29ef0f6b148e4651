import { foldText } from "../normalize";
import type { Rule } from "./types";

/** English function words: a title with some is written in English. */
const ENGLISH = new Set(["the", "of", "and", "for", "with", "on", "to", "after", "by", "from", "among", "between", "during", "at", "an", "is", "are", "versus", "into", "under", "without", "its", "their", "how", "what", "why", "does", "or"]);
/**
 * Function words of the other languages PubMed and book catalogues most often hold titles in
 * (German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Polish); words
 * English shares ("in", "a", "die") are left out.
 */
const OTHER = new Set([
	"der", "das", "und", "nach", "bei", "mit", "von", "zur", "zum", "im", "des", "den", "dem", "ein", "eine", "einer", "fur", "uber", "unter", "durch", "auf", "als", "aus",
	"le", "la", "les", "et", "du", "une", "un", "dans", "pour", "chez", "sur", "avec", "au", "aux", "par", "entre",
	"el", "los", "las", "y", "del", "con", "por", "para", "una", "tras", "sin", "en", "lo",
	"os", "e", "do", "da", "dos", "em", "no", "na", "com", "um", "uma", "pela", "pelo", "nos",
	"il", "gli", "della", "delle", "dei", "nel", "nella", "per",
	"het", "een", "van", "bij", "voor", "met", "naar",
	"och", "av", "med", "pa", "vid", "og", "til", "af",
	"w", "z", "oraz", "po", "przy", "u",
]);

/** How many English and how many other-language function words a title holds. */
function functionWords(title: string): { english: number; other: number } {
	const words = foldText(title).split(/[^\p{L}]+/u).filter((w) => w !== "");
	return { english: words.filter((w) => ENGLISH.has(w)).length, other: words.filter((w) => OTHER.has(w)).length };
}

/** True when a title reads as written in a language other than English. */
export function isNonEnglishTitle(title: string): boolean {
	if (/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(title)) return true; // Cyrillic, Greek, CJK…
	const { english, other } = functionWords(title);
	if (other > english) return true;
	// no function words to go by: letters English does not write ("Frühmobilisation")
	return english === 0 && other === 0 && /[^\x20-\x7e]/.test(title.normalize("NFC"));
}

/** A letter of a script other than Latin (Cyrillic, Greek, Arabic, Han, Hangul…). */
function hasOtherScript(title: string): boolean {
	if (!/[^\P{L}\p{Script=Latin}]/u.test(title)) return false;
	// a Greek letter standing alone in a Latin title is a symbol ("PPAR-δ", "δ18O", "IL-1β", "µm"), not a word of
	// Greek; so are mathematics' letterlike symbols and alphanumerics ("ℓ2", "ℝn", "𝔽p")
	return /[^\P{L}\p{Script=Latin}]/u.test(title.replace(/[\u2100-\u214f]|[\u{1d400}-\u{1d7ff}]/gu, "").replace(/[\p{Script=Greek}\u00b5]+/gu, (run) => (run.length === 1 ? "" : run)));
}

/** True when a title reads as English: Latin letters and more English function words than others. */
function isEnglishTitle(title: string): boolean {
	return !inOtherLanguage(title) && functionWords(title).english > 0;
}

/**
 * isNonEnglishTitle judged by letters only: control characters, marks or punctuation a title holds
 * (a hostile or mis-encoded record) do not make it another language.
 */
function inOtherLanguage(title: string): boolean {
	if (hasOtherScript(title)) return true;
	const { english, other } = functionWords(title);
	if (other > english) return true;
	return english === 0 && other === 0 && /[^\P{L}A-Za-z]/u.test(title.normalize("NFC")); // "Frühmobilisation"
}

/** The whole title in square brackets: how PubMed (and so OpenAlex) gives a translated title. */
export function isBracketedTranslation(title: string): boolean {
	return /^\s*\[[^\]]+\](?:\s*\.)?\s*$/.test(title);
}

/** What a bracket after a title says when it is no translation: the record is about the work, or is not it. */
const NOT_A_TRANSLATION = /^(?:retract|errat|corrig|correction|review of|book review|comment|reply|response|expression of concern)/i;

/**
 * "Bodenverdichtung in Obstanlagen [Soil compaction in orchards]": a title in another language
 * followed by its translation in square brackets, as APA 7 cites such works and as some journals
 * register them; the title before the bracket, or null for any other title.
 */
export function withoutAppendedTranslation(title: string): string | null {
	const m = /^(.*[^\s[])\s*\[([^\]]+)\](?:\s*\.)?\s*$/.exec(title);
	if (!m || NOT_A_TRANSLATION.test(m[2].trim())) return null;
	// the title before the bracket is in another language, or the bracket reads English and it does not
	return isNonEnglishTitle(m[1]) || (isEnglishTitle(m[2]) && !isEnglishTitle(m[1])) ? m[1] : null;
}

/**
 * "Efecto del fuego en bosques / Effect of fire on forests", "Titre français = English title": a
 * title and its translation joined by a spaced slash or equals sign, as SciELO, bilingual journals
 * and library catalogues (ISBD's parallel title) give both; the two titles, or null for any other
 * title (both parts must be of three words or more and not both English).
 */
export function parallelTitles(title: string): [string, string] | null {
	const parts = title.split(/\s[/=]\s/);
	if (parts.length === 1) return scriptJoinedTitles(title);
	if (parts.length !== 2) return null;
	const [a, b] = [parts[0].trim(), parts[1].trim()];
	if (a.split(/\s+/).length < 3 || b.split(/\s+/).length < 3) return null;
	return (inOtherLanguage(a) || inOtherLanguage(b)) && !(isEnglishTitle(a) && isEnglishTitle(b)) ? [a, b] : null;
}

/** A letter of a script other than Latin. */
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** What stands between two joined titles: spaces and a separator ("/", "=", ":", a dash, "|"). */
const JOIN_CHAR = /[\s/=:|\u2013\u2014-]/;

/** The part without the spaces and separators at its ends (walked by hand: linear on any run). */
function trimJoin(chars: string[]): string {
	let start = 0;
	let end = chars.length;
	while (start < end && JOIN_CHAR.test(chars[start])) start++;
	while (end > start && JOIN_CHAR.test(chars[end - 1])) end--;
	return chars.slice(start, end).join("");
}

/**
 * "黄土丘陵区梯田撂荒与土壤侵蚀 Terrace abandonment and soil erosion…", "Термокарст… Thermokarst…": a
 * title in another script followed by its English translation (or the reverse) with no separator
 * of words between them, as OpenAlex joins the two titles some Chinese, Japanese, Korean and
 * Russian journals register; the two titles, or null. The part in Latin letters must have three
 * words or more and hold no letter of the other script (a Latin acronym inside a Chinese title,
 * "基于GIS的…", stays in it); a Greek letter standing alone is a symbol, not a script.
 */
export function scriptJoinedTitles(title: string): [string, string] | null {
	const chars = [...title];
	// the other-script part first: the Latin part is what follows its last letter
	let lastOther = -1;
	let lastLatin = -1;
	for (let i = 0; i < chars.length; i++) {
		if (OTHER_LETTER.test(chars[i])) lastOther = i;
		else if (LATIN_LETTER.test(chars[i])) lastLatin = i;
	}
	if (lastOther < 0 || lastLatin < 0) return null;
	const split = lastOther < lastLatin ? lastOther + 1 : lastLatin + 1;
	const a = trimJoin(chars.slice(0, split));
	const b = trimJoin(chars.slice(split));
	const [other, latin] = lastOther < lastLatin ? [a, b] : [b, a];
	if (!hasOtherScript(other) || hasOtherScript(latin) || OTHER_LETTER.test(latin.replace(/[\p{Script=Greek}\u00b5]/gu, ""))) return null;
	if (latin.split(/\s+/).filter((w) => LATIN_LETTER.test(w)).length < 3 || [...other].filter((c) => OTHER_LETTER.test(c)).length < 4) return null;
	return lastOther < lastLatin ? [other, latin] : [latin, other];
}

/** The script a title in another script is written in (Han and kana as one), or "latin". */
function scriptOf(title: string): string {
	const stripped = title.replace(/[\u2100-\u214f]|[\u{1d400}-\u{1d7ff}]/gu, "").replace(/[\p{Script=Greek}\u00b5]+/gu, (run) => (run.length === 1 ? "" : run));
	const letter = OTHER_LETTER.exec(stripped)?.[0];
	if (letter === undefined) return "latin";
	for (const [name, re] of SCRIPTS) if (re.test(letter)) return name;
	return "other";
}

const SCRIPTS: Array<[string, RegExp]> = [
	["cjk", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
	["hangul", /\p{Script=Hangul}/u],
	["cyrillic", /\p{Script=Cyrillic}/u],
	["greek", /\p{Script=Greek}/u],
	["arabic", /\p{Script=Arabic}/u],
];

/** Two titles written in one language: both English, or both in the same other script. */
function inOneLanguage(a: string, b: string): boolean {
	if (isEnglishTitle(a) && isEnglishTitle(b)) return true;
	const script = scriptOf(a);
	return script !== "latin" && script === scriptOf(b);
}

/**
 * How the record's title can be the note's in another language: `original` when it is the
 * note's original-language title (`origtitle`, `original-title`); `bracketed` when one side is a
 * translation in square brackets and the other is not English, `appended` when one side adds the
 * translation in brackets after the other side's title, `parallel` when one side gives the title in
 * two languages joined by " / " or " = " (or run together in two scripts) and the other one of them,
 * or one of them with a subtitle on one side only (`near`) (for these three, the first
 * author and the year must agree: the caller checks); null otherwise.
 */
export function translationKind(noteTitle: string, originalTitle: string | undefined, recordTitle: string, same: (a: string, b: string) => boolean, near: (a: string, b: string) => boolean = same): TranslationKind | null {
	if (originalTitle && same(originalTitle, recordTitle)) return "original";
	const noteOriginal = withoutAppendedTranslation(noteTitle);
	const recordOriginal = withoutAppendedTranslation(recordTitle);
	if ((noteOriginal === null) !== (recordOriginal === null) && same(noteOriginal ?? noteTitle, recordOriginal ?? recordTitle)) return "appended";
	// one side gives the title in two languages joined by " / " or " = ", the other one of them
	const noteParallel = parallelTitles(noteTitle);
	const recordParallel = parallelTitles(recordTitle);
	// (one of them with a subtitle the other side leaves out is still it: the caller flags the subtitle)
	if (noteParallel && !recordParallel && noteParallel.some((t) => same(t, recordTitle) || near(t, recordTitle))) return "parallel";
	if (recordParallel && !noteParallel && recordParallel.some((t) => same(noteTitle, t) || near(noteTitle, t))) return "parallel";
	// one side gives both titles and the other's title, in the language of one of them, is not it:
	// another title (a translation of another paper), not the same one in two languages
	if (recordParallel && !noteParallel && recordParallel.some((t) => inOneLanguage(noteTitle, t))) return null;
	if (noteParallel && !recordParallel && noteParallel.some((t) => inOneLanguage(t, recordTitle))) return null;
	if (isBracketedTranslation(recordTitle) && !isBracketedTranslation(noteTitle) && isNonEnglishTitle(noteTitle)) return "bracketed";
	if (isBracketedTranslation(noteTitle) && !isBracketedTranslation(recordTitle) && isNonEnglishTitle(recordTitle)) return "bracketed";
	// a note that names its original-language title says which title the record must have; a title
	// in another script than the other side's is in another language (or spelt in another alphabet)
	// whether or not a function word says so
	const twoScripts = hasOtherScript(noteTitle) !== hasOtherScript(recordTitle);
	if (!originalTitle && (twoScripts || (inOtherLanguage(noteTitle) && isEnglishTitle(recordTitle)) || (isEnglishTitle(noteTitle) && inOtherLanguage(recordTitle)))) return "language";
	return null;
}

export type TranslationKind = "original" | "bracketed" | "appended" | "parallel" | "language";

export const TRANSLATION_NOTES = {
	original: "title: the record has the note's original-language title (origtitle); the note's title is its translation",
	bracketed: "title: one title is an English translation in square brackets (as PubMed gives titles of articles in other languages), the other the original-language title",
	appended: "title: one title adds its translation in square brackets after the original-language title (as APA 7 cites such works), the other is the original alone",
	parallel: "title: one title gives the title in two languages joined by ' / ' or ' = ' (as SciELO, bilingual journals and library catalogues write a parallel title), the other one of them",
	language: "title: the note and the record give the title in two languages (or two scripts), as journals registering a translated title do; compare by hand",
} as const;

export const translatedTitles: Rule = {
	id: "translated-titles",
	name: "Translated titles",
	summary: "A title in another language is the same title when it is the note's original-language title (origtitle, original-title, also in Zotero's Extra; a title search tries it too), or when one side is a translation in square brackets as PubMed writes it and the other is not English, or one side adds the translation in brackets after the other's title (APA 7) or gives the title in two languages joined by \" / \" or \" = \" as SciELO and library catalogues write a parallel title, or a title in another script and its English translation run together as OpenAlex joins them for some Chinese, Japanese, Korean and Russian journals (\"黄土丘陵区梯田撂荒与土壤侵蚀 Terrace abandonment and soil erosion…\"; a title search tries each), while the first author and year agree, accepted with a note, or, with only the note's DOI to go by, when one title is English and the other not, or the two are in two scripts (a Greek letter standing alone in a Latin title, \"PPAR-δ\", or a mathematical letterlike symbol, \"ℓ2\", \"ℝn\", is a symbol, not a script), while the first author (as many authors, when the names too are in two scripts) and the year agree (minor with a note: journals register translated titles), while an English title that differs from a bracketed one, or from the part of a two-language title in its own language (English, or the same script), is still a different title.",
	examples: [
		{
			// a Japanese title with its subtitle after a full-width colon, joined to the English one: the note's is the Japanese whole
			local: { citekey: "noguchi2021", title: "室戸半島の海成段丘：テフラによる年代の再検討", authors: ["野口 彩花"], year: 2021, doi: "10.5555/rules.tt.join4" },
			remote: { title: "室戸半島の海成段丘：テフラによる年代の再検討 Marine terraces of the Muroto Peninsula: their ages revisited by tephra", authors: ["Ayaka Noguchi"], bylines: ["野口 彩花"], year: 2021, venue: "地学雑誌", doi: "10.5555/rules.tt.join4" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// …and a note giving its main title alone: the same paper, the subtitle flagged
			local: { citekey: "noguchi2021b", title: "室戸半島の海成段丘", authors: ["野口 彩花"], year: 2021, doi: "10.5555/rules.tt.join5" },
			remote: { title: "室戸半島の海成段丘：テフラによる年代の再検討 Marine terraces of the Muroto Peninsula: their ages revisited by tephra", authors: ["Ayaka Noguchi"], bylines: ["野口 彩花"], year: 2021, venue: "地学雑誌", doi: "10.5555/rules.tt.join5" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			// OpenAlex joins a Chinese title and its English translation with a space: the note's English title is one of them
			local: { citekey: "liu2020terrace", title: "Terrace Abandonment and Soil Erosion in the Loess Hilly Region", authors: ["Jianguo Liu", "Haoran Qiu"], year: 2020, doi: "10.5555/rules.tt.join1" },
			remote: { title: "黄土丘陵区梯田撂荒与土壤侵蚀 Terrace abandonment and soil erosion in the loess hilly region", authors: ["Jianguo Liu", "Haoran Qiu"], year: 2020, venue: "Acta Geographica Sinica", doi: "10.5555/rules.tt.join1" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// …and the note's Chinese title is the other
			local: { citekey: "liu2020terracezh", title: "黄土丘陵区梯田撂荒与土壤侵蚀", authors: ["刘建国", "邱浩然"], year: 2020, doi: "10.5555/rules.tt.join2" },
			remote: { title: "黄土丘陵区梯田撂荒与土壤侵蚀 Terrace abandonment and soil erosion in the loess hilly region", authors: ["刘建国", "邱浩然"], year: 2020, venue: "地理学报", doi: "10.5555/rules.tt.join2" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// an English title that is not the record's English one is another paper's, not a translation
			local: { citekey: "liu2020dams", title: "Check Dam Siltation and Sediment Connectivity in the Wuding River Basin", authors: ["Jianguo Liu", "Haoran Qiu"], year: 2020, doi: "10.5555/rules.tt.join3" },
			remote: { title: "黄土丘陵区梯田撂荒与土壤侵蚀 Terrace abandonment and soil erosion in the loess hilly region", authors: ["Jianguo Liu", "Haoran Qiu"], year: 2020, venue: "Acta Geographica Sinica", doi: "10.5555/rules.tt.join3" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// …so is one beside a SciELO parallel title
			local: { citekey: "aravena2022", title: "Pasture burning and nesting birds of the Paraná grasslands", authors: ["Camila Aravena", "Tiago Moura"], year: 2022, doi: "10.5555/rules.tt.par4" },
			remote: { title: "Uso do fogo e perda de solo nos campos do Paraná / Fire use and soil loss in Paraná grasslands", authors: ["Camila Aravena", "Tiago Moura"], year: 2022, venue: "Ciência Florestal", doi: "10.5555/rules.tt.par4" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// "ℓ" is a symbol of mathematics, not another script: ℓ1 for ℓ2 is another title
			local: { citekey: "MR3901236", title: "Renormings of {$\\ell_1$}-sums of {B}anach Lattices", author: "Wrona, Tomasz", year: 2020, doi: "10.5555/rules.tt.ell" },
			remote: { title: "Renormings of ℓ<sub>2</sub>-sums of Banach lattices", authors: ["Tomasz Wrona"], year: 2020, venue: "Transactions of the American Mathematical Society", doi: "10.5555/rules.tt.ell" },
			verdict: "major",
			note: "title:",
		},
		{
			// a Greek letter is a symbol in a Latin title: the note names another receptor than the record
			local: { citekey: "abt2018ppar", title: "PPAR-g Agonists and Brown Fat in Harbour Porpoises", authors: ["Lorenz Abt"], year: 2018, journal: "Marine Physiology", doi: "10.5555/rules.tt.g1" },
			remote: { title: "PPAR-δ agonists and brown fat in harbour porpoises", authors: ["Lorenz Abt"], year: 2018, venue: "Marine Physiology", doi: "10.5555/rules.tt.g1" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "lindau2019", title: "Torfmoose und Wiedervernässung in Hochmooren", authors: ["Wendelin Lindau"], year: 2019, doi: "10.5555/rules.tt.lang1" },
			remote: { title: "Peat mosses and rewetting in raised bogs", authors: ["Wendelin Lindau"], year: 2019, venue: "Moor Letters", doi: "10.5555/rules.tt.lang1" },
			verdict: "minor",
			note: "title: the note and the record give the title in two languages",
		},
		{
			local: { citekey: "qiu2017", title: "黄土丘陵区梯田的水文效应", authors: ["Haoran Qiu"], year: 2017, doi: "10.5555/rules.tt.lang2" },
			remote: { title: "Hydrological effects of terraces in the loess hills", authors: ["Haoran Qiu"], year: 2017, venue: "Loess Letters", doi: "10.5555/rules.tt.lang2" },
			verdict: "minor",
			note: "title: the note and the record give the title in two languages",
		},
		{
			// a Cyrillic record behind the note's DOI, the English title without a function word to tell its language
			local: { citekey: "vorontsov2016", title: "Thermokarst Lakes in Central Yakutia", authors: ["Gleb Vorontsov", "Yulia Belova"], year: 2016, doi: "10.5555/rules.tt.lang4" },
			remote: { title: "Термокарстовые озёра Центральной Якутии", authors: ["Глеб Воронцов", "Юлия Белова"], year: 2016, venue: "Криосфера Земли", doi: "10.5555/rules.tt.lang4" },
			verdict: "minor",
			note: "title: the note and the record give the title in two languages",
		},
		{
			// a Chinese record behind the note's DOI, the names in Chinese too: compared by their number and the year
			local: { citekey: "qiu2019", title: "Check Dams and Sediment Yield on the Loess Plateau", authors: ["Haoran Qiu", "Lin Shu"], year: 2019, doi: "10.5555/rules.tt.lang6" },
			remote: { title: "黄土高原淤地坝与产沙量", authors: ["邱浩然", "舒琳"], year: 2019, venue: "地理学报", doi: "10.5555/rules.tt.lang6" },
			verdict: "minor",
			note: "title: the note and the record give the title in two languages",
		},
		{
			// …another year, or another number of people, is another paper's DOI
			local: { citekey: "vorontsov2019", title: "Thermokarst Lakes of the Yana Delta", authors: ["Gleb Vorontsov"], year: 2019, doi: "10.5555/rules.tt.lang5" },
			remote: { title: "Паводки на реке Яне", authors: ["Иван Петров", "Олег Смирнов"], year: 2012, venue: "Криосфера Земли", doi: "10.5555/rules.tt.lang5" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			local: { citekey: "lindau2020", title: "Torfmoose und Wiedervernässung in Niedermooren", authors: ["Wendelin Lindau"], year: 2020, doi: "10.5555/rules.tt.lang3" },
			remote: { title: "Peat mosses and rewetting in fens", authors: ["Wendelin Lindau"], year: 2016, venue: "Moor Letters", doi: "10.5555/rules.tt.lang3" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			local: { citekey: "lindau2021", title: "Torfmoose und Wiedervernässung in Deckenmooren", authors: ["Wendelin Lindau"], year: 2021, doi: "10.5555/rules.tt.lang4" },
			remote: { title: "Peat mosses and rewetting in blanket bogs", authors: ["Odile Ferrand"], year: 2021, venue: "Moor Letters", doi: "10.5555/rules.tt.lang4" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			local: { citekey: "lindau1998", entry_type: "book", title: "The Court Society of the Palatinate", origtitle: "Die höfische Gesellschaft der Pfalz", authors: ["Wendelin Lindau"], year: 1998, doi: "10.5555/rules.tt.1" },
			remote: { title: "Die höfische Gesellschaft der Pfalz", authors: ["Wendelin Lindau"], year: 1998, type: "book", doi: "10.5555/rules.tt.1" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.original,
		},
		{
			local: { citekey: "brunner2017", title: "Frühmobilisation nach Hüftfraktur bei älteren Patienten", authors: ["Anja Brunner", "Lukas Hofer"], year: 2017, journal: "Der Unfallchirurg", doi: "10.5555/rules.tt.2" },
			remote: { title: "[Early mobilization after hip fracture in older patients].", authors: ["Anja Brunner", "Lukas Hofer"], year: 2017, venue: "Der Unfallchirurg", doi: "10.5555/rules.tt.2" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.bracketed,
		},
		{
			local: { citekey: "moreau2019", title: "[Management of Acute Otitis Media in Children under Two Years]", authors: ["Camille Moreau", "Julien Faure"], year: 2019, journal: "Archives de Pédiatrie", doi: "10.5555/rules.tt.3" },
			remote: { title: "Prise en charge de l'otite moyenne aiguë chez l'enfant de moins de deux ans", authors: ["Camille Moreau", "Julien Faure"], year: 2019, venue: "Archives de Pédiatrie", doi: "10.5555/rules.tt.3" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.bracketed,
		},
		{
			local: { citekey: "brunner2018", title: "Delirium Prevention in Orthogeriatric Wards", authors: ["Anja Brunner", "Lukas Hofer"], year: 2017, journal: "Der Unfallchirurg", doi: "10.5555/rules.tt.4" },
			remote: { title: "[Early mobilization after hip fracture in older patients].", authors: ["Anja Brunner", "Lukas Hofer"], year: 2017, venue: "Der Unfallchirurg", doi: "10.5555/rules.tt.4" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "brunner2019", title: "Frühmobilisation nach Hüftfraktur bei älteren Patienten", authors: ["Hedda Brandt", "Lukas Hofer"], year: 2017, journal: "Der Unfallchirurg", doi: "10.5555/rules.tt.5" },
			remote: { title: "[Early mobilization after hip fracture in older patients].", authors: ["Anja Brunner", "Lukas Hofer"], year: 2017, venue: "Der Unfallchirurg", doi: "10.5555/rules.tt.5" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// APA 7 cites a work in another language by its title and a translation in brackets
			local: { citekey: "brunner2020", title: "Sturzprävention in Pflegeheimen [Fall prevention in nursing homes]", authors: ["Anja Brunner"], year: 2020, doi: "10.5555/rules.tt.6" },
			remote: { title: "Sturzprävention in Pflegeheimen", authors: ["Anja Brunner"], year: 2020, venue: "Zeitschrift für Gerontologie und Geriatrie", doi: "10.5555/rules.tt.6" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.appended,
		},
		{
			// a journal registering both titles, found by the note's original title alone
			local: { citekey: "faure2018", title: "Sommeil et rythmes scolaires chez l'adolescent", authors: ["Julien Faure"], year: 2018, journal: "Archives de Pédiatrie" },
			remote: { candidates: [{ title: "Sommeil et rythmes scolaires chez l'adolescent [Sleep and school schedules in adolescents]", authors: ["Julien Faure"], year: 2018, venue: "Archives de Pédiatrie" }] },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.appended,
		},
		{
			local: { citekey: "brunner2021", title: "Sturzprävention in Krankenhäusern [Fall prevention in hospitals]", authors: ["Hedda Brandt"], year: 2021, doi: "10.5555/rules.tt.8" },
			remote: { title: "Sturzprävention in Krankenhäusern", authors: ["Anja Brunner"], year: 2021, venue: "Zeitschrift für Gerontologie und Geriatrie", doi: "10.5555/rules.tt.8" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// SciELO gives a title in both languages joined by " / "; the record holds the English one
			local: { citekey: "aravena2020", title: "Regeneración post-incendio de Araucaria araucana / Post-fire regeneration of Araucaria araucana", authors: ["Camila Aravena", "Raúl Núñez Peña"], year: 2020, doi: "10.5555/rules.tt.par1" },
			remote: { title: "Post-fire regeneration of Araucaria araucana", authors: ["Camila Aravena", "Raúl Núñez‐Peña"], year: 2020, venue: "Bosque (Valdivia)", doi: "10.5555/rules.tt.par1" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// …found without a DOI by searching each of the two titles
			local: { citekey: "aravena2021", title: "Dispersión de semillas de Nothofagus pumilio tras incendios / Seed dispersal of Nothofagus pumilio after fires", authors: ["Camila Aravena"], year: 2021, journal: "Bosque" },
			remote: { candidates: [{ title: "Seed dispersal of Nothofagus pumilio after fires", authors: ["Camila Aravena"], year: 2021, venue: "Bosque (Valdivia)" }] },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// a library catalogue's parallel title after " = " on the record's side
			local: { citekey: "faure2016", title: "Le sommeil des adolescents et les rythmes scolaires", authors: ["Julien Faure"], year: 2016, doi: "10.5555/rules.tt.par3" },
			remote: { title: "Le sommeil des adolescents et les rythmes scolaires = Adolescent sleep and school schedules", authors: ["Julien Faure"], year: 2016, venue: "Archives de Pédiatrie", doi: "10.5555/rules.tt.par3" },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.parallel,
		},
		{
			// Zotero keeps CSL's original-title and original-date in Extra; the title search tries both titles
			local: { citekey: "vogler1931", title: "The Spirit of the Counting House", authors: ["Konrad Vogler"], year: 1931, extra: "original-date: 1906\nOriginal Title: Der Geist des Kontors" },
			remote: { candidates: [{ title: "Der Geist des Kontors", authors: ["Konrad Vogler"], year: 1906, type: "book" }] },
			verdict: "confirmed",
			note: TRANSLATION_NOTES.original,
		},
	],
};
