import type { Reference, RemoteWork } from "../types";
import type { Rule } from "./types";

/** Entry types of a part of a book: a chapter, a contribution to an edited volume. */
const CHAPTER_ENTRY = /^(incollection|inbook|chapter|bookinbook|inreference)$/;

/**
 * True when the note cites a chapter and its identifier led to the book that holds it: the
 * record's title is the note's book title (booktitle, container-title), not the chapter's.
 * `sameTitle` is the title comparison (match.ts).
 */
export function isBookHoldingChapter(ref: Reference, work: RemoteWork, sameTitle: (a: string, b: string) => boolean): boolean {
	if (!CHAPTER_ENTRY.test(ref.entryType ?? "") || ref.venue === null || ref.venueIsPublisher || !work.title) return false;
	return !sameTitle(ref.title, work.title) && sameTitle(ref.venue, work.title);
}

export const CHAPTER_IN_BOOK_NOTE = "title: the note cites a chapter of this book; its DOI names the whole book, so the chapter's title and authors cannot be confirmed";
/** The note's DOI is the chapter's own, which OpenAlex lacks: its book's record was compared. */
export const CHAPTER_DOI_BOOK_NOTE = "title: the note cites a chapter of this book; OpenAlex holds the book but not the chapter's DOI, so the chapter's title and authors cannot be confirmed";

export const chapterInBook: Rule = {
	id: "chapter-in-book",
	name: "A chapter with its book's DOI",
	summary: "A chapter note whose DOI names the book that holds it (the record's title is the note's book title), or whose chapter DOI OpenAlex lacks while it holds the book's (the book's ISBN DOI plus the chapter's number: \"…978-3-030-12345-6_7\", \"….ch7\"), cites no other paper: the book's year and editors are compared and the chapter, which the record cannot confirm, is minor with a note.",
	examples: [
		{
			local: { citekey: "pereira2016", entry_type: "incollection", title: "Toll Farming and the Urban Fisc", booktitle: "The Oxbridge Handbook of Market Towns", authors: ["Lucia Pereira"], editor: "Okonjo, Adaeze and Faulkner, Rupert", year: 2016, doi: "10.5555/rules.cb.1" },
			remote: { title: "The Oxbridge handbook of market towns", authors: ["Adaeze Okonjo", "Rupert Faulkner"], year: 2016, venue: "Oxbridge University Press eBooks", type: "book", doi: "10.5555/rules.cb.1" },
			verdict: "minor",
			note: CHAPTER_IN_BOOK_NOTE,
		},
		{
			local: { id: "sandoval2013", type: "chapter", title: "Notaries and Credit in Toledo", "container-title": "Credit Networks in Premodern Europe", author: [{ family: "Sandoval", given: "Ines" }], issued: { "date-parts": [[2013]] }, DOI: "10.5555/rules.cb.2" },
			remote: { title: "Credit networks in premodern Europe", authors: [], year: 2013, venue: "Palgrave Macmillan eBooks", type: "book", doi: "10.5555/rules.cb.2" },
			verdict: "minor",
			note: CHAPTER_IN_BOOK_NOTE,
		},
		{
			local: { citekey: "pereira2019", entry_type: "incollection", title: "Toll Farming in Porto", booktitle: "The Oxbridge Handbook of Market Towns", authors: ["Lucia Pereira"], year: 2019, doi: "10.5555/rules.cb.3" },
			remote: { title: "The Oxbridge handbook of market towns", authors: ["Adaeze Okonjo", "Rupert Faulkner"], year: 2016, venue: "Oxbridge University Press eBooks", type: "book", doi: "10.5555/rules.cb.3" },
			verdict: "major",
			note: "year: 2019 vs 2016 (-3)",
		},
		{
			local: { citekey: "pereira2018", entry_type: "incollection", title: "Toll Farming in Braga", booktitle: "Ports and Tolls of the Atlantic", authors: ["Lucia Pereira"], year: 2016, doi: "10.5555/rules.cb.4" },
			remote: { title: "The Oxbridge handbook of market towns", authors: ["Adaeze Okonjo", "Rupert Faulkner"], year: 2016, venue: "Oxbridge University Press eBooks", type: "book", doi: "10.5555/rules.cb.4" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// the chapter's own DOI, which OpenAlex lacks: looked up as its book's (a free singleton)
			local: { citekey: "faulkner2021", entry_type: "incollection", title: "Weighbridges and Market Dues", booktitle: "Ports and Tolls of the Atlantic", authors: ["Rupert Faulkner"], editor: "Okonjo, Adaeze", year: 2021, doi: "10.5555/978-3-030-70001-2_4" },
			remote: { title: "Ports and tolls of the Atlantic", authors: ["Adaeze Okonjo"], year: 2021, venue: "Palgrave Macmillan eBooks", type: "book", doi: "10.5555/978-3-030-70001-2" },
			verdict: "minor",
			note: CHAPTER_DOI_BOOK_NOTE,
		},
		{
			local: { citekey: "okonjo2015", entry_type: "inbook", title: "Salt Duties on the Niger", booktitle: "Inland Trade in West Africa", authors: ["Adaeze Okonjo"], year: 2015, doi: "10.5555/9781119700012.ch3" },
			remote: { title: "Inland trade in West Africa", authors: ["Adaeze Okonjo"], year: 2015, venue: "Wiley eBooks", type: "book", doi: "10.5555/9781119700012" },
			verdict: "minor",
			note: "names a chapter of this book",
		},
		{
			// a chapter DOI whose book is another book: not the note's, the title is searched
			local: { citekey: "faulkner2022", entry_type: "incollection", title: "Quay Rents in Bristol", booktitle: "Ports and Tolls of the Atlantic", authors: ["Rupert Faulkner"], year: 2022, doi: "10.5555/978-3-030-70002-9_2" },
			remote: { title: "A history of lighthouse dues", authors: ["Mirela Dobre"], year: 2019, venue: "Palgrave Macmillan eBooks", type: "book", doi: "10.5555/978-3-030-70002-9" },
			verdict: "not_found",
			note: "doi 10.5555/978-3-030-70002-9_2 is not in OpenAlex",
		},
	],
};
