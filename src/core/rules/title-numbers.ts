// Rule "Numbers as words or digits": "Two decades of…" and "2 decades of…", "Three-dimensional"
// and "3-dimensional", "Second"/"2nd", "Type II"/"Type 2" are one title written by two style
// guides (most spell out numbers under ten, records keep what the publisher printed). Titles are
// compared with their numbers in digits; a different number stays a different title.
import type { Rule } from "./types";

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const CARDINAL = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== "")]);
const ORDINAL = new Map<string, number>([...UNIT_ORDINALS.map((w, i) => [w, i] as const), ...TENS_ORDINALS.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== "")]);

const TENS_WORD = TENS.filter((w) => w !== "").join("|");
const UNIT_WORD = UNITS.slice(1, 10).join("|");
const UNIT_ORDINAL_WORD = UNIT_ORDINALS.slice(1, 10).join("|");
const ANY_WORD = [...CARDINAL.keys(), ...ORDINAL.keys()].sort((a, b) => b.length - a.length).join("|");

/** "twenty-one", "forty second", "seven", "third": a number word, compounds of tens and units included. */
const NUMBER_WORDS = new RegExp(`\\b(?:(${TENS_WORD})[-\\s](?:(${UNIT_WORD})|(${UNIT_ORDINAL_WORD}))|(${ANY_WORD}))\\b`, "gi");

/**
 * A Roman numeral from 2 to 39 ("II", "xiv"): of letters i, v and x, no English word is one; "xi"
 * only in capitals (in lower case it is the Greek letter's name, "$\\Xi$" as records spell it).
 */
const ROMAN = /\b(?=[ivx]{2,}\b)(?!xi\b)x{0,3}(?:ix|iv|v?i{0,3})\b/gi;
const ROMAN_ELEVEN = /\bXI\b/g;
/** Words a single "I", "V" or "X" stands after as a number ("Part I", "Type I", "Phase I"). */
const ROMAN_AFTER = /\b(part|phase|type|stage|grade|class|level|volume|vol\.?|book|chapter|series|section|study|experiment|trial|war|act|no\.?)\s+([ivx])\b/gi;

/** A word that may be a number written out ("two", "Second", "twenty"), for the search's variable words. */
export function isNumberWord(word: string): boolean {
	const w = word.toLowerCase();
	return CARDINAL.has(w) || ORDINAL.has(w);
}

function ordinal(n: number): string {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
	return `${n}${suffix}`;
}

function romanValue(s: string): number {
	const values: Record<string, number> = { i: 1, v: 5, x: 10 };
	const t = s.toLowerCase();
	let n = 0;
	for (let i = 0; i < t.length; i++) {
		const v = values[t[i]];
		const next = values[t[i + 1]] ?? 0;
		n += v < next ? -v : v;
	}
	return n;
}

/** Quick test before the replacements: most titles hold no number word and no Roman numeral. */
const MAY_HOLD_NUMBER = new RegExp(`\\b(?:${ANY_WORD}|[ivx]+)\\b`, "i");

/**
 * The title with its numbers in digits: cardinal words as numbers ("Two" → "2", "twenty-one" →
 * "21"), ordinal words as "2nd", "21st", Roman numerals from II up ("Type II" → "Type 2") and a
 * single I, V or X after a word that numbers ("Part I", "Phase I"). Punctuation is kept, so the
 * other title relations (subtitles, editions, versions) read the result as they read a title.
 */
export function numbersAsDigits(title: string): string {
	if (!MAY_HOLD_NUMBER.test(title)) return title;
	return title
		.replace(NUMBER_WORDS, (m, tens?: string, unit?: string, unitOrdinal?: string, single?: string) => {
			if (tens) {
				const t = CARDINAL.get(tens.toLowerCase()) ?? 0;
				return unit ? String(t + (CARDINAL.get(unit.toLowerCase()) ?? 0)) : ordinal(t + (ORDINAL.get((unitOrdinal ?? "").toLowerCase()) ?? 0));
			}
			const w = (single ?? m).toLowerCase();
			return CARDINAL.has(w) ? String(CARDINAL.get(w)) : ORDINAL.has(w) ? ordinal(ORDINAL.get(w) ?? 0) : m;
		})
		.replace(ROMAN_AFTER, (_m, word: string, numeral: string) => `${word} ${romanValue(numeral)}`)
		.replace(ROMAN, (m: string) => (m.length >= 2 ? String(romanValue(m)) : m))
		.replace(ROMAN_ELEVEN, "11");
}

export const titleNumbers: Rule = {
	id: "title-numbers",
	name: "Numbers as words or digits",
	summary: "A number written as a word on one side and in digits on the other (\"Two decades\"/\"2 decades\", \"Three-dimensional\"/\"3-dimensional\", \"Second\"/\"2nd\", \"Type II\"/\"Type 2\", \"Phase I\"/\"Phase 1\") is the same title, found although OpenAlex's search needs every word, while a different number is another title.",
	examples: [
		{
			// found by the title's other words (OpenAlex's search requires every word, "Two" among them)
			local: { citekey: "brandvold2019", title: "Two Decades of Harbour Dredging in the Skagerrak", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2019 },
			remote: { candidates: [{ title: "2 decades of harbour dredging in the Skagerrak", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2019, venue: "Coastal Works" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "mbeki2021", title: "Three-Dimensional Imaging of Cassava Root Architecture", authors: ["Thandiwe Mbeki"], year: 2021, doi: "10.5555/rules.tn.2" },
			remote: { title: "3-dimensional imaging of cassava root architecture", authors: ["Thandiwe Mbeki"], year: 2021, venue: "Plant Methods", doi: "10.5555/rules.tn.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "aalto2016", title: "The Second Survey of Lichen Cover on Alpine Boulders", authors: ["Veikko Aalto"], year: 2016 },
			remote: { candidates: [{ title: "The 2nd survey of lichen cover on alpine boulders", authors: ["Veikko Aalto"], year: 2016, venue: "Lichenologist" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "oyelaran2020", title: "Type II Diabetes and Sleep Duration in Night-Shift Nurses", authors: ["Funmi Oyelaran", "Henrik Dahl"], year: 2020, journal: "Sleep Health" },
			remote: { candidates: [{ title: "Type 2 diabetes and sleep duration in night-shift nurses", authors: ["Funmi Oyelaran", "Henrik Dahl"], year: 2020, venue: "Sleep Health" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "dahl2018", title: "A Phase 1 Trial of Inhaled Surfactant in Preterm Lambs", authors: ["Henrik Dahl"], year: 2018, doi: "10.5555/rules.tn.5" },
			remote: { title: "A phase I trial of inhaled surfactant in preterm lambs", authors: ["Henrik Dahl"], year: 2018, venue: "Pediatric Research", doi: "10.5555/rules.tn.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "quintana2022", title: "Fifty Years of Rural Credit Cooperatives", authors: ["Marta Quintana"], year: 2022 },
			remote: { candidates: [{ title: "50 years of rural credit cooperatives", authors: ["Marta Quintana"], year: 2022, venue: "Journal of Agrarian Change" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// the note in digits, the record in words: found by the words every source writes alike
			local: { citekey: "quintana2023", title: "3 Centuries of Herring Fisheries in the Baltic", authors: ["Marta Quintana", "Lars Vik"], year: 2023 },
			remote: { candidates: [{ title: "Three centuries of herring fisheries in the Baltic", authors: ["Marta Quintana", "Lars Vik"], year: 2023, venue: "Fish and Fisheries" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// another number is another title, whichever way each side writes it
			local: { citekey: "brandvold2020", title: "Two Decades of Beach Nourishment on Jutland", authors: ["Ilse Brandvold"], year: 2020, doi: "10.5555/rules.tn.7" },
			remote: { title: "3 decades of beach nourishment on Jutland", authors: ["Ilse Brandvold"], year: 2020, venue: "Coastal Works", doi: "10.5555/rules.tn.7" },
			verdict: "major",
			note: "title: different title",
		},
		{
			local: { citekey: "aalto2019", title: "The Third Survey of Lichen Cover on Coastal Cliffs", authors: ["Veikko Aalto"], year: 2019 },
			remote: { candidates: [{ title: "The 2nd survey of lichen cover on coastal cliffs", authors: ["Veikko Aalto"], year: 2019, venue: "Lichenologist" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			local: { citekey: "dahl2019", title: "Type I Interferon Response in Preterm Lambs", authors: ["Henrik Dahl"], year: 2019, doi: "10.5555/rules.tn.9" },
			remote: { title: "Type 2 interferon response in preterm lambs", authors: ["Henrik Dahl"], year: 2019, venue: "Pediatric Research", doi: "10.5555/rules.tn.9" },
			verdict: "major",
			note: "title: different title",
		},
	],
};
