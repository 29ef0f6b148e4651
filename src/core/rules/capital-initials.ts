import type { Rule } from "./types";

// one to three capitals, but not a generational suffix ("Hal Daumé III", "John Smith II")
const CAPITAL_INITIALS = /^(?!(?:II|III|IV)$)[A-Z]{1,3}$/;
/** Generational suffixes as PubMed writes them after the initials, and as the name is read. */
const VANCOUVER_SUFFIX = new Map(Object.entries({ jr: "Jr", sr: "Sr", "2nd": "II", "3rd": "III", "4th": "IV", ii: "II", iii: "III", iv: "IV" }));
/** "B Doe", "B. Doe": already given-first with an initial, as PubMed lists a one-initial person after "JA Smith". */
const INITIAL_FIRST = /^[A-Z]\.?\s+\S/;

/**
 * "Smith JA" → "J. A. Smith", "JA Smith" → "J. A. Smith": a name of mixed-case words with one
 * word of one to three capitals, first or last, read as that person's initials (PubMed writes
 * "Family INITIALS"); null when the name has no such word. "Fang LIU" and "LIU Fang" are also
 * capitals, for a family name: see readInitialsStyle.
 */
export function initialsReading(name: string): string | null {
	if (name.includes(",") || !/[a-z]/.test(name)) return null;
	const all = name.trim().split(/\s+/);
	if (all.length < 2) return null;
	// PubMed writes a generational suffix after the initials ("Sanders GD 3rd", "Smith JA Jr"): read
	// as the name's own suffix ("G. D. Sanders III"), never as its initials or family name; each
	// from the end while three words or more remain (found in one pass: a name of thousands of
	// suffixes was read again after each)
	let end = all.length;
	const suffixes: string[] = [];
	for (let s = VANCOUVER_SUFFIX.get(all[end - 1].replace(/\.$/, "").toLowerCase()); end >= 3 && s !== undefined; s = VANCOUVER_SUFFIX.get(all[end - 1].replace(/\.$/, "").toLowerCase())) {
		suffixes.unshift(s);
		end--;
	}
	const words = all.slice(0, end);
	if (suffixes.length > 0 && !/[a-z]/.test(words.join(" "))) return null;
	const read = initialsOf(words);
	return read === null || suffixes.length === 0 ? read : `${read} ${suffixes.join(" ")}`;
}

/** initialsReading without generational suffixes: `words` of one name, two or more. */
function initialsOf(words: string[]): string | null {
	const spell = (w: string) => w.split("").map((c) => `${c}.`).join(" ");
	// the full stop that closes a Vancouver list ("Bakker J, de Vries L.") belongs to the list, not to the initials
	const last = words[words.length - 1].replace(/^([A-Z]{1,3})\.$/, "$1");
	if (CAPITAL_INITIALS.test(last) && !CAPITAL_INITIALS.test(words[0])) return `${spell(last)} ${words.slice(0, -1).join(" ")}`;
	if (CAPITAL_INITIALS.test(words[0]) && words[0].length > 1 && !CAPITAL_INITIALS.test(last)) return `${spell(words[0])} ${words.slice(1).join(" ")}`;
	return null;
}

/**
 * The people of a list written in PubMed/Vancouver style, read with their initials ("Okafor CN,
 * Varga H" → "C. N. Okafor", "H. Varga"); null when one of them is not written so. Decided for the
 * whole list, never per name: "Wei LI" among other names is a given name and a family name in
 * capitals, and read as initials it would match "Liang Wei", another person.
 */
export function readInitialsStyle(people: string[]): string[] | null {
	const read: string[] = [];
	// one name not so written decides (most lists: the first): the rest need not be read
	for (const p of people) {
		const r = initialsReading(p) ?? (INITIAL_FIRST.test(p) ? p : null);
		if (r === null) return null;
		read.push(r);
	}
	return read.some((r, i) => r !== people[i]) ? read : null;
}

export const capitalInitials: Rule = {
	id: "capital-initials",
	name: "Initials in capitals",
	summary: "An author list written with initials run together in capitals after or before each family name (PubMed and Vancouver style: \"Okafor CN, Varga H\", \"CN Okafor\", the list's closing full stop no part of the last initials, a generational suffix after the initials such as \"Sanders GD 3rd\" the name's own, a group after a semicolon such as \"Okafor CN, Varga H; the X Study Group\" beside the people) is read with those initials, decided for the whole list (a single \"Given FAMILY\" in capitals beside names written out is a family name), while another family name or other initials stay a difference.",
	examples: [
		{
			// PubMed's generational suffix after the initials
			local: { title: "Warfarin reversal before urgent hip surgery", authors: "Pruitt DL 3rd, Varga H", journal: "Anesth Analg", year: 2017, doi: "10.5555/rules.ci.s1" },
			remote: { title: "Warfarin reversal before urgent hip surgery", authors: ["Dale L. Pruitt", "Hugo Varga"], year: 2017, venue: "Anesthesia & Analgesia", doi: "10.5555/rules.ci.s1" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { title: "Warfarin bridging before elective knee surgery", authors: "Pruitt DL Jr, Varga H", journal: "Anesth Analg", year: 2018, doi: "10.5555/rules.ci.s2" },
			remote: { title: "Warfarin bridging before elective knee surgery", authors: ["Dale L. Prewitt", "Hugo Varga"], year: 2018, venue: "Anesthesia & Analgesia", doi: "10.5555/rules.ci.s2" },
			verdict: "major",
			note: "different first author",
		},
		{
			// the people, then the group PubMed names after a semicolon
			local: { title: "Iron supplementation in infants of anaemic mothers", authors: "Varga H, Okafor CN, Lindqvist T, et al; NEST Study Group.", journal: "Pediatrics", year: 2020 },
			remote: { candidates: [{ title: "Iron supplementation in infants of anaemic mothers", authors: ["Hugo Varga", "Chidi N. Okafor", "Tove Lindqvist", "Ruth Mensah"], year: 2020, venue: "Pediatrics" }] },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { title: "Iron supplementation in infants of anaemic fathers", authors: "Lindqvist T, Varga H; NEST Study Group.", journal: "Pediatrics", year: 2021, doi: "10.5555/rules.ci.s4" },
			remote: { title: "Iron supplementation in infants of anaemic fathers", authors: ["Ruth Mensah", "Hugo Varga"], year: 2021, venue: "Pediatrics", doi: "10.5555/rules.ci.s4" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "okafor2018reef", title: "Coral Bleaching Thresholds on Turbid Reefs", authors: ["Okafor CN", "Varga H", "Lindqvist T"], year: 2018, doi: "10.5555/rules.ci.1" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi N. Okafor", "Hugo Varga", "Tove Lindqvist"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.1" },
			verdict: "confirmed",
			note: "'C. N. Okafor' vs 'Chidi N. Okafor' differ only by initials",
		},
		{
			local: { citekey: "okafor2018turbid", title: "Turbidity and Coral Recovery after Dredging", author: "Okafor CN, Varga H", year: 2018 },
			remote: { candidates: [{ title: "Turbidity and coral recovery after dredging", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology" }] },
			verdict: "confirmed",
			note: "'C. N. Okafor' vs 'Chidi Okafor' differ only by a middle name or initial",
		},
		{
			local: { citekey: "okafor2018dredge", title: "Coral Bleaching Thresholds on Turbid Reefs", authors: ["CN Okafor", "H Varga"], year: 2018, doi: "10.5555/rules.ci.3" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.3" },
			verdict: "confirmed",
			note: "'C. N. Okafor' vs 'Chidi Okafor' differ only by a middle name or initial",
		},
		{
			local: { citekey: "okafor2018wrong", title: "Coral Bleaching Thresholds on Turbid Reefs", author: "Lindqvist TA, Varga H", year: 2018, doi: "10.5555/rules.ci.4" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.4" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "okafor2018initial", title: "Coral Bleaching Thresholds on Turbid Reefs", author: "Okafor K, Varga H", year: 2018, doi: "10.5555/rules.ci.5" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.5" },
			verdict: "minor",
			note: "'K. Okafor' vs 'Chidi Okafor' have the same family name but different given names",
		},
		{
			local: { citekey: "obi2018reef", title: "Coral Bleaching Thresholds on Turbid Reefs", authors: ["Chidi OBI", "Hugo Varga"], year: 2018, doi: "10.5555/rules.ci.6" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Oksana Chidi", "Hugo Varga"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.6" },
			verdict: "major",
			note: "different first author",
		},
		{
			// Europe PMC's authorString and Vancouver lists close with a full stop, and keep particles in front
			local: { title: "Stewardship Rounds in Rural Hospitals", authorString: "Okafor CN, van der Berg H, de Wit T.", pubYear: "2020", doi: "10.5555/rules.ci.7" },
			remote: { title: "Stewardship rounds in rural hospitals", authors: ["Chidi N. Okafor", "Hanna van der Berg", "Tessa de Wit"], year: 2020, venue: "Reef Ecology", doi: "10.5555/rules.ci.7" },
			verdict: "confirmed",
			note: "'T. de Wit' vs 'Tessa de Wit' differ only by initials",
		},
	],
};
