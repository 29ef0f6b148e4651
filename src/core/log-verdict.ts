// What a stored check_log says about a reference, for the status bar, the panel and the
// citation badges. Logs this checker wrote carry their own severity. Logs written by the earlier
// tool (no `mismatch_severity`) recorded "mismatch" for differences our rules accept (an arXiv
// record for a NeurIPS paper, a middle initial), so their verdict is re-derived by running the
// one comparison (compare.ts) against the recorded `remote:` block: the panel and the status bar
// never repeat the earlier tool's false alarms, and need no second set of rules.
import { isRecord, nonEmptyString } from "../lib/guards";
import { compareReference } from "./compare";
import { compareNames } from "./match";
import { isPreprintVenue, normalizeArxivId, normalizeDoi } from "./normalize";
import type { CheckLog, FieldChecks, Reference, RemoteWork, Severity } from "./types";

export type FieldName = keyof FieldChecks;
export const FIELD_NAMES: readonly FieldName[] = ["title", "year", "venue", "doi", "authors"];

export interface LogVerdict {
	/** Null when the log is not a mismatch, or is an old mismatch our rules accept. */
	severity: Severity | null;
	/** Fields the user should look at, in FIELD_NAMES order. */
	differing: FieldName[];
	/** True when the verdict was re-derived from an old log's recorded remote values. */
	rederived: boolean;
}

/** A RemoteWork from a recorded `remote:` block (preprint-server venues become repository locations). */
export function remoteWorkFromSummary(remote: Record<string, unknown>, paperId: unknown): RemoteWork {
	const venue = nonEmptyString(remote.venue);
	const doi = normalizeDoi(remote.doi ?? null);
	const preprint = isPreprintVenue(venue);
	const year = remote.year === null || remote.year === undefined || remote.year === "" ? NaN : Number(remote.year);
	const authors = Array.isArray(remote.authors) ? remote.authors.filter((a): a is string => typeof a === "string") : [];
	return {
		id: typeof paperId === "string" ? paperId : "",
		doi,
		title: nonEmptyString(remote.title),
		authors,
		year: Number.isFinite(year) ? year : null,
		publicationDate: null,
		type: preprint ? "preprint" : "article",
		venue,
		locations: venue ? [{ venue, sourceType: preprint ? "repository" : "journal", version: preprint ? "submittedVersion" : "publishedVersion", isPreprint: preprint, landingPageUrl: null }] : [],
		isRetracted: false,
		isParatext: false,
		arxivId: doi?.startsWith("10.48550/arxiv.") ? normalizeArxivId(doi) : null,
	};
}

/** Given names recorded as different that the name rules accept as one person are no difference. */
function samePerson(local: unknown, remote: unknown): boolean {
	if (typeof local !== "string" || typeof remote !== "string") return false;
	const kind = compareNames(local, remote).kind;
	return kind === "same" || kind === "equivalent";
}

/** Fields whose recorded check says they differ (names the rules accept as one person excepted). */
export function differingFields(log: CheckLog | null): FieldName[] {
	const fields = log?.fields;
	if (!isRecord(fields)) return [];
	const out: FieldName[] = [];
	for (const name of FIELD_NAMES) {
		const check = fields[name];
		if (!isRecord(check)) continue;
		if (name === "authors") {
			const details = Array.isArray(check.details) ? (check.details as unknown[]) : [];
			const nameDiffers = details.some((d) => isRecord(d) && (d.last_match === false || (d.first_match === false && !samePerson(d.local, d.remote))));
			if (check.count_match === false || nameDiffers) out.push(name);
		} else if (check.match === false) {
			out.push(name);
		}
	}
	return out;
}

/** The verdict a stored log gives for `ref` (the note's current reference). */
export function logVerdict(ref: Reference | null, log: CheckLog): LogVerdict {
	if (log.status !== "mismatch") return { severity: null, differing: [], rederived: false };
	if (log.mismatch_severity === "major" || log.mismatch_severity === "minor") {
		// The stored field checks say which strings differ (`match: false`), not which differences
		// were accepted (an arXiv venue for an ACL paper is noted, not a problem): keep only the
		// fields today's comparison of the recorded values also flags.
		const recorded = differingFields(log);
		if (ref && isRecord(log.remote) && nonEmptyString(log.remote.title)) {
			const flagged = compareReference(ref, remoteWorkFromSummary(log.remote, log.paper_id)).differing;
			return { severity: log.mismatch_severity, differing: recorded.filter((f) => flagged.includes(f)), rederived: false };
		}
		return { severity: log.mismatch_severity, differing: recorded, rederived: false };
	}
	if (ref && isRecord(log.remote) && nonEmptyString(log.remote.title)) {
		const comparison = compareReference(ref, remoteWorkFromSummary(log.remote, log.paper_id));
		return { severity: comparison.severity, differing: comparison.status === "mismatch" ? FIELD_NAMES.filter((f) => comparison.differing.includes(f)) : [], rederived: true };
	}
	// An old mismatch without recorded remote values cannot be judged: show it as minor until re-checked.
	return { severity: "minor", differing: differingFields(log), rederived: true };
}
