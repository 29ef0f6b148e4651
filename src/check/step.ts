// The checking step of a run (run.ts calls it one batch of notes at a time): resolve → compare →
// buildCheckLog. Nothing here writes notes; the run writes `result.log` (never when it is null:
// errors).
import type { CheckLog, CheckResult, PublishedVersion, Reference, RemoteWork } from "../core/types";
import { compareReference } from "../core/compare";
import { notIndexedReason } from "../core/reference";
import { unindexedOutputReason } from "../core/rules/data-and-software-dois";
import { buildCheckLog } from "../core/check-log";
import type { OpenAlexClient } from "../openalex/client";
import type { Resolution } from "../openalex/resolution";
import { resolveReferences } from "../openalex/resolver";

export interface CheckItem {
	/** Caller's id for the reference (a note path). */
	key: string;
	reference: Reference;
	/** The note's current check_log (kept: manually_verified; never replaced on error). */
	previous: CheckLog | null;
}

export interface CheckOptions {
	now: () => Date;
	/** Write the `remote:` summary into the log. */
	writeRemote: boolean;
	/** Entry types not sent to OpenAlex (default: reference.ts's NOT_INDEXED_TYPES). */
	notIndexedTypes?: string[];
	signal?: AbortSignal;
	/** Called once per reference as soon as its verdict is known (progress, incremental writes). */
	onResult?: (key: string, result: CheckResult) => void | Promise<void>;
}

export async function checkReferences(items: CheckItem[], client: OpenAlexClient, opts: CheckOptions): Promise<Map<string, CheckResult>> {
	const results = new Map<string, CheckResult>();
	const byKey = new Map(items.map((i) => [i.key, i]));
	const report = async (key: string, result: CheckResult) => {
		results.set(key, result);
		await opts.onResult?.(key, result);
	};

	// References OpenAlex does not index (web pages, software, …) are not queried at all.
	const toResolve: CheckItem[] = [];
	for (const item of items) {
		const reason = notIndexedReason(item.reference, { types: opts.notIndexedTypes });
		if (reason === null) {
			toResolve.push(item);
			continue;
		}
		const log = buildCheckLog({ status: "skipped", notes: [reason], now: opts.now(), writeRemote: opts.writeRemote, previous: item.previous });
		await report(item.key, { status: "skipped", severity: null, log, work: null, message: reason });
	}

	await resolveReferences(
		toResolve.map((i) => ({ key: i.key, reference: i.reference })),
		client,
		{
			signal: opts.signal,
			onResolved: async (key, resolution) => {
				const item = byKey.get(key);
				if (item) await report(key, resultOf(item, resolution, opts));
			},
		},
	);
	return results;
}

function resultOf(item: CheckItem, r: Resolution, opts: CheckOptions): CheckResult {
	if (r.kind === "error") {
		return { status: "error", severity: null, log: null, work: null, message: r.error.message };
	}
	// rules/data-and-software-dois: a dataset or software OpenAlex does not hold is not missing
	const unindexed = r.kind === "not_found" ? unindexedOutputReason(item.reference) : null;
	if (r.kind === "not_found" && unindexed !== null) {
		const log = buildCheckLog({ status: "skipped", notes: [...r.notes, r.message, unindexed], now: opts.now(), writeRemote: opts.writeRemote, previous: item.previous });
		return { status: "skipped", severity: null, log, work: null, message: unindexed };
	}
	if (r.kind === "not_found") {
		const log = buildCheckLog({ status: "not_found", notes: [...r.notes, r.message], now: opts.now(), writeRemote: opts.writeRemote, previous: item.previous });
		return { status: "not_found", severity: null, log, work: null, message: r.message };
	}
	// Nothing to compare with (every field null): no verdict, and the note's log stays as it is.
	if (r.work.title === null && r.work.authors.length === 0) {
		const message = `OpenAlex sent a record with no title and no authors (${r.work.id || "no id"}); not checked`;
		return { status: "error", severity: null, log: null, work: null, message };
	}
	const comparison = compareReference(item.reference, r.work, r.otherVersion, opts.now());
	const log = buildCheckLog({
		status: comparison.status,
		comparison,
		work: r.work,
		notes: r.notes.length ? r.notes : undefined,
		publishedVersion: r.publishedVersion ? publishedVersionOf(r.publishedVersion) : undefined,
		now: opts.now(),
		writeRemote: opts.writeRemote,
		previous: item.previous,
	});
	const message = comparison.wrongIdentifier?.note ?? (r.work.isRetracted ? "the work is retracted" : undefined);
	return { status: comparison.status, severity: comparison.severity, log, work: r.work, message };
}

function publishedVersionOf(w: RemoteWork): PublishedVersion {
	return { doi: w.doi, venue: w.venue, year: w.year };
}
