// Domain types shared by the core, the OpenAlex client, the plugin and the CLI.
// The CheckLog shape mirrors the YAML written into notes (snake_case keys, seed key order).

/** A reference note's citation data, read from frontmatter (see reference.ts). */
export interface Reference {
	citationKey: string | null;
	/** Title as written in the note (trimmed); a web page's title without the site's decoration. */
	title: string;
	/** What a web page's title added to the work's title ("ScienceDirect"), read without it (rules/web-page-titles). */
	pageTitleDecoration?: string;
	/** Author display names as written, "Given Family" order (BibTeX/CSL shapes converted). */
	authors: string[];
	/** True when the local list ends with "others"/"et al." (removed from `authors`). */
	authorsTruncated: boolean;
	/**
	 * APA 7's list of 21+ authors (the first 19, ". . .", the last): the last this many of `authors`
	 * come after a gap of unknown length, and are compared with the record's last authors.
	 */
	authorsAfterGap?: number;
	/** Author entries dropped because they repeated the entry before them (BibLib writes each twice). */
	authorsRepeated?: number;
	/** Year as written locally ("2022"); null when absent. */
	year: string | null;
	venue: string | null;
	/** True when `venue` came from the `publisher` key (a book's publisher, not a journal or proceedings). */
	venueIsPublisher?: boolean;
	/** The journal's full name beside an abbreviated `journal`, as MathSciNet and zbMATH write it (`fjournal`). */
	venueFullName?: string;
	/** Bare, lower-case DOI ("10.1145/3442188.3445885"); null when absent. */
	doi: string | null;
	/** arXiv id without version ("2203.02155", "math/0404188"). */
	arxivId: string | null;
	url: string | null;
	/** `entry_type` (BibTeX) or CSL/`type` value, lower-case. */
	entryType: string | null;
	/** OpenAlex id from a previous check_log.paper_id ("https://openalex.org/W…"). */
	openalexId: string | null;
	/**
	 * The OpenAlex work id the note itself gives ("W2741809807": an `openalex` field, `ids.openalex`,
	 * an openalex.org link), looked up like a DOI; unlike `openalexId`, the checker's earlier answer.
	 */
	writtenOpenalexId?: string;
	/** The PubMed id the note gives ("31234567"), looked up like a DOI (rules/pubmed-ids). */
	pubmedId?: string;
	/**
	 * Years of other editions the note names beside `year`: the original's (`origdate`,
	 * `original-date`, "1776/1976") or a reprint's (rules/book-editions).
	 */
	otherYears?: string[];
	/** The version of software or a dataset the note cites (`version`, `versionNumber`, "R package version 1.4-2"; rules/software-releases). */
	releaseVersion?: string;
	/** The edition the note cites (`edition: 2`, "2nd", "Second"), when a number. */
	edition?: number;
	/** Editors and translators (`editor`, `translator`), "Given Family"; book records often list them as authors. */
	contributors?: string[];
	/** The title in the original language of a translated work (`origtitle`, `original-title`). */
	originalTitle?: string;
	/** The authors as the note also writes them in Latin letters (`author_en`, `authors_en`) beside names in another script (rules/author-scripts). */
	authorsRomanized?: string[];
	/** A report's number (`number` of a report entry, `report_number`): "NREL/TP-5000-71234" (rules/title-labels). */
	reportNumber?: string;
	/** The volume, issue, pages and article number the note gives (core/read-numbers.ts; rules/volume-and-pages). */
	numbers?: CitationNumbers;
	/** The note says it cites a meeting abstract or poster ("Abstract #1873", "Program No. 512.07" in `note`, `howpublished` or `extra`: rules/not-the-work). */
	citesAbstract?: true;
}

/** A reference's numbers as the note writes them, trimmed; each absent when the note does not give it. */
export interface CitationNumbers {
	volume?: string;
	issue?: string;
	/** The first page ("1234", "S12", "e0123456", "xi"). */
	firstPage?: string;
	/** The last page as written, perhaps abbreviated ("56" of "1234-56"). */
	lastPage?: string;
	/** An article number or e-locator given in a field of its own (`articleNumber`, `eid`, `elocation-id`). */
	articleNumber?: string;
}

/** OpenAlex's `biblio`, each part a non-empty string or absent. */
export interface RemoteBiblio {
	volume?: string;
	issue?: string;
	firstPage?: string;
	lastPage?: string;
}

export type NotAReference = { notAReference: true; reason: string };

/** One place a work is published (OpenAlex `locations[]`). */
export interface RemoteLocation {
	venue: string | null;
	/** journal | conference | repository | ebook platform | … */
	sourceType: string | null;
	/** submittedVersion | acceptedVersion | publishedVersion | null */
	version: string | null;
	/** True for preprint servers (arXiv, SSRN, bioRxiv, …) or `sourceType: repository`. */
	isPreprint: boolean;
	landingPageUrl: string | null;
}

/** An OpenAlex work reduced to what we compare. */
export interface RemoteWork {
	/** "https://openalex.org/W…" */
	id: string;
	/** Bare, lower-case DOI or null. */
	doi: string | null;
	title: string | null;
	/** The author profiles' names (`author.display_name`), the printed name where a profile has none. */
	authors: string[];
	/**
	 * The names as printed on the work (`raw_author_name`), index by index with `authors`, where a
	 * profile's name is another (a name changed since, another spelling, a profile merged with
	 * someone else's); absent when every byline is its profile's name.
	 */
	bylines?: Array<string | null>;
	year: number | null;
	publicationDate: string | null;
	/** OpenAlex `type`: article, preprint, book, book-chapter, review, erratum, dataset, … */
	type: string | null;
	/** Venue of the primary location. */
	venue: string | null;
	locations: RemoteLocation[];
	isRetracted: boolean;
	isParatext: boolean;
	arxivId: string | null;
	/** What was cut from an oversized record before it was compared (see openalex/work.ts). */
	truncated?: string[];
	/** OpenAlex ids merged into this work that a lookup followed to it ("W…": a note's older id). */
	mergedIds?: string[];
	/**
	 * DOIs whose free singleton answered with this work although it carries another DOI: a version
	 * OpenAlex merged into it (a preprint's DOI into its journal record; rules/doi-forms).
	 */
	mergedDois?: string[];
	/** Authorships with neither an author profile's name nor a printed byline (rules/record-stub). */
	unnamedAuthors?: number;
	/** The first of those authorships names no one: the record does not tell who is first. */
	firstAuthorUnnamed?: true;
	/**
	 * A list answer cut the authorships at 100 (`is_authors_truncated`); the singleton holds them
	 * all. The resolver fetches that when the note names more authors (openalex/resolver.ts, withFullAuthorLists).
	 */
	authorsCutInList?: true;
	/** The PubMed id OpenAlex gives the work (`ids.pmid`), digits only. */
	pmid?: string;
	/** The work's issue (`biblio.issue`) when it is a supplement ("Supplement_1", "15_suppl") printing one or two pages or none: meeting abstracts are printed there. */
	supplementIssue?: string;
	/** The record's volume, issue and pages (`biblio`), when it gives any (rules/volume-and-pages). */
	biblio?: RemoteBiblio;
}

/** The other version of a work OpenAlex holds beside the one compared (a preprint and its published version). */
export interface OtherVersion {
	work: RemoteWork;
	/** What the other version is. */
	is: "preprint" | "published version";
}

export type CheckStatus = "confirmed" | "mismatch" | "not_found" | "skipped";
export type Severity = "minor" | "major";

export interface TextFieldCheck {
	local: string | null;
	remote: string | null;
	match: boolean;
	/** Only when match is false. */
	edit_distance?: number;
}

export interface YearFieldCheck {
	local: string | null;
	remote: string | null;
	match: boolean;
	/** remote - local, only when match is false. */
	year_diff?: number;
}

export interface DoiFieldCheck {
	local: string | null;
	remote: string | null;
	match: boolean;
}

export interface AuthorDetail {
	index: number;
	local: string | null;
	remote: string | null;
	first_match: boolean;
	last_match: boolean;
}

export interface AuthorsCheck {
	local_count: number;
	remote_count: number;
	count_match: boolean;
	details: AuthorDetail[];
}

export interface FieldChecks {
	title: TextFieldCheck;
	year: YearFieldCheck;
	venue: TextFieldCheck;
	doi: DoiFieldCheck;
	authors: AuthorsCheck;
}

export interface RemoteSummary {
	title: string | null;
	authors: string[];
	year: number | null;
	venue: string | null;
	doi: string | null;
	/** The record's PubMed id, only when the note's names another paper (rules/pubmed-ids). */
	pmid?: string;
	/** The record's type, only when the note's identifier names an erratum or retraction record (rules/doi-different). */
	type?: string;
}

export interface ManualVerification {
	verified_at: string;
	verified_by: string;
	notes?: string;
}

export interface PublishedVersion {
	doi: string | null;
	venue: string | null;
	year: number | null;
}

/**
 * The `check_log` map. Key order when serialized: checked_at, checked_with, status,
 * mismatch_severity, paper_id, fields, remote, then the later keys (see check-log.ts).
 */
export interface CheckLog {
	checked_at: string;
	checked_with: string;
	status: CheckStatus;
	mismatch_severity?: Severity;
	paper_id?: string;
	fields?: FieldChecks;
	remote?: RemoteSummary;
	checker_version?: number;
	notes?: string[];
	retracted?: boolean;
	published_version?: PublishedVersion;
	manually_verified?: ManualVerification;
	/** Keys written by other tools are kept as they are. */
	[other: string]: unknown;
}

/** An identifier a note gives for its work. */
export type IdentifierKind = "doi" | "arxiv" | "openalex" | "pmid";

/**
 * The note's identifier names a record that is another paper (core/rules/doi-different.ts): the note's paper
 * and that record are two papers, so no field of the record belongs in the note.
 */
export interface WrongIdentifier {
	/** Which identifier: the DOI, the arXiv id or the OpenAlex id. */
	kind: IdentifierKind;
	/** The identifier as the note has it (bare DOI, arXiv id without version). */
	value: string;
	/** The check_log note that says so ("identifier points to another paper: …"). */
	note: string;
}

/** The verdict of comparing one Reference with one RemoteWork (compare.ts). */
export interface Comparison {
	status: "confirmed" | "mismatch";
	severity: Severity | null;
	fields: FieldChecks;
	/** Short reasons why a difference was accepted or judged minor/major. */
	notes: string[];
	/** Names of the fields that differ in a way the user should see (title, year, venue, doi, authors). */
	differing: Array<keyof FieldChecks>;
	/** Set when the note's identifier names this record but the record is another paper. */
	wrongIdentifier: WrongIdentifier | null;
	/** The record's authors with the printed names the note uses where their profiles carry others (rules/author-profile-names); absent when none. */
	remoteAuthors?: string[];
}

/** What checking one reference produced, before anything is written. */
export interface CheckResult {
	status: CheckStatus | "error";
	severity: Severity | null;
	/** The log to write; null for errors (never written over a good log). */
	log: CheckLog | null;
	work: RemoteWork | null;
	/** Reason for error / not_found / skipped, for the UI and the run summary. */
	message?: string;
}
