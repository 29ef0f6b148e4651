// The `check_log` value: building it in the seed's key order, reading it back, and deciding
// whether a reference needs a (re-)check. Pure; the YAML text is written by vault/frontmatter.ts.
import { isRecord } from "../lib/guards";
import { isMissing, normalizeDoi, parsePersonName } from "./normalize";
import type {
	AuthorsCheck,
	CheckLog,
	CheckStatus,
	Comparison,
	DoiFieldCheck,
	FieldChecks,
	ManualVerification,
	PublishedVersion,
	Reference,
	RemoteWork,
	TextFieldCheck,
	YearFieldCheck,
} from "./types";

/**
 * Version of the comparison rules (2: the named rules of issue 12, src/core/rules/; 3: a year after
 * the check date, a preprint-year excuse only over a published record, placeholder authors, short
 * main titles found by search, a venue on the note's own preprint DOI, other importers' fields and
 * name styles, journal abbreviations, books, chapters, translations, legal texts; 4: names and
 * titles mis-encoded as Windows-1252, a DOI with a version suffix, a store's format after a book
 * title, a proceedings name's meeting dates and place, APA 7's elided lists, unfilled template
 * placeholders, RIS fields, DBLP's `ee` link; 5: DOIs in quote marks, two version-marked DOIs of
 * one deposit, Web of Science tags, export columns and Crossref metadata read, newspaper articles
 * and letters skipped, a short title's folded spelling searched, authors in another script not
 * compared, IEEE proceedings abbreviations, transliterated Slavic names, titles in two languages
 * behind one DOI, meeting abstracts under an article's title, identifiers in Zotero's Extra and
 * Archive ID, Zenodo concept and version DOIs, a word broken at a line end searched without its
 * pieces, author lists joined by another language's "and" read as lists, a family name before
 * dotted initials ("Иванов И. И.") read as such, APA 7's last author kept and compared with the
 * record's last, a plain-ASCII title in another language searched by all but one or two of its
 * words, a record's venue named by two titles or by a meeting's acronym, year and name, a title
 * with its translation in brackets after it, a title cut short with an ellipsis, MEDLINE, EndNote
 * and RefWorks tags, RePEc templates, OpenAlex/Europe PMC/arXiv/DataCite/INSPIRE records, a pandoc
 * `references:` block and web pages' citation metadata read, a Vancouver list's closing full stop,
 * a short title's other year, Portuguese generational family names and double family names joined
 * by a particle or "y", "i", "e", a living review's updates as versions of one review and its
 * unmarked first version as the first of them, an author named as printed on the work where the
 * record's author profile carries another name, a web page's title read without the site's
 * decoration, fields named in other languages, titles and journals written as links, numbers in
 * titles as words or digits ("Two"/"2", "Second"/"2nd", "Type II"/"Type 2"), an original's and a
 * reprint's year in one field ("1677/1996", "(1677) 1996", a `date` of both) with the later as the
 * year cited, the note's own OpenAlex id and PubMed id looked up like a DOI, ISO 4's initialisms,
 * contractions, other languages' fillers and lettered sections in journal abbreviations; then a
 * review's, a deposit's and APA/NLM labels around a title and a journal's section heading before a
 * record's title set aside, British and American medical spellings, "vs." for "versus", Japanese
 * long vowels and Korean family names in another romanization, abbreviated given names ("Wm.",
 * "Ma.") and given names with a letter doubled or not, "St-" for "Saint-", degrees and PDF
 * affiliation marks after names, "et al." in other languages, a DOI broken by a PDF line end or
 * holding a page's invisible characters, DOIs in Springer's and older Wiley addresses, CEUR-WS as a
 * workshop's series, MEDLINE's journal titles, manuals and online encyclopedia entries skipped as
 * not indexed, and Unpaywall, CORE and schema.org notes read; a word typed twice in a row and two
 * neighbouring letters swapped in a short title word and a small word left out or added as typos,
 * two neighbouring letters swapped in a family name of five letters as a slip, a generational
 * suffix after the given names ("King, Martin, Jr.") read with its name, a record's title in another
 * script behind the note's DOI, the names in two scripts as many and the year the same, as two languages,
 * a degree or percent sign written as its word in a title, an organisation's name holding "and"
 * (braced or not) read as one author, a reference list's number and a Markdown footnote reference pasted with a title set aside, a title
 * not found searched last with each of its first words left out, then each two, within the note's years; a
 * BibTeX-braced name agreeing with the record's author of that name, several collaborations as a
 * note's only authors, a short report title by an organisation on a record listing nobody, AAS
 * journal macros and NLM labels in journal fields, the ADS, INSPIRE, MathSciNet and zbMATH as
 * scholarly hosts, PubMed's generational suffixes after initials and a group after a Vancouver
 * list's semicolon, a role written once after a list ("(comps.)", "(Hrsg.)", "(eds.)") and German
 * lists joined by slashes, Citavi labels, EndNote XML, Notion's "Name", Omnivore's date_published,
 * a PubMed id or a DOI among `identifier`s making a note a reference, a working paper cited up to
 * three years before its journal record, and a book record led by its author's name or listing only
 * the note's editor or translator, an eponym with or without its possessive ("Parkinson's disease"
 * / "Parkinson disease") as one title, a near title's search result taken when the first author
 * and the year agree, a three-word title searched by each two of its words, biblatex's `subtitle` field
 * joined to the title and its extended name format read; and in the resolve stage: a work whose list answer cut its
 * authorships at 100 compared in full, of two works under one DOI the fuller (asked again when a
 * singleton answers with a stub), of records rated alike the kind the note cites, a title many
 * works share searched again within the note's years, a figure's, table's or supplement's DOI and
 * one with a web page's tail ("…/full") read as its article's, a chapter's DOI OpenAlex lacks read
 * as its book's, a DOI naming a correction or retraction notice of the note's paper or a
 * namesake's work under a title of a few words said so, a placeholder record title read as none,
 * and a retracted paper's relabelled title read without its label; then, for conference proceedings
 * and APA 7: a venue written as a reference line's tail (place, date, vol., no., pp.), a meeting named
 * "YEAR name (ACRONYM)" or by an acronym its name's words spell ("MobiSys '19"), IEEE membership
 * grades after names, engineering societies' series of many meetings (SPIE, AIP, IOP, Web of
 * Conferences, IFAC-PapersOnLine, ASME's volumes, AIAA/ASME/SAE paper numbers), an ISO 4
 * abbreviation spelling another language's article ("Des."), APA's "In editors (Eds.), Book (pp.)"
 * and Harvard's "In: Editor (ed.) Book. Place" as a chapter's book, ProQuest's "(Publication No. …)"
 * after a dissertation's title set aside, the years after "Original work published" or "Reprinted from" in a note, a
 * thesis in a DSpace/Handle repository or so labelled no web page, a report's document number not
 * judged as a venue, an edition a book record reached by the note's DOI leaves out of its title
 * minor, and a meeting's track before a record's title ("Demo:", "Poster:") or a keynote's or an
 * award's mark after a note's set aside; then, for the life and earth sciences and research outputs:
 * a formula's sub- and superscripts searched joined ("N2O"), Mendeley's "{\textless}i{\textgreater}"
 * read as the tag, a Greek letter against its Latin look-alike ("NF-kB") and standing alone in a
 * Latin title (no second script), a species' genus abbreviated on one side minor, a report's series
 * number or issuer's code after its title set aside and a report record's venue against the note's
 * publisher accepted, and a dataset, software, standard or data repository's DOI OpenAlex does not
 * hold skipped, not reported missing; then, for the physical sciences, hand-kept notes and invented
 * citations: the ADS's abbreviations and "and et al.", journal initialisms (JHEP, JACS…) and
 * MathSciNet's `fjournal`, a TeX command with an index, mathematics' letterlike symbols no script, a
 * preprint retitled on publication minor, another collaboration (or the same name numbered
 * otherwise) major, a note's own heading as its title minor, a DOI written as a Markdown link, a
 * copy's mark ("[PDF]", "(preprint)") and a reader's label ("Notes on:") set aside, a linked person
 * read by the page's name when the shown name's initial differs, a title that is the citation key
 * no title, capitalised `Published`/`Date` read, the record's last author put first major, joint
 * meetings' proceedings, the ACL's Findings by meeting and year, another edition or volume of a
 * venue minor (an edition written in words read as its number), PMLR named with its volume; talks,
 * events, performances, maps, images and music without a DOI not looked up, a sibling journal
 * ("Physical Review Letters", "PNAS Nexus") or a field's other journal ("JAMA Neurology" for "Neurology")
 * minor against the journal, a meeting's satellite volume cited as
 * the main meeting minor, "and co-workers" read as et al., isotopes, ring positions, the ångström and
 * trade marks written out in titles, a journal's international edition and its original two venues, and
 * of one paper held in both, the note's compared, "(TM)"/"(R)" against a word set aside, a closed compound
 * giving its parts' initials in an acronym: "EDBT", "MMSys", CSL-JSON's media types read as references beside
 * CSL's own fields, a map or event naming a journal looked up, Chinese, Japanese, Korean, Portuguese and
 * Spanish "et al." markers and comma lists, a title in two languages run together read as parallel
 * titles, names in two scripts no evidence of another paper behind a DOI; a comma between two CJK names
 * read by the work's bylines, a byline printed family first, two coauthors' given names crossed major, "Jr."
 * against "Sr." two people, "Й" as "y" or "i", a Korean name family first without a comma;
 * the record's first author put last major, Irish "Ní"/"Ó"/"Mac" family names read whole, NEJM, I-CON,
 * APSR, AJPS and JPSP, a family's journal name with "in", "for" or "and" words after it another journal,
 * opposed prefixes, compound endings and a few clinical terms a letter apart other words, not typos;
 * patents and standards written as plain entries skipped, a meeting abstract not the paper of its title two
 * or more years later, a report server's number and a standard's designation before a title labels;
 * a "WITHDRAWN: …" review record the review, minor, a note dated before the living-review update its DOI names
 * compared with the earlier version, a record in a supplement issue on one page, or none and not online first,
 * a meeting abstract, not the paper; OpenAlex's `biblio` read for it; a laboratory's hyphenated report number
 * before a record's title a label, another report's number there than the note's major; a journal's acronym with a
 * word of its own, "NEJM Evidence", "APSR Open", another journal; an edition a note's title names that a book's record of its
 * year leaves out minor, a meeting paper's chapter under a book series and an untyped note's book under a collection
 * their shelf, a journal's name before a "Journal of …" subtitle run on without its colon one of its names;
 * Cyrillic, Greek and Georgian names compared romanized letter by letter, a note's `author_en` list read, Wade–Giles and
 * Tongyong against pinyin and McCune–Reischauer against Revised one name, Arabic and Persian given names' o/u and e/a;
 * a note's volume and pages against OpenAlex's biblio (volume now fetched), another volume or pages that do not overlap
 * minor, a supplement record of one or two pages outside the note's pages not the work;
 * software releases and dataset versions: Zenodo's "owner/repo: tag" the package, another release minor, a note's DOI
 * naming the data or code deposit beside its paper (or the reverse) major, a deposit not the journal paper; OpenAlex's
 * reference-entry a book's part; a software item's "name: description" title compared with a release by its name, Tongyong's "jhih" pinyin's "zhi";
 * meetings of abstracts told by name (LPSC, EGU, AGU, APS, SfN, ISMRM, Goldschmidt), a note saying "Abstract #…" an
 * abstract's, a supplement record of one or two pages an abstract and a note printing a paper's pages or issue not it;
 * "Int" after a word cut short read as "International", and a journal named with "International" and one without two journals). Bump it when a rule change can
 * change a verdict: logs written by an older version (or without `checker_version`, i.e. by the
 * earlier tool) are re-checked.
 */
export const CHECKER_VERSION = 5;

/** `checked_with` of logs this checker writes; logs from other sources are re-checked. */
export const CHECKED_WITH = "auto:openalex";

/** Days after which a check is stale and re-run (the `stale_days` setting's default). */
export const DEFAULT_STALE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BuildCheckLogInput {
	status: CheckStatus;
	comparison?: Comparison;
	work?: RemoteWork;
	notes?: string[];
	publishedVersion?: PublishedVersion;
	now: Date;
	/** Write the `remote:` summary (default true). */
	writeRemote?: boolean;
	previous?: CheckLog | null;
}

function textCheck(c: TextFieldCheck): TextFieldCheck {
	const out: TextFieldCheck = { local: c.local, remote: c.remote, match: c.match };
	if (!c.match && c.edit_distance !== undefined) out.edit_distance = c.edit_distance;
	return out;
}

function yearCheck(c: YearFieldCheck): YearFieldCheck {
	const out: YearFieldCheck = { local: c.local, remote: c.remote, match: c.match };
	if (!c.match && c.year_diff !== undefined) out.year_diff = c.year_diff;
	return out;
}

function doiCheck(c: DoiFieldCheck): DoiFieldCheck {
	return { local: c.local, remote: c.remote, match: c.match };
}

function authorsCheck(c: AuthorsCheck): AuthorsCheck {
	return {
		local_count: c.local_count,
		remote_count: c.remote_count,
		count_match: c.count_match,
		details: c.details.map((d) => ({ index: d.index, local: d.local, remote: d.remote, first_match: d.first_match, last_match: d.last_match })),
	};
}

/** The fields map in the seed's key order, whatever order the comparison built it in. */
function orderedFields(f: FieldChecks): FieldChecks {
	return { title: textCheck(f.title), year: yearCheck(f.year), venue: textCheck(f.venue), doi: doiCheck(f.doi), authors: authorsCheck(f.authors) };
}

/**
 * Builds the `check_log` value. Key order: checked_at, checked_with, status, mismatch_severity
 * (mismatch only), paper_id, fields, remote, then checker_version, notes, retracted,
 * published_version, manually_verified (kept from the previous log, never dropped).
 * `not_found`/`skipped` logs carry only the first three keys, checker_version and notes.
 */
export function buildCheckLog(input: BuildCheckLogInput): CheckLog {
	const { status, comparison, work, now } = input;
	const log: CheckLog = { checked_at: now.toISOString(), checked_with: CHECKED_WITH, status };
	const matched = status === "confirmed" || status === "mismatch";
	if (status === "mismatch") log.mismatch_severity = comparison?.severity ?? "major";
	if (matched && work) log.paper_id = work.id;
	if (matched && comparison) log.fields = orderedFields(comparison.fields);
	if (matched && work && input.writeRemote !== false) {
		// an author the note names as the work prints them is recorded so (rules/author-profile-names)
		log.remote = { title: work.title, authors: [...(comparison?.remoteAuthors ?? work.authors)], year: work.year, venue: work.venue, doi: work.doi };
		// a PubMed id naming another paper: the record's, so the panel can tell it again from the log (rules/pubmed-ids)
		if (comparison?.wrongIdentifier?.kind === "pmid" && work.pmid) log.remote.pmid = work.pmid;
		// an identifier naming a notice known by its type (an erratum under the paper's own title):
		// the type, so the panel can tell it again from the log (rules/doi-different)
		if (comparison?.wrongIdentifier && (work.type === "erratum" || work.type === "retraction")) log.remote.type = work.type;
	}
	log.checker_version = CHECKER_VERSION;
	const cuts = matched ? (work?.truncated ?? []).map((t) => `remote record truncated: ${t}`) : [];
	const notes = [...new Set([...(matched ? comparison?.notes ?? [] : []), ...(input.notes ?? []), ...cuts])];
	if (notes.length > 0) log.notes = notes;
	if (matched && work?.isRetracted) log.retracted = true;
	if (matched && input.publishedVersion) {
		const p = input.publishedVersion;
		log.published_version = { doi: p.doi, venue: p.venue, year: p.year };
	}
	// Any recorded form (a map, or `true`: see manualVerification) is a person's, never dropped.
	const verified = input.previous?.manually_verified;
	if (verified !== undefined && verified !== null) log.manually_verified = verified;
	return log;
}

/** The note's `check_log` when it is a map with a status; otherwise null. */
export function readCheckLog(fm: Record<string, unknown>): CheckLog | null {
	const log = fm.check_log;
	if (!isRecord(log) || typeof log.status !== "string") return null;
	return log as CheckLog;
}

function scalarText(v: unknown): string {
	return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

function asVerification(v: unknown): ManualVerification | null {
	if (v === true) return { verified_at: "", verified_by: "" };
	if (!isRecord(v)) return null;
	const out: ManualVerification = {
		verified_at: v.verified_at instanceof Date ? v.verified_at.toISOString() : scalarText(v.verified_at),
		verified_by: scalarText(v.verified_by),
	};
	if (typeof v.notes === "string") out.notes = v.notes;
	return out;
}

/** A person's verification, from the top-level `manually_verified` key or inside `check_log`. */
export function manualVerification(fm: Record<string, unknown>): ManualVerification | null {
	const top = asVerification(fm.manually_verified);
	if (top) return top;
	const log = fm.check_log;
	return isRecord(log) ? asVerification(log.manually_verified) : null;
}

/** True when the log is older than `staleDays` days, or its date is unreadable. `staleDays <= 0` disables staleness. */
export function isStale(log: CheckLog, staleDays: number, now: Date): boolean {
	if (!(staleDays > 0)) return false;
	const raw: unknown = log.checked_at;
	const checked = raw instanceof Date ? raw.getTime() : Date.parse(String(raw));
	if (Number.isNaN(checked)) return true;
	return now.getTime() - checked > staleDays * DAY_MS;
}

/** Comparable form of a recorded or current local value: missing → null, whitespace collapsed, NFC. */
function localKey(v: unknown): string | null {
	if (typeof v === "number") return String(v);
	if (typeof v !== "string" || isMissing(v)) return null;
	return v.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Comparable form of an author name: "Last, First" and "First Last" are the same name. */
function authorKey(v: unknown): string | null {
	const name = localKey(v);
	if (name === null) return null;
	const { given, family } = parsePersonName(name);
	return `${given}|${family}`;
}

/** True when a local value recorded in the log (fields.*.local, authors) differs from the note's current one. */
export function checkedFieldsChanged(ref: Reference, log: CheckLog): boolean {
	const fields = log.fields as Partial<FieldChecks> | undefined;
	if (!isRecord(fields)) return false;
	const differs = (recorded: unknown, current: unknown): boolean => localKey(recorded) !== localKey(current);
	if (isRecord(fields.title) && differs(fields.title.local, ref.title)) return true;
	if (isRecord(fields.year) && differs(fields.year.local, ref.year)) return true;
	if (isRecord(fields.venue) && differs(fields.venue.local, ref.venue)) return true;
	if (isRecord(fields.doi) && normalizeDoi(fields.doi.local) !== ref.doi) return true;
	const authors = fields.authors;
	if (isRecord(authors)) {
		if (typeof authors.local_count === "number" && authors.local_count !== ref.authors.length) return true;
		if (Array.isArray(authors.details)) {
			// Rows are aligned pairs: a remote-only row has local null, so the locals in row order
			// (not `index`) are the note's authors.
			const locals = (authors.details as unknown[]).filter(isRecord).map((d) => d.local).filter((l) => localKey(l) !== null);
			if (locals.some((l, i) => authorKey(l) !== authorKey(ref.authors[i]))) return true;
		}
	}
	return false;
}

export interface NeedsCheckOptions {
	staleDays: number;
	now: Date;
	/** An explicit re-check: checks even manually verified or fresh notes. */
	force?: boolean;
}

/**
 * Whether to query OpenAlex for this note. False for a manually verified note (unless forced);
 * true when there is no log, the log was written by another tool (checked_with other than
 * 'auto:openalex') or an older checker_version, it is stale, or a checked local value changed.
 */
export function needsCheck(ref: Reference, fm: Record<string, unknown>, opts: NeedsCheckOptions): boolean {
	if (opts.force) return true;
	if (manualVerification(fm)) return false;
	const log = readCheckLog(fm);
	if (!log) return true;
	if (log.checked_with !== CHECKED_WITH) return true;
	const version = log.checker_version;
	if (typeof version !== "number" || version < CHECKER_VERSION) return true;
	if (isStale(log, opts.staleDays, opts.now)) return true;
	return checkedFieldsChanged(ref, log);
}
