// Frontmatter → Reference, tolerant of the shapes notes really have (BibTeX-style, CSL-JSON from
// BibLib, Semantic Scholar exports, Zotero Integration templates), and which notes are references.
import { asRecord, isRecord } from "../lib/guards";
import { hostOf } from "../lib/urls";
import type { NotAReference, Reference } from "./types";
import { foldText, isMissing, latexToUnicode, normalizeArxivId, normalizeDoi, parsePersonName } from "./normalize";
import { paperSignal } from "./rules/thin-notes";
import { namesAJournalNotAMeeting, namesAVenue } from "./venues";
import { legalTextReason } from "./rules/legal-texts";
import { withoutDocumentTypeCode, withoutPastedMarkers } from "./rules/title-formatting";
import { isHeadingTitle } from "./rules/heading-titles";
import { withExportFields } from "./export-fields";
import { citationKeyIn, isCslType, readCitationKey } from "./citation-key";
import { extraKey, firstText, readExtra, unlink } from "./field-values";
import { readAuthors } from "./read-authors";
import { externalId, fieldDoi, PMID_FIELDS, publisherDoi, readArxivId, readOpenalexId, readPubmedId, readWrittenOpenalexId } from "./read-identifiers";
import { readOtherYears, readYear, readYearField } from "./read-years";
import { workTitleOfPage } from "./rules/web-page-titles";
import { venueAsNamed } from "./rules/venue-written-forms";
import { bookOfChapterSource } from "./rules/chapter-source";
import { patentOrStandardType } from "./rules/patents-and-standards";
import { readNumbers } from "./read-numbers";
import { isAbstractLabel } from "./rules/not-the-work";

/** Crossref's work types (notes made from Crossref metadata) in the BibTeX vocabulary the rules speak. */
const CROSSREF_TYPES: Record<string, string> = {
	"journal-article": "article", "proceedings-article": "inproceedings", "book-chapter": "incollection", "book-section": "incollection",
	"book-part": "incollection", monograph: "book", "edited-book": "book", "reference-book": "book", "posted-content": "unpublished",
	dissertation: "thesis", "report-component": "report", "reference-entry": "inreference",
};

/**
 * Where notes keep the journal or proceedings: BibTeX, CSL-JSON, Zotero's own field names
 * (Zotero Integration templates write `publicationTitle`, `proceedingsTitle`, `bookTitle`) and the
 * Citations plugin's `containerTitle`.
 */
const VENUE_FIELDS = ["venue", "journal", "booktitle", "container-title", "journaltitle", "publicationTitle", "proceedingsTitle", "bookTitle", "containerTitle"];

/** How a vault marks its reference notes (plugin settings; the CLI reads the same ones). */
export interface ReferenceRecognition {
	/** When set, only notes whose frontmatter `type` equals it are reference notes. */
	typeValue?: string;
	/** Frontmatter key of the citation key, read before the usual spellings (default `citation_key`). */
	citationKeyField?: string;
	/** The note is in a folder the user marked as holding references (the include folders). */
	inReferenceFolder?: boolean;
}

/**
 * Whether a note is a reference note: the one recognizer of every surface (runs, CLI, status bar,
 * panel, cited_in). A set type value decides alone. Otherwise: a BibTeX or CSL type, or a title
 * with a citation key or a DOI, or a title and a year with a sign the note is about a paper
 * (rules/thin-notes), or, in an untyped note, a title with authors and a year.
 */
export function isReferenceNote(fm: Record<string, unknown>, rec?: ReferenceRecognition): boolean {
	if (!isRecord(fm)) return false;
	fm = withExportFields(fm);
	const type = typeof fm.type === "string" ? fm.type.trim() : null;
	if (rec?.typeValue) return type === rec.typeValue;
	if (type === "bibtex_entry" || (type !== null && (isCslType(fm, type.toLowerCase()) || Object.prototype.hasOwnProperty.call(CROSSREF_TYPES, type)))) return true;
	if (isZoteroItem(fm)) return true;
	const key = citationKeyIn(fm, rec?.citationKeyField);
	if (!titleOf(fm, key)) return false;
	if (key) return true;
	if (fieldDoi(fm)) return true;
	// a PubMed id names the paper as a DOI does (rules/pubmed-ids)
	if (/^\s*(?:pmid:\s*)?\d{1,9}\s*$/i.test(firstText(fm, ...PMID_FIELDS) ?? "")) return true;
	// a thin note clearly about a paper: title, year and a paper signal (rules/thin-notes)
	if (readYear(fm) !== null && paperSignal(fm, rec?.inReferenceFolder) !== null) return true;
	// a page clipped from a scholarly site, whose author the page did not give (rules/web-page-titles)
	if (readYear(fm) !== null && isScholarlyHost(hostOf(firstText(fm, "url", "URL") ?? webSource(fm)))) return true;
	// Authors and a year alone make a reference only in an untyped note: a note whose own `type`
	// says it is something else (news_coverage, shared_memo, talk…) is a page, not a citation.
	if (type !== null) return false;
	return readAuthors(fm).authors.length > 0 && readYear(fm) !== null;
}

/**
 * Why a note that looks like a reference (it has citation fields: authors, a DOI, a citation key,
 * a venue, an arXiv id, or a sign it is about a paper) is not checked as one — "no title", "no
 * year", "type 'talk'", "type is not 'paper'" (the settings' type value), "title and year only" —
 * or null when it is a reference note or does not look like one. For the run summaries: notes a
 * user may expect to be checked are counted with the reason, never silently left out.
 */
export function notCheckedReason(fm: Record<string, unknown>, rec?: ReferenceRecognition): string | null {
	if (!isRecord(fm) || isReferenceNote(fm, rec)) return null;
	fm = withExportFields(fm);
	if (rec?.typeValue) return isReferenceNote(fm, { ...rec, typeValue: undefined }) ? `type is not '${rec.typeValue}'` : null;
	const type = typeof fm.type === "string" ? fm.type.trim() : null;
	const key = citationKeyIn(fm, rec?.citationKeyField);
	const authors = readAuthors(fm).authors.length > 0;
	const doi = fieldDoi(fm) !== null;
	const venue = firstText(fm, ...VENUE_FIELDS) !== null;
	const arxiv = firstText(fm, "eprint", "arxiv", "arxiv_id", "arXiv") !== null;
	const paper = paperSignal(fm, rec?.inReferenceFolder) !== null;
	if (!(key || authors || doi || venue || arxiv || paper)) return null;
	if (!titleOf(fm, key)) return "no title";
	if (readYear(fm) === null) return "no year";
	if (type !== null && authors) return `type '${type}'`;
	return "title and year only";
}

/**
 * Whether citations (`[@key]`, links, `cited_in`) may name this note as a reference: every
 * reference note, and (unless a type value is set, which decides alone) a note that declares a
 * citation key but has no title to be checked by, like a Zotero note aliased only by its key. It
 * can be cited, not checked: the checks, the status bar and the panel use isReferenceNote.
 */
export function isCitableNote(fm: Record<string, unknown>, rec?: ReferenceRecognition): boolean {
	if (isReferenceNote(fm, rec)) return true;
	return !rec?.typeValue && readCitationKey(fm, rec?.citationKeyField) !== null;
}

/** Whether the note gives an identifier or a link the work may be found by (a DOI, a PubMed, arXiv or OpenAlex id, a URL). */
function hasIdentifier(fm: Record<string, unknown>): boolean {
	return fieldDoi(fm) !== null || firstText(fm, ...PMID_FIELDS, "url", "URL", "link", "arxiv", "arxiv_id", "arxivId", "eprint", "openalex", "openalex_id") !== null;
}

/** The title, or (Zotero Integration notes) an alias that is not the citation key `key`. */
function titleOf(fm: Record<string, unknown>, key: string | null): string | null {
	const t = firstText(fm, "title");
	// a note made from a citation key alone, whose title a template filled with the key ("@doe2020"): no title to check by
	if (t && key && unlink(t).replace(/^@/, "").trim().toLowerCase() === key.toLowerCase()) return null;
	// the note's own heading naming the work by author and year ("Notes on Okafor 2019"), with no
	// identifier beside it: nothing to find the work by (rules/heading-titles)
	if (t && !hasIdentifier(fm)) {
		// a heading names the year: the author list is read only for a title that holds it
		const year = readYear(fm);
		if (year !== null && foldText(t).includes(year) && isHeadingTitle({ title: unlink(t), authors: readAuthors(fm).authors, year })) return null;
	}
	if (t) return withSubtitle(withoutPastedMarkers(withoutDocumentTypeCode(unlink(t).replace(/\s+/g, " "))), firstText(fm, "subtitle"));
	// Zotero Integration notes often keep only a citekey and an alias holding the title; an
	// "@citekey" alias (for [[@key]] links) is not the title.
	if (key) {
		for (const k of ["aliases", "alias"]) {
			const v = fm[k];
			for (const item of Array.isArray(v) ? (v as unknown[]) : [v]) {
				const a: unknown = typeof item === "number" && Number.isFinite(item) ? String(item) : item;
				if (typeof a !== "string" || isMissing(a) || a.trim().replace(/^@/, "") === key || isAuthorYearLabel(a, fm)) continue;
				return a.trim().replace(/\s+/g, " ");
			}
		}
	}
	return null;
}

/**
 * biblatex keeps a subtitle in a field of its own (`subtitle`, which its styles print after the
 * title and a colon), as do book catalogues: the title cited is both. Not when the title already
 * ends with it (an importer that wrote both).
 */
function withSubtitle(title: string, subtitle: string | null): string {
	if (!subtitle) return title;
	const sub = unlink(subtitle).replace(/\s+/g, " ").trim();
	if (sub === "" || title.toLowerCase().endsWith(sub.toLowerCase())) return title;
	return /[?!:.]$/.test(title) ? `${title} ${sub}` : `${title}: ${sub}`;
}

const ENDS_WITH_YEAR = /[\s,(]((?:1[5-9]|20)\d{2}[a-z]?)\)?\.?$/;

/**
 * "Okonkwo et al. 2019", "Okonkwo & de Vries (2019)": an alias that names the work by author and
 * year (Zotero Integration templates add one for linking) is a label, not the title — searched as
 * a title it finds nothing. Told by its ending in a year and starting with "et al." wording or the
 * family name of one of the note's authors.
 */
function isAuthorYearLabel(alias: string, fm: Record<string, unknown>): boolean {
	const a = alias.trim();
	if (!ENDS_WITH_YEAR.test(a)) return false;
	if (/\bet\.?\s*al\b/i.test(a)) return true;
	const first = foldText(a.split(/[\s,&(]+/)[0] ?? "");
	return first !== "" && readAuthors(fm).authors.some((n) => foldText(parsePersonName(n).family).split(" ").pop() === first);
}

const EDITION_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** The edition as a number: 2, "2", "2nd", "2nd ed.", "Second", "second edition"; null otherwise. */
function readEdition(fm: Record<string, unknown>): number | null {
	const v = fm.edition;
	if (typeof v === "number" && Number.isInteger(v) && v > 0) return v;
	if (typeof v !== "string") return null;
	const t = v.trim().toLowerCase();
	const n = /^(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t);
	if (n) return Number(n[1]);
	const w = /^([a-z]+)\b/.exec(t);
	return w ? EDITION_WORDS[w[1]] ?? null : null;
}

/**
 * The version of software or a dataset the note cites (rules/software-releases): a `version` or
 * `versionNumber` field holding a version number ("2.1.0", "v1.4-2", Dataverse's "V2"), or BibTeX's
 * "R package version 1.4-2" in `note`; null otherwise.
 */
function readReleaseVersion(fm: Record<string, unknown>): string | null {
	for (const k of ["version", "versionNumber"]) {
		const v = fm[k];
		const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
		const m = /^v?(\d{1,6}(?:[.-]\d{1,6}){0,4})$/i.exec(t);
		// a bare number past 100 is a record's revision (Zotero's API items carry `version: 4521`), not a release
		if (m && !(/^\d+$/.test(m[1]) && Number(m[1]) > 100)) return m[1].replace(/(\.0)+$/, "");
	}
	const note = firstText(fm, "note");
	const r = note !== null ? /\bpackage version (\d{1,6}(?:[.-]\d{1,6}){0,4})\b/i.exec(note) : null;
	return r ? r[1].replace(/(\.0)+$/, "") : null;
}

/** `source` when it is a web address (the Obsidian Web Clipper's field); elsewhere a source may be a newspaper's name. */
function webSource(fm: Record<string, unknown>): string | null {
	const v = firstText(fm, "source");
	if (v !== null && /^https?:\/\/\S+$/i.test(v)) return v;
	// BibTeX without a url field: "howpublished = {\url{https://…}}" (the Stanford Encyclopedia's own entries)
	const how = firstText(fm, "howpublished");
	return how !== null ? (/^(?:\\url\{)?(https?:\/\/[^\s{}]+)\}?$/i.exec(how.trim())?.[1] ?? null) : null;
}

/** Semantic Scholar's `journal: {name, volume}` or `publicationVenue: {name, type}`. */
function namedVenue(fm: Record<string, unknown>): string | null {
	for (const k of ["journal", "publicationVenue"]) {
		const o = asRecord(fm[k]);
		const name = o ? firstText(o, "name") : null;
		if (name) return name;
	}
	return null;
}

/** Zotero item types (`itemType`) in the BibTeX vocabulary the rules speak; others lower-cased. */
const ZOTERO_TYPES: Record<string, string> = {
	journalArticle: "article", magazineArticle: "article", newspaperArticle: "article-newspaper", bookSection: "incollection",
	conferencePaper: "inproceedings", encyclopediaArticle: "inreference", dictionaryEntry: "inreference",
	computerProgram: "software", blogPost: "post-weblog", forumPost: "post", webpage: "online", statute: "legislation",
	case: "legal_case", film: "motion_picture", videoRecording: "video", audioRecording: "podcast", radioBroadcast: "broadcast",
	tvBroadcast: "broadcast", document: "misc", letter: "personal_communication", presentation: "speech", artwork: "graphic",
	email: "personal_communication", instantMessage: "personal_communication",
};

/** Zotero item types of the works a reference note is about (not notes, letters, e-mails, artworks…). */
const ZOTERO_REFERENCE_TYPES = new Set([
	"journalArticle", "magazineArticle", "newspaperArticle", "book", "bookSection", "conferencePaper", "thesis", "report",
	"preprint", "manuscript", "encyclopediaArticle", "dictionaryEntry", "dataset", "patent", "standard", "webpage",
	"blogPost", "computerProgram", "document",
]);

/** A note written by a Zotero importer for one of its items (its `itemType`). */
function isZoteroItem(fm: Record<string, unknown>): boolean {
	const t = firstText(fm, "itemType", "item_type");
	return t !== null && ZOTERO_REFERENCE_TYPES.has(t);
}

function zoteroEntryType(fm: Record<string, unknown>): string | null {
	const t = firstText(fm, "itemType", "item_type");
	return t ? (ZOTERO_TYPES[t] ?? t) : null;
}

/** Read the citation fields of a note; a note without a usable title is not a reference. */
export function readReference(fm: Record<string, unknown>, rec?: ReferenceRecognition): Reference | NotAReference {
	if (!isRecord(fm)) return { notAReference: true, reason: "no frontmatter" };
	fm = withExportFields(fm);
	const citationKey = citationKeyIn(fm, rec?.citationKeyField);
	const rawTitle = titleOf(fm, citationKey);
	if (!rawTitle) return { notAReference: true, reason: "no title" };
	const plainTitle = latexToUnicode(rawTitle).replace(/[\s\p{P}]/gu, "");
	if (plainTitle.length === 0) return { notAReference: true, reason: "title has no letters or digits" };
	const { authors, truncated, afterGap, repeated, contributors: amongCreators } = readAuthors(fm);
	// the Obsidian Web Clipper keeps the page's address in `source`
	const url = firstText(fm, "url", "URL") ?? webSource(fm);
	// a page's title holds the work's title decorated by the site (rules/web-page-titles)
	const page = workTitleOfPage(rawTitle, url, authors);
	// DBLP's `ee` ("electronic edition") is the link to the publisher's copy, often the DOI
	const ee = firstText(fm, "ee");
	const linkedContainer = firstText(fm, ...VENUE_FIELDS);
	const linked = (linkedContainer === null ? null : unlink(linkedContainer)) ?? namedVenue(fm);
	// an AAS macro or an NLM label is not the journal's name (rules/venue-written-forms)
	const named = linked === null ? null : venueAsNamed(linked);
	// APA's "In editors (Eds.), Book (pp. …)" names the book of a chapter (rules/chapter-source)
	const chapterBook = named === null ? null : bookOfChapterSource(named);
	const container = chapterBook ?? named;
	const venue = container ?? firstText(fm, "publisher");
	// MathSciNet and zbMATH write the journal's full name beside its abbreviation (rules/venue-aliases)
	const fullJournal = firstText(fm, "fjournal");
	const extra = readExtra(fm);
	let doi = fieldDoi(fm, extra);
	for (const link of [url, ee]) {
		if (!doi && link && /doi\.org\//i.test(link)) doi = normalizeDoi(link);
		// publishers' pages name the DOI in the path: ".../doi/abs/10.1086/261763", ".../doi/full/10.1111/…", Springer's ".../article/10.1007/…"
		if (!doi && link) doi = publisherDoi(link);
	}
	const typeValue = typeof fm.type === "string" && fm.type !== "bibtex_entry" ? (Object.prototype.hasOwnProperty.call(CROSSREF_TYPES, fm.type) ? CROSSREF_TYPES[fm.type] : fm.type) : null;
	const declaredType = firstText(fm, "entry_type", "entrytype", "ENTRYTYPE") ?? typeValue ?? zoteroEntryType(fm);
	// biblatex writes a newspaper article as @article with `entrysubtype = {newspaper}`
	const contributors = [...amongCreators, ...["editor", "editors", "translator", "translators"].flatMap((k) => (fm[k] === undefined ? [] : readAuthors(fm, fm[k]).authors))];
	// a patent or a standard written as a plain entry (Google Patents' @misc, "ISO 21930:2017 …": rules/patents-and-standards)
	const entryType = declaredType?.toLowerCase() === "article" && firstText(fm, "entrysubtype")?.toLowerCase() === "newspaper" ? "article-newspaper" : (patentOrStandardType(fm, declaredType, rawTitle, container, authors, contributors) ?? declaredType ?? (chapterBook !== null ? "incollection" : null));
	const writtenOpenalexId = readWrittenOpenalexId(fm, url);
	const pubmedId = readPubmedId(fm, url, extra);
	const yearField = readYearField(fm);
	const year = yearField?.year ?? null;
	const otherYears = readOtherYears(fm, yearField, extra);
	const edition = readEdition(fm);
	// the names again in Latin letters, as notes of Chinese, Japanese or Korean papers give them beside the native ones
	const romanizedField = ["author_en", "authors_en", "author_english"].map((k) => fm[k]).find((x) => x !== undefined && x !== null);
	const authorsRomanized = romanizedField === undefined ? [] : readAuthors(fm, romanizedField).authors;
	const releaseVersion = readReleaseVersion(fm);
	const originalTitle = firstText(fm, "origtitle", "original-title", "original_title", "originalTitle") ?? extra.get(extraKey("original-title")) ?? null;
	// a report's number (a journal article's `number` is its issue: read only for reports)
	const reportNumber = REPORT_TYPES.test(entryType ?? "") ? firstText(fm, "number", "report_number", "reportNumber") : firstText(fm, "report_number", "reportNumber");
	const numbers = readNumbers(fm, declaredType, linkedContainer);
	// what the note says of a meeting abstract it cites (rules/not-the-work)
	const citesAbstract = ["note", "howpublished", "extra"].some((k) => { const t = firstText(fm, k); return t !== null && isAbstractLabel(t.slice(0, 2000), k === "howpublished"); });
	return {
		citationKey,
		title: page?.title ?? rawTitle,
		...(page ? { pageTitleDecoration: page.decoration } : {}),
		authors,
		authorsTruncated: truncated,
		...(afterGap > 0 ? { authorsAfterGap: afterGap } : {}),
		...(repeated > 0 ? { authorsRepeated: repeated } : {}),
		year,
		venue,
		...(container === null && venue !== null ? { venueIsPublisher: true } : {}),
		...(fullJournal !== null && venue !== null && container !== null && fullJournal !== venue ? { venueFullName: fullJournal } : {}),
		doi,
		arxivId: readArxivId(fm, doi, url, venue) ?? normalizeArxivId(externalId(fm, "ArXiv")),
		url,
		entryType: entryType ? entryType.toLowerCase() : null,
		openalexId: readOpenalexId(fm),
		...(writtenOpenalexId !== null ? { writtenOpenalexId } : {}),
		...(pubmedId !== null ? { pubmedId } : {}),
		...(otherYears.length > 0 ? { otherYears } : {}),
		...(edition !== null ? { edition } : {}),
		...(releaseVersion !== null ? { releaseVersion } : {}),
		...(contributors.length > 0 ? { contributors } : {}),
		...(originalTitle ? { originalTitle: originalTitle.replace(/\s+/g, " ") } : {}),
		...(authorsRomanized.length > 0 ? { authorsRomanized } : {}),
		...(reportNumber ? { reportNumber: reportNumber.trim() } : {}),
		...(numbers !== null ? { numbers } : {}),
		...(citesAbstract ? { citesAbstract: true as const } : {}),
	};
}

/** Entry types of a report, whose `number` is its report number. */
const REPORT_TYPES = /^(?:techreport|report|tech-report)$/i;

/**
 * The reference with every identifier it gives set aside (DOI, arXiv id, OpenAlex and PubMed ids,
 * a stored paper_id), so that its title, authors and year alone find the work: "Look up by title"
 * for a note whose identifier names another paper.
 */
export function withoutIdentifiers(ref: Reference): Reference {
	const { writtenOpenalexId: _openalex, pubmedId: _pubmed, ...rest } = ref;
	return { ...rest, doi: null, arxivId: null, openalexId: null };
}

export function isNotAReference(r: Reference | NotAReference): r is NotAReference {
	return (r as NotAReference).notAReference === true;
}

/** Entry types OpenAlex does not index when they carry no DOI (newspaper articles and letters: rules/not-indexed-sources). */
export const NOT_INDEXED_TYPES = [
	"online", "webpage", "web", "www", "electronic", "software", "dataset", "data", "post", "post-weblog",
	"blog", "blogpost", "video", "podcast", "motion_picture", "broadcast", "interview", "personal_communication",
	"legal", "legal_case", "legislation", "patent", "standard", "article-newspaper", "newspaper", "letter",
	"speech", "event", "performance", "graphic", "map", "musical_score", "song",
];

/** Hosts of scholarly records: a `misc` entry pointing there is still worth looking up. */
export const SCHOLARLY_HOSTS = [
	"arxiv.org", "doi.org", "openreview.net", "aclanthology.org", "papers.nips.cc", "proceedings.neurips.cc",
	"proceedings.mlr.press", "jmlr.org", "dl.acm.org", "ieeexplore.ieee.org", "link.springer.com", "sciencedirect.com",
	"jstor.org", "ssrn.com", "papers.ssrn.com", "nber.org", "ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov", "nature.com",
	"science.org", "pnas.org", "onlinelibrary.wiley.com", "tandfonline.com", "journals.sagepub.com", "academic.oup.com",
	"cambridge.org", "researchgate.net", "semanticscholar.org", "biorxiv.org", "medrxiv.org", "osf.io", "zenodo.org",
	"aaai.org", "ojs.aaai.org", "ijcai.org", "usenix.org", "cv-foundation.org", "openaccess.thecvf.com", "mitpress.mit.edu",
	"direct.mit.edu", "plos.org", "journals.plos.org", "frontiersin.org", "mdpi.com", "hal.science", "openalex.org",
	"scholar.archive.org", "dblp.org", "europepmc.org", "aeaweb.org", "econstor.eu", "repec.org", "books.google.com",
	// indexes of physics, astronomy and mathematics: their pages are papers' (rules/not-indexed-sources)
	"adsabs.harvard.edu", "inspirehep.net", "mathscinet.ams.org", "zbmath.org",
];

function isScholarlyHost(host: string | null, hosts: string[] = SCHOLARLY_HOSTS): boolean {
	return host !== null && hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Why OpenAlex will not have this reference (web pages, blog posts, software, datasets without a
 * DOI, legal texts…), or null when it is worth looking up. Decided from entry type and URL;
 * `opts` replaces the default type and scholarly-host lists (a setting).
 */
export function notIndexedReason(ref: Reference, opts?: { types?: string[]; scholarlyHosts?: string[] }): string | null {
	if (ref.doi || ref.arxivId) return null;
	// court decisions and statutes whatever the type list says (rules/legal-texts)
	const legal = legalTextReason(ref);
	if (legal) return legal;
	const types = opts?.types ?? NOT_INDEXED_TYPES;
	const scholarly = opts?.scholarlyHosts ?? SCHOLARLY_HOSTS;
	const type = ref.entryType ?? "";
	if (types.includes(type)) {
		// a map or an event in a journal (a "Journal of Maps" article, an export's wrong type) is the journal's paper
		if ((type === "map" || type === "event") && ref.venue && !ref.venueIsPublisher && namesAJournalNotAMeeting(ref.venue)) return null;
		return `not indexed: ${type} entry without DOI`;
	}
	const host = hostOf(ref.url);
	// a manual (an R package's, a program's) and an entry of an encyclopedia or dictionary are
	// looked at like a misc entry: on a page off the scholarly hosts, OpenAlex has no record of them
	if (!host || !(type === "misc" || type === "" || type === "unpublished" || type === "manual" || isReferenceWorkEntry(ref))) return null;
	// a note that names its journal or proceedings is about a paper, whatever page it links
	if (ref.venue && !ref.venueIsPublisher && namesAVenue(ref.venue)) return null;
	if (isScholarlyHost(host, scholarly)) return null;
	const path = pathOf(ref.url ?? "");
	// a thesis in its university's repository: a DSpace or Handle item ("/handle/10852/41234"), or
	// a title that says it is one, as APA 7 writes it ("… [Master's thesis, University of Oslo]")
	if (/\/handle\/\d/.test(path) || THESIS_LABEL.test(ref.title)) return null;
	if (/(^|\.)blog\.|\.blog$/.test(host) || /\/blog\//i.test(path) || /\bblog\b/i.test(ref.venue ?? "")) return `not indexed: blog post (${host})`;
	return `not indexed: web page (${host})`;
}

const THESIS_LABEL = /\[(?:unpublished )?(?:doctoral dissertation|master['’]?s thesis|ph\.? ?d\.? thesis|dissertation|thesis)\b/i;

/** An entry of an encyclopedia or a dictionary (Zotero's encyclopediaArticle, biblatex @inreference, a collection so named). */
function isReferenceWorkEntry(ref: Reference): boolean {
	const type = ref.entryType ?? "";
	if (type === "inreference" || type === "entry-encyclopedia" || type === "entry-dictionary") return true;
	return (type === "incollection" || type === "inbook") && ref.venue !== null && /\b(?:encyclop(?:a|ae|e)dia|dictionary|lexikon|enzyklopädie)\b/i.test(ref.venue);
}


function pathOf(url: string): string {
	const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url.trim());
	return m?.[1] ?? "";
}
