// The panel's entries, kept by the plugin from start-up (in time slices, off the critical path)
// and updated note by note as notes change, get renamed or deleted and runs report, so opening
// the panel only renders. Views subscribe to changes; the index holds no view.
import { Emitter } from "../lib/emitter";
import { Component, TFile, type App, type TAbstractFile } from "obsidian";
import { panelEntry, PanelModel, type PanelEntry } from "./model";
import { DuplicateIndex, duplicateLabel, workKeys } from "../core/duplicates";
import { noteVerdict, type NoteVerdict } from "../core/verdict";
import type { Reference } from "../core/types";
import type { ReferenceCheckServices, StatusSignal } from "../plugin/services";
import { SLICE_MS } from "../lib/time-slicer";
import { cachedReference } from "../plugin/note-store";
import { yieldToUi } from "../plugin/yield-to-ui";

type IndexOptions = { now: Date; staleDays: number };

interface JudgedNote {
	file: TFile;
	reference: Reference;
	frontmatter: Record<string, unknown>;
	error: string | null;
	verdict: NoteVerdict;
}

export class PanelIndex extends Component {
	readonly model = new PanelModel();
	/** Reference notes by the work they resolve to: notes sharing one are listed as duplicates. */
	private duplicateIndex = new DuplicateIndex();
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
		// A reference note that is one of several for one work says so in the status bar.
		this.register(this.services.addStatusSignal((file) => this.duplicateSignal(file.path)));
		this.register(this.onChange(() => this.services.refreshStatus()));
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
			const duplicates = new DuplicateIndex();
			const references: JudgedNote[] = [];
			let sliceStart = Date.now();
			// Two passes: the notes' work keys first, so each entry knows its duplicates.
			for (let pass = 0; pass < 2; pass++) {
				const list = pass === 0 ? files : references;
				for (let i = 0; i < list.length; i++) {
					if ((i & 63) === 0 && Date.now() - sliceStart > SLICE_MS) {
						await yieldToUi();
						if (id !== this.buildId) return;
						sliceStart = Date.now();
					}
					if (pass === 0) {
						const judged = this.judge(files[i], opts);
						if (!judged) continue;
						references.push(judged);
						duplicates.set(judged.file.path, workKeys(judged.reference, judged.verdict));
					} else {
						const e = this.entryOf(references[i], opts, duplicates);
						if (e) entries.push(e);
					}
				}
			}
			if (id !== this.buildId) return;
			this.duplicateIndex = duplicates;
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

	private duplicateSignal(path: string): StatusSignal | null {
		const set = this.duplicateIndex.setOf(path);
		if (set.length < 2) return null;
		const others = set.filter((p) => p !== path);
		return {
			kind: "duplicate",
			label: duplicateLabel(set.length),
			detail: `${others.length} other reference note${others.length === 1 ? " resolves" : "s resolve"} to the same OpenAlex work or DOI: ${others.join(", ")}.`,
		};
	}

	/** The notes for the same work as `path`, `path` included, in path order (fewer than two: none). */
	duplicatesOf(path: string): string[] {
		return this.duplicateIndex.setOf(path);
	}

	/** Every set of two or more notes for one work. */
	duplicateSets(): string[][] {
		return this.duplicateIndex.sets();
	}

	/**
	 * Re-reads one note (changed, checked, renamed in; deleted when `file` is null), and the notes
	 * that were or now are its duplicates (their entries name it).
	 */
	updatePath(path: string, file: TFile | null = this.app.vault.getFileByPath(path), notify = true): void {
		if (this.building) this.changedDuringBuild.add(path);
		if (!this.ready) return;
		const before = this.duplicateIndex.setOf(path);
		const opts = { now: new Date(), staleDays: this.services.settings().staleDays };
		const judged = file ? this.judge(file, opts) : null;
		this.duplicateIndex.set(path, judged ? workKeys(judged.reference, judged.verdict) : []);
		const after = this.duplicateIndex.setOf(path);
		let changed = this.setEntry(path, judged ? this.entryOf(judged, opts, this.duplicateIndex) : null);
		if (before.join("\n") !== after.join("\n")) {
			for (const other of new Set([...before, ...after])) {
				if (other !== path) changed = this.updateEntry(other, this.app.vault.getFileByPath(other), opts) || changed;
			}
		}
		if (changed && notify) this.emit();
	}

	private updateEntry(path: string, file: TFile | null, opts: IndexOptions): boolean {
		const judged = file ? this.judge(file, opts) : null;
		return this.setEntry(path, judged ? this.entryOf(judged, opts, this.duplicateIndex) : null);
	}

	private setEntry(path: string, entry: PanelEntry | null): boolean {
		if (entry === null && this.model.get(path) === null) return false;
		this.model.update(path, entry);
		return true;
	}

	/** A reference note read from the metadata cache and judged once (its duplicate keys and its entry both need the verdict). */
	private judge(file: TFile, opts: IndexOptions): JudgedNote | null {
		const found = cachedReference(file, this.app.metadataCache, this.services.settings());
		if (!found) return null;
		const error = this.services.runs.errorFor(file.path);
		const verdict = noteVerdict(found.frontmatter, { staleDays: opts.staleDays, now: opts.now, error, reference: found.reference });
		return { file, reference: found.reference, frontmatter: found.frontmatter, error, verdict };
	}

	private entryOf(n: JudgedNote, opts: IndexOptions, duplicates: DuplicateIndex): PanelEntry | null {
		return panelEntry({ path: n.file.path, reference: n.reference, frontmatter: n.frontmatter, error: n.error, duplicates: duplicates.setOf(n.file.path), verdict: n.verdict }, opts);
	}

	private emit(): void {
		this.changes.emit();
	}
}
