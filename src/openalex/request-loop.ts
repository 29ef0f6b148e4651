// One logical request to OpenAlex: a paced attempt (rate limiter), a per-attempt timeout, status
// branching (JSON, redirects by our own same-origin rule, 404, exhausted budget, rejected key),
// retries with exponential back-off and jitter (Retry-After honoured up to a cap), and the client's
// request statistics. Some failures stop the whole run, after which every later request fails at
// once: an exhausted budget, a rejected key, a Retry-After beyond the cap, many attempts in a row
// without any answer (the circuit breaker), and the run's time limit.
import type { Clock } from "../lib/clock";
import { durationText } from "../lib/duration";
import { ResponseTooLarge, type Transport, type TransportResponse } from "./transport";
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
	/** Cap for one backoff delay (Retry-After above it is still honoured, up to maxRetryAfterMs). */
	maxRetryDelayMs: number;
	/** The longest Retry-After waited for; a longer one stops the run, naming until when. */
	maxRetryAfterMs: number;
	/** Attempts in a row without an answer (timeout, network error) that stop the run. */
	maxConsecutiveFailures: number;
	/** The run's time limit (ms from the client's creation on its clock), null for none. */
	timeLimitMs: number | null;
	random: () => number;
}

/** Checks a parsed answer's content: a reason it is unusable (retried like a truncated answer), or null. */
export type AnswerCheck = (json: object) => string | null;

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/**
 * Failures that mean OpenAlex is not answering at all (counted by the circuit breaker). A 5xx is an
 * answer: OpenAlex fails some requests for a broken record again and again while it answers the
 * rest, and those failures stay errors of their notes.
 */
const NO_ANSWER = new Set(["timeout", "network"]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

export class RequestLoop {
	readonly stats: ClientStats = { requests: 0, credits: 0, retries: 0, cacheHits: 0, remainingCredits: null, resetSeconds: null };
	/** Set once the run must stop (budget, key, wait, outage, time limit): every later call fails fast. */
	stopped: OpenAlexError | null = null;
	private consecutiveFailures = 0;
	private readonly deadline: number | null;

	constructor(
		private readonly transport: Transport,
		private readonly limiter: RateLimiter,
		private readonly clock: Clock,
		private readonly policy: RetryPolicy,
		private readonly apiKey: string | null,
	) {
		this.deadline = policy.timeLimitMs === null ? null : clock.now() + policy.timeLimitMs;
	}

	/** Error text that may quote our URL or echo the key: never show the key. */
	scrub(text: string): string {
		return scrubKey(text, this.apiKey);
	}

	/**
	 * The JSON answer (an object), or null for a 404 when `nullOn404`. `check` may declare a parsed
	 * answer unusable (a record without content): retried, then reported as invalid.
	 */
	async request(url: string, cost: Cost, signal: AbortSignal | undefined, nullOn404: boolean, check?: AnswerCheck): Promise<unknown> {
		let current = url;
		let redirects = 0;
		for (let attempt = 0; ; attempt++) {
			if (this.stopped) throw this.stopped;
			if (signal?.aborted) throw abortError();
			if (this.deadline !== null && this.clock.now() >= this.deadline) throw this.stop(this.timeLimitError());
			let failure: OpenAlexError;
			let retryAfterMs: number | null = null;
			const res = await this.send(current, signal);
			if (res instanceof OpenAlexError) {
				failure = res;
			} else {
				// An answer, whatever it says: OpenAlex is there.
				this.consecutiveFailures = 0;
				const headers = lowerKeys(res.headers);
				this.trackBudget(headers);
				// Some failures are charged too (a 400 costs a credit): trust the header when sent.
				if (res.status >= 300) this.stats.credits += creditsChargedForFailure(headers);
				if (res.status >= 200 && res.status < 300) {
					const answer = parseAnswer(res.text, check);
					if (typeof answer !== "string") {
						this.stats.credits += creditsCharged(headers, cost);
						return answer;
					}
					failure = new OpenAlexError("invalid_response", answer, { status: res.status });
				} else if (REDIRECT_STATUS.has(res.status) && headers.location && redirects < MAX_REDIRECTS) {
					// Redirects are ours to follow (the CLI's fetch does not follow them): a 301 for a
					// merged work goes to the surviving one (not a retry), but only on the same origin
					// (no other host, no downgrade to http: the key is in the query) and keeping our
					// query (select, key).
					redirects++;
					const from = new URL(current);
					let to: URL;
					try {
						to = new URL(headers.location, current);
					} catch {
						throw new OpenAlexError("bad_request", "OpenAlex redirected to an address that is not a URL; not followed", { status: res.status });
					}
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
					throw this.stop(new OpenAlexError("budget", budgetMessage(resetAt), { status: 429, resetAt }));
				} else if (res.status === 401 || res.status === 403) {
					throw this.stop(new OpenAlexError("auth", `OpenAlex rejected the API key (${res.status}): ${this.scrub(errorMessageOf(res.text))}`, { status: res.status }));
				} else if (RETRYABLE_STATUS.has(res.status)) {
					retryAfterMs = parseRetryAfter(headers["retry-after"], this.clock.now());
					if (retryAfterMs !== null && retryAfterMs > this.policy.maxRetryAfterMs) throw this.stop(this.waitError(retryAfterMs, res.status));
					failure = new OpenAlexError(res.status === 429 ? "throttled" : "server", `OpenAlex answered ${res.status}${res.status === 429 ? " (too many requests)" : ""}`, { status: res.status });
				} else {
					throw new OpenAlexError("bad_request", `OpenAlex answered ${res.status}: ${this.scrub(errorMessageOf(res.text))}`, { status: res.status });
				}
			}
			if (failure.kind === "aborted" || failure.kind === "too_large") throw failure;
			if (NO_ANSWER.has(failure.kind) && ++this.consecutiveFailures >= this.policy.maxConsecutiveFailures) throw this.stop(this.outageError(failure));
			if (attempt >= this.policy.maxRetries) throw failure;
			this.stats.retries++;
			const { retryBaseMs, maxRetryDelayMs, random } = this.policy;
			const backoff = Math.min(maxRetryDelayMs, retryBaseMs * 2 ** attempt) * (0.5 + random() * 0.5);
			let delay = Math.max(backoff, retryAfterMs ?? 0);
			// Never sleep past the time limit (the next turn of the loop stops there).
			if (this.deadline !== null) delay = Math.max(0, Math.min(delay, this.deadline - this.clock.now()));
			// Per-second throttling is about all of our requests: pause the whole limiter.
			if (failure.status === 429) this.limiter.pauseUntil(this.clock.now() + delay);
			await this.clock.sleep(delay, signal).catch(() => {
				throw abortError();
			});
		}
	}

	/** Stops the run: this error is thrown now and by every later request. The first reason wins. */
	private stop(e: OpenAlexError): OpenAlexError {
		this.stopped ??= e;
		return this.stopped;
	}

	private waitError(ms: number, status: number): OpenAlexError {
		const until = this.clock.now() + ms;
		const when = Number.isFinite(until) && until < 8.64e15 ? ` (until ${new Date(until).toISOString()})` : "";
		const most = durationText(this.policy.maxRetryAfterMs / 1000);
		return new OpenAlexError("wait", `OpenAlex asked to wait ${durationText(ms / 1000)}${when} before the next request (answer ${status}); the run stopped, since it waits at most ${most}. Run again after that.`, { status });
	}

	private outageError(last: OpenAlexError): OpenAlexError {
		return new OpenAlexError("unavailable", `OpenAlex did not answer ${this.consecutiveFailures} requests in a row (last: ${last.message}); the run stopped. Try again later.`);
	}

	private timeLimitError(): OpenAlexError {
		return new OpenAlexError("time_limit", `The run reached its time limit of ${durationText((this.policy.timeLimitMs ?? 0) / 1000)}; the notes not checked yet are checked by the next run.`);
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
				(e: unknown) => {
					if (signal?.aborted) return abortError();
					if (e instanceof ResponseTooLarge) return new OpenAlexError("too_large", e.message);
					return new OpenAlexError("network", `Network error: ${this.scrub(e instanceof Error ? e.message : String(e))}`);
				},
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

/** A 2xx body: the JSON object, or why it is unusable. */
function parseAnswer(text: string, check: AnswerCheck | undefined): object | string {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return `OpenAlex sent an unreadable response (${text.length} bytes)`;
	}
	if (json === null || typeof json !== "object") return `OpenAlex sent an unreadable response (${text.length} bytes)`;
	return check?.(json) ?? json;
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
