// Reference × RemoteWork → field checks (check_log `fields`), status, severity and notes.
// Accepted equivalences add a note, other differences are minor or major (the rules below, each
// with its reason). A false alarm costs the user time; a missed error costs them credibility.
import { WITHDRAWN_CITED_NOTE, WITHDRAWN_NOTE, withoutWithdrawnLabel } from "./rules/withdrawn";
import { HEADING_TITLE_NOTE, isHeadingTitle } from "./rules/heading-titles";
import { CHAPTER_DOI_BOOK_NOTE, CHAPTER_IN_BOOK_NOTE } from "./rules/chapter-in-book";
import { editionYear } from "./rules/book-editions";
import { remoteArxivId, urlNamesDoi, wrongIdentifier } from "./rules/doi-different";
import { versionConflict, versionMarkers } from "./rules/version-markers";
import { anotherRelease, depositDoiMismatch, isDepositRecord, releaseFieldNote, releaseYearNote, titleForRelease, versionOnOneSide } from "./rules/software-releases";
import { withoutChapterNumber } from "./rules/chapter-number";
import { isPlaceholderTitle } from "./rules/record-stub";
import { citesWorkingPaper, isWorkingPaperSeries } from "./rules/working-papers";
import { AUTHOR_NAME_NOTE, depositBesidePaper, reportNumberPrefix, sameReportNumber, TITLE_LABEL_NOTE } from "./rules/title-labels";
import { TRANSLATION_NOTES } from "./rules/translated-titles";
import { areZenodoDois } from "./rules/zenodo-deposits";
import { authorNamedTitle, chapterOfBook, editionLeftOutByRecord, parallelBySubtitle, recordAuthorsAsPrinted, relateTitles, translationOf } from "./match";
import { doiChapterBook, doiComponentOf, doiMarkedVersionBase, doiPageTailBase, doiVersionBase, isPreprintVenue, laterVersionDois, livingReviewVersion, normalizeArxivId } from "./normalize";
import type { Comparison, DoiFieldCheck, FieldChecks, OtherVersion, Reference, RemoteWork, TextFieldCheck, YearFieldCheck } from "./types";
import { REWORDED_TITLE_NOTE, retitledOnPublication } from "./rules/title-reworded";
import { type Field, remoteIsPreprint, textCheck, Verdict } from "./compare-verdict";
import { compareVenue, preprintLabel } from "./compare-venue";
import { compareAuthorsAcrossVersions } from "./compare-authors";
import { cjkNamesSplitByBylines } from "./rules/author-scripts";
import { noteCitesSupplementAbstract, notePrintsPaper, numbersDiffer, paperPrinted } from "./rules/volume-and-pages";

/**
 * Compare a note's reference with the OpenAlex work it resolved to; `other` is the other version
 * OpenAlex holds of it, if any (rules/preprint-versions); `checkedAt` is the check's date (a year
 * after it is no published version's year, rules/year-future).
 */
export function compareReference(note: Reference, work: RemoteWork, other: OtherVersion | null = null, checkedAt: Date | null = null): Comparison {
	if (chapterOfBook(note, work)) return compareChapterWithBook(note, work, checkedAt);
	const v = new Verdict();
	// two CJK names a comma joined into one "Family, Given" name, which the work prints as two people (rules/author-scripts)
	const bySplit = cjkNamesSplitByBylines(note.authors, work.bylines);
	const ref: Reference = bySplit.split.length > 0 ? { ...note, authors: bySplit.names } : note;
	for (const s of bySplit.split) v.accept(`authors: the note's '${s.people.join(", ")}' is read as two people, as the work prints them`);
	const fields: FieldChecks = {
		title: compareTitle(ref, work, v),
		year: compareYear(ref, work, v, checkedAt),
		venue: compareVenue(ref, work, v),
		doi: compareDoi(ref, work, other, v),
		authors: compareAuthorsAcrossVersions(ref, work, other, v),
	};
	// the note's volume or pages not the record's: the work is right, its numbers worth a look (rules/volume-and-pages)
	if (!remoteIsPreprint(work)) for (const n of numbersDiffer(ref, work)) v.flag(null, "minor", n);
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
	const book: Reference = { ...ref, title: ref.venue ?? ref.title, venue: null, authors: ref.contributors ?? [], authorsTruncated: false, authorsAfterGap: undefined, authorsRepeated: undefined, numbers: undefined };
	const c = compareReference(book, work, null, checkedAt);
	return {
		...c,
		status: "mismatch",
		severity: c.severity ?? "minor",
		fields: { ...c.fields, title: textCheck(ref.title, work.title, false), authors: { ...c.fields.authors, local_count: ref.authors.length } },
		notes: [ref.doi !== null && doiChapterBook(ref.doi) === work.doi ? CHAPTER_DOI_BOOK_NOTE : CHAPTER_IN_BOOK_NOTE, ...c.notes],
	};
}

function hasPreprintLocation(work: RemoteWork): boolean {
	return remoteIsPreprint(work) || work.locations.some((l) => l.isPreprint);
}

/** Online-first articles published in the last quarter usually appear in next year's issue. */
/**
 * The record is an update (".pub2" or later) of a living review, reached by the note's DOI or by its
 * title: a year before the update's may be an earlier version's (the index need not hold it).
 */
function earlierVersionYear(ref: Reference, work: RemoteWork): boolean {
	if (work.doi === null || (ref.doi !== null && ref.doi !== work.doi)) return false;
	const n = livingReviewVersion(work.doi);
	return n !== null && n >= 2;
}

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
	// a withdrawn review's label is no part of its title (rules/withdrawn)
	const unlabelled = withoutWithdrawnLabel(work.title);
	if (unlabelled !== null) {
		const noteUnlabelled = withoutWithdrawnLabel(ref.title);
		const check = compareTitle({ ...ref, title: noteUnlabelled ?? ref.title }, { ...work, title: unlabelled }, v);
		if (relateTitles(noteUnlabelled ?? ref.title, unlabelled) !== "different") {
			if (noteUnlabelled !== null) v.accept(WITHDRAWN_CITED_NOTE);
			else v.flag(null, "minor", WITHDRAWN_NOTE);
		}
		return { ...check, local: ref.title, remote: work.title };
	}
	// a book record's title led by the author's name (rules/title-labels)
	const titled = authorNamedTitle(ref, work.title);
	if (titled !== null) v.accept(AUTHOR_NAME_NOTE);
	// a note typed as software whose title opens with the release's package name (rules/software-releases)
	const related = relateTitles(titleForRelease(ref, work.title), titled ?? work.title);
	// a deposit's record naming the version of the dataset or software the note's title leaves out (rules/software-releases);
	// another record's added version stays a subtitle (a standard's ", version 1.4")
	const rel = related !== "same" && isDepositRecord(work) && versionOnOneSide(ref.title, work.title ?? "") ? "edition" : related;
	// the note's version field against the version the deposit's title names (rules/software-releases)
	const releaseField = rel === "same" || rel === "edition" ? releaseFieldNote(ref, work) : null;
	if (releaseField !== null) {
		v.flag("title", "minor", releaseField);
		return textCheck(ref.title, work.title, false);
	}
	if (rel === "same") return textCheck(ref.title, work.title, true);
	const kind = rel === "different" || rel === "subtitle" ? translationOf(ref, work) : null;
	// the title the note gives is one of the record's two with a subtitle more or less (worked out once)
	const parallelSubtitle = kind === "parallel" && parallelBySubtitle(ref, work);
	// a two-language title's second part can read as a subtitle of the note's first ("…条件：降雨との関係 Conditions of…")
	const translated = rel === "different" ? kind : kind === "parallel" && !parallelSubtitle ? "parallel" : null;
	if (translated === "language") {
		v.flag(null, "minor", TRANSLATION_NOTES.language);
		return { local: ref.title, remote: work.title, match: true };
	}
	if (translated) {
		v.accept(TRANSLATION_NOTES[translated]);
		if (translated === "parallel" && parallelSubtitle) {
			v.flag("title", "minor", "title: a subtitle appears on one side only");
			return textCheck(ref.title, work.title, false);
		}
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
				// …and the note's own DOI naming the other of the two is a DOI of another work (rules/title-labels)
				if (ref.doi !== null && work.doi !== null && ref.doi.toLowerCase() === work.doi.toLowerCase()) v.flag("doi", "major", `${deposit}: the note's DOI names it`);
				else v.flag("title", "minor", deposit);
				break;
			}
			// a report server's number before the title that is another report's than the note's (rules/title-labels)
			const recordNumber = reportNumberPrefix(work.title);
			const noteNumber = reportNumberPrefix(ref.title) ?? ref.reportNumber ?? null;
			if (recordNumber !== null && noteNumber !== null && !sameReportNumber(recordNumber, noteNumber)) {
				v.flag("title", "major", `title: the record is report '${recordNumber}', the note's is '${noteNumber}'`);
				break;
			}
			v.accept(TITLE_LABEL_NOTE);
			return { local: ref.title, remote: work.title, match: true };
		}
		case "edition":
			// rules/leading-article: edition wording is not part of the title (the year tells the edition)
			v.accept(editionNote(ref.title, work.title));
			return { local: ref.title, remote: work.title, match: true };
		case "version": {
			// rules/version-markers: a book's record leaves the edition out of its title
			const leftOut = editionLeftOutByRecord(ref, work);
			const markers = versionConflict(ref.title, work.title);
			if (leftOut === "doi") v.flag("title", "minor", `title: the note's title names an edition (${markers ?? ""}); the note's DOI and year name this record`);
			else if (leftOut === "book") v.flag("title", "minor", `title: the note's title names an edition (${markers ?? ""}); a book's record leaves it out, and its first author and year are the note's`);
			// another release of the same software, another version of the same dataset (rules/software-releases)
			else if (anotherRelease(ref.title, work)) v.flag("title", "minor", `title: another release or version of the same software or dataset (${markers ?? "the versions differ"})`);
			else v.flag("title", "major", `title: another version of the work (${markers ?? "version markers differ"})`);
			break;
		}
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
	if (there.has("version") && !here.has("version")) return "title: the record names the version, the note's title leaves it out";
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
		} else if (diff > 0 && earlierVersionYear(ref, work)) {
			// the note's DOI names an update of a living review, the note dates a version before it (rules/doi-forms)
			v.flag("year", "minor", `year: ${local} vs ${remote}: ${ref.doi !== null ? "the note's DOI names" : "the record is"} update ${livingReviewVersion(work.doi ?? "")} of a review first published earlier; ${local} may be an earlier version's year`);
		} else {
			// another release of the software or version of the dataset the note names (rules/software-releases)
			const release = releaseYearNote(ref, work);
			if (release !== null) v.flag("year", "minor", release);
			else v.flag("year", "major", `year: ${local} vs ${remote} (${diff > 0 ? "+" : ""}${diff})`);
		}
	}
	return check;
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
	// a work has one PubMed id: the note's, beside a record that lists another (and whose other
	// version does not list the note's), names another paper, whichever identifier found the work (rules/pubmed-ids)
	if (ref.pubmedId && work.pmid && ref.pubmedId !== work.pmid && other?.work.pmid !== ref.pubmedId) {
		v.flag("doi", "major", `PubMed id: the note has ${ref.pubmedId}, the work has ${work.pmid}`);
	}
	if (local === null) return { local, remote, match: true };
	// the note's DOI names the data or code deposit beside the paper it cites, or the reverse (rules/software-releases)
	// (a title labelled as the deposit's, "Data from: …", is said by the title's check: rules/title-labels)
	const deposit = work.title !== null && depositBesidePaper(ref.title, ref.entryType, work.title, work.type) === null ? depositDoiMismatch(ref, work) : null;
	if (deposit !== null) {
		v.flag("doi", "major", deposit);
		return { local, remote, match: false };
	}
	// the note's DOI names a meeting abstract's page in the journal's supplement, its issue or pages a paper's (rules/not-the-work)
	const paper = local === remote && ref.citesAbstract !== true ? notePrintsPaper(ref, work) : null;
	if (paper !== null) {
		v.flag("doi", "major", `doi: the note's DOI names a meeting abstract (${work.venue ?? "a journal"}, issue ${work.supplementIssue ?? ""}); the note's ${paper}`);
		return { local, remote, match: false };
	}
	// …or the reverse: the note cites a supplement's abstract, its DOI names the paper of a regular issue
	const printed = local === remote ? paperPrinted(work.biblio) : null;
	const abstract = printed !== null ? noteCitesSupplementAbstract(ref.numbers, printed.issue) : null;
	if (printed !== null && abstract !== null) {
		v.flag("doi", "major", `doi: the note's DOI names a paper (${printed.pages} pages in a regular issue); the note cites a meeting abstract (${abstract})`);
		return { local, remote, match: false };
	}
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
