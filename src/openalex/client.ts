// The OpenAlex client: the calls the resolver makes (singletons by id and DOI, batched filters,
// title search, autocomplete), each priced in credits. Everything that talks to OpenAlex goes
// through one instance per run, so pacing, statistics and the cache are shared by all references
// of that run. Obsidian-free (the CLI uses it too). The pieces behind it: request-loop.ts
// (attempts, retries, status branching), rate-limiter.ts, budget.ts, work-cache.ts, work-json.ts.
import type { Clock } from "../lib/clock";
import { DEFAULT_BASE_URL, DEFAULT_REQUESTS_PER_SECOND } from "../core/settings";
import type { Transport } from "./transport";
import { OpenAlexError } from "./errors";
import { RateLimiter } from "./rate-limiter";
import { RequestLoop, type AnswerCheck, type ClientStats } from "./request-loop";
import type { Cost } from "./budget";
import { WorkCache } from "./work-cache";
import { openAlexWorkId } from "../lib/ids";
import { asWork, autocompleteHits, bareDoi, checkWorkAnswer, slimWork, usableResultsOf, WORK_SELECT, type AutocompleteHit, type WorkJson } from "./work-json";
import { encodePathValue, encodeQueryValue, hasDotSegment } from "./url";

export interface OpenAlexClientOptions {
	transport: Transport;
	/** Default https://api.openalex.org. */
	baseUrl?: string;
	apiKey?: string | null;
	mailto?: string | null;
	/** Request starts per second. Default: the settings model's one default rate. */
	requestsPerSecond?: number;
	/** Requests in flight at once. Default 3. */
	maxInFlight?: number;
	/** Retries after the first attempt for retryable failures. Default 5. */
	maxRetries?: number;
	/** Per-attempt timeout. Default 15 s (the OpenAlex edge itself gives up after 9 s). */
	timeoutMs?: number;
	/** First backoff delay; doubles each retry, with jitter. Default 500 ms. */
	retryBaseMs?: number;
	/** Cap for one backoff delay (Retry-After above it is still honoured). Default 30 s. */
	maxRetryDelayMs?: number;
	/** The longest Retry-After waited for; a longer one stops the run. Default 60 s. */
	maxRetryAfterMs?: number;
	/** Attempts in a row without an answer (timeout, network error) that stop the run. Default 8. */
	maxConsecutiveFailures?: number;
	/** Stop the run this long after the client is created (the CLI's --max-minutes). Default none. */
	timeLimitMs?: number | null;
	/** Time for pacing, back-off, the request watchdog and the time limit: the front-end's clock; tests pass a fake one. */
	clock: Clock;
	random?: () => number;
}

export class OpenAlexClient {
	private readonly baseUrl: string;
	private readonly apiKey: string | null;
	private readonly mailto: string | null;
	private readonly limiter: RateLimiter;
	private readonly loop: RequestLoop;
	private readonly cache = new WorkCache();

	constructor(opts: OpenAlexClientOptions) {
		this.baseUrl = (opts.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, "");
		this.apiKey = opts.apiKey || null;
		this.mailto = opts.mailto || null;
		const { clock } = opts;
		this.limiter = new RateLimiter({ requestsPerSecond: opts.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND, maxInFlight: opts.maxInFlight ?? 3 }, clock);
		this.loop = new RequestLoop(
			opts.transport,
			this.limiter,
			clock,
			{
				maxRetries: Math.max(0, opts.maxRetries ?? 5),
				timeoutMs: opts.timeoutMs ?? 15_000,
				retryBaseMs: opts.retryBaseMs ?? 500,
				maxRetryDelayMs: opts.maxRetryDelayMs ?? 30_000,
				maxRetryAfterMs: opts.maxRetryAfterMs ?? 60_000,
				maxConsecutiveFailures: opts.maxConsecutiveFailures ?? 8,
				timeLimitMs: opts.timeLimitMs ?? null,
				random: opts.random ?? Math.random,
			},
			this.apiKey,
		);
	}

	get stats(): ClientStats {
		return this.loop.stats;
	}

	/** The configured request rate (starts per second). */
	get requestsPerSecond(): number {
		return this.limiter.requestsPerSecond;
	}

	/** The error that stopped this client (budget exhausted, key rejected), if any. */
	get stoppedBy(): OpenAlexError | null {
		return this.loop.stopped;
	}

	/** Forget cached responses (a new run). Stats and the limiter state are kept. */
	clearCache(): void {
		this.cache.clear();
	}

	/**
	 * Free singleton `/works/W…`. Null when OpenAlex has no such work (404). With `fullAuthors`, a
	 * work kept from a list answer that cut its authorships at 100 (`is_authors_truncated`) is
	 * fetched again: singletons are never cut.
	 */
	async getWork(id: string, signal?: AbortSignal, fullAuthors = false): Promise<WorkJson | null> {
		const key = openAlexWorkId(id);
		if (!key) throw new OpenAlexError("bad_request", `Not an OpenAlex work id: ${id}`);
		const cached = this.cache.work(key);
		if (cached && !(fullAuthors && cached.is_authors_truncated === true)) {
			this.stats.cacheHits++;
			return cached;
		}
		return this.get(`/works/${key}`, { select: WORK_SELECT }, 0, signal, true, (json) => this.cache.remember(slimWork(asWork(json))), checkWorkAnswer);
	}

	/**
	 * Free singleton `/works/doi:10.x/y` (the `https://doi.org/` form would cost a list call).
	 * `doi` is bare and lower-case. Null when unknown (404).
	 */
	async getWorkByDoi(doi: string, signal?: AbortSignal): Promise<WorkJson | null> {
		const key = doi.toLowerCase();
		if (this.cache.hasDoi(key)) {
			this.stats.cacheHits++;
			return this.cache.workByDoi(key) ?? null;
		}
		// No real DOI has such a segment, and it would address another API path: not found.
		if (hasDotSegment(key)) return null;
		const work = await this.get(`/works/doi:${encodePathValue(key)}`, { select: WORK_SELECT }, 0, signal, true, (json) => this.cache.remember(slimWork(asWork(json))), checkWorkAnswer);
		// A merged preprint answers under its own DOI with the published record: remember both.
		this.cache.rememberDoi(key, work);
		return work;
	}

	/** Free singleton `/works/pmid:31234567`. Null when OpenAlex has no work with this PubMed id (404). */
	async getWorkByPmid(pmid: string, signal?: AbortSignal): Promise<WorkJson | null> {
		if (!/^\d{1,9}$/.test(pmid)) throw new OpenAlexError("bad_request", `Not a PubMed id: ${pmid}`);
		return this.get(`/works/pmid:${pmid}`, { select: WORK_SELECT }, 0, signal, true, (json) => this.cache.remember(slimWork(asWork(json))), checkWorkAnswer);
	}

	/** Works already fetched in this run, by bare lower-case DOI (undefined: never asked). */
	cachedByDoi(doi: string): WorkJson | null | undefined {
		return this.cache.workByDoi(doi.toLowerCase());
	}

	/** Works already fetched in this run, by OpenAlex id. */
	cachedById(id: string): WorkJson | undefined {
		const key = openAlexWorkId(id);
		return key ? this.cache.work(key) : undefined;
	}

	/**
	 * One list call (1 credit): `filter=<field>:v1|v2|…` with `per-page` twice the number of values.
	 * Results are unordered and silently omit unknown values: callers map them back.
	 */
	async listWorks(field: "doi" | "openalex", values: string[], signal?: AbortSignal): Promise<WorkJson[]> {
		if (values.length === 0) return [];
		if (values.length > 100) throw new OpenAlexError("bad_request", "At most 100 values per filter");
		for (const v of values) {
			if (/[,|]/.test(v)) throw new OpenAlexError("bad_request", `Value cannot go in a filter: ${v}`);
		}
		// room for works sharing a DOI (a stub beside the full record): a page of exactly as many
		// results as values would drop one of them, and which one depends on the answer's order
		const perPage = String(Math.min(100, Math.max(values.length * 2, 1)));
		const works = await this.get("/works", { filter: `${field}:${values.join("|")}`, "per-page": perPage, select: WORK_SELECT }, 1, signal, false, (json) => {
			const slim = usableResultsOf(json).map((w) => this.cache.remember(slimWork(w)));
			if (field === "doi") {
				// A DOI the filter knows: remember so a later singleton is not needed. OpenAlex holds
				// some DOIs on two works (a stub beside the full record), answered in no order: the
				// fuller one is the DOI's work, whichever came first.
				const byDoi = new Map<string, WorkJson>();
				for (const w of slim) {
					const doi = bareDoi(w.doi);
					const seen = doi ? byDoi.get(doi) : undefined;
					if (doi && (!seen || fullness(w) > fullness(seen))) byDoi.set(doi, w);
				}
				for (const [doi, w] of byDoi) this.cache.rememberDoi(doi, w);
			}
			return slim;
		});
		return works ?? [];
	}

	/** Title search (10 credits): `filter=title.search:<text>`, relevance order. */
	async searchTitle(text: string, perPage: number, signal?: AbortSignal, years: number[] = []): Promise<WorkJson[]> {
		const clean = leadingWordsWithin(titleSearchText(text), MAX_QUERY_BYTES);
		return clean ? this.titleSearch(clean, perPage, signal, years) : [];
	}

	/**
	 * Title search (10 credits) for titles holding every word of at least one of `groups`, in
	 * OpenAlex's boolean syntax: "(a b c) OR (a b d)" (an upper-case OR; the words themselves are
	 * sent in lower case, so none is read as an operator).
	 */
	async searchTitleAnyOf(groups: readonly string[][], perPage: number, signal?: AbortSignal, years: number[] = []): Promise<WorkJson[]> {
		const all = groups.map((g) => titleSearchText(g.join(" ").replace(/[()]/g, " "))).filter((c) => c !== "");
		// as many groups as the URL budget holds, in order (the first leave out the first words)
		const clauses: string[] = [];
		let bytes = 0;
		for (const c of all) {
			bytes += encodeQueryValue(`(${c}) OR `).length;
			if (clauses.length > 0 && bytes > MAX_QUERY_BYTES) break;
			clauses.push(clauses.length === 0 ? leadingWordsWithin(c, MAX_QUERY_BYTES) : c);
		}
		if (clauses.length <= 1) return clauses.length ? this.titleSearch(clauses[0], perPage, signal, years) : [];
		return this.titleSearch(clauses.map((c) => `(${c})`).join(" OR "), perPage, signal, years);
	}

	private async titleSearch(query: string, perPage: number, signal: AbortSignal | undefined, years: number[]): Promise<WorkJson[]> {
		// narrowing to a few publication years (OR-ed with "|") costs nothing extra
		const yearFilter = years.length ? `,publication_year:${years.join("|")}` : "";
		const works = await this.get("/works", { filter: `title.search:${query}${yearFilter}`, "per-page": String(perPage), select: WORK_SELECT }, 10, signal, false, (json) =>
			usableResultsOf(json).map((w) => this.cache.remember(slimWork(w))),
		);
		return works ?? [];
	}

	/** Free `/autocomplete/works?q=`: a few candidate ids with display names. */
	async autocomplete(query: string, signal?: AbortSignal): Promise<AutocompleteHit[]> {
		// lower case: the server's analyzers fold it, and the same title written in another case
		// (the note's and a record's) is then one request, answered from the run's cache
		const q = leadingWordsWithin(query.replace(/\s+/g, " ").trim().toLowerCase(), MAX_QUERY_BYTES);
		if (!q) return [];
		const hits = await this.get("/autocomplete/works", { q }, 0, signal, false, autocompleteHits);
		return hits ?? [];
	}

	/**
	 * GET with caching by URL of the converted answer (`convert` runs once per response, so the
	 * raw JSON is garbage as soon as it is converted). `nullOn404`: singletons answer null for
	 * unknown works.
	 */
	private get<T>(
		path: string,
		params: Record<string, string>,
		cost: Cost,
		signal: AbortSignal | undefined,
		nullOn404: boolean,
		convert: (json: unknown) => T,
		check?: AnswerCheck,
	): Promise<T | null> {
		const url = this.buildUrl(path, params);
		return this.cache.response(
			url,
			() => this.loop.request(url, cost, signal, nullOn404, check).then((json) => (json === null ? null : convert(json))),
			() => this.stats.cacheHits++,
		);
	}

	private buildUrl(path: string, params: Record<string, string>): string {
		const all: Record<string, string> = { ...params };
		if (this.apiKey) all.api_key = this.apiKey;
		if (this.mailto) all.mailto = this.mailto;
		const query = Object.entries(all)
			.map(([k, v]) => `${k}=${encodeQueryValue(v)}`)
			.join("&");
		return `${this.baseUrl}${path}${query ? `?${query}` : ""}`;
	}
}

/** How much of a work a record holds: a title, authors, a venue, and not paratext. */
function fullness(w: WorkJson): number {
	const source = (w.primary_location as { source?: unknown } | null | undefined)?.source;
	return (w.title || w.display_name ? 1 : 0) + (Array.isArray(w.authorships) && w.authorships.length > 0 ? 2 : 0) + (source ? 1 : 0) + (w.is_paratext === true ? 0 : 1);
}

/**
 * Bytes a title query may take in the URL: REFERENCE/OpenAlex ask for URLs under ~4,000 bytes;
 * the rest of the URL (base, `select`, paging, key, year filter) takes under 1,000.
 */
export const MAX_QUERY_BYTES = 2500;

/**
 * The leading words of `text` whose URL encoding fits `maxBytes` (a title of a thousand letters
 * outside ASCII encodes to several times that). Both title search (every word must be in the
 * title) and autocomplete (a prefix of the title) still find a work by its leading words; the
 * candidate test then compares the whole title. A first word past the budget is cut.
 */
export function leadingWordsWithin(text: string, maxBytes: number): string {
	if (encodeQueryValue(text).length <= maxBytes) return text;
	const words = text.split(" ");
	let bytes = 0;
	let n = 0;
	while (n < words.length) {
		const add = encodeQueryValue(words[n]).length + (n > 0 ? 3 : 0);
		if (bytes + add > maxBytes) break;
		bytes += add;
		n++;
	}
	if (n > 0) return words.slice(0, n).join(" ");
	// one word past the budget: its leading characters (never half of a character's encoding)
	let cut = "";
	let used = 0;
	for (const ch of words[0]) {
		used += encodeQueryValue(ch).length;
		if (used > maxBytes) break;
		cut += ch;
	}
	return cut;
}

/**
 * A title as plain title-search words. Commas and pipes are filter syntax; a leading "!"
 * negates. The search itself is a plain all-words match only while the text has no query
 * syntax: upper-case " AND "/" OR "/" NOT ", two quotes, or a wildcard or fuzzy mark ("*", "?",
 * "~") switch OpenAlex to a query-string search, where a title such as "Why NOT Attention?"
 * excludes the very work and a "?" is refused as a wildcard on a stemmed field (the server's
 * core/search.py). Case and these marks carry nothing for matching a title, so they go.
 */
export function titleSearchText(text: string): string {
	return text
		.replace(/[,|"*?~\u201c\u201d\u201e]/g, " ")
		.replace(/^[\s!]+/, "")
		.replace(/\s+/g, " ")
		.trim()
		.toLowerCase();
}
