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
	summary: "A note and a record that both number the venue's edition or volume (\"Proceedings of the 39th International Conference on Machine Learning\", \"Advances in Neural Information Processing Systems 36\") and number it differently name another edition, a venue mismatch (minor); a number on one side only, an edition against a volume, or one of a joint proceedings' two editions is no mismatch.",
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
	],
};
