// OpenAlex names some sources by two of their titles joined by a slash, as its source records merge
// the publisher's and the ISSN register's ("Physical review. B./Physical review. B", "Physical
// review. D/Physical review. D.", "Proceedings of SPIE, the International Society for Optical
// Engineering/Proceedings of SPIE"). A note naming the venue by either title names that venue. A
// slash inside one name ("IEEE/ACM Transactions on Networking", "2019 IEEE/CVF Conference on …")
// leaves a part that is no title of its own, and is not read as two.
import type { Rule } from "./types";

/** A part that can be a title: at least two words of two or more letters. */
function isTitlePart(part: string): boolean {
	return part.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 2;
}

/** The words of four or more letters, lower case. */
function longWords(part: string): Set<string> {
	return new Set(part.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4));
}

/**
 * The two titles of a venue named "A/B": one slash, no space around it, each side a title of its
 * own, and the two sharing a word (two titles of one source do; "OCEANS 2015 - MTS/IEEE Washington"
 * is one name). [] for any other name.
 */
export function twoVenueTitles(name: string): string[] {
	const m = /^([^/]*\S)\/(\S[^/]*)$/.exec(name.trim());
	if (!m || !isTitlePart(m[1]) || !isTitlePart(m[2])) return [];
	const right = longWords(m[2]);
	return [...longWords(m[1])].some((w) => right.has(w)) ? [m[1], m[2]] : [];
}

export const venueTwoTitles: Rule = {
	id: "venue-two-titles",
	name: "A venue named by two titles",
	summary: "A record whose venue is two titles of one source joined by a slash (\"Proceedings of SPIE, the International Society for Optical Engineering/Proceedings of SPIE\", a journal's abbreviated title twice) names the venue a note gives by either title; a slash inside one name (\"IEEE/ACM Transactions on Networking\") is not two titles.",
	examples: [
		{
			local: { citekey: "nyberg2019", title: "Spin Waves in Layered Antiferromagnets", authors: ["Elin Nyberg"], year: 2019, journal: "Phys. Rev. B", doi: "10.5555/rules.vt.1" },
			remote: { title: "Spin waves in layered antiferromagnets", authors: ["Elin Nyberg"], year: 2019, venue: "Physical review. B./Physical review. B", doi: "10.5555/rules.vt.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "nyberg2017", title: "Fibre Bragg Gratings for Strain Sensing in Composites", authors: ["Elin Nyberg", "Arvid Holm"], year: 2017, booktitle: "Proceedings of SPIE", doi: "10.5555/rules.vt.2" },
			remote: { title: "Fibre Bragg gratings for strain sensing in composites", authors: ["Elin Nyberg", "Arvid Holm"], year: 2017, venue: "Proceedings of SPIE, the International Society for Optical Engineering/Proceedings of SPIE", doi: "10.5555/rules.vt.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			// another journal of the same family is another venue, whichever title is read
			local: { citekey: "nyberg2020", title: "Magnon Damping in Thin Garnet Films", authors: ["Elin Nyberg"], year: 2020, journal: "Phys. Rev. D", doi: "10.5555/rules.vt.3" },
			remote: { title: "Magnon damping in thin garnet films", authors: ["Elin Nyberg"], year: 2020, venue: "Physical review. B./Physical review. B", doi: "10.5555/rules.vt.3" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
