// In-memory Vault and MetadataCache. Frontmatter is parsed with the `yaml` library the way
// Obsidian's cache exposes it (a plain object, strings for unquoted dates), independently of the
// plugin's own splice writer, so tests compare two separate readings of a note.
import type * as O from "obsidian";
import { parse as parseYamlText, stringify as stringifyYamlValue } from "yaml";
import { Events } from "./events";

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
	/** Set when the file was deleted (Obsidian keeps stale TFile objects around too). */
	deleted = false;
}

export class TFile extends TAbstractFile {
	stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ");
	p = p.replace(/^\/+|\/+$/g, "");
	return p === "" ? "/" : p;
}

function splitName(path: string): { name: string; basename: string; extension: string; parentPath: string } {
	const slash = path.lastIndexOf("/");
	const name = slash >= 0 ? path.slice(slash + 1) : path;
	const dot = name.lastIndexOf(".");
	return {
		name,
		basename: dot > 0 ? name.slice(0, dot) : name,
		extension: dot > 0 ? name.slice(dot + 1) : "",
		parentPath: slash >= 0 ? path.slice(0, slash) : "/",
	};
}

export class Vault extends Events implements Pick<O.Vault, "configDir" | "getName"> {
	configDir = ".obsidian";
	private files = new Map<string, TFile>();
	private contents = new Map<string, string>();
	private folders = new Map<string, TFolder>();
	private root: TFolder;
	/** Test helper: counts of reads and writes made through the API. */
	readonly counters = { reads: 0, writes: 0, processCalls: 0 };
	private clock = 1_700_000_000_000;

	constructor() {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = "/";
		this.folders.set("/", this.root);
	}

	getName(): string {
		return "test-vault";
	}

	getRoot(): TFolder {
		return this.root;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(normalizePath(path)) ?? null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		const p = normalizePath(path);
		return this.files.get(p) ?? this.folders.get(p) ?? null;
	}

	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].filter((f) => f.extension === "md");
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.folders.values(), ...this.files.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.folders.values()].filter((f) => includeRoot || !f.isRoot());
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.folders.get(path);
		if (existing) return existing;
		const { name, parentPath } = splitName(path);
		const parent = this.ensureFolder(parentPath);
		const folder = new TFolder();
		folder.vault = this;
		folder.path = path;
		folder.name = name;
		folder.parent = parent;
		parent.children.push(folder);
		this.folders.set(path, folder);
		return folder;
	}

	private attach(file: TFile, path: string): void {
		const { name, basename, extension, parentPath } = splitName(path);
		file.path = path;
		file.name = name;
		file.basename = basename;
		file.extension = extension;
		const parent = this.ensureFolder(parentPath);
		file.parent = parent;
		parent.children.push(file);
		this.files.set(path, file);
	}

	private detachFile(file: TFile): void {
		this.files.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
	}

	private store(file: TFile, data: string): void {
		this.contents.set(file.path, data);
		this.clock += 1;
		file.stat = { ctime: file.stat.ctime || this.clock, mtime: this.clock, size: data.length };
	}

	/** Test helper: adds a file without firing events (building a vault before the plugin loads). */
	seed(path: string, data: string): TFile {
		const p = normalizePath(path);
		const file = new TFile();
		file.vault = this;
		this.attach(file, p);
		this.store(file, data);
		this.trigger("__seeded", file, data);
		return file;
	}

	/** Test helper: current text of a path (no read counted), or null. */
	peek(path: string): string | null {
		return this.contents.get(normalizePath(path)) ?? null;
	}

	async create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
		void options;
		const p = normalizePath(path);
		if (this.files.has(p)) throw new Error("File already exists.");
		const file = new TFile();
		file.vault = this;
		this.attach(file, p);
		this.store(file, data);
		this.counters.writes++;
		this.trigger("create", file);
		return file;
	}

	private requireLive(file: TFile): void {
		if (file.deleted || this.files.get(file.path) !== file) throw new Error(`ENOENT: no such file '${file.path}'`);
	}

	async read(file: TFile): Promise<string> {
		this.requireLive(file);
		this.counters.reads++;
		return this.contents.get(file.path) ?? "";
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async modify(file: TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
		void options;
		this.requireLive(file);
		this.write(file, data);
	}

	async append(file: TFile, data: string): Promise<void> {
		this.requireLive(file);
		this.write(file, (this.contents.get(file.path) ?? "") + data);
	}

	async process(file: TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
		void options;
		this.requireLive(file);
		this.counters.processCalls++;
		const before = this.contents.get(file.path) ?? "";
		const after = fn(before);
		if (after !== before) this.write(file, after);
		return after;
	}

	private write(file: TFile, data: string): void {
		this.store(file, data);
		this.counters.writes++;
		this.trigger("modify", file);
	}

	async delete(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile)) throw new Error("Only files can be deleted in the fake vault.");
		this.requireLive(file);
		this.detachFile(file);
		this.contents.delete(file.path);
		file.deleted = true;
		this.trigger("delete", file);
	}

	async trash(file: TAbstractFile): Promise<void> {
		await this.delete(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (!(file instanceof TFile)) throw new Error("Only files can be renamed in the fake vault.");
		this.requireLive(file);
		const p = normalizePath(newPath);
		if (this.files.has(p)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		const data = this.contents.get(oldPath) ?? "";
		this.detachFile(file);
		this.contents.delete(oldPath);
		this.attach(file, p);
		this.contents.set(p, data);
		this.trigger("rename", file, oldPath);
	}

	getResourcePath(file: TFile): string {
		return `app://local/${file.path}`;
	}
}

interface FrontmatterRead {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: O.Pos;
}

const FM_OPEN = /^\uFEFF?---\r?\n/;

/**
 * YAML texts already parsed, with what they gave (undefined: a syntax error). Many tests build a
 * vault from the same fixture corpus, so the same frontmatter is read again and again; parsing was
 * most of those tests' time. Each read still gets its own copy, as each vault its own cache.
 */
const yamlParses = new Map<string, unknown>();

function parsedYaml(yamlText: string): unknown {
	if (!yamlParses.has(yamlText)) {
		let data: unknown;
		try {
			data = parseYamlText(yamlText);
		} catch {
			data = undefined;
		}
		yamlParses.set(yamlText, data);
	}
	const data = yamlParses.get(yamlText);
	return data === null || typeof data !== "object" ? data : structuredClone(data);
}

/** Reads frontmatter like Obsidian's cache: a YAML map between `---` lines, else nothing. */
export function readFrontmatterForCache(text: string): FrontmatterRead {
	const open = FM_OPEN.exec(text);
	if (!open) return {};
	const close = /(^|\r?\n)---[ \t]*(\r?\n|$)/g;
	close.lastIndex = open[0].length - 1;
	const m = close.exec(text);
	if (!m) return {};
	const data = parsedYaml(text.slice(open[0].length, m.index));
	if (data === null || typeof data !== "object" || Array.isArray(data)) return {};
	const endOffset = m.index + m[0].length;
	const endLine = text.slice(0, endOffset).split("\n").length - 1;
	return {
		frontmatter: data as Record<string, unknown>,
		frontmatterPosition: {
			start: { line: 0, col: 0, offset: 0 },
			end: { line: endLine, col: 3, offset: endOffset },
		},
	};
}

const LINK_RE = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]$/;

export class MetadataCache extends Events implements Pick<O.MetadataCache, "resolvedLinks" | "unresolvedLinks"> {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private caches = new Map<string, O.CachedMetadata>();
	/** Test helper: number of getFileCache/getCache calls. */
	lookups = 0;

	constructor(private vault: Vault) {
		super();
		for (const file of vault.getFiles()) this.index(file, vault.peek(file.path) ?? "", false);
		vault.on("__seeded", (file: TFile, data: string) => this.index(file, data, false));
		vault.on("create", (file: TFile) => this.reindex(file));
		vault.on("modify", (file: TFile) => this.reindex(file));
		vault.on("rename", (file: TFile, oldPath: string) => {
			const cache = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (cache) this.caches.set(file.path, cache);
		});
		vault.on("delete", (file: TFile) => {
			const prev = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.trigger("deleted", file, prev);
		});
	}

	/** Files written but not parsed yet (Obsidian parses in a worker and fires "changed" later). */
	private dirty = new Set<TFile>();

	private reindex(file: TFile): void {
		if (file.extension !== "md") return;
		const first = this.dirty.size === 0;
		this.dirty.add(file);
		if (first) setTimeout(() => this.flush(), 0);
	}

	/** Parses pending files, a few milliseconds' worth per turn of the event loop. */
	private flush(): void {
		const start = Date.now();
		for (const file of this.dirty) {
			if (Date.now() - start > 4) {
				setTimeout(() => this.flush(), 0);
				return;
			}
			this.dirty.delete(file);
			if (!file.deleted) this.index(file, this.vault.peek(file.path) ?? "", true);
		}
	}

	/** A read of a file written moments ago sees its new frontmatter (tests need no waiting). */
	private fresh(file: TFile): void {
		if (!this.dirty.delete(file) || file.deleted) return;
		this.index(file, this.vault.peek(file.path) ?? "", true);
	}

	/** Test helper: parse everything pending now. */
	__flush(): void {
		for (const file of [...this.dirty]) this.fresh(file);
	}

	private index(file: TFile, data: string, notify: boolean): void {
		if (file.extension !== "md") return;
		const read = readFrontmatterForCache(data);
		const cache: O.CachedMetadata = {};
		if (read.frontmatter) {
			cache.frontmatter = read.frontmatter;
			cache.frontmatterPosition = read.frontmatterPosition;
			const links: O.FrontmatterLinkCache[] = [];
			for (const [key, value] of Object.entries(read.frontmatter)) {
				const values = Array.isArray(value) ? value : [value];
				values.forEach((v, i) => {
					if (typeof v !== "string") return;
					const m = LINK_RE.exec(v.trim());
					if (!m) return;
					links.push({
						key: Array.isArray(value) ? `${key}.${i}` : key,
						link: m[1],
						original: v,
						displayText: m[2] ?? m[1],
					});
				});
			}
			if (links.length) cache.frontmatterLinks = links;
		}
		this.caches.set(file.path, cache);
		if (notify) this.trigger("changed", file, data, cache);
	}

	getFileCache(file: TFile): O.CachedMetadata | null {
		this.lookups++;
		if (this.dirty.size) this.fresh(file);
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): O.CachedMetadata | null {
		const file = this.vault.getFileByPath(path);
		return file ? this.getFileCache(file) : null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		void sourcePath;
		const target = normalizePath(linkpath);
		const withExt = /\.[a-z0-9]+$/i.test(target) ? target : `${target}.md`;
		const exact = this.vault.getFileByPath(withExt);
		if (exact) return exact;
		const base = withExt.split("/").pop() ?? withExt;
		const candidates = this.vault.getFiles().filter((f) => f.name === base && f.path.endsWith(withExt));
		candidates.sort((a, b) => a.path.length - b.path.length);
		return candidates[0] ?? null;
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const unique = this.vault.getFiles().filter((f) => f.name === file.name).length === 1;
		const text = unique ? file.name : file.path;
		return omitMdExtension && file.extension === "md" ? text.slice(0, -3) : text;
	}
}

export function parseYaml(yaml: string): unknown {
	return parseYamlText(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return stringifyYamlValue(obj);
}
