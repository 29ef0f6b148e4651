// The venue's comparison (part of core/compare.ts): aliases, series and written forms of one venue,
// a preprint record's server, a repository beside the journal, a record without a venue.
import { bookVenue } from "./rules/book-venues";
import { isPlaceholderVenue } from "./rules/record-stub";
import { namesADocumentNumber } from "./rules/venue-unconfirmed";
import { venueOfDoi } from "./rules/doi-venue";
import { isGenericVenue, relateVenues, venueIds, venueLabel, venueStanding } from "./venues";
import { foldText, isPreprintVenue } from "./normalize";
import type { Reference, RemoteLocation, RemoteWork, TextFieldCheck } from "./types";
import { remoteIsPreprint, textCheck, Verdict } from "./compare-verdict";

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

export function compareVenue(ref: Reference, work: RemoteWork, v: Verdict): TextFieldCheck {
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

export function preprintLabel(name: string): string {
	const s = preprintServer(name);
	return s === "arxiv" ? "arXiv" : s === "ssrn" ? "SSRN" : name;
}
