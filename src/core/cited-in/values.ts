// `cited_in` values as written in a reference note's frontmatter (`name`, `path/to/note`,
// `[[link]]`, `[[link#h|alias]]`), the note's aliases, and the names they are looked up by. Pure.
// (The citation key is read by core/citation-key.ts, the one reader.)
import { fileName, withoutMd } from "../../lib/paths";

/** One `cited_in` value, parsed. */
export interface CitedInTarget {
	/** The value as written (trimmed). */
	raw: string;
	/** What to look up: the link path without `[[ ]]`, alias, subpath or trailing slash. */
	linkpath: string;
	/** Text to show: the wikilink alias, else the link path. */
	display: string;
	/** Written as `[[…]]`: resolved like an Obsidian link first. */
	isLink: boolean;
}

const WIKILINK = /^!?\[\[([^\]]*)\]\]$/;

/** Parses one `cited_in` value (`name`, `path/to/note`, `[[link]]`, `[[link#h|alias]]`); null when empty or not text. */
export function parseCitedInValue(value: unknown): CitedInTarget | null {
	if (typeof value !== "string" && typeof value !== "number") return null;
	const raw = String(value).trim();
	if (raw === "") return null;
	let inner = raw;
	let alias: string | null = null;
	const wiki = WIKILINK.exec(raw);
	if (wiki) {
		inner = wiki[1];
		const bar = inner.indexOf("|");
		if (bar >= 0) {
			alias = inner.slice(bar + 1).trim() || null;
			inner = inner.slice(0, bar);
		}
		const hash = inner.indexOf("#");
		if (hash >= 0) inner = inner.slice(0, hash);
	}
	const linkpath = inner.trim().replace(/\/+$/, "").replace(/^\/+/, "");
	if (linkpath === "") return null;
	return { raw, linkpath, display: alias ?? linkpath, isLink: wiki !== null };
}

/** The parsed `cited_in` values of a frontmatter (a list, or a single string). */
export function readCitedIn(fm: Record<string, unknown> | null | undefined, key: string): CitedInTarget[] {
	const value = fm?.[key];
	if (value === undefined || value === null) return [];
	const list = Array.isArray(value) ? (value as unknown[]) : [value];
	const out: CitedInTarget[] = [];
	for (const v of list) {
		const t = parseCitedInValue(v);
		if (t) out.push(t);
	}
	return out;
}

/** The note's aliases (`aliases` or `alias`, a list or one string), trimmed. */
export function readAliases(fm: Record<string, unknown> | null | undefined): string[] {
	const v = fm?.aliases ?? fm?.alias;
	const list = Array.isArray(v) ? (v as unknown[]) : typeof v === "string" ? [v] : [];
	return list.filter((a): a is string => typeof a === "string" && a.trim() !== "").map((a) => a.trim());
}

const ASCII = /^[ -~]*$/;

/** Case- and Unicode-form-insensitive name used for all name lookups (like Obsidian's links). */
export function lookupName(s: string): string {
	// NFC only matters outside ASCII; skipping it keeps index builds fast.
	return ASCII.test(s) ? s.toLowerCase() : s.normalize("NFC").toLowerCase();
}

/** The name a value can match: the last path segment, without `.md`. */
export function valueName(target: CitedInTarget): string {
	return lookupName(withoutMd(fileName(target.linkpath)));
}
