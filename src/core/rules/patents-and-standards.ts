// Patents and standards are rarely indexed by OpenAlex, and importers mark them by type (Zotero's
// patent and standard, RIS PAT, biblatex @patent and @standard) — but not always. Google Scholar
// exports a patent as @misc with `publisher = {Google Patents}` and `note = {US Patent 10,298,765}`
// (older exports as @article with `journal = {US Patent 4,123,456}`), and people write a standard
// as @misc, @manual or @techreport whose number, or title when no person wrote it, leads with its
// designation ("ISO 21930:2017 …", "BS EN 1992-1-1:2004", "ASTM D2487-17") or an ITU
// recommendation's number, or whose author is the standards body; a standard bought from its body
// is often exported as @book, read so only by its designation and without authors or editors (the
// bodies publish manuals and handbooks too).
// Such a note is read as the patent or standard it is (entry type `patent` or `standard`), so it
// is skipped as not indexed without a DOI (reference.ts's NOT_INDEXED_TYPES, a setting) and, with
// a DOI OpenAlex does not hold, by rules/data-and-software-dois; a paper about a patent or a
// standard names its journal or proceedings and is looked up as before.
import { firstText } from "../field-values";
import type { Rule } from "./types";

/** Entry types a patent or a standard is written under when the importer has no type for it. */
const PLAIN_TYPES = new Set(["", "misc", "manual", "techreport", "report", "online", "unpublished", "electronic"]);

/**
 * "Google Patents", or a field that is a patent's number: "US Patent 10,298,765", "U.S. Patent No.
 * 9,876,543", "US Patent App. 16/123,456", "Patent EP3456789B1" (a note that mentions a patent
 * further on is a paper's).
 */
const PATENT_MARK = /^\s*google patents\s*$|^\s*(?:[a-z.]+\s+){0,2}patent(?:\s+(?:app|appl|application|no|nr|number|pub|publication)\.?)*[\s:#.]*(?:[a-z]{2}\s?)?(?:\d{1,3}(?:,\d{3}){1,3}|\d{2}\/\d{3},?\d{3}|\d{5,})/i;

/**
 * A standard's designation leading the text, with its year: "ISO 21930:2017", "ISO/IEC 27001:2013",
 * "BS EN 1992-1-1:2004", "DIN EN ISO 9001:2015", "IEC 61400-1:2019", "ASTM D2487-17", "IEEE Std 1234-2019".
 */
const STANDARD_DESIGNATION = /^(?:(?:BS|DIN|NF|SS|NS|SN|UNE|CSA|AS\/NZS|AS|JIS|ÖNORM|ANSI\/[A-Z]+)\s+)?(?:EN\s+)?(?:ISO(?:\/(?:IEC|IEEE|ASTM|TS|TR|PAS))*|IEC(?:\/(?:TS|TR))?|EN|ASTM|ANSI|IEEE\s+Std\.?)\s+[A-Z]{0,2}\s?\d{1,6}(?:[-.]\d{1,4})*(?::\d{4}|-\d{2}(?:\d{2})?)(?![\d])/;
/**
 * A standard's designation before a standard's own title ("ASTM D2487-17 Standard Practice for …",
 * as ASTM's records title it without): a label of the title (rules/title-labels). Only before
 * "Standard …": "ISO 14001:2015 certification and …" is a paper's title, and another standard's
 * number another paper's.
 */
export const LEADING_DESIGNATION = new RegExp(`${STANDARD_DESIGNATION.source}\\s*[:\\-–—]?\\s+(?=[Ss]tandard\\s)`);
/** An ITU recommendation's number: "ITU-T Recommendation G.711", "Recommendation ITU-R P.837". */
const ITU_RECOMMENDATION = /^(?:recommendation\s+)?itu-[rt]\s+(?:recommendation\s+)?[a-z]{1,3}\.\d{1,5}\b/i;

/** A standards body written as the author or organization of a note. */
const STANDARDS_BODY = /^\{*\s*(?:international organi[sz]ation for standardi[sz]ation|international electrotechnical commission|european committee for (?:electrotechnical )?standardi[sz]ation|british standards institution|deutsches institut für normung|american national standards institute|astm international|standards australia|international telecommunication union|iso|iec|cen|cenelec|bsi|din|ansi|itu|itu-t|itu-r)\s*\}*$/i;

/**
 * The entry type a note written without its own type for a patent or a standard really has:
 * "patent", "standard", or null for every other note. `container` is the journal or proceedings
 * the note names (null when it names none, or only a publisher).
 */
export function patentOrStandardType(fm: Record<string, unknown>, declaredType: string | null, title: string, container: string | null, authors: string[], editors: string[]): "patent" | "standard" | null {
	const type = (declaredType ?? "").toLowerCase();
	// Google Scholar's older export: a patent as an article whose journal is the patent's number
	if (type === "article" || type === "") {
		if (container !== null && PATENT_MARK.test(container)) return "patent";
	}
	// a standard bought from its body is often exported as a book
	const book = type === "book";
	if (!(PLAIN_TYPES.has(type) || book) || container !== null) return null;
	for (const key of book ? [] : ["publisher", "howpublished", "note", "number"]) {
		const v = firstText(fm, key);
		if (v !== null && PATENT_MARK.test(v)) return "patent";
	}
	// a title led by a designation is a standard's only without people as its authors (a paper or a book about "ISO 14001:2015 certification" has them)
	const body = (v: string | null) => v !== null && STANDARDS_BODY.test(v.trim());
	const byPeople = authors.some((a) => !body(a));
	if (book && (byPeople || editors.length > 0)) return null;
	const designates = (v: string | null) => v !== null && (STANDARD_DESIGNATION.test(v.trim()) || ITU_RECOMMENDATION.test(v.trim()));
	const designation = [byPeople ? null : title, firstText(fm, "number"), firstText(fm, "howpublished")].some(designates);
	// a book's publisher being the body is not enough: it publishes manuals and handbooks too
	const byBody = !book && [...authors, firstText(fm, "organization"), firstText(fm, "institution")].some(body);
	return designation || byBody ? "standard" : null;
}

export const patentsAndStandards: Rule = {
	id: "patents-and-standards",
	name: "Patents and standards written as plain entries",
	summary: "A patent or a standard written without its own entry type — Google Scholar's @misc with publisher \"Google Patents\" and a note \"US Patent 10,298,765\" (or an @article whose journal is the patent's number), a @misc, @manual or @techreport whose number (or, when no person is its author, its title) leads with a standard's designation and year (\"ISO 21930:2017\", \"BS EN 1992-1-1:2004\", \"ASTM D2487-17\") or an ITU recommendation's number, or whose author is the standards body (a standard exported as a @book only by the designation, without authors or editors) — is read as the patent or standard it is and skipped as not indexed like Zotero's patent and standard, while a paper about a patent or a standard (one that names its journal, has people as authors of a title led by a designation, or only mentions a patent in its note) is looked up.",
	examples: [
		{
			// Google Scholar's BibTeX for a patent
			local: { citekey: "brekke2019method", entry_type: "misc", title: "Method and apparatus for measuring tidal current velocity", author: "Brekke, Tomas and Lund, Petra", year: 2019, publisher: "Google Patents", note: "US Patent 10,298,765" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: patent entry without DOI",
		},
		{
			// the older export: the patent's number as the journal
			local: { citekey: "brekke1988buoy", entry_type: "article", title: "Mooring buoy with tension release", author: "Brekke, Tomas", year: 1988, journal: "US Patent 4,765,432", publisher: "Google Patents" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: patent entry without DOI",
		},
		{
			local: { citekey: "iso21930", entry_type: "misc", title: "ISO 21930:2017 Sustainability in buildings and civil engineering works — Core rules for environmental product declarations", author: "{International Organization for Standardization}", year: 2017, address: "Geneva" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: standard entry without DOI",
		},
		{
			// a standard bought from its body, exported as a book
			local: { citekey: "iso19902", entry_type: "book", title: "ISO 19902:2020 Petroleum and natural gas industries — Fixed steel offshore structures", publisher: "International Organization for Standardization", address: "Geneva", year: 2020 },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: standard entry without DOI",
		},
		{
			local: { citekey: "itu-p9999", entry_type: "misc", title: "Attenuation by atmospheric gases over fjord radio links", organization: "International Telecommunication Union", number: "Recommendation ITU-R P.9999-2", year: 2019 },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: standard entry without DOI",
		},
		{
			// the designation in the number, the standards body as organization
			local: { citekey: "en1991", entry_type: "manual", title: "Eurocode 1: Actions on structures — Part 1-4: General actions — Wind actions", organization: "European Committee for Standardization", number: "EN 1991-1-4:2005", year: 2005, address: "Brussels" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: standard entry without DOI",
		},
	],
};
