// OpenAlex HTTP client: rate limit, concurrency, retries, timeout, budget, cache.
// Everything that talks to OpenAlex goes through one instance per run, so the limiter and the
// cache are shared by all references of that run. Obsidian-free (the CLI uses it too).
import type { Transport, TransportResponse } from "./transport";

export const DEFAULT_BASE_URL = "https://api.openalex.org";

/** Only the fields we compare (never `host_venue`: deprecated, 400). */
export const WORK_SELECT = "id,doi,title,display_name,publication_year,publication_date,type,authorships,primary_location,locations,ids,is_retracted,is_paratext";

/** OpenAlex work JSON as returned (only `select`ed fields, slimmed by slimWork). Converted by work.ts. */
export type WorkJson = Record<string, unknown>;

export interface AutocompleteHit {
	/** "https://openalex.org/W…" */
	id: string;
	display_name: string | null;
	hint: string | null;
}

export type OpenAlexErrorKind =
	/** Daily credit budget exhausted: stop the run until `resetAt`. */
	| "budget"
	/** 401/403: invalid or missing API key: stop the run. */
	| "auth"
	/** 400 or another 4xx we cannot recover from. */
	| "bad_request"
	/** 429 per-second throttling still there after all retries. */
	| "throttled"
	/** 5xx after all retries. */
	| "server"
	| "timeout"
	/** Dropped connection, DNS, refused… after all retries. */
	| "network"
	/** 200 with a body that is not the JSON we expect (truncated) after all retries. */
	| "invalid_response"
	| "aborted";

export class OpenAlexError extends Error {
	readonly kind: OpenAlexErrorKind;
	readonly status: number | null;
	/** For `budget`: when the daily budget resets (from X-RateLimit-Reset, else next midnight UTC). */
	readonly resetAt: Date | null;

	constructor(kind: OpenAlexErrorKind, message: string, opts: { status?: number | null; resetAt?: Date | null } = {}) {
		super(message);
		this.name = "OpenAlexError";
		this.kind = kind;
		this.status = opts.status ?? null;
		this.resetAt = opts.resetAt ?? null;
	}

	/** Errors that make every further request pointless: the run must stop. */
	get fatal(): boolean {
		return this.kind === "budget" || this.kind === "auth" || this.kind === "aborted";
	}
}

export interface OpenAlexClientOptions {
	transport: Transport;
	/** Default https://api.openalex.org. */
	baseUrl?: string;
	apiKey?: string | null;
	mailto?: string | null;
	/** Request starts per second. Default 8 without a key, 25 with one (OpenAlex caps: 10 / 30). */
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
	/** Injectable clock and sleep for tests. */
	now?: () => number;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	random?: () => number;
}

export interface ClientStats {
	/** HTTP requests sent, retries included. */
	requests: number;
	/** Credits spent: from X-RateLimit-Credits-Used when present, else counted by price. */
	credits: number;
	retries: number;
	/** Lookups answered from the per-run cache without a request. */
	cacheHits: number;
	/** Last X-RateLimit-Remaining seen (daily credits left), null until a response carried it. */
	remainingCredits: number | null;
	/** Last X-RateLimit-Reset seen (seconds until the budget resets). */
	resetSeconds: number | null;
}

/** Price of one call in credits (REFERENCE.md). */
type Cost = 0 | 1 | 10;

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;
/** A request-start window slightly longer than a second absorbs timer and network jitter. */
const WINDOW_MS = 1050;

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(abortError());
			return;
		}
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, Math.max(0, ms));
		const onAbort = () => {
			clearTimeout(timer);
			reject(abortError());
		};
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}

function abortError(): OpenAlexError {
	return new OpenAlexError("aborted", "Check cancelled");
}

export class OpenAlexClient {
	readonly stats: ClientStats = { requests: 0, credits: 0, retries: 0, cacheHits: 0, remainingCredits: null, resetSeconds: null };

	private readonly transport: Transport;
	private readonly baseUrl: string;
	private readonly apiKey: string | null;
	private readonly mailto: string | null;
	private readonly spacingMs: number;
	private readonly perWindow: number;
	private readonly maxInFlight: number;
	private readonly maxRetries: number;
	private readonly timeoutMs: number;
	private readonly retryBaseMs: number;
	private readonly maxRetryDelayMs: number;
	private readonly now: () => number;
	private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	private readonly random: () => number;

	// Limiter state: request start times in the current window, a shared pause after a 429.
	private starts: number[] = [];
	private lastStart = -Infinity;
	private pausedUntil = 0;
	private gate: Promise<void> = Promise.resolve();
	private inFlight = 0;
	private waiting: Array<() => void> = [];
	/** Set once the budget is exhausted or the key rejected: every later call fails fast. */
	private stopped: OpenAlexError | null = null;

	// Per-run cache: answers by URL (so no request is ever repeated) and works by id and DOI. A
	// vault-wide run keeps every work it fetched until it ends, so only what the checker reads is
	// kept (see slimWork), never the raw response text or JSON.
	private readonly responses = new Map<string, Promise<unknown>>();
	private readonly worksById = new Map<string, WorkJson>();
	private readonly worksByDoi = new Map<string, WorkJson | null>();

	constructor(opts: OpenAlexClientOptions) {
		this.transport = opts.transport;
		this.baseUrl = (opts.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, "");
		this.apiKey = opts.apiKey || null;
		this.mailto = opts.mailto || null;
		const rps = opts.requestsPerSecond ?? (this.apiKey ? 25 : 8);
		if (!(rps > 0)) throw new Error("requestsPerSecond must be positive");
		this.perWindow = Math.max(1, Math.floor(rps));
		this.spacingMs = 1000 / rps;
		this.maxInFlight = Math.max(1, opts.maxInFlight ?? 3);
		this.maxRetries = Math.max(0, opts.maxRetries ?? 5);
		this.timeoutMs = opts.timeoutMs ?? 15_000;
		this.retryBaseMs = opts.retryBaseMs ?? 500;
		this.maxRetryDelayMs = opts.maxRetryDelayMs ?? 30_000;
		this.now = opts.now ?? (() => Date.now());
		this.sleep = opts.sleep ?? defaultSleep;
		this.random = opts.random ?? Math.random;
	}

	/** The configured request rate (starts per second). */
	get requestsPerSecond(): number {
		return 1000 / this.spacingMs;
	}

	/** The error that stopped this client (budget exhausted, key rejected), if any. */
	get stoppedBy(): OpenAlexError | null {
		return this.stopped;
	}

	/** Forget cached responses (a new run). Stats and the limiter state are kept. */
	clearCache(): void {
		this.responses.clear();
		this.worksById.clear();
		this.worksByDoi.clear();
	}

	/** Free singleton `/works/W…`. Null when OpenAlex has no such work (404). */
	async getWork(id: string, signal?: AbortSignal): Promise<WorkJson | null> {
		const key = shortWorkId(id);
		if (!key) throw new OpenAlexError("bad_request", `Not an OpenAlex work id: ${id}`);
		const cached = this.worksById.get(key);
		if (cached) {
			this.stats.cacheHits++;
			return cached;
		}
		return this.get(`/works/${key}`, { select: WORK_SELECT }, 0, signal, true, (json) => this.remember(slimWork(asWork(json))));
	}

	/**
	 * Free singleton `/works/doi:10.x/y` (the `https://doi.org/` form would cost a list call).
	 * `doi` is bare and lower-case. Null when unknown (404).
	 */
	async getWorkByDoi(doi: string, signal?: AbortSignal): Promise<WorkJson | null> {
		const key = doi.toLowerCase();
		if (this.worksByDoi.has(key)) {
			this.stats.cacheHits++;
			return this.worksByDoi.get(key) ?? null;
		}
		// No real DOI has such a segment, and it would address another API path: not found.
		if (hasDotSegment(key)) return null;
		const work = await this.get(`/works/doi:${encodePathValue(key)}`, { select: WORK_SELECT }, 0, signal, true, (json) => this.remember(slimWork(asWork(json))));
		// A merged preprint answers under its own DOI with the published record: remember both.
		this.worksByDoi.set(key, work);
		return work;
	}

	/** Works already fetched in this run, by bare lower-case DOI (undefined: never asked). */
	cachedByDoi(doi: string): WorkJson | null | undefined {
		return this.worksByDoi.get(doi.toLowerCase());
	}

	/** Works already fetched in this run, by OpenAlex id. */
	cachedById(id: string): WorkJson | undefined {
		const key = shortWorkId(id);
		return key ? this.worksById.get(key) : undefined;
	}

	/**
	 * One list call (1 credit): `filter=<field>:v1|v2|…` with `per-page` ≥ the number of values.
	 * Results are unordered and silently omit unknown values: callers map them back.
	 */
	async listWorks(field: "doi" | "openalex", values: string[], signal?: AbortSignal): Promise<WorkJson[]> {
		if (values.length === 0) return [];
		if (values.length > 100) throw new OpenAlexError("bad_request", "At most 100 values per filter");
		for (const v of values) {
			if (/[,|]/.test(v)) throw new OpenAlexError("bad_request", `Value cannot go in a filter: ${v}`);
		}
		const perPage = String(Math.max(values.length, 1));
		const works = await this.get("/works", { filter: `${field}:${values.join("|")}`, "per-page": perPage, select: WORK_SELECT }, 1, signal, false, (json) => {
			const slim = resultsOf(json).map((w) => this.remember(slimWork(w)));
			if (field === "doi") {
				// A DOI the filter knows: remember so a later singleton is not needed.
				for (const w of slim) {
					const doi = bareDoi(w.doi);
					if (doi) this.worksByDoi.set(doi, w);
				}
			}
			return slim;
		});
		return works ?? [];
	}

	/** Title search (10 credits): `filter=title.search:<text>`, relevance order. */
	async searchTitle(text: string, perPage: number, signal?: AbortSignal): Promise<WorkJson[]> {
		// Commas and pipes are filter syntax; a leading "!" negates.
		const clean = text.replace(/[,|]/g, " ").replace(/^[\s!]+/, "").replace(/\s+/g, " ").trim();
		if (!clean) return [];
		const works = await this.get("/works", { filter: `title.search:${clean}`, "per-page": String(perPage), select: WORK_SELECT }, 10, signal, false, (json) =>
			resultsOf(json).map((w) => this.remember(slimWork(w))),
		);
		return works ?? [];
	}

	/** Free `/autocomplete/works?q=`: a few candidate ids with display names. */
	async autocomplete(query: string, signal?: AbortSignal): Promise<AutocompleteHit[]> {
		const q = query.replace(/\s+/g, " ").trim();
		if (!q) return [];
		const hits = await this.get("/autocomplete/works", { q }, 0, signal, false, (json) => {
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
		});
		return hits ?? [];
	}

	private remember(work: WorkJson): WorkJson {
		const key = shortWorkId(typeof work.id === "string" ? work.id : "");
		if (key) this.worksById.set(key, work);
		return work;
	}

	/**
	 * GET with caching by URL of the converted answer (`convert` runs once per response, so the
	 * raw JSON is garbage as soon as it is converted). `nullOn404`: singletons answer null for
	 * unknown works.
	 */
	private get<T>(path: string, params: Record<string, string>, cost: Cost, signal: AbortSignal | undefined, nullOn404: boolean, convert: (json: unknown) => T): Promise<T | null> {
		const url = this.buildUrl(path, params);
		const cached = this.responses.get(url) as Promise<T | null> | undefined;
		if (cached) {
			this.stats.cacheHits++;
			return cached;
		}
		const pending = this.request(url, cost, signal, nullOn404).then((json) => (json === null ? null : convert(json)));
		this.responses.set(url, pending);
		// A failed request may be tried again later in the run (e.g. after a transient outage).
		pending.catch(() => this.responses.delete(url));
		return pending;
	}

	/** Error text that may quote our URL or echo the key: never show the key. */
	private scrub(text: string): string {
		const out = redact(text);
		return this.apiKey ? out.split(this.apiKey).join("***") : out;
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

	/** One logical request: limiter, retries with backoff, redirects, status branching, JSON. */
	private async request(url: string, cost: Cost, signal: AbortSignal | undefined, nullOn404: boolean): Promise<unknown> {
		let current = url;
		let redirects = 0;
		for (let attempt = 0; ; attempt++) {
			if (this.stopped) throw this.stopped;
			if (signal?.aborted) throw abortError();
			let failure: OpenAlexError;
			let retryAfterMs: number | null = null;
			const res = await this.send(current, signal);
			if (res instanceof OpenAlexError) {
				failure = res;
			} else {
				const headers = lowerKeys(res.headers);
				this.trackBudget(headers);
				// Some failures are charged too (a 400 costs a credit): trust the header when sent.
				if (res.status >= 300) this.stats.credits += numberHeader(headers["x-ratelimit-credits-used"]) ?? 0;
				if (res.status >= 200 && res.status < 300) {
					try {
						const json: unknown = JSON.parse(res.text);
						if (json === null || typeof json !== "object") throw new Error("not an object");
						this.stats.credits += creditsOf(headers, cost);
						return json;
					} catch {
						failure = new OpenAlexError("invalid_response", `OpenAlex sent an unreadable response (${res.text.length} bytes)`, { status: res.status });
					}
				} else if (REDIRECT_STATUS.has(res.status) && headers.location && redirects < MAX_REDIRECTS) {
					// 301: a merged work; follow to the surviving one (not a retry), but only on the
					// same origin (no downgrade, no other host) and keeping our query (select, key).
					redirects++;
					const from = new URL(current);
					const to = new URL(headers.location, current);
					if (to.origin !== from.origin) throw new OpenAlexError("bad_request", `OpenAlex redirected to another host (${to.origin}); not followed`, { status: res.status });
					if (to.search === "") to.search = from.search;
					current = to.toString();
					attempt--;
					continue;
				} else if (res.status === 404) {
					if (nullOn404) return null;
					throw new OpenAlexError("bad_request", `OpenAlex answered 404 for ${redact(current)}`, { status: 404 });
				} else if (res.status === 429 && this.isBudgetExhausted(headers)) {
					const resetAt = this.resetAtFrom(headers);
					this.stopped = new OpenAlexError("budget", budgetMessage(resetAt), { status: 429, resetAt });
					throw this.stopped;
				} else if (res.status === 401 || res.status === 403) {
					this.stopped = new OpenAlexError("auth", `OpenAlex rejected the API key (${res.status}): ${this.scrub(errorMessageOf(res.text))}`, { status: res.status });
					throw this.stopped;
				} else if (RETRYABLE_STATUS.has(res.status)) {
					retryAfterMs = parseRetryAfter(headers["retry-after"], this.now());
					failure = new OpenAlexError(res.status === 429 ? "throttled" : "server", `OpenAlex answered ${res.status}${res.status === 429 ? " (too many requests)" : ""}`, { status: res.status });
				} else {
					throw new OpenAlexError("bad_request", `OpenAlex answered ${res.status}: ${this.scrub(errorMessageOf(res.text))}`, { status: res.status });
				}
			}
			if (failure.kind === "aborted" || attempt >= this.maxRetries) throw failure;
			this.stats.retries++;
			const backoff = Math.min(this.maxRetryDelayMs, this.retryBaseMs * 2 ** attempt) * (0.5 + this.random() * 0.5);
			const delay = Math.max(backoff, retryAfterMs ?? 0);
			if (failure.status === 429) {
				// Per-second throttling is about all of our requests: pause the whole limiter.
				this.pausedUntil = Math.max(this.pausedUntil, this.now() + delay);
			}
			await this.sleep(delay, signal);
		}
	}

	/** One HTTP attempt: waits for an in-flight slot and a rate slot, races the timeout. */
	private async send(url: string, signal: AbortSignal | undefined): Promise<TransportResponse | OpenAlexError> {
		await this.acquireInFlight();
		try {
			await this.acquireRateSlot(signal);
			if (this.stopped) return this.stopped;
			this.stats.requests++;
			const controller = new AbortController();
			let timer: ReturnType<typeof setTimeout> | undefined;
			let onAbort = () => controller.abort();
			// requestUrl cannot be aborted: the race settles even when the transport never does.
			const timeout = new Promise<OpenAlexError>((resolve) => {
				timer = setTimeout(() => {
					resolve(new OpenAlexError("timeout", `OpenAlex did not answer within ${Math.round(this.timeoutMs / 1000)} s`));
					controller.abort();
				}, this.timeoutMs);
				onAbort = () => {
					resolve(abortError());
					controller.abort();
				};
				if (signal?.aborted) onAbort();
			});
			signal?.addEventListener("abort", onAbort, { once: true });
			const call = this.transport({ url, method: "GET", headers: { Accept: "application/json" }, signal: controller.signal }).then(
				(res) => res,
				(e: unknown) => (signal?.aborted ? abortError() : new OpenAlexError("network", `Network error: ${this.scrub(e instanceof Error ? e.message : String(e))}`)),
			);
			try {
				return await Promise.race([call, timeout]);
			} finally {
				clearTimeout(timer);
				signal?.removeEventListener("abort", onAbort);
			}
		} finally {
			this.releaseInFlight();
		}
	}

	private acquireInFlight(): Promise<void> {
		if (this.inFlight < this.maxInFlight) {
			this.inFlight++;
			return Promise.resolve();
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private releaseInFlight(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.inFlight--;
	}

	/** Serialised: each caller waits for the spacing, the window and any shared pause. */
	private acquireRateSlot(signal: AbortSignal | undefined): Promise<void> {
		const slot = this.gate.then(async () => {
			for (;;) {
				if (signal?.aborted) throw abortError();
				const t = this.now();
				this.starts = this.starts.filter((s) => t - s < WINDOW_MS);
				const windowWait = this.starts.length >= this.perWindow ? this.starts[0] + WINDOW_MS - t : 0;
				const wait = Math.max(this.pausedUntil - t, this.lastStart + this.spacingMs - t, windowWait, 0);
				if (wait <= 0) break;
				await this.sleep(wait, signal);
			}
			const t = this.now();
			this.starts.push(t);
			this.lastStart = t;
		});
		// The next caller waits for this one whether it succeeded or was aborted.
		this.gate = slot.catch(() => undefined);
		return slot;
	}

	private trackBudget(headers: Record<string, string>): void {
		const remaining = numberHeader(headers["x-ratelimit-remaining"]);
		if (remaining !== null) this.stats.remainingCredits = remaining;
		const reset = numberHeader(headers["x-ratelimit-reset"]);
		if (reset !== null) this.stats.resetSeconds = reset;
	}

	private isBudgetExhausted(headers: Record<string, string>): boolean {
		const remaining = numberHeader(headers["x-ratelimit-remaining"]);
		const required = numberHeader(headers["x-ratelimit-credits-required"]);
		if (remaining === null) return false;
		if (required !== null) return remaining < required;
		// No "required" header: an empty budget without a Retry-After is not per-second throttling.
		return remaining <= 0 && headers["retry-after"] === undefined;
	}

	private resetAtFrom(headers: Record<string, string>): Date {
		const reset = numberHeader(headers["x-ratelimit-reset"]);
		const now = this.now();
		if (reset !== null) return new Date(now + reset * 1000);
		const d = new Date(now);
		return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
	}
}

function budgetMessage(resetAt: Date): string {
	return `OpenAlex daily credit budget exhausted; it resets at ${resetAt.toISOString()}. Run again after that (or use an API key).`;
}

/** "https://openalex.org/W123" | "W123" | "w123" → "W123"; anything else → null. */
export function shortWorkId(id: string): string | null {
	const m = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:works\/)?)?(w\d+)$/i.exec(id.trim());
	return m ? m[1].toUpperCase() : null;
}

/** OpenAlex's own DOI form ("https://doi.org/10.x/Y") → "10.x/y". Input DOIs go through normalizeDoi. */
function bareDoi(doi: unknown): string | null {
	if (typeof doi !== "string" || !doi) return null;
	return doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, "").toLowerCase();
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
		else if (k === "ids") out[k] = isObject(v) ? { ...v } : v;
		else if (v === null || typeof v !== "object") out[k] = v;
	}
	return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return !!v && typeof v === "object" && !Array.isArray(v);
}

function slimAuthorship(a: unknown): unknown {
	if (!isObject(a)) return a;
	const author = isObject(a.author) ? { display_name: a.author.display_name } : a.author;
	return { author, raw_author_name: a.raw_author_name };
}

function slimLocation(l: unknown): unknown {
	if (!isObject(l)) return l;
	const source = isObject(l.source) ? { display_name: l.source.display_name, type: l.source.type } : l.source;
	return { source, version: l.version, landing_page_url: l.landing_page_url };
}

function asWork(json: unknown): WorkJson {
	if (json && typeof json === "object" && !Array.isArray(json)) return json as WorkJson;
	throw new OpenAlexError("invalid_response", "OpenAlex sent something that is not a work");
}

function resultsOf(json: unknown): WorkJson[] {
	const results = (json as { results?: unknown } | null)?.results;
	if (!Array.isArray(results)) throw new OpenAlexError("invalid_response", "OpenAlex list response without results");
	return results.filter((r): r is WorkJson => !!r && typeof r === "object");
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = String(v);
	return out;
}

function numberHeader(v: string | undefined): number | null {
	if (v === undefined || v.trim() === "") return null;
	const n = Number(v);
	return Number.isFinite(n) ? n : null;
}

function creditsOf(headers: Record<string, string>, cost: Cost): number {
	return numberHeader(headers["x-ratelimit-credits-used"]) ?? cost;
}

/** Retry-After: seconds or an HTTP date. */
function parseRetryAfter(v: string | undefined, now: number): number | null {
	if (!v) return null;
	const secs = Number(v);
	if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
	const at = Date.parse(v);
	return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function errorMessageOf(text: string): string {
	try {
		const j = JSON.parse(text) as { message?: unknown; error?: unknown };
		const m = typeof j.message === "string" ? j.message : typeof j.error === "string" ? j.error : null;
		if (m) return m.slice(0, 200);
	} catch {
		// HTML or empty: fall through
	}
	return "no details";
}

/** Query values: encode everything except the characters OpenAlex filters use literally. */
function encodeQueryValue(v: string): string {
	return encodeURIComponent(v).replace(/%3A/gi, ":").replace(/%7C/gi, "|").replace(/%2F/gi, "/");
}

/** A DOI inside a path keeps its slashes. */
function encodePathValue(v: string): string {
	return encodeURIComponent(v).replace(/%2F/gi, "/");
}

/** "." or ".." path segments would walk the URL up to other API paths (URL parsers resolve them, even escaped). */
function hasDotSegment(v: string): boolean {
	return v.split("/").some((seg) => seg === "." || seg === "..");
}

/** Never show the API key in messages. */
export function redact(url: string): string {
	return url.replace(/([?&]api_key=)[^&]*/g, "$1***");
}
