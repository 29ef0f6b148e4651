// The reverse index page → references, updated per file event. It stores name-keyed candidate
// sets (value name → references, key → pages, link name → pages) and verifies candidates against
// the live link lookup at query time, so a rename or a delete changes only the entries of the file
// itself and answers always reflect the current vault. Pure: the vault is seen only through the
// notes handed in and a link lookup (Obsidian's getFirstLinkpathDest, reduced to a path).
import { Emitter } from "../../lib/emitter";
import { ancestorFolders, baseName, extension, fileName, inFolder, withoutMd } from "../../lib/paths";
import { scanCitations, type PageCitations } from "./citations";
import { resolveCitedIn, type CitedInDestination, type CitedInLookup, type ResolvedCitedIn } from "./resolution";
import { CITATION_KEY_FIELD, readCitationKey } from "../citation-key";
import { isCitableNote } from "../reference";
import { lookupName, readAliases, readCitedIn, valueName, type CitedInTarget } from "./values";

/** The settings the index reads notes by: which notes are references, and their keys. */
export interface CitedInIndexSettings {
	/** Frontmatter key holding the list of citing pages (default `cited_in`). */
	citedInKey: string;
	/** Frontmatter key holding the citation key (default `citation_key`). */
	citationKeyField: string;
	/** When set, only notes whose `type` equals it are references (ReferenceRecognition). */
	typeValue?: string;
}

export const DEFAULT_CITED_IN_INDEX_SETTINGS: CitedInIndexSettings = { citedInKey: "cited_in", citationKeyField: CITATION_KEY_FIELD };

/** Extensions scanned for citations: Markdown plus Quarto and R Markdown sources. */
const DEFAULT_PAGE_EXTENSIONS = ["md", "qmd", "rmd"];

/** One note or page as handed to the index. */
export interface IndexedNote {
	path: string;
	frontmatter?: Record<string, unknown> | null;
	/** Page text to scan for citations; undefined keeps what was scanned before. */
	text?: string | null;
}

export interface CitedInIndexOptions extends CitedInIndexSettings {
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
	/** Lookup name of the file's basename. */
	basenameKey: string;
	aliases: string[];
	isReference: boolean;
	/** The citation key of a reference note (null for other notes). */
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

export function byPath(a: string, b: string): number {
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
	private readonly changes = new Emitter<string[]>();
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

	/** Calls `fn` with the changed paths after each update; returns an unsubscribe function. */
	onChange(fn: (paths: string[]) => void): () => void {
		return this.changes.on(fn);
	}

	private notify(paths: string[]): void {
		this.version++;
		this.changes.emit(paths);
	}

	isPage(path: string): boolean {
		return this.pageExtensions.has(extension(path));
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
		return [...this.notes.keys()].filter((p) => inFolder(p, folder));
	}

	/** A folder was renamed: move every entry under it (per-file rename events then find nothing to do). */
	renameFolder(oldPath: string, newPath: string): void {
		const moved = this.pathsIn(oldPath);
		for (const p of moved) {
			const entry = this.notes.get(p)!;
			const to = newPath + p.slice(oldPath.length);
			this.remove(p, false);
			this.insert({ ...entry, path: to, basenameKey: lookupName(baseName(to)) });
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
		this.insert({ ...entry, path: newPath, basenameKey: lookupName(baseName(newPath)) });
		this.notify([oldPath, newPath]);
	}

	private add(note: IndexedNote, keepCitations?: PageCitations): void {
		const fm = note.frontmatter ?? null;
		const citations = note.text !== undefined && note.text !== null && this.isPage(note.path) ? scanCitations(note.text) : (keepCitations ?? null);
		const aliases = readAliases(fm);
		const citedIn = readCitedIn(fm, this.options.citedInKey);
		const { citationKeyField, typeValue } = this.options;
		// Recognized by core/reference.ts and keyed by core/citation-key.ts, as for the checks, the status bar and the panel.
		const isReference = fm !== null && isCitableNote(fm, { citationKeyField, typeValue });
		this.insert({
			path: note.path,
			basenameKey: lookupName(baseName(note.path)),
			aliases,
			isReference,
			citationKey: isReference ? readCitationKey(fm, citationKeyField) : null,
			citedIn,
			citations,
			aliasKeys: unique(aliases.map(lookupName)),
			valueNames: unique(citedIn.map(valueName)),
			linkNames: citations ? unique(citations.links.map((l) => lookupName(withoutMd(fileName(l))))) : [],
		});
	}

	private insert(e: NoteEntry): void {
		this.notes.set(e.path, e);
		for (let slash = e.path.lastIndexOf("/"); slash > 0; slash = e.path.lastIndexOf("/", slash - 1)) {
			const folder = e.path.slice(0, slash);
			const n = this.folderFiles.get(folder) ?? 0;
			this.folderFiles.set(folder, n + 1);
			if (n === 0) addTo(this.foldersByName, lookupName(fileName(folder)), folder);
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
				removeFrom(this.foldersByName, lookupName(fileName(folder)), folder);
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
		return [...(this.notesByAlias.get(lookupName(alias)) ?? EMPTY)];
	}
	isFolder(path: string): boolean {
		return this.folderFiles.has(path);
	}
	foldersNamed(name: string): string[] {
		return [...(this.foldersByName.get(lookupName(name)) ?? EMPTY)];
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

	/** Whether citations may name the note as a reference (isCitableNote under the index's settings). */
	isReference(path: string): boolean {
		return this.notes.get(path)?.isReference ?? false;
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
		for (const name of [e.basenameKey, ...e.aliasKeys]) {
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
			if (targetEntry?.aliases.some((a) => lookupName(a) === lookupName(l))) return true;
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
			if (destination.kind === "folder") citingPages = citing.filter((p) => inFolder(p, destination.folder));
			else if (destination.kind === "note") citingPages = citing.filter((p) => p === destination.path);
			return { target, destination, citingPages };
		});
	}

	/** Citation keys used in pages that no reference note carries, with the pages using each, by key. */
	unknownKeys(): Array<{ key: string; pages: string[] }> {
		const out: Array<{ key: string; pages: string[] }> = [];
		for (const [key, pages] of this.pagesByKey) {
			if ((this.refsByKey.get(key)?.length ?? 0) === 0) out.push({ key, pages: [...pages].sort(byPath) });
		}
		return out.sort((a, b) => byPath(a.key, b.key));
	}

	/** Reference notes, in path order. */
	references(): string[] {
		const out: string[] = [];
		for (const [path, e] of this.notes) if (e.isReference) out.push(path);
		return out.sort(byPath);
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
		const names = new Set<string>([lookupName(baseName(pagePath)), ...folders.map((f) => lookupName(fileName(f)))]);
		if (e) for (const a of e.aliasKeys) names.add(a);
		for (const name of names) {
			for (const ref of this.refsByValueName.get(name) ?? EMPTY) {
				const entry = this.notes.get(ref);
				if (!entry) continue;
				for (const t of entry.citedIn) {
					if (valueName(t) !== name) continue;
					const d = this.resolve(t, ref);
					if (d.kind === "note" && d.path === pagePath) mark(ref, "cited_in");
					else if (d.kind === "folder" && inFolder(pagePath, d.folder)) mark(ref, "folder");
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
