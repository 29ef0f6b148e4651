// `cited_in` both ways: resolve a reference note's `cited_in` values to notes or folders, scan
// pages for Pandoc citations (`[@key]`, `[@a; @b]`, `@key`) and links, and keep a reverse index
// page → references that is updated per file event. Pure: the vault is seen only through the
// notes handed in and a link lookup (Obsidian's getFirstLinkpathDest, reduced to a path).
//
// The index stores name-keyed candidate sets (value name → references, key → pages, link name →
// pages) and verifies candidates against the live link lookup at query time. So a rename or a
// delete changes only the entries of the file itself, and answers always reflect the current vault.

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

export type CitedInDestination =
	| { kind: "note"; path: string }
	| { kind: "folder"; folder: string; note: string | null }
	| { kind: "unresolved"; reason: string };

export interface ResolvedCitedIn {
	target: CitedInTarget;
	destination: CitedInDestination;
}

/** What resolution needs to know about the vault. */
export interface CitedInLookup {
	/** Obsidian's link resolution (basename, path, path suffix) → file path, or null. */
	resolveLinkpath(linkpath: string, sourcePath: string): string | null;
	/** Notes that list `alias` (compared case-insensitively) in their aliases. */
	notesWithAlias(alias: string): string[];
	isFolder(path: string): boolean;
	/** Folder paths whose last segment is `name` (case-insensitive). */
	foldersNamed(name: string): string[];
	fileExists(path: string): boolean;
}

export interface CitedInFieldNames {
	/** Frontmatter key holding the list of citing pages (default `cited_in`). */
	citedInKey: string;
	/** Frontmatter key holding the citation key (default `citation_key`). */
	citationKeyField: string;
}

export const DEFAULT_CITED_IN_FIELDS: CitedInFieldNames = { citedInKey: "cited_in", citationKeyField: "citation_key" };

/** Other spellings of the citation key field seen in the wild, read after the configured one. */
const CITATION_KEY_FALLBACKS = ["citation_key", "citekey", "citeKey", "citation-key", "id"];

/** File names that act as a folder's note, besides `<folder>/<folder>.md`. */
const FOLDER_NOTE_NAMES = ["index.md", "README.md", "readme.md", "Index.md"];

/** Extensions scanned for citations: Markdown plus Quarto and R Markdown sources. */
export const DEFAULT_PAGE_EXTENSIONS = ["md", "qmd", "rmd"];

// ---------------------------------------------------------------------------------------------
// Values

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

/** The citation key of a reference note: the configured field, then the usual spellings. */
export function readCitationKey(fm: Record<string, unknown> | null | undefined, field: string): string | null {
	if (!fm) return null;
	for (const k of [field, ...CITATION_KEY_FALLBACKS]) {
		const v = fm[k];
		if ((typeof v === "string" || typeof v === "number") && String(v).trim() !== "" && String(v).trim() !== "null") {
			return String(v).trim().replace(/^@/, "");
		}
	}
	return null;
}

function readAliases(fm: Record<string, unknown> | null | undefined): string[] {
	const v = fm?.aliases ?? fm?.alias;
	const list = Array.isArray(v) ? (v as unknown[]) : typeof v === "string" ? [v] : [];
	return list.filter((a): a is string => typeof a === "string" && a.trim() !== "").map((a) => a.trim());
}

const ASCII = /^[ -~]*$/;

/** Case- and Unicode-form-insensitive name used for all name lookups (like Obsidian's links). */
export function nameKey(s: string): string {
	// NFC only matters outside ASCII; skipping it keeps index builds fast.
	return ASCII.test(s) ? s.toLowerCase() : s.normalize("NFC").toLowerCase();
}

function lastSegment(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(slash + 1) : path;
}

function stripMd(name: string): string {
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** The name a value can match: the last path segment, without `.md`. */
function valueName(target: CitedInTarget): string {
	return nameKey(stripMd(lastSegment(target.linkpath)));
}

export function parentFolder(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

function basenameOf(path: string): string {
	const name = lastSegment(path);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

function extensionOf(path: string): string {
	const name = lastSegment(path);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Folder paths containing `path`, innermost first ("a/b/c.md" → ["a/b", "a"]). */
export function ancestorFolders(path: string): string[] {
	const out: string[] = [];
	for (let p = parentFolder(path); p !== ""; p = parentFolder(p)) out.push(p);
	return out;
}

export function isInside(path: string, folder: string): boolean {
	return folder === "" || path.startsWith(folder + "/");
}

// ---------------------------------------------------------------------------------------------
// Resolution

/** The folder note of `folder`: `folder/<name>.md`, `folder/index.md` or `folder/README.md`. */
export function folderNote(folder: string, lookup: Pick<CitedInLookup, "fileExists">): string | null {
	const name = lastSegment(folder);
	for (const file of [`${name}.md`, ...FOLDER_NOTE_NAMES]) {
		const p = `${folder}/${file}`;
		if (lookup.fileExists(p)) return p;
	}
	return null;
}

function folderOfNote(notePath: string, valueNameKey: string): string | null {
	const folder = parentFolder(notePath);
	if (folder === "" || nameKey(lastSegment(folder)) !== valueNameKey) return null;
	const base = lastSegment(notePath);
	const isFolderNote = nameKey(basenameOf(notePath)) === valueNameKey || FOLDER_NOTE_NAMES.some((n) => n.toLowerCase() === base.toLowerCase());
	return isFolderNote ? folder : null;
}

/**
 * Where a `cited_in` value points, never throwing. A plain value that is an exact path (note or
 * folder) means that path: `data-leverage-blogs` is the root folder even when some other folder
 * holds a note of that name. Then Obsidian's link resolution (first for `[[…]]` values), aliases,
 * and folders by name. A folder note found by name also means its folder.
 */
export function resolveCitedIn(target: CitedInTarget, sourcePath: string, lookup: CitedInLookup): CitedInDestination {
	const name = valueName(target);
	const lp = target.linkpath;
	const asNote = (file: string): CitedInDestination => {
		const folder = folderOfNote(file, name);
		return folder ? { kind: "folder", folder, note: file } : { kind: "note", path: file };
	};
	const asFolder = (folder: string): CitedInDestination => ({ kind: "folder", folder, note: folderNote(folder, lookup) });
	if (!target.isLink) {
		const exact = [lp, `${lp}.md`].find((p) => lookup.fileExists(p));
		if (exact) return asNote(exact);
		if (lookup.isFolder(lp)) return asFolder(lp);
	}
	let file: string | null = null;
	try {
		file = lookup.resolveLinkpath(lp, sourcePath);
	} catch {
		file = null;
	}
	if (file) return asNote(file);
	const aliased = lookup.notesWithAlias(lp).sort();
	if (aliased.length > 0) return { kind: "note", path: aliased[0] };
	if (lookup.isFolder(lp)) return asFolder(lp);
	// Several folders with that name: the one nearest the vault root, then alphabetical.
	const named = lookup.foldersNamed(lastSegment(lp)).filter((f) => !lp.includes("/") || f.endsWith("/" + lp));
	named.sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0));
	if (named.length > 0) return asFolder(named[0]);
	return { kind: "unresolved", reason: `No note, alias or folder named "${lp}"` };
}

// ---------------------------------------------------------------------------------------------
// Citation scanning

export interface PageCitations {
	/** Pandoc citation keys, in order of first appearance, without duplicates. */
	keys: string[];
	/** Link paths of wikilinks, embeds and relative Markdown links, without duplicates. */
	links: string[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE = /(`+)[^`\n]*?\1/g;
const COMMENTS = /<!--[\s\S]*?-->|%%[\s\S]*?%%/g;
// Pandoc: a key starts with a letter, digit or `_`; internal punctuation `:.#$%&-+?<>~/` is
// allowed only when followed by a key character. `@{…}` keeps anything but braces and spaces.
const KEY_AT = /\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/uy;
/** Before an in-text `@key`: not a word, e-mail, URL or bracket character. */
const NOT_BEFORE_IN_TEXT = /[\p{L}\p{N}_@.:/\-+\][]/u;
const BEFORE_IN_BRACKET = /[\s;-]/;
const MD_LINK = /\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** `text` with every match of `re` after `from` replaced by spaces (newlines kept, offsets unchanged). */
function blankMatches(text: string, re: RegExp, from: number): string {
	re.lastIndex = from;
	const parts: string[] = [];
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const end = m.index + m[0].length;
		if (end === m.index) {
			re.lastIndex++;
			continue;
		}
		parts.push(text.slice(last, m.index), m[0].includes("\n") ? m[0].replace(/[^\n]/g, " ") : " ".repeat(m[0].length));
		last = end;
	}
	if (parts.length === 0) return text;
	parts.push(text.slice(last));
	return parts.join("");
}

/**
 * The text to scan and where prose starts: frontmatter is skipped by offset; code and comments,
 * when present, are blanked (newlines kept) so nothing inside them is read.
 */
function proseOf(text: string): { body: string; from: number } {
	const fm = FRONTMATTER.exec(text);
	const from = fm ? fm[0].length : 0;
	const hasCode = text.includes("`", from) || text.includes("~~~", from);
	const hasComment = text.includes("<!--", from) || text.includes("%%", from);
	if (!hasCode && !hasComment) return { body: text, from };
	let body = text;
	if (hasCode) body = blankMatches(blankMatches(body, FENCE, from), INLINE_CODE, from);
	if (hasComment) body = blankMatches(body, COMMENTS, from);
	return { body, from };
}

function keyAt(text: string, pos: number): string | null {
	KEY_AT.lastIndex = pos;
	const m = KEY_AT.exec(text);
	return m ? (m[1] ?? m[2]) : null;
}

const OPEN = 91; // [
const CLOSE = 93; // ]
const NEWLINE = 10;

/** The `[`…`]` on the same line around `pos` with no other bracket between, or null. */
function enclosingBracket(text: string, pos: number): [number, number] | null {
	let b = pos - 1;
	let c = 0;
	while (b >= 0 && (c = text.charCodeAt(b)) !== OPEN && c !== CLOSE && c !== NEWLINE) b--;
	if (b < 0 || c !== OPEN) return null;
	let f = pos + 1;
	while (f < text.length && (c = text.charCodeAt(f)) !== CLOSE && c !== OPEN && c !== NEWLINE) f++;
	return f < text.length && c === CLOSE ? [b, f] : null;
}

/** `[[…]]` and `![[…]]` spans (as the WIKI pattern matches them), found with indexOf. */
function wikilinks(body: string, from: number, take: (start: number, end: number, inner: string) => void): void {
	let lastEnd = 0;
	for (let i = body.indexOf("[[", from); i >= 0; i = body.indexOf("[[", i + 1)) {
		if (i < lastEnd) continue;
		const close = body.indexOf("]", i + 2);
		if (close < 0) return;
		if (close === i + 2 || body.charCodeAt(close + 1) !== CLOSE) continue;
		const nl = body.indexOf("\n", i + 2);
		if (nl >= 0 && nl < close) continue;
		lastEnd = close + 2;
		take(i - 1 >= from && body.charCodeAt(i - 1) === 33 /* ! */ ? i - 1 : i, lastEnd, body.slice(i + 2, close));
	}
}

/** `[text](target "title")` links (as the MD_LINK pattern matches them), found from each `](`. */
function markdownLinks(body: string, from: number, take: (start: number, end: number, href: string) => void): void {
	let lastEnd = from;
	for (let j = body.indexOf("](", from); j >= 0; j = body.indexOf("](", j + 2)) {
		// The leftmost `[` after the last `]` or newline before j.
		let b = j - 1;
		let start = -1;
		let c = 0;
		while (b >= lastEnd && (c = body.charCodeAt(b)) !== CLOSE && c !== NEWLINE) {
			if (c === OPEN) start = b;
			b--;
		}
		if (start < 0) continue;
		MD_LINK.lastIndex = start;
		const m = MD_LINK.exec(body);
		if (!m || m.index !== start) continue;
		lastEnd = start + m[0].length;
		take(start, lastEnd, m[1]);
		j = lastEnd - 2;
	}
}

/**
 * Pandoc citations and internal links in a page's text. Walks the `@` positions (indexOf) rather
 * than rewriting the whole text several times: a vault's worth of pages is scanned at start-up.
 */
export function scanCitations(text: string): PageCitations {
	const hasAt = text.includes("@");
	const hasWiki = text.includes("[[");
	const hasMdLink = text.includes("](");
	if (!hasAt && !hasWiki && !hasMdLink) return { keys: [], links: [] };
	// Arrays, not Sets: a page has few keys and links, and a vault has many pages.
	const add = (list: string[], item: string) => {
		if (!list.includes(item)) list.push(item);
	};
	const { body, from } = proseOf(text);
	const links: string[] = [];
	// Link spans: an @ inside [[…]] or [text](url) is not a citation.
	const linkSpans: Array<[number, number]> = [];
	if (hasWiki) {
		wikilinks(body, from, (start, end, inner) => {
			linkSpans.push([start, end]);
			let cut = inner.length;
			const bar = inner.indexOf("|");
			if (bar >= 0) cut = bar;
			const hash = inner.indexOf("#");
			if (hash >= 0 && hash < cut) cut = hash;
			const lp = inner.slice(0, cut).trim();
			if (lp) add(links, lp);
		});
	}
	if (hasMdLink) markdownLinks(body, from, (start, end, href) => {
		linkSpans.push([start, end]);
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) return;
		let lp = href.split("#")[0];
		try {
			lp = decodeURIComponent(lp);
		} catch {
			// keep the raw text
		}
		if (lp) add(links, lp.replace(/^\.\//, ""));
	});
	const keys: string[] = [];
	if (hasAt) {
		const inLink = (pos: number) => linkSpans.some(([s, e]) => pos >= s && pos < e);
		// Text right after a link or a bracketed citation reads as after a space.
		const afterLink = (pos: number) => linkSpans.some(([, e]) => e === pos);
		let bracketEnd = -1;
		for (let at = body.indexOf("@", from); at >= 0; at = body.indexOf("@", at + 1)) {
			const bracket = enclosingBracket(body, at);
			let cites: boolean;
			if (bracket && body[bracket[0] - 1] !== "[" && body[bracket[1] + 1] !== "]" && body[bracket[1] + 1] !== "(") {
				cites = at === bracket[0] + 1 || BEFORE_IN_BRACKET.test(body[at - 1]);
				bracketEnd = bracket[1];
			} else {
				cites = (at === 0 || at - 1 === bracketEnd || afterLink(at) || !NOT_BEFORE_IN_TEXT.test(body[at - 1])) && !inLink(at);
			}
			const key = cites ? keyAt(body, at + 1) : null;
			if (key) add(keys, key);
		}
	}
	return { keys, links };
}

// ---------------------------------------------------------------------------------------------
// Index

/** One note or page as handed to the index. */
export interface IndexedNote {
	path: string;
	frontmatter?: Record<string, unknown> | null;
	/** Page text to scan for citations; undefined keeps what was scanned before. */
	text?: string | null;
}

export interface CitedInIndexOptions extends CitedInFieldNames {
	resolveLinkpath(linkpath: string, sourcePath: string): string | null;
	/** Extensions whose text is scanned for citations (lower case, no dot). */
	pageExtensions?: string[];
}

/** How a reference is tied to a page. */
export type CitationVia = "cited_in" | "folder" | "citation" | "link";

export interface PageReference {
	/** The reference note's path. */
	path: string;
	citationKey: string | null;
	via: CitationVia[];
}

export interface PageCitationReport {
	references: PageReference[];
	/** Citation keys in the page with no reference note in the vault. */
	unknownKeys: string[];
}

export interface CitedInEntry extends ResolvedCitedIn {
	/** For folders: pages inside that cite this reference (by key or link); for notes, the note if it does. */
	citingPages: string[];
}

interface NoteEntry {
	path: string;
	nameKey: string;
	aliases: string[];
	citationKey: string | null;
	citedIn: CitedInTarget[];
	citations: PageCitations | null;
	/** Lookup names, deduplicated: aliases, `cited_in` value names, link names. */
	aliasKeys: string[];
	valueNames: string[];
	linkNames: string[];
}

// Multi-maps as arrays: far cheaper to build than Sets for a vault's worth of entries. Each entry
// adds a value at most once per key (names are deduplicated per note), so removal takes one out.
function addTo(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function removeFrom(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (!list) return;
	const i = list.indexOf(value);
	if (i < 0) return;
	list[i] = list[list.length - 1];
	list.pop();
	if (list.length === 0) map.delete(key);
}

function unique(xs: string[]): string[] {
	if (xs.length < 2) return xs;
	const out: string[] = [];
	for (const x of xs) if (!out.includes(x)) out.push(x);
	return out;
}

function byPath(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const EMPTY: readonly string[] = [];

export class CitedInIndex implements CitedInLookup {
	private notes = new Map<string, NoteEntry>();
	/** Number of indexed files under each folder path (a folder exists while it has files). */
	private folderFiles = new Map<string, number>();
	private foldersByName = new Map<string, string[]>();
	private notesByAlias = new Map<string, string[]>();
	/** Reference notes by the name their `cited_in` values can match. */
	private refsByValueName = new Map<string, string[]>();
	private refsByKey = new Map<string, string[]>();
	private pagesByKey = new Map<string, string[]>();
	/** Pages by the last segment of each link path in their text. */
	private pagesByLinkName = new Map<string, string[]>();
	private listeners = new Set<(paths: string[]) => void>();
	private pageExtensions: Set<string>;
	/** Bumped on every change, so views can tell whether to re-render. */
	version = 0;

	constructor(private options: CitedInIndexOptions) {
		this.pageExtensions = new Set((options.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS).map((e) => e.toLowerCase()));
	}

	static build(notes: Iterable<IndexedNote>, options: CitedInIndexOptions): CitedInIndex {
		const index = new CitedInIndex(options);
		for (const n of notes) index.add(n);
		return index;
	}

	get fields(): CitedInFieldNames {
		return { citedInKey: this.options.citedInKey, citationKeyField: this.options.citationKeyField };
	}

	/** Calls `fn` with the changed paths after each update; returns an unsubscribe function. */
	onChange(fn: (paths: string[]) => void): () => void {
		this.listeners.add(fn);
		return () => this.listeners.delete(fn);
	}

	private notify(paths: string[]): void {
		this.version++;
		for (const fn of [...this.listeners]) fn(paths);
	}

	isPage(path: string): boolean {
		return this.pageExtensions.has(extensionOf(path));
	}

	/** Adds or replaces a file's entry (frontmatter changed, text changed or both). */
	upsert(note: IndexedNote): void {
		this.upsertMany([note]);
	}

	/** Adds or replaces many entries with one change notification (start-up, rebuilds). */
	upsertMany(notes: Iterable<IndexedNote>): void {
		const paths: string[] = [];
		for (const note of notes) {
			const previous = this.notes.get(note.path);
			const text = note.text === undefined ? previous?.citations : undefined;
			this.remove(note.path, false);
			this.add(note, text ?? undefined);
			paths.push(note.path);
		}
		if (paths.length) this.notify(paths);
	}

	/** Forgets a deleted file. */
	delete(path: string): void {
		if (this.notes.has(path)) this.remove(path, true);
	}

	/** Files under `folder` (recursive). */
	pathsIn(folder: string): string[] {
		return [...this.notes.keys()].filter((p) => isInside(p, folder));
	}

	/** A folder was renamed: move every entry under it (per-file rename events then find nothing to do). */
	renameFolder(oldPath: string, newPath: string): void {
		const moved = this.pathsIn(oldPath);
		for (const p of moved) {
			const entry = this.notes.get(p)!;
			const to = newPath + p.slice(oldPath.length);
			this.remove(p, false);
			this.insert({ ...entry, path: to, nameKey: nameKey(basenameOf(to)) });
		}
		if (moved.length) this.notify(moved.flatMap((p) => [p, newPath + p.slice(oldPath.length)]));
	}

	/** A folder was deleted: forget everything under it. */
	deleteFolder(path: string): void {
		const gone = this.pathsIn(path);
		for (const p of gone) this.remove(p, false);
		if (gone.length) this.notify(gone);
	}

	/** Moves a file's entry; its content is unchanged so nothing is rescanned. */
	rename(oldPath: string, newPath: string): void {
		const entry = this.notes.get(oldPath);
		if (!entry) return;
		this.remove(oldPath, false);
		this.insert({ ...entry, path: newPath, nameKey: nameKey(basenameOf(newPath)) });
		this.notify([oldPath, newPath]);
	}

	private add(note: IndexedNote, keepCitations?: PageCitations): void {
		const fm = note.frontmatter ?? null;
		const citations = note.text !== undefined && note.text !== null && this.isPage(note.path) ? scanCitations(note.text) : (keepCitations ?? null);
		const aliases = readAliases(fm);
		const citedIn = readCitedIn(fm, this.options.citedInKey);
		this.insert({
			path: note.path,
			nameKey: nameKey(basenameOf(note.path)),
			aliases,
			citationKey: readCitationKey(fm, this.options.citationKeyField),
			citedIn,
			citations,
			aliasKeys: unique(aliases.map(nameKey)),
			valueNames: unique(citedIn.map(valueName)),
			linkNames: citations ? unique(citations.links.map((l) => nameKey(stripMd(lastSegment(l))))) : [],
		});
	}

	private insert(e: NoteEntry): void {
		this.notes.set(e.path, e);
		for (let slash = e.path.lastIndexOf("/"); slash > 0; slash = e.path.lastIndexOf("/", slash - 1)) {
			const folder = e.path.slice(0, slash);
			const n = this.folderFiles.get(folder) ?? 0;
			this.folderFiles.set(folder, n + 1);
			if (n === 0) addTo(this.foldersByName, nameKey(lastSegment(folder)), folder);
		}
		for (const a of e.aliasKeys) addTo(this.notesByAlias, a, e.path);
		for (const v of e.valueNames) addTo(this.refsByValueName, v, e.path);
		if (e.citationKey) addTo(this.refsByKey, e.citationKey, e.path);
		if (e.citations) for (const k of e.citations.keys) addTo(this.pagesByKey, k, e.path);
		for (const l of e.linkNames) addTo(this.pagesByLinkName, l, e.path);
	}

	private remove(path: string, notify: boolean): void {
		const e = this.notes.get(path);
		if (!e) return;
		this.notes.delete(path);
		for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
			const folder = path.slice(0, slash);
			const n = (this.folderFiles.get(folder) ?? 1) - 1;
			if (n > 0) this.folderFiles.set(folder, n);
			else {
				this.folderFiles.delete(folder);
				removeFrom(this.foldersByName, nameKey(lastSegment(folder)), folder);
			}
		}
		for (const a of e.aliasKeys) removeFrom(this.notesByAlias, a, path);
		for (const v of e.valueNames) removeFrom(this.refsByValueName, v, path);
		if (e.citationKey) removeFrom(this.refsByKey, e.citationKey, path);
		if (e.citations) for (const k of e.citations.keys) removeFrom(this.pagesByKey, k, path);
		for (const l of e.linkNames) removeFrom(this.pagesByLinkName, l, path);
		if (notify) this.notify([path]);
	}

	// ---- CitedInLookup over the indexed files

	resolveLinkpath(linkpath: string, sourcePath: string): string | null {
		return this.options.resolveLinkpath(linkpath, sourcePath);
	}
	notesWithAlias(alias: string): string[] {
		return [...(this.notesByAlias.get(nameKey(alias)) ?? EMPTY)];
	}
	isFolder(path: string): boolean {
		return this.folderFiles.has(path);
	}
	foldersNamed(name: string): string[] {
		return [...(this.foldersByName.get(nameKey(name)) ?? EMPTY)];
	}
	fileExists(path: string): boolean {
		return this.notes.has(path);
	}

	// ---- Queries

	has(path: string): boolean {
		return this.notes.has(path);
	}

	paths(): IterableIterator<string> {
		return this.notes.keys();
	}

	/** A reference is a note with a citation key or a `cited_in` list. */
	isReference(path: string): boolean {
		const e = this.notes.get(path);
		return !!e && (e.citationKey !== null || e.citedIn.length > 0);
	}

	citationKeyOf(path: string): string | null {
		return this.notes.get(path)?.citationKey ?? null;
	}

	citedInOf(path: string): CitedInTarget[] {
		return this.notes.get(path)?.citedIn ?? [];
	}

	citationsOf(path: string): PageCitations | null {
		return this.notes.get(path)?.citations ?? null;
	}

	resolve(target: CitedInTarget, sourcePath: string): CitedInDestination {
		return resolveCitedIn(target, sourcePath, this);
	}

	/** Pages that cite the reference at `refPath`: by its key, or by a link that resolves to it. */
	pagesCiting(refPath: string): string[] {
		const e = this.notes.get(refPath);
		if (!e) return [];
		const pages = new Set<string>(e.citationKey ? (this.pagesByKey.get(e.citationKey) ?? EMPTY) : EMPTY);
		for (const name of [e.nameKey, ...e.aliasKeys]) {
			for (const page of this.pagesByLinkName.get(name) ?? EMPTY) {
				if (pages.has(page) || page === refPath) continue;
				if (this.linksTo(page, refPath)) pages.add(page);
			}
		}
		pages.delete(refPath);
		return [...pages].sort(byPath);
	}

	private linksTo(page: string, target: string): boolean {
		const links = this.notes.get(page)?.citations?.links ?? [];
		const targetEntry = this.notes.get(target);
		for (const l of links) {
			if (this.resolveLinkpath(l, page) === target) return true;
			if (targetEntry?.aliases.some((a) => nameKey(a) === nameKey(l))) return true;
		}
		return false;
	}

	/** The reference's `cited_in` values, resolved, with the citing pages inside each folder. */
	citedIn(refPath: string): CitedInEntry[] {
		const e = this.notes.get(refPath);
		if (!e) return [];
		const citing = this.pagesCiting(refPath);
		return e.citedIn.map((target) => {
			const destination = this.resolve(target, refPath);
			let citingPages: string[] = [];
			if (destination.kind === "folder") citingPages = citing.filter((p) => isInside(p, destination.folder));
			else if (destination.kind === "note") citingPages = citing.filter((p) => p === destination.path);
			return { target, destination, citingPages };
		});
	}

	/** References tied to a page: `cited_in` naming it or a folder holding it, its citations and links. */
	referencesOf(pagePath: string): PageCitationReport {
		const e = this.notes.get(pagePath);
		const found = new Map<string, Set<CitationVia>>();
		const mark = (ref: string, via: CitationVia) => {
			if (ref === pagePath) return;
			let s = found.get(ref);
			if (!s) found.set(ref, (s = new Set()));
			s.add(via);
		};
		const folders = ancestorFolders(pagePath);
		const names = new Set<string>([nameKey(basenameOf(pagePath)), ...folders.map((f) => nameKey(lastSegment(f)))]);
		if (e) for (const a of e.aliasKeys) names.add(a);
		for (const name of names) {
			for (const ref of this.refsByValueName.get(name) ?? EMPTY) {
				const entry = this.notes.get(ref);
				if (!entry) continue;
				for (const t of entry.citedIn) {
					if (valueName(t) !== name) continue;
					const d = this.resolve(t, ref);
					if (d.kind === "note" && d.path === pagePath) mark(ref, "cited_in");
					else if (d.kind === "folder" && isInside(pagePath, d.folder)) mark(ref, "folder");
				}
			}
		}
		const unknownKeys: string[] = [];
		for (const key of e?.citations?.keys ?? []) {
			const refs = this.refsByKey.get(key);
			if (!refs || refs.length === 0) unknownKeys.push(key);
			else for (const ref of refs) mark(ref, "citation");
		}
		for (const l of e?.citations?.links ?? []) {
			const target = this.resolveLinkpath(l, pagePath) ?? this.notesWithAlias(l)[0] ?? null;
			if (target && this.isReference(target)) mark(target, "link");
		}
		const order: CitationVia[] = ["citation", "link", "cited_in", "folder"];
		const references = [...found].map(([path, via]) => ({
			path,
			citationKey: this.notes.get(path)?.citationKey ?? null,
			via: order.filter((v) => via.has(v)),
		}));
		references.sort((a, b) => order.indexOf(a.via[0]) - order.indexOf(b.via[0]) || byPath(a.citationKey ?? a.path, b.citationKey ?? b.path));
		return { references, unknownKeys };
	}
}

// ---------------------------------------------------------------------------------------------
// "Update cited_in from citations": the plan

export type CitedInValueStyle = "folder" | "note";

export interface CitedInAddition {
	value: string;
	/** The citing pages this value covers. */
	pages: string[];
}

export interface CitedInRemoval {
	value: string;
	/** Why the value looks stale. */
	reason: string;
}

export interface CitedInPlanItem {
	path: string;
	citationKey: string | null;
	current: string[];
	additions: CitedInAddition[];
	removals: CitedInRemoval[];
}

export interface CitedInPlanOptions {
	style: CitedInValueStyle;
	/** How a note is named in a value (Obsidian's fileToLinktext); default its basename. */
	linktext?: (path: string, sourcePath: string) => string;
}

/**
 * What `cited_in` should gain and lose so each reference names the pages that cite it. A page is
 * covered when a value names it or a folder holding it. In folder style a new value names the
 * shallowest folder of the page that some reference already uses as a value, else the page's
 * top-level folder (a page at the vault root is named as a note). A value is proposed for removal
 * only when it resolves, holds scanned pages, and none of them cites the reference.
 */
export function planCitedInUpdate(index: CitedInIndex, options: CitedInPlanOptions): CitedInPlanItem[] {
	const linktext = options.linktext ?? ((p: string) => stripMd(lastSegment(p)));
	const refs = [...index.paths()].filter((p) => index.isReference(p)).sort(byPath);
	const resolved = new Map<string, Array<{ target: CitedInTarget; destination: CitedInDestination }>>();
	const usedFolders = new Set<string>();
	const scannedFolders = new Set<string>();
	for (const p of index.paths()) if (index.citationsOf(p) !== null) for (const f of ancestorFolders(p)) scannedFolders.add(f);
	for (const ref of refs) {
		const list = index.citedInOf(ref).map((target) => ({ target, destination: index.resolve(target, ref) }));
		resolved.set(ref, list);
		for (const r of list) if (r.destination.kind === "folder") usedFolders.add(r.destination.folder);
	}
	const folderValue = (folder: string): string => (index.foldersNamed(lastSegment(folder)).length === 1 ? lastSegment(folder) : folder);
	const valueFor = (page: string, ref: string): string => {
		const folders = ancestorFolders(page).reverse();
		if (options.style === "note" || folders.length === 0) return linktext(page, ref);
		return folderValue(folders.find((f) => usedFolders.has(f)) ?? folders[0]);
	};
	const out: CitedInPlanItem[] = [];
	for (const ref of refs) {
		const values = resolved.get(ref) ?? [];
		const pages = index.pagesCiting(ref);
		const covers = (page: string) =>
			values.some(({ destination: d }) => (d.kind === "note" && d.path === page) || (d.kind === "folder" && isInside(page, d.folder)));
		const additions = new Map<string, string[]>();
		for (const page of pages) {
			if (covers(page)) continue;
			const v = valueFor(page, ref);
			const list = additions.get(v) ?? [];
			list.push(page);
			additions.set(v, list);
		}
		const removals: CitedInRemoval[] = [];
		for (const { target, destination: d } of values) {
			if (d.kind === "note" && index.isPage(d.path) && !pages.includes(d.path)) {
				removals.push({ value: target.raw, reason: `${d.path} does not cite it` });
			} else if (d.kind === "folder" && scannedFolders.has(d.folder) && !pages.some((p) => isInside(p, d.folder))) {
				removals.push({ value: target.raw, reason: `no page in ${d.folder} cites it` });
			}
		}
		const current = values.map((v) => v.target.raw);
		const addList = [...additions].filter(([v]) => !current.includes(v)).map(([value, p]) => ({ value, pages: p }));
		if (addList.length || removals.length) out.push({ path: ref, citationKey: index.citationKeyOf(ref), current, additions: addList, removals });
	}
	return out;
}

/** The style the vault already uses: folders when at least as many values name folders as notes. */
export function detectValueStyle(index: CitedInIndex): CitedInValueStyle {
	let folders = 0;
	let notes = 0;
	for (const path of index.paths()) {
		for (const t of index.citedInOf(path)) {
			const d = index.resolve(t, path);
			if (d.kind === "folder") folders++;
			else if (d.kind === "note") notes++;
		}
	}
	return notes > folders ? "note" : "folder";
}

/** The new `cited_in` list: `current` minus `remove`, plus `add` (in that order, no duplicates). */
export function applyCitedInChange(current: unknown, add: string[], remove: string[]): string[] {
	const list = Array.isArray(current) ? (current as unknown[]) : current === undefined || current === null ? [] : [current];
	const kept = list
		.filter((v): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
		.map((v) => String(v))
		.filter((v) => !remove.includes(v.trim()));
	for (const a of add) if (!kept.some((v) => v.trim() === a)) kept.push(a);
	return kept;
}
