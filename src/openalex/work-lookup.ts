// The resolver's one way to OpenAlex: works by id or DOI fetched in batched `filter=` list calls
// (singletons when few), within the filter's value and URL limits, each fetched once per run.
import { toRemoteWork } from "./work";
import type { WorkJson } from "./work-json";
import { openAlexWorkId as shortWorkId } from "../lib/ids";
import { OpenAlexError } from "./errors";
import type { OpenAlexClient } from "./client";
import { latexToUnicode } from "../core/normalize";
import type { RemoteWork } from "../core/types";

/** OpenAlex accepts 100 OR values per filter; older docs say 50. */
const MAX_FILTER_VALUES = 50;
/** Keep the filter well under the ~4,000-byte URL budget. */
const MAX_FILTER_CHARS = 3000;
/** Up to this many lookups go as free singletons instead of one 1-credit list call. */
const SINGLETON_LIMIT = 2;
/** Autocomplete hits worth fetching per reference. */
export const AUTOCOMPLETE_CANDIDATES = 4;

/** The candidate works of a reference, each fetched (from the batch prefetched before). */
export async function candidateWorks(ids: string[] | undefined, lookup: WorkLookup): Promise<RemoteWork[]> {
	const works: RemoteWork[] = [];
	for (const id of ids ?? []) {
		const json = await lookup.byId(id);
		if (json) works.push(toRemoteWork(json));
	}
	return works;
}

/** A failed prefetch is not final: the per-reference lookups retry (or fail fast) on their own. */
export async function settled(p: Promise<void>): Promise<void> {
	try {
		await p;
	} catch {
		// see above
	}
}

/**
 * Title text for autocomplete/search: LaTeX as the letters it stands for ("Stabilit{\\"a}t" is
 * searched as "Stabilität", which the index holds, not as the broken words "Stabilit a t"), no
 * HTML tags, no filter syntax characters.
 */
export function searchText(title: string): string {
	return latexToUnicode(title).replace(/<\/?[a-z][^>]*>/gi, " ").replace(/[,|{}\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function toOpenAlexError(e: unknown): OpenAlexError {
	if (e instanceof OpenAlexError) return e;
	return new OpenAlexError("invalid_response", e instanceof Error ? e.message : String(e));
}


/**
 * Works by DOI and by id through the client's per-run cache: many lookups share batched list
 * calls (≤ 50 values), a few go as free singletons, and DOIs a batch silently dropped are
 * retried singly (a preprint merged into its journal version is found that way).
 */
export class WorkLookup {
	constructor(
		readonly client: OpenAlexClient,
		readonly signal: AbortSignal | undefined,
	) {}

	/** DOIs already sent in a batch: one the batch dropped is retried singly, not batched again. */
	private readonly batchedDois = new Set<string>();

	async prefetchDois(dois: string[]): Promise<void> {
		const todo = unique(dois).filter((d) => this.client.cachedByDoi(d) === undefined && !this.batchedDois.has(d) && !/[,|]/.test(d));
		if (todo.length <= SINGLETON_LIMIT) return;
		for (const d of todo) this.batchedDois.add(d);
		await Promise.all(chunks(todo).map((chunk) => this.client.listWorks("doi", chunk, this.signal)));
	}

	/**
	 * The work for a DOI; null when OpenAlex does not know it. OpenAlex holds some DOIs on two works,
	 * a stub without authors beside the full record, and its singleton may answer with the stub: a
	 * list call for that DOI (1 credit, only then) sees both, and the client keeps the fuller.
	 */
	async byDoi(doi: string): Promise<WorkJson | null> {
		const cached = this.client.cachedByDoi(doi);
		if (cached !== undefined) return cached;
		const one = await this.client.getWorkByDoi(doi, this.signal);
		if (!one || hasAuthors(one) || this.batchedDois.has(doi) || /[,|]/.test(doi)) return one;
		this.batchedDois.add(doi);
		await this.client.listWorks("doi", [doi], this.signal);
		return this.client.cachedByDoi(doi) ?? one;
	}

	async prefetchIds(ids: string[]): Promise<void> {
		const todo = unique(ids.map((i) => shortWorkId(i)).filter((i): i is string => !!i)).filter((i) => !this.client.cachedById(i));
		if (todo.length <= SINGLETON_LIMIT) return;
		await Promise.all(chunks(todo).map((chunk) => this.client.listWorks("openalex", chunk, this.signal)));
	}

	/** The work for a PubMed id (a free singleton); null when OpenAlex does not know it. */
	async byPmid(pmid: string): Promise<WorkJson | null> {
		return this.client.getWorkByPmid(pmid, this.signal);
	}

	/** The work for an OpenAlex id (a merged id follows its 301); null when gone. */
	async byId(id: string): Promise<WorkJson | null> {
		return this.client.cachedById(id) ?? this.client.getWork(id, this.signal);
	}
}

function hasAuthors(w: WorkJson): boolean {
	return Array.isArray(w.authorships) && w.authorships.length > 0;
}

function unique(xs: string[]): string[] {
	return [...new Set(xs)];
}

/** ≤ MAX_FILTER_VALUES values and ≤ MAX_FILTER_CHARS characters per chunk. */
function chunks(values: string[]): string[][] {
	const out: string[][] = [];
	let cur: string[] = [];
	let len = 0;
	for (const v of values) {
		const add = encodeURIComponent(v).length + 1;
		if (cur.length && (cur.length >= MAX_FILTER_VALUES || len + add > MAX_FILTER_CHARS)) {
			out.push(cur);
			cur = [];
			len = 0;
		}
		cur.push(v);
		len += add;
	}
	if (cur.length) out.push(cur);
	return out;
}
