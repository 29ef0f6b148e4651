// A verification run, the same for the plugin and the CLI: select the notes that need a check
// (selection.ts), check them a batch at a time (step.ts), and write each verdict into its note as
// it is now, through a NoteStore (the plugin's over the vault, the CLI's over the file system).
// A note whose checked fields changed while its check was in flight never gets the stale verdict:
// it is checked again as it is now. A note deleted or moved away meanwhile is counted as vanished
// and never recreated. Cancel (the signal) and a stopped client (budget, key) end the run at once;
// logs already written stay, the rest is counted as not checked.
import type { CheckLog, CheckResult, CheckStatus, Reference } from "../core/types";
import { isNotAReference, readReference, type ReferenceRecognition } from "../core/reference";
import type { ReferenceCheckSettings } from "../core/settings";
import { parseFrontmatter, spliceCheckLog } from "../vault/frontmatter";
import type { OpenAlexClient } from "../openalex/client";
import { TimeSlicer, type YieldTurn } from "../lib/time-slicer";
import { checkReferences } from "./step";
import type { NoteProblem, NoteStore } from "./note-store";
import { recognitionOf, selectNotes, type QueueEntry, type RunScope } from "./selection";

/**
 * Notes per call of the checking step: the resolver's DOI filter takes 50 DOIs a request, so a
 * batch of notes with DOIs costs one list call, and results are written batch by batch.
 */
export const NOTES_PER_BATCH = 50;
/** A note edited during each of its checks this many times is reported instead of checked again. */
const MAX_ATTEMPTS = 3;
const KEPT_CHANGING = "The note kept changing during its check; verify it again later.";
/**
 * Budget for one stretch of writing results (compare, check_log, splice, write) before the UI gets
 * a turn. Small, because timer callbacks that come due together run back to back in one turn of
 * the event loop: the metadata cache parsing the notes just written, other plugins, and a second
 * slice of ours.
 */
const WRITE_SLICE_MS = 2;

/** The settings a run reads: selection (type value, folders, staleness) and the step's options. */
export type RunSettings = Pick<ReferenceCheckSettings, "referenceTypeValue" | "citationKeyField" | "includeFolders" | "excludeFolders" | "staleDays" | "notIndexedTypes" | "writeRemote">;

export interface RunError {
	path: string;
	message: string;
}

export interface RunCounts {
	/** Notes finished (written, failed, vanished). */
	done: number;
	/** Notes queued when the run started. */
	total: number;
	/** OpenAlex credits left today (X-RateLimit-Remaining), null until a response carried it. */
	remainingCredits: number | null;
}

/** One note finished. */
export interface NoteDone {
	/** Where the note is now. */
	path: string;
	/** Where it was when it was queued (differs for a note renamed during the run). */
	queuedPath: string;
	/** The checked fields, as the verdict is about them. */
	reference: Reference;
	result: CheckResult;
	/** "written" also in a dry run (nothing is written there); "failed": see `error`. */
	outcome: "written" | "failed" | "vanished";
	/** Why nothing was written: the check failed, the log could not be written, or the note kept changing. */
	error: string | null;
}

export interface RunOptions {
	scope: RunScope;
	settings: RunSettings;
	/** Check notes whose log is still fresh too (notes named in a "files" scope always are). */
	force?: boolean;
	/** Check and report, write nothing. */
	dryRun?: boolean;
	/** The OpenAlex client of this run; called once, only when a note needs a check. */
	createClient: () => OpenAlexClient;
	/** The time written into logs and compared with `staleDays`. */
	now: () => Date;
	signal?: AbortSignal;
	/** Gives the UI a turn during long stretches of work (the plugin); the CLI passes none. */
	yieldTurn?: YieldTurn;
	/** The queue is known (after selection). */
	onQueued?: (counts: RunCounts) => void;
	/** A note is finished (its log written or not, or the note gone). */
	onNote?: (note: NoteDone, counts: RunCounts) => void;
}

export interface RunSummary {
	/** Notes queued (after selection and needsCheck). */
	total: number;
	/** Logs written, by status. */
	counts: Record<CheckStatus, number>;
	/** Notes that could not be checked or written; they kept their previous log. */
	errors: RunError[];
	/** Notes deleted or moved away during the run (not recreated, not an error). */
	vanished: number;
	/** Notes whose checked fields were edited during their check, then checked again. */
	rechecked: number;
	/** Queued notes never checked (cancel, exhausted budget, rejected key). */
	notChecked: number;
	/** Reference notes in scope whose log is fresh (not queued). */
	upToDate: number;
	/** Notes (or folders of notes) in scope that could not be read, and why: not checked. */
	problems: NoteProblem[];
	/** Notes in scope that look like references but are not checked, by reason ("no year", …). */
	unrecognized: Record<string, number>;
	cancelled: boolean;
	/** Why the run stopped early (budget, key), null otherwise. */
	stoppedBy: string | null;
	/** When the run stopped because today's credit budget was spent: when it renews; null otherwise. */
	budgetResetAt: Date | null;
	/** HTTP requests made to OpenAlex. */
	requests: number;
	remainingCredits: number | null;
	startedAt: Date;
	finishedAt: Date;
}

/**
 * The notes that look like references but were not checked, in one phrase for both front-ends:
 * "3 notes look like references but were not checked (2 no year, 1 no title)"; null when none.
 */
export function unrecognizedText(unrecognized: Record<string, number>): string | null {
	const reasons = Object.entries(unrecognized).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const n = reasons.reduce((sum, [, count]) => sum + count, 0);
	if (n === 0) return null;
	const why = reasons.map(([reason, count]) => `${count} ${reason}`).join(", ");
	return `${n} ${n === 1 ? "note looks like a reference but was" : "notes look like references but were"} not checked (${why})`;
}

type WriteOutcome = { kind: "written" } | { kind: "changed"; reference: Reference } | { kind: "vanished" } | { kind: "error"; message: string };

function emptyCounts(): Record<CheckStatus, number> {
	return { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 };
}

/** Same checked inputs? (Both built by readReference, so key order is identical.) */
function sameReference(a: Reference, b: Reference): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export async function runChecks<N>(store: NoteStore<N>, opts: RunOptions): Promise<RunSummary> {
	const { signal } = opts;
	const startedAt = opts.now();
	const summary: RunSummary = {
		total: 0,
		counts: emptyCounts(),
		errors: [],
		vanished: 0,
		rechecked: 0,
		notChecked: 0,
		upToDate: 0,
		problems: [],
		unrecognized: {},
		cancelled: false,
		stoppedBy: null,
		budgetResetAt: null,
		requests: 0,
		remainingCredits: null,
		startedAt,
		finishedAt: startedAt,
	};
	const { queue, upToDate, problems, unrecognized } = await selectNotes(store, opts, startedAt);
	summary.total = queue.length;
	summary.upToDate = upToDate;
	summary.problems = problems;
	summary.unrecognized = unrecognized;
	const client = queue.length > 0 && !signal?.aborted ? opts.createClient() : null;
	let done = 0;
	const counts = (): RunCounts => ({ done, total: summary.total, remainingCredits: client?.stats.remainingCredits ?? null });
	opts.onQueued?.(counts());

	const finish = (entry: QueueEntry<N>, result: CheckResult, outcome: NoteDone["outcome"], error: string | null) => {
		const path = store.pathOf(entry.note);
		if (error !== null) summary.errors.push({ path, message: error });
		done++;
		opts.onNote?.({ path, queuedPath: entry.queuedPath, reference: entry.reference, result, outcome, error }, counts());
	};

	const slicer = new TimeSlicer(opts.yieldTurn, WRITE_SLICE_MS);
	while (client && queue.length > 0 && !signal?.aborted && !client.stoppedBy) {
		const batch = queue.splice(0, NOTES_PER_BATCH);
		const byPath = new Map(batch.map((e) => [store.pathOf(e.note), e]));
		// By entry, not path: a note renamed during the run keeps its entry.
		const handled = new Set<QueueEntry<N>>();
		const apply = async (key: string, result: CheckResult) => {
			const entry = byPath.get(key);
			if (!entry || handled.has(entry)) return;
			// Cancelled or stopped (budget, key): not a verdict about this note; counted as not checked.
			if (!result.log && (signal?.aborted || client.stoppedBy)) return;
			handled.add(entry);
			const outcome: WriteOutcome = !result.log
				? { kind: "error", message: result.message ?? "check failed" }
				: opts.dryRun
					? { kind: "written" }
					: await writeLog(store, entry, result.log, recognitionOf(opts.settings));
			switch (outcome.kind) {
				case "written":
					summary.counts[result.status as CheckStatus]++;
					finish(entry, result, "written", null);
					break;
				case "changed":
					// Checked fields edited meanwhile: check the note as it is now.
					if (entry.attempts + 1 < MAX_ATTEMPTS) {
						summary.rechecked++;
						queue.push({ ...entry, reference: outcome.reference, attempts: entry.attempts + 1 });
					} else {
						finish(entry, result, "failed", KEPT_CHANGING);
					}
					break;
				case "vanished":
					summary.vanished++;
					finish(entry, result, "vanished", null);
					break;
				case "error":
					finish(entry, result, "failed", outcome.message);
					break;
			}
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
				batch.map((e) => ({ key: store.pathOf(e.note), reference: e.reference, previous: e.previous })),
				client,
				{ now: opts.now, writeRemote: opts.settings.writeRemote, notIndexedTypes: opts.settings.notIndexedTypes, signal, onResult: applyInTurn },
			);
			for (const [key, result] of results) await applyInTurn(key, result);
		} catch (e) {
			if (!signal?.aborted && !client.stoppedBy) {
				const message = e instanceof Error ? e.message : String(e);
				for (const entry of batch) {
					if (handled.has(entry)) continue;
					handled.add(entry);
					finish(entry, { status: "error", severity: null, log: null, work: null, message }, "failed", message);
				}
			}
		}
		// Anything in the batch left without a verdict (cancel, budget) is counted below.
		for (const entry of batch) if (!handled.has(entry) && (signal?.aborted || client.stoppedBy)) queue.push(entry);
		await slicer.yield();
	}

	summary.notChecked = queue.length;
	summary.cancelled = signal?.aborted ?? false;
	summary.stoppedBy = client?.stoppedBy?.message ?? null;
	summary.budgetResetAt = client?.stoppedBy?.kind === "budget" ? client.stoppedBy.resetAt : null;
	summary.requests = client?.stats.requests ?? 0;
	summary.remainingCredits = client?.stats.remainingCredits ?? null;
	summary.finishedAt = opts.now();
	return summary;
}

/** Writes one log into the note as it is now, unless its checked fields changed since they were read. */
async function writeLog<N>(store: NoteStore<N>, entry: QueueEntry<N>, log: CheckLog, recognition: ReferenceRecognition): Promise<WriteOutcome> {
	let outcome: WriteOutcome = { kind: "error", message: "Log not written." };
	try {
		const stored = await store.process(entry.note, (text) => {
			const parsed = parseFrontmatter(text);
			if ("error" in parsed) {
				outcome = { kind: "error", message: `Log not written: ${parsed.error}` };
				return text;
			}
			// Read as the selection read it (the same citation key field), so an unchanged note compares equal.
			const current = readReference(parsed.data, recognition);
			if (isNotAReference(current)) {
				outcome = { kind: "error", message: `Log not written: the note is no longer a reference (${current.reason}).` };
				return text;
			}
			if (!sameReference(current, entry.reference)) {
				outcome = { kind: "changed", reference: current };
				return text;
			}
			// spliceCheckLog keeps a manual verification added while the check ran, as the person wrote it.
			const spliced = spliceCheckLog(text, log);
			if ("error" in spliced) {
				outcome = { kind: "error", message: `Log not written: ${spliced.error}` };
				return text;
			}
			outcome = { kind: "written" };
			return spliced.text;
		});
		if (stored === "vanished") return { kind: "vanished" };
	} catch (e) {
		return { kind: "error", message: `Log not written: ${e instanceof Error ? e.message : String(e)}` };
	}
	return outcome;
}
