// APA (and Chicago and Harvard) give a chapter's source as one string: "In M. Okonjo & P. R.
// Varga (Eds.), Handbook of adult attachment (Vol. 2, pp. 45–67)", and people paste it whole into
// the book-title field. The editors, the volume and the pages are not the book's name: the note's
// venue is the book title between them, and the note cites a chapter.
import type { Rule } from "./types";

/** An editors' mark after their names: "(Ed.)", "(Eds.)", "(Series Ed.)", "(Vol. Ed.)", "(Ed. & Trans.)", "(Editors)", "(Hrsg.)", Harvard's "(ed.)", "(eds)". */
const EDITORS = /\((?:[^()]{0,30} )?(?:eds?\.?|editors?|hrsg\.|coords?\.|comps?\.|dirs?\.)(?: [^()]{0,30})?\)/gi;
/** The closing bracket of the volume, edition and pages: "(Vol. 2, pp. 45–67)", "(7th ed., pp. 210–255)", "(p. 3)". */
const CLOSING = /\s?\(([^()]{0,80})\)\.?$/;
const CLOSING_DETAILS = /\b(?:pp?|vol|ed)\.|\bedition\b/i;

/** The book's title in an "In editors (Eds.), Title (pp. …)" source; null for any other venue. */
export function bookOfChapterSource(venue: string): string | null {
	if (!/^in:? /i.test(venue)) return null;
	let start = -1;
	let harvard = false;
	for (const m of venue.matchAll(EDITORS)) {
		const after = venue[m.index + m[0].length];
		// APA: "(Eds.), Title (pp. …)"; Harvard: "(ed.) Title. Place: Publisher, pp. …"
		if (after === "," || after === " ") {
			start = m.index + m[0].length + 1;
			harvard = after === " ";
		}
	}
	if (harvard) {
		const end = venue.indexOf(". ", start);
		const book = venue.slice(start, end < 0 ? venue.length : end).trim().replace(/[.,]$/, "").trim();
		return book === "" ? null : book;
	}
	const closing = CLOSING.exec(venue);
	const details = closing !== null && CLOSING_DETAILS.test(closing[1]);
	// "In Title (pp. 3–20)": a book without editors, known by its pages
	if (start < 0 && !details) return null;
	const from = start < 0 ? venue.indexOf(" ") + 1 : start;
	const to = details && closing && closing.index >= from ? closing.index : venue.length;
	const book = venue.slice(from, to).trim().replace(/[.,]$/, "").trim();
	return book === "" ? null : book;
}

export const chapterSource: Rule = {
	id: "chapter-source",
	name: "A chapter's source written as a reference style gives it",
	summary: "A book-title field holding a chapter's whole source as APA writes it (\"In Okonjo & Varga (Eds.), Handbook of adult attachment (Vol. 2, pp. 45–67)\") or Harvard does (\"In: Varga (ed.) Handbook of school psychology\" and then the place, publisher and pages) names the book between the editors and the pages or the place, and the note cites a chapter of it.",
	examples: [
		{
			local: { title: "Harbour pilots and the ethics of local knowledge", author: "Ek, Sven", booktitle: "In E. Nyberg & T. Halloran (Eds.), Handbook of maritime work (Vol. 2, pp. 45–67)", publisher: "Northgate University Press", year: 2016 },
			remote: { candidates: [{ title: "Harbour pilots and the ethics of local knowledge", authors: ["Sven Ek"], year: 2016, venue: null, type: "book-chapter" }] },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
		{
			local: { title: "Sea ice and the seasons of labour", author: "Ek, Sven", booktitle: "In E. Nyberg (Ed.), Northern coasts (pp. 12–30)", year: 2018, doi: "10.5555/rules.cs.2" },
			remote: { title: "Sea ice and the seasons of labour", authors: ["Sven Ek"], year: 2018, venue: "Northern Coasts: Work and Weather in the Arctic", type: "book-chapter", doi: "10.5555/rules.cs.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			// Harvard's form
			local: { title: "Pilots' logbooks as sources", author: "Ek, Sven", booktitle: "In: Nyberg, E. (ed.) Northern coasts: work and weather. Tromsø: Northgate University Press, pp. 51–70.", year: 2018 },
			remote: { candidates: [{ title: "Pilots' logbooks as sources", authors: ["Sven Ek"], year: 2018, venue: null, type: "book-chapter" }] },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
		{
			local: { title: "Tide tables as public goods", author: "Ek, Sven", booktitle: "In E. Nyberg (Ed.), Northern coasts (pp. 31–50)", year: 2018, doi: "10.5555/rules.cs.3" },
			remote: { title: "Tide tables as public goods", authors: ["Sven Ek"], year: 2018, venue: "Journal of Maritime History", doi: "10.5555/rules.cs.3" },
			verdict: "minor",
			note: "venue: 'Northern coasts' vs 'Journal of Maritime History'",
		},
	],
};
