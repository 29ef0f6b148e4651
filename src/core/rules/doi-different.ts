// Rule "Identifier of another paper": does the note's DOI or arXiv id name the record it resolves
// to, and is that record the note's paper at all? The predicate (compare.ts says its note first,
// verdict.ts re-reads it from stored logs, the panel acts on it) and its examples.
import type { IdentifierKind, Reference, RemoteWork, WrongIdentifier } from "../types";
import { openAlexWorkId } from "../../lib/ids";
import { authorNamedTitle, chapterOfBook, compareNames, firstAuthorAgrees, isOrganizationAuthor, recordAuthorsFor, relateTitles, titleSimilarity, translationOf } from "../match";
import { namesInOtherScripts } from "./author-scripts";
import { normalizeArxivId, normalizeTitle, parsePersonName } from "../normalize";
import type { Rule } from "./types";
import { isDepositRecord, titleForRelease, versionOnOneSide } from "./software-releases";
import { isShortTitle } from "./short-title-search";
import { retitledOnPublication } from "./title-reworded";
import { isPlaceholderTitle } from "./record-stub";
import { relateVenues } from "../venues";
import { isHeadingTitle } from "./heading-titles";
import { withoutWithdrawnLabel } from "./withdrawn";

/** Prefix of the check_log note (the HALLMARK eval and older logs match on it). */
export const WRONG_IDENTIFIER_NOTE = "identifier points to another paper";

/**
 * True when the URL holds exactly this DOI ("https://doi.org/10.1/x?…"), not a longer one that
 * merely starts with it (a truncated DOI in the note must not pass as another location's).
 */
export function urlNamesDoi(url: string, doi: string): boolean {
	const u = url.toLowerCase();
	for (let i = u.indexOf(doi); i !== -1; i = u.indexOf(doi, i + 1)) {
		const end = i + doi.length;
		const before = u[i - 1];
		const after = u[end];
		const startsPart = before === undefined || before === "/" || before === "=";
		const endsPart = after === undefined || after === "?" || after === "#" || after === "&" || (after === "/" && end === u.length - 1);
		if (startsPart && endsPart) return true;
	}
	return false;
}

/** The work's arXiv id: its own, or the one in its arXiv DOI. */
export function remoteArxivId(work: RemoteWork): string | null {
	return work.arxivId ?? (work.doi?.startsWith("10.48550/arxiv.") ? normalizeArxivId(work.doi) : null);
}

/**
 * The note's identifier that names this record: its DOI (the record's DOI, the arXiv DOI of the
 * record's arXiv id, or a DOI on one of the record's locations), else its arXiv id, else its
 * OpenAlex id (the record's, or one merged into it), else its PubMed id; null when the record was
 * not reached through an identifier the note holds.
 */
export function identifierNaming(ref: Reference, work: RemoteWork): { kind: IdentifierKind; value: string } | null {
	const arxiv = remoteArxivId(work);
	if (ref.doi) {
		const doi = ref.doi;
		const local = doi.startsWith("10.48550/arxiv.") ? normalizeArxivId(doi) : null;
		if (doi === work.doi || (local !== null && local === arxiv) || work.locations.some((l) => l.landingPageUrl && urlNamesDoi(l.landingPageUrl, doi))) return { kind: "doi", value: doi };
	}
	if (ref.arxivId && arxiv && ref.arxivId === arxiv) return { kind: "arxiv", value: ref.arxivId };
	const own = ref.writtenOpenalexId;
	if (own !== undefined && (openAlexWorkId(work.id) === own || work.mergedIds?.includes(own))) return { kind: "openalex", value: own };
	if (ref.pubmedId !== undefined && work.pmid === ref.pubmedId) return { kind: "pmid", value: ref.pubmedId };
	return null;
}

/** People named on the list (organizations say nothing about who wrote the paper). */
function people(names: string[]): string[] {
	return names.filter((n) => !isOrganizationAuthor(n));
}

/** True when both lists name people and no person is on both; false when either names nobody. */
function noAuthorInCommon(local: string[], remote: string[]): boolean {
	const a = people(local);
	const b = people(remote);
	if (a.length === 0 || b.length === 0) return false;
	return !a.some((l) => b.some((r) => compareNames(l, r).kind !== "different"));
}

/**
 * No person of the note's on the record, read as the work prints the names where the record has
 * them (`raw_author_name`, rules/author-profile-names: "田中 博" behind a profile named "Hiroshi
 * Tanaka"); names in two scripts cannot be compared, so they say nothing (rules/author-scripts).
 */
function noAuthorOnBoth(ref: Reference, work: RemoteWork): boolean {
	const remote = recordAuthorsFor(ref.authors, work).names;
	return !namesInOtherScripts(ref.authors, remote) && noAuthorInCommon(ref.authors, remote);
}

function describe(title: string | null, authors: string[], year: string | number | null): string {
	const who = authors.length > 0 ? parsePersonName(authors[0]).family || authors[0] : "no authors";
	return `'${title ?? "(no title)"}' (${who}${authors.length > 1 ? " et al." : ""}${year !== null ? `, ${year}` : ""})`;
}

/**
 * Is the record another paper than the note's? Yes when the titles differ, or when they are only
 * variants of each other (a subtitle or edition on one side, a changed word) and no author is on
 * both lists: two independent signs against it. One sign alone is a field error of the note (a
 * wrong title, a wrong author list), compared field by field. Returns the check_log note naming
 * both papers, or null.
 */
export function identityProblem(ref: Reference, work: RemoteWork): string | null {
	// a placeholder title ("Untitled") says nothing about which paper the record is (rules/record-stub)
	if (!work.title || (isPlaceholderTitle(work.title) && !isPlaceholderTitle(ref.title))) return null;
	// a withdrawn review's label is no part of its title (rules/withdrawn)
	const unlabelled = withoutWithdrawnLabel(work.title);
	if (unlabelled !== null) return identityProblem({ ...ref, title: withoutWithdrawnLabel(ref.title) ?? ref.title }, { ...work, title: unlabelled });
	const notice = noticeOfTheWork(ref, work);
	if (notice) return `${WRONG_IDENTIFIER_NOTE}: it names ${NOTICE_WORDING[notice]} of the note's paper, ${describe(work.title, work.authors, work.year)}, not the paper itself${notice === "retraction" ? " (a retraction notice: the paper is retracted)" : ""}`;
	const rel = relateTitles(titleForRelease(ref, work.title), work.title);
	// the note's own heading ("Notes on Solberg et al. 2021") says nothing of the title: only the people can (rules/heading-titles)
	if (rel !== "same" && isHeadingTitle(ref)) {
		return noAuthorOnBoth(ref, work) ? `${WRONG_IDENTIFIER_NOTE}: the note has ${describe(ref.title, ref.authors, ref.year)}, the identifier resolves to ${describe(work.title, work.authors, work.year)}; the note's title is its own heading and no author is on both` : null;
	}
	if (rel === "same") {
		const other = namesakeOf(ref, work);
		return other ? `${WRONG_IDENTIFIER_NOTE}: the note has ${describe(ref.title, ref.authors, ref.year)}, the identifier resolves to ${describe(work.title, work.authors, work.year)}; a title of a few words many works share, with no author on both and another ${other}` : null;
	}
	// a chapter's DOI may be its book's (rules/chapter-in-book)
	if (chapterOfBook(ref, work)) return null;
	// a deposit's record naming the version the note's title leaves out (rules/software-releases)
	if (isDepositRecord(work) && versionOnOneSide(ref.title, work.title)) return null;
	// a book record's title led by the author's name (rules/title-labels)
	if (authorNamedTitle(ref, work.title) !== null) return null;
	// the same title in another language (rules/translated-titles)
	if (rel === "different" && translationOf(ref, work) !== null) return null;
	// a preprint's title reworded on publication (rules/title-reworded)
	const otherTitle = rel === "different" && titleSimilarity(ref.title, work.title) < 0.8 && !retitledOnPublication(ref, work);
	const strangers = noAuthorOnBoth(ref, work);
	if (!otherTitle && !strangers) return null;
	const why = otherTitle
		? firstAuthorAgrees(ref, work) === true ? "; the first author agrees, so one of the titles may be wrong" : ""
		: "; the titles are alike but no author is on both";
	return `${WRONG_IDENTIFIER_NOTE}: the note has ${describe(ref.title, ref.authors, ref.year)}, the identifier resolves to ${describe(work.title, work.authors, work.year)}${why}`;
}

/**
 * A title of a few words ("Introduction", "Editorial", "Prologue", "Deep learning") agrees by chance: a record
 * under it with no author in common is another work when its venue or year (by more than one) is
 * another too; what differs, or null. With the same venue and year the note's authors are the
 * suspect, compared field by field.
 */
function namesakeOf(ref: Reference, work: RemoteWork): string | null {
	if (!isShortTitle(ref.title) || !noAuthorOnBoth(ref, work)) return null;
	if (ref.venue && work.venue && relateVenues(ref.venue, work.venue).kind === "different") return `venue ('${work.venue}')`;
	const gap = ref.year !== null && work.year !== null ? Math.abs(Number(ref.year) - work.year) : 0;
	return gap > 1 ? `year (${work.year})` : null;
}

/** What a notice published about a paper is. */
type NoticeKind = "correction" | "retraction" | "concern" | "comment";

const NOTICE_WORDING: Record<NoticeKind, string> = {
	correction: "a correction notice",
	retraction: "the retraction notice",
	concern: "an expression of concern",
	comment: "a comment or reply",
};

/**
 * A notice's label in front of the paper's title, in a normalized title ("correction to …",
 * "author correction …", "retraction notice to …", "erratum …", "expression of concern …",
 * "comment on …"). Anchored, each optional part a fixed word: linear on any input.
 */
const NOTICE_LABEL = /^(?:(?:author|publisher) )?(erratum|errata|corrigendum|correction|retraction|retracted|expression of concern|comment|commentary|reply|response)(?: (?:notice|note))?(?: (?:to|on|for|regarding))?(?: the (?:article|paper))? /;

const NOTICE_KIND: Record<string, NoticeKind> = { retraction: "retraction", retracted: "retraction", "expression of concern": "concern", comment: "comment", commentary: "comment", reply: "comment", response: "comment" };
/** OpenAlex types of notices (a notice may also carry the paper's very title). */
const NOTICE_TYPES: Record<string, NoticeKind> = { erratum: "correction", retraction: "retraction" };

/**
 * rules/doi-different: the record is a notice about the note's paper — its title the note's title
 * behind a notice label, or the note's very title on a record typed erratum or retraction — when
 * the note does not cite a notice itself. A DOI copied from the notice's page names the notice:
 * the log says which, not "one of the titles may be wrong".
 */
function noticeOfTheWork(ref: Reference, work: RemoteWork): NoticeKind | null {
	const local = normalizeTitle(ref.title);
	if (!local || NOTICE_LABEL.test(`${local} `)) return null;
	const remote = normalizeTitle(work.title ?? "");
	const label = NOTICE_LABEL.exec(remote);
	if (label && remote.slice(label[0].length) === local) return NOTICE_KIND[label[1]] ?? "correction";
	const byType = NOTICE_TYPES[(work.type ?? "").toLowerCase()];
	return byType && remote === local ? byType : null;
}

/** The wrong identifier of a note compared with the record its identifier names, or null. */
export function wrongIdentifier(ref: Reference, work: RemoteWork): WrongIdentifier | null {
	const named = identifierNaming(ref, work);
	if (!named) return null;
	const note = identityProblem(ref, work);
	return note ? { ...named, note } : null;
}

export const doiDifferent: Rule = {
	id: "doi-different",
	name: "Identifier of another paper",
	summary:
		"A DOI or arXiv id names another paper, major and said first, when the record it resolves to has another title, or only a variant of the note's title and not one author in common, or has the note's title of a few words but no author, venue or near year in common, or is a notice about the note's paper (a correction, retraction, expression of concern or comment: its title the note's behind the notice's label, or the note's very title on an erratum or retraction record); a record with no DOI to confirm the note's is minor.",
	examples: [
		{
			// a title in Japanese is a few "words" to a word count, but the work prints the note's kanji names (raw_author_name): no namesake
			local: { citekey: "morishita2017kii", title: "紀伊半島の深層崩壊", authors: ["森下 健太", "野口 彩花"], year: 2017, journal: "地形", doi: "10.5555/rules.dd.kanji" },
			remote: { title: "紀伊半島の深層崩壊", authors: ["Kenta Morishita", "Ayaka Noguchi"], bylines: ["森下 健太", "野口 彩花"], year: 2017, venue: "Transactions, Japanese Geomorphological Union", doi: "10.5555/rules.dd.kanji" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// …and names in two scripts cannot be compared: they say nothing of a namesake either
			local: { citekey: "qiu2016dam", title: "淤地坝拦沙效益", authors: ["邱浩然", "舒琳"], year: 2016, journal: "地理学报", doi: "10.5555/rules.dd.han" },
			remote: { title: "淤地坝拦沙效益", authors: ["Haoran Qiu", "Lin Shu"], year: 2016, venue: "Acta Geographica Sinica", doi: "10.5555/rules.dd.han" },
			verdict: "minor",
			note: "not compared",
		},
		{
			local: { citekey: "haddadi2023", title: "Adaptive Partitioning for Skewed Joins", authors: ["Omar Haddadi"], year: 2023, doi: "10.5555/rules.dd.1" },
			remote: { title: "A survey of tide gauge calibration", authors: ["Tove Lindqvist"], year: 2015, venue: "Hydrology Letters", doi: "10.5555/rules.dd.1" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// A similar title (the record adds a subtitle) by other people: a sibling paper's DOI.
			local: { citekey: "ferrand2021levy", title: "The Regional Broadcasting Levy", authors: ["Odile Ferrand", "Martin Szabo", "Yusuf Demir"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/rules.dd.3" },
			remote: { title: "The Regional Broadcasting Levy: Lessons for Small Markets", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/rules.dd.3" },
			verdict: "major",
			note: "identifier points to another paper: the note has 'The Regional Broadcasting Levy' (Ferrand et al., 2021), the identifier resolves to 'The Regional Broadcasting Levy: Lessons for Small Markets' (Lindgren et al., 2021); the titles are alike but no author is on both",
		},
		{
			// The same subtitle difference by the same people: the note's title is short, the DOI right.
			local: { citekey: "lindgren2021levy", title: "The Regional Broadcasting Levy", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/rules.dd.4" },
			remote: { title: "The Regional Broadcasting Levy: Lessons for Small Markets", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/rules.dd.4" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			// The same title by other people: the note's authors are wrong, not its DOI.
			local: { citekey: "vogt2022tides", title: "Sparse Attention for Tide Forecasting", authors: ["Hanne Vogt", "Emil Sandvik"], year: 2022, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.5" },
			remote: { title: "Sparse Attention for Tide Forecasting", authors: ["Rosa Ilunga", "Kenji Maeda"], year: 2022, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.5" },
			verdict: "major",
			note: "authors: different first author",
		},
		{
			// A title of a few words many works share: with no author on both and another book, the DOI is the namesake's.
			local: { citekey: "quintero2012intro", entry_type: "incollection", title: "Prologue", authors: ["Marta Quintero"], year: 2012, booktitle: "Ports and People", doi: "10.5555/rules.dd.10" },
			remote: { title: "Prologue", authors: ["Otto Brink"], year: 2011, venue: "Handbook of Soil Physics", doi: "10.5555/rules.dd.10", type: "book-chapter" },
			verdict: "major",
			note: "identifier points to another paper: the note has 'Prologue' (Quintero, 2012), the identifier resolves to 'Prologue' (Brink, 2011); a title of a few words many works share, with no author on both and another venue ('Handbook of Soil Physics')",
		},
		{
			local: { citekey: "holm2020ed", title: "Guest Editorial", authors: ["Greta Holm"], year: 2020, doi: "10.5555/rules.dd.11" },
			remote: { title: "Guest editorial", authors: ["Jun Park"], year: 2014, venue: "Coastal Law Review", doi: "10.5555/rules.dd.11", type: "editorial" },
			verdict: "major",
			note: "identifier points to another paper: the note has 'Guest Editorial' (Holm, 2020), the identifier resolves to 'Guest editorial' (Park, 2014); a title of a few words many works share, with no author on both and another year (2014)",
		},
		{
			// The same short title, venue and year by other people: the note's authors are the suspect.
			local: { citekey: "brink2015dl", title: "Kelp Forests", authors: ["Otto Brink", "Greta Holm"], year: 2015, venue: "Nature Reviews Computing", doi: "10.5555/rules.dd.12" },
			remote: { title: "Kelp forests", authors: ["Chidi Okafor", "Saga Lindgren"], year: 2015, venue: "Nature Reviews Computing", doi: "10.5555/rules.dd.12" },
			verdict: "major",
			note: "authors: different first author",
		},
		{
			// The DOI copied from the correction's page: the notice is not the paper, whatever its authors.
			local: { citekey: "sandvik2019", title: "Storm Surge Ensembles for the Wadden Sea", authors: ["Emil Sandvik", "Hanne Vogt"], year: 2019, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.6" },
			remote: { title: "Correction to: Storm surge ensembles for the Wadden Sea", authors: ["Emil Sandvik", "Hanne Vogt"], year: 2020, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.6", type: "erratum" },
			verdict: "major",
			note: "identifier points to another paper: it names a correction notice of the note's paper, 'Correction to: Storm surge ensembles for the Wadden Sea' (Sandvik et al., 2020), not the paper itself",
		},
		{
			// Crossref often gives an erratum the paper's own title: the record's type tells.
			local: { citekey: "vogt2018", title: "Tidal Asymmetry in Branching Estuaries", authors: ["Hanne Vogt"], year: 2018, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.7" },
			remote: { title: "Tidal asymmetry in branching estuaries", authors: ["Hanne Vogt"], year: 2018, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.7", type: "erratum" },
			verdict: "major",
			note: "identifier points to another paper: it names a correction notice of the note's paper",
		},
		{
			local: { citekey: "ilunga2017", title: "Rip Currents at Groyne Fields", authors: ["Rosa Ilunga"], year: 2017, venue: "Coastal Engineering Letters", doi: "10.5555/rules.dd.8" },
			remote: { title: "Retraction notice to \"Rip currents at groyne fields\"", authors: [], year: 2019, venue: "Coastal Engineering Letters", doi: "10.5555/rules.dd.8", type: "retraction" },
			verdict: "major",
			note: "identifier points to another paper: it names the retraction notice of the note's paper, 'Retraction notice to \"Rip currents at groyne fields\"' (no authors, 2019), not the paper itself (a retraction notice: the paper is retracted)",
		},
		{
			// "Correction of …" names a subject, not a notice: another paper's DOI, said as such
			local: { citekey: "vogt2016", title: "Tidal Asymmetry Errors in Coastal Models", authors: ["Hanne Vogt"], year: 2016, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.13" },
			remote: { title: "Correction of tidal asymmetry errors in coastal models", authors: ["Rosa Ilunga"], year: 2016, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.13" },
			verdict: "major",
			note: "identifier points to another paper: the note has 'Tidal Asymmetry Errors in Coastal Models' (Vogt, 2016), the identifier resolves to 'Correction of tidal asymmetry errors in coastal models' (Ilunga, 2016)",
		},
		{
			// A note that cites the notice itself is confirmed by it.
			local: { citekey: "sandvik2020corr", title: "Correction to: Storm Surge Ensembles for the Wadden Sea", authors: ["Emil Sandvik", "Hanne Vogt"], year: 2020, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.9" },
			remote: { title: "Correction to: Storm surge ensembles for the Wadden Sea", authors: ["Emil Sandvik", "Hanne Vogt"], year: 2020, venue: "Ocean Modelling Letters", doi: "10.5555/rules.dd.9", type: "erratum" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2020", title: "Cost Models for Federated Queries", authors: ["Omar Haddadi"], year: 2020, doi: "10.5555/rules.dd.2" },
			remote: { candidates: [{ title: "Cost models for federated queries", authors: ["Omar Haddadi"], year: 2020, venue: "Data Engineering Bulletin", doi: null }] },
			verdict: "minor",
			note: "doi: the remote record has no DOI to confirm the note's",
		},
	],
};
