// The daily credit budget as OpenAlex reports it in X-RateLimit-* headers: credits charged per
// call, what is left, when it resets, and telling an exhausted budget (stop the run) from
// per-second throttling (retry). Headers here are lower-cased (see lowerKeys).

/** Price of one call in credits: singletons and autocomplete are free, a list call 1, a search 10. */
export type Cost = 0 | 1 | 10;

export function lowerKeys(h: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = String(v);
	return out;
}

export function numberHeader(v: string | undefined): number | null {
	if (v === undefined || v.trim() === "") return null;
	const n = Number(v);
	return Number.isFinite(n) ? n : null;
}

/** Credits a successful call cost: the header when sent, else the documented price. */
export function creditsCharged(headers: Record<string, string>, cost: Cost): number {
	return numberHeader(headers["x-ratelimit-credits-used"]) ?? cost;
}

/** Credits a failed call cost (a 400 costs a credit): only what the header says. */
export function creditsChargedForFailure(headers: Record<string, string>): number {
	return numberHeader(headers["x-ratelimit-credits-used"]) ?? 0;
}

/** The daily budget resets at midnight UTC: a reset further away than this is not believed. */
const MAX_RESET_SECONDS = 2 * 24 * 60 * 60;

/** X-RateLimit-Reset when it is a plausible number of seconds (0 … 2 days), else null. */
function resetSecondsOf(headers: Record<string, string>): number | null {
	const reset = numberHeader(headers["x-ratelimit-reset"]);
	return reset !== null && reset >= 0 && reset <= MAX_RESET_SECONDS ? reset : null;
}

/** Daily credits left and seconds until the reset, when the answer says. */
export function budgetHeaders(headers: Record<string, string>): { remaining: number | null; resetSeconds: number | null } {
	return { remaining: numberHeader(headers["x-ratelimit-remaining"]), resetSeconds: resetSecondsOf(headers) };
}

/** A 429 that means "no credits left today" rather than "too many requests this second". */
export function isBudgetExhausted(headers: Record<string, string>): boolean {
	const remaining = numberHeader(headers["x-ratelimit-remaining"]);
	const required = numberHeader(headers["x-ratelimit-credits-required"]);
	if (remaining === null) return false;
	if (required !== null) return remaining < required;
	// No "required" header: an empty budget without a Retry-After is not per-second throttling.
	return remaining <= 0 && headers["retry-after"] === undefined;
}

/** When the budget resets: X-RateLimit-Reset seconds from `now` (when plausible), else the next midnight UTC. */
export function budgetResetAt(headers: Record<string, string>, now: number): Date {
	const reset = resetSecondsOf(headers);
	if (reset !== null) return new Date(now + reset * 1000);
	const d = new Date(now);
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
}

export function budgetMessage(resetAt: Date): string {
	return `OpenAlex daily credit budget exhausted; it resets at ${resetAt.toISOString()}. Run again after that (or use an API key).`;
}
