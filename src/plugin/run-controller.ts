// The plugin's side of a verification run (the run itself is src/check/run.ts): one run at a
// time, cancel, progress and result events for the status bar and the panel, and the latest error
// per note. Notes come from the passed-in vault and metadata cache through VaultNoteStore, so
// benches can drive this with the fake module's vault.
import type { MetadataCache, Vault } from "obsidian";
import type { CheckResult } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";
import type { OpenAlexClient } from "../openalex/client";
import { runChecks } from "../check/run";
import type { RunScope } from "../check/selection";
import { Emitter } from "../lib/emitter";
import { VaultNoteStore } from "./note-store";
import { yieldToUi } from "./yield-to-ui";
import type { RunControl, RunProgress, RunSummary } from "./services";

export interface RunDeps {
	vault: Vault;
	metadataCache: MetadataCache;
	settings: () => ReferenceCheckSettings;
	/** A fresh client per run (settings may have changed; the cache is per run). */
	createClient: (settings: ReferenceCheckSettings) => OpenAlexClient;
	/** The time written into logs. */
	now?: () => Date;
}

function scopeLabel(scope: RunScope): string {
	if (scope.kind === "vault") return "vault";
	if (scope.kind === "folder") return `folder ${scope.path}`;
	return scope.paths.length === 1 ? "1 note" : `${scope.paths.length} notes`;
}

export class RunController implements RunControl {
	private readonly progressEvents = new Emitter<RunProgress>();
	private readonly resultEvents = new Emitter<{ path: string; result: CheckResult }>();
	private readonly finishedEvents = new Emitter<RunSummary>();
	private current: { abort: AbortController; progress: RunProgress } | null = null;
	private last: RunSummary | null = null;
	private readonly errorsByPath = new Map<string, string>();
	private readonly now: () => Date;
	private readonly store: VaultNoteStore;

	constructor(private readonly deps: RunDeps) {
		this.now = deps.now ?? (() => new Date());
		this.store = new VaultNoteStore(deps.vault, deps.metadataCache);
	}

	onProgress(cb: (progress: RunProgress) => void): () => void {
		return this.progressEvents.on(cb);
	}

	onResult(cb: (path: string, result: CheckResult) => void): () => void {
		return this.resultEvents.on(({ path, result }) => cb(path, result));
	}

	onFinished(cb: (summary: RunSummary) => void): () => void {
		return this.finishedEvents.on(cb);
	}

	isRunning(): boolean {
		return this.current !== null;
	}

	progress(): RunProgress {
		return this.current ? { ...this.current.progress } : { running: false, done: 0, total: 0, remainingCredits: this.last?.remainingCredits ?? null, scopeLabel: "" };
	}

	lastRun(): RunSummary | null {
		return this.last;
	}

	errorFor(path: string): string | null {
		return this.errorsByPath.get(path) ?? null;
	}

	errors(): ReadonlyMap<string, string> {
		return this.errorsByPath;
	}

	cancel(): void {
		this.current?.abort.abort();
	}

	start(scope: RunScope, opts: { force?: boolean; label?: string } = {}): Promise<RunSummary> | null {
		if (this.current) return null;
		const abort = new AbortController();
		const progress: RunProgress = { running: true, done: 0, total: 0, remainingCredits: this.last?.remainingCredits ?? null, scopeLabel: opts.label ?? scopeLabel(scope) };
		this.current = { abort, progress };
		return this.run(scope, opts.force ?? false, abort.signal, progress).finally(() => {
			this.current = null;
		});
	}

	private emitProgress(progress: RunProgress): void {
		this.progressEvents.emit({ ...progress });
	}

	private async run(scope: RunScope, force: boolean, signal: AbortSignal, progress: RunProgress): Promise<RunSummary> {
		const settings = this.deps.settings();
		this.emitProgress(progress);
		const run = await runChecks(this.store, {
			scope,
			settings,
			force,
			createClient: () => this.deps.createClient(settings),
			now: this.now,
			signal,
			yieldTurn: yieldToUi,
			onQueued: ({ total }) => {
				progress.total = total;
				this.emitProgress(progress);
			},
			onNote: (note, counts) => {
				if (note.outcome === "written") {
					this.errorsByPath.delete(note.path);
					this.errorsByPath.delete(note.queuedPath);
				} else if (note.error !== null) {
					this.errorsByPath.set(note.path, note.error);
				}
				progress.done = counts.done;
				progress.remainingCredits = counts.remainingCredits ?? progress.remainingCredits;
				this.emitProgress(progress);
				this.resultEvents.emit({ path: note.path, result: note.result });
			},
		});
		const summary: RunSummary = { ...run, scopeLabel: progress.scopeLabel, remainingCredits: run.remainingCredits ?? progress.remainingCredits };
		this.last = summary;
		this.current = null;
		progress.running = false;
		progress.remainingCredits = summary.remainingCredits;
		this.emitProgress(progress);
		this.finishedEvents.emit(summary);
		return summary;
	}
}
