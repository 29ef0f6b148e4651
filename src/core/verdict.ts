// A note's verdict: the one decision of what its check_log, a person's verification, the panel's
// "Ignore" and the last run's error say about a reference. The status bar (plugin/note-status.ts),
// the panel's groups (panel/model.ts) and the cited_in badges (cited-in/model.ts) only present it,
// so they cannot disagree.
//
// Logs this checker wrote carry their own severity. Logs written by the earlier tool (no
// `mismatch_severity`) recorded "mismatch" for differences our rules accept (an arXiv record for a
// NeurIPS paper, a middle initial), so their verdict is re-derived by running the one comparison
// (compare.ts) against the recorded `remote:` block: no surface repeats the earlier tool's false
// alarms, and there is no second set of rules.
import { isRecord, nonEmptyString } from "../lib/guards";
import { isStale, manualVerification, readCheckLog } from "./check-log";
import { compareReference } from "./compare";
import { wrongIdentifier } from "./rules/doi-different";
import { compareNames } from "./match";
import { isPreprintVenue, normalizeArxivId, normalizeDoi } from "./normalize";
import { readReference, isNotAReference } from "./reference";
import type { CheckLog, FieldChecks, ManualVerification, PublishedVersion, Reference, RemoteWork, Severity, WrongIdentifier } from "./types";

export type FieldName = keyof FieldChecks;
export const FIELD_NAMES: readonly FieldName[] = ["title", "year", "venue", "doi", "authors"];

export interface LogVerdict {
	/** Null when the log is not a mismatch, or is an old mismatch our rules accept. */
	severity: Severity | null;
	/** Fields the user should look at, in FIELD_NAMES order. */
	differing: FieldName[];
	/** True when the verdict was re-derived from an old log's recorded remote values. */
	rederived: boolean;
	/** The note's identifier names another paper (judged on the recorded remote values). */
	wrongIdentifier: WrongIdentifier | null;
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
		type: nonEmptyString(remote.type) ?? (preprint ? "preprint" : "article"),
		venue,
		locations: venue ? [{ venue, sourceType: preprint ? "repository" : "journal", version: preprint ? "submittedVersion" : "publishedVersion", isPreprint: preprint, landingPageUrl: null }] : [],
		isRetracted: false,
		isParatext: false,
		arxivId: doi?.startsWith("10.48550/arxiv.") ? normalizeArxivId(doi) : null,
		...(typeof remote.pmid === "string" || typeof remote.pmid === "number" ? { pmid: String(remote.pmid) } : {}),
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

/**
 * The record a log without a `remote:` block was written against, from the remote values of its
 * field checks (the author rows in order); null when they name no title.
 */
function workFromFieldChecks(log: CheckLog): RemoteWork | null {
	const fields = log.fields as unknown;
	if (!isRecord(fields) || !isRecord(fields.title) || !nonEmptyString(fields.title.remote)) return null;
	const remote = (name: string): unknown => (isRecord(fields[name]) ? fields[name].remote : null);
	const rows = isRecord(fields.authors) && Array.isArray(fields.authors.details) ? (fields.authors.details as unknown[]) : [];
	const authors = rows.map((d) => (isRecord(d) ? d.remote : null)).filter((a): a is string => typeof a === "string");
	return remoteWorkFromSummary({ title: remote("title"), authors, year: remote("year"), venue: remote("venue"), doi: remote("doi") }, log.paper_id);
}

/** The record a log was written against: its `remote:` block, else its field checks' remote values. */
export function recordedWork(log: CheckLog): RemoteWork | null {
	if (isRecord(log.remote) && nonEmptyString(log.remote.title)) return remoteWorkFromSummary(log.remote, log.paper_id);
	return workFromFieldChecks(log);
}

/** The verdict a stored log gives for `ref` (the note's current reference). */
export function logVerdict(ref: Reference | null, log: CheckLog): LogVerdict {
	if (log.status !== "mismatch") return { severity: null, differing: [], rederived: false, wrongIdentifier: null };
	const checkedAt = new Date(log.checked_at);
	const comparison = ref && isRecord(log.remote) && nonEmptyString(log.remote.title)
		? compareReference(ref, remoteWorkFromSummary(log.remote, log.paper_id), null, isNaN(checkedAt.getTime()) ? null : checkedAt)
		: null;
	// Without a `remote:` block (the setting is off) the field checks still name the record.
	const fromFields = ref && !comparison ? workFromFieldChecks(log) : null;
	const wrong = comparison ? comparison.wrongIdentifier : ref && fromFields ? wrongIdentifier(ref, fromFields) : null;
	if (log.mismatch_severity === "major" || log.mismatch_severity === "minor") {
		// The stored field checks say which strings differ (`match: false`), not which differences
		// were accepted (an arXiv venue for an ACL paper is noted, not a problem): keep only the
		// fields today's comparison of the recorded values also flags.
		const recorded = differingFields(log);
		const differing = comparison ? recorded.filter((f) => comparison.differing.includes(f)) : recorded;
		return { severity: log.mismatch_severity, differing, rederived: false, wrongIdentifier: wrong };
	}
	if (comparison) {
		return { severity: comparison.severity, differing: comparison.status === "mismatch" ? FIELD_NAMES.filter((f) => comparison.differing.includes(f)) : [], rederived: true, wrongIdentifier: wrong };
	}
	// An old mismatch without recorded remote values cannot be judged: show it as minor until
	// re-checked, unless its field checks show the identifier names another paper.
	return { severity: wrong ? "major" : "minor", differing: differingFields(log), rederived: true, wrongIdentifier: wrong };
}

/**
 * Top-level frontmatter key set by the panel's "Ignore" action: the note leaves the panel's
 * problem groups (it is listed under Ignored) until unignored. Outside check_log so re-checks keep it.
 */
export const IGNORE_KEY = "check_ignore";

function isIgnored(fm: Record<string, unknown>): boolean {
	const v = fm[IGNORE_KEY];
	return v === true || v === "true";
}

/**
 * The published version a preprint reference could be updated to, or null when the log has none
 * or the note already cites it (its DOI).
 */
export function publishedUpdate(ref: Reference, log: CheckLog): PublishedVersion | null {
	const pv = log.published_version;
	if (!pv || typeof pv !== "object") return null;
	const doi = normalizeDoi(pv.doi);
	if (doi !== null && ref.doi === doi) return null;
	return pv;
}

/**
 * What the checks found. `outdated`: an old log's mismatch that today's rules accept (out of
 * date, not a problem). `skipped`: not looked up (not indexed), or a status this checker does not
 * write. `error`: the last run failed for the note, whatever its log says.
 */
export type VerdictKind = "error" | "unchecked" | "confirmed" | "mismatch" | "outdated" | "not_found" | "skipped";

export interface NoteVerdict {
	kind: VerdictKind;
	/** Major or minor (mismatch only). */
	severity: Severity | null;
	/** Fields to look at, in FIELD_NAMES order (mismatch only). */
	differing: FieldName[];
	log: CheckLog | null;
	/** The log is older than `staleDays` days (or its date is unreadable). */
	stale: boolean;
	/** The stale limit judged by, for messages. */
	staleDays: number;
	/** A person's verification: it outranks the log on every surface (an error still shows). */
	manual: ManualVerification | null;
	/** Set aside in the panel with "Ignore": out of its problem groups; what was found is unchanged. */
	ignored: boolean;
	/** The last run's error for the note (runs never write errors into notes). */
	error: string | null;
	/** The published version a preprint reference could be updated to. */
	published: PublishedVersion | null;
	/** The note's identifier names another paper (mismatch only): the fields must not be copied. */
	wrongIdentifier: WrongIdentifier | null;
	/**
	 * OpenAlex marks the matched work as retracted (the log's `retracted: true`). A fact about the
	 * work, not about the note's metadata: it outranks a person's verification of the metadata.
	 */
	retracted: boolean;
}

export interface VerdictOptions {
	staleDays: number;
	now: Date;
	/** The last run's error for the note, if any. */
	error?: string | null;
	/** The note's reference as the caller read it (with its settings); read from the frontmatter when omitted. */
	reference?: Reference | null;
}

function logKind(log: CheckLog, verdict: LogVerdict): VerdictKind {
	switch (log.status) {
		case "confirmed":
			return "confirmed";
		case "mismatch":
			return verdict.severity ? "mismatch" : "outdated";
		case "not_found":
			return "not_found";
		default:
			return "skipped";
	}
}

/** A log of a matched work that OpenAlex marks as retracted (check-log.ts writes `retracted: true`). */
export function isRetractedLog(log: CheckLog | null): boolean {
	if (!log || (log.status !== "confirmed" && log.status !== "mismatch")) return false;
	const v: unknown = log.retracted;
	return v === true || v === "true";
}

/** The verdict on a reference note, from its frontmatter (and the last run's error for it). */
export function noteVerdict(fm: Record<string, unknown>, opts: VerdictOptions): NoteVerdict {
	const log = readCheckLog(fm);
	let ref = opts.reference;
	if (ref === undefined) {
		const read = readReference(fm);
		ref = isNotAReference(read) ? null : read;
	}
	const judged = log ? logVerdict(ref, log) : null;
	const error = opts.error ?? null;
	return {
		kind: error !== null ? "error" : log && judged ? logKind(log, judged) : "unchecked",
		severity: judged?.severity ?? null,
		differing: judged?.differing ?? [],
		log,
		stale: log !== null && isStale(log, opts.staleDays, opts.now),
		staleDays: opts.staleDays,
		manual: manualVerification(fm),
		ignored: isIgnored(fm),
		error,
		published: log && ref ? publishedUpdate(ref, log) : null,
		wrongIdentifier: judged?.wrongIdentifier ?? null,
		retracted: isRetractedLog(log),
	};
}
