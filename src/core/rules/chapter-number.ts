import type { Rule } from "./types";

const CHAPTER_NUMBER = /^\s*(?:(?:chapter|chap\.?|ch\.?|section|sect?\.?)\s*\d{1,3}[a-z]?\s*[.:–—-]?|\d{1,3}(?:\.\d{1,3})*\s*[.:)]|\d{1,3}(?:\.\d{1,3})+)\s+(?=\S)/i;

/** The title without a chapter or section number in front ("17. A value for…", "Chapter 3: …"); null when it has none. */
export function withoutChapterNumber(title: string): string | null {
	const m = CHAPTER_NUMBER.exec(title);
	return m ? title.slice(m[0].length) : null;
}

export const chapterNumber: Rule = {
	id: "chapter-number",
	name: "Chapter number before the title",
	summary: "A chapter or section number in front of the record's title (\"17. …\", \"Chapter 3: …\") is not part of the title, minor with a note that the record looks defective.",
	examples: [
		{
			local: { citekey: "roux2005", title: "A Value for Coalitions of Ports", authors: ["Amelie Roux"], year: 2005, booktitle: "Essays on Cooperative Logistics" },
			remote: { candidates: [{ title: "17. A value for coalitions of ports", authors: ["Amelie Roux"], year: 2005, venue: "Essays on Cooperative Logistics", type: "book-chapter" }] },
			verdict: "minor",
			note: "title: the record puts a chapter or section number in front of the title (the record looks defective)",
		},
		{
			local: { citekey: "roux2007", title: "Bargaining over Berths", authors: ["Amelie Roux", "Lorenz Abt"], year: 2007, doi: "10.5555/rules.cn.2" },
			remote: { title: "Chapter 3: Bargaining over berths", authors: ["Amelie Roux", "Lorenz Abt"], year: 2007, venue: "Essays on Cooperative Logistics", type: "book-chapter", doi: "10.5555/rules.cn.2" },
			verdict: "minor",
			note: "chapter or section number",
		},
	],
};
