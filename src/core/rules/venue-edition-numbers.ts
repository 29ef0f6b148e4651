// A proceedings' edition and a series' volume are numbers a venue name keeps ("Proceedings of the
// 38th International Conference on Machine Learning", "Advances in Neural Information Processing
// Systems 34"), and venue names are compared without them (a note may leave them out). Two names
// that both give one, of the same kind, and give different ones name another edition: how an
// invented citation moves a paper to a meeting it was not at. One side without a number, or numbers
// of two kinds (NeurIPS 2021 is volume 34 and the 35th conference), says nothing, and so does one
// meeting's edition in a joint proceedings' name ("… 59th Annual Meeting … and the 11th …").
import type { Rule } from "./types";

/** The ordinals of a name ("38th", "11th"): the editions of the meetings it names. */
const ORDINAL = /\b(\d{1,3})(?:st|nd|rd|th)\b/gi;
/** A number of one to three digits ending the name ("… Systems 34"): the series' volume. */
const TRAILING_VOLUME = /\s(\d{1,3})$/;

/** The editions (ordinals; two for two meetings held together) and the trailing volume a venue name gives. */
export function editionNumbers(name: string): { ordinals: number[]; volume: number | null } {
	const t = name.length > 400 ? "" : name.trim();
	const ordinals = [...t.matchAll(ORDINAL)].map((m) => Number(m[1]));
	const v = TRAILING_VOLUME.exec(t);
	return { ordinals, volume: v ? Number(v[1]) : null };
}

const UNIT_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEEN_ORDINALS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** "thirty-ninth" → 39, "eleventh" → 11; null for a word that is no ordinal under a hundred. */
function ordinalWord(word: string): number | null {
	const w = word.toLowerCase();
	const parts = w.split(/[- ]/);
	if (parts.length === 1) {
		for (const [list, base] of [[UNIT_ORDINALS, 0], [TEEN_ORDINALS, 10]] as const) {
			const i = list.indexOf(w);
			if (i > 0 || (i === 0 && base === 10)) return base + i;
		}
		const t = TENS_ORDINALS.indexOf(w);
		return t > 1 ? t * 10 : null;
	}
	const tens = TENS.indexOf(parts[0]);
	const unit = UNIT_ORDINALS.indexOf(parts[1]);
	return parts.length === 2 && tens > 1 && unit > 0 ? tens * 10 + unit : null;
}

/** An edition written in words before a meeting's name ("the Thirty-Ninth International Conference"). */
const EDITION_IN_WORDS = /\bthe\s+([a-z]+(?:[- ][a-z]+)?)(?=\s+(?:annual|international|conference|joint|acm|ieee|aaai|workshop|symposium|meeting)\b)/gi;

/** A venue name with an edition written in words given in digits, as records write it ("the 39th International …"). */
export function editionsInDigits(name: string): string {
	if (name.length > 400) return name;
	return name.replace(EDITION_IN_WORDS, (m: string, words: string) => {
		const n = ordinalWord(words);
		if (n === null) return m;
		const suffix = n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";
		return `${m.slice(0, m.length - words.length)}${n}${suffix}`;
	});
}

/** True when both names give editions with none in common, or both a volume, and those differ. */
export function editionsDiffer(a: string, b: string): boolean {
	const x = editionNumbers(a);
	const y = editionNumbers(b);
	const ordinalsDiffer = x.ordinals.length > 0 && y.ordinals.length > 0 && !x.ordinals.some((o) => y.ordinals.includes(o));
	return ordinalsDiffer || (x.volume !== null && y.volume !== null && x.volume !== y.volume);
}

export const venueEditionNumbers: Rule = {
	id: "venue-edition-numbers",
	name: "Another edition of the venue",
	summary: "A note and a record that both number the venue's edition or volume (\"Proceedings of the 39th International Conference on Machine Learning\", \"Advances in Neural Information Processing Systems 36\") and number it differently name another edition, a venue mismatch (minor), an edition written in words (\"the Thirty-Ninth International Conference\") being its number; a number on one side only, an edition against a volume, or one of a joint proceedings' two editions is no mismatch.",
	examples: [
		{
			local: { citekey: "idowu2021volume", title: "Curriculum Noise for Speech Denoisers", authors: ["Zainab Idowu"], year: 2021, booktitle: "Advances in Neural Information Processing Systems 36", doi: "10.5555/rules.en.1" },
			remote: { title: "Curriculum noise for speech denoisers", authors: ["Zainab Idowu"], year: 2021, venue: "Advances in Neural Information Processing Systems 34", doi: "10.5555/rules.en.1" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "haddadi2022icml", title: "Sparse Codes for Radio Fingerprints", authors: ["Omar Haddadi"], year: 2022, booktitle: "Proceedings of the 40th International Conference on Machine Learning" },
			remote: { candidates: [{ title: "Sparse codes for radio fingerprints", authors: ["Omar Haddadi"], year: 2022, venue: "Proceedings of the 39th International Conference on Machine Learning" }] },
			verdict: "minor",
			note: "venue:",
		},
		{
			// an edition written in words is the record's in digits
			local: { citekey: "idowu2022words", title: "Beam Search Budgets for Radio Transcripts", authors: ["Zainab Idowu"], year: 2022, booktitle: "Proceedings of the Thirty-Ninth International Conference on Machine Learning", doi: "10.5555/rules.en.3" },
			remote: { title: "Beam search budgets for radio transcripts", authors: ["Zainab Idowu"], year: 2022, venue: "Proceedings of the 39th International Conference on Machine Learning", doi: "10.5555/rules.en.3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2022words", title: "Sparse Codes for Harbour Radar", authors: ["Omar Haddadi"], year: 2022, booktitle: "Proceedings of the Thirty-Eighth International Conference on Machine Learning", doi: "10.5555/rules.en.4" },
			remote: { title: "Sparse codes for harbour radar", authors: ["Omar Haddadi"], year: 2022, venue: "Proceedings of the 39th International Conference on Machine Learning", doi: "10.5555/rules.en.4" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
