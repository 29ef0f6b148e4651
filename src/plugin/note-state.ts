// The verification state of one note, as the status bar (and anything else) shows it: read from
// the cached frontmatter and the last run's errors.
import { isStale, manualVerification, readCheckLog } from "../core/check-log";
import { logVerdict } from "../core/log-verdict";
import { isNotAReference, readReference } from "../core/reference";

export type NoteStateKind = "verified" | "manual" | "mismatch" | "not_found" | "skipped" | "stale" | "unchecked" | "error";

export interface NoteState {
	kind: NoteStateKind;
	/** Short label for the status bar. */
	label: string;
	/** Full sentence for aria-label / tooltip. */
	detail: string;
	/** Lucide icon name. */
	icon: string;
	severity: "minor" | "major" | null;
	/** Fields that differ (mismatch only). */
	fields: string[];
}

function checkedOn(iso: string): string {
	return iso.slice(0, 10);
}

/** State of a reference note; `error` is the last run's error for it, if any. */
export function noteState(fm: Record<string, unknown>, opts: { staleDays: number; now: Date; error?: string | null }): NoteState {
	const log = readCheckLog(fm);
	const manual = manualVerification(fm);
	if (opts.error) {
		return { kind: "error", label: "Check failed", detail: `Last check failed: ${opts.error}`, icon: "alert-triangle", severity: null, fields: [] };
	}
	if (!log) {
		if (manual) return { kind: "manual", label: "Verified by you", detail: `Verified by ${manual.verified_by} on ${checkedOn(manual.verified_at)}; never checked against OpenAlex.`, icon: "user-check", severity: null, fields: [] };
		return { kind: "unchecked", label: "Unchecked", detail: "Not checked against OpenAlex yet.", icon: "circle-dashed", severity: null, fields: [] };
	}
	const when = `checked ${checkedOn(log.checked_at)}`;
	const stale = isStale(log, opts.staleDays, opts.now);
	// An old confirmation is only "stale"; an old mismatch or not-found is still the verdict to act on
	// (as in the panel), with its age said.
	if (stale && log.status === "confirmed") {
		return { kind: "stale", label: "Stale", detail: `Last ${when} (confirmed), older than ${opts.staleDays} days.`, icon: "history", severity: null, fields: [] };
	}
	const age = stale ? ` Older than ${opts.staleDays} days: verify again to refresh.` : "";
	const manualNote = manual ? ` Verified by ${manual.verified_by}.` : "";
	switch (log.status) {
		case "confirmed":
			return { kind: "verified", label: "Verified", detail: `Matches OpenAlex, ${when}.${manualNote}`, icon: "badge-check", severity: null, fields: [] };
		case "mismatch": {
			const ref = readReference(fm);
			const verdict = logVerdict(isNotAReference(ref) ? null : ref, log);
			const fields: string[] = verdict.differing;
			const severity = verdict.severity;
			if (!severity && !manual) {
				return { kind: "stale", label: "Stale", detail: `The differences recorded ${when} are accepted by today's rules; verify again to update the log.`, icon: "history", severity: null, fields: [] };
			}
			const what = fields.length ? fields.join(", ") : "details";
			if (manual) {
				return { kind: "manual", label: "Verified by you", detail: `Verified by ${manual.verified_by}; OpenAlex differs (${severity ?? "mismatch"}): ${what}, ${when}.`, icon: "user-check", severity, fields };
			}
			return {
				kind: "mismatch",
				label: `${severity === "major" ? "Major" : "Minor"} mismatch: ${what}`,
				detail: `${severity === "major" ? "Major" : "Minor"} mismatch with OpenAlex in ${what}, ${when}.${age}`,
				icon: severity === "major" ? "x-circle" : "alert-circle",
				severity,
				fields,
			};
		}
		case "not_found":
			if (manual) return { kind: "manual", label: "Verified by you", detail: `Verified by ${manual.verified_by}; not found in OpenAlex, ${when}.`, icon: "user-check", severity: null, fields: [] };
			return { kind: "not_found", label: "Not found", detail: `Not found in OpenAlex, ${when}.${age}`, icon: "search-x", severity: null, fields: [] };
		case "skipped":
		default: {
			const reason = Array.isArray(log.notes) && log.notes.length ? ` ${String(log.notes[0])}` : "";
			return { kind: "skipped", label: "Not checkable", detail: `Not looked up in OpenAlex.${reason}`, icon: "minus-circle", severity: null, fields: [] };
		}
	}
}
