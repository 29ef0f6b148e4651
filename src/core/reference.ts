// Frontmatter → Reference, tolerant of the shapes notes really have (BibTeX-style, CSL-JSON from
// BibLib, Semantic Scholar exports, Zotero Integration templates), and which notes are references.
import { asRecord, isRecord } from "../lib/guards";
import { openAlexWorkId, openAlexWorkUrl } from "../lib/ids";
import { hostOf } from "../lib/urls";
import type { NotAReference, Reference } from "./types";
import { foldText, isFamilyGenerationWord, isMissing, latexToUnicode, NAME_PARTICLES, normalizeArxivId, normalizeDoi, parsePersonName } from "./normalize";
import { inInitialsStyle, isOrganizationAuthor } from "./match";
import { readInitialsStyle } from "./rules/capital-initials";
import { authorsAmongCreators } from "./rules/editors-not-authors";
import { withoutAdjacentRepeats } from "./rules/duplicate-authors";
import { paperSignal } from "./rules/thin-notes";
import { namesAVenue } from "./venues";
import { legalTextReason } from "./rules/legal-texts";
import { withoutDocumentTypeCode, withoutPastedMarkers } from "./rules/title-formatting";
import { isHeadingTitle } from "./rules/heading-titles";
import { familyBeforeInitials, splitOtherLanguageAnd } from "./rules/authors-joined-in-other-languages";
import { withExportFields } from "./export-fields";
import { workTitleOfPage } from "./rules/web-page-titles";
import { venueAsNamed } from "./rules/venue-written-forms";
import { bookOfChapterSource } from "./rules/chapter-source";

const CSL_TYPES = new Set([
	"article", "article-journal", "article-magazine", "article-newspaper", "paper-conference", "book",
	"chapter", "thesis", "report", "manuscript", "dataset", "webpage", "post", "post-weblog", "entry",
	"entry-encyclopedia", "entry-dictionary", "review", "review-book", "speech", "software", "standard",
	"patent", "legal_case", "legislation", "motion_picture", "broadcast", "interview", "personal_communication",
]);

/** Crossref's work types (notes made from Crossref metadata) in the BibTeX vocabulary the rules speak. */
const CROSSREF_TYPES: Record<string, string> = {
	"journal-article": "article", "proceedings-article": "inproceedings", "book-chapter": "incollection", "book-section": "incollection",
	"book-part": "incollection", monograph: "book", "edited-book": "book", "reference-book": "book", "posted-content": "unpublished",
	dissertation: "thesis", "report-component": "report", "reference-entry": "inreference",
};

/** The citation-key field read when the settings name none. */
export const CITATION_KEY_FIELD = "citation_key";

/** Spellings of the citation-key field seen in the wild, read after the configured one. */
const CITATION_KEY_FIELDS = ["citation_key", "citekey", "citeKey", "citation-key", "citationKey", "id"];

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

/** String value of a frontmatter key, or null when missing ("null", "", non-scalar). */
function str(fm: Record<string, unknown>, ...keys: string[]): string | null {
	for (const k of keys) {
		const v = fm[k];
		if (typeof v === "number" && Number.isFinite(v)) return String(v);
		if (typeof v === "string" && !isMissing(v)) return v.trim();
		if (Array.isArray(v) && v.length > 0 && typeof v[0] === "string" && !isMissing(v[0])) return v[0].trim();
	}
	return null;
}

/**
 * The citation key (as cited with `[@key]`): the configured field, then the usual spellings; a
 * leading "@" is not part of it. The one reader for every surface (runs, panel, cited_in).
 */
export function readCitationKey(fm: Record<string, unknown> | null | undefined, field: string = CITATION_KEY_FIELD): string | null {
	return isRecord(fm) ? citationKeyIn(withExportFields(fm), field) : null;
}

/** readCitationKey on fields already mapped by withExportFields (the readers below map a note once). */
function citationKeyIn(fm: Record<string, unknown>, field: string = CITATION_KEY_FIELD): string | null {
	for (const k of field === CITATION_KEY_FIELD ? CITATION_KEY_FIELDS : [field, ...CITATION_KEY_FIELDS]) {
		// CSL-JSON keeps the citation key in `id`; elsewhere `id` may mean anything (unless configured).
		if (k === "id" && k !== field && !(typeof fm.type === "string" && CSL_TYPES.has(fm.type))) continue;
		const key = str(fm, k)?.replace(/^@/, "").trim();
		if (key) return key;
	}
	return null;
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
	if (type === "bibtex_entry" || (type !== null && (CSL_TYPES.has(type.toLowerCase()) || Object.prototype.hasOwnProperty.call(CROSSREF_TYPES, type)))) return true;
	if (isZoteroItem(fm)) return true;
	const key = citationKeyIn(fm, rec?.citationKeyField);
	if (!titleOf(fm, key)) return false;
	if (key) return true;
	if (fieldDoi(fm)) return true;
	// a PubMed id names the paper as a DOI does (rules/pubmed-ids)
	if (/^\s*(?:pmid:\s*)?\d{1,9}\s*$/i.test(str(fm, ...PMID_FIELDS) ?? "")) return true;
	// a thin note clearly about a paper: title, year and a paper signal (rules/thin-notes)
	if (readYear(fm) !== null && paperSignal(fm, rec?.inReferenceFolder) !== null) return true;
	// a page clipped from a scholarly site, whose author the page did not give (rules/web-page-titles)
	if (readYear(fm) !== null && isScholarlyHost(hostOf(str(fm, "url", "URL") ?? webSource(fm)))) return true;
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
	const venue = str(fm, ...VENUE_FIELDS) !== null;
	const arxiv = str(fm, "eprint", "arxiv", "arxiv_id", "arXiv") !== null;
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
	return fieldDoi(fm) !== null || str(fm, ...PMID_FIELDS, "url", "URL", "link", "arxiv", "arxiv_id", "arxivId", "eprint", "openalex", "openalex_id") !== null;
}

/** The title, or (Zotero Integration notes) an alias that is not the citation key `key`. */
function titleOf(fm: Record<string, unknown>, key: string | null): string | null {
	const t = str(fm, "title");
	// a note made from a citation key alone, whose title a template filled with the key ("@doe2020"): no title to check by
	if (t && key && unlink(t).replace(/^@/, "").trim().toLowerCase() === key.toLowerCase()) return null;
	// the note's own heading naming the work by author and year ("Notes on Okafor 2019"), with no
	// identifier beside it: nothing to find the work by (rules/heading-titles)
	if (t && !hasIdentifier(fm)) {
		// a heading names the year: the author list is read only for a title that holds it
		const year = readYear(fm);
		if (year !== null && foldText(t).includes(year) && isHeadingTitle({ title: unlink(t), authors: readAuthors(fm).authors, year })) return null;
	}
	if (t) return withSubtitle(withoutPastedMarkers(withoutDocumentTypeCode(unlink(t).replace(/\s+/g, " "))), str(fm, "subtitle"));
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

/**
 * "et al." in the languages citations are written in: German "u. a." (und andere), French "et
 * coll." / "et collab.", Spanish "y cols." / "y col.", Swedish and Danish "m.fl.", Norwegian "mfl.",
 * Dutch "e.a.", Italian "e coll.", Polish "i in.", Finnish "ym.", Russian "и др.". In lower case
 * only: "Schmidt, U. A." and "Jansen, E.A." are initials.
 */
const OTHERS_IN_LANGUAGES = String.raw`u\.\s?a\.|et\s+coll(?:ab)?\.?|y\s+cols?\.?|m\.\s?fl\.?|mfl\.|e\.\s?a\.|e\s+coll\.?|i\s+in\.|ym\.|и\s+др\.?`;
const TRUNCATION = /^(and\s+)?(others|et\.?\s*al\.?|\.\s?\.\s?\.|…)$/i;
const TRUNCATION_IN_LANGUAGES = new RegExp(`^(?:${OTHERS_IN_LANGUAGES})$`);
/** An ellipsis standing for authors left out: before names, the gap of APA 7's "first 19, . . ., last". */
const ELLIPSIS = /^(\.\s?\.\s?\.|…)$/;
// one separator before them, the rest of its run walked back by hand (trailingTruncation): a pattern
// starting with the whole run was tried from every space of a long one, seconds on an author string
// of 20,000 spaces (and a lookbehind, which would start it at the run's start, breaks the plugin on
// iOS before 16.4)
const TRAILING_ET_AL = /[\s,;](et\.?\s*al\.?|and\s+others)[\s.]*$/i;
const TRAILING_OTHERS_IN_LANGUAGES = new RegExp(`[\\s,;](?:${OTHERS_IN_LANGUAGES})[\\s.]*$`);

/** Where an author string's closing "et al." (or another language's) and the separators before it begin; null when it has none. */
function trailingTruncation(s: string): number | null {
	const m = TRAILING_ET_AL.exec(s) ?? TRAILING_OTHERS_IN_LANGUAGES.exec(s);
	if (!m) return null;
	let start = m.index;
	while (start > 0 && /[\s,;]/.test(s[start - 1])) start--;
	// BibTeX's list separator before it, as the ADS writes a capped list ("{Okafor}, C. and
	// {Lindqvist}, E. and et al."): no part of the last name
	if (/\sand$/i.test(s.slice(Math.max(0, start - 4), start)) && !/^\s*and\s/i.test(m[0].slice(1))) {
		start -= 3;
		while (start > 0 && /[\s,;]/.test(s[start - 1])) start--;
	}
	return start;
}

/**
 * "[[People/John Smith|John Smith]]" → "John Smith": Zotero templates link author pages, and people
 * link a title or journal to its own note. "#person/John_Smith" → "John Smith": a tag names a person
 * with underscores for spaces.
 */
function unlink(s: string): string {
	if (s.startsWith("#")) return /^#[^\s#]+$/.test(s) ? (s.split("/").pop() ?? s).replace(/^#/, "").replace(/_+/g, " ").trim() : s;
	const m = /^\[\[([^|\]]+)(?:\|([^\]]+))?\]\]$/.exec(s);
	if (!m) return s;
	return (m[2] ?? m[1].split("/").pop() ?? m[1]).trim();
}

/**
 * Degrees and credentials after a written-out name, as medical and nursing journals print bylines
 * ("Anna Krüger, MD, PhD", "Jonas Weber, RN, MSN", "Grace Mwangi, MPH"): no part of the name. Only
 * after a name of two words or more, since "Smith, MA" is a family name and initials.
 */
const CREDENTIAL_NAMES = "MD|PhD|DPhil|MPhil|MPH|MSPH|MHS|MSc|MS|MA|MBA|BSc|BA|BS|RN|MSN|BSN|DNP|NP|PA-C|PharmD|DO|DDS|DMD|DVM|DrPH|ScD|MBBS|MBChB|MB|BChir|FRCP|FRCPC|FRCS|FRCSC|FRACP|FACS|FACP|FAAP|FACC|MRCP|MRCPCH|CPH|LCSW|PsyD|EdD|JD|OTR|DPT|PT|RD|CNM|Dipl";
const CREDENTIAL = new Set(CREDENTIAL_NAMES.split("|"));
const CREDENTIALS = new RegExp(`^(\\S+\\s+[^,]*\\S)(?:,\\s*(?:${CREDENTIAL_NAMES})\\.?)+$`);

/** The name without degrees after it; a name whose last comma is followed by none is returned as it is (most names: one Set lookup). */
function withoutCredentials(t: string): string {
	const last = t.slice(t.lastIndexOf(",") + 1).trim().replace(/\.$/, "");
	return CREDENTIAL.has(last) ? t.replace(CREDENTIALS, "$1") : t;
}

/** One author value → "Given Family" display string; null when empty. */
/**
 * The name without a page name's closing "(…)" after a space. Found from the bracket, not with
 * "\s+\(" (tried from each space of a long run, that pattern took a second on 40,000 spaces).
 */
function withoutDisambiguation(t: string): string {
	const m = /\([^()]*\)$/.exec(t);
	if (!m || m.index === 0 || !/\s/.test(t[m.index - 1])) return t;
	return t.slice(0, m.index).trimEnd();
}

/**
 * A person written as a link to their page with the name shown after "|" ("[[Doe, Jane|J. Doe]]"):
 * the name shown, unless it and the page name the same family with other initials ("[[Haddad,
 * Rania|O. Haddad]]"), when the page's fuller name is read so that the comparison sees which
 * person the note links (rules/author-name-forms).
 */
function personLink(s: string): string {
	const shown = unlink(s);
	const m = /^\[\[([^|\]]+)\|([^\]]+)\]\]$/.exec(s);
	if (!m) return shown;
	const page = withoutDisambiguation((m[1].split("/").pop() ?? m[1]).trim());
	const a = parsePersonName(page);
	const b = parsePersonName(shown);
	if (!a.given || !b.given || foldText(a.family) !== foldText(b.family)) return shown;
	const initial = (given: string) => foldText(given).replace(/[^a-z]/g, "").charAt(0);
	return initial(a.given) !== initial(b.given) ? page : shown;
}

function personToString(v: unknown): string | null {
	if (typeof v === "string") {
		if (isMissing(v)) return null;
		// "[[Ada Okonkwo (ecologist)]]": a page name's disambiguation is not part of the name
		let t = withoutDisambiguation(personLink(v.trim()));
		const extended = t.includes("=") ? extendedName(t) : null;
		if (extended !== null) return extended;
		if (t.includes(",")) t = withoutCredentials(withoutSocietyGrades(t));
		if (t.includes(",") && !/^\{.*\}$/.test(t)) {
			const { given, family } = parsePersonName(t);
			return given ? `${given} ${family}` : family;
		}
		return familyBeforeInitials(t) ?? t;
	}
	if (v && typeof v === "object") {
		const o = v as Record<string, unknown>;
		// INSPIRE's `full_name` and DataCite's personal `name` are "Family, Given"; another `name`
		// (Semantic Scholar's, Zotero's single-field creator, an organisation) is kept as written
		const inverted = str(o, "full_name") ?? (o.nameType === "Personal" ? str(o, "name") : null);
		if (inverted) return personToString(inverted);
		const literal = str(o, "literal", "name", "display_name");
		if (literal) return literal;
		const family = str(o, "family", "last", "lastName", "last_name");
		const given = str(o, "given", "first", "firstName", "first_name");
		const particle = str(o, "non-dropping-particle", "dropping-particle");
		const fam = particle ? `${particle} ${family ?? ""}`.trim() : family;
		if (fam && given) return `${given} ${fam}`;
		return fam ?? given;
	}
	return null;
}

/**
 * A byline pasted from a PDF marks each name with its affiliations and roles right after the name
 * ("María López1,2, Jian Wang2* and Peter Kim1,3", "Lise Dahl¹, Erik Lund²,³", "Anna Lindqvist†"):
 * marks written against a name's last letter are no part of it (DBLP's " 0003", after a space, is
 * read apart). Plain digits count only in a pasted string: an importer's list entry is one name as
 * the importer keeps it. Cheap for every other name: most hold no digit, star or dagger.
 */
const MARK = "\\u00b9\\u00b2\\u00b3\\u2070-\\u2079*\\u2020\\u2021\\u00a7\\u00b6#";
// the name's last letter (and a full stop) is matched and put back: a lookbehind breaks the plugin on iOS before 16.4
const marksAfterNames = (mark: string) => new RegExp(`(\\p{L}\\.?)[${mark}]+(?:,[${mark}]+)*(?=\\s*[,;&]|\\s+(?:and|&)\\s|\\s*$)`, "gu");
const MARKS_IN_STRING = marksAfterNames(`\\d${MARK}`);
const MARKS_IN_ENTRY = marksAfterNames(MARK);
const ANY_MARK = /[\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7\u00b6#]/;
function withoutAffiliationMarks(s: string, inString: boolean): string {
	return ANY_MARK.test(s) ? s.replace(inString ? MARKS_IN_STRING : MARKS_IN_ENTRY, "$1") : s;
}

/** "Stolz, Margarethe", "Stolz, M.": one comma, letters before it and a given name right after it. */
function isFamilyCommaGiven(part: string): boolean {
	const c = part.indexOf(",");
	return c > 0 && part.indexOf(",", c + 1) < 0 && /\p{L}/u.test(part.slice(0, c)) && /^ ?\p{L}/u.test(part.slice(c + 1));
}

/**
 * An editors', translators' or compilers' role written once after a list of names, in the
 * languages reference styles use: a plural, or a word of both numbers ("Hrsg.", "red.", "a cura
 * di"). A singular ("ed.", "trans.") marks the name it follows, as it does beside other marked names.
 */
const LIST_ROLE = / \(((?:eds|editors|éds|hrsg|hgg?|translators|comps|coords|orgs|dirs|red|a cura di)\.?)\)$/i;

/**
 * IEEE (and OSA, SPIE, ASME, AIAA) print each author's membership grade after the name ("Sofia
 * Lindgren, Member, IEEE, and Peter Okonkwo, Senior Member, IEEE"), and a byline copied from the
 * paper keeps it: no part of a name.
 */
const SOCIETY_GRADE = /, ?(?:(?:Life|Graduate|Student|Senior|Associate) ){0,2}(?:Member|Fellow), ?(?:IEEE|OSA|SPIE|ASME|AIAA|ACM)\b/g;
function withoutSocietyGrades(t: string): string {
	return t.includes("IEEE") || t.includes("OSA") || t.includes("SPIE") || t.includes("ASME") || t.includes("AIAA") || t.includes("ACM") ? t.replace(SOCIETY_GRADE, "") : t;
}

/**
 * Split a concatenated author string: BibTeX "A and B", "A; B", "Last, First", or "First Last,
 * First Last". What BibTeX protects with braces is one name whatever it holds: a corporate author
 * "{Centers for Disease Control and Prevention}" (a braced part holding a separator is set aside
 * while the string is split, then put back).
 */
/**
 * biblatex's extended name format, which Better BibTeX and biber write for names the plain form
 * cannot hold ("family=Beek, given=Anna, prefix=van, useprefix=true"): the name it spells, given
 * names first; null for any other string.
 */
function extendedName(t: string): string | null {
	if (!/^\s*(?:family|given|prefix|suffix)\s*=/i.test(t)) return null;
	const parts: Record<string, string> = {};
	for (const item of t.split(",")) {
		const m = /^\s*([A-Za-z-]+)\s*=(.*)$/.exec(item);
		if (!m) return null;
		parts[m[1].toLowerCase()] = m[2].trim().replace(/^\{(.*)\}$/, "$1").replace(/^"(.*)"$/, "$1").trim();
	}
	if (!parts.family) return null;
	return [parts.given, parts.prefix, parts.family, parts.suffix].filter((p) => p).join(" ");
}

function splitAuthorString(s: string, roleRead = false): string[] {
	// names in biblatex's extended format, joined by "and" as BibTeX joins names
	if (/(?:family|given)\s*=/i.test(s)) {
		// spaces made single first: "\s+and\s+" tried from each space of a long run is quadratic
		const parts = s.replace(/\s+/g, " ").split(/ and /i);
		const names = parts.map(extendedName);
		if (names.some((n) => n !== null)) return parts.flatMap((p, i) => names[i] ?? splitAuthorString(p, roleRead));
	}
	if (!s.includes("{")) return splitAuthors(s, roleRead);
	const kept: string[] = [];
	const masked = s.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, (m) => (/\sand\s|[,;&/]/i.test(m) ? `\uE000${kept.push(m) - 1}\uE000` : m));
	if (kept.length === 0) return splitAuthors(s, roleRead);
	return splitAuthors(masked, roleRead).map((p) => p.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => kept[Number(i)]));
}

function splitAuthors(s: string, roleRead = false): string[] {
	const t = withoutSocietyGrades(s.replace(/\s+/g, " ").trim());
	// a role after the last name marks the whole list ("Paredes, Lucía y Soto, Andrés (comps.)",
	// "Weber, J. and Krüger, A. (Hrsg.)"): every name of it, not the last one alone (rules/editors-not-authors)
	const role = !roleRead && t.includes("(") ? LIST_ROLE.exec(t) : null;
	if (role && role.index > 0 && !t.slice(0, role.index).includes("(")) {
		const names = splitAuthors(t.slice(0, role.index), true);
		if (names.length > 1) return names.map((n) => (TRUNCATION.test(n.trim()) ? n : `${n} (${role[1]})`));
	}
	// German styles join "Family, Given" names with a slash ("Stolz, M./Lindahl, P.", "Stolz, Margarethe / Lindahl, Per")
	if (t.includes("/")) {
		const slashed = t.split(/ ?\/ ?/);
		if (slashed.length > 1 && slashed.every(isFamilyCommaGiven)) return slashed;
	}
	// an organisation's own name holding "and" ("Centers for Disease Control and Prevention", "Food
	// and Agriculture Organization"): a part of one word is no person, and no part is "Family, Given"
	if (/\sand\s/i.test(t) && !t.includes(",") && isOrganizationAuthor(t) && t.split(/\s+and\s+/i).some((p) => !p.trim().includes(" "))) return [t];
	if (/\sand\s/i.test(t)) {
		// a written-out list ends in a bare name ("…, Bram de Vries and Chen Lei") or an Oxford comma;
		// when every part has a comma, each is a BibTeX "Last, First" ("de Miranda Cardoso, José Vinícius")
		const parts = t.split(/\s+and\s+/i);
		// "Okoro, Bassey, and Eze": family names alone, the last after an Oxford comma (a "Last,
		// First" list's last name has its own comma: "Okoro, Chinedu, and Eze, Ngozi")
		if (parts.length === 2 && /,\s*$/.test(parts[0])) {
			const items = [...parts[0].split(","), parts[1]].map((p) => p.trim()).filter((p) => p !== "");
			if (items.every((p) => isFamilyLike(p) && /^\p{Lu}[\p{L}'’-]+$/u.test(p.split(" ").pop() ?? ""))) return items;
		}
		const written = parts.some((p) => !p.includes(",") || /,\s*$/.test(p));
		return written ? parts.flatMap(splitNameList) : parts;
	}
	// "Müller, K. und Schmidt, P.": another language's "and", where every part reads as a whole name
	const joined = splitOtherLanguageAnd(t, splitAuthors);
	if (joined) return joined;
	// PubMed names a group after the people, past a semicolon ("Okoye C, Haddad R, et al; PRISM
	// Study Group"): a part that is itself a Vancouver list is its people (rules/capital-initials)
	const bySemicolon = t.includes(";") ? splitAtSemicolons(t) : [t];
	if (bySemicolon.length > 1) return bySemicolon.flatMap(vancouverList);
	// APA 7 lists 21 or more authors as the first 19, ". . ." and the last: the names on both sides,
	// the ellipsis between them marking the gap (readAuthors)
	const elided = /,?\s*(?:\.\s?\.\s?\.|…)\s+(?=\S)/.exec(t);
	if (elided && elided.index > 0) return [...splitAuthors(t.slice(0, elided.index)), "…", ...splitAuthors(t.slice(elided.index + elided[0].length))];
	// APA "Okonkwo, A., & de Vries, B." (also before a group: "…, & World Health Organization") and
	// "Ada Okonkwo & Bram de Vries"; not "Food & Drug Administration" nor "Department of Health &
	// Human Services" (an organisation's name, not a list of "Family, I." names)
	const amp = t.split(/,?\s+&\s+/);
	const apaList = /,\s*(\p{Lu}\.\s*)+$/u.test(amp[0]);
	if (amp.length > 1 && (apaList || amp.every((p) => (p.includes(",") || p.trim().split(" ").length >= 2) && !isOrganizationAuthor(p)))) return amp.flatMap((p) => splitAuthors(p));
	if (!t.includes(",")) return [t];
	const items = t.split(",").map((p) => p.trim()).filter((p) => p !== "");
	// a generational suffix is a part of its own ("King, M. L., Jr." as APA writes it, BibTeX's
	// "King, Jr., Martin"): it stays with the part before it, so the pairs below are the names'
	const groups: string[][] = [];
	for (const item of items) {
		if (GENERATION_SUFFIX.test(item) && groups.length > 0) groups[groups.length - 1].push(item);
		else groups.push([item]);
	}
	const parts = groups.map((g) => g[0]);
	// "Smith, John" or "Smith, J., van Doe, Jane" → pairs of Last, First; so is "García Márquez,
	// Lucía, Núñez, P. A.", whose given parts are one word or initials (a written-out list's
	// entries are never a lone given name)
	const givenLike = (p: string) => p.split(" ").length === 1 || p.split(" ").every((w) => /^\p{Lu}\.?(-\p{Lu}\.?)?$/u.test(w));
	// "Souza e Silva Filho, Carlos Eduardo": a double family name joined by "e", "y" or "i", or
	// closed by a generational word, before the given names
	if (parts.length === 2 && isJoinedFamily(parts[0]) && parts[1].split(" ").length <= 3) return [[...groups[0], ...groups[1]].join(", ")];
	const even = parts.length % 2 === 0;
	const pairs = even && (parts.every((p, i) => i % 2 === 0 ? isFamilyLike(p) : p.split(" ").length <= 3) || parts.every((p, i) => i % 2 === 0 ? p.split(" ").length <= 3 : givenLike(p)));
	if (!pairs) return items;
	const out: string[] = [];
	for (let i = 0; i < parts.length; i += 2) out.push([...groups[i], ...groups[i + 1]].join(", "));
	return out;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u;
const FAMILY_JOINERS_IN_NAMES = new Set(["e", "y", "i"]);

/**
 * "García Márquez, Ana Lucía": one comma between parts of several words reads as two people
 * ("Ada Okonkwo, Bram de Vries") or as one "Family, Given" name (a double family name, two given
 * names). The note's citation key, made from the first author's family name ("garcia2022",
 * "garciamarquez2022"), tells which: it names the part before the comma, not the last word after it.
 */
function keyNamesFamilyCommaGiven(text: string, fm: Record<string, unknown>): boolean {
	const t = text.replace(/\s+/g, " ").trim();
	const c = t.indexOf(",");
	if (c < 0 || t.indexOf(",", c + 1) >= 0) return false;
	// both parts names written out: capitalised words (the family's joined by a particle, "e", "y" or
	// "i": "Pereira da Silva"), no initials, no capitals throughout ("Okafor CN, Varga H")
	const written = (p: string, joined: boolean) => {
		const words = p.trim().split(" ");
		const joiner = (w: string, i: number) => joined && i > 0 && i < words.length - 1 && (NAME_PARTICLES.has(w) || FAMILY_JOINERS_IN_NAMES.has(w));
		return words.length >= 2 && words.length <= (joined ? 4 : 3) && words.every((w, i) => CAPITALISED_WORD.test(w) || joiner(w, i));
	};
	if (!written(t.slice(0, c), true) || !written(t.slice(c + 1), false)) return false;
	const key = foldText(citationKeyIn(fm) ?? "");
	const family = foldText(t.slice(0, c)).split(/[\s-]+/).filter((w) => w !== "" && !NAME_PARTICLES.has(w));
	const last = foldText(t.slice(c + 1)).trim().split(/[\s-]+/).pop() ?? "";
	const first = family[0] ?? "";
	const whole = foldText(t.slice(0, c)).replace(/[^a-z]/g, "");
	if (first.length < 3 || !key.startsWith(first) || (/^[a-z]/.test(key.slice(first.length)) && !key.startsWith(family.join("")) && !key.startsWith(whole))) return false;
	return !(last.length >= 3 && key.startsWith(last));
}

/** A generational suffix written as a part of its own in a "Family, Given" list. */
const GENERATION_SUFFIX = /^(?:[Jj]r|[Ss]r|JR|SR|II|III|IV)\.?$/;

/** The parts between semicolons, where a ";" closing an HTML entity ("d&apos;Amore", as DBLP exports write names) separates nobody. */
function splitAtSemicolons(t: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (const m of t.matchAll(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);|;/gi)) {
		if (m[0] !== ";") continue;
		parts.push(t.slice(from, m.index));
		from = m.index + 1;
	}
	parts.push(t.slice(from));
	return parts;
}

/** "Okoye C, Haddad R, et al" → its names when every one is written in PubMed/Vancouver style, else [part]. */
function vancouverList(part: string): string[] {
	if (!part.includes(",")) return [part];
	const names = part.split(",").map((p) => p.trim()).filter((p) => p !== "");
	const people = names.filter((n) => !TRUNCATION.test(n));
	return people.length >= 2 && readInitialsStyle(people) !== null ? names : [part];
}

/**
 * One part of an "and" list: a BibTeX "Last, First" name, or the head of a written-out list
 * ("Ada Okonkwo, Bram de Vries" of "Ada Okonkwo, Bram de Vries(,) and Chen Lei"), told apart by
 * the shape of the first piece: a list's entries are full names of two words or more, a
 * "Last, First" name's first piece is a family name.
 */
function splitNameList(part: string): string[] {
	const pieces = part.split(",").map((p) => p.trim());
	const named = pieces.filter((p) => p !== "");
	const list = named.length >= 2 && !isFamilyLike(named[0]) && named.every((p) => p.split(" ").length >= 2 && !/^[A-Z]\.?(\s|$)/.test(p.split(" ").slice(-1)[0]));
	return list || (pieces.length > 1 && pieces[pieces.length - 1] === "" && named.length === 1) ? named : [part];
}

/** "Souza e Silva", "Ramón y Cajal", "de Souza Filho": a family name of several words joined by "e"/"y"/"i" or closed by Filho, Neto… */
function isJoinedFamily(p: string): boolean {
	const words = p.split(" ");
	const joiner = (w: string) => w === "e" || w === "y" || w === "i";
	if (words.length < 2 || words.length > 6 || !(words.some(joiner) || isFamilyGenerationWord(words[words.length - 1]))) return false;
	return words.every((w) => /^\p{Lu}/u.test(w) || joiner(w) || NAME_PARTICLES.has(w)) && !joiner(words[0]) && !joiner(words[words.length - 1]);
}

/** One word, optionally after lower-case particles ("Smith", "van der Berg"). */
function isFamilyLike(p: string): boolean {
	const words = p.split(" ");
	return words.slice(0, -1).every((w) => NAME_PARTICLES.has(w) && w === w.toLowerCase());
}

/** The authors; `contributors` are the editors and translators the list marks among them (rules/editors-not-authors). */
function readAuthors(fm: Record<string, unknown>, raw: unknown = fm.authors ?? fm.author ?? fm.creators): { authors: string[]; truncated: boolean; afterGap: number; repeated: number; contributors: string[] } {
	let creators: { authors: unknown[]; contributors: unknown[] };
	let truncated = false;
	// "Smith, John et al." written as one entry or string: the people named, and a truncated list
	const withoutEtAl = (x: unknown): unknown => {
		if (typeof x !== "string") return x;
		const at = trailingTruncation(x);
		if (at === null) return x;
		truncated = true;
		return x.slice(0, at);
	};
	// a list whose item is itself a BibTeX "A, B and C, D" string is split like the string form
	// (in a list of several, the importer has separated the people: another language's "and" splits
	// an item only between family-first or initialled names, as "Souza e Silva Santos" is one person)
	if (Array.isArray(raw)) {
		const entry = (item: unknown): unknown[] => {
			if (typeof item !== "string") return [item];
			const x = withoutAffiliationMarks(item, false);
			return /,.*\sand\s.*,/.test(x) ? splitAuthorString(x) : (splitOtherLanguageAnd(x.replace(/\s+/g, " ").trim(), splitAuthorString, { givenFirst: raw.length === 1 }) ?? [x]);
		};
		creators = authorsAmongCreators(raw.map(withoutEtAl).flatMap(entry));
	} else if (typeof raw === "string" && !isMissing(raw)) {
		const text = withoutAffiliationMarks(withoutEtAl(raw) as string, true);
		const names = splitAuthorString(text);
		creators = authorsAmongCreators(names.length === 2 && keyNamesFamilyCommaGiven(text, fm) ? [text.replace(/\s+/g, " ").trim()] : names);
	}
	else if (raw && typeof raw === "object") creators = { authors: [raw], contributors: [] };
	else creators = { authors: [], contributors: [] };
	const head: string[] = [];
	// the names after an ellipsis that has names before it (APA 7's last author), else null
	let tail: string[] | null = null;
	for (const item of creators.authors) {
		const name = personToString(item);
		if (!name) continue;
		const marker = latexToUnicode(name).trim();
		if (TRUNCATION.test(marker) || TRUNCATION_IN_LANGUAGES.test(marker)) {
			if (ELLIPSIS.test(marker) && head.length > 0 && tail === null) tail = [];
			else truncated = true;
			continue;
		}
		// DBLP tells homonyms apart by a number after the name ("Wei Li 0003"): not part of the name
		(tail ?? head).push(name.replace(/\s+/g, " ").trim().replace(/ \d{4}$/, ""));
	}
	// an ellipsis with nobody after it ends a truncated list, as "others" does
	if (tail !== null && tail.length === 0) truncated = true;
	const gapAt = tail !== null && tail.length > 0 ? head.length : null;
	const read = inInitialsStyle([...head, ...(tail ?? [])]);
	const once = withoutAdjacentRepeats(gapAt === null ? read : read.slice(0, gapAt));
	const after = gapAt === null ? [] : read.slice(gapAt);
	const contributors = creators.contributors.map(personToString).filter((n): n is string => n !== null);
	return { authors: [...once.names, ...after], truncated, afterGap: after.length, repeated: once.dropped, contributors };
}

const YEAR = /(?:^|[^\d])((?:1[5-9]|20)\d{2})(?!\d)/;

function yearFrom(v: unknown): string | null {
	if (typeof v === "number" && Number.isInteger(v) && v > 1000 && v < 3000) return String(v);
	if (typeof v === "string" && !isMissing(v)) return YEAR.exec(v)?.[1] ?? null;
	if (v instanceof Date && !isNaN(v.getTime())) return String(v.getUTCFullYear());
	// CSL-YAML as pandoc wrote it: `issued: [{year: 2020, month: 5}]`
	if (Array.isArray(v)) return v.length > 0 ? yearFrom(v[0]) : null;
	if (v && typeof v === "object") {
		const o = v as Record<string, unknown>;
		const parts = o["date-parts"];
		if (Array.isArray(parts) && Array.isArray(parts[0])) return yearFrom(parts[0][0]);
		return yearFrom(o.raw ?? o.literal ?? o.year ?? null);
	}
	return null;
}

/** Crossref metadata dates the issue (`published-print`) and the online version apart; Semantic Scholar's and OpenAlex's records name the date `publicationDate` and `publication_date`, Omnivore's notes `date_published` (beside the day it was saved). */
const YEAR_FIELDS = ["year", "date", "issued", "published", "published-print", "published-online", "publicationDate", "publication_date", "date_published"];

function readYear(fm: Record<string, unknown>): string | null {
	return readYearField(fm)?.year ?? null;
}

/** The note's year and the text of the field it was read from (a text may name two years: "1677/1996"). */
function readYearField(fm: Record<string, unknown>): { year: string; text: string | null } | null {
	for (const k of YEAR_FIELDS) {
		const v = fm[k];
		const y = yearFrom(v);
		if (!y) continue;
		if (typeof v !== "string") return { year: y, text: null };
		return { year: v.length > 4 ? (citedYear(v) ?? y) : y, text: v };
	}
	return null;
}

const YEAR_GROUP = "((?:1[5-9]|20)\\d{2})";
/** "1677/1996" (APA's original/reprint) and "(1677) 1996": the later year is the edition cited. */
const ORIGINAL_FIRST = new RegExp(`^\\s*(?:${YEAR_GROUP}\\s*/\\s*${YEAR_GROUP}|\\(\\s*${YEAR_GROUP}\\s*\\)\\s*${YEAR_GROUP})\\s*$`);

/**
 * The year of the edition a field cites when it gives an original's year first ("1677/1996",
 * "(1677) 1996" cite the 1996 edition); null otherwise ("1996 [1677]" names the cited year first,
 * a range or a date keeps its first year, and so does a season or an academic year, "2019/2020").
 * The other year stays one of the note's (readOtherYears).
 */
function citedYear(text: string): string | null {
	const m = ORIGINAL_FIRST.exec(text);
	if (!m) return null;
	const [first, second] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
	return Number(second) - Number(first) >= 2 ? second : null;
}

const YEARS = new RegExp(YEAR.source, "g");
/** Where a note says the work appeared earlier: an original's year (APA 7) or a reprint's source. */
const EARLIER_PUBLICATION = /\b(?:original work published|originally published|first published|reprinted (?:from|in)|reprint of)\b/i;

/**
 * Years of other editions the note names (rules/book-editions): the original's (`origdate`,
 * `origyear`, CSL `original-date`, also as Zotero keeps it in Extra), a second year in the
 * field the year was read from ("1677/1996", "1905 [2002]", a `date` of "1677/1996"), or the years
 * a note gives after "Original work published" or "Reprinted from".
 */
function readOtherYears(fm: Record<string, unknown>, yearField: { year: string; text: string | null } | null, extra: ExtraFields): string[] {
	const out = new Set<string>();
	for (const k of ["origdate", "origyear", "original-date", "original_date", "originalDate", "original-year", "original_year"]) {
		const y = yearFrom(fm[k]) ?? yearFrom(extra.get(extraKey(k)) ?? null);
		if (y) out.add(y);
	}
	// only the field the year came from: a `date` beside a `year` is often the same work's online date
	if (yearField?.text && yearField.text.length > 4) for (const m of yearField.text.matchAll(YEARS)) out.add(m[1]);
	// APA's "(Original work published 1952)" and a reprint's source, as people note them
	for (const k of ["note", "notes", "annote", "addendum", "extra", "Extra"]) {
		const text = fm[k];
		if (typeof text !== "string") continue;
		const m = EARLIER_PUBLICATION.exec(text);
		if (m) for (const y of text.slice(m.index).matchAll(YEARS)) out.add(y[1]);
	}
	if (yearField) out.delete(yearField.year);
	return [...out];
}

/**
 * The CSL variables Zotero keeps in its Extra field, one "name: value" a line ("original-date:
 * 1962", "Original Date: 1962", "original-title: …"), by extraKey of the name.
 */
type ExtraFields = ReadonlyMap<string, string>;

/** What a note without an Extra field holds there (one map for all of them). */
const NO_EXTRA: ExtraFields = new Map();

function extraKey(name: string): string {
	return name.toLowerCase().replace(/[\s_-]+/g, "");
}

function readExtra(fm: Record<string, unknown>): ExtraFields {
	const extra = fm.extra ?? fm.Extra;
	if (typeof extra !== "string") return NO_EXTRA;
	const fields = new Map<string, string>();
	for (const line of extra.split(/\r?\n/)) {
		const m = /^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$/.exec(line);
		if (m && !fields.has(extraKey(m[1]))) fields.set(extraKey(m[1]), m[2]);
	}
	return fields;
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

function readArxivId(fm: Record<string, unknown>, doi: string | null, url: string | null, venue: string | null): string | null {
	const prefix = str(fm, "archiveprefix", "archivePrefix", "eprinttype");
	const eprint = str(fm, "eprint");
	if (eprint && (!prefix || /arxiv/i.test(prefix))) {
		const id = normalizeArxivId(eprint);
		if (id) return id;
	}
	// Zotero's preprint item keeps it as its Archive ID, "arXiv:2105.01234" (rules/zotero-extra-identifiers)
	const archiveId = str(fm, "archiveID", "archiveId", "archive_id");
	for (const v of [str(fm, "arxiv", "arxiv_id", "arxivId", "arXiv"), archiveId && /^arxiv:/i.test(archiveId) ? archiveId : null, doi && doi.startsWith("10.48550/arxiv.") ? doi : null]) {
		const id = normalizeArxivId(v);
		if (id) return id;
	}
	if (url && /arxiv\.org\//i.test(url)) {
		const id = normalizeArxivId(url);
		if (id) return id;
	}
	// "arXiv preprint arXiv:2212.08073"
	if (venue && /arxiv/i.test(venue)) {
		const m = /arxiv[:\s]+([a-z-]+\/\d{7}|\d{4}\.\d{4,5})/i.exec(venue);
		if (m) return normalizeArxivId(m[1]);
	}
	return null;
}

function readOpenalexId(fm: Record<string, unknown>): string | null {
	return openAlexWorkUrl(asRecord(fm.check_log)?.paper_id);
}

/**
 * The OpenAlex work id the note itself gives, "W2741809807" (its own identifier, unlike a stored
 * paper_id): an `openalex` field, an OpenAlex record's `ids.openalex` or `id`, or an openalex.org
 * link in a url field; null when it has none.
 */
function readWrittenOpenalexId(fm: Record<string, unknown>, url: string | null): string | null {
	const named = str(fm, "openalex", "openalex_id", "openalexId", "OpenAlex") ?? str(asRecord(fm.ids) ?? {}, "openalex");
	if (named !== null) return openAlexWorkId(named);
	for (const v of [typeof fm.id === "string" ? fm.id : null, url]) {
		if (v !== null && /openalex\.org\//i.test(v)) return openAlexWorkId(v.replace(/[?#].*$/, "").replace(/\/$/, ""));
	}
	return null;
}

const PMID_FIELDS = ["pmid", "PMID", "pubmed_id", "pubmedId", "PubMedID"];

/**
 * The PubMed id (PMID) the note gives, digits only: a `pmid` field (MEDLINE's `PMID`, Europe PMC's
 * `pmid`), an OpenAlex record's `ids.pmid`, Semantic Scholar's `externalIds.PubMed`, Zotero's Extra
 * ("PMID: 31234567") or a pubmed.ncbi.nlm.nih.gov link; null when it has none.
 */
function readPubmedId(fm: Record<string, unknown>, url: string | null, extra: ExtraFields): string | null {
	const named = str(fm, ...PMID_FIELDS) ?? str(asRecord(fm.ids) ?? {}, "pmid") ?? externalId(fm, "PubMed") ?? extra.get("pmid") ?? null;
	for (const v of [named, url]) {
		const m = v === null ? null : /^\s*(?:pmid:\s*|https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/)?(\d{1,9})\/?\s*$/i.exec(v);
		if (m && (v === named || /pubmed/i.test(v ?? ""))) return String(Number(m[1]));
	}
	return null;
}

const PUBLISHER_DOI_PATH = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?doi\/(?:(?:abs|full|pdf|epdf|epub|reader|book|pdfdirect)\/)?(10\.\d{4,9}\/[^?#\s]+)/i;
/** Springer's pages name the DOI after the kind of item: ".../article/10.1007/s00…", ".../chapter/10.1007/978-…", ".../content/pdf/10.1007/….pdf". */
const SPRINGER_DOI_PATH = /^https?:\/\/link\.springer\.com\/(?:article|chapter|book|referenceworkentry|protocol|content\/pdf)\/(10\.\d{4,9}\/[^?#\s]+?)(?:\.pdf)?(?:[?#]|$)/i;
/** A view of the page after the DOI in an older address (Wiley's ".../doi/10.1111/j.….x/abstract"): no part of the DOI. */
const PAGE_VIEW = /\/(?:abstract|full|pdf|epdf|summary|references|fulltext|citedby)$/i;

/** The DOI a publisher's page address names in its path, or null. */
function publisherDoi(link: string): string | null {
	const m = PUBLISHER_DOI_PATH.exec(link) ?? SPRINGER_DOI_PATH.exec(link);
	return m ? normalizeDoi(m[1].replace(PAGE_VIEW, "")) : null;
}

/** `source` when it is a web address (the Obsidian Web Clipper's field); elsewhere a source may be a newspaper's name. */
function webSource(fm: Record<string, unknown>): string | null {
	const v = str(fm, "source");
	if (v !== null && /^https?:\/\/\S+$/i.test(v)) return v;
	// BibTeX without a url field: "howpublished = {\url{https://…}}" (the Stanford Encyclopedia's own entries)
	const how = str(fm, "howpublished");
	return how !== null ? (/^(?:\\url\{)?(https?:\/\/[^\s{}]+)\}?$/i.exec(how.trim())?.[1] ?? null) : null;
}

/** Semantic Scholar's `journal: {name, volume}` or `publicationVenue: {name, type}`. */
function namedVenue(fm: Record<string, unknown>): string | null {
	for (const k of ["journal", "publicationVenue"]) {
		const o = asRecord(fm[k]);
		const name = o ? str(o, "name") : null;
		if (name) return name;
	}
	return null;
}

/**
 * The DOI a note's fields give: `doi`/`DOI`, Semantic Scholar's `externalIds`, a DOI among its
 * `identifier`s, or a "DOI: …" line in
 * Zotero's Extra field, where Zotero keeps it for item types without a DOI field
 * (rules/zotero-extra-identifiers); the Extra field is read only when the others give none. Links
 * come after, in readReference.
 */
function fieldDoi(fm: Record<string, unknown>, extra?: ExtraFields): string | null {
	return normalizeDoi(str(fm, "doi", "DOI")) ?? normalizeDoi(externalId(fm, "DOI")) ?? identifierDoi(fm) ?? normalizeDoi((extra ?? readExtra(fm)).get("doi") ?? null);
}

/** A DOI among a note's identifiers (`identifier: ["NCT04123456", "doi:10.…"]`), beside a trial's or a book's ids. */
function identifierDoi(fm: Record<string, unknown>): string | null {
	const v = fm.identifier ?? fm.identifiers;
	if (v === undefined || v === null) return null;
	for (const x of Array.isArray(v) ? v : [v]) {
		if (typeof x === "string" && /^\s*(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//i.test(x)) return normalizeDoi(x);
	}
	return null;
}

/** Semantic Scholar's `externalIds: {DOI, ArXiv, …}`, as its exports keep them. */

function externalId(fm: Record<string, unknown>, key: string): string | null {
	const ids = asRecord(fm.externalIds ?? fm.external_ids);
	return ids ? str(ids, key, key.toLowerCase()) : null;
}

/** Zotero item types (`itemType`) in the BibTeX vocabulary the rules speak; others lower-cased. */
const ZOTERO_TYPES: Record<string, string> = {
	journalArticle: "article", magazineArticle: "article", newspaperArticle: "article-newspaper", bookSection: "incollection",
	conferencePaper: "inproceedings", encyclopediaArticle: "inreference", dictionaryEntry: "inreference",
	computerProgram: "software", blogPost: "post-weblog", forumPost: "post", webpage: "online", statute: "legislation",
	case: "legal_case", film: "motion_picture", videoRecording: "video", audioRecording: "podcast", radioBroadcast: "broadcast",
	tvBroadcast: "broadcast", document: "misc", letter: "personal_communication",
};

/** Zotero item types of the works a reference note is about (not notes, letters, e-mails, artworks…). */
const ZOTERO_REFERENCE_TYPES = new Set([
	"journalArticle", "magazineArticle", "newspaperArticle", "book", "bookSection", "conferencePaper", "thesis", "report",
	"preprint", "manuscript", "encyclopediaArticle", "dictionaryEntry", "dataset", "patent", "standard", "webpage",
	"blogPost", "computerProgram", "document",
]);

/** A note written by a Zotero importer for one of its items (its `itemType`). */
function isZoteroItem(fm: Record<string, unknown>): boolean {
	const t = str(fm, "itemType", "item_type");
	return t !== null && ZOTERO_REFERENCE_TYPES.has(t);
}

function zoteroEntryType(fm: Record<string, unknown>): string | null {
	const t = str(fm, "itemType", "item_type");
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
	const url = str(fm, "url", "URL") ?? webSource(fm);
	// a page's title holds the work's title decorated by the site (rules/web-page-titles)
	const page = workTitleOfPage(rawTitle, url, authors);
	// DBLP's `ee` ("electronic edition") is the link to the publisher's copy, often the DOI
	const ee = str(fm, "ee");
	const linkedContainer = str(fm, ...VENUE_FIELDS);
	const linked = (linkedContainer === null ? null : unlink(linkedContainer)) ?? namedVenue(fm);
	// an AAS macro or an NLM label is not the journal's name (rules/venue-written-forms)
	const named = linked === null ? null : venueAsNamed(linked);
	// APA's "In editors (Eds.), Book (pp. …)" names the book of a chapter (rules/chapter-source)
	const chapterBook = named === null ? null : bookOfChapterSource(named);
	const container = chapterBook ?? named;
	const venue = container ?? str(fm, "publisher");
	// MathSciNet and zbMATH write the journal's full name beside its abbreviation (rules/venue-aliases)
	const fullJournal = str(fm, "fjournal");
	const extra = readExtra(fm);
	let doi = fieldDoi(fm, extra);
	for (const link of [url, ee]) {
		if (!doi && link && /doi\.org\//i.test(link)) doi = normalizeDoi(link);
		// publishers' pages name the DOI in the path: ".../doi/abs/10.1086/261763", ".../doi/full/10.1111/…", Springer's ".../article/10.1007/…"
		if (!doi && link) doi = publisherDoi(link);
	}
	const typeValue = typeof fm.type === "string" && fm.type !== "bibtex_entry" ? (Object.prototype.hasOwnProperty.call(CROSSREF_TYPES, fm.type) ? CROSSREF_TYPES[fm.type] : fm.type) : null;
	const declaredType = str(fm, "entry_type", "entrytype", "ENTRYTYPE") ?? typeValue ?? zoteroEntryType(fm);
	// biblatex writes a newspaper article as @article with `entrysubtype = {newspaper}`
	const entryType = declaredType?.toLowerCase() === "article" && str(fm, "entrysubtype")?.toLowerCase() === "newspaper" ? "article-newspaper" : (declaredType ?? (chapterBook !== null ? "incollection" : null));
	const writtenOpenalexId = readWrittenOpenalexId(fm, url);
	const pubmedId = readPubmedId(fm, url, extra);
	const yearField = readYearField(fm);
	const year = yearField?.year ?? null;
	const otherYears = readOtherYears(fm, yearField, extra);
	const edition = readEdition(fm);
	const originalTitle = str(fm, "origtitle", "original-title", "original_title", "originalTitle") ?? extra.get(extraKey("original-title")) ?? null;
	const contributors = [...amongCreators, ...["editor", "editors", "translator", "translators"].flatMap((k) => (fm[k] === undefined ? [] : readAuthors(fm, fm[k]).authors))];
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
		...(contributors.length > 0 ? { contributors } : {}),
		...(originalTitle ? { originalTitle: originalTitle.replace(/\s+/g, " ") } : {}),
	};
}

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
	if (types.includes(type)) return `not indexed: ${type} entry without DOI`;
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
