import type { Rule } from "./types";

const CAPITAL_INITIALS = /^[A-Z]{1,3}$/;

/**
 * "Smith JA" → "J. A. Smith", "JA Smith" → "J. A. Smith": a name of mixed-case words with one
 * word of one to three capitals, first or last, read as that person's initials (PubMed writes
 * "Family INITIALS"); null when the name has no such word. Only a second reading: "Fang LIU"
 * and "LIU Fang" are also capitals for a family name, which the first reading handles.
 */
export function initialsReading(name: string): string | null {
	if (name.includes(",") || !/[a-z]/.test(name)) return null;
	const words = name.trim().split(/\s+/);
	if (words.length < 2) return null;
	const spell = (w: string) => w.split("").map((c) => `${c}.`).join(" ");
	const last = words[words.length - 1];
	if (CAPITAL_INITIALS.test(last) && !CAPITAL_INITIALS.test(words[0])) return `${spell(last)} ${words.slice(0, -1).join(" ")}`;
	if (CAPITAL_INITIALS.test(words[0]) && words[0].length > 1 && !CAPITAL_INITIALS.test(last)) return `${spell(words[0])} ${words.slice(1).join(" ")}`;
	return null;
}

export const capitalInitials: Rule = {
	id: "capital-initials",
	name: "Initials in capitals",
	summary: "A name written with its initials run together in capitals after or before the family name (PubMed and Vancouver style: \"Okafor CN\", \"CN Okafor\") is the record's person with those initials, accepted with a note, while another family name or other initials stay a difference.",
	examples: [
		{
			local: { citekey: "okafor2018reef", title: "Coral Bleaching Thresholds on Turbid Reefs", authors: ["Okafor CN", "Varga H", "Lindqvist T"], year: 2018, doi: "10.5555/rules.ci.1" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi N. Okafor", "Hugo Varga", "Tove Lindqvist"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.1" },
			verdict: "confirmed",
			note: "'Okafor CN' vs 'Chidi N. Okafor' are the same name in family-first order",
		},
		{
			local: { citekey: "okafor2018turbid", title: "Turbidity and Coral Recovery after Dredging", author: "Okafor CN, Varga H", year: 2018 },
			remote: { candidates: [{ title: "Turbidity and coral recovery after dredging", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology" }] },
			verdict: "confirmed",
			note: "'Okafor CN' vs 'Chidi Okafor' differ only by a middle name or initial",
		},
		{
			local: { citekey: "okafor2018dredge", title: "Coral Bleaching Thresholds on Turbid Reefs", authors: ["CN Okafor", "H Varga"], year: 2018, doi: "10.5555/rules.ci.3" },
			remote: { title: "Coral bleaching thresholds on turbid reefs", authors: ["Chidi Okafor", "Hugo Varga"], year: 2018, venue: "Reef Ecology", doi: "10.5555/rules.ci.3" },
			verdict: "confirmed",
			note: "'CN Okafor' vs 'Chidi Okafor' differ only by a middle name or initial",
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
			note: "'Okafor K' vs 'Chidi Okafor' have the same family name but different given names",
		},
	],
};
