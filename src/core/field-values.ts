// Reading one frontmatter value the way every reader of a note needs it: the first key that holds
// text, a wikilink or tag reduced to the name it shows, and the CSL variables Zotero keeps in Extra.
import { isMissing } from "./normalize";

/** The first of `keys` that holds text (a string, a number, a list's first string), trimmed; null when none does ("null", "" and the like are missing). */
export function firstText(fm: Record<string, unknown>, ...keys: string[]): string | null {
	for (const k of keys) {
		const v = fm[k];
		if (typeof v === "number" && Number.isFinite(v)) return String(v);
		if (typeof v === "string" && !isMissing(v)) return v.trim();
		if (Array.isArray(v) && v.length > 0 && typeof v[0] === "string" && !isMissing(v[0])) return v[0].trim();
	}
	return null;
}

/**
 * "[[People/John Smith|John Smith]]" → "John Smith": Zotero templates link author pages, and people
 * link a title or journal to its own note. "#person/John_Smith" → "John Smith": a tag names a person
 * with underscores for spaces.
 */
export function unlink(s: string): string {
	if (s.startsWith("#")) return /^#[^\s#]+$/.test(s) ? (s.split("/").pop() ?? s).replace(/^#/, "").replace(/_+/g, " ").trim() : s;
	const m = /^\[\[([^|\]]+)(?:\|([^\]]+))?\]\]$/.exec(s);
	if (!m) return s;
	return (m[2] ?? m[1].split("/").pop() ?? m[1]).trim();
}

/**
 * The CSL variables Zotero keeps in its Extra field, one "name: value" a line ("original-date:
 * 1962", "Original Date: 1962", "original-title: …"), by extraKey of the name.
 */
export type ExtraFields = ReadonlyMap<string, string>;

/** What a note without an Extra field holds there (one map for all of them). */
export const NO_EXTRA: ExtraFields = new Map();

export function extraKey(name: string): string {
	return name.toLowerCase().replace(/[\s_-]+/g, "");
}

export function readExtra(fm: Record<string, unknown>): ExtraFields {
	const extra = fm.extra ?? fm.Extra;
	if (typeof extra !== "string") return NO_EXTRA;
	const fields = new Map<string, string>();
	for (const line of extra.split(/\r?\n/)) {
		const field = extraLine(line);
		if (field && !fields.has(extraKey(field.name))) fields.set(extraKey(field.name), field.value);
	}
	return fields;
}

/**
 * "name: value" as /^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$/ reads it (name and value
 * trimmed, split at the first colon), found without the pattern: it tried every split of a long run
 * of spaces in the name or the value, seconds on 20,000 spaces. A value of spaces alone is none
 * (the pattern kept one of its spaces).
 */
function extraLine(line: string): { name: string; value: string } | null {
	const colon = line.indexOf(":");
	if (colon < 0) return null;
	const name = line.slice(0, colon).trim();
	const value = line.slice(colon + 1).trim();
	if (!/^[A-Za-z][A-Za-z _-]*$/.test(name) || value === "" || /[\n\r\u2028\u2029]/.test(value)) return null;
	return { name, value };
}
