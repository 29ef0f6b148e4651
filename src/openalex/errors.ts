// The one error type of the OpenAlex client: what went wrong (kind), whether the run must stop.

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
	/** 200 with a body that is not the JSON we expect (truncated, a record without content) after all retries. */
	| "invalid_response"
	/** An answer larger than the client reads (MAX_RESPONSE_BYTES): not retried. */
	| "too_large"
	/** A Retry-After longer than the client waits (see maxRetryAfterMs): stop the run. */
	| "wait"
	/** So many attempts in a row got no answer at all (timeouts, dropped connections): stop the run. */
	| "unavailable"
	/** The run's time limit is reached: stop the run. */
	| "time_limit"
	| "aborted";

const FATAL = new Set<OpenAlexErrorKind>(["budget", "auth", "wait", "unavailable", "time_limit", "aborted"]);

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
		return FATAL.has(this.kind);
	}
}

export function abortError(): OpenAlexError {
	return new OpenAlexError("aborted", "Check cancelled");
}
