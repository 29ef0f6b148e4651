// Reference × RemoteWork → field checks (check_log `fields`), status, severity and notes.
// Accepted equivalences add a note, other differences are minor or major (the rules below, each
// with its reason). A false alarm costs the user time; a missed error costs them credibility.
import { REWORDED_TITLE_NOTE, retitledOnPublication } from "./rules/title-reworded";
import { distance } from "fastest-levenshtein";
import type { AuthorDetail, AuthorsCheck, Comparison, DoiFieldCheck, FieldChecks, OtherVersion, Reference, RemoteLocation, RemoteWork, Severity, TextFieldCheck, YearFieldCheck } from "./types";
import { doiChapterBook, doiComponentOf, doiMarkedVersionBase, doiPageTailBase, doiVersionBase, foldText, isPreprintVenue, laterVersionDois, nameKey, normalizeArxivId } from "./normalize";
import { printedOtherPerson } from "./rules/author-profile-names";
import { alignAuthors, authorNamedTitle, chapterOfBook, compareNames, isOrganizationAuthor, otherOrganization, sameOrganization, namesGroupInstead, recordAuthorsAsPrinted, recordAuthorsFor, relateTitles, translationOf, type AuthorPair } from "./match";
import { areZenodoDois } from "./rules/zenodo-deposits";
import { TRANSLATION_NOTES } from "./rules/translated-titles";
import { AUTHOR_NAME_NOTE, depositBesidePaper, TITLE_LABEL_NOTE } from "./rules/title-labels";
import { isGenericVenue, relateVenues, venueIds, venueLabel, venueStanding } from "./venues";
import { venueOfDoi } from "./rules/doi-venue";
import { namesADocumentNumber } from "./rules/venue-unconfirmed";
import { citesWorkingPaper, isWorkingPaperSeries } from "./rules/working-papers";
import { isPlaceholderTitle, isPlaceholderVenue } from "./rules/record-stub";
import { withoutChapterNumber } from "./rules/chapter-number";
import { EDITION_WORDING, versionConflict, versionMarkers } from "./rules/version-markers";
import { isAlphabetical, samePeopleInAnyOrder, seniorAuthorPutFirst } from "./rules/author-order";
import { remoteArxivId, urlNamesDoi, wrongIdentifier } from "./rules/doi-different";
import { isPlaceholderAuthor } from "./rules/placeholder-authors";
import { editionYear } from "./rules/book-editions";
import { bookVenue } from "./rules/book-venues";
import { recordListsOnlyContributors, setAsideConventions, type NameTests } from "./rules/contributors-and-groups";
import { isAnonymousAuthor } from "./rules/note-organization-author";
import { namesInOtherScripts } from "./rules/author-scripts";
import { CHAPTER_DOI_BOOK_NOTE, CHAPTER_IN_BOOK_NOTE } from "./rules/chapter-in-book";
import { HEADING_TITLE_NOTE, isHeadingTitle } from "./rules/heading-titles";

const NAME_TESTS: NameTests = { same: (a, b) => compareNames(a, b).kind !== "different", isGroup: isOrganizationAuthor };

type Field = keyof FieldChecks;

/** Collects the verdict while the fields are checked. */
class Verdict {
	notes: string[] = [];
	severity: Severity | null = null;
	differing = new Set<Field>();

	accept(note: string): void {
		this.notes.push(note);
	}

	/** Take over another verdict's notes, severity and fields. */
	merge(other: Verdict): void {
		this.notes.push(...other.notes);
		for (const f of other.differing) this.differing.add(f);
		if (other.severity === "major" || (other.severity === "minor" && this.severity === null)) this.severity = other.severity;
	}

	/** A shown difference; `field` null for verdicts about the whole work (a retraction). */
	flag(field: Field | null, severity: Severity, note: string): void {
		this.notes.push(note);
		if (field) this.differing.add(field);
		if (severity === "major" || this.severity === null) this.severity = severity;
	}

	/** A major problem with the whole match, said before everything else. */
	lead(note: string): void {
		this.notes.unshift(note);
		this.severity = "major";
	}
}

/**
 * Compare a note's reference with the OpenAlex work it resolved to; `other` is the other version
 * OpenAlex holds of it, if any (rules/preprint-versions); `checkedAt` is the check's date (a year
 * after it is no published version's year, rules/year-future).
 */
export function compareReference(ref: Reference, work: RemoteWork, other: OtherVersion | null = null, checkedAt: Date | null = null): Comparison {
	if (chapterOfBook(ref, work)) return compareChapterWithBook(ref, work, checkedAt);
	const v = new Verdict();
	const fields: FieldChecks = {
		title: compareTitle(ref, work, v),
		year: compareYear(ref, work, v, checkedAt),
		venue: compareVenue(ref, work, v),
		doi: compareDoi(ref, work, other, v),
		authors: compareAuthorsAcrossVersions(ref, work, other, v),
	};
	if (work.isRetracted) v.flag(null, "major", "retracted: OpenAlex marks this work as retracted");
	// The note's identifier names another paper: that is the problem, the field differences only
	// show it, so its note comes first. (The identifier may name the other version: the preprint
	// whose published version is compared.)
	const wrong = wrongIdentifier(ref, work) ?? (other ? wrongIdentifier(ref, other.work) : null);
	if (wrong) v.lead(wrong.note);
	const order: Field[] = ["title", "authors", "year", "venue", "doi"];
	// the names the note would copy are the ones the work prints, where it uses them
	const printed = work.bylines ? recordAuthorsAsPrinted(ref.authors, work) : null;
	return {
		status: v.severity === null ? "confirmed" : "mismatch",
		severity: v.severity,
		fields,
		notes: v.notes,
		differing: order.filter((f) => v.differing.has(f)),
		wrongIdentifier: wrong,
		...(printed && printed.printed.length > 0 ? { remoteAuthors: printed.names } : {}),
	};
}

/**
 * The note cites a chapter and its DOI names the book holding it (rules/chapter-in-book): the
 * book is compared (its title with the note's book title, its authors with the note's editors,
 * its year), and the chapter, which the record cannot confirm, is minor with a note.
 */
function compareChapterWithBook(ref: Reference, work: RemoteWork, checkedAt: Date | null): Comparison {
	const book: Reference = { ...ref, title: ref.venue ?? ref.title, venue: null, authors: ref.contributors ?? [], authorsTruncated: false, authorsAfterGap: undefined, authorsRepeated: undefined };
	const c = compareReference(book, work, null, checkedAt);
	return {
		...c,
		status: "mismatch",
		severity: c.severity ?? "minor",
		fields: { ...c.fields, title: textCheck(ref.title, work.title, false), authors: { ...c.fields.authors, local_count: ref.authors.length } },
		notes: [ref.doi !== null && doiChapterBook(ref.doi) === work.doi ? CHAPTER_DOI_BOOK_NOTE : CHAPTER_IN_BOOK_NOTE, ...c.notes],
	};
}

/**
 * Edit distance as the earlier checker wrote it (all 89 distances in the corpus agree): lower
 * case, diacritics folded, punctuation dropped, whitespace collapsed, then Levenshtein.
 */
function editDistance(a: string, b: string): number {
	return distance(distanceKey(a), distanceKey(b));
}

function distanceKey(s: string): string {
	return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim();
}

function textCheck(local: string | null, remote: string | null, match: boolean): TextFieldCheck {
	const out: TextFieldCheck = { local, remote, match };
	if (!match) out.edit_distance = editDistance(local ?? "", remote ?? "");
	return out;
}

function remoteIsPreprint(work: RemoteWork): boolean {
	const primary = work.locations.find((l) => l.venue === work.venue);
	return work.type === "preprint" || isPreprintVenue(work.venue) || (primary?.isPreprint ?? false);
}

function hasPreprintLocation(work: RemoteWork): boolean {
	return remoteIsPreprint(work) || work.locations.some((l) => l.isPreprint);
}

/** Online-first articles published in the last quarter usually appear in next year's issue. */
function isLateInYear(date: string | null): boolean {
	const m = date ? /^\d{4}-(\d{2})/.exec(date) : null;
	return m !== null && Number(m[1]) >= 10;
}

function localCitesPreprint(ref: Reference): boolean {
	if (isPreprintVenue(ref.venue)) return true;
	return ref.venue === null && ref.arxivId !== null;
}

// ---------- title ----------

function compareTitle(ref: Reference, work: RemoteWork, v: Verdict): TextFieldCheck {
	if (ref.pageTitleDecoration) v.accept(`title: read as a web page's title without '${ref.pageTitleDecoration}'`);
	if (work.title === null) {
		v.accept("title: the remote record has no title");
		return { local: ref.title, remote: null, match: true };
	}
	if (isPlaceholderTitle(work.title) && !isPlaceholderTitle(ref.title)) {
		v.accept(`title: the remote title '${work.title}' is a placeholder`);
		return { local: ref.title, remote: work.title, match: true };
	}
	// a book record's title led by the author's name (rules/title-labels)
	const titled = authorNamedTitle(ref, work.title);
	if (titled !== null) v.accept(AUTHOR_NAME_NOTE);
	const rel = relateTitles(ref.title, titled ?? work.title);
	if (rel === "same") return textCheck(ref.title, work.title, true);
	const translated = rel === "different" ? translationOf(ref, work) : null;
	if (translated === "language") {
		v.flag(null, "minor", TRANSLATION_NOTES.language);
		return { local: ref.title, remote: work.title, match: true };
	}
	if (translated) {
		v.accept(TRANSLATION_NOTES[translated]);
		return { local: ref.title, remote: work.title, match: true };
	}
	const check = textCheck(ref.title, work.title, false);
	// the note's own heading naming the work by author and year (rules/heading-titles)
	if (rel === "different" && isHeadingTitle(ref)) {
		v.flag("title", "minor", HEADING_TITLE_NOTE);
		return check;
	}
	switch (rel) {
		case "subtitle":
			v.flag("title", "minor", "title: a subtitle appears on one side only");
			break;
		case "spelling":
			v.flag("title", "minor", "title: British vs American spelling");
			break;
		case "labelled": {
			// a data deposit beside the paper it belongs to is another work (rules/title-labels)
			const deposit = depositBesidePaper(ref.title, ref.entryType, work.title, work.type);
			if (deposit) {
				v.flag("title", "minor", deposit);
				break;
			}
			v.accept(TITLE_LABEL_NOTE);
			return { local: ref.title, remote: work.title, match: true };
		}
		case "edition":
			// rules/leading-article: edition wording is not part of the title (the year tells the edition)
			v.accept(editionNote(ref.title, work.title));
			return { local: ref.title, remote: work.title, match: true };
		case "version":
			// rules/version-markers: a publisher's book record leaves the edition out of its title
			if (editionLeftOutByRecord(ref, work)) {
				v.flag("title", "minor", `title: the note's title names an edition (${versionConflict(ref.title, work.title) ?? ""}); the note's DOI and year name this record`);
				break;
			}
			v.flag("title", "major", `title: another version of the work (${versionConflict(ref.title, work.title) ?? "version markers differ"})`);
			break;
		case "near":
			v.flag("title", "minor", `title: differs by ${check.edit_distance} characters (typo?)`);
			break;
		case "cut":
			v.flag("title", "minor", "title: the note's title is cut short with an ellipsis; the record's title begins with it");
			break;
		case "genus":
			v.flag("title", "minor", "title: a species' genus is abbreviated on one side ('E. coli' for 'Escherichia coli')");
			break;
		case "numbered":
			// a record defect: nothing in the note to fix, so the title is not offered as a field to change
			if (withoutChapterNumber(work.title) !== null) v.flag(null, "minor", "title: the record puts a chapter or section number in front of the title (the record looks defective)");
			else v.flag("title", "minor", "title: the note puts a chapter or section number in front of the title");
			break;
		default:
			// rules/title-reworded: a preprint's title reworded on publication
			if (retitledOnPublication(ref, work)) v.flag("title", "minor", REWORDED_TITLE_NOTE);
			else v.flag("title", "major", "title: different title");
	}
	return check;
}

/** What an "edition" relation of two titles is: the record names the edition or volume, or both word it differently. */
function editionNote(local: string, remote: string): string {
	const here = versionMarkers(local);
	const there = versionMarkers(remote);
	if (there.has("volume") && !here.has("volume")) return "title: the record names the volume, the note's title leaves it out";
	if (there.has("edition") && !here.has("edition")) return "title: the record names the edition, the note's title leaves it out";
	return "title: edition wording differs";
}

// ---------- year ----------

function compareYear(ref: Reference, work: RemoteWork, v: Verdict, checkedAt: Date | null): YearFieldCheck {
	const local = ref.year;
	const remote = work.year === null ? null : String(work.year);
	if (local === null || remote === null) {
		if (local !== null) v.accept("year: the remote record has no year");
		return { local, remote, match: true };
	}
	const diff = Number(remote) - Number(local);
	if (diff === 0) return { local, remote, match: true };
	const check: YearFieldCheck = { local, remote, match: false, year_diff: diff };
	const after = -diff; // local year minus remote year
	// a version published after the check date does not exist yet (rules/year-future)
	const future = checkedAt !== null && Number(local) > checkedAt.getUTCFullYear();
	if (!future && after >= 1 && after <= 2 && hasPreprintLocation(work)) {
		v.accept(`year: ${local} is the published version's year; the remote record (${remote}) is the preprint`);
	} else if (!future && after === 3 && isWorkingPaperSeries(work.venue) && ref.venue !== null && !isPreprintVenue(ref.venue)) {
		// the note cites the journal version of a working paper (rules/working-papers); a note citing
		// the working paper itself has no such excuse
		v.flag("year", "minor", `year: ${local} is probably the published version's year; the remote record (${remote}) is the ${preprintLabel(work.venue ?? "")} working paper`);
	} else if (after === 1 && isLateInYear(work.publicationDate)) {
		v.accept(`year: ${local} is the issue's year; the remote record dates the online-first version (${work.publicationDate})`);
	} else if (after <= -1 && work.publicationDate !== null && work.publicationDate.slice(0, 4) === local) {
		// OpenAlex's publication_date is the earliest (online) date, its publication_year the issue's:
		// the note dates the version the record's own date names (rules/year-online-first); an issue
		// two or more years later is worth a look
		const note = `year: ${local} is the year of the record's publication date (${work.publicationDate}); its publication year ${remote} is the issue's`;
		if (after === -1) v.accept(note);
		else v.flag("year", "minor", note);
	} else if (after <= -1 && after >= -3 && citesWorkingPaper(ref) && !remoteIsPreprint(work) && work.type !== "report" && work.venue !== null && !isWorkingPaperSeries(work.venue)) {
		// the note cites the working paper, the index holds the journal version published since (rules/working-papers);
		// a record without a venue may be the working paper itself
		v.flag("year", "minor", `year: the note cites the ${local} working paper; the remote record (${remote}) is probably its published version`);
	} else if (after <= -1 && after >= -2 && localCitesPreprint(ref) && !remoteIsPreprint(work)) {
		// only a published record can be the later version of the preprint the note cites
		v.accept(`year: the note cites the ${local} preprint; the remote record (${remote}) is the published version`);
	} else {
		// another edition or a reprint of the book (rules/book-editions)
		const edition = editionYear(ref, work);
		if (edition?.explained) v.accept(edition.note);
		else if (edition) v.flag("year", "minor", edition.note);
		else if (Math.abs(diff) === 1) v.flag("year", "minor", `year: differs by one (${local} vs ${remote})`);
		// an update of a living review carries its own year and DOI (rules/doi-forms): the record is another version
		else if (ref.doi !== null && work.doi !== null && ref.doi !== work.doi && isVersionOfDoi(ref.doi, work.doi)) {
			v.flag("year", "minor", `year: ${local} vs ${remote}: the record (${work.doi}) is another version of the work the note's DOI names (${ref.doi})`);
		} else v.flag("year", "major", `year: ${local} vs ${remote} (${diff > 0 ? "+" : ""}${diff})`);
	}
	return check;
}

/**
 * The note's title names an edition the record's title leaves out, and nothing else of the
 * version markers differs, while the note's own DOI reached the record and the years agree: the
 * record is that edition (publishers' book records name the edition in a field, not the title).
 */
function editionLeftOutByRecord(ref: Reference, work: RemoteWork): boolean {
	if (ref.doi === null || ref.doi !== work.doi || ref.year === null || ref.year !== String(work.year) || !work.title) return false;
	if (!versionMarkers(ref.title).has("edition") || versionMarkers(work.title).has("edition")) return false;
	return versionConflict(ref.title.replace(EDITION_WORDING, " "), work.title) === null;
}

// ---------- venue ----------

type Related = { how: "same" | "alias" | "series"; series?: string; noteNamesSeries?: boolean };

function related(local: string, remote: string): Related | null {
	const r = relateVenues(local, remote);
	if (r.kind === "same") return { how: "same" };
	if (r.kind === "alias") return { how: "alias" };
	if (r.kind === "series") return { how: "series", series: r.series, noteNamesSeries: r.noteNamesSeries };
	if (isPreprintVenue(local) && isPreprintVenue(remote) && preprintServer(local) === preprintServer(remote)) return { how: "alias" };
	return null;
}

function preprintServer(name: string): string {
	const f = foldText(name);
	if (/arxiv|corr\b/.test(f)) return "arxiv";
	if (/ssrn|social science research network/.test(f)) return "ssrn";
	const m = /(biorxiv|medrxiv|research square|zenodo|psyarxiv|socarxiv|chemrxiv|techrxiv|openreview)/.exec(f);
	return m ? m[1] : f;
}

function compareVenue(ref: Reference, work: RemoteWork, v: Verdict): TextFieldCheck {
	const local = ref.venue;
	const primary = work.venue;
	if (local === null) return { local: null, remote: primary, match: true };
	if (primary !== null) {
		const r = related(local, primary);
		if (r) {
			const journal = journalBesideRepository(local, work, work.locations.find((l) => l.venue === primary));
			if (journal !== null) return repositoryForJournal(local, journal, v);
			if (r.how === "series" && r.noteNamesSeries) v.accept(`venue: the note names the ${r.series} series, which holds ${primary}`);
			else if (r.how === "series") v.accept(`venue: the remote venue is the ${r.series} series that holds ${local}`);
			return { local, remote: primary, match: true };
		}
	}
	// the journal's full name the note gives beside its abbreviation (MathSciNet's `fjournal`)
	const full = ref.venueFullName;
	if (full && primary !== null && related(full, primary)) {
		v.accept(`venue: the note's full name of '${local}' is '${full}', the record's '${primary}'`);
		return { local, remote: primary, match: true };
	}
	// any location of the work may carry the published venue (version-aware matching)
	for (const loc of work.locations) {
		if (!loc.venue || loc.venue === primary) continue;
		const r = related(local, loc.venue);
		if (r) {
			const journal = journalBesideRepository(local, work, loc);
			if (journal !== null) return repositoryForJournal(local, journal, v);
			v.accept(`venue: matches another location of the work (${loc.venue})`);
			return { local, remote: loc.venue, match: true };
		}
	}
	const check = textCheck(local, primary, false);
	const published = work.locations.find((l) => !l.isPreprint && l.venue && !isGenericVenue(l.venue) && !isPlaceholderVenue(l.venue));
	if (primary === null && !work.locations.some((l) => l.venue)) {
		venueOfRecordWithout(ref, work, local, v);
	} else if (primary !== null && isPlaceholderVenue(primary)) {
		v.flag(null, "minor", `venue: the remote venue '${primary}' is a placeholder (the record looks incomplete)`);
	} else if (primary !== null && isGenericVenue(primary)) {
		v.accept(`venue: the remote venue '${primary}' is a placeholder`);
	} else if (primary !== null && remoteIsPreprint(work) && !isPreprintVenue(local) && published?.venue) {
		// the record holds the published version too, at another venue
		v.flag("venue", "minor", `venue: '${local}' vs '${published.venue}'`);
		return textCheck(local, published.venue, false);
	} else if (primary !== null && remoteIsPreprint(work) && !isPreprintVenue(local)) {
		venueOfPreprintRecord(ref, work, local, primary, v);
	} else if (isPreprintVenue(local) && !(primary !== null && isPreprintVenue(primary))) {
		v.accept(`venue: the note cites the preprint; the remote record is the published version${primary ? ` (${primary})` : ""}`);
	} else if (isPreprintVenue(local) && primary !== null && isPreprintVenue(primary)) {
		v.accept(`venue: both are preprint servers (${local} vs ${primary})`);
	} else {
		// rules/book-venues: OpenAlex files books under a publisher's collection or a series
		const book = bookVenue(ref, work);
		if (book === "same") return { local, remote: primary, match: true };
		if (book === "collection") v.accept(`venue: the record files the work under '${primary ?? ""}', a publisher's collection or book series the note does not name`);
		else v.flag("venue", "minor", `venue: '${local}' vs '${primary ?? "(none)"}'`);
	}
	return check;
}

/**
 * The record is only the preprint (rules/venue-preprint-record, rules/venue-preprint-doi,
 * rules/venue-unconfirmed): a venue whose papers OpenAlex holds as preprints is accepted, unless the
 * note's own DOI is that preprint's (then nothing, neither the note nor the index, names the venue's
 * version); a known venue that publishes with DOIs, or a name no known venue has, cannot be confirmed.
 */
function venueOfPreprintRecord(ref: Reference, work: RemoteWork, local: string, primary: string, v: Verdict): void {
	const server = preprintLabel(primary);
	const standing = venueStanding(local);
	if (!namesJournalOrProceedings(ref)) v.accept(`venue: remote record is the ${server} preprint`);
	else if (standing === "preprint-hosted" && !(ref.doi !== null && ref.doi === work.doi)) v.accept(`venue: remote record is the ${server} preprint`);
	else if (standing === "preprint-hosted") v.flag("venue", "minor", `venue: '${local}' cannot be confirmed: the note's DOI and OpenAlex's only record are the ${server} preprint`);
	else if (standing === "known") v.flag("venue", "minor", `venue: ${local} publishes its papers with DOIs, but OpenAlex holds only the ${server} preprint`);
	else v.flag("venue", "minor", `venue: '${local}' matches no conference or journal we know, and the record is only the ${server} preprint`);
}

/**
 * rules/venue-other-location: the note's venue is a repository holding a copy of the work (PubMed
 * Central, Europe PMC, a university's), not a preprint server, while another location is the
 * journal or proceedings that published it: the name of that venue, else null.
 */
function journalBesideRepository(local: string, work: RemoteWork, matched: RemoteLocation | undefined): string | null {
	if (!matched || matched.sourceType !== "repository" || isPreprintVenue(local)) return null;
	const journal = work.locations.find((l) => l !== matched && l.venue !== null && !l.isPreprint && (l.sourceType === "journal" || l.sourceType === "conference"));
	return journal?.venue ?? null;
}

function repositoryForJournal(local: string, journal: string, v: Verdict): TextFieldCheck {
	v.flag("venue", "minor", `venue: '${local}' is a repository holding a copy of the work; it was published in '${journal}'`);
	return textCheck(local, journal, false);
}

/** Book, thesis and report entries name a publisher or institution, which no venue table holds. */
const PUBLISHED_BY = /^(book|inbook|mvbook|booklet|collection|incollection|thesis|phdthesis|mastersthesis|techreport|report|manual|manuscript|unpublished)$/;

/** True when the note's venue is a journal or proceedings name (what the venue rules can judge). */
function namesJournalOrProceedings(ref: Reference): boolean {
	return !ref.venueIsPublisher && !PUBLISHED_BY.test(ref.entryType ?? "") && !isPreprintVenue(ref.venue) && !(ref.venue !== null && namesADocumentNumber(ref.venue));
}

/** The record has no venue: its DOI may name one (rules/doi-venue); an unknown name is not confirmed. */
function venueOfRecordWithout(ref: Reference, work: RemoteWork, local: string, v: Verdict): void {
	const named = venueOfDoi(work.doi) ?? venueOfDoi(ref.doi);
	if (named !== null) {
		if (venueIds(local).has(named)) v.accept(`venue: the record has no venue; its DOI names ${venueLabel(named)}`);
		else v.flag("venue", "minor", `venue: the record has no venue, but its DOI names ${venueLabel(named)}, not '${local}'`);
	} else if (venueStanding(local) === "unknown" && namesJournalOrProceedings(ref)) {
		v.flag("venue", "minor", `venue: '${local}' matches no conference or journal we know, and the record has no venue`);
	} else {
		v.accept("venue: the remote record has no venue");
	}
}

function preprintLabel(name: string): string {
	const s = preprintServer(name);
	return s === "arxiv" ? "arXiv" : s === "ssrn" ? "SSRN" : name;
}

// ---------- DOI ----------

function compareDoi(ref: Reference, work: RemoteWork, other: OtherVersion | null, v: Verdict): DoiFieldCheck {
	const local = ref.doi;
	const remote = work.doi;
	const remoteArxiv = remoteArxivId(work);
	// the arXiv id has no field of its own in the log; it is an identifier like the DOI
	if (ref.arxivId && remoteArxiv && ref.arxivId !== remoteArxiv) {
		v.flag("doi", "major", `arXiv id: the note has ${ref.arxivId}, the work has ${remoteArxiv}`);
	}
	if (local === null) return { local, remote, match: true };
	if (local === remote) return { local, remote, match: true };
	// the note's DOI answered with this work: OpenAlex merged its record into it (rules/doi-forms)
	if (work.mergedDois?.includes(local)) {
		v.accept(`doi: OpenAlex merged the record of the note's DOI ${local} into this work (${remote ?? work.id})`);
		return { local, remote, match: true };
	}
	const localArxiv = normalizeArxivId(local.startsWith("10.48550/arxiv.") ? local : null);
	if (localArxiv && remoteArxiv && localArxiv === remoteArxiv) {
		v.accept("doi: the note has the arXiv DOI of this work");
		return { local, remote, match: true };
	}
	if (other && other.work.doi === local) {
		v.accept(`doi: the note has the DOI of the ${other.is} (${other.work.id})`);
		return { local, remote, match: true };
	}
	if (work.locations.some((l) => l.landingPageUrl && urlNamesDoi(l.landingPageUrl, local))) {
		v.accept("doi: the note's DOI belongs to another location of this work");
		return { local, remote, match: true };
	}
	// a living review's updates are documents of their own (new evidence, new year): the note's DOI
	// names another update than the one compared, worth correcting
	if (remote !== null && isVersionOfDoi(local, remote) && [local, remote].some((d) => laterVersionDois(d).length > 0)) {
		v.flag("doi", "minor", `doi: the note's DOI ${local} names another update of this review (${remote})`);
		return { local, remote, match: false };
	}
	// a DOI copied with its article page's tail ("…/full", "…/abstract"): the DOI before it (rules/doi-forms)
	if (remote !== null && doiPageTailBase(local) === remote) {
		v.accept(`doi: the note's DOI ${local} is this work's DOI ${remote} with a web page's tail`);
		return { local, remote, match: true };
	}
	// a chapter's DOI beside its book's record (rules/chapter-in-book): the chapter is said there
	if (remote !== null && doiChapterBook(local) === remote) {
		v.accept(`doi: the note's DOI ${local} names a chapter of this book (${remote})`);
		return { local, remote, match: true };
	}
	// a figure's, table's or supplement's DOI copied from the article's page (rules/doi-forms)
	const component = doiComponentOf(local);
	if (remote !== null && component?.base === remote) {
		v.flag("doi", "minor", `doi: the note's DOI ${local} names a ${component.part} of this work, whose DOI is ${remote}`);
		return { local, remote, match: false };
	}
	if (remote !== null && isVersionOfDoi(local, remote)) {
		v.accept(`doi: the note's DOI ${local} names a version of this work's DOI ${remote}`);
		return { local, remote, match: true };
	}
	if (remote !== null && areZenodoDois(local, remote)) {
		v.flag("doi", "minor", `doi: the note has ${local} and the record ${remote}, both Zenodo DOIs: the deposit's concept DOI or another version's`);
		return { local, remote, match: false };
	}
	if (remote === null) {
		v.flag("doi", "minor", "doi: the remote record has no DOI to confirm the note's");
		return { local, remote, match: false };
	}
	v.flag("doi", "major", `doi: the note has ${local}, the work has ${remote}`);
	return { local, remote, match: false };
}

/**
 * One DOI is the other with a version suffix (rules/doi-forms): eLife's reviewed versions
 * ("10.7554/elife.87654.2"), figshare's (".v2"), bioRxiv's page addresses ("…123456v2"), Research
 * Square's ("/v2"); or both are versions of one deposit ("…/v2" and "…/v1"). The same work: the
 * index keeps one of them.
 */
function isVersionOfDoi(a: string, b: string): boolean {
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	if (doiVersionBase(long) === short) return true;
	const base = doiMarkedVersionBase(a);
	return base !== null && base === doiMarkedVersionBase(b);
}

// ---------- authors ----------

/**
 * Authors added or dropped between a preprint and its published version are no error of the
 * note when its list is exactly the other version's (rules/preprint-versions): minor, naming both.
 */
function compareAuthorsAcrossVersions(ref: Reference, work: RemoteWork, other: OtherVersion | null, v: Verdict): AuthorsCheck {
	const here = new Verdict();
	const check = compareAuthors(ref, work, here);
	if (other && here.differing.has("authors")) {
		const there = new Verdict();
		compareAuthors(ref, other.work, there);
		if (there.severity === null) {
			const thisIs = other.is === "preprint" ? "published version" : "preprint";
			const added = work.authors.filter((a) => other.work.authors.every((b) => compareNames(a, b).kind === "different"));
			const dropped = other.work.authors.filter((b) => work.authors.every((a) => compareNames(a, b).kind === "different"));
			const change = [added.length ? `adds ${nameList(added)}` : "", dropped.length ? `lacks ${nameList(dropped)}` : ""].filter((x) => x).join(" and ");
			v.merge(there);
			v.flag("authors", "minor", `authors: the note lists the authors of the ${other.is} (${other.work.id}); the ${thisIs} ${change || "lists them differently"}`);
			return check;
		}
	}
	v.merge(here);
	return check;
}

function compareAuthors(ref: Reference, work: RemoteWork, v: Verdict): AuthorsCheck {
	// record defects (rules/duplicate-authors, rules/run-together-authors) are undone before comparing;
	// they are minor but not offered as fields to fix: the note is right
	const record = recordAuthorsFor(ref.authors, work);
	// a group beside the people, an editor or translator: one side's convention (rules/contributors-and-groups)
	const aside = setAsideConventions(ref.authors, record.names, ref.contributors ?? [], NAME_TESTS);
	const local = aside.local;
	const remote = withGapOf(ref, local, aside.remote, work.authors.length, v);
	for (const g of aside.noteGroups) v.accept(`authors: the note names the group '${g}' beside its authors; the record lists the people only`);
	for (const c of aside.recordContributors) v.accept(`authors: the record lists the note's editor or translator '${c}' among the authors`);
	// an edition or a translation of a book whose record names only the one who prepared it (rules/contributors-and-groups)
	if (recordListsOnlyContributors(ref.entryType, local, remote, ref.contributors ?? [], NAME_TESTS.same)) {
		v.flag(null, "minor", `authors: the record lists the note's editor or translator ${nameList(remote)} as the book's only author, not ${nameList(local)}`);
		return { local_count: local.length, remote_count: remote.length, count_match: local.length === remote.length, details: authorRows(local, remote, []) };
	}
	if (ref.authorsRepeated) v.accept(`authors: the note lists ${ref.authorsRepeated} authors twice in a row; each compared once`);
	for (const name of record.repeated) v.flag(null, "minor", `authors: the remote record lists '${name}' twice (the record looks defective); compared once`);
	for (const j of record.joined) v.flag(null, "minor", `authors: the record runs '${j.note[0]}' and '${j.note[1]}' together as '${j.record}' (the record looks defective)`);
	for (const g of record.groups) v.accept(`authors: the record lists the group '${g}' beside its members; compared without it`);
	for (const p of record.printed) v.accept(`authors: the work prints '${p.byline}' (the note's name); the record's author profile is named '${p.profile}'`);
	for (const p of printedOtherPerson(local, work.authors, work.bylines, NAME_TESTS.same, nameKey)) {
		v.flag(null, "minor", `authors: the work prints '${p.byline}' where the note and the record's author profile name '${p.profile}' (the work may be attached to another person's profile)`);
	}
	const check: AuthorsCheck = {
		local_count: local.length,
		remote_count: remote.length,
		count_match: local.length === remote.length,
		details: [],
	};
	// a placeholder is no one's name: an error of the note whatever the record holds (rules/placeholder-authors)
	const placeholders = local.filter((l) => isPlaceholderAuthor(l) && remote.every((r) => compareNames(l, r).kind === "different"));
	if (placeholders.length > 0) v.flag("authors", "major", `authors: ${nameList(placeholders)} ${placeholders.length === 1 ? "is a placeholder" : "are placeholders"}, not an author's name`);
	if (local.length === 0) {
		check.details = authorRows(local, remote, []);
		if (remote.length > 0) v.accept(`authors: the note lists none (the remote record has ${remote.length})`);
		return check;
	}
	if (remote.length === 0) {
		check.details = authorRows(local, remote, []);
		// reports and books by an organisation: OpenAlex lists people, so a record without
		// authors is what it holds for them (rules/note-organization-author)
		if (local.every((l) => isOrganizationAuthor(l))) v.accept(`authors: the note names an organization (${local[0].replace(/[{}]/g, "")}); the remote record lists no authors`);
		else if (local.every((l) => isAnonymousAuthor(l))) v.accept(`authors: the note names no person (${local[0]}); the remote record lists no authors`);
		else v.flag(null, "minor", "authors: the remote record lists no authors (the record looks incomplete)");
		return check;
	}
	if (namesGroupInstead(ref, work)) {
		check.details = authorRows(local, remote, []);
		v.flag(null, "minor", `authors: the record names a group ('${remote[0]}') instead of the note's ${local.length} authors (the record looks incomplete)`);
		return check;
	}
	if (local.length === 1 && isAnonymousAuthor(local[0])) {
		check.details = authorRows(local, remote, []);
		v.accept(`authors: the note cites the work as anonymous (${local[0]}); the record names ${nameList(remote)}`);
		return check;
	}
	// the note names the group the record lists beside its members, after some of them (last or among them)
	if (local.every((l) => isOrganizationAuthor(l) && remote.some((r) => sameOrganization(l, r))) && !sameOrganization(local[0], remote[0]) && remote.some((r) => !isOrganizationAuthor(r))) {
		check.details = authorRows(local, remote, []);
		v.accept(`authors: the note names ${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}, which the record lists beside ${remote.length - local.length} members`);
		return check;
	}
	// one organisation, or several collaborations joined ("{X Collaboration} and {Y Collaboration}")
	if (local.every((l) => isOrganizationAuthor(l)) && !local.some((l) => remote.some((r) => sameOrganization(l, r)))) {
		check.details = authorRows(local, remote, []);
		// the record names its group (beside the people or alone), and it is another one: another collaboration's paper
		const theirs = record.groups.length > 0 ? record.groups : remote.every((r) => isOrganizationAuthor(r)) ? remote : [];
		if (theirs.length > 0 && theirs.every((g) => local.every((l) => otherOrganization(l, g)))) {
			v.flag("authors", "major", `authors: the note names ${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}; the record's authors are ${theirs.join(", ")}`);
			return check;
		}
		v.accept(`authors: the note names ${local.length === 1 ? "an organization" : "organizations"} (${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}) instead of ${local.length === 1 ? "its" : "their"} members`);
		return check;
	}
	// names in two scripts cannot be compared (rules/author-scripts)
	if (namesInOtherScripts(local, remote)) {
		check.details = authorRows(local, remote, []);
		v.flag(null, "minor", `authors: the note writes the names in another script than the record ('${local[0]}' vs '${remote[0]}'); not compared`);
		return check;
	}
	const { pairs, trailingRemote } = alignAuthors(local, remote);
	check.details = authorRows(local, remote, pairs);
	const equivalences: string[] = [];
	// Nobody aligned: every name of the record is missing from the note (the first is named as
	// the different first author).
	const missing: number[] = pairs.some((p) => p.match !== null) ? [] : remote.map((_, r) => r);
	const added: number[] = [];
	let firstOk = false;
	pairs.forEach((p) => {
		if (p.match === null) {
			if (p.local === null && p.remote !== null) missing.push(p.remote);
			else if (p.local !== null) added.push(p.local);
			return;
		}
		if (p.local === 0 && p.remote === 0) firstOk = true;
		const a = local[p.local as number];
		const b = remote[p.remote as number];
		if (p.match.kind === "equivalent") equivalences.push(`'${a}' vs '${b}' ${p.match.why ?? "are one person"}`);
		else if (p.match.kind === "given-incompatible") v.flag("authors", "minor", `authors: '${a}' vs '${b}' have the same family name but different given names`);
		else if (p.match.kind === "family-typo") v.flag("authors", "minor", `authors: '${a}' vs '${b}' differ by a slip in the family name`);
	});
	if (equivalences.length <= 3) for (const e of equivalences) v.accept(`authors: ${e}`);
	else v.accept(`authors: ${equivalences.length} names differ only by initials, middle names or order (e.g. ${equivalences[0]})`);

	// the remote list may itself be cut (OpenAlex lists at most 100 authorships)
	if (work.authors.length >= 100) {
		const cut = countTrailingUnmatched(pairs);
		if (cut > 0) {
			v.accept(`authors: the remote list stops at ${remote.length} authors; ${cut} later local authors not compared`);
			added.splice(added.length - cut, cut);
		}
	}
	// an author on both sides but at another position: the order differs, nobody is missing
	const trailing: number[] = [];
	for (let r = remote.length - trailingRemote; r < remote.length; r++) trailing.push(r);
	const moved: string[] = [];
	for (const li of [...added]) {
		const pool = [missing, trailing].find((list) => list.some((r) => compareNames(local[li], remote[r]).kind !== "different"));
		if (!pool) continue;
		const ri = pool.find((r) => compareNames(local[li], remote[r]).kind !== "different") as number;
		moved.push(local[li]);
		added.splice(added.indexOf(li), 1);
		pool.splice(pool.indexOf(ri), 1);
		if (li === 0 || ri === 0) firstOk = false;
	}
	// the record's first authorship names no one (rules/record-stub): the note's first author, named nowhere else, is unconfirmed like the other names there
	if (!firstOk && work.firstAuthorUnnamed && remote.every((r) => compareNames(local[0], r).kind === "different")) firstOk = true;
	const samePerson = (a: string, b: string): boolean => compareNames(a, b).kind !== "different";
	// the record's last author put first (rules/author-order): the same people, another first author, major below
	if (!firstOk && samePeopleInAnyOrder(local, remote, samePerson) && !seniorAuthorPutFirst(local, remote, samePerson)) {
		const how = isAlphabetical(remote) && !isAlphabetical(local) ? " (alphabetically)" : "";
		v.flag("authors", "minor", `authors: the record lists the same ${local.length} people in another order${how}`);
		return check;
	}
	if (!firstOk) {
		const whereFirst = remote.findIndex((r) => compareNames(local[0], r).kind !== "different");
		const why = whereFirst >= 0 ? `the note's first author is at position ${whereFirst + 1} remotely` : `'${local[0]}' is not among the remote authors`;
		v.flag("authors", "major", `authors: different first author ('${local[0]}' vs '${remote[0]}'; ${why})`);
	}
	if (moved.length > 0) v.flag("authors", "minor", `authors: order differs (${nameList(moved)} at another position)`);
	// the record's whole list is the start of the note's: the record was cut (rules/record-author-list-truncated)
	const lastMatchedLocal = Math.max(-1, ...pairs.filter((p) => p.match !== null).map((p) => p.local as number));
	if (firstOk && missing.length === 0 && trailing.length === 0 && moved.length === 0 && added.length > 0 && added.every((l) => l > lastMatchedLocal)) {
		v.flag(null, "minor", `authors: the record lists only the first ${remote.length} of the note's ${local.length} authors (the record looks incomplete)`);
		return check;
	}
	const missingNames = missing.filter((r) => r !== 0 || firstOk).map((r) => remote[r]);
	const addedNames = added.filter((l) => l !== 0 || firstOk).map((l) => local[l]);
	if (missingNames.length > 0) v.flag("authors", "major", `authors: missing from the note: ${nameList(missingNames)}`);
	// the record holds authorships naming no one (rules/record-stub): as many of the note's names cannot be confirmed
	const unnamed = work.unnamedAuthors ?? 0;
	if (addedNames.length > 0 && addedNames.length <= unnamed) {
		v.flag(null, "minor", `authors: the record has ${unnamed} ${unnamed === 1 ? "authorship" : "authorships"} without a name (the record looks incomplete); not confirmed: ${nameList(addedNames)}`);
	} else if (addedNames.length > 0) v.flag("authors", "major", `authors: not in the remote record: ${nameList(addedNames)}`);
	if (trailing.length > 0) {
		const shown = local.length - added.length;
		if (ref.authorsTruncated) v.accept(`authors: the note lists the first ${shown} of ${remote.length} authors and "others"`);
		else if (ref.authorsAfterGap) v.accept(`authors: the note lists the first ${shown} of ${remote.length} authors and ". . ."`);
		else v.flag("authors", "minor", `authors: the note lists the first ${shown} of ${remote.length} authors`);
	}
	return check;
}

/**
 * The record's list as the note's APA 7 list reads it (the first authors, ". . .", the last): the
 * record's first authors, then its last ones, so the head is compared in order and the note's last
 * author with the record's last (rules/note-author-list-truncated). A record cut at OpenAlex's 100
 * authorships has no last author to compare, and one no longer than the note's list cannot hold a
 * gap: both are compared whole.
 */
function withGapOf(ref: Reference, local: string[], remote: string[], listed: number, v: Verdict): string[] {
	const after = ref.authorsAfterGap ?? 0;
	const before = local.length - after;
	if (after === 0 || before <= 0 || remote.length <= local.length) return remote;
	if (listed >= 100) return remote;
	v.accept(`authors: the note lists the first ${before} and the last ${after === 1 ? "" : `${after} `}of ${remote.length} authors (". . ." between them)`);
	const compared = [...remote.slice(0, before), ...remote.slice(remote.length - after)];
	// a last author the record lists elsewhere after the head is an author out of place, not a stranger
	for (let i = before; i < local.length; i++) {
		if (compareNames(local[i], compared[i]).kind !== "different") continue;
		const at = remote.findIndex((r, j) => j >= before && compareNames(local[i], r).kind !== "different");
		if (at < 0) continue;
		compared[i] = remote[at];
		v.flag("authors", "minor", `authors: order differs ('${local[i]}' is the record's author ${at + 1} of ${remote.length}, not its last)`);
	}
	return compared;
}

/**
 * The log's rows: one per author of either list, so the record's names are all recorded whatever
 * aligns. The alignment's pairs, then the record's authors after the last aligned one; when no
 * name aligns, the two lists side by side by position.
 */
function authorRows(local: string[], remote: string[], pairs: AuthorPair[]): AuthorDetail[] {
	const row = (l: number | null, r: number | null, match: AuthorPair["match"] = null): Omit<AuthorDetail, "index"> => ({
		local: l === null ? null : local[l],
		remote: r === null ? null : remote[r],
		first_match: match?.givenSame ?? false,
		last_match: match?.familySame ?? false,
	});
	const rows: Array<Omit<AuthorDetail, "index">> = [];
	if (!pairs.some((p) => p.match !== null)) {
		for (let i = 0; i < Math.max(local.length, remote.length); i++) rows.push(row(i < local.length ? i : null, i < remote.length ? i : null));
	} else {
		let lastRemote = -1;
		for (const p of pairs) {
			rows.push(row(p.local, p.remote, p.match));
			if (p.remote !== null) lastRemote = Math.max(lastRemote, p.remote);
		}
		for (let r = lastRemote + 1; r < remote.length; r++) rows.push(row(null, r));
	}
	return rows.map((r, index) => ({ index, ...r }));
}

/** "'A', 'B', 'C' and 12 more": notes stay one line however long the list. */
function nameList(names: string[]): string {
	const shown = names.slice(0, 5).map((n) => `'${n}'`).join(", ");
	return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function countTrailingUnmatched(pairs: Array<{ local: number | null; remote: number | null; match: unknown }>): number {
	let n = 0;
	for (let i = pairs.length - 1; i >= 0 && pairs[i].match === null && pairs[i].local !== null; i--) n++;
	return n;
}
