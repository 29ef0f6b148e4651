// A fake OpenAlex API on 127.0.0.1 (random port) speaking the documented 2026 behaviour that our
// client relies on: singletons by id and `doi:`, `filter=doi:`/`openalex:` with `|`, title search
// and `search=`, `/autocomplete/works` (both matched as the server code does, see
// fake-title-index.ts: every word required, autocomplete a phrase prefix by citations), `select`, `per_page`/`per-page`, 400 JSON for bad
// parameters, 404 as HTML, 301 for merged works and non-canonical id forms, rate-limit headers, a daily credit budget,
// injectable faults, a request log, and an `intercept` hook through which a test answers chosen
// requests as a hostile server would (redirects elsewhere, bombs, escape sequences, silence).
// Used by tests, the bench and the eval.
import http from "http";
import type { AddressInfo } from "net";
import { seededRandom } from "./prng";
import { DEFAULT_CITED_BY_COUNT, TitleIndex, type Work } from "./fake-title-index";

export type FaultKind =
	/** Per-second throttling: 429 with Retry-After. */
	| "429"
	/** Daily budget exhausted: 429 with X-RateLimit-Remaining < X-RateLimit-Credits-Required. */
	| "429-budget"
	| "500"
	/** 503 with Retry-After (search under load). */
	| "503"
	/** Answers only after `slowMs` (longer than the client timeout). */
	| "slow"
	/** 200 with half a JSON body. */
	| "truncated"
	/** Connection destroyed without an answer. */
	| "drop";

export interface FaultPlan {
	/** Faults for the next requests, in order (consumed one per request). */
	sequence?: Array<FaultKind | null>;
	/** Fraction (0..1) of the other requests that fail with one of `kinds` (seeded, reproducible). */
	rate?: number;
	kinds?: FaultKind[];
	seed?: number;
	/** Retry-After seconds sent with 429/503. Default 1. */
	retryAfterSeconds?: number;
	/** Delay of a "slow" answer. Default 20 s. */
	slowMs?: number;
	/** Only requests this accepts may fail; default all. */
	only?: (url: URL) => boolean;
}

export interface RequestLogEntry {
	/** Arrival time, ms since the epoch (performance-precise). */
	at: number;
	method: string;
	/** Path and query as received. */
	url: string;
	path: string;
	params: Record<string, string>;
	status: number;
	fault: FaultKind | null;
	/** Credits this request was charged. */
	credits: number;
	/** The request's headers as received. */
	headers: Record<string, string | string[] | undefined>;
}

/**
 * A hostile answer to one request: any status, headers and body (a Buffer is sent as is, e.g.
 * gzip bytes), a body streamed in chunks (the server notes how much it sent before the client
 * hung up), or "hang" (accept and never answer).
 */
export type InterceptAnswer =
	| { status: number; headers?: Record<string, string>; body?: string | Buffer }
	| { status: number; headers?: Record<string, string>; chunks: () => Iterable<Buffer>; onClose?: (sent: number, finished: boolean) => void }
	| "hang";

/** Returns an answer for the requests it takes over, undefined for the fake's normal answer. */
export type Intercept = (url: URL, req: http.IncomingMessage) => InterceptAnswer | undefined;

export interface FakeOpenAlexOptions {
	/** OpenAlex-shaped works (`id` "https://openalex.org/W…", `doi` "https://doi.org/…", …). */
	works: object[];
	faults?: FaultPlan;
	/** Added to every answer. */
	latencyMs?: number;
	/** Daily credit budget. Default 100,000. */
	budget?: number;
	/** Seconds until the budget resets (X-RateLimit-Reset). Default 3600. */
	resetSeconds?: number;
	/** Merged works: old id → surviving id (singletons answer 301). */
	merged?: Record<string, string>;
	/**
	 * Lists carry every authorship, as a server that does not keep OpenAlex's cut at 100 might
	 * (for tests of the client's own bounds on what a hostile answer holds).
	 */
	uncutLists?: boolean;
	/** DOIs the `filter=doi:` misses but the `/works/doi:` singleton finds (bare DOI → work id). */
	singletonOnlyDois?: Record<string, string>;
	intercept?: Intercept;
}

export interface FakeOpenAlex {
	url: string;
	requests: RequestLogEntry[];
	setFaults(f: FaultPlan | undefined): void;
	setBudget(credits: number): void;
	setIntercept(i: Intercept | undefined): void;
	close(): Promise<void>;
}

const VALID_PARAMS = new Set(["filter", "search", "select", "per_page", "per-page", "page", "sort", "cursor", "api_key", "mailto", "q", "sample", "seed", "group_by", "group-by"]);
const SELECTABLE = new Set([
	"id", "doi", "title", "display_name", "publication_year", "publication_date", "ids", "language", "primary_location",
	"type", "type_crossref", "indexed_in", "open_access", "authorships", "institution_assertions", "countries_distinct_count",
	"relevance_score", "institutions_distinct_count", "corresponding_author_ids", "corresponding_institution_ids", "apc_list", "apc_paid", "fwci",
	"is_authors_truncated", "has_fulltext", "fulltext_origin", "cited_by_count", "citation_normalized_percentile", "cited_by_percentile_year",
	"biblio", "is_retracted", "is_paratext", "primary_topic", "topics", "keywords", "concepts", "mesh", "locations_count",
	"locations", "best_oa_location", "sustainable_development_goals", "grants", "datasets", "versions", "referenced_works_count",
	"referenced_works", "related_works", "abstract_inverted_index", "cited_by_api_url", "counts_by_year", "updated_date", "created_date",
]);
const FILTERS = new Set(["doi", "openalex", "ids.openalex", "openalex_id", "title.search", "display_name.search", "publication_year", "type", "is_retracted"]);

/** Authorships a list answer keeps per work (OpenAlex docs: authors/limitations). */
export const LIST_AUTHORSHIPS = 100;

const HTML_404 = "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on the server.</p></body></html>";

function shortId(id: string): string {
	const m = /(w\d+)$/i.exec(id.trim());
	return m ? m[1].toUpperCase() : "";
}

function bareDoi(d: string): string {
	return d.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, "").replace(/^doi:/i, "").toLowerCase();
}


export async function startFakeOpenAlex(opts: FakeOpenAlexOptions): Promise<FakeOpenAlex> {
	const byId = new Map<string, Work>();
	const byDoi = new Map<string, Work>();
	for (const raw of opts.works) {
		const w = raw as Work;
		const id = shortId(typeof w.id === "string" ? w.id : "");
		if (!id) throw new Error(`fake OpenAlex: work without id: ${JSON.stringify(w).slice(0, 80)}`);
		byId.set(id, w);
		if (typeof w.doi === "string") byDoi.set(bareDoi(w.doi), w);
	}
	// What a request scans, derived once: the works in order (a later work with the same id replaces
	// the earlier one in place), each one's bare DOI, and the title index (fake-title-index.ts: title
	// search and autocomplete as the server does them, through an inverted word index).
	const allWorks = [...byId.values()];
	const doiOf = new Map<Work, string>();
	for (const w of allWorks) if (typeof w.doi === "string") doiOf.set(w, bareDoi(w.doi));
	const titles = new TitleIndex(allWorks);
	const singletonOnly = new Map(Object.entries(opts.singletonOnlyDois ?? {}).map(([d, id]) => [bareDoi(d), shortId(id)]));
	const merged = new Map(Object.entries(opts.merged ?? {}).map(([a, b]) => [shortId(a), shortId(b)]));
	const requests: RequestLogEntry[] = [];
	let faults: FaultPlan | undefined = opts.faults;
	let sequence: Array<FaultKind | null> = [...(faults?.sequence ?? [])];
	let random = seededRandom(faults?.seed ?? 1);
	let budget = opts.budget ?? 100_000;
	let intercept = opts.intercept;
	const dailyLimit = budget;
	const resetSeconds = opts.resetSeconds ?? 3600;
	const sockets = new Set<import("net").Socket>();

	function pickFault(url: URL): FaultKind | null {
		if (faults?.only && !faults.only(url)) return null;
		if (sequence.length) return sequence.shift() ?? null;
		if (faults?.rate && faults.kinds?.length && random() < faults.rate) {
			return faults.kinds[Math.floor(random() * faults.kinds.length)];
		}
		return null;
	}

	function select(w: Work, fields: string[] | null): Work {
		if (!fields) return w;
		const out: Work = {};
		for (const f of fields) if (f in w) out[f] = w[f];
		return out;
	}

	type Answer = { status: number; body: string; headers?: Record<string, string>; credits: number; html?: boolean };

	function error400(message: string): Answer {
		return { status: 400, body: JSON.stringify({ error: "Invalid query parameters error.", message }), credits: 1 };
	}

	/**
	 * A work as a list answer gives it: "the authorships list within each work will be cut off at
	 * 100 authorships objects", with `is_authors_truncated: true` (docs, authors/limitations);
	 * singletons are never cut.
	 */
	function listed(w: Work): Work {
		const authorships = w.authorships;
		if (opts.uncutLists || !Array.isArray(authorships) || authorships.length <= LIST_AUTHORSHIPS) return w;
		return { ...w, authorships: authorships.slice(0, LIST_AUTHORSHIPS), is_authors_truncated: true };
	}

	function listAnswer(results: Work[], params: URLSearchParams, fields: string[] | null, credits: number, extra?: (w: Work) => Work): Answer {
		const perPageRaw = params.get("per-page") ?? params.get("per_page") ?? "25";
		const perPage = Number(perPageRaw);
		const page = Number(params.get("page") ?? "1");
		if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return error400("per-page parameter must be between 1 and 100");
		if (!Number.isInteger(page) || page < 1 || page * perPage > 10_000) return error400("Maximum results size of 10,000 records is exceeded");
		const slice = results.slice((page - 1) * perPage, page * perPage).map((w) => ({ ...select(listed(w), fields), ...(extra ? extra(w) : {}) }));
		return {
			status: 200,
			body: JSON.stringify({ meta: { count: results.length, db_response_time_ms: 3, page, per_page: perPage, groups_count: null }, results: slice, group_by: [] }),
			credits,
		};
	}

	function answer(method: string, url: URL): Answer {
		if (method !== "GET") return { status: 405, body: JSON.stringify({ error: "Method not allowed" }), credits: 0 };
		const params = url.searchParams;
		for (const k of params.keys()) {
			if (!VALID_PARAMS.has(k)) return error400(`${k} is not a valid parameter. Valid parameters are: ${[...VALID_PARAMS].join(", ")}.`);
		}
		if (params.getAll("filter").length > 1) return error400("Only one filter parameter is allowed");
		let fields: string[] | null = null;
		const selectParam = params.get("select");
		if (selectParam !== null) {
			fields = selectParam.split(",").map((f) => f.trim());
			const bad = fields.filter((f) => !SELECTABLE.has(f));
			if (bad.length) return error400(`${bad.join(", ")} is not a valid select field. Valid fields to select are: ${[...SELECTABLE].join(", ")}.`);
		}
		const path = decodeURIComponent(url.pathname).replace(/\/+$/, "");

		if (path === "/autocomplete/works") {
			const q = params.get("q") ?? "";
			if (!q.trim()) return error400("Must enter a 'q' parameter in order to use autocomplete.");
			const { hits, count } = titles.autocomplete(q);
			const results = hits.map((w) => ({
				id: w.id,
				short_id: `works/${shortId(String(w.id))}`,
				display_name: w.display_name ?? w.title ?? null,
				hint: Array.isArray(w.authorships) ? (w.authorships as Array<{ author?: { display_name?: string } }>).map((a) => a.author?.display_name ?? "").join(", ") : null,
				cited_by_count: typeof w.cited_by_count === "number" ? w.cited_by_count : DEFAULT_CITED_BY_COUNT,
				works_count: null,
				entity_type: "work",
				external_id: w.doi ?? null,
			}));
			return { status: 200, body: JSON.stringify({ meta: { count, db_response_time_ms: 2, page: 1, per_page: 10 }, results }), credits: 0 };
		}

		const single = /^\/works\/(.+)$/.exec(path);
		if (single) {
			const key = single[1];
			let w: Work | undefined;
			let credits = 0;
			if (/^doi:/i.test(key)) {
				const d = bareDoi(key);
				w = byDoi.get(d) ?? byId.get(singletonOnly.get(d) ?? "");
			} else if (/^pmid:/i.test(key)) {
				// `/works/pmid:31234567`, free like the other singletons; the work's ids.pmid is a pubmed URL
				const pmid = key.slice(5);
				w = allWorks.find((x) => typeof (x.ids as Record<string, unknown> | undefined)?.pmid === "string" && /(\d+)\/?$/.exec((x.ids as Record<string, string>).pmid)?.[1] === pmid);
			} else if (/^https?:\/\/(dx\.)?doi\.org\//i.test(key)) {
				// The URL form works but is charged as a list call.
				credits = 1;
				w = byDoi.get(bareDoi(key));
			} else {
				const id = shortId(key);
				const target = merged.get(id);
				if (target) {
					return { status: 301, body: "", headers: { location: `/works/${target}${url.search}` }, credits: 0 };
				}
				// REFERENCE: "Non-canonical id forms redirect" (`/works/w123`, `/works/https://openalex.org/W123`):
				// answered with a 301 to the canonical `/works/W123`, not directly
				if (id && key !== id) return { status: 301, body: "", headers: { location: `/works/${id}${url.search}` }, credits: 0 };
				w = byId.get(id);
			}
			if (!w) return { status: 404, body: HTML_404, credits, html: true };
			return { status: 200, body: JSON.stringify(select(w, fields)), credits };
		}

		if (path === "/works") {
			const filter = params.get("filter");
			const search = params.get("search");
			let results: Work[] = [...allWorks];
			let credits = 1;
			let relevanceOf: ((w: Work) => Work) | undefined;
			if (search !== null) {
				credits = 10;
				const hits = titles.search(search);
				const scores = new Map(hits.map((h) => [h.w, h.score]));
				results = hits.map((h) => h.w);
				relevanceOf = (w) => ({ relevance_score: Math.round((scores.get(w) ?? 0) * 1000) / 10 });
			}
			if (filter !== null) {
				for (const part of filter.split(",")) {
					const i = part.indexOf(":");
					if (i <= 0) return error400(`Invalid filter: '${part}'. Filters must be of the form name:value`);
					const name = part.slice(0, i).trim();
					const value = part.slice(i + 1);
					if (!FILTERS.has(name)) return error400(`${name} is not a valid field. Valid fields are ${[...FILTERS].join(", ")}`);
					const values = value.split("|");
					if (values.length > 100) return error400("Maximum number of values exceeded for doi. Decrease values to 100 or below, or consider using a different approach.");
					if (name === "doi") {
						const set = new Set(values.map(bareDoi));
						results = results.filter((w) => {
							const d = doiOf.get(w);
							return d !== undefined && set.has(d);
						});
					} else if (name === "openalex" || name === "ids.openalex" || name === "openalex_id") {
						const set = new Set(values.map(shortId));
						results = results.filter((w) => set.has(shortId(String(w.id))));
					} else if (name === "title.search" || name === "display_name.search") {
						credits = 10;
						// Query syntax (server core/search.py): a wildcard on the stemmed field is
						// refused; upper-case NOT excludes the words after it.
						if (value.split(/\s+/).some((w) => w.includes("*") || w.includes("?"))) {
							return error400(`Wildcards (* or ?) require the exact (no-stem) field. "${name}" is stemmed, so the literal text before the wildcard is removed when the work is indexed and the search returns wrong results. Use "${name}.exact" instead.`);
						}
						// Filter syntax (REFERENCE): "|" ORs values within the filter, a leading "!" negates
						// a value (every work whose title does not match it).
						const hits = new Map<Work, number>();
						for (const alternative of values) {
							const negated = alternative.startsWith("!");
							const [wanted, ...excluded] = (negated ? alternative.slice(1) : alternative).split(" NOT ");
							const found = new Map(titles.search(wanted, excluded.join(" ")).map((h) => [h.w, h.score]));
							for (const w of negated ? allWorks.filter((x) => !found.has(x)) : found.keys()) hits.set(w, Math.max(hits.get(w) ?? 0, found.get(w) ?? 0));
						}
						results = results.filter((w) => hits.has(w)).sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0));
						relevanceOf = (w) => ({ relevance_score: Math.round((hits.get(w) ?? 0) * 1000) / 10 });
					} else if (name === "publication_year") {
						results = results.filter((w) => values.includes(String(w.publication_year)));
					} else if (name === "type") {
						results = results.filter((w) => values.includes(String(w.type)));
					} else if (name === "is_retracted") {
						results = results.filter((w) => String(w.is_retracted === true) === value);
					}
				}
				// Filter results come back in no particular order: callers must map them back.
				if (!relevanceOf) results = results.reverse();
			}
			return listAnswer(results, params, fields, credits, relevanceOf);
		}
		return { status: 404, body: HTML_404, credits: 0, html: true };
	}

	function rateHeaders(credits: number): Record<string, string> {
		return {
			"x-ratelimit-limit": String(dailyLimit),
			"x-ratelimit-remaining": String(Math.max(0, budget)),
			"x-ratelimit-credits-used": String(credits),
			"x-ratelimit-reset": String(resetSeconds),
			"x-ratelimit-remaining-usd": (Math.max(0, budget) / 10_000).toFixed(4),
		};
	}

	const server = http.createServer((req, res) => {
		const at = performance.timeOrigin + performance.now();
		const url = new URL(req.url ?? "/", "http://127.0.0.1");
		const entry: RequestLogEntry = {
			at,
			method: req.method ?? "GET",
			url: req.url ?? "/",
			path: url.pathname,
			params: Object.fromEntries(url.searchParams.entries()),
			status: 0,
			fault: null,
			credits: 0,
			headers: { ...req.headers },
		};
		requests.push(entry);
		const hostile = intercept?.(url, req);
		if (hostile !== undefined) {
			answerHostile(hostile, res, entry);
			return;
		}
		const fault = pickFault(url);
		entry.fault = fault;
		const retryAfter = String(faults?.retryAfterSeconds ?? 1);
		const send = (status: number, body: string, headers: Record<string, string>) => {
			entry.status = status;
			const reply = () => {
				if (res.destroyed) return;
				res.writeHead(status, headers);
				res.end(body);
			};
			const delay = (opts.latencyMs ?? 0) + (fault === "slow" ? faults?.slowMs ?? 20_000 : 0);
			if (delay > 0) setTimeout(reply, delay);
			else reply();
		};
		if (fault === "drop") {
			entry.status = -1;
			req.socket.destroy();
			return;
		}
		const a = url.toString().length > 8190 ? { status: 414, body: HTML_404, credits: 0, html: true } : answer(entry.method, url);
		const required = a.credits;
		if (fault === "429-budget" || (a.status < 400 && required > budget)) {
			entry.fault = "429-budget";
			send(429, JSON.stringify({ error: "Rate limit exceeded", message: "Daily credit limit exceeded." }), {
				"content-type": "application/json",
				...rateHeaders(0),
				"x-ratelimit-remaining": String(Math.min(budget, Math.max(0, required - 1))),
				"x-ratelimit-credits-required": String(Math.max(1, required)),
			});
			return;
		}
		if (fault === "429") {
			// In practice a 429 body may be HTML.
			send(429, "<html><body>Too many requests</body></html>", { "content-type": "text/html", "retry-after": retryAfter });
			return;
		}
		if (fault === "500") {
			send(500, JSON.stringify({ error: "Internal server error" }), { "content-type": "application/json" });
			return;
		}
		if (fault === "503") {
			send(503, JSON.stringify({ error: "Service unavailable", message: "Search is busy" }), { "content-type": "application/json", "retry-after": retryAfter });
			return;
		}
		budget -= a.credits;
		entry.credits = a.credits;
		const headers: Record<string, string> = { "content-type": a.html ? "text/html; charset=utf-8" : "application/json", ...(a.headers ?? {}), ...rateHeaders(a.credits) };
		if (fault === "truncated" && a.status === 200) {
			entry.status = 200;
			const body = a.body.slice(0, Math.floor(a.body.length / 2));
			const reply = () => {
				if (res.destroyed) return;
				res.writeHead(200, headers);
				res.end(body);
			};
			if (opts.latencyMs) setTimeout(reply, opts.latencyMs);
			else reply();
			return;
		}
		send(a.status, a.body, headers);
	});
	server.on("connection", (s) => {
		sockets.add(s);
		s.on("close", () => sockets.delete(s));
	});
	server.keepAliveTimeout = 5000;
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		setFaults(f) {
			faults = f;
			sequence = [...(f?.sequence ?? [])];
			random = seededRandom(f?.seed ?? 1);
		},
		setBudget(credits) {
			budget = credits;
		},
		setIntercept(i) {
			intercept = i;
		},
		close() {
			for (const s of sockets) s.destroy();
			return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
		},
	};
}

function answerHostile(a: InterceptAnswer, res: http.ServerResponse, entry: RequestLogEntry): void {
	if (a === "hang") {
		entry.status = -2;
		return;
	}
	entry.status = a.status;
	res.writeHead(a.status, a.headers ?? {});
	if (!("chunks" in a)) {
		res.end(a.body ?? "");
		return;
	}
	// Streamed: one chunk per write, the next only when the client has taken the last one.
	const it = a.chunks()[Symbol.iterator]();
	let sent = 0;
	let finished = false;
	res.on("close", () => a.onClose?.(sent, finished));
	const pump = () => {
		for (;;) {
			if (res.destroyed) return;
			const next = it.next();
			if (next.done) {
				finished = true;
				res.end();
				return;
			}
			sent += next.value.length;
			if (!res.write(next.value)) {
				res.once("drain", pump);
				return;
			}
		}
	};
	pump();
}
