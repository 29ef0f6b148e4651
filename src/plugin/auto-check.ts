// Automatic checks of new and edited reference notes (settings "Check new reference notes" and
// "Check edited reference notes", off until the user turns them on). What is watched, and why:
//
// - Only what happens after start-up: the vault's events are registered once the layout is ready
//   (Obsidian fires `create` for every file while it loads), and a metadata `changed` counts only
//   for a note that a `create`, `modify` or keystroke touched since then, so the metadata cache's
//   initial indexing never starts a check.
// - New: created since start-up, a reference note, no check_log yet (an importer writing
//   `@key.md`, a clipper, a note typed by hand). The first one, while the setting is off, brings a
//   Notice offering to turn it on (once).
// - Edited: its citation fields differ from what its check_log recorded (check-log.ts's
//   `checkedFieldsChanged`), or, for a note never checked, from what it held when it was opened.
// - Typing: `editor-change` with the cursor inside the frontmatter block is a keystroke there; the
//   note waits until its frontmatter has had no keystroke for the typing quiet period.
// - Pace: a quiet period after the last change, batches of up to the runner's batch size, at most
//   the set number of notes a minute (check/auto-queue.ts), all timed on the plugin's clock.
// Checks go through the shared run (one run at a time: an automatic batch waits for a manual run).
// The status bar shows the outcome; a Notice only for major mismatches and retractions.
import { Component, MarkdownView, Notice, TFile, type App, type CachedMetadata, type Editor, type MarkdownFileInfo, type TAbstractFile } from "obsidian";
import type { Clock } from "../lib/clock";
import { Emitter } from "../lib/emitter";
import { AutoCheckQueue, AUTO_QUIET_MS, AUTO_TYPING_QUIET_MS, MINUTE_MS, type AutoReason } from "../check/auto-queue";
import { NOTES_PER_BATCH } from "../check/run";
import { pathAllowed, referenceIn } from "../check/selection";
import { checkedFieldsChanged, needsCheck, readCheckLog } from "../core/check-log";
import { isRecord } from "../lib/guards";
import type { CheckResult, Reference } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";
import type { RunControl, RunSummary } from "./services";

/** What the automatic checks need from the plugin. */
export interface AutoCheckHost {
	settings(): Readonly<ReferenceCheckSettings>;
	saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void>;
	onSettingsChange(cb: (settings: Readonly<ReferenceCheckSettings>) => void): () => void;
	readonly runs: RunControl;
}

/** One automatic batch, as the status bar shows it. */
export interface AutoCheckOutcome {
	summary: RunSummary;
	/** When the batch started, on the plugin's clock. */
	startedAt: number;
	/** The notes of the batch. */
	paths: string[];
	/** Notes checked because they were new / edited. */
	reasons: Record<AutoReason, number>;
	/** Notes that need attention at once (a major mismatch or a retraction), with their titles. */
	urgent: Array<{ path: string; title: string; why: string }>;
}

/** Lines read to find the end of a frontmatter block in the editor. */
const MAX_FRONTMATTER_LINES = 2_000;

/** True when the editor's cursor is inside the note's frontmatter block (its `---` lines included). */
export function cursorInFrontmatter(editor: Pick<Editor, "getCursor" | "getLine" | "lineCount">): boolean {
	if (editor.getLine(0).replace(/^\uFEFF/, "").trimEnd() !== "---") return false;
	const cursor = editor.getCursor().line;
	const last = Math.min(editor.lineCount(), MAX_FRONTMATTER_LINES);
	for (let i = 1; i < last; i++) {
		const line = editor.getLine(i).trimEnd();
		if (line === "---" || line === "...") return cursor <= i;
	}
	// An unclosed block (being typed): the whole note is frontmatter so far.
	return true;
}

function referenceKey(ref: Reference): string {
	return JSON.stringify([ref.title, ref.authors, ref.year, ref.venue, ref.doi, ref.arxivId, ref.entryType]);
}

export class AutoChecker extends Component {
	private readonly queue: AutoCheckQueue;
	/** Notes created since start-up (new until first checked). */
	private readonly created = new Set<string>();
	/** Notes a create, modify or keystroke touched since start-up: their `changed` events count. */
	private readonly touched = new Set<string>();
	/** Citation fields of never-checked notes as they were when opened or last seen changing. */
	private readonly baseline = new Map<string, string>();
	private wake: AbortController | null = null;
	private active = false;
	private outcome: AutoCheckOutcome | null = null;
	private readonly outcomes = new Emitter<AutoCheckOutcome>();
	/** The batch running now (null: none of ours). */
	private running: Promise<RunSummary> | null = null;

	constructor(
		private readonly app: App,
		private readonly host: AutoCheckHost,
		private readonly clock: Clock,
	) {
		super();
		this.queue = new AutoCheckQueue(this.limits());
	}

	private limits() {
		return { quietMs: AUTO_QUIET_MS, typingQuietMs: AUTO_TYPING_QUIET_MS, perWindow: this.host.settings().autoCheckPerMinute, windowMs: MINUTE_MS, batchSize: NOTES_PER_BATCH };
	}

	onload(): void {
		this.register(() => this.wake?.abort());
		this.register(
			this.host.onSettingsChange((s) => {
				this.queue.setLimits(this.limits());
				if (!s.autoCheck) this.stopAll();
				else this.schedule();
			}),
		);
		this.register(this.host.runs.onFinished(() => this.schedule()));
		// Not before the layout is ready: Obsidian fires `create` for every file while it loads the vault.
		this.app.workspace.onLayoutReady(() => this.listen());
	}

	/** Waiting notes (for tests and the settings tab). */
	get waiting(): number {
		return this.queue.size;
	}

	/** The last automatic batch's outcome (null: none yet). */
	lastOutcome(): AutoCheckOutcome | null {
		return this.outcome;
	}

	onOutcome(cb: (outcome: AutoCheckOutcome) => void): () => void {
		return this.outcomes.on(cb);
	}

	/** Turning the setting off: nothing waits, and a batch of ours in flight is cancelled. */
	private stopAll(): void {
		this.queue.clear();
		this.wake?.abort();
		this.wake = null;
		if (this.running) this.host.runs.cancel();
	}

	private listen(): void {
		if (this.active) return;
		this.active = true;
		const { vault, metadataCache, workspace } = this.app;
		this.registerEvent(
			vault.on("create", (file: TAbstractFile) => {
				if (!(file instanceof TFile) || file.extension !== "md") return;
				this.created.add(file.path);
				this.touched.add(file.path);
			}),
		);
		this.registerEvent(
			vault.on("modify", (file: TAbstractFile) => {
				if (file instanceof TFile && file.extension === "md") this.touched.add(file.path);
			}),
		);
		this.registerEvent(vault.on("rename", (file: TAbstractFile, oldPath: string) => this.renamed(oldPath, file.path)));
		this.registerEvent(vault.on("delete", (file: TAbstractFile) => this.forget(file.path)));
		this.registerEvent(metadataCache.on("changed", (file: TFile, _data: string, cache: CachedMetadata) => this.changed(file, cache)));
		this.registerEvent(workspace.on("editor-change", (editor: Editor, info: MarkdownView | MarkdownFileInfo) => this.keystroke(editor, info.file ?? null)));
		this.registerEvent(workspace.on("file-open", (file) => file && this.remember(file)));
		const open = workspace.getActiveFile();
		if (open) this.remember(open);
	}

	private renamed(oldPath: string, newPath: string): void {
		this.queue.rename(oldPath, newPath);
		for (const set of [this.created, this.touched]) {
			if (set.delete(oldPath)) set.add(newPath);
		}
		const base = this.baseline.get(oldPath);
		this.baseline.delete(oldPath);
		if (base !== undefined) this.baseline.set(newPath, base);
	}

	private forget(path: string): void {
		this.queue.remove(path);
		this.created.delete(path);
		this.touched.delete(path);
		this.baseline.delete(path);
	}

	private referenceOf(path: string, frontmatter: Record<string, unknown> | undefined): Reference | null {
		const settings = this.host.settings();
		if (!frontmatter || !path.endsWith(".md") || !pathAllowed(path, settings)) return null;
		return referenceIn(frontmatter, settings);
	}

	/** A note's citation fields as they are before any edit (for notes without a check_log). */
	private remember(file: TFile): void {
		if (this.baseline.has(file.path)) return;
		const fm = this.app.metadataCache.getFileCache(file)?.frontmatter;
		const ref = this.referenceOf(file.path, fm);
		if (ref) this.baseline.set(file.path, referenceKey(ref));
	}

	private keystroke(editor: Editor, file: TFile | null): void {
		if (!file) return;
		this.remember(file);
		this.touched.add(file.path);
		if (!cursorInFrontmatter(editor)) return;
		this.queue.typed(file.path, this.clock.now());
		this.schedule();
	}

	private changed(file: TFile, cache: CachedMetadata): void {
		// The initial index (and anything else nobody touched since start-up) is not a change.
		if (!this.touched.has(file.path)) return;
		const fm = cache.frontmatter;
		const ref = this.referenceOf(file.path, fm);
		if (!ref || !fm) {
			this.queue.remove(file.path);
			return;
		}
		const settings = this.host.settings();
		const log = readCheckLog(fm);
		const isNew = this.created.has(file.path) && log === null;
		const before = this.baseline.get(file.path);
		const key = referenceKey(ref);
		this.baseline.set(file.path, key);
		if (isNew) {
			if (!settings.autoCheck) this.offer();
			else if (settings.autoCheckNew) this.queue.changed(file.path, "new", this.clock.now());
		} else if (settings.autoCheck && settings.autoCheckEdited) {
			// A check_log with recorded local values says what was checked; else what the note held before.
			const edited = log && isRecord(log.fields) ? checkedFieldsChanged(ref, log) : before !== undefined && before !== key;
			if (edited) this.queue.changed(file.path, "edited", this.clock.now());
		}
		this.schedule();
	}

	/** The first new reference note while automatic checks are off: offer them, once. */
	private offer(): void {
		const settings = this.host.settings();
		if (settings.autoCheckOffered) return;
		void this.host.saveSettings({ autoCheckOffered: true });
		const fragment = createFragment();
		fragment.createDiv({ text: "A new reference note appeared. Check new reference notes against OpenAlex automatically?" });
		const buttons = fragment.createDiv({ cls: "reference-check-notice-buttons" });
		const notice = new Notice(fragment, 0);
		const yes = buttons.createEl("button", { cls: "mod-cta", text: "Turn on automatic checks" });
		const no = buttons.createEl("button", { text: "Not now" });
		yes.addEventListener("click", () => {
			notice.hide();
			void this.host.saveSettings({ autoCheck: true, autoCheckNew: true }).then(() => {
				for (const path of this.created) {
					const file = this.app.vault.getFileByPath(path);
					const fm = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
					if (file && this.referenceOf(path, fm) && fm && readCheckLog(fm) === null) this.queue.changed(path, "new", this.clock.now());
				}
				this.schedule();
			});
		});
		no.addEventListener("click", () => notice.hide());
	}

	/** Sleeps until the queue's next due time (replacing any earlier wake-up), then runs a batch. */
	private schedule(): void {
		if (!this.host.settings().autoCheck || this.running) return;
		const now = this.clock.now();
		const at = this.queue.nextWake(now);
		this.wake?.abort();
		this.wake = null;
		if (at === null) return;
		const wake = new AbortController();
		this.wake = wake;
		this.clock.sleep(at - now, wake.signal).then(
			() => {
				if (this.wake === wake) this.wake = null;
				void this.runDue();
			},
			() => undefined,
		);
	}

	private titleOf(path: string): string {
		const file = this.app.vault.getFileByPath(path);
		const ref = file ? this.referenceOf(path, this.app.metadataCache.getFileCache(file)?.frontmatter) : null;
		return ref?.title || path;
	}

	/** Is a waiting note still worth a check (exists, a reference, its check still due)? */
	private stillDue(path: string): boolean {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return false;
		const fm = this.app.metadataCache.getFileCache(file)?.frontmatter;
		const ref = this.referenceOf(path, fm);
		if (!ref || !fm) return false;
		const settings = this.host.settings();
		return needsCheck(ref, fm, { staleDays: settings.staleDays, now: new Date(this.clock.now()) });
	}

	private async runDue(): Promise<void> {
		const settings = this.host.settings();
		if (!settings.autoCheck || this.running) return;
		// One run at a time: a manual run's end schedules us again (onFinished).
		if (this.host.runs.isRunning()) return;
		const batch = this.queue.take(this.clock.now(), (path, reason) => (reason === "new" ? settings.autoCheckNew : settings.autoCheckEdited) && this.stillDue(path));
		if (batch.length === 0) {
			this.schedule();
			return;
		}
		const startedAt = this.clock.now();
		const paths = batch.map((b) => b.path);
		const reasons: Record<AutoReason, number> = { new: 0, edited: 0 };
		for (const b of batch) reasons[b.reason]++;
		const urgent: AutoCheckOutcome["urgent"] = [];
		const wanted = new Set(paths);
		const stopResults = this.host.runs.onResult((path, result) => {
			if (wanted.has(path)) {
				const why = urgency(result);
				if (why) urgent.push({ path, title: this.titleOf(path), why });
			}
		});
		const run = this.host.runs.start({ kind: "files", paths }, { label: reasons.new === batch.length ? "new notes" : "edited notes" });
		if (!run) {
			stopResults();
			for (const b of batch) this.queue.changed(b.path, b.reason, this.clock.now());
			return;
		}
		this.running = run;
		try {
			const summary = await run;
			this.outcome = { summary, startedAt, paths, reasons, urgent };
			this.outcomes.emit(this.outcome);
			if (urgent.length > 0) new Notice(urgentMessage(urgent), 15_000);
		} catch {
			// The run reports its own failures per note (errors in the panel); nothing to add here.
		} finally {
			stopResults();
			this.running = null;
			this.schedule();
		}
	}
}

/** Why a result needs attention at once: a retraction or a major mismatch (null otherwise). */
function urgency(result: CheckResult): string | null {
	if (result.log?.retracted === true) return "retracted";
	if (result.status === "mismatch" && result.severity === "major") return "major mismatch";
	return null;
}

function urgentMessage(urgent: AutoCheckOutcome["urgent"]): string {
	const shown = urgent.slice(0, 3).map((u) => `"${u.title}" (${u.why})`);
	const more = urgent.length > 3 ? ` and ${urgent.length - 3} more` : "";
	return `Automatic check: ${shown.join(", ")}${more} need${urgent.length === 1 ? "s" : ""} attention. See the mismatch panel.`;
}
