// The panel's entries, kept by the plugin from start-up (in time slices, off the critical path)
// and updated note by note as notes change, get renamed or deleted and runs report, so opening
// the panel only renders. Views subscribe to changes; the index holds no view.
import { Emitter } from "../lib/emitter";
import { Component, TFile, type App, type TAbstractFile } from "obsidian";
import { panelEntry, PanelModel, type PanelEntry } from "./model";
import type { ReferenceCheckServices } from "../plugin/services";
import { SLICE_MS } from "../lib/time-slicer";
import { cachedReference } from "../plugin/note-store";
import { yieldToUi } from "../plugin/yield-to-ui";

export class PanelIndex extends Component {
	readonly model = new PanelModel();
	private readonly changes = new Emitter();
	private ready = false;
	private building: Promise<void> | null = null;
	private buildId = 0;
	/** Notes that changed while a build was running (re-read when it ends). */
	private readonly changedDuringBuild = new Set<string>();

	constructor(
		private readonly app: App,
		private readonly services: ReferenceCheckServices,
	) {
		super();
	}

	get isReady(): boolean {
		return this.ready;
	}

	onload(): void {
		const { vault, metadataCache } = this.app;
		const runs = this.services.runs;
		this.registerEvent(metadataCache.on("changed", (file) => this.updatePath(file.path, file)));
		this.registerEvent(
			vault.on("rename", (file: TAbstractFile, oldPath: string) => {
				this.updatePath(oldPath, null);
				if (file instanceof TFile) this.updatePath(file.path, file);
			}),
		);
		this.registerEvent(vault.on("delete", (file: TAbstractFile) => this.updatePath(file.path, null)));
		this.register(runs.onResult((path) => this.updatePath(path)));
		this.register(
			runs.onFinished(() => {
				// The run controller keeps errors per note: notes that gained or lost one change group.
				const paths = new Set<string>(runs.errors().keys());
				for (const row of this.model.rows()) if (row.kind === "entry" && row.entry.error) paths.add(row.entry.path);
				for (const p of paths) this.updatePath(p);
			}),
		);
		this.register(this.services.onSettingsChange(() => void this.rebuild()));
		this.app.workspace.onLayoutReady(() => void this.rebuild());
	}

	/** Calls `cb` after every change of the entries. Returns an unsubscribe function. */
	onChange(cb: () => void): () => void {
		return this.changes.on(cb);
	}

	/** Resolves when the entries are built (at once when they are). */
	whenReady(): Promise<void> {
		return this.ready ? Promise.resolve() : (this.building ?? this.rebuild());
	}

	/** Reads every reference note's cached frontmatter again, a few milliseconds at a time. */
	rebuild(): Promise<void> {
		const id = ++this.buildId;
		this.building = (async () => {
			const opts = { now: new Date(), staleDays: this.services.settings().staleDays };
			const entries: PanelEntry[] = [];
			const files = this.app.vault.getMarkdownFiles();
			let sliceStart = Date.now();
			for (let i = 0; i < files.length; i++) {
				if ((i & 63) === 0 && Date.now() - sliceStart > SLICE_MS) {
					await yieldToUi();
					if (id !== this.buildId) return;
					sliceStart = Date.now();
				}
				const e = this.entryFor(files[i], opts);
				if (e) entries.push(e);
			}
			if (id !== this.buildId) return;
			this.model.setAll(entries);
			this.ready = true;
			this.building = null;
			const changed = [...this.changedDuringBuild];
			this.changedDuringBuild.clear();
			for (const p of changed) this.updatePath(p, this.app.vault.getFileByPath(p), false);
			this.emit();
		})();
		return this.building;
	}

	/** Re-reads one note (changed, checked, renamed in; deleted when `file` is null). */
	updatePath(path: string, file: TFile | null = this.app.vault.getFileByPath(path), notify = true): void {
		if (this.building) this.changedDuringBuild.add(path);
		if (!this.ready) return;
		const entry = file ? this.entryFor(file, { now: new Date(), staleDays: this.services.settings().staleDays }) : null;
		if (entry === null && this.model.get(path) === null) return;
		this.model.update(path, entry);
		if (notify) this.emit();
	}

	private entryFor(file: TFile, opts: { now: Date; staleDays: number }): PanelEntry | null {
		const found = cachedReference(file, this.app.metadataCache, this.services.settings());
		if (!found) return null;
		return panelEntry({ path: file.path, reference: found.reference, frontmatter: found.frontmatter, error: this.services.runs.errorFor(file.path) }, opts);
	}

	private emit(): void {
		this.changes.emit();
	}
}
