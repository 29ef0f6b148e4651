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

/**
 * Two of the note's authors whose family names are the record's at their places but whose given
 * names are each other's ("Éva Szabó, János Kovács" for the record's "János Szabó, Éva Kovács"):
 * the given and family names of two coauthors crossed, so neither person the note names is on
 * the record. `pairs` are the aligned places whose given names differ; the two families must
 * differ (two people of one family in the other order is a change of order). Null if none.
 */
export function givenNamesCrossed(local: string[], remote: string[], pairs: Array<[number, number]>): [number, number] | null {
	const given = (name: string) => foldText(parsePersonName(name).given).split(/[\s.-]+/).filter((w) => w !== "");
	const family = (name: string) => foldText(parsePersonName(name).family);
	// one given name written out or as its initial: "E." is "Eva"
	const same = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && (a[0] === b[0] || ((a[0].length === 1 || b[0].length === 1) && a[0][0] === b[0][0]));
	for (let p = 0; p < pairs.length; p++) {
		for (let q = p + 1; q < pairs.length && q < p + 4; q++) {
			const [li, ri] = pairs[p];
			const [lj, rj] = pairs[q];
			if (family(remote[ri]) === family(remote[rj])) continue;
			if (same(given(local[li]), given(remote[rj])) && same(given(local[lj]), given(remote[ri]))) return [li, lj];
		}
	}
	return null;
}

/** True when the names are sorted by family name (how many book and proceedings records list them). */
export function isAlphabetical(names: string[]): boolean {
	const families = names.map((n) => foldText(parsePersonName(n).family));
	return families.every((f, i) => i === 0 || families[i - 1].localeCompare(f) <= 0);
}

/**
 * True when the note puts the record's last author of three or more first, and neither list is
 * sorted by name: the senior author cited as the first (how an invented or careless citation
 * names a group's paper by its head). The same people in another order, but another first author.
 */
export function seniorAuthorPutFirst(local: string[], remote: string[], samePerson: (a: string, b: string) => boolean): boolean {
	if (local.length < 3 || remote.length < 3 || isAlphabetical(remote) || isAlphabetical(local)) return false;
	// the first of the record's people the note's first author can be is its last (a family name shared with an earlier author is no sign)
	return remote.findIndex((r) => samePerson(local[0], r)) === remote.length - 1;
}

/**
 * True when the note puts the record's first author of three or more last, and neither list is
 * sorted by name: the first author moved to the end of the list (how a careless copy rotates a
 * byline), so the note cites the paper under another first author. The same people in another
 * order, but another first author.
 */
export function firstAuthorPutLast(local: string[], remote: string[], samePerson: (a: string, b: string) => boolean): boolean {
	if (local.length < 3 || remote.length < 3 || isAlphabetical(remote) || isAlphabetical(local)) return false;
	// the first of the note's people the record's first author can be is its last (a family name shared with an earlier author is no sign)
	return local.findIndex((l) => samePerson(l, remote[0])) === local.length - 1;
}

export const authorOrder: Rule = {
	id: "author-order",
	name: "Authors in another order",
	summary: "A record that lists exactly the note's people in another order (books and proceedings records are often alphabetical) is the same work, minor with a note, while another person in the list stays major, and so does the record's last author of three or more put first, or its first author put last, when neither list is alphabetical (the senior author cited as the first, a byline rotated), and two coauthors whose given names the note crosses (\"Éva Szabó, János Kovács\" for \"János Szabó, Éva Kovács\": the families in place, the given names each other's) name no one on the record, major.",
	examples: [
		{
			// the given names of two coauthors crossed: the note's first author is no one on the record
			local: { citekey: "szabo2021", entry_type: "article", title: "Alkaline Lake Drying in the Kiskunság", author: "Szabó, Éva and Kovács, János", year: 2021, doi: "10.5555/rules.ao.crossed" },
			remote: { title: "Alkaline lake drying in the Kiskunság", authors: ["János Szabó", "Éva Kovács"], year: 2021, venue: "Hydrobiologia", doi: "10.5555/rules.ao.crossed" },
			verdict: "major",
			note: "the note crosses the given names of 'Éva Szabó' and 'János Kovács'",
		},
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
		{
			// the group's head, last on the record, cited as the first author: the same people, another first author
			local: { citekey: "hartlieb2021", title: "Shared Parking at Hospital Campuses", authors: ["Benedikt Hartlieb", "Yusuf Zeller", "Ada Okonkwo"], year: 2021, booktitle: "AAAI" },
			remote: { candidates: [{ title: "Shared parking at hospital campuses", authors: ["Yusuf Zeller", "Ada Okonkwo", "Benedikt Hartlieb"], year: 2021, venue: "AAAI Conference on Artificial Intelligence" }] },
			verdict: "major",
			note: "different first author ('Benedikt Hartlieb' vs 'Yusuf Zeller'; the note's first author is at position 3 remotely)",
		},
		{
			local: { citekey: "hartlieb2022", title: "Curbside Loading Zones and Delivery Times", authors: ["Benedikt Hartlieb", "Mirela Dobre", "Ada Okonkwo", "Lorenz Abt"], year: 2022, doi: "10.5555/rules.ao.6" },
			remote: { title: "Curbside loading zones and delivery times", authors: ["Mirela Dobre", "Lorenz Abt", "Ada Okonkwo", "Benedikt Hartlieb"], year: 2022, venue: "Transportation Letters", doi: "10.5555/rules.ao.6" },
			verdict: "major",
			note: "different first author",
		},
		{
			// the record's first author moved to the end of the note's list: the same people, another first author
			local: { citekey: "zeller2023", title: "Loading Bays and Cyclist Safety", authors: ["Yusuf Zeller", "Ada Okonkwo", "Lorenz Abt"], year: 2023, doi: "10.5555/rules.ao.7" },
			remote: { title: "Loading bays and cyclist safety", authors: ["Lorenz Abt", "Yusuf Zeller", "Ada Okonkwo"], year: 2023, venue: "Transportation Letters", doi: "10.5555/rules.ao.7" },
			verdict: "major",
			note: "different first author ('Yusuf Zeller' vs 'Lorenz Abt'; the note's first author is at position 2 remotely)",
		},
		{
			// …and in a list of four, by a title search
			local: { citekey: "dobre2023", title: "Kerbside Pricing in Shopping Streets", authors: ["Benedikt Hartlieb", "Yusuf Zeller", "Ada Okonkwo", "Mirela Dobre"], year: 2023, booktitle: "AAAI" },
			remote: { candidates: [{ title: "Kerbside pricing in shopping streets", authors: ["Mirela Dobre", "Benedikt Hartlieb", "Yusuf Zeller", "Ada Okonkwo"], year: 2023, venue: "AAAI Conference on Artificial Intelligence" }] },
			verdict: "major",
			note: "different first author",
		},
	],
};
