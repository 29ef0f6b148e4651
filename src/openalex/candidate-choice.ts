// Choosing among candidate works, without requests: the best-scoring one, a record's fuller twin
// (a stub beside its full record), the kind and year gaps that break ties, and which version
// (preprint or published) a reference and a work are.
import { relateVenues } from "../core/venues";
import { isShortTitle } from "../core/rules/short-title-search";
import { isPreprintVenue, nameKey, normalizeTitle } from "../core/normalize";
import { scoreCandidate } from "../core/match";
import type { Reference, RemoteWork } from "../core/types";

/** The best candidate that A's scorer accepts, or the reason the closest one was refused. */
export function bestCandidate(ref: Reference, works: RemoteWork[]): { work: RemoteWork | null; reason: string | null } {
	let best: { work: RemoteWork; score: number } | null = null;
	let closest: { work: RemoteWork; score: number; reason: string } | null = null;
	const seen = new Set<string>();
	const accepted: RemoteWork[] = [];
	for (const w of works) {
		if (seen.has(w.id)) continue;
		seen.add(w.id);
		const s = scoreCandidate(ref, w);
		if (s.accept) accepted.push(w);
		if (s.accept && (!best || s.score > best.score || (s.score === best.score && closerTie(ref, w, best.work)))) best = { work: w, score: s.score };
		if (!closest || s.score > closest.score) closest = { work: w, score: s.score, reason: `"${w.title ?? w.id}": ${s.reason}` };
	}
	return { work: best ? fullerTwin(ref, best.work, accepted) : null, reason: best ? null : closest?.reason ?? null };
}

/**
 * rules/record-stub: OpenAlex may hold one paper twice, a record without a year beside the full
 * one. The stub's missing year scores as "nothing to compare", above a full record whose year
 * differs from the note's: the full record of the same title and authors is compared instead, so
 * the stub's gap does not hide a wrong year. Not a record in another venue than the note names
 * (a reprint in a collection years later): the stub may be the original the note cites.
 */
function fullerTwin(ref: Reference, best: RemoteWork, accepted: RemoteWork[]): RemoteWork {
	if (best.year !== null || !best.title) return best;
	return onlyTwin(ref, best, accepted) ?? best;
}

/**
 * The one record of the stub's title and authors, with a year, in the venue the note names; null
 * when there is none, or several (an "Editorial" its editor writes every year: which one the stub
 * is cannot be told), or the title is a short one many works share.
 */
export function onlyTwin(ref: Reference, stub: RemoteWork, works: RemoteWork[]): RemoteWork | null {
	if (!stub.title || isShortTitle(stub.title)) return null;
	const title = normalizeTitle(stub.title);
	const twins = works.filter((w) => w.id !== stub.id && w.year !== null && w.title !== null && normalizeTitle(w.title) === title && sameAuthors(stub.authors, w.authors) && venueAgrees(ref, w));
	return twins.length === 1 ? twins[0] : null;
}

/** The note names a venue and the record's is it (or an alias): what makes a stub's twin the version the note cites. */
function venueAgrees(ref: Reference, w: RemoteWork): boolean {
	return ref.venue !== null && w.venue !== null && relateVenues(ref.venue, w.venue).kind !== "different";
}

/** The same authors by family name, in any order (two records of one paper). */
function sameAuthors(a: string[], b: string[]): boolean {
	if (a.length === 0 || a.length !== b.length) return false;
	const families = new Set(b.map((n) => nameKey(n).family));
	return a.every((n) => families.has(nameKey(n).family));
}

/**
 * Of two candidates the scorer rates alike, is `w` the nearer to what the note cites? First the
 * nearer year; then the kind of record (rules/search-identity): a note's paper before a data or
 * software deposit, a thesis deposit or a preprint under the same title, unless the note cites
 * that kind itself. Without it the index's order decided (a deposit listed first was compared).
 */
function closerTie(ref: Reference, w: RemoteWork, best: RemoteWork): boolean {
	const years = yearGap(ref, w) - yearGap(ref, best);
	if (years !== 0) return years < 0;
	const kinds = kindGap(ref, w) - kindGap(ref, best);
	if (kinds !== 0) return kinds < 0;
	const venues = venueGap(ref, w) - venueGap(ref, best);
	return venues < 0 || (venues === 0 && gaps(w) < gaps(best));
}

/**
 * 0 when the record is in the venue the note names (or the note names none), 1 otherwise: of one
 * paper held twice alike but for the journal (Angewandte Chemie's international and German
 * editions, each with its DOI), the one the note cites is compared (rules/search-identity).
 */
function venueGap(ref: Reference, work: RemoteWork): number {
	return ref.venue === null || work.venue === null || relateVenues(ref.venue, work.venue).kind !== "different" ? 0 : 1;
}

/** What a record lacks of year, venue and DOI: of two records of one paper alike otherwise, the fuller is compared (rules/record-stub). */
function gaps(w: RemoteWork): number {
	return (w.year === null ? 1 : 0) + (w.venue === null ? 1 : 0) + (w.doi === null ? 1 : 0);
}

const THESIS_ENTRY = /thesis|dissertation/;
const DATA_ENTRY = /^(dataset|data|software)$/;
/** OpenAlex types of deposits that may carry a paper's title. */
const DEPOSIT_TYPES = new Set(["dataset", "dissertation", "software"]);

/** 0 when the record is the kind the note cites, 1 when it is another kind of the same title. */
function kindGap(ref: Reference, work: RemoteWork): number {
	const entry = (ref.entryType ?? "").toLowerCase();
	const type = (work.type ?? "").toLowerCase();
	if (THESIS_ENTRY.test(entry)) return type === "dissertation" ? 0 : 1;
	if (DATA_ENTRY.test(entry)) return type === "dataset" || type === "software" ? 0 : 1;
	if (DEPOSIT_TYPES.has(type)) return 1;
	return isPreprintOnly(work) === citesPreprint(ref) ? 0 : 1;
}

/**
 * Years from the note's to the record's. The score counts a year off by one as agreeing (online
 * first, conference and journal years), so two records of one paper a year apart tie on it: the
 * one the note dates wins, not the one the index happened to list first.
 */
function yearGap(ref: Reference, work: RemoteWork): number {
	return ref.year === null || work.year === null ? Number.POSITIVE_INFINITY : Math.abs(Number(ref.year) - work.year);
}

/** The note's year is later than the record's: it may date the published version. */
export function datedAfter(ref: Reference, work: RemoteWork): boolean {
	return ref.year !== null && work.year !== null && Number(ref.year) > work.year;
}

export function citesPublished(ref: Reference): boolean {
	return !!ref.venue && !isPreprintVenue(ref.venue);
}

/** A reference to the preprint: a preprint-server venue, or an arXiv id and no venue. */
export function citesPreprint(ref: Reference): boolean {
	return ref.venue ? isPreprintVenue(ref.venue) : !!ref.arxivId;
}

/** A work all of whose locations are preprint servers. */
export function isPreprintOnly(work: RemoteWork): boolean {
	if (work.locations.length === 0) return work.type === "preprint";
	return work.locations.every((l) => l.isPreprint);
}

/** One work holding both the preprint and the published location: the latter as a version. */
export function publishedLocationOf(work: RemoteWork): RemoteWork | null {
	const loc = work.locations.find((l) => !l.isPreprint && l.venue && (l.version === "publishedVersion" || l.sourceType === "journal" || l.sourceType === "conference"));
	if (!loc) return null;
	if (!work.locations.some((l) => l.isPreprint)) return null;
	return { ...work, venue: loc.venue, doi: work.doi && !/^10\.48550\//.test(work.doi) ? work.doi : null, locations: [loc] };
}

export function authorsOverlap(a: string[], b: string[]): boolean {
	const families = new Set(a.map((n) => nameKey(n).family).filter((f) => f));
	if (families.size === 0) return false;
	const shared = b.filter((n) => families.has(nameKey(n).family)).length;
	return shared >= Math.min(2, families.size, b.length) && shared > 0;
}
