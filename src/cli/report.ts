// What `refcheck check` prints and writes: the summary table, the JSON report, and whether a
// result reaches --fail-on. Remote text reaches the terminal only through terminalSafe.
import type { CheckResult } from "../core/types";
import { unrecognizedText, type RunSummary } from "../check/run";
import type { ClientStats } from "../openalex/request-loop";
import type { FailOn } from "./options";

/** One checked note as the CLI reports it. */
export interface NoteResult {
	path: string;
	citationKey: string | null;
	result: CheckResult;
	/** The check succeeded but its log was not written (why). */
	writeError?: string;
}

export function reachesFailOn(results: NoteResult[], failOn: FailOn): boolean {
	if (failOn === "never") return false;
	return results.some((r) => r.result.status === "mismatch" && (failOn === "minor" || r.result.severity === "major"));
}

function counts(results: NoteResult[]) {
	const c = { checked: results.length, confirmed: 0, mismatch: 0, not_found: 0, error: 0, skipped: 0, major: 0, minor: 0 };
	for (const r of results) {
		c[r.result.status]++;
		if (r.result.status === "mismatch" && r.result.severity) c[r.result.severity]++;
	}
	return c;
}

function notesOf(r: NoteResult): string[] {
	const notes = [...(r.result.log?.notes ?? [])];
	if (r.result.message && !notes.includes(r.result.message)) notes.push(r.result.message);
	if (r.writeError) notes.push(`not written: ${r.writeError}`);
	return notes;
}

export function jsonReport(results: NoteResult[], run: RunSummary, stats: ClientStats) {
	const c = counts(results);
	return {
		summary: {
			checked: c.checked,
			confirmed: c.confirmed,
			mismatch: c.mismatch,
			not_found: c.not_found,
			error: c.error,
			skipped: c.skipped,
			vanished: run.vanished,
			unrecognized: run.unrecognized,
			requests: stats.requests,
			credits: stats.credits,
		},
		results: results.map((r) => ({
			path: r.path,
			citation_key: r.citationKey,
			status: r.result.status,
			severity: r.result.status === "mismatch" ? r.result.severity : null,
			paper_id: r.result.log?.paper_id ?? null,
			notes: notesOf(r),
		})),
	};
}

export function summaryTable(results: NoteResult[], ctx: { run: RunSummary; stats: ClientStats; dryRun: boolean }): string {
	const c = counts(results);
	const { run, stats } = ctx;
	const row = (label: string, n: number | string, extra = "") => `  ${label.padEnd(12)}${String(n).padStart(7)}${extra ? `  ${extra}` : ""}\n`;
	let s = `\nReference check${ctx.dryRun ? " (dry run: nothing written)" : ""}\n`;
	s += row("checked", c.checked, run.upToDate ? `(${run.upToDate} up to date, not re-checked)` : "");
	s += row("confirmed", c.confirmed);
	s += row("mismatch", c.mismatch, c.mismatch ? `(major ${c.major}, minor ${c.minor})` : "");
	s += row("not found", c.not_found);
	s += row("skipped", c.skipped, c.skipped ? "(not indexed by OpenAlex)" : "");
	s += row("error", c.error, c.error ? "(try again later; existing logs kept)" : "");
	if (run.rechecked) s += row("re-checked", run.rechecked, "(changed during the check, checked again as they are now)");
	if (run.vanished) s += row("vanished", run.vanished, "(deleted or moved during the run; nothing written)");
	if (run.notChecked) s += row("not checked", run.notChecked, "(the run stopped before them)");
	if (run.unreadable) s += row("unreadable", run.unreadable, "(frontmatter could not be read or parsed)");
	const unrecognized = unrecognizedText(run.unrecognized);
	if (unrecognized) s += row("unrecognized", Object.values(run.unrecognized).reduce((a, b) => a + b, 0), `(${unrecognized.replace(/^\d+ /, "")})`);
	const budget = stats.remainingCredits !== null ? `budget left ${stats.remainingCredits}${stats.resetSeconds !== null ? `, resets in ${duration(stats.resetSeconds)}` : ""}` : "";
	s += row("requests", stats.requests, stats.retries ? `(${stats.retries} retries)` : "");
	s += row("credits", stats.credits, budget);
	const problems = results.filter((r) => (r.result.status === "mismatch" && r.result.severity === "major") || r.result.status === "error" || r.writeError);
	if (problems.length) {
		s += "\nNeeds attention:\n";
		for (const r of problems.slice(0, 50)) {
			const what = r.result.status === "mismatch" ? "major mismatch" : r.result.status;
			s += `  ${what.padEnd(15)} ${r.path}${notesOf(r).length ? ` — ${terminalSafe(notesOf(r).join("; "))}` : ""}\n`;
		}
		if (problems.length > 50) s += `  … and ${problems.length - 50} more (see --json)\n`;
	}
	return s;
}

/** Notes quote OpenAlex text: no control characters (escape sequences, line breaks) reach the terminal. */
export function terminalSafe(s: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

function duration(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return h ? `${h} h ${m} min` : `${m} min`;
}
