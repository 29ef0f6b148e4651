import { isRecord } from "../../lib/guards";
import type { Rule } from "./types";

/**
 * Zotero's `creators` list every contributor with a `creatorType`: editors, translators and
 * series editors are not the work's authors (a chapter's record lists only its authors). An
 * edited book, whose creators are all editors, keeps them: its record lists the editors.
 */
export function authorsAmongCreators(items: unknown[]): unknown[] {
	const role = (x: unknown): string | null => {
		const r = isRecord(x) ? x.creatorType : undefined;
		return typeof r === "string" ? r.trim().toLowerCase() : null;
	};
	if (!items.some((x) => role(x) !== null)) return items;
	const authors = items.filter((x) => role(x) === null || role(x) === "author");
	return authors.length > 0 ? authors : items.filter((x) => role(x) === "editor");
}

export const editorsNotAuthors: Rule = {
	id: "editors-not-authors",
	name: "Editors are not authors",
	summary: "Editors, translators and other contributors an importer lists beside the authors (Zotero's creators with a creatorType) are not compared with the record's authors, and an edited book whose contributors are all editors is compared by its editors.",
	examples: [
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
	],
};
