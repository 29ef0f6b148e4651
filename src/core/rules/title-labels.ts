import { foldText } from "../normalize";
import { LEADING_DESIGNATION } from "./patents-and-standards";
import type { Rule } from "./types";

// A review is cited as "Review of <book>, by <author>" (Chicago, Harvard), with APA 7's
// "[Review of the book <book>, by <author>]" after the reviewer's own title, while OpenAlex
// titles it as the book or as "Book review: <book>"; repositories put a label before a deposit's
// title ("Data from: …" at Dryad, "Replication data for: …" at Dataverse, "Supplementary
// material for: …"), which a note may keep or drop.
// Every label read from the end closes with "(?:\s*\.)?\s*$", not "\s*\.?\s*$": the latter tries
// each split of a long run of spaces between its two "\s*" (test/core/title-labels-long.test.ts).
const BOOK_REVIEW_PREFIX = /^\s*book\s+review\s*[:\-–—]\s*(?=\S)/i;
const APA_REVIEW_BRACKET = /\s?\[\s*review\s+of\s+(?:the\s+)?(?:book|film|edited\s+book|books|article)\b[^\]]*\](?:\s*\.)?\s*$/i;
// APA 7 describes what is not a journal article in brackets after its title: "[Doctoral
// dissertation, University of Michigan]", "[Data set]", "[Poster presentation]", "[Computer software]";
// NLM's Vancouver style marks an online book "[Internet]" and a thesis "[dissertation]"
const BRACKET_DESCRIPTION = /\s?\[\s*(?:internet|(?:monograph|homepage|database)\s+on\s+the\s+internet|cd-rom|dissertation|doctoral\s+dissertation|master[’']?s\s+thesis|(?:bachelor[’']?s|honou?rs|diploma|ph\.?\s?d\.?)\s+thesis|unpublished\s+(?:doctoral\s+dissertation|master[’']?s\s+thesis|manuscript)|data\s*set|computer\s+software|software|poster(?:\s+(?:presentation|session|abstract))?|conference\s+(?:session|presentation|paper|poster)|paper\s+presentation|symposium|keynote\s+address|technical\s+report|white\s+paper|policy\s+brief|fact\s+sheet|preprint|manuscript\s+(?:submitted|in\s+preparation)|abstract|lecture\s+notes|video|podcast(?:\s+episode)?|audio\s+podcast)\b[^\]]*\](?:\s*\.)?\s*$/i;
// a journal's section heading that some records carry before the title ("Original Article: …")
const SECTION_PREFIX = /^\s*(?:original\s+(?:research\s+)?(?:article|paper|research|contribution)|research\s+(?:article|paper)|short\s+(?:communication|report)|brief\s+(?:report|communication)|rapid\s+communication|technical\s+note|full\s+paper)\s*[:\-–—]\s*(?=\S)/i;
// a meeting's track that ACM and IEEE records put before a short paper's title ("Demo: …",
// "Poster: …", "Tutorial: …", "Doctoral Consortium: …", "Late-Breaking Work: …")
const TRACK_PREFIX = /^\s*(?:demo(?:nstration)?|poster|(?:demo|poster|student|extended)\s+abstract|tutorial|doctoral\s+consortium|work[-\s]in[-\s]progress|wip|late[-\s]breaking(?:\s+(?:work|results?))?|keynote(?:\s+(?:talk|address))?|invited\s+(?:talk|paper)|panel|showcase)\s*[:\-–—]\s*(?=\S)/i;
// the same tracks, a keynote or an award after a title in a note ("… (Keynote)", "… (Best Paper Award)")
const TRACK_SUFFIX = /\s?\(\s*(?:keynote(?:\s+(?:talk|address))?|invited\s+(?:talk|paper)|extended\s+abstract|(?:best|outstanding|distinguished)\s+(?:student\s+)?paper(?:\s+award)?(?:\s+(?:nominee|finalist|honou?rable\s+mention))?|honou?rable\s+mention|demo|poster|short\s+paper|student\s+abstract|tutorial|work[-\s]in[-\s]progress|late[-\s]breaking\s+work)\s*\)(?:\s*\.)?\s*$/i;
// a reader's own label before the title the note is about ("Notes on: …", "Reading notes – …",
// "Summary: …"); only with its colon or dash: "Notes on the theory of …" is a title's own words
const READER_PREFIX = /^\s*(?:(?:my\s+)?(?:reading|literature|lit\.?|paper)\s+notes?|notes?\s+on|notes|summary(?:\s+of)?)\s*[:\-–—]\s*(?=\S)/i;
const DEPOSIT_PREFIX = /^\s*(?:data\s+from|data\s+for|dataset\s+for|replication\s+data\s+for|supplementary\s+(?:material|materials|data|information)\s+(?:for|from|to))\s*:\s*(?=\S)/i;
// F1000Research, Wellcome and Gates Open Research keep the version and its reviews in the title
const OPEN_REVIEW_VERSION = /\s?\[\s*version\s+\d+\s*;\s*(?:peer\s+review|referees)\s*:[^\]]*\](?:\s*\.)?\s*$/i;
// APA 6 put a thesis's kind in parentheses after its title
const APA6_THESIS = /\s?\(\s*(?:unpublished\s+)?(?:doctoral\s+dissertation|dissertation|master[’']?s\s+thesis|ph\.?\s?d\.?\s+thesis)\b[^)]*\)\s*(?:\.\s*)?$/i;
// "Review of <book>, by <Name Name>" or "Review of the book <book>": without "by" and a name, or
// "the book", "A review of deep learning" is a review article's own title and keeps its words
const REVIEW_OF = /^\s*(?:a\s+)?review\s+of\s+(?:the\s+book\s+)?/i;
const BY_AUTHORS = /,?\s+(?:by|edited\s+by|eds?\.)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|de\s+|van\s+|von\s+)?\p{Lu}[\p{L}.'’-]*)*(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*)(?:\s*\.)?\s*$/u;

// The suffix labels take one space before them, the rest trimmed after: a pattern taking the whole
// run of spaces was tried from every space of a long run, a second on a title of 20,000 spaces (a
// lookbehind, which would start it at the run's start, breaks the plugin on iOS before 16.4).
const LABEL_WORDS = /^\s*[a-z]{2,10}[\d-]|review|summary|data|supplementary|[\])/]|\b(?:astm|iso|iec|en|ansi|ieee|bs|din)\s|article|paper|original|communication|report|memorandum|circular|bulletin|series|note|demo|poster|abstract|tutorial|consortium|progress|wip|breaking|keynote|invited|panel|showcase/i;
// APA's number of a dissertation in ProQuest's database ("(Publication No. 28001234)", APA 6's "(UMI No. 3123456)", "(Order No. …)")
const DATABASE_NUMBER = /\s?\(\s*(?:publication|umi|order)\s+no\.?\s?[\w-]+\s*\)(?:\s*\.)?\s*$/i;
// APA's number of a report in its series after the title ("(Open-File Report 2020-1034)", "(Scientific
// Investigations Report 2019–5012)", "(NOAA Technical Memorandum NMFS-SWFSC-650)", "(Report No. 12)")
const REPORT_NUMBER = /\s?\(\s*(?:[\p{L}.-]{1,30}\s+){0,4}(?:report|memorandum|circular|bulletin|paper|series)(?:\s+no\.?)?\s+(?:\p{Lu}{2,10}\s+)?(?=[^()]{0,40}\d)[\p{Lu}\d][\p{L}\d./–-]{0,40}\s*\)(?:\s*\.)?\s*$/iu;
// an organization's document code after the title ("(WHO/UCN/NTD/2022.1)", "(EUR/RC68/10)")
const DOCUMENT_CODE = /\s?\(\s*(?=[^()]{0,140}\d)\p{Lu}{2,10}(?:\/[\p{Lu}\d.-]{1,20}){1,6}\s*\)(?:\s*\.)?\s*$/u;
const SUFFIX_LABELS = [APA_REVIEW_BRACKET, BRACKET_DESCRIPTION, OPEN_REVIEW_VERSION, APA6_THESIS, TRACK_SUFFIX, DATABASE_NUMBER, REPORT_NUMBER, DOCUMENT_CODE];
// a report's number before its title, as report servers' records give it ("NASA/CR-2021-220987: …",
// "NREL/TP-5000-71234: …"), and a standard's designation ("ASTM D2487-17 Standard Practice for …")
const REPORT_NUMBER_PREFIX = /^\s*(?=[^:]{0,80}\d)\p{Lu}{2,10}(?:\/[\p{Lu}\d.-]{1,30}){1,4}\s*[:\-–—]\s+(?=\S)/u;
// …and a laboratory's code joined by hyphens, without a slash ("SAND2019-14567: …", "PNNL-28765: …",
// "LLNL-TR-812345: …", "LA-UR-20-12345: …"): only with a run of four digits or more, so that
// "COVID-19: …" or "GPT-4: …" opening a paper's title stays part of it
const HYPHEN_REPORT_NUMBER_PREFIX = /^\s*(?=[\p{Lu}\d.-]{0,40}\d{4})\p{Lu}{2,10}[\d-][\p{Lu}\d.-]{1,40}\s*[:–—]\s+(?=\S)/u;
const PREFIX_LABELS = [BOOK_REVIEW_PREFIX, DEPOSIT_PREFIX, SECTION_PREFIX, TRACK_PREFIX, READER_PREFIX, REPORT_NUMBER_PREFIX, HYPHEN_REPORT_NUMBER_PREFIX, LEADING_DESIGNATION];

/** The report number a report server's record puts before its title ("NREL/TP-5000-71234" of "NREL/TP-5000-71234: …"), or null. */
export function reportNumberPrefix(title: string): string | null {
	for (const label of [REPORT_NUMBER_PREFIX, HYPHEN_REPORT_NUMBER_PREFIX]) {
		const m = label.exec(title);
		if (m && m[0].length < title.length) return m[0].replace(/\s*[:\-–—]\s*$/, "").trim();
	}
	return null;
}

/**
 * Two report numbers that are one report's: alike but for case, spaces and punctuation, or one the
 * other's tail after its issuer's code ("TP-5000-71234" of "NREL/TP-5000-71234").
 */
export function sameReportNumber(a: string, b: string): boolean {
	const [x, y] = [a, b].map((n) => n.toUpperCase().replace(/[^A-Z0-9]/g, ""));
	if (x === y) return true;
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	return short.length >= 5 && /\d/.test(short) && long.endsWith(short);
}

/** The title without the labels around it (several may come together); null when it has none. */
export function withoutTitleLabel(title: string): string | null {
	if (!LABEL_WORDS.test(title)) return null;
	let t = title;
	for (let pass = 0; pass < 3; pass++) {
		const before = t;
		for (const label of SUFFIX_LABELS) {
			const m = label.exec(t);
			if (m && m.index > 0) t = t.slice(0, m.index).trimEnd();
		}
		for (const label of PREFIX_LABELS) {
			const m = label.exec(t);
			if (m && m[0].length < t.length) t = t.slice(m[0].length);
		}
		if (t === before) break;
	}
	if (t !== title) return t;
	const review = REVIEW_OF.exec(title);
	if (!review) return null;
	const rest = title.slice(review[0].length);
	const by = BY_AUTHORS.exec(rest);
	if (by && by.index > 0) return rest.slice(0, by.index);
	return /the\s+book\s+$/i.test(review[0]) && rest.trim() !== "" ? rest : null;
}

/** A data deposit's label ("Data from: …", "Replication data for: …", APA's "[Data set]"). */
export function isDepositLabelled(title: string): boolean {
	return DEPOSIT_PREFIX.test(title) || /\[\s*data\s*set\b[^\]]*\](?:\s*\.)?\s*$/i.test(title);
}

/**
 * When one title is labelled a data deposit and the other's item is not known to be a data set,
 * the note and the record may be the paper and the data behind it: two works, minor with this note.
 */
export function depositBesidePaper(localTitle: string, localType: string | null, remoteTitle: string, remoteType: string | null): string | null {
	const here = isDepositLabelled(localTitle);
	const there = isDepositLabelled(remoteTitle);
	if (here === there) return null;
	const otherIsData = here ? remoteType === "dataset" : /^(?:dataset|data)$/i.test(localType ?? "");
	if (otherIsData) return null;
	return here ? "title: the note cites a data deposit; the record is not a data set (the paper it belongs to?)" : "title: the record is a data deposit; the note does not cite a data set (the paper it belongs to?)";
}

/** A title labelled as a book review ("Book review: …", "Review of <book>, by <author>"). */
export function isReviewLabelled(title: string): boolean {
	return BOOK_REVIEW_PREFIX.test(title) || (REVIEW_OF.test(title) && withoutTitleLabel(title) !== null);
}

/** The check_log's note when the titles agree once the label is set aside. */
/**
 * A book record's title led by its author's name ("Seneca: Letters on Ethics", "Kant: Critique of
 * Pure Reason", as editions of classics are catalogued): the title after it when the name ends in
 * the family name of one of the note's authors, else null.
 */
export function withoutAuthorName(recordTitle: string, authors: string[]): string | null {
	const m = /^([^:]{2,40}):\s+(\S.*)$/.exec(recordTitle);
	if (!m || authors.length === 0) return null;
	const name = foldText(m[1]).trim().split(/\s+/);
	if (name.length > 3) return null;
	const last = name[name.length - 1];
	return authors.some((a) => foldText(a).trim().split(/\s+/).pop() === last) ? m[2] : null;
}

export const AUTHOR_NAME_NOTE = "title: the record puts the author's name before the title";

export const TITLE_LABEL_NOTE = "title: compared without the label that says what the item is (a review's, a deposit's, a citation style's, a journal's section)";

export const titleLabels: Rule = {
	id: "title-labels",
	name: "A review's or a deposit's label",
	summary: "A label around a title that says what the item is — a review's \"Review of <book>, by <author>\", \"Book review:\" or APA's \"[Review of the book …]\", APA's description of a thesis, data set, poster or software (\"[Doctoral dissertation, University of …]\", \"[Data set]\") and a dissertation's database number (\"(Publication No. 28001234)\") or a report's number in its series or its issuer's document code (\"(Open-File Report 2020-1034)\", \"(WHO/UCN/NTD/2022.1)\"), a report's number a report server's record puts first (\"NASA/CR-2021-220987: …\", \"SAND2019-14567: …\"; another report's number than the one the note gives is another report, major), a standard's designation before its own title (\"ASTM D2487-17 Standard Practice for …\"), NLM's \"[Internet]\", APA 6's \"(Doctoral dissertation)\", an open-review journal's \"[version 2; peer review: 2 approved]\", a repository's \"Data from:\" or \"Replication data for:\", a journal's section heading some records put first (\"Original Article:\", \"Research Article:\"), a meeting's track before a short paper's title (\"Demo:\", \"Poster:\", \"Tutorial:\", \"Doctoral Consortium:\") or a keynote's or an award's mark after it (\"(Keynote)\", \"(Best Paper Award)\"), the author's name a book record puts first (\"Seneca: Letters on Ethics\"), a reader's own label before the title a literature note is about (\"Notes on: …\", \"Reading notes – …\", \"Summary: …\", with its colon or dash) — is not part of the title: the titles are compared (and a title search made) without it, while a review article's own \"A review of …\" keeps its words; a note whose own DOI names the data deposit beside the paper it cites, or the paper beside the data it cites, has a DOI of another work (major).",
	examples: [
		{
			// a report server's record puts the report's number before its title
			local: { citekey: "abt2021icing", entry_type: "techreport", title: "Rime Ice Shapes on Harbour Crane Booms", author: "Abt, Lorenz", institution: "NASA Glenn Research Center", number: "NASA/CR-2021-229876", year: 2021 },
			remote: { candidates: [{ title: "NASA/CR-2021-229876: Rime Ice Shapes on Harbour Crane Booms", authors: ["Lorenz Abt"], year: 2021, venue: "NASA Technical Reports Server (NASA)", type: "report" }] },
			verdict: "confirmed",
			note: "compared without the label",
		},
		{
			// a laboratory's report number joined by hyphens, without a slash
			local: { citekey: "okoye2019corrosion", entry_type: "techreport", title: "Pitting Corrosion of Stainless Canisters in Coastal Air", author: "Okoye, Chidi and Lund, Maren", institution: "Sandia National Laboratories", year: 2019, doi: "10.5555/rules.tl.sand" },
			remote: { title: "SAND2019-14567: Pitting corrosion of stainless canisters in coastal air", authors: ["Chidi Okoye", "Maren Lund"], year: 2019, venue: "OSTI OAI (U.S. Department of Energy Office of Scientific and Technical Information)", type: "report", doi: "10.5555/rules.tl.sand" },
			verdict: "confirmed",
			note: "compared without the label",
		},
		{
			// …but the number before the record's title is another report's than the one the note gives
			local: { citekey: "varga2019wind", entry_type: "techreport", title: "Wake Steering in Offshore Wind Farms", author: "Varga, Ildikó", institution: "National Renewable Energy Laboratory", number: "NREL/TP-5000-71234", year: 2019, doi: "10.5555/rules.tl.nrel" },
			remote: { title: "NREL/TP-5000-73311: Wake steering in offshore wind farms", authors: ["Ildikó Varga"], year: 2019, venue: "OSTI OAI (U.S. Department of Energy Office of Scientific and Technical Information)", type: "report", doi: "10.5555/rules.tl.nrel" },
			verdict: "major",
			note: "the record is report 'NREL/TP-5000-73311'",
		},
		{
			// guard: the same number written with the issuer's code on one side only
			local: { citekey: "varga2018wind", entry_type: "report", title: "Wake Losses in Offshore Wind Farms", author: "Varga, Ildikó", institution: "National Renewable Energy Laboratory", number: "TP-5000-70011", year: 2018, doi: "10.5555/rules.tl.nrel2" },
			remote: { title: "NREL/TP-5000-70011: Wake losses in offshore wind farms", authors: ["Ildikó Varga"], year: 2018, venue: "OSTI OAI (U.S. Department of Energy Office of Scientific and Technical Information)", type: "report", doi: "10.5555/rules.tl.nrel2" },
			verdict: "confirmed",
			note: "compared without the label",
		},
		{
			// guard: a code of a few digits opening a paper's title is part of it
			local: { citekey: "haddad2021", title: "Vaccine Hesitancy among Pharmacists", author: "Haddad, Rania", year: 2021, doi: "10.5555/rules.tl.covid" },
			remote: { title: "COVID-19: Vaccine hesitancy among pharmacists", authors: ["Rania Haddad"], year: 2021, venue: "Pharmacy Practice", doi: "10.5555/rules.tl.covid" },
			verdict: "major",
			note: "title",
		},
		{
			// ASTM's designation before a standard's title in the note, its record titled without it
			local: { citekey: "astmf9998", entry_type: "misc", title: "ASTM F9998-20 Standard Practice for Load Testing of Mooring Bollards", year: 2020, publisher: "ASTM International", doi: "10.1520/F9998-20" },
			remote: { title: "Standard Practice for Load Testing of Mooring Bollards", authors: [], year: 2020, venue: "ASTM International eBooks", type: "standard", doi: "10.1520/f9998-20" },
			verdict: "confirmed",
			note: "compared without the label",
		},
		{
			// an organization's document code after a report's title
			local: { title: "Cholera preparedness in harbour cities (WHO/HSE/GCR/2019.4)", authors: ["World Health Organization"], year: 2019, publisher: "World Health Organization" },
			remote: { candidates: [{ title: "Cholera preparedness in harbour cities", authors: [], year: 2019, venue: null, type: "report" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			local: { title: "Mooring registers of Baltic ports, 1850–1900 (U.S. Geological Survey Circular 1460)", authors: ["Helena Marsh"], year: 2019 },
			remote: { candidates: [{ title: "Mooring registers of Baltic ports, 1850-1900", authors: ["Helena Marsh"], year: 2019, venue: "Circular", type: "report" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// APA's report number in its series after the title
			local: { title: "Eelgrass loss after harbour dredging (Open-File Report 2018-1102)", authors: ["Helena Marsh"], year: 2018, publisher: "Northgate Geological Survey" },
			remote: { candidates: [{ title: "Eelgrass loss after harbour dredging", authors: ["Helena Marsh"], year: 2018, venue: null, type: "report" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// APA 7's dissertation: ProQuest's number and the description after the title
			local: { title: "Harbour schools and novice teachers (Publication No. 28001299) [Doctoral dissertation, Northgate University]", authors: ["Helena Marsh"], year: 2020 },
			remote: { candidates: [{ title: "Harbour schools and novice teachers", authors: ["Helena Marsh"], year: 2020, venue: "ProQuest Dissertations & Theses", type: "dissertation" }] },
			verdict: "confirmed",
			note: TITLE_LABEL_NOTE,
		},
		{
			// a meeting's track before a short paper's title in ACM and IEEE records
			local: { citekey: "marsh2019demo", entry_type: "inproceedings", title: "Battery-Free Tags on Mooring Lines", authors: ["Helena Marsh"], year: 2019, doi: "10.5555/rules.tl.tr1" },
			remote: { title: "Demo: Battery-Free Tags on Mooring Lines", authors: ["Helena Marsh"], year: 2019, venue: "Proceedings of the 17th Annual International Conference on Mobile Systems, Applications, and Services", doi: "10.5555/rules.tl.tr1" },
			verdict: "confirmed",
			note: TITLE_LABEL_NOTE,
		},
		{
			local: { citekey: "marsh2020poster", entry_type: "inproceedings", title: "Ultrasonic Ranging under Pier Decks", authors: ["Helena Marsh"], year: 2020 },
			remote: { candidates: [{ title: "Poster: Ultrasonic Ranging under Pier Decks", authors: ["Helena Marsh"], year: 2020, venue: "Proceedings of the 18th Conference on Embedded Networked Sensor Systems" }] },
			verdict: "confirmed",
			note: TITLE_LABEL_NOTE,
		},
		{
			// a keynote or an award after the title in a note
			local: { citekey: "marsh2019keynote", title: "The Next Decade of Harbour Robotics (Keynote)", authors: ["Helena Marsh"], year: 2019, doi: "10.5555/rules.tl.tr3" },
			remote: { title: "The next decade of harbour robotics", authors: ["Helena Marsh"], year: 2019, venue: "Harbour Robotics Symposium", doi: "10.5555/rules.tl.tr3" },
			verdict: "confirmed",
			note: TITLE_LABEL_NOTE,
		},
		{
			local: { citekey: "marsh2020uist", title: "Printed Hinges for Buoy Housings (Best Paper Award)", authors: ["Helena Marsh"], year: 2020, doi: "10.5555/rules.tl.tr4" },
			remote: { title: "Printed hinges for buoy housings", authors: ["Helena Marsh"], year: 2020, venue: "Harbour Robotics Symposium", doi: "10.5555/rules.tl.tr4" },
			verdict: "confirmed",
			note: TITLE_LABEL_NOTE,
		},
		{
			// …while a track's label before another paper's title leaves it another paper
			local: { citekey: "marsh2020poster2", title: "Acoustic Localization of Drones in Warehouses", authors: ["Helena Marsh"], year: 2020, doi: "10.5555/rules.tl.tr5" },
			remote: { title: "Poster: Thermal Imaging of Server Racks with Drones", authors: ["Helena Marsh"], year: 2020, venue: "Harbour Robotics Symposium", doi: "10.5555/rules.tl.tr5" },
			verdict: "major",
			note: "title:",
		},
		{
			// an edition of a classic catalogued under its author's name
			local: { citekey: "castellan2009", entry_type: "book", title: "Letters on Ethics", authors: ["Aurelio Castellan"], year: 2009, doi: "10.5555/rules.tl.a1" },
			remote: { title: "Castellan: Letters on Ethics", authors: ["Aurelio Castellan"], year: 2009, type: "book", doi: "10.5555/rules.tl.a1" },
			verdict: "confirmed",
			note: "title: the record puts the author's name before the title",
		},
		{
			// a name that is none of the note's authors' is part of the title
			local: { citekey: "castellan2010", entry_type: "book", title: "Letters on Rhetoric", authors: ["Aurelio Castellan"], year: 2010, doi: "10.5555/rules.tl.a2" },
			remote: { title: "Penrose: Letters on Rhetoric", authors: ["Aurelio Castellan"], year: 2010, type: "book", doi: "10.5555/rules.tl.a2" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// Chicago's form for a review; OpenAlex titles the review as the book, subtitle and all
			local: { citekey: "okafor2019review", title: "Review of Networks of Dissent and Repair, by Helena Marsh", author: "Okafor, Chidi", journal: "Contemporary Sociology", year: 2019, doi: "10.5555/rules.tl.1" },
			remote: { title: "Networks of dissent and repair: social movements after the platform age", authors: ["Chidi Okafor"], year: 2019, venue: "Contemporary Sociology", type: "review", doi: "10.5555/rules.tl.1" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			// found by the book's title: the book itself (by its author) is not the cited review
			local: { citekey: "haugen2015review", title: "Review of The Third Machine Epoch by Erik Lund and Priya Nair", author: "Haugen, Tore", journal: "Journal of Economic Literature", year: 2015 },
			remote: { candidates: [
				{ title: "The third machine epoch", authors: ["Erik Lund", "Priya Nair"], year: 2014, venue: null, type: "book" },
				{ title: "The third machine epoch", authors: ["Tore Haugen"], year: 2015, venue: "Journal of Economic Literature", type: "review" },
			] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// APA 7: the reviewer's own title, then the bracket
			local: { citekey: "lindqvist2020", title: "Protest in the network age [Review of the book Networks of Dissent and Repair, by H. Marsh]", author: "Lindqvist, Anna", journal: "Acta Sociologica", year: 2020, doi: "10.5555/rules.tl.3" },
			remote: { title: "Protest in the network age", authors: ["Anna Lindqvist"], year: 2020, venue: "Acta Sociologica", type: "review", doi: "10.5555/rules.tl.3" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// Dryad's label kept by the record, dropped by the note
			local: { citekey: "nair2018data", entry_type: "dataset", title: "Fruit traits of bird-dispersed trees in the Western Ghats", author: "Nair, Priya", year: 2018, publisher: "Dryad", doi: "10.5555/rules.tl.4" },
			remote: { title: "Data from: Fruit traits of bird-dispersed trees in the Western Ghats", authors: ["Priya Nair"], year: 2018, venue: "Dryad", type: "dataset", doi: "10.5555/rules.tl.4" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// APA 7's description of a thesis, found by the title inside
			local: { citekey: "nair2016apa", title: "Groundwater markets and smallholder irrigation in Kerala [Doctoral dissertation, University of Michigan]", author: "Nair, P.", year: 2016 },
			remote: { candidates: [{ title: "Groundwater markets and smallholder irrigation in Kerala", authors: ["Priya Nair"], year: 2016, venue: "Deep Blue (University of Michigan)", type: "dissertation" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			local: { citekey: "lund2020apa", title: "Household battery dispatch logs, 2018–2019 [Data set]", author: "Lund, Erik", year: 2020, doi: "10.5555/rules.tl.7" },
			remote: { title: "Household battery dispatch logs, 2018–2019", authors: ["Erik Lund"], year: 2020, venue: "Zenodo", type: "dataset", doi: "10.5555/rules.tl.7" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// the journal's section heading in the record's title
			local: { citekey: "marsh2018", title: "Hornbill Nest Cavities in Logged Forests", author: "Marsh, Helena", year: 2018, doi: "10.5555/rules.tl.8" },
			remote: { title: "Original Article: Hornbill nest cavities in logged forests", authors: ["Helena Marsh"], year: 2018, venue: "Biotropica", doi: "10.5555/rules.tl.8" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// a literature note's own label before the title it is about, searched without it
			local: { title: "Notes on: Hornbill Diet Shifts after Selective Logging", authors: ["Helena Marsh"], year: 2019, journal: "Biotropica", tags: ["literature-note"] },
			remote: { candidates: [{ title: "Hornbill diet shifts after selective logging", authors: ["Helena Marsh"], year: 2019, venue: "Biotropica" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			local: { citekey: "marsh2020", title: "Reading notes – Canopy Gaps and Hornbill Foraging", author: "Marsh, Helena", year: 2020, doi: "10.5555/rules.tl.r2" },
			remote: { title: "Canopy gaps and hornbill foraging", authors: ["Helena Marsh"], year: 2020, venue: "Biotropica", doi: "10.5555/rules.tl.r2" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// NLM's mark of an online book, found by the title inside
			local: { citekey: "marsh2021nlm", title: "Seed Dispersal Networks in Fragmented Forests [Internet]", author: "Marsh H", year: 2021, publisher: "Forest Research Institute" },
			remote: { candidates: [{ title: "Seed dispersal networks in fragmented forests", authors: ["Helena Marsh"], year: 2021, venue: null, type: "book" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// an open-review journal's version in the record's title
			local: { citekey: "marsh2019f1000", title: "Camera Traps for Hornbill Nest Monitoring", author: "Marsh, Helena", journal: "F1000Research", year: 2019, doi: "10.5555/rules.tl.12" },
			remote: { title: "Camera traps for hornbill nest monitoring [version 2; peer review: 2 approved]", authors: ["Helena Marsh"], year: 2019, venue: "F1000Research", doi: "10.5555/rules.tl.12" },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// APA 6's thesis in parentheses
			local: { citekey: "marsh2011", title: "Hornbill Diets in Logged Forests (Doctoral dissertation)", author: "Marsh, H.", year: 2011 },
			remote: { candidates: [{ title: "Hornbill diets in logged forests", authors: ["Helena Marsh"], year: 2011, venue: "Munin (UiT The Arctic University of Norway)", type: "dissertation" }] },
			verdict: "confirmed",
			note: "title: compared without the label",
		},
		{
			// found by the title inside the label, the work's year is compared like any other's
			local: { citekey: "marsh2015", title: "Nest Box Uptake by Hornbills in Plantation Forest", author: "Marsh, Helena", journal: "F1000Research", year: 2015 },
			remote: { candidates: [{ title: "Nest box uptake by hornbills in plantation forest [version 1; peer review: 2 approved]", authors: ["Helena Marsh"], year: 2019, venue: "F1000Research" }] },
			verdict: "major",
			note: "year",
		},
		{
			// the data deposit's DOI on a note citing the paper it belongs to
			local: { itemType: "journalArticle", title: "Hornbill nest survival in burned forests", creators: [{ creatorType: "author", firstName: "Helena", lastName: "Marsh" }], publicationTitle: "Biotropica", date: "2020", DOI: "10.5555/rules.tl.13d" },
			remote: { title: "Data from: Hornbill nest survival in burned forests", authors: ["Helena Marsh"], year: 2020, venue: "Dryad", type: "dataset", doi: "10.5555/rules.tl.13d" },
			verdict: "major",
			note: "the record is a data deposit; the note does not cite a data set (the paper it belongs to?): the note's DOI names it",
		},
		{
			// the paper's DOI on a note citing its data: two works, and the note's DOI names the other (major since set 23; minor before)
			local: { citekey: "marsh2019data", entry_type: "dataset", title: "Data from: Hornbill nest survival in logged forests", author: "Marsh, Helena", year: 2019, doi: "10.5555/rules.tl.13" },
			remote: { title: "Hornbill nest survival in logged forests", authors: ["Helena Marsh"], year: 2019, venue: "Biotropica", type: "article", doi: "10.5555/rules.tl.13" },
			verdict: "major",
			note: "the note cites a data deposit; the record is not a data set",
		},
		{
			// a review article's own title: "A review of" is its words, so the record is another work
			local: { citekey: "marsh2021", title: "A review of seed dispersal by hornbills", author: "Marsh, Helena", year: 2021, doi: "10.5555/rules.tl.5" },
			remote: { title: "Seed dispersal by hornbills", authors: ["Helena Marsh"], year: 2021, venue: "Biotropica", doi: "10.5555/rules.tl.5" },
			verdict: "major",
			note: "title",
		},
	],
};
