// Starting a run from the UI, and the Notice at its end: counts by outcome in one line.
import { Notice } from "obsidian";
import type { RunScope } from "../check/selection";
import { unrecognizedText } from "../check/run";
import type { RunControl, RunSummary } from "./services";

/** Starts a run and reports it with a Notice; refused (null) while another run is active. */
export async function runWithNotice(runs: RunControl, scope: RunScope, force: boolean): Promise<RunSummary | null> {
	const run = runs.start(scope, { force });
	if (!run) {
		new Notice("A reference check is already running.");
		return null;
	}
	try {
		const summary = await run;
		new Notice(formatRunSummary(summary), 10_000);
		return summary;
	} catch (e) {
		new Notice(`Reference check failed: ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

export function formatRunSummary(s: RunSummary): string {
	const unrecognized = unrecognizedText(s.unrecognized);
	const also = unrecognized ? ` ${unrecognized[0].toUpperCase()}${unrecognized.slice(1)}.` : "";
	if (s.total === 0 && !s.cancelled) return `Reference check (${s.scopeLabel}): nothing needs checking.${also}`;
	const parts: string[] = [];
	if (s.counts.confirmed) parts.push(`${s.counts.confirmed} verified`);
	if (s.counts.mismatch) parts.push(plural(s.counts.mismatch, "mismatch", "mismatches"));
	if (s.counts.not_found) parts.push(`${s.counts.not_found} not found`);
	if (s.counts.skipped) parts.push(`${s.counts.skipped} not checkable`);
	if (s.errors.length) parts.push(plural(s.errors.length, "error", "errors"));
	if (s.vanished) parts.push(plural(s.vanished, "deleted note", "deleted notes"));
	if (s.notChecked) parts.push(`${s.notChecked} not checked`);
	const head = s.cancelled ? "Reference check cancelled" : s.stoppedBy ? "Reference check stopped" : "Reference check finished";
	const why = s.stoppedBy ? ` ${s.stoppedBy}.` : "";
	const budget = s.remainingCredits === null ? "" : ` ${s.remainingCredits.toLocaleString("en-US")} OpenAlex credits left today.`;
	const errors = s.errors.length ? " Errors are listed in the mismatch panel; their notes were not changed." : "";
	return `${head} (${s.scopeLabel}): ${parts.join(", ") || "no results"}.${why}${errors}${also}${budget}`;
}
