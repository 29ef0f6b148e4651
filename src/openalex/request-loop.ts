// One logical request to OpenAlex: a paced attempt (rate limiter), a per-attempt timeout, status
// branching (JSON, merged-work redirects, 404, exhausted budget, rejected key), retries with
// exponential back-off and jitter (Retry-After honoured), and the client's request statistics.
// After an exhausted budget or a rejected key every later request fails at once.
import type { Clock } from "../lib/clock";
import type { Transport, TransportResponse } from "./transport";
import { abortError, OpenAlexError } from "./errors";
import type { RateLimiter } from "./rate-limiter";
import { budgetHeaders, budgetMessage, budgetResetAt, creditsCharged, creditsChargedForFailure, isBudgetExhausted, lowerKeys, type Cost } from "./budget";
import { redact, scrubKey } from "./url";

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

export interface RetryPolicy {
	/** Retries after the first attempt for retryable failures. */
	maxRetries: number;
	/** Per-attempt timeout. */
	timeoutMs: number;
	/** First backoff delay; doubles each retry, with jitter. */
	retryBaseMs: number;
	/** Cap for one backoff delay (Retry-After above it is still honoured). */
	maxRetryDelayMs: number;
	random: () => number;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

export class RequestLoop {
	readonly stats: ClientStats = { requests: 0, credits: 0, retries: 0, cacheHits: 0, remainingCredits: null, resetSeconds: null };
	/** Set once the budget is exhausted or the key rejected: every later call fails fast. */
	stopped: OpenAlexError | null = null;

	constructor(
		private readonly transport: Transport,
		private readonly limiter: RateLimiter,
		private readonly clock: Clock,
		private readonly policy: RetryPolicy,
		private readonly apiKey: string | null,
	) {}

	/** Error text that may quote our URL or echo the key: never show the key. */
	scrub(text: string): string {
		return scrubKey(text, this.apiKey);
	}

	/** The JSON answer (an object), or null for a 404 when `nullOn404`. */
	async request(url: string, cost: Cost, signal: AbortSignal | undefined, nullOn404: boolean): Promise<unknown> {
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
				if (res.status >= 300) this.stats.credits += creditsChargedForFailure(headers);
				if (res.status >= 200 && res.status < 300) {
					try {
						const json: unknown = JSON.parse(res.text);
						if (json === null || typeof json !== "object") throw new Error("not an object");
						this.stats.credits += creditsCharged(headers, cost);
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
				} else if (res.status === 429 && isBudgetExhausted(headers)) {
					const resetAt = budgetResetAt(headers, this.clock.now());
					this.stopped = new OpenAlexError("budget", budgetMessage(resetAt), { status: 429, resetAt });
					throw this.stopped;
				} else if (res.status === 401 || res.status === 403) {
					this.stopped = new OpenAlexError("auth", `OpenAlex rejected the API key (${res.status}): ${this.scrub(errorMessageOf(res.text))}`, { status: res.status });
					throw this.stopped;
				} else if (RETRYABLE_STATUS.has(res.status)) {
					retryAfterMs = parseRetryAfter(headers["retry-after"], this.clock.now());
					failure = new OpenAlexError(res.status === 429 ? "throttled" : "server", `OpenAlex answered ${res.status}${res.status === 429 ? " (too many requests)" : ""}`, { status: res.status });
				} else {
					throw new OpenAlexError("bad_request", `OpenAlex answered ${res.status}: ${this.scrub(errorMessageOf(res.text))}`, { status: res.status });
				}
			}
			if (failure.kind === "aborted" || attempt >= this.policy.maxRetries) throw failure;
			this.stats.retries++;
			const { retryBaseMs, maxRetryDelayMs, random } = this.policy;
			const backoff = Math.min(maxRetryDelayMs, retryBaseMs * 2 ** attempt) * (0.5 + random() * 0.5);
			const delay = Math.max(backoff, retryAfterMs ?? 0);
			// Per-second throttling is about all of our requests: pause the whole limiter.
			if (failure.status === 429) this.limiter.pauseUntil(this.clock.now() + delay);
			await this.clock.sleep(delay, signal).catch(() => {
				throw abortError();
			});
		}
	}

	/** One HTTP attempt: waits for an in-flight slot and a rate slot, races the timeout. */
	private async send(url: string, signal: AbortSignal | undefined): Promise<TransportResponse | OpenAlexError> {
		const release = await this.limiter.acquire(signal);
		try {
			if (this.stopped) return this.stopped;
			this.stats.requests++;
			const controller = new AbortController();
			let cancelWatchdog = () => {};
			let onAbort = () => controller.abort();
			// requestUrl cannot be aborted: the race settles even when the transport never does.
			const timeout = new Promise<OpenAlexError>((resolve) => {
				cancelWatchdog = this.clock.watchdog(this.policy.timeoutMs, () => {
					resolve(new OpenAlexError("timeout", `OpenAlex did not answer within ${Math.round(this.policy.timeoutMs / 1000)} s`));
					controller.abort();
				});
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
				cancelWatchdog();
				signal?.removeEventListener("abort", onAbort);
			}
		} finally {
			release();
		}
	}

	private trackBudget(headers: Record<string, string>): void {
		const { remaining, resetSeconds } = budgetHeaders(headers);
		if (remaining !== null) this.stats.remainingCredits = remaining;
		if (resetSeconds !== null) this.stats.resetSeconds = resetSeconds;
	}
}

/** Retry-After: seconds or an HTTP date. */
function parseRetryAfter(v: string | undefined, now: number): number | null {
	if (!v) return null;
	const secs = Number(v);
	if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
	const at = Date.parse(v);
	return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The `message` (or `error`) of a JSON error body, for the user; HTML or empty bodies say nothing. */
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
