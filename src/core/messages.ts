// The wording every surface shares (Notices, the status bar, the panel, the settings test): counts
// with their nouns pluralized, times in the reader's own time zone and said the way people say
// them, and who verified a reference named as the note records it. Pure: the locale and time
// zone default to the system's; tests pass fixed ones.
import type { IdentifierKind, ManualVerification } from "./types";

const IDENTIFIER_NAMES: Record<IdentifierKind, string> = { doi: "DOI", arxiv: "arXiv id", openalex: "OpenAlex id", pmid: "PubMed id" };

/** "DOI", "arXiv id", "OpenAlex id": an identifier's kind as every surface names it. */
export function identifierName(kind: IdentifierKind): string {
	return IDENTIFIER_NAMES[kind];
}

export interface MessageOptions {
	/** BCP 47 locale for dates and numbers (default: the system's). */
	locale?: string;
	/** IANA time zone (default: the system's). */
	timeZone?: string;
}

/**
 * `verified_by` the panel's "Mark verified" writes for the person using it (the fixture corpus
 * writes the same for people): only this one is "you".
 */
export const VERIFIED_BY_YOU = "human";

/** "1 credit", "2 credits", "1,234 credits" ("mismatch" → "mismatches"; other plurals passed in). */
export function count(n: number, noun: string, plural?: string, opts: MessageOptions = {}): string {
	const many = plural ?? (/(s|sh|ch|x|z)$/.test(noun) ? `${noun}es` : `${noun}s`);
	return `${n.toLocaleString(opts.locale)} ${n === 1 ? noun : many}`;
}

function dayKey(d: Date, opts: MessageOptions): string {
	return new Intl.DateTimeFormat("en-CA", { timeZone: opts.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

/** A calendar day the way people write it ("30 Dec 2025", or the locale's order), in local time. */
export function formatDay(when: Date | string, opts: MessageOptions = {}): string {
	const d = typeof when === "string" ? new Date(when) : when;
	if (Number.isNaN(d.getTime())) return typeof when === "string" ? when : "an unknown day";
	return new Intl.DateTimeFormat(opts.locale, { timeZone: opts.timeZone, day: "numeric", month: "short", year: "numeric" }).format(d);
}

/** A moment close to `now`: "14:05 today", "02:00 tomorrow", else "3 Mar, 14:05" (local time, no seconds). */
export function formatTime(when: Date, now: Date, opts: MessageOptions = {}): string {
	const clock = new Intl.DateTimeFormat(opts.locale, { timeZone: opts.timeZone, hour: "numeric", minute: "2-digit" }).format(when);
	const day = dayKey(when, opts);
	if (day === dayKey(now, opts)) return `${clock} today`;
	if (day === dayKey(new Date(now.getTime() + 86_400_000), opts)) return `${clock} tomorrow`;
	const date = new Intl.DateTimeFormat(opts.locale, { timeZone: opts.timeZone, day: "numeric", month: "short" }).format(when);
	return `${date}, ${clock}`;
}

/** How long until `when`: "in 5 minutes", "in about 3 hours", "in 2 days"; "now" when past. */
export function timeUntil(when: Date, now: Date): string {
	const minutes = Math.round((when.getTime() - now.getTime()) / 60_000);
	if (minutes < 1) return "now";
	if (minutes < 60) return `in ${count(minutes, "minute")}`;
	const hours = Math.round(minutes / 60);
	if (hours < 36) return `in ${hours === 1 ? "about an hour" : `about ${count(hours, "hour")}`}`;
	return `in ${count(Math.round(hours / 24), "day")}`;
}

/** Who verified, as the note records it: "you" only for what "Mark verified" writes for you. */
export function verifierName(v: ManualVerification): string {
	const by = v.verified_by.trim();
	if (by === "") return "a person";
	return by === VERIFIED_BY_YOU ? "you" : by;
}

/** The status bar's label for a person's verification: "Verified by you", "Verified by agent". */
export function verifiedLabel(v: ManualVerification): string {
	return `Verified by ${verifierName(v)}`;
}

/** "Verified by agent on 28 Dec 2025: the notes" (the day and notes when recorded). */
export function verifiedSentence(v: ManualVerification, opts: MessageOptions = {}): string {
	const on = v.verified_at.trim() === "" ? "" : ` on ${formatDay(v.verified_at, opts)}`;
	const notes = v.notes?.trim() ? `: ${v.notes.trim()}` : "";
	return `${verifiedLabel(v)}${on}${notes}`;
}

/** Said when a run stopped because today's OpenAlex budget is spent: when it renews, what to do. */
export function budgetExhausted(resetAt: Date, now: Date, opts: MessageOptions = {}): string {
	return `OpenAlex's daily budget is used up; it renews at ${formatTime(resetAt, now, opts)} (${timeUntil(resetAt, now)}). Run again then, or add an API key in the settings for a larger budget.`;
}

/** "1,234 OpenAlex credits left today". */
export function creditsLeft(n: number, opts: MessageOptions = {}): string {
	return `${count(n, "OpenAlex credit", undefined, opts)} left today`;
}

/** A sentence from a message that may or may not end in a full stop (never two). */
export function sentence(text: string): string {
	const t = text.trim();
	return t === "" || /[.!?]$/.test(t) ? t : `${t}.`;
}
