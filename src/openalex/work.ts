// OpenAlex work JSON → RemoteWork (only what we compare). Tolerates the nulls OpenAlex really
// sends: title and display_name both null, author.id null, primary_location.source null.
import type { RemoteLocation, RemoteWork } from "../core/types";
import { isPreprintVenue, normalizeArxivId, normalizeDoi } from "../core/normalize";
import { asRecord, nonEmptyString } from "../lib/guards";

type Json = Record<string, unknown>;

function toLocation(v: unknown): RemoteLocation | null {
	const loc = asRecord(v);
	if (!loc) return null;
	const source = asRecord(loc.source);
	const venue = nonEmptyString(source?.display_name);
	const sourceType = nonEmptyString(source?.type);
	return {
		venue,
		sourceType,
		version: nonEmptyString(loc.version),
		isPreprint: sourceType === "repository" || isPreprintVenue(venue),
		landingPageUrl: nonEmptyString(loc.landing_page_url),
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

export function toRemoteWork(json: unknown): RemoteWork {
	const w = asRecord(json) ?? {};
	const authorships = Array.isArray(w.authorships) ? w.authorships.map(asRecord).filter((a): a is Json => !!a) : [];
	const authors: string[] = [];
	for (const a of authorships) {
		const name = nonEmptyString(asRecord(a.author)?.display_name) ?? nonEmptyString(a.raw_author_name);
		if (name) authors.push(name.trim());
	}
	const primary = toLocation(w.primary_location);
	const others = Array.isArray(w.locations) ? w.locations.map(toLocation).filter((l): l is RemoteLocation => !!l) : [];
	// The primary location first, then the others without repeating it.
	const locations = primary ? [primary, ...others.filter((l) => !(l.venue === primary.venue && l.version === primary.version && l.landingPageUrl === primary.landingPageUrl))] : others;
	const doi = normalizeDoi(w.doi);
	const year = typeof w.publication_year === "number" ? w.publication_year : null;
	return {
		id: nonEmptyString(w.id) ?? "",
		doi,
		title: nonEmptyString(w.title) ?? nonEmptyString(w.display_name),
		authors,
		year,
		publicationDate: nonEmptyString(w.publication_date),
		type: nonEmptyString(w.type),
		venue: primary?.venue ?? null,
		locations,
		isRetracted: w.is_retracted === true,
		isParatext: w.is_paratext === true,
		arxivId: arxivIdOf(doi, asRecord(w.ids), locations),
	};
}
