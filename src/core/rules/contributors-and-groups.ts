import type { Rule } from "./types";

/** Name comparison and organisation test, passed in (they live in match.ts, which uses this file). */
export interface NameTests {
	same: (a: string, b: string) => boolean;
	isGroup: (name: string) => boolean;
}

export interface SetAside {
	local: string[];
	remote: string[];
	/** Note entries left out: a group beside the note's people that the record does not list. */
	noteGroups: string[];
	/** Record entries left out: the note's editors and translators. */
	recordContributors: string[];
}

/**
 * The two author lists with what only one side lists as a matter of convention set aside
 * (rules/contributors-and-groups): a study group or consortium the note names beside people
 * ("…, the X Investigators"), and the editors and translators a book record lists among its
 * authors. (A group the record lists beside its people: rules/record-organization-author.)
 */
export function setAsideConventions(local: string[], remote: string[], contributors: string[], t: NameTests): SetAside {
	const person = (n: string) => !t.isGroup(n);
	const bothNamePeople = local.some(person) && remote.some(person);
	const onlyHere = (n: string, other: string[]) => other.every((o) => !t.same(n, o));
	const noteGroups = bothNamePeople ? local.filter((n) => t.isGroup(n) && onlyHere(n, remote)) : [];
	// the contributors first: most notes name none, and a long record then costs no comparisons
	const listed = contributors.length === 0 ? [] : remote.filter((n) => contributors.some((c) => t.same(c, n)) && person(n) && onlyHere(n, local));
	// only beside the record's other people: a record whose only people are the note's editors
	// or translators names no author of the note, and the note's authors are compared with them
	const recordContributors = remote.some((n) => person(n) && !listed.includes(n)) ? listed : [];
	return {
		local: local.filter((n) => !noteGroups.includes(n)),
		remote: remote.filter((n) => !recordContributors.includes(n)),
		noteGroups,
		recordContributors,
	};
}

/**
 * A book's record whose only people are the note's editors or translators while the note names
 * the work's author ("Seneca", translated by the record's only author): an edition of a classic or
 * a translation, as book records often list whoever prepared the edition. A chapter is not so
 * excused: its record naming only the volume's editor names another text.
 */
export function recordListsOnlyContributors(entryType: string | null, local: string[], remote: string[], contributors: string[], same: (a: string, b: string) => boolean): boolean {
	if (!(entryType === "book" || entryType === "mvbook") || contributors.length === 0 || remote.length === 0 || local.length === 0) return false;
	return remote.every((r) => contributors.some((c) => same(c, r))) && local.every((l) => remote.every((r) => !same(l, r)));
}

export const contributorsAndGroups: Rule = {
	id: "contributors-and-groups",
	name: "Study groups, editors and translators",
	summary: "A study group or consortium the note names beside people and the record does not (\"…, the X Investigators\", as medical bylines add), and an editor or translator of the note whom a book record lists among its authors, are conventions of one side, set aside with a note, while a person on one side only is still compared, and so are the note's authors with a record whose only people are its editors or translators, except for a book (an edition of a classic, a translation), where that record is minor with a note.",
	examples: [
		{
			local: { citekey: "adeyemi2020", title: "Dexamethasone Timing in Community-Acquired Pneumonia", authors: ["Folake Adeyemi", "Henrik Solberg", "the PNEU-TIME Investigators"], year: 2020, journal: "Lancet Respiratory Medicine", doi: "10.5555/rules.cg.1" },
			remote: { title: "Dexamethasone timing in community-acquired pneumonia", authors: ["Folake Adeyemi", "Henrik Solberg"], year: 2020, venue: "The Lancet Respiratory Medicine", doi: "10.5555/rules.cg.1" },
			verdict: "confirmed",
			note: "authors: the note names the group 'the PNEU-TIME Investigators' beside its authors; the record lists the people only",
		},
		{
			local: { citekey: "castellan1994", entry_type: "book", title: "The Mirror of Princes", authors: ["Aurelio Castellan"], translator: "Hugh Penrose", year: 1994 },
			remote: { candidates: [{ title: "The mirror of princes", authors: ["Aurelio Castellan", "Hugh Penrose"], year: 1994, type: "book" }] },
			verdict: "confirmed",
			note: "authors: the record lists the note's editor or translator 'Hugh Penrose' among the authors",
		},
		{
			local: { citekey: "castellan1995", entry_type: "book", title: "Letters from Ravenna", authors: ["Aurelio Castellan"], year: 1995, doi: "10.5555/rules.cg.4" },
			remote: { title: "Letters from Ravenna", authors: ["Aurelio Castellan", "Hugh Penrose"], year: 1995, type: "book", doi: "10.5555/rules.cg.4" },
			verdict: "minor",
			note: "authors: the note lists the first 1 of 2 authors",
		},
		{
			local: { citekey: "solberg2022", title: "Oxygen Targets in Bronchiolitis", authors: ["Henrik Solberg", "Mads Berntsen", "the OXY-B Investigators"], year: 2022, journal: "Pediatrics", doi: "10.5555/rules.cg.5" },
			remote: { title: "Oxygen targets in bronchiolitis", authors: ["Henrik Solberg", "Folake Adeyemi"], year: 2022, venue: "Pediatrics", doi: "10.5555/rules.cg.5" },
			verdict: "major",
			note: "authors: not in the remote record: 'Mads Berntsen'",
		},
		{
			// a classic in translation: the book's record lists only its translator
			local: { citekey: "castellan2011", entry_type: "book", title: "Dialogues on the Lagoon", authors: ["Aurelio Castellan"], translator: "Hugh Penrose", year: 2011 },
			remote: { candidates: [{ title: "Castellan: Dialogues on the Lagoon", authors: ["Hugh Penrose"], year: 2011, type: "book" }] },
			verdict: "minor",
			note: "authors: the record lists the note's editor or translator 'Hugh Penrose' as the book's only author, not 'Aurelio Castellan'",
		},
		{
			local: { citekey: "castellan2012", entry_type: "book", title: "Sermons of the Arsenal", authors: ["Aurelio Castellan"], editor: "Folake Adeyemi", year: 2012, doi: "10.5555/rules.cg.8" },
			remote: { title: "Sermons of the arsenal", authors: ["Folake Adeyemi"], year: 2012, type: "book", doi: "10.5555/rules.cg.8" },
			verdict: "minor",
			note: "as the book's only author",
		},
		{
			// the record's author is no one the note names
			local: { citekey: "castellan2013", entry_type: "book", title: "Sermons of the Rialto", authors: ["Aurelio Castellan"], translator: "Hugh Penrose", year: 2013, doi: "10.5555/rules.cg.9" },
			remote: { title: "Sermons of the Rialto", authors: ["Mads Berntsen"], year: 2013, type: "book", doi: "10.5555/rules.cg.9" },
			verdict: "major",
			note: "different first author",
		},
		{
			// the record's only person is the note's editor: no author of the note is in it
			local: { citekey: "castellan1996", entry_type: "incollection", title: "The Lagoon Chapter", authors: ["Aurelio Castellan"], editor: "Hugh Penrose", booktitle: "Venetian Readings", year: 1996, doi: "10.5555/rules.cg.6" },
			remote: { title: "The lagoon chapter", authors: ["Hugh Penrose"], year: 1996, venue: "Venetian Readings", type: "book-chapter", doi: "10.5555/rules.cg.6" },
			verdict: "major",
			note: "different first author",
		},
	],
};
