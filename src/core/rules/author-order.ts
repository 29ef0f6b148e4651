import { parsePersonName, foldText } from "../normalize";
import type { Rule } from "./types";

/**
 * True when both lists name the same people, each matched to a different one on the other side,
 * whatever the order (`samePerson` is the name comparison). Lists of one are left to the
 * first-author rules: there is no order to scramble.
 */
export function samePeopleInAnyOrder(local: string[], remote: string[], samePerson: (a: string, b: string) => boolean): boolean {
	if (local.length < 2 || local.length !== remote.length) return false;
	const used = new Set<number>();
	for (const a of local) {
		const j = remote.findIndex((b, k) => !used.has(k) && samePerson(a, b));
		if (j < 0) return false;
		used.add(j);
	}
	return true;
}

/** True when the names are sorted by family name (how many book and proceedings records list them). */
export function isAlphabetical(names: string[]): boolean {
	const families = names.map((n) => foldText(parsePersonName(n).family));
	return families.every((f, i) => i === 0 || families[i - 1].localeCompare(f) <= 0);
}

export const authorOrder: Rule = {
	id: "author-order",
	name: "Authors in another order",
	summary: "A record that lists exactly the note's people in another order (books and proceedings records are often alphabetical) is the same work, minor with a note, while another person in the list stays major.",
	examples: [
		{
			local: { citekey: "zeller2018", title: "Dynamic Pricing of Parking Bays", authors: ["Mirela Dobre", "Ada Okonkwo", "Benedikt Hartlieb"], year: 2018, booktitle: "AAAI", doi: "10.5555/rules.ao.1" },
			remote: { title: "Dynamic pricing of parking bays", authors: ["Mirela Dobre", "Benedikt Hartlieb", "Ada Okonkwo"], year: 2018, venue: "AAAI Conference on Artificial Intelligence", doi: "10.5555/rules.ao.1" },
			verdict: "minor",
			note: "authors: order differs ('Ada Okonkwo' at another position)",
		},
		{
			local: { citekey: "zeller2016", title: "Curb Space Markets", authors: ["Yusuf Zeller", "Ada Okonkwo", "Benedikt Hartlieb"], year: 2016, entry_type: "book" },
			remote: { candidates: [{ title: "Curb space markets", authors: ["Benedikt Hartlieb", "Ada Okonkwo", "Yusuf Zeller"], year: 2016, venue: "Northgate University Press", type: "book" }] },
			verdict: "minor",
			note: "authors: the record lists the same 3 people in another order (alphabetically)",
		},
		{
			local: { citekey: "okonkwo2019", title: "Parking Search and Congestion", authors: ["Ada Okonkwo", "Yusuf Zeller"], year: 2019, booktitle: "ICML" },
			remote: { candidates: [{ title: "Parking search and congestion", authors: ["Yusuf Zeller", "Ada Okonkwo"], year: 2019, venue: "International Conference on Machine Learning" }] },
			verdict: "minor",
			note: "authors: the record lists the same 2 people in another order",
		},
		{
			local: { citekey: "zeller2020", title: "Valet Queues at Airports", authors: ["Yusuf Zeller", "Ada Okonkwo", "Benedikt Hartlieb"], year: 2020, doi: "10.5555/rules.ao.4" },
			remote: { title: "Valet queues at airports", authors: ["Benedikt Hartlieb", "Ada Okonkwo", "Lorenz Abt"], year: 2020, venue: "Transportation Letters", doi: "10.5555/rules.ao.4" },
			verdict: "major",
			note: "different first author",
		},
	],
};
