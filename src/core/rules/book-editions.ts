import type { Reference, RemoteWork } from "../types";
import type { Rule } from "./types";

/** Entry types of books and their parts (BibTeX, BibLaTeX, CSL). */
const BOOK_ENTRY = /^(book|mvbook|inbook|bookinbook|collection|mvcollection|incollection|reference|mvreference|chapter|monograph|edited-book)$/;
/** OpenAlex types of books and their parts (an encyclopedia's entry is a `reference-entry`). */
const BOOK_RECORD = /^(book|book-chapter|monograph|edited-book|reference-book|reference-entry|book-part|book-section)$/;

/** True when the record is a book or a chapter of one. */
export function isBookRecord(work: RemoteWork): boolean {
	return BOOK_RECORD.test(work.type ?? "");
}

/** True when the note cites a book or a chapter of one, or the record is one. */
export function isBookLike(ref: Reference, work: RemoteWork | null = null): boolean {
	return BOOK_ENTRY.test(ref.entryType ?? "") || (work !== null && isBookRecord(work));
}

export interface EditionYear {
	/** True when the note itself explains the record's year (accepted); false when it is only likely (minor). */
	explained: boolean;
	note: string;
}

/**
 * Why a book's record is dated another year than the note, or null when nothing explains it:
 * the note names the record's year as its original's or a reprint's (`origdate`, "1776/1976"),
 * or the note cites a later edition (`edition: 2`) than the record's.
 */
export function editionYear(ref: Reference, work: RemoteWork): EditionYear | null {
	if (ref.year === null || work.year === null) return null;
	const local = Number(ref.year);
	const remote = work.year;
	if (local === remote) return null;
	if (ref.otherYears?.includes(String(remote))) {
		return { explained: true, note: `year: the record is dated ${remote}, the other year the note gives (original or reprint); the note cites the ${local} edition` };
	}
	if (!isBookLike(ref, work)) return null;
	if (ref.edition !== undefined && ref.edition >= 2 && local > remote) {
		return { explained: false, note: `year: the note cites edition ${ref.edition} (${local}); the record (${remote}) is probably an earlier edition` };
	}
	// a record dated after the note's book may be a reprint, or a revised edition the note did
	// not cite: without a sign in the note it is no more than a wrong year
	return null;
}

export const bookEditions: Rule = {
	id: "book-editions",
	name: "Book editions and reprints",
	summary: "A book's record dated another year than the note is the same book in another edition when the note names that year (an original's or reprint's year: origdate, original-date, \"1776/1976\" or \"(1776) 1976\" in the year or date field, whose later year is the edition cited, or a year after \"Original work published\" or \"Reprinted from\" in a note), accepted with a note, or when the note's edition field cites a later edition than the record's, minor with a note, while a year difference the note does not explain is still another edition or a wrong year.",
	examples: [
		{
			// APA 7's "(Original work published 1952)", kept in the note field
			local: { title: "The grammar of the harbour", author: "Lefèvre, Armand", translator: "Dunn, Maeve", year: 2004, publisher: "Northgate University Press", note: "(Original work published 1952)" },
			remote: { candidates: [{ title: "The grammar of the harbour", authors: ["Armand Lefèvre"], year: 1952, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1952, the other year the note gives (original or reprint); the note cites the 2004 edition",
		},
		{
			// a reprint's source in the note
			local: { entry_type: "book", title: "Measuring the distance between harbour towns", author: "Halvorsen, Bjørn", year: 2015, publisher: "Sage", note: "Reprinted from Journal of Coastal Measurement, 4(2), 101–119, 1978" },
			remote: { candidates: [{ title: "Measuring the distance between harbour towns", authors: ["Bjørn Halvorsen"], year: 1978, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1978, the other year the note gives (original or reprint); the note cites the 2015 edition",
		},
		{
			local: { citekey: "vogler2002", entry_type: "book", title: "The Ethic of the Counting House", authors: ["Konrad Vogler"], year: 2002, origdate: 1905, publisher: "Penrose Classics" },
			remote: { candidates: [{ title: "The ethic of the counting house", authors: ["Konrad Vogler"], year: 1905, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1905, the other year the note gives (original or reprint); the note cites the 2002 edition",
		},
		{
			// APA's "original/reprint": the note cites the 1976 edition, the record is the original
			local: { citekey: "fairbairn1776", entry_type: "book", title: "An Inquiry into the Causes of Commerce", authors: ["Angus Fairbairn"], year: "1776/1976" },
			remote: { candidates: [{ title: "An inquiry into the causes of commerce", authors: ["Angus Fairbairn"], year: 1776, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1776, the other year the note gives (original or reprint); the note cites the 1976 edition",
		},
		{
			// a title of one or two words is found by its first author and year: the other year the note names counts
			local: { citekey: "fairbairn1758", entry_type: "book", title: "Mercantile Tableaux", authors: ["Angus Fairbairn"], year: "1758/1994", publisher: "Penrose Classics" },
			remote: { candidates: [{ title: "Mercantile tableaux", authors: ["Angus Fairbairn"], year: 1758, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1758, the other year the note gives",
		},
		{
			// both years in a date field (CSL's and Zotero's `date`), the record dated the reprint
			local: { citekey: "lindahl1996", entry_type: "book", title: "Treatise on the Mending of Nets", authors: ["Oskar Lindahl"], date: "1677/1996", publisher: "Penrose Classics" },
			remote: { candidates: [{ title: "Treatise on the mending of nets", authors: ["Oskar Lindahl"], year: 1996, venue: "Penrose Classics", type: "book" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// "(original) reprint": the reprint is the year compared, and a record dated neither is a wrong year
			local: { citekey: "lindahl1997", title: "On the Drying of Salted Cod", authors: ["Oskar Lindahl"], year: "(1689) 1997", journal: "Fisheries History Reprints", doi: "10.5555/rules.be.9" },
			remote: { title: "On the drying of salted cod", authors: ["Oskar Lindahl"], year: 1992, venue: "Fisheries History Reprints", doi: "10.5555/rules.be.9" },
			verdict: "major",
			note: "year: 1997 vs 1992 (-5)",
		},
		{
			// an article's biblatex origdate, the record dated the original
			local: { citekey: "lindahl2001", title: "A Letter on Herring Shoals", authors: ["Oskar Lindahl"], year: 2001, origdate: "1702", journal: "Fisheries History Reprints", doi: "10.5555/rules.be.10" },
			remote: { title: "A letter on herring shoals", authors: ["Oskar Lindahl"], year: 1702, venue: "Fisheries History Reprints", doi: "10.5555/rules.be.10" },
			verdict: "confirmed",
			note: "year: the record is dated 1702, the other year the note gives (original or reprint); the note cites the 2001 edition",
		},
		{
			local: { citekey: "hollis1999", entry_type: "book", title: "Grain Markets of the Lower Rhine", authors: ["Margarethe Hollis"], year: 1999, edition: "2", publisher: "Northgate University Press" },
			remote: { candidates: [{ title: "Grain markets of the Lower Rhine", authors: ["Margarethe Hollis"], year: 1987, type: "book" }] },
			verdict: "minor",
			note: "year: the note cites edition 2 (1999); the record (1987) is probably an earlier edition",
		},
		{
			// the record may be a reprint, or a revised edition: the note gives no sign which
			local: { citekey: "ormsby1962", entry_type: "book", title: "The Shape of Scholarly Revolutions", authors: ["Thaddeus Ormsby"], year: 1962, publisher: "Lakeside University Press" },
			remote: { candidates: [{ title: "The Shape of Scholarly Revolutions", authors: ["Thaddeus Ormsby"], year: 2012, type: "book" }] },
			verdict: "not_found",
			note: "year differs: probably another edition of the book",
		},
		{
			local: { citekey: "ormsby2012", entry_type: "book", title: "The Shape of Scholarly Revolutions", authors: ["Thaddeus Ormsby"], year: 2012, origyear: 1962, publisher: "Lakeside University Press" },
			remote: { candidates: [{ title: "The Shape of Scholarly Revolutions", authors: ["Thaddeus Ormsby"], year: 1962, type: "book" }] },
			verdict: "confirmed",
			note: "year: the record is dated 1962, the other year the note gives",
		},
		{
			local: { citekey: "hollis1991", entry_type: "book", title: "Grain Markets of the Lower Rhine", authors: ["Margarethe Hollis"], year: 1991, publisher: "Northgate University Press" },
			remote: { candidates: [{ title: "Grain markets of the Lower Rhine", authors: ["Margarethe Hollis"], year: 1987, type: "book" }] },
			verdict: "not_found",
			note: "year differs: probably another edition of the book",
		},
		{
			local: { citekey: "hollis1990", title: "Rhine Tolls and Grain Prices", authors: ["Margarethe Hollis"], year: 1990, journal: "Economic History Notes", doi: "10.5555/rules.be.6" },
			remote: { title: "Rhine tolls and grain prices", authors: ["Margarethe Hollis"], year: 1993, venue: "Economic History Notes", doi: "10.5555/rules.be.6" },
			verdict: "major",
			note: "year: 1990 vs 1993 (+3)",
		},
	],
};
