// Keeps the cited_in index (core/cited-in/reverse-index.ts) current with the vault: built once the
// layout is ready (frontmatter from the metadata cache, page text from cachedRead, in batches),
// then updated per event: metadata `changed` (text and frontmatter of one note), `create`/`modify`
// of Quarto and R Markdown pages (not in the metadata cache), `rename` and `delete`. No rebuild
// per event.
import { Emitter } from "../lib/emitter";
import { TFile, TFolder, type App, type CachedMetadata, type Component, type TAbstractFile } from "obsidian";
import { CitedInIndex, type CitedInIndexSettings, type IndexedNote } from "../core/cited-in/reverse-index";

/** Files read concurrently while building. */
const READ_BATCH = 100;

export class CitedInIndexService {
	private current: CitedInIndex;
	private readonly changes = new Emitter();
	private unsubscribeIndex: () => void = () => {};
	private generation = 0;
	/** Paths an event updated during the current build: the build's older read must not win. */
	private touched = new Set<string>();
	/** Resolves when the latest build has read every file. */
	ready: Promise<void> = Promise.resolve();

	constructor(
		private readonly app: App,
		private settings: CitedInIndexSettings,
	) {
		this.current = this.emptyIndex();
		this.follow(this.current);
	}

	get index(): CitedInIndex {
		return this.current;
	}

	/** Called after any index change (debounce in views). Returns an unsubscribe function. */
	onChange(cb: () => void): () => void {
		return this.changes.on(cb);
	}

	private emptyIndex(): CitedInIndex {
		const cache = this.app.metadataCache;
		return new CitedInIndex({
			...this.settings,
			resolveLinkpath: (linkpath, sourcePath) => cache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null,
		});
	}

	private follow(index: CitedInIndex): void {
		this.unsubscribeIndex();
		this.unsubscribeIndex = index.onChange(() => this.changes.emit());
	}

	/**
	 * Once the layout is ready: registers the vault events on `component` and builds the index.
	 * Not before: Obsidian fires `create` for every file while it loads the vault.
	 */
	start(component: Component): void {
		component.register(() => this.unsubscribeIndex());
		this.app.workspace.onLayoutReady(() => {
			this.listen(component);
			void this.rebuild();
		});
	}

	private listen(component: Component): void {
		const { vault, metadataCache } = this.app;
		component.registerEvent(
			metadataCache.on("changed", (file: TFile, data: string, cache: CachedMetadata) => {
				this.touched.add(file.path);
				this.current.upsert({ path: file.path, frontmatter: cache.frontmatter ?? null, text: this.current.isPage(file.path) ? data : null });
			}),
		);
		component.registerEvent(
			vault.on("create", (file: TAbstractFile) => {
				if (!(file instanceof TFile)) return;
				this.touched.add(file.path);
				// Markdown notes arrive through `changed`; other pages are read here.
				if (file.extension === "md" || !this.current.isPage(file.path)) this.current.upsert({ path: file.path, frontmatter: null, text: undefined });
				else void this.readInto(file);
			}),
		);
		component.registerEvent(
			vault.on("modify", (file: TAbstractFile) => {
				if (!(file instanceof TFile) || file.extension === "md" || !this.current.isPage(file.path)) return;
				this.touched.add(file.path);
				void this.readInto(file);
			}),
		);
		component.registerEvent(
			vault.on("rename", (file: TAbstractFile, oldPath: string) => {
				this.touched.add(oldPath);
				this.touched.add(file.path);
				if (file instanceof TFolder) this.current.renameFolder(oldPath, file.path);
				else this.current.rename(oldPath, file.path);
			}),
		);
		component.registerEvent(
			vault.on("delete", (file: TAbstractFile) => {
				if (file instanceof TFolder) this.current.deleteFolder(file.path);
				else this.current.delete(file.path);
			}),
		);
	}

	/** Builds a fresh index (start-up, or the settings it reads notes by changed). */
	rebuild(settings: CitedInIndexSettings = this.settings): Promise<void> {
		this.settings = settings;
		const generation = ++this.generation;
		this.touched.clear();
		const index = this.emptyIndex();
		this.current = index;
		this.follow(index);
		this.ready = this.fill(index, generation);
		return this.ready;
	}

	private async fill(index: CitedInIndex, generation: number): Promise<void> {
		const files = this.app.vault.getFiles();
		// Frontmatter first, in one go: "Cited in" sections work before all text is read.
		index.upsertMany(files.map((f) => ({ path: f.path, frontmatter: this.frontmatterOf(f), text: undefined })));
		const pages = files.filter((f) => index.isPage(f.path));
		for (let i = 0; i < pages.length; i += READ_BATCH) {
			const batch = pages.slice(i, i + READ_BATCH);
			const notes = await Promise.all(batch.map((f) => this.noteOf(f)));
			if (generation !== this.generation) return;
			// A file changed, renamed or deleted while it was read is skipped: its event already updated the index.
			index.upsertMany(notes.filter((n): n is IndexedNote => n !== null && !this.touched.has(n.path) && this.app.vault.getFileByPath(n.path) !== null && index.has(n.path)));
		}
	}

	private frontmatterOf(file: TFile): Record<string, unknown> | null {
		return file.extension === "md" ? (this.app.metadataCache.getFileCache(file)?.frontmatter ?? null) : null;
	}

	private async noteOf(file: TFile): Promise<IndexedNote | null> {
		try {
			return { path: file.path, frontmatter: this.frontmatterOf(file), text: await this.app.vault.cachedRead(file) };
		} catch {
			return null;
		}
	}

	private async readInto(file: TFile): Promise<void> {
		const note = await this.noteOf(file);
		if (note && this.app.vault.getFileByPath(note.path) === file) this.current.upsert(note);
	}
}
