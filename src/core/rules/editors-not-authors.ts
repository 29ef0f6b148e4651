import { isRecord } from "../../lib/guards";
import type { Rule } from "./types";

/** "Lund, Anne (ed.)", "Weber, Hans (Hrsg.)", "Lei, Chen (trans.)": a role written after a name. */
const WRITTEN_ROLE = /\((eds?|editors?|éds?|hrsg|hgg?|trans|transl|translators?)\.?\)\s*$/i;

/**
 * Zotero's main creator of each item type, its author under another name: a program's
 * programmer, a patent's inventor, a film's director, a recording's performer, a talk's presenter…
 */
const MAIN_CREATORS = new Set(["author", "programmer", "inventor", "director", "performer", "presenter", "podcaster", "artist", "cartographer", "interviewee", "sponsor"]);

/** The contributor's role: Zotero's `creatorType`, or one written after the name; null when none is given. */
function roleOf(x: unknown): string | null {
	if (typeof x === "string") {
		const m = WRITTEN_ROLE.exec(x);
		return m ? (/^(ed|éd|hrsg|hg)/i.test(m[1]) ? "editor" : "translator") : null;
	}
	const r = isRecord(x) ? x.creatorType : undefined;
	return typeof r === "string" ? r.trim().toLowerCase() : null;
}

/**
 * Zotero's `creators` list every contributor with a `creatorType`, and written lists mark them
 * "(ed.)": editors, translators and series editors are not the work's authors (a chapter's
 * record lists only its authors). An edited book, whose contributors are all editors, keeps
 * them (without the mark): its record lists the editors. The editors and translators are the
 * note's contributors either way, as a BibTeX `editor` or `translator` field is (a book's record
 * may list them among its authors: rules/contributors-and-groups).
 */
export function authorsAmongCreators(items: unknown[]): { authors: unknown[]; contributors: unknown[] } {
	const roles = items.map(roleOf);
	if (roles.every((r) => r === null)) return { authors: items, contributors: [] };
	const unmarked = (x: unknown) => (typeof x === "string" ? x.replace(WRITTEN_ROLE, "").trim() : x);
	const authors = items.filter((_, i) => roles[i] === null || MAIN_CREATORS.has(roles[i]));
	const kept = authors.length > 0 ? authors : items.filter((_, i) => roles[i] === "editor");
	const contributors = items.filter((_, i) => roles[i] === "editor" || roles[i] === "translator");
	return { authors: kept.map(unmarked), contributors: contributors.map(unmarked) };
}

export const editorsNotAuthors: Rule = {
	id: "editors-not-authors",
	name: "Editors are not authors",
	summary: "Editors, translators and other contributors an importer lists beside the authors (Zotero's creators with a creatorType, names marked \"(ed.)\" or \"(trans.)\", a role written once after a list marking every name of it: \"Brandt, H. und Weller, J. (Hrsg.)\", \"Quintero, R. y Mehta, A. (comps.)\") are not compared with the record's authors, and an edited book whose contributors are all editors is compared by its editors.",
	examples: [
		{
			// one role after a list joined by another language's "and" marks every name of it
			local: { citekey: "brandt2016hrsg", entry_type: "book", title: "Handbuch der Hafenwirtschaft", author: "Brandt, Hedda und Weller, Jonas (Hrsg.)", year: 2016 },
			remote: { candidates: [{ title: "Handbuch der Hafenwirtschaft", authors: ["Hedda Brandt", "Jonas Weller"], year: 2016, type: "book" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "quintero2019comps", entry_type: "book", title: "Puertos y memoria en el Caribe", author: "Quintero, Rosa y Mehta, Aarav (comps.)", year: 2019, doi: "10.5555/rules.ed.c2" },
			remote: { title: "Puertos y memoria en el Caribe", authors: ["Rosa Quintero", "Aarav Mehta"], year: 2019, type: "book", doi: "10.5555/rules.ed.c2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "lindqvist2015eds", entry_type: "book", title: "Tide Gauges of the Northern Seas", author: "Lindqvist, Tove and Sorlie, Kai (eds.)", year: 2015, doi: "10.5555/rules.ed.c3" },
			remote: { title: "Tide gauges of the northern seas", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2015, type: "book", doi: "10.5555/rules.ed.c3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "brandt2018hrsg", entry_type: "book", title: "Lehrbuch der Hafenlogistik", author: "Brandt, Hedda und Weller, Jonas (Hrsg.)", year: 2018, doi: "10.5555/rules.ed.c4" },
			remote: { title: "Lehrbuch der Hafenlogistik", authors: ["Marta Voss", "Jonas Weller"], year: 2018, type: "book", doi: "10.5555/rules.ed.c4" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: {
				title: "Meltwater Routing beneath Valley Glaciers",
				itemType: "bookSection",
				creators: [
					{ firstName: "Signe", lastName: "Aaltonen", creatorType: "author" },
					{ firstName: "Rui", lastName: "Almeida", creatorType: "author" },
					{ firstName: "Pia", lastName: "Kettunen", creatorType: "editor" },
				],
				date: "2019-05-02",
				bookTitle: "Glacier Hydrology Today",
				DOI: "10.5555/rules.ed.1",
			},
			remote: { title: "Meltwater routing beneath valley glaciers", authors: ["Signe Aaltonen", "Rui Almeida"], year: 2019, venue: "Glacier Hydrology Today", doi: "10.5555/rules.ed.1", type: "book-chapter" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: {
				title: "Meltwater Routing beneath Cold-Based Glaciers",
				itemType: "bookSection",
				creators: [
					{ firstName: "Pia", lastName: "Kettunen", creatorType: "editor" },
					{ firstName: "Signe", lastName: "Aaltonen", creatorType: "author" },
				],
				date: "2020",
			},
			remote: { candidates: [{ title: "Meltwater routing beneath cold-based glaciers", authors: ["Signe Aaltonen"], year: 2020, venue: "Glacier Hydrology Today", type: "book-chapter" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: {
				title: "Glacier Hydrology Today",
				itemType: "book",
				creators: [
					{ firstName: "Pia", lastName: "Kettunen", creatorType: "editor" },
					{ firstName: "Hugo", lastName: "Varga", creatorType: "editor" },
				],
				date: "2019",
				DOI: "10.5555/rules.ed.3",
			},
			remote: { title: "Glacier hydrology today", authors: ["Pia Kettunen", "Hugo Varga"], year: 2019, venue: null, doi: "10.5555/rules.ed.3", type: "book" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: {
				title: "Meltwater Routing beneath Valley Glaciers",
				itemType: "bookSection",
				creators: [
					{ firstName: "Tove", lastName: "Lindqvist", creatorType: "author" },
					{ firstName: "Signe", lastName: "Aaltonen", creatorType: "editor" },
				],
				date: "2019",
				DOI: "10.5555/rules.ed.4",
			},
			remote: { title: "Meltwater routing beneath valley glaciers", authors: ["Signe Aaltonen", "Rui Almeida"], year: 2019, venue: "Glacier Hydrology Today", doi: "10.5555/rules.ed.4", type: "book-chapter" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "aaltonen2019meltwater", title: "Meltwater Routing beneath Valley Glaciers", authors: ["Aaltonen, Signe", "Almeida, Rui", "Kettunen, Pia (ed.)"], year: 2019, doi: "10.5555/rules.ed.5" },
			remote: { title: "Meltwater routing beneath valley glaciers", authors: ["Signe Aaltonen", "Rui Almeida"], year: 2019, venue: "Glacier Hydrology Today", doi: "10.5555/rules.ed.5", type: "book-chapter" },
			verdict: "confirmed",
			note: "",
		},
	],
};
