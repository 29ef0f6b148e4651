// A reference's numbers against the record's `biblio`: an invented volume or a page range that is
// not the article's (a neighbour's in the same issue, another chapter's) is worth a look, though the
// work is right. Everything else numbers differ by is left alone: page ranges written short
// ("1234-56", "pp. 12-9"), supplement and e-locator prefixes ("S12", "e0123456" against "0123456"),
// an article number (Elsevier's "Article 104512") against the PDF's own "1-15" (and a paper's PDF paginated from 1 against its
// printed range of as many pages), an e-locator beside a record's pages, roman numerals, pages that overlap the record's
// (a first page off by one), the issue (OpenAlex's repeat the volume, double issues are "3-4"), a
// record's numbers that are no pages ("1"–"1", "1"–"14" counted from the PDF) or no volume
// ("ahead-of-print", a year against the note's volume number: online and print numbering), and the
// volume of a chapter or a proceedings paper (a series volume, LNCS's, against a book's or a
// meeting's own numbering).
import type { CitationNumbers, Reference, RemoteBiblio, RemoteWork } from "../types";
import { isSupplementIssue } from "./not-the-work";
import type { Rule } from "./types";

interface Page {
	roman: boolean;
	n: number;
	/** The digits as written (for a last page written short: "56" of "1234-56"). */
	digits: string;
	/** A letter before the digits: "s" of a supplement's "S12", "e" of an e-locator. */
	prefix: string;
}

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(s: string): number | null {
	if (!/^[ivxlcdm]{1,12}$/.test(s)) return null;
	let total = 0;
	for (let i = 0; i < s.length; i++) {
		const v = ROMAN_DIGITS[s[i]];
		const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]] : 0;
		total += v < next ? -v : v;
	}
	return total > 0 ? total : null;
}

function pageOf(token: string | undefined): Page | null {
	if (token === undefined) return null;
	const t = token.trim().toLowerCase();
	const roman = romanValue(t);
	if (roman !== null) return { roman: true, n: roman, digits: "", prefix: "" };
	const m = /^([a-z]{0,2})(\d{1,10})[a-z]?$/.exec(t);
	return m ? { roman: false, n: Number(m[2]), digits: m[2], prefix: m[1] } : null;
}

/** A range's last page, a short one completed from the first ("1234-56" → 1256, "12-9" → 19). */
function lastOf(first: Page, token: string | undefined): Page {
	const last = pageOf(token);
	if (last === null || last.roman !== first.roman) return first;
	if (!last.roman && last.digits.length < first.digits.length) {
		const digits = first.digits.slice(0, first.digits.length - last.digits.length) + last.digits;
		const full = { ...last, n: Number(digits), digits };
		return full.n >= first.n ? full : first;
	}
	return last.n >= first.n ? last : first;
}

interface Range {
	first: Page;
	last: Page;
	/** One page only, and not a range: an article number or e-locator when long or marked. */
	single: boolean;
}

function rangeOf(first: string | undefined, last: string | undefined): Range | null {
	const f = pageOf(first);
	if (f === null) return null;
	const l = lastOf(f, last);
	return { first: f, last: l, single: l.n === f.n };
}

/** An article number or e-locator standing for pages ("e0123456", "104512", "0201234"). */
function isArticleNumber(r: Range): boolean {
	return r.single && !r.first.roman && (r.first.prefix === "e" || r.first.digits.length >= 5 || r.first.digits.startsWith("0"));
}

function pagesText(first: string | undefined, last: string | undefined): string {
	return last !== undefined && last !== first ? `${first ?? ""}–${last}` : (first ?? "");
}

/** Why the note's pages are not the record's, or null when they agree or cannot be compared. */
function pagesDiffer(numbers: CitationNumbers, work: RemoteWork): string | null {
	const biblio = work.biblio;
	const record = biblio ? rangeOf(biblio.firstPage, biblio.lastPage) : null;
	// "1"–"1" and "1"–"14": a record's page count, no pages
	if (record === null || (!record.first.roman && record.first.n === 1)) return null;
	const said = `the record ${pagesText(biblio?.firstPage, biblio?.lastPage)}`;
	const articleNumber = numbers.articleNumber !== undefined ? rangeOf(numbers.articleNumber, undefined) : null;
	const note = rangeOf(numbers.firstPage, numbers.lastPage);
	if (isArticleNumber(record)) {
		if (articleNumber !== null && !articleNumber.first.roman) {
			if (articleNumber.first.n === record.first.n) return null;
			return `pages: the note's article number is ${numbers.articleNumber ?? ""}, ${said}`;
		}
		// the PDF's own pages ("1-15") beside an article number
		if (note === null || note.first.roman || note.first.n === 1 || note.first.n === record.first.n) return null;
		return `pages: the note has ${pagesText(numbers.firstPage, numbers.lastPage)}, ${said}`;
	}
	if (note === null || note.first.roman !== record.first.roman) return null;
	// the PDF's own pages ("1-12") beside a record giving one page: an article number ("4567") or only the first page
	if (record.single && !note.first.roman && note.first.n === 1) return null;
	// an article number or e-locator beside a record's pages: journals give both ("e12812", pages 412–431)
	if (isArticleNumber(note)) return null;
	// the paper's own PDF paginated from 1 ("pp. 1-7" of an early-access copy): as many pages as the record's
	if (!note.first.roman && note.first.n === 1 && note.last.n === record.last.n - record.first.n + 1) return null;
	// overlapping ranges: a first or last page off by a little
	if (note.first.n <= record.last.n && note.last.n >= record.first.n) return null;
	return `pages: the note has ${pagesText(numbers.firstPage, numbers.lastPage)}, ${said}`;
}

/** A volume's numbers: 12, "XII" → 12, "118-119" and "118/119" → both; null when it has none ("ahead-of-print"). */
function volumeNumbers(volume: string): number[] | null {
	const t = volume.trim().toLowerCase().replace(/^vol(?:ume)?\.?\s?/, "");
	const roman = romanValue(t);
	if (roman !== null) return [roman];
	const m = /^(\d{1,6})[a-z]?(?:\s?[-–/&]\s?(\d{1,6}))?(?:\b|$)/.exec(t);
	if (!m) return null;
	return m[2] ? [Number(m[1]), Number(m[2])] : [Number(m[1])];
}

const isYear = (n: number) => n >= 1800 && n <= 2100;

/** Entry types whose volume is a book's or a series' (a chapter, a proceedings paper, a book). */
const BOOK_ENTRY_TYPES = /^(?:inproceedings|conference|incollection|inbook|chapter|paper-conference|book|proceedings|collection|booksection|conferencepaper|mvbook|bookinbook)$/i;
const BOOK_RECORD_TYPES = new Set(["book-chapter", "book", "book-part", "proceedings", "proceedings-article", "reference-entry", "edited-book", "monograph"]);
const BOOK_SOURCE_TYPES = new Set(["conference", "book series", "ebook platform"]);

function volumeDiffers(ref: Reference, numbers: CitationNumbers, work: RemoteWork): string | null {
	const recordVolume = work.biblio?.volume;
	if (recordVolume === undefined || numbers.volume === undefined) return null;
	// a series volume (LNCS 11205) against a book's or a meeting's own numbering
	if (BOOK_ENTRY_TYPES.test(ref.entryType ?? "") || BOOK_RECORD_TYPES.has(work.type ?? "")) return null;
	if (BOOK_SOURCE_TYPES.has(work.locations.find((l) => l.venue === work.venue)?.sourceType ?? "")) return null;
	const here = volumeNumbers(numbers.volume);
	const there = volumeNumbers(recordVolume);
	if (here === null || there === null) return null;
	// a volume named by its year on one side only: online and print numbering
	if (here.every(isYear) !== there.every(isYear)) return null;
	if (here.some((n) => there.includes(n))) return null;
	return `volume: the note has ${numbers.volume}, the record ${recordVolume}`;
}

/**
 * The note's pages lie outside the record's one or two, and the record is in a supplement issue while
 * the note does not cite one: the record is a meeting abstract or another supplement item printed under the
 * title of the paper the note cites (rules/not-the-work), not that paper.
 */
export function pagesOutsideSupplement(numbers: CitationNumbers | undefined, biblio: RemoteBiblio | undefined): string | null {
	if (numbers === undefined || biblio?.issue === undefined || !isSupplementIssue(biblio.issue)) return null;
	if (numbers.issue !== undefined && isSupplementIssue(numbers.issue)) return null;
	const note = rangeOf(numbers.firstPage, numbers.lastPage);
	const record = rangeOf(biblio.firstPage, biblio.lastPage);
	// a note's "1-2" may be the PDF's own pages
	if (note === null || record === null || note.first.roman || record.first.roman || note.first.prefix === "s" || note.first.n === 1) return null;
	// an abstract's one or two pages; a longer range is a paper the supplement printed
	if (record.last.n - record.first.n > 1) return null;
	if (note.first.n <= record.last.n && note.last.n >= record.first.n) return null;
	return `remote is a supplement item (issue ${biblio.issue}, pages ${pagesText(biblio.firstPage, biblio.lastPage)}); the note cites pages ${pagesText(numbers.firstPage, numbers.lastPage)}${numbers.issue !== undefined ? ` of issue ${numbers.issue}` : ""}`;
}

/**
 * How many pages a range runs over ("3845"–"3845": 1, "S1142"–"S1143": 2, "2201"–"12": 12; a first
 * page alone: 1); null when it is no page, or the two ends are no one range (roman against arabic,
 * another prefix, the last before the first).
 */
function printedPageCount(first: string | undefined, last: string | undefined): number | null {
	const f = pageOf(first);
	if (f === null) return null;
	if (last === undefined) return 1;
	const l = pageOf(last);
	if (l === null || l.roman !== f.roman || (l.prefix !== "" && l.prefix !== f.prefix)) return null;
	const end = lastOf(f, last);
	// lastOf gives the first page back when the last is before it
	if (end === f && l.n !== f.n) return null;
	return end.n - f.n + 1;
}

/** A record's one or two printed pages ("3845"–"3845", ASH's "12"–"13"): an abstract's, in a supplement (rules/not-the-work). */
export function printsOneOrTwoPages(biblio: RemoteBiblio | undefined): boolean {
	if (biblio?.firstPage === undefined || biblio.lastPage === undefined) return false;
	if (biblio.firstPage === biblio.lastPage) return true;
	const count = printedPageCount(biblio.firstPage, biblio.lastPage);
	return count !== null && count <= 2;
}

/**
 * The note's pages or issue are a paper's, not those of the meeting abstract a record in a supplement
 * issue is (rules/not-the-work): three or more pages outside the record's one or two
 * (pagesOutsideSupplement's test, a paper's range), or an issue that is a plain number ("31") other
 * than the supplement's own ("15" of "15_suppl", "1" of "Supplement_1", which exports write without
 * the word). What it names, or null.
 */
export function notePrintsPaper(ref: Reference, work: RemoteWork): string | null {
	if (work.supplementIssue === undefined) return null;
	const numbers = ref.numbers;
	if (pagesOutsideSupplement(numbers, work.biblio) !== null && (printedPageCount(numbers?.firstPage, numbers?.lastPage) ?? 0) >= 3) return `pages ${pagesText(numbers?.firstPage, numbers?.lastPage)} are a paper's`;
	const issue = numbers?.issue !== undefined ? /^\s*(\d{1,4})\s*$/.exec(numbers.issue)?.[1] : undefined;
	const own = work.supplementIssue.match(/\d{1,4}/g) ?? [];
	if (issue !== undefined && !own.some((n) => Number(n) === Number(issue))) return `issue ${issue} is not the supplement's`;
	return null;
}

/**
 * The record is a paper of a regular issue: three or more pages ("20", "2201"–"2212"), not the
 * abstract a note citing a supplement means (rules/not-the-work). Its issue and page count, or null.
 */
export function paperPrinted(biblio: RemoteBiblio | undefined): { issue: string; pages: number } | null {
	if (biblio?.issue === undefined || isSupplementIssue(biblio.issue) || biblio.firstPage === undefined || biblio.lastPage === undefined) return null;
	const count = printedPageCount(biblio.firstPage, biblio.lastPage);
	return count !== null && count >= 3 ? { issue: biblio.issue, pages: count } : null;
}

/**
 * The note cites a meeting abstract in a journal's supplement: its issue is a supplement's
 * ("15_suppl") other than the record's issue number (a record that lost the word: "1" of "Suppl 1"),
 * and its pages, if any, one or two. What it names, or null.
 */
export function noteCitesSupplementAbstract(numbers: CitationNumbers | undefined, recordIssue: string): string | null {
	if (numbers?.issue === undefined || !isSupplementIssue(numbers.issue)) return null;
	const own = numbers.issue.match(/\d{1,4}/g) ?? [];
	if (own.some((n) => Number(n) === Number(recordIssue))) return null;
	const count = numbers.firstPage !== undefined ? printedPageCount(numbers.firstPage, numbers.lastPage) : null;
	if (numbers.firstPage !== undefined && (count === null || count > 2)) return null;
	return `issue ${numbers.issue}${numbers.firstPage !== undefined ? `, ${count === 1 ? "page" : "pages"} ${pagesText(numbers.firstPage, numbers.lastPage)}` : ""}`;
}

/** The note's volume and pages where they are not the record's (rules/volume-and-pages): each a minor difference. */
export function numbersDiffer(ref: Reference, work: RemoteWork): string[] {
	const numbers = ref.numbers;
	if (numbers === undefined || work.biblio === undefined) return [];
	return [volumeDiffers(ref, numbers, work), pagesDiffer(numbers, work)].filter((n): n is string => n !== null);
}

export const volumeAndPages: Rule = {
	id: "volume-and-pages",
	name: "Volume and pages",
	summary:
		"A note's volume, or pages that do not overlap the record's (a neighbouring article's, another chapter's, an invented range, another e-locator), is a minor difference though the work is right, while page ranges written short (\"1234-56\", \"pp. 12-9\"), supplement and e-locator prefixes (\"S12\", \"e0123456\" against \"0123456\"), the PDF's \"1-15\" beside an article number or a printed range of as many pages, an e-locator beside a record's pages, roman numerals, the issue, a record's page count (\"1\"–\"1\", \"1\"–\"14\"), a volume that is none (\"ahead-of-print\") or a year against a number, and a chapter's or proceedings paper's series volume (LNCS) are left alone.",
	examples: [
		{
			local: { citekey: "lund2019", entry_type: "article", title: "Frost Heave under Gravel Roads", author: "Lund, Maja", journal: "Cold Regions Science and Technology", volume: "88", pages: "301--315", year: 2019, doi: "10.5555/rules.vp.1" },
			remote: { title: "Frost heave under gravel roads", authors: ["Maja Lund"], year: 2019, venue: "Cold Regions Science and Technology", doi: "10.5555/rules.vp.1", volume: "157", issue: "2", pages: ["1043", "1054"] },
			verdict: "minor",
			note: "volume: the note has 88, the record 157",
		},
		{
			// the next article's pages in the same issue
			local: { citekey: "lund2019b", entry_type: "article", title: "Frost Heave under Gravel Roads", author: "Lund, Maja", journal: "Cold Regions Science and Technology", volume: "157", pages: "1055--1066", year: 2019, doi: "10.5555/rules.vp.1" },
			remote: { title: "Frost heave under gravel roads", authors: ["Maja Lund"], year: 2019, venue: "Cold Regions Science and Technology", doi: "10.5555/rules.vp.1", volume: "157", issue: "2", pages: ["1043", "1054"] },
			verdict: "minor",
			note: "pages: the note has 1055–1066, the record 1043–1054",
		},
		{
			local: { TY: "JOUR", AU: ["Lund, Maja"], TI: "Frost heave under gravel roads", T2: "Cold Reg Sci Technol", PY: "2019", VL: "157", IS: "2-3", SP: "1043", EP: "54", DO: "10.5555/rules.vp.1" },
			remote: { title: "Frost heave under gravel roads", authors: ["Maja Lund"], year: 2019, venue: "Cold Regions Science and Technology", doi: "10.5555/rules.vp.1", volume: "157", issue: "2", pages: ["1043", "1054"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// an article number against the PDF's own pages; another e-locator is another article
			local: { itemType: "journalArticle", title: "Snow Load on Solar Carports", creators: [{ creatorType: "author", lastName: "Lund", firstName: "Maja" }], publicationTitle: "PLOS ONE", volume: "14", pages: "1-15", date: "2019", DOI: "10.5555/rules.vp.2" },
			remote: { title: "Snow load on solar carports", authors: ["Maja Lund"], year: 2019, venue: "PLOS ONE", doi: "10.5555/rules.vp.2", volume: "14", issue: "3", pages: ["e0212345", "e0212345"] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { itemType: "journalArticle", title: "Snow Load on Solar Carports", creators: [{ creatorType: "author", lastName: "Lund", firstName: "Maja" }], publicationTitle: "PLOS ONE", volume: "14", pages: "e0212354", date: "2019", DOI: "10.5555/rules.vp.2" },
			remote: { title: "Snow load on solar carports", authors: ["Maja Lund"], year: 2019, venue: "PLOS ONE", doi: "10.5555/rules.vp.2", volume: "14", issue: "3", pages: ["e0212345", "e0212345"] },
			verdict: "minor",
			note: "pages: the note has e0212354, the record e0212345",
		},
		{
			// an e-locator beside the record's pages, and a conference paper's PDF paginated from 1 (as many pages as the record's)
			local: { citekey: "lund2020", entry_type: "article", title: "Avalanche Warnings and Backcountry Traffic", author: "Lund, Maja", journal: "Journal of Outdoor Recreation and Tourism", volume: "31", pages: "e100312", year: 2020, doi: "10.5555/rules.vp.5" },
			remote: { title: "Avalanche warnings and backcountry traffic", authors: ["Maja Lund"], year: 2020, venue: "Journal of Outdoor Recreation and Tourism", doi: "10.5555/rules.vp.5", volume: "31", pages: ["88", "97"] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "lund2021icra", entry_type: "inproceedings", title: "Ski-Track Following for Rescue Robots", author: "Lund, Maja", booktitle: "2021 IEEE International Conference on Robotics and Automation (ICRA)", pages: "1--7", year: 2021, doi: "10.5555/rules.vp.6" },
			remote: { title: "Ski-track following for rescue robots", authors: ["Maja Lund"], year: 2021, venue: "2021 IEEE International Conference on Robotics and Automation (ICRA)", doi: "10.5555/rules.vp.6", volume: "1", pages: ["5521", "5527"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// Elsevier's "Article 104512", and the PDF's own pages beside a record giving one page
			local: { itemType: "journalArticle", title: "Meltwater Ponds on Sea Ice", creators: [{ creatorType: "author", lastName: "Lund", firstName: "Maja" }], publicationTitle: "Remote Sensing of Environment", volume: "262", pages: "Article 112744", date: "2021", DOI: "10.5555/rules.vp.7" },
			remote: { title: "Meltwater ponds on sea ice", authors: ["Maja Lund"], year: 2021, venue: "Remote Sensing of Environment", doi: "10.5555/rules.vp.7", volume: "262", pages: ["112477", "112477"] },
			verdict: "minor",
			note: "pages: the note has 112744, the record 112477",
		},
		{
			local: { citekey: "lund2019sr", entry_type: "article", title: "Glacier Calving Sounds", author: "Lund, Maja", journal: "Sci Rep", volume: "9", pages: "1--12", year: 2019, doi: "10.5555/rules.vp.8" },
			remote: { title: "Glacier calving sounds", authors: ["Maja Lund"], year: 2019, venue: "Scientific Reports", doi: "10.5555/rules.vp.8", volume: "9", issue: "1", pages: ["4567", "4567"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// RIS with the whole range in SP, and an OpenAlex record's own biblio kept in a note
			local: { TY: "JOUR", AU: ["Lund, Maja"], TI: "Ferry Wakes and Shoreline Erosion", T2: "Estuarine, Coastal and Shelf Science", PY: "2018", VL: "212", SP: "3043-54", DO: "10.5555/rules.vp.9" },
			remote: { title: "Ferry wakes and shoreline erosion", authors: ["Maja Lund"], year: 2018, venue: "Estuarine, Coastal and Shelf Science", doi: "10.5555/rules.vp.9", volume: "212", pages: ["2043", "2054"] },
			verdict: "minor",
			note: "pages: the note has 3043–54, the record 2043–2054",
		},
		{
			local: { display_name: "Ferry wakes and shoreline erosion", publication_year: 2018, authorships: [{ author: { display_name: "Maja Lund" } }], primary_location: { source: { display_name: "Estuarine, Coastal and Shelf Science" } }, biblio: { volume: "212", issue: null, first_page: "2043", last_page: "2054" }, doi: "https://doi.org/10.5555/rules.vp.9" },
			remote: { title: "Ferry wakes and shoreline erosion", authors: ["Maja Lund"], year: 2018, venue: "Estuarine, Coastal and Shelf Science", doi: "10.5555/rules.vp.9", volume: "212", pages: ["2043", "2054"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// the record's page count and a volume that is none
			local: { citekey: "lund2021", entry_type: "article", title: "Road Salt and Roadside Lichens", author: "Lund, Maja", journal: "Environmental Pollution", volume: "268", pages: "115--127", year: 2021, doi: "10.5555/rules.vp.3" },
			remote: { title: "Road salt and roadside lichens", authors: ["Maja Lund"], year: 2021, venue: "Environmental Pollution", doi: "10.5555/rules.vp.3", volume: "ahead-of-print", issue: "ahead-of-print", pages: ["1", "13"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a proceedings series volume against the record's part number
			local: { citekey: "lund2018", entry_type: "inproceedings", title: "Ice Detection on Rotor Blades from Drone Imagery", author: "Lund, Maja", booktitle: "Computer Vision -- ECCV 2018 Workshops", series: "LNCS", volume: "11133", pages: "45--60", year: 2018, doi: "10.5555/rules.vp.4" },
			remote: { title: "Ice detection on rotor blades from drone imagery", authors: ["Maja Lund"], year: 2018, venue: "Lecture Notes in Computer Science", doi: "10.5555/rules.vp.4", type: "book-chapter", volume: "3", pages: ["45", "60"] },
			verdict: "confirmed",
			note: "the LNCS series that holds",
		},
	],
};
