// The JSON shapes the client asks for and keeps: the `select`ed work fields (slimmed to what the
// checker reads), list results and autocomplete hits. Converted to RemoteWork by work.ts.
import { isRecord } from "../lib/guards";
import { stripDoiResolver } from "../lib/ids";
import { OpenAlexError } from "./errors";

/** Only the fields we compare (never `host_venue`: deprecated, 400). */
export const WORK_SELECT = "id,doi,title,display_name,publication_year,publication_date,type,authorships,primary_location,locations,ids,is_retracted,is_paratext,is_authors_truncated,biblio";

/** OpenAlex work JSON as returned (only `select`ed fields, slimmed by slimWork). Converted by work.ts. */
export type WorkJson = Record<string, unknown>;

export interface AutocompleteHit {
	/** "https://openalex.org/W…" */
	id: string;
	display_name: string | null;
	hint: string | null;
}

/** OpenAlex's own DOI form ("https://doi.org/10.x/Y") → "10.x/y". Input DOIs go through normalizeDoi. */
export function bareDoi(doi: unknown): string | null {
	if (typeof doi !== "string" || !doi) return null;
	return stripDoiResolver(doi).toLowerCase();
}

/**
 * The part of a work's JSON that toRemoteWork (work.ts) and this client read, in the same shape.
 * Real answers also carry institutions, affiliations, ISSNs, host organisations, licences…
 * per authorship and location, which a run holding thousands of works would keep for nothing.
 */
export function slimWork(w: WorkJson): WorkJson {
	const out: WorkJson = {};
	for (const [k, v] of Object.entries(w)) {
		if (k === "authorships") out[k] = Array.isArray(v) ? v.map(slimAuthorship) : v;
		else if (k === "primary_location") out[k] = slimLocation(v);
		else if (k === "locations") out[k] = Array.isArray(v) ? v.map(slimLocation) : v;
		else if (k === "ids") out[k] = isRecord(v) ? { ...v } : v;
		// the volume, issue and pages (a supplement's abstract: rules/not-the-work; rules/volume-and-pages)
		else if (k === "biblio") out[k] = isRecord(v) ? { volume: v.volume, issue: v.issue, first_page: v.first_page, last_page: v.last_page } : v;
		else if (v === null || typeof v !== "object") out[k] = v;
	}
	return out;
}

function slimAuthorship(a: unknown): unknown {
	if (!isRecord(a)) return a;
	const author = isRecord(a.author) ? { display_name: a.author.display_name } : a.author;
	return { author, raw_author_name: a.raw_author_name };
}

function slimLocation(l: unknown): unknown {
	if (!isRecord(l)) return l;
	const source = isRecord(l.source) ? { display_name: l.source.display_name, type: l.source.type } : l.source;
	return { source, version: l.version, landing_page_url: l.landing_page_url };
}

/**
 * A record with something to compare: a title, or at least one named author. OpenAlex sometimes
 * answers with a record whose every field is null; confirming a reference against it would
 * confirm nothing.
 */
export function usableWork(w: WorkJson): boolean {
	if (nonEmpty(w.title) || nonEmpty(w.display_name)) return true;
	if (!Array.isArray(w.authorships)) return false;
	return w.authorships.some((a) => isRecord(a) && ((isRecord(a.author) && nonEmpty(a.author.display_name)) || nonEmpty(a.raw_author_name)));
}

function nonEmpty(v: unknown): boolean {
	return typeof v === "string" && v.trim() !== "";
}

/** The client's check of a singleton answer (see AnswerCheck): unusable records are retried, then reported. */
export function checkWorkAnswer(json: object): string | null {
	if (!isRecord(json) || usableWork(json)) return null;
	const id = typeof json.id === "string" ? ` (${json.id.slice(0, 60)})` : "";
	return `OpenAlex sent a record with no title and no authors${id}; not used`;
}

/** A singleton answer: one work. */
export function asWork(json: unknown): WorkJson {
	if (isRecord(json)) return json;
	throw new OpenAlexError("invalid_response", "OpenAlex sent something that is not a work");
}

/** A list answer's `results`. */
export function resultsOf(json: unknown): WorkJson[] {
	const results = (json as { results?: unknown } | null)?.results;
	if (!Array.isArray(results)) throw new OpenAlexError("invalid_response", "OpenAlex list response without results");
	return results.filter((r): r is WorkJson => !!r && typeof r === "object");
}

/** A list answer's works that can be compared (an empty record is left out: a DOI it hid is then asked singly). */
export function usableResultsOf(json: unknown): WorkJson[] {
	return resultsOf(json).filter(usableWork);
}

/** An autocomplete answer's hits (entries without an id are dropped). */
export function autocompleteHits(json: unknown): AutocompleteHit[] {
	const out: AutocompleteHit[] = [];
	for (const r of resultsOf(json)) {
		if (typeof r.id !== "string") continue;
		out.push({
			id: r.id,
			display_name: typeof r.display_name === "string" ? r.display_name : null,
			hint: typeof r.hint === "string" ? r.hint : null,
		});
	}
	return out;
}
