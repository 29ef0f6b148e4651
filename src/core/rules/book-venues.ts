import { foldText } from "../normalize";
import type { Reference, RemoteWork } from "../types";
import type { Rule } from "./types";
import { isBookLike, isBookRecord } from "./book-editions";

/** Words that name no publisher: "Press", "Publishing", "eBooks", company forms. */
const FILLER = new Set(["the", "press", "publishing", "publishers", "publisher", "publications", "publication", "books", "ebooks", "ebook", "inc", "ltd", "llc", "co", "company", "gmbh", "verlag", "editions", "group", "and"]);

/** "Oxford University Press eBooks" → ["oxford", "university"]; "University of Chicago Press" → ["university", "of", "chicago"]. */
function publisherWords(name: string): string[] {
	return foldText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !FILLER.has(w));
}

/** Two names of one publisher: one's words (fillers and places after them aside) start the other's. */
export function samePublisher(a: string, b: string): boolean {
	const x = publisherWords(a);
	const y = publisherWords(b);
	if (x.length === 0 || y.length === 0) return false;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.every((w, i) => long[i] === w);
}

function primarySourceType(work: RemoteWork): string {
	return work.locations.find((l) => l.venue === work.venue)?.sourceType ?? "";
}

/** A publisher's book collection ("Routledge eBooks") or a book series: where OpenAlex files books. */
function isBookCollection(work: RemoteWork): boolean {
	return /\bebooks?\b/i.test(work.venue ?? "") || /ebook platform|book series/.test(primarySourceType(work));
}

/** Entry types of a paper in a meeting's proceedings (BibTeX, CSL, Zotero). */
const PROCEEDINGS_ENTRY = /^(inproceedings|conference|paper-conference|conferencepaper)$/;

/** A journal's name: a note naming one cites no book, whatever its item type. */
const JOURNAL_WORD = /\b(journal|transactions|letters|magazine|annals|bulletin|quarterly|review|reviews|acta|zeitschrift|revue|revista|rivista)\b/;

/**
 * The note cites a book or a chapter and the record files it under a publisher's book collection
 * or a book series (rules/book-venues): "same" when the note's publisher is the collection's,
 * "collection" when the record names a collection or series the note does not, null when the
 * venue rules decide.
 */
export function bookVenue(ref: Reference, work: RemoteWork): "same" | "collection" | null {
	if (ref.venue === null || work.venue === null) return null;
	// a meeting's paper whose record is a chapter filed under a book series: publishers print meetings'
	// proceedings as volumes of series named for a field ("Lecture Notes in Civil Engineering",
	// "Mechanisms and Machine Science"), so the note's proceedings title and the series are two names of its shelf
	const proceedingsInSeries = PROCEEDINGS_ENTRY.test(ref.entryType ?? "") && isBookRecord(work) && primarySourceType(work) === "book series";
	// a note that names no item type (the Citations plugin writes none) whose container is no journal,
	// against a book's record filed under a collection: the note's container is the book
	const untypedBook = ref.entryType === null && isBookRecord(work) && isBookCollection(work) && !JOURNAL_WORD.test(foldText(ref.venue));
	const noteCitesBook = isBookLike(ref) || ref.venueIsPublisher === true || proceedingsInSeries || untypedBook;
	if (!noteCitesBook) return null;
	if (samePublisher(ref.venue, work.venue)) return "same";
	// a report's record files it under a series or whatever source OpenAlex gave the agency's DOIs
	return isBookRecord(work) || isBookCollection(work) || work.type === "report" ? "collection" : null;
}

export const bookVenues: Rule = {
	id: "book-venues",
	name: "Publishers and book collections",
	summary: "For a book or a chapter, OpenAlex's venue is the publisher's book collection (\"Routledge eBooks\") or a book series, so the note's publisher matches the collection of the same publisher and any other collection or series is accepted with a note, as is the venue of a report's record (a series, or the source OpenAlex gave an agency's DOIs) against the publisher or institution a note names, a meeting paper's record filed as a chapter under a book series (publishers print proceedings in series named for a field), and a book's record under a collection against a note that names no item type and no journal, while a note citing a journal keeps its venue checked.",
	examples: [
		{
			// a meeting's paper whose proceedings volume is printed in a field's book series
			local: { citekey: "osei2022tidal", entry_type: "inproceedings", title: "Scour around tidal turbine monopiles", author: "Osei, Kwame and Lund, Freya", booktitle: "Proceedings of the 4th International Conference on Tidal Energy Structures", publisher: "Springer", year: 2022, doi: "10.5555/rules.bv.s1" },
			remote: { title: "Scour Around Tidal Turbine Monopiles", authors: ["Kwame Osei", "Freya Lund"], year: 2022, venue: "Lecture Notes in Mechanical Engineering", sourceType: "book series", type: "book-chapter", doi: "10.5555/rules.bv.s1" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Lecture Notes in Mechanical Engineering', a publisher's collection or book series the note does not name",
		},
		{
			// …a series named for no field as well, by a CSL note
			local: { id: "lund2021gearbox", type: "paper-conference", title: "Wear in planetary gearboxes of tidal turbines", author: [{ family: "Lund", given: "Freya" }], "container-title": "Advances in Tidal Machinery: Proceedings of TMC 2021", issued: { "date-parts": [[2021]] }, DOI: "10.5555/rules.bv.s2" },
			remote: { title: "Wear in planetary gearboxes of tidal turbines", authors: ["Freya Lund"], year: 2021, venue: "Mechanisms and Machine Science", sourceType: "book series", type: "book-chapter", doi: "10.5555/rules.bv.s2" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Mechanisms and Machine Science', a publisher's collection or book series the note does not name",
		},
		{
			// …while a meeting paper's record in a journal is compared as a journal
			local: { citekey: "osei2021wake", entry_type: "inproceedings", title: "Wake recovery behind tidal turbine arrays", author: "Osei, Kwame", booktitle: "Proceedings of the 3rd International Conference on Tidal Energy Structures", year: 2021, doi: "10.5555/rules.bv.s3" },
			remote: { title: "Wake recovery behind tidal turbine arrays", authors: ["Kwame Osei"], year: 2021, venue: "Ocean Engineering", sourceType: "journal", type: "article", doi: "10.5555/rules.bv.s3" },
			verdict: "minor",
			note: "venue: 'Proceedings of the 3rd International Conference on Tidal Energy Structures' vs 'Ocean Engineering'",
		},
		{
			// the Citations plugin writes no item type: a companion's chapter against the press's collection
			local: { citekey: "brannigan2019", title: "Hume on the passions", authorString: "Niamh Brannigan", year: 2019, containerTitle: "The Northgate Companion to Hume", publisher: "Northgate University Press", DOI: "10.5555/rules.bv.c1" },
			remote: { title: "Hume on the passions", authors: ["Niamh Brannigan"], year: 2019, venue: "Harbourside University Press eBooks", sourceType: "ebook platform", type: "book-chapter", doi: "10.5555/rules.bv.c1" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Harbourside University Press eBooks', a publisher's collection or book series the note does not name",
		},
		{
			// …an encyclopedia's entry, which OpenAlex types reference-entry, likewise
			local: { citekey: "quilty2022dune", title: "Dune migration", authorString: "Saoirse Quilty", year: 2022, containerTitle: "Encyclopedia of Coastal Geomorphology", publisher: "Harbourside", DOI: "10.5555/rules.bv.c3" },
			remote: { title: "Dune migration", authors: ["Saoirse Quilty"], year: 2022, venue: "Harbourside University Press eBooks", sourceType: "ebook platform", type: "reference-entry", doi: "10.5555/rules.bv.c3" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Harbourside University Press eBooks', a publisher's collection or book series the note does not name",
		},
		{
			// …while such a note naming a journal keeps its venue checked
			local: { citekey: "brannigan2020", title: "Hume on sympathy", authorString: "Niamh Brannigan", year: 2020, containerTitle: "Journal of Scottish Philosophy", DOI: "10.5555/rules.bv.c2" },
			remote: { title: "Hume on sympathy", authors: ["Niamh Brannigan"], year: 2020, venue: "Harbourside University Press eBooks", sourceType: "ebook platform", type: "book-chapter", doi: "10.5555/rules.bv.c2" },
			verdict: "minor",
			note: "venue: 'Journal of Scottish Philosophy' vs 'Harbourside University Press eBooks'",
		},
		{
			// an agency's report, which OpenAlex files under a source of its own choosing
			local: { title: "Groundwater salinity in the Volta Delta", authors: ["Ama Owusu"], publisher: "Ghana Hydrological Survey", year: 2019, doi: "10.5555/rules.bv.9" },
			remote: { title: "Groundwater salinity in the Volta Delta", authors: ["Ama Owusu"], year: 2019, venue: "Open-file report", type: "report", doi: "10.5555/rules.bv.9" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Open-file report'",
		},
		{
			local: { citekey: "marwick2015", entry_type: "book", title: "Parish Registers and the Early Modern State", authors: ["Eleanor Marwick"], year: 2015, publisher: "Oxford University Press", doi: "10.5555/rules.bv.1" },
			remote: { title: "Parish registers and the early modern state", authors: ["Eleanor Marwick"], year: 2015, venue: "Oxford University Press eBooks", type: "book", doi: "10.5555/rules.bv.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "worldbank2020", entry_type: "book", title: "Remittances and Rural Credit in West Africa", authors: ["Ama Owusu", "Tomas Halloran"], year: 2020, publisher: "World Bank Publications", doi: "10.5555/rules.bv.2" },
			remote: { title: "Remittances and rural credit in West Africa", authors: ["Ama Owusu", "Tomas Halloran"], year: 2020, venue: "World Bank, Washington, DC eBooks", type: "book", doi: "10.5555/rules.bv.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "pereira2017", entry_type: "incollection", title: "Bridge Tolls in Iberian Towns", booktitle: "Fairs, Tolls and Markets in Medieval Europe", authors: ["Lucia Pereira"], year: 2017, publisher: "Brill", doi: "10.5555/rules.bv.3" },
			remote: { title: "Bridge tolls in Iberian towns", authors: ["Lucia Pereira"], year: 2017, venue: "Brill eBooks", type: "book-chapter", doi: "10.5555/rules.bv.3" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Brill eBooks', a publisher's collection or book series the note does not name",
		},
		{
			local: { citekey: "hathersage2011", entry_type: "book", title: "Tithe Disputes in Northern England", authors: ["Miles Hathersage"], year: 2011, publisher: "Boydell", doi: "10.5555/rules.bv.4" },
			remote: { title: "Tithe disputes in northern England", authors: ["Miles Hathersage"], year: 2011, venue: "Studies in Regional History", type: "book", doi: "10.5555/rules.bv.4" },
			verdict: "confirmed",
			note: "venue: the record files the work under 'Studies in Regional History'",
		},
		{
			local: { citekey: "hathersage2012", title: "Tithe Commutation and Rent", authors: ["Miles Hathersage"], year: 2012, journal: "Agricultural History Review", doi: "10.5555/rules.bv.5" },
			remote: { title: "Tithe commutation and rent", authors: ["Miles Hathersage"], year: 2012, venue: "Northern History", type: "article", doi: "10.5555/rules.bv.5" },
			verdict: "minor",
			note: "venue: 'Agricultural History Review' vs 'Northern History'",
		},
	],
};
