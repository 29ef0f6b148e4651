// OpenAlex work JSON → RemoteWork (only what we compare). Tolerates the nulls OpenAlex really
// sends: title and display_name both null, author.id null, primary_location.source null.
// Remote text is bounded here, before anything compares it or writes it into a note: a title or
// venue of at most MAX_REMOTE_TEXT characters, author names of MAX_AUTHOR_NAME, at most
// MAX_REMOTE_AUTHORS authors. No real record comes near; a record past them is cut, and the cut is
// said in `truncated` (the check_log's notes repeat it).
import type { RemoteBiblio, RemoteLocation, RemoteWork } from "../core/types";
import { isPreprintVenue, normalizeArxivId, normalizeDoi } from "../core/normalize";
import { asRecord, nonEmptyString } from "../lib/guards";
import { isSupplementIssue } from "../core/rules/not-the-work";
import { printsOneOrTwoPages } from "../core/rules/volume-and-pages";

type Json = Record<string, unknown>;

export const MAX_REMOTE_TEXT = 2000;
export const MAX_AUTHOR_NAME = 200;
export const MAX_REMOTE_AUTHORS = 500;
const MAX_REMOTE_LOCATIONS = 100;

/** Cuts `s` to `max` characters, noting what was cut. */
function bounded(s: string | null, max: number, what: string, truncated: Set<string>): string | null {
	if (s === null || s.length <= max) return s;
	truncated.add(`${what} cut to ${max.toLocaleString("en")} characters`);
	return s.slice(0, max);
}

function toLocation(v: unknown, truncated: Set<string>): RemoteLocation | null {
	const loc = asRecord(v);
	if (!loc) return null;
	const source = asRecord(loc.source);
	const venue = bounded(nonEmptyString(source?.display_name), MAX_REMOTE_TEXT, "venue", truncated);
	const sourceType = bounded(nonEmptyString(source?.type), MAX_AUTHOR_NAME, "source type", truncated);
	return {
		venue,
		sourceType,
		version: bounded(nonEmptyString(loc.version), MAX_AUTHOR_NAME, "version", truncated),
		isPreprint: sourceType === "repository" || isPreprintVenue(venue),
		landingPageUrl: bounded(nonEmptyString(loc.landing_page_url), MAX_REMOTE_TEXT, "landing page", truncated),
	};
}

/** arXiv id from the arXiv DataCite DOI, an `ids` entry, or an arxiv.org landing page. */
function arxivIdOf(doi: string | null, ids: Json | null, locations: RemoteLocation[]): string | null {
	const m = doi ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
	if (m) return normalizeArxivId(m[1]);
	const fromIds = nonEmptyString(ids?.arxiv);
	if (fromIds) return normalizeArxivId(fromIds);
	for (const loc of locations) {
		if (loc.landingPageUrl && /arxiv\.org\/abs\//i.test(loc.landingPageUrl)) {
			const id = normalizeArxivId(loc.landingPageUrl);
			if (id) return id;
		}
	}
	return null;
}

/**
 * A retracted paper's own record often carries the retraction in its title ("RETRACTED:
 * …", "RETRACTED ARTICLE: …", "… (Retracted)", "[Retracted] …"). On a record OpenAlex flags as
 * retracted that label is no part of the title the note cites: it is taken off (the flag says it,
 * and the comparison says "retracted"). A notice about a paper ("Retraction: …", "Retracted: …"
 * from a publisher's notice series) is not flagged itself and keeps its title.
 */
const RETRACTED_BEFORE = /^\s?[[(]?retracted(?: article)?[\])]?\s?[:.\-–—]?\s?/i;
const RETRACTED_AFTER = /\s?[[(]retracted(?: article)?[\])]\.?$/i;

function withoutRetractionLabel(title: string | null): string | null {
	if (title === null) return null;
	const out = title.replace(RETRACTED_BEFORE, "").replace(RETRACTED_AFTER, "");
	return out.trim() === "" ? title : out;
}

export function toRemoteWork(json: unknown): RemoteWork {
	const w = asRecord(json) ?? {};
	const truncated = new Set<string>();
	const authorships = Array.isArray(w.authorships) ? w.authorships : [];
	const authors: string[] = [];
	const bylines: Array<string | null> = [];
	let named = 0;
	let unnamed = 0;
	let firstUnnamed = false;
	for (const item of authorships) {
		const a = asRecord(item);
		const profile = a && nonEmptyString(asRecord(a.author)?.display_name);
		const byline = a && nonEmptyString(a.raw_author_name);
		const name = profile ?? byline;
		if (!name) {
			// an authorship naming no one: a gap in the record's list (rules/record-stub)
			if (a) unnamed++;
			if (a && named === 0 && unnamed === 1) firstUnnamed = true;
			continue;
		}
		named++;
		if (authors.length >= MAX_REMOTE_AUTHORS) continue;
		authors.push(bounded(name.trim(), MAX_AUTHOR_NAME, "author names", truncated) as string);
		// the name printed on the work, kept only where the author profile's name is another
		// (rules/author-profile-names)
		bylines.push(profile && byline && byline.trim() !== profile.trim() ? bounded(byline.trim(), MAX_AUTHOR_NAME, "author names", truncated) : null);
	}
	if (named > authors.length) truncated.add(`authors: the first ${authors.length.toLocaleString("en")} of ${named.toLocaleString("en")} kept`);
	const primary = toLocation(w.primary_location, truncated);
	const locationList = Array.isArray(w.locations) ? w.locations.slice(0, MAX_REMOTE_LOCATIONS) : [];
	const others = locationList.map((l) => toLocation(l, truncated)).filter((l): l is RemoteLocation => !!l);
	// The primary location first, then the others without repeating it.
	const locations = primary ? [primary, ...others.filter((l) => !(l.venue === primary.venue && l.version === primary.version && l.landingPageUrl === primary.landingPageUrl))] : others;
	const doi = bounded(normalizeDoi(w.doi), MAX_REMOTE_TEXT, "DOI", truncated);
	const year = typeof w.publication_year === "number" ? w.publication_year : null;
	const retracted = w.is_retracted === true;
	const title = nonEmptyString(w.title) ?? nonEmptyString(w.display_name);
	const work: RemoteWork = {
		id: bounded(nonEmptyString(w.id), MAX_REMOTE_TEXT, "id", truncated) ?? "",
		doi,
		title: bounded(retracted ? withoutRetractionLabel(title) : title, MAX_REMOTE_TEXT, "title", truncated),
		authors,
		year,
		publicationDate: bounded(nonEmptyString(w.publication_date), MAX_AUTHOR_NAME, "publication date", truncated),
		type: bounded(nonEmptyString(w.type), MAX_AUTHOR_NAME, "type", truncated),
		venue: primary?.venue ?? null,
		locations,
		isRetracted: retracted,
		isParatext: w.is_paratext === true,
		arxivId: arxivIdOf(doi, asRecord(w.ids), locations),
	};
	if (bylines.some((b) => b !== null)) work.bylines = bylines;
	if (w.is_authors_truncated === true) work.authorsCutInList = true;
	if (unnamed > 0 && named > 0) work.unnamedAuthors = unnamed;
	if (firstUnnamed && named > 0) work.firstAuthorUnnamed = true;
	// "https://pubmed.ncbi.nlm.nih.gov/31234567" (rules/pubmed-ids)
	const pmid = /(\d{1,9})\/?$/.exec(nonEmptyString(asRecord(w.ids)?.pmid) ?? "")?.[1];
	if (pmid) work.pmid = String(Number(pmid));
	// the volume, issue and pages, compared with the note's (rules/volume-and-pages)
	const biblio = asRecord(w.biblio);
	const numbers: RemoteBiblio = {};
	for (const [key, part] of [["volume", "volume"], ["issue", "issue"], ["first_page", "firstPage"], ["last_page", "lastPage"]] as const) {
		const value = bounded(nonEmptyString(biblio?.[key])?.trim() ?? null, MAX_AUTHOR_NAME, key, truncated);
		if (value) numbers[part] = value;
	}
	if (Object.keys(numbers).length > 0) work.biblio = numbers;
	// the issue, when it is a supplement's ("Supplement_1", "15_suppl", "S2"): where journals print meeting
	// abstracts, on one or two pages ("3845"–"3845", "12"–"13") or none; a longer range is a paper's (rules/not-the-work)
	const range = numbers.firstPage !== undefined && numbers.lastPage !== undefined && !printsOneOrTwoPages(numbers);
	if (numbers.issue !== undefined && isSupplementIssue(numbers.issue) && !range) work.supplementIssue = numbers.issue;
	if (truncated.size > 0) work.truncated = [...truncated];
	return work;
}
