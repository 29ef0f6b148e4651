// One verification run at a time: scan the metadata cache, queue what needs a check, resolve in
// batches through the shared checking pipeline, and write each log inside Vault.process with the
// splice writer. A note whose checked fields changed while its check was in flight is never given
// the stale verdict: it is queued again. Deleted notes are skipped, never recreated. Cancel stops
// requests at once; logs already written stay. Obsidian is only used through the passed-in
// vault and cache, so benches can drive this with the fake module's vault.
import type { MetadataCache, Vault } from "obsidian";
import type { CheckResult, CheckStatus, Reference } from "../core/types";
import { isNotAReference, readReference } from "../core/reference";
import { readCheckLog } from "../core/check-log";
import { parseFrontmatter, spliceCheckLog } from "../vault/frontmatter";
import { checkReferences } from "../openalex/check";
import type { OpenAlexClient } from "../openalex/client";
import type { ReferenceCheckSettings } from "../core/settings";
import { scanReferences, TimeSlicer, type QueuedReference } from "./vault-scan";
import type { RunControl, RunProgress, RunScope, RunSummary } from "./services";

/** References per checkReferences call (the DOI filter takes at most 50 values a request). */
export const BATCH_SIZE = 50;
/** A note edited during each of its checks this many times is reported instead of re-queued. */
const MAX_ATTEMPTS = 3;
/**
 * Budget for one stretch of writing results (compare, check_log, splice, Vault.process) before
 * the UI gets a turn. Small, because timer callbacks that come due together run back to back in
 * one turn of the event loop: the metadata cache parsing the notes just written, other plugins,
 * and a second slice of ours.
 */
const WRITE_SLICE_MS = 2;

export interface RunDeps {
	vault: Vault;
	metadataCache: MetadataCache;
	settings: () => ReferenceCheckSettings;
	/** A fresh client per run (settings may have changed; the cache is per run). */
	createClient: (settings: ReferenceCheckSettings) => OpenAlexClient;
	now?: () => Date;
}

interface QueueEntry extends QueuedReference {
	/** Checks already made while the note kept changing (none when absent). */
	attempts?: number;
}

type WriteOutcome = { kind: "written" } | { kind: "changed"; reference: Reference } | { kind: "vanished" } | { kind: "error"; message: string };

class Listeners<T> {
	private set = new Set<(v: T) => void>();
	add(cb: (v: T) => void): () => void {
		this.set.add(cb);
		return () => this.set.delete(cb);
	}
	emit(v: T): void {
		for (const cb of [...this.set]) cb(v);
	}
}

function emptyCounts(): Record<CheckStatus, number> {
	return { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 };
}

function scopeLabel(scope: RunScope): string {
	if (scope.kind === "vault") return "vault";
	if (scope.kind === "folder") return `folder ${scope.path}`;
	return scope.paths.length === 1 ? "1 note" : `${scope.paths.length} notes`;
}

/** Same checked inputs? (Both built by readReference, so key order is identical.) */
function sameReference(a: Reference, b: Reference): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export class RunController implements RunControl {
	private readonly progressListeners = new Listeners<RunProgress>();
	private readonly resultListeners = new Listeners<{ path: string; result: CheckResult }>();
	private readonly finishedListeners = new Listeners<RunSummary>();
	private current: { abort: AbortController; progress: RunProgress } | null = null;
	private last: RunSummary | null = null;
	private readonly errorsByPath = new Map<string, string>();
	private readonly now: () => Date;

	constructor(private readonly deps: RunDeps) {
		this.now = deps.now ?? (() => new Date());
	}

	onProgress(cb: (progress: RunProgress) => void): () => void {
		return this.progressListeners.add(cb);
	}

	onResult(cb: (path: string, result: CheckResult) => void): () => void {
		return this.resultListeners.add(({ path, result }) => cb(path, result));
	}

	onFinished(cb: (summary: RunSummary) => void): () => void {
		return this.finishedListeners.add(cb);
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

	start(scope: RunScope, opts: { force?: boolean } = {}): Promise<RunSummary> | null {
		if (this.current) return null;
		const abort = new AbortController();
		const progress: RunProgress = { running: true, done: 0, total: 0, remainingCredits: this.last?.remainingCredits ?? null, scopeLabel: scopeLabel(scope) };
		this.current = { abort, progress };
		return this.run(scope, opts.force ?? false, abort.signal, progress).finally(() => {
			this.current = null;
		});
	}

	private emitProgress(progress: RunProgress): void {
		this.progressListeners.emit({ ...progress });
	}

	private async run(scope: RunScope, force: boolean, signal: AbortSignal, progress: RunProgress): Promise<RunSummary> {
		const settings = this.deps.settings();
		const startedAt = this.now();
		const summary: RunSummary = {
			scopeLabel: progress.scopeLabel,
			total: 0,
			counts: emptyCounts(),
			errors: [],
			vanished: 0,
			rechecked: 0,
			notChecked: 0,
			cancelled: false,
			stoppedBy: null,
			requests: 0,
			remainingCredits: progress.remainingCredits,
			startedAt,
			finishedAt: startedAt,
		};
		this.emitProgress(progress);
		const queue: QueueEntry[] = await scanReferences(this.deps.vault, this.deps.metadataCache, settings, scope, { force, now: startedAt, signal });
		summary.total = progress.total = queue.length;
		this.emitProgress(progress);

		const client = queue.length > 0 && !signal.aborted ? this.deps.createClient(settings) : null;
		const fail = (path: string, message: string) => {
			summary.errors.push({ path, message });
			this.errorsByPath.set(path, message);
		};
		const finish = () => {
			progress.done++;
			progress.remainingCredits = client?.stats.remainingCredits ?? progress.remainingCredits;
			this.emitProgress(progress);
		};

		const slicer = new TimeSlicer(WRITE_SLICE_MS);
		while (client && queue.length > 0 && !signal.aborted && !client.stoppedBy) {
			const batch = queue.splice(0, BATCH_SIZE);
			const byPath = new Map(batch.map((e) => [e.file.path, e]));
			// By entry, not path: a note renamed during the run keeps its entry.
			const handled = new Set<QueueEntry>();
			const apply = async (key: string, result: CheckResult) => {
				const entry = byPath.get(key);
				if (!entry || handled.has(entry)) return;
				// Cancelled or stopped (budget, key): not a verdict about this note; counted as not checked.
				if (!result.log && (signal.aborted || client.stoppedBy)) return;
				handled.add(entry);
				const outcome = result.log ? await this.write(entry, result) : { kind: "error" as const, message: result.message ?? "check failed" };
				switch (outcome.kind) {
					case "written":
						summary.counts[result.status as CheckStatus]++;
						this.errorsByPath.delete(entry.file.path);
						this.errorsByPath.delete(key);
						break;
					case "changed": {
						// Checked fields edited meanwhile: check the note as it is now.
						const attempts = (entry.attempts ?? 0) + 1;
						if (attempts < MAX_ATTEMPTS) {
							summary.rechecked++;
							queue.push({ ...entry, reference: outcome.reference, attempts });
							return;
						}
						fail(entry.file.path, "The note kept changing during its check; verify it again later.");
						break;
					}
					case "vanished":
						summary.vanished++;
						break;
					case "error":
						fail(entry.file.path, outcome.message);
						break;
				}
				finish();
				this.resultListeners.emit({ path: entry.file.path, result });
			};
			// Results may arrive all at once (a batch resolved together): write them one after the
			// other, giving the UI a turn whenever a slice of work gets long.
			let writes: Promise<void> = Promise.resolve();
			const applyInTurn = (key: string, result: CheckResult): Promise<void> => {
				const next = writes.then(async () => {
					await slicer.maybeYield();
					await apply(key, result);
				});
				writes = next.catch(() => undefined);
				return next;
			};
			try {
				const results = await checkReferences(
					batch.map((e) => ({ key: e.file.path, reference: e.reference, previous: e.previous })),
					client,
					{ now: this.now, writeRemote: settings.writeRemote, notIndexedTypes: settings.notIndexedTypes, signal, onResult: applyInTurn },
				);
				for (const [key, result] of results) await applyInTurn(key, result);
			} catch (e) {
				if (!signal.aborted && !client.stoppedBy) {
					const message = e instanceof Error ? e.message : String(e);
					for (const entry of batch) {
						if (handled.has(entry)) continue;
						fail(entry.file.path, message);
						finish();
					}
				}
			}
			// Anything in the batch left without a verdict (cancel, budget) is counted below.
			for (const entry of batch) if (!handled.has(entry) && (signal.aborted || client.stoppedBy)) queue.push(entry);
			summary.remainingCredits = client.stats.remainingCredits ?? summary.remainingCredits;
			await slicer.yield();
		}

		summary.notChecked = queue.length;
		summary.cancelled = signal.aborted;
		summary.stoppedBy = client?.stoppedBy?.message ?? null;
		summary.requests = client?.stats.requests ?? 0;
		summary.remainingCredits = client?.stats.remainingCredits ?? summary.remainingCredits;
		summary.finishedAt = this.now();
		this.last = summary;
		this.current = null;
		progress.running = false;
		progress.remainingCredits = summary.remainingCredits;
		this.emitProgress(progress);
		this.finishedListeners.emit(summary);
		return summary;
	}

	/** Writes one log inside Vault.process, re-reading the note's current text first. */
	private async write(entry: QueueEntry, result: CheckResult): Promise<WriteOutcome> {
		const { vault } = this.deps;
		const log = result.log;
		if (!log) return { kind: "error", message: result.message ?? "check failed" };
		// A deleted note is gone for good: Vault.process must not bring it back.
		if (vault.getFileByPath(entry.file.path) !== entry.file) return { kind: "vanished" };
		let outcome: WriteOutcome = { kind: "error", message: "not written" };
		try {
			await vault.process(entry.file, (text) => {
				const parsed = parseFrontmatter(text);
				if ("error" in parsed) {
					outcome = { kind: "error", message: `Log not written: ${parsed.error}` };
					return text;
				}
				const current = readReference(parsed.data);
				if (isNotAReference(current)) {
					outcome = { kind: "error", message: `Log not written: the note is no longer a reference (${current.reason}).` };
					return text;
				}
				if (!sameReference(current, entry.reference)) {
					outcome = { kind: "changed", reference: current };
					return text;
				}
				// Keep a manual verification added while the check ran.
				const previous = readCheckLog(parsed.data);
				const toWrite = previous?.manually_verified && !log.manually_verified ? { ...log, manually_verified: previous.manually_verified } : log;
				const spliced = spliceCheckLog(text, toWrite);
				if ("error" in spliced) {
					outcome = { kind: "error", message: `Log not written: ${spliced.error}` };
					return text;
				}
				outcome = { kind: "written" };
				return spliced.text;
			});
		} catch (e) {
			if (vault.getFileByPath(entry.file.path) !== entry.file) return { kind: "vanished" };
			return { kind: "error", message: `Log not written: ${e instanceof Error ? e.message : String(e)}` };
		}
		return outcome;
	}
}
