// What `refcheck check` prints and writes: the summary table, the JSON report, and the exit code.
// Every outside string reaches the terminal through terminal.ts (the `tty` tag).
import type { CheckResult } from "../core/types";
import { unrecognizedText, type RunSummary } from "../check/run";
import type { ClientStats } from "../openalex/request-loop";
import type { FailOn } from "./options";
import { durationText } from "../lib/duration";
import { joinSafe, tty, type TerminalText } from "./terminal";

/** One checked note as the CLI reports it. */
export interface NoteResult {
	path: string;
	citationKey: string | null;
	result: CheckResult;
	/** The check succeeded but its log was not written (why). */
	writeError?: string;
}

/** Exit codes (README "Command-line checker"): the first that applies, in this order. */
export const EXIT = {
	/** Every note in scope was checked and written (or was up to date). */
	ok: 0,
	/** A result reached --fail-on. */
	failOn: 1,
	/** A usage error, or the run stopped: budget, rejected key, a wait beyond the cap, time limit, OpenAlex failing. */
	fatal: 2,
	/** The run finished, but some notes could not be read, checked or written. */
	incomplete: 3,
} as const;

export function reachesFailOn(results: NoteResult[], failOn: FailOn): boolean {
	if (failOn === "never") return false;
	return results.some((r) => r.result.status === "mismatch" && (failOn === "minor" || r.result.severity === "major"));
}

export function exitCode(results: NoteResult[], run: RunSummary, failOn: FailOn): number {
	if (run.stoppedBy) return EXIT.fatal;
	if (reachesFailOn(results, failOn)) return EXIT.failOn;
	const incomplete = run.problems.length > 0 || results.some((r) => r.result.status === "error" || r.writeError !== undefined);
	return incomplete ? EXIT.incomplete : EXIT.ok;
}

function counts(results: NoteResult[]) {
	const c = { checked: results.length, confirmed: 0, mismatch: 0, not_found: 0, error: 0, skipped: 0, major: 0, minor: 0, notWritten: 0 };
	for (const r of results) {
		c[r.result.status]++;
		if (r.result.status === "mismatch" && r.result.severity) c[r.result.severity]++;
		if (r.writeError !== undefined) c.notWritten++;
	}
	return c;
}

function notesOf(r: NoteResult): string[] {
	const notes = [...(r.result.log?.notes ?? [])];
	if (r.result.message && !notes.includes(r.result.message)) notes.push(r.result.message);
	if (r.writeError) notes.push(/^log not written/i.test(r.writeError) ? r.writeError : `not written: ${r.writeError}`);
	return notes;
}

const GONE = "deleted, moved away or replaced by a folder during the run; nothing written";

export function jsonReport(results: NoteResult[], run: RunSummary, gone: readonly string[], stats: ClientStats) {
	const c = counts(results);
	return {
		summary: {
			checked: c.checked,
			confirmed: c.confirmed,
			mismatch: c.mismatch,
			not_found: c.not_found,
			error: c.error,
			skipped: c.skipped,
			not_written: c.notWritten,
			unreadable: run.problems.length,
			vanished: run.vanished,
			unrecognized: run.unrecognized,
			not_checked: run.notChecked,
			requests: stats.requests,
			credits: stats.credits,
			stopped_by: run.stoppedBy,
		},
		results: results.map((r) => ({
			path: r.path,
			citation_key: r.citationKey,
			status: r.result.status,
			severity: r.result.status === "mismatch" ? r.result.severity : null,
			paper_id: r.result.log?.paper_id ?? null,
			notes: notesOf(r),
		})),
		// Notes (or folders) that could not be read: not checked, and why.
		problems: run.problems.map((p) => ({ path: p.path, reason: p.reason })),
		vanished: gone.map((path) => ({ path, reason: GONE })),
	};
}

const LISTED = 50;

export function summaryTable(results: NoteResult[], ctx: { run: RunSummary; gone: readonly string[]; stats: ClientStats; dryRun: boolean }): TerminalText {
	const c = counts(results);
	const { run, gone, stats } = ctx;
	const row = (label: string, n: number | string, extra = "") => tty`  ${label.padEnd(12)}${String(n).padStart(7)}${extra ? `  ${extra}` : ""}\n`;
	const lines: TerminalText[] = [tty`\nReference check${ctx.dryRun ? " (dry run: nothing written)" : ""}\n`];
	lines.push(row("checked", c.checked, run.upToDate ? `(${run.upToDate} up to date, not re-checked)` : ""));
	lines.push(row("confirmed", c.confirmed));
	lines.push(row("mismatch", c.mismatch, c.mismatch ? `(major ${c.major}, minor ${c.minor})` : ""));
	lines.push(row("not found", c.not_found));
	lines.push(row("skipped", c.skipped, c.skipped ? "(not indexed by OpenAlex)" : ""));
	lines.push(row("error", c.error, c.error ? "(try again later; existing logs kept)" : ""));
	if (c.notWritten) lines.push(row("not written", c.notWritten, "(checked, but the log could not be written; listed below)"));
	if (run.rechecked) lines.push(row("re-checked", run.rechecked, "(changed during the check, checked again as they are now)"));
	if (run.vanished) lines.push(row("vanished", run.vanished, "(deleted or moved during the run; nothing written)"));
	if (run.notChecked) lines.push(row("not checked", run.notChecked, "(the run stopped before them)"));
	if (run.problems.length) lines.push(row("unreadable", run.problems.length, "(could not be read; not checked; listed below)"));
	const unrecognized = unrecognizedText(run.unrecognized);
	if (unrecognized) lines.push(row("unrecognized", Object.values(run.unrecognized).reduce((a, b) => a + b, 0), `(${unrecognized.replace(/^\d+ /, "")})`));
	const budget = stats.remainingCredits !== null ? `budget left ${stats.remainingCredits}${stats.resetSeconds !== null ? `, resets in ${durationText(stats.resetSeconds)}` : ""}` : "";
	lines.push(row("requests", stats.requests, stats.retries ? `(${stats.retries} retries)` : ""));
	lines.push(row("credits", stats.credits, budget));
	const problems = results.filter((r) => (r.result.status === "mismatch" && r.result.severity === "major") || r.result.status === "error" || r.writeError);
	if (problems.length) {
		lines.push(tty`\nNeeds attention:\n`);
		for (const r of problems.slice(0, LISTED)) {
			const what = r.result.status === "mismatch" ? "major mismatch" : r.result.status === "error" ? "error" : "not written";
			const notes = notesOf(r);
			lines.push(tty`  ${what.padEnd(15)} ${r.path}${notes.length ? ` — ${notes.join("; ")}` : ""}\n`);
		}
		if (problems.length > LISTED) lines.push(tty`  … and ${problems.length - LISTED} more (see --json)\n`);
	}
	if (gone.length) {
		lines.push(tty`\nGone during the run (${GONE}):\n`);
		for (const path of gone.slice(0, LISTED)) lines.push(tty`  ${path}\n`);
		if (gone.length > LISTED) lines.push(tty`  … and ${gone.length - LISTED} more (see --json)\n`);
	}
	if (run.problems.length) {
		lines.push(tty`\nCould not be read (not checked):\n`);
		for (const p of run.problems.slice(0, LISTED)) lines.push(tty`  ${p.path} — ${p.reason}\n`);
		if (run.problems.length > LISTED) lines.push(tty`  … and ${run.problems.length - LISTED} more (see --json)\n`);
	}
	return joinSafe(lines);
}
