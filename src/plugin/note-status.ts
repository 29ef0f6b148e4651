// The status bar's wording of a note's verdict (core/verdict.ts): a short label, a sentence for
// the tooltip and an icon. The cited_in badges reuse it (cited-in/model.ts). Pure.
import type { NoteVerdict } from "../core/verdict";
import type { IdentifierKind, Severity } from "../core/types";
import { formatDay, identifierName, verifiedLabel } from "../core/messages";

export type NoteStatusKind = "retracted" | "verified" | "manual" | "mismatch" | "not_found" | "skipped" | "stale" | "unchecked" | "error";

export interface NoteStatus {
	kind: NoteStatusKind;
	/** Short label for the status bar. */
	label: string;
	/** Full sentence for aria-label / tooltip. */
	detail: string;
	/** Lucide icon name. */
	icon: string;
	severity: Severity | null;
	/** Fields that differ (mismatch only). */
	fields: string[];
}

function checkedOn(iso: unknown): string {
	return formatDay(iso instanceof Date ? iso : String(iso));
}

function status(kind: NoteStatusKind, label: string, detail: string, icon: string, severity: Severity | null = null, fields: string[] = []): NoteStatus {
	return { kind, label, detail, icon, severity, fields };
}

/** "DOI of another paper", "arXiv id of another paper", "OpenAlex id of another paper". */
export function wrongIdentifierLabel(kind: IdentifierKind): string {
	return `${identifierName(kind)} of another paper`;
}

/**
 * How the status bar shows a verdict. A person's verification comes first (only an error
 * outranks it); an old confirmation is only "Stale", while an old mismatch or not-found is still
 * the verdict to act on (as in the panel), with its age said.
 */
export function noteStatus(v: NoteVerdict): NoteStatus {
	const { log, manual } = v;
	if (v.kind === "error") return status("error", "Check failed", `Last check failed: ${v.error ?? ""}`, "alert-triangle");
	// A retraction is about the work itself: no verification of the metadata makes it go away.
	if (v.retracted && log) return status("retracted", "Retracted", `OpenAlex marks this work as retracted (checked ${checkedOn(log.checked_at)}). Cite it only to discuss the retraction.`, "ban", "major");
	if (!log) {
		if (manual) return status("manual", verifiedLabel(manual), `${verifiedLabel(manual)}${manual.verified_at ? ` on ${checkedOn(manual.verified_at)}` : ""}; never checked against OpenAlex.`, "user-check");
		return status("unchecked", "Unchecked", "Not checked against OpenAlex yet.", "circle-dashed");
	}
	const when = `checked ${checkedOn(log.checked_at)}`;
	const age = v.stale ? ` Older than ${v.staleDays} days: verify again to refresh.` : "";
	switch (v.kind) {
		case "confirmed":
			// A person's verification is not re-checked by runs: it never goes stale.
			if (manual) return status("verified", "Verified", `Matches OpenAlex, ${when}. ${verifiedLabel(manual)}.`, "badge-check");
			if (v.stale) return status("stale", "Stale", `Last ${when} (confirmed), older than ${v.staleDays} days.`, "history");
			return status("verified", "Verified", `Matches OpenAlex, ${when}.`, "badge-check");
		case "mismatch":
		case "outdated": {
			// A wrong identifier is the problem to name; the fields only differ because of it.
			const what = v.wrongIdentifier ? wrongIdentifierLabel(v.wrongIdentifier.kind) : v.differing.length ? v.differing.join(", ") : "details";
			if (manual) return status("manual", verifiedLabel(manual), `${verifiedLabel(manual)}; OpenAlex differs (${v.severity ?? "mismatch"}): ${what}, ${when}.`, "user-check", v.severity, v.differing);
			if (v.kind === "outdated") return status("stale", "Stale", `The differences recorded ${when} are accepted by today's rules; verify again to update the log.`, "history");
			const major = v.severity === "major";
			return status("mismatch", `${major ? "Major" : "Minor"} mismatch: ${what}`, `${major ? "Major" : "Minor"} mismatch with OpenAlex in ${what}, ${when}.${age}`, major ? "x-circle" : "alert-circle", v.severity, v.differing);
		}
		case "not_found":
			if (manual) return status("manual", verifiedLabel(manual), `${verifiedLabel(manual)}; not found in OpenAlex, ${when}.`, "user-check");
			return status("not_found", "Not found", `Not found in OpenAlex, ${when}.${age}`, "search-x");
		default: {
			const reason = Array.isArray(log.notes) && log.notes.length ? ` ${String(log.notes[0])}` : "";
			return status("skipped", "Not checkable", `Not looked up in OpenAlex.${reason}`, "minus-circle");
		}
	}
}
