// Test helpers: read corpus notes' frontmatter and turn a recorded check_log `remote:` block into
// the RemoteWork the comparison sees (the same shape C's fake server + toRemoteWork produce).
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "yaml";
import { remoteWorkFromSummary } from "../../src/core/verdict";
import type { RemoteWork } from "../../src/core/types";

// Tests, scripts and benches all run from the repository root.
export const FIXTURES = join(process.cwd(), "test", "fixtures");
export const BIBTEX_DIR = join(FIXTURES, "corpus", "shared-references", "bibtex-entries");

export function frontmatterOf(text: string): Record<string, unknown> {
	const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!m) throw new Error("no frontmatter");
	return parse(m[1]) as Record<string, unknown>;
}

export interface CorpusNote {
	file: string;
	fm: Record<string, unknown>;
}

/** The corpus's notes as read once per test file; callers get their own copies. */
let corpusRead: CorpusNote[] | null = null;

export function corpusNotes(): CorpusNote[] {
	corpusRead ??= readdirSync(BIBTEX_DIR)
		.filter((f) => f.endsWith(".md"))
		.sort()
		.map((file) => ({ file, fm: frontmatterOf(readFileSync(join(BIBTEX_DIR, file), "utf8")) }));
	return structuredClone(corpusRead);
}

export interface RecordedRemote {
	title?: string | null;
	authors?: string[] | null;
	year?: number | string | null;
	venue?: string | null;
	doi?: string | null;
}

/** A RemoteWork from a recorded `remote:` block (the plugin's own conversion, see core/verdict.ts). */
export function remoteFromRecorded(remote: RecordedRemote, paperId: unknown, extra: Partial<RemoteWork> = {}): RemoteWork {
	const work = remoteWorkFromSummary(remote as Record<string, unknown>, paperId);
	return { ...work, id: work.id || "https://openalex.org/W0", ...extra };
}

/** The recorded check_log of a note (or null). */
export function recordedLog(fm: Record<string, unknown>): Record<string, unknown> | null {
	const log = fm.check_log;
	return log && typeof log === "object" && !Array.isArray(log) ? (log as Record<string, unknown>) : null;
}

export interface CorpusRow {
	file: string;
	recorded: string;
	ours: string;
	/**
	 * What the pipeline would answer with this remote as the only candidate: skipped (not
	 * indexed), not_found (candidate rejected as another work), or the comparison verdict.
	 */
	pipeline: string;
	notes: string[];
	/** Notes of differences we flag (minor/major) vs accepted ones, as categories. */
	reasons: string[];
}

/** Category of a note for counting: field prefix + wording, names/values elided. */
export function noteCategory(note: string): string {
	return note
		// quoted values; an apostrophe inside a word ("St. Martin's") does not end the quote
		.replace(/'(?:[^']|'(?=[a-z]))*'/g, "…")
		.replace(/\([^)]*\)/g, "")
		.replace(/\b\d[\d.]*\b/g, "N")
		.replace(/10\.\S+/g, "DOI")
		.replace(/\s+/g, " ")
		.replace(/[;,:]\s*$/, "")
		.trim();
}

/** Compare every note with a recorded `remote:` block against that remote. */
export async function corpusComparisons(): Promise<CorpusRow[]> {
	const { readReference, isNotAReference, notIndexedReason } = await import("../../src/core/reference");
	const { compareReference } = await import("../../src/core/compare");
	const { scoreCandidate } = await import("../../src/core/match");
	const { identityProblem } = await import("../../src/core/rules/doi-different");
	const rows: CorpusRow[] = [];
	for (const { file, fm } of corpusNotes()) {
		const log = recordedLog(fm);
		const remote = log?.remote as RecordedRemote | undefined;
		if (!log || !remote || typeof remote !== "object") continue;
		const ref = readReference(fm);
		if (isNotAReference(ref)) {
			rows.push({ file, recorded: String(log.status), ours: `not a reference`, pipeline: "not a reference", notes: [ref.reason], reasons: [ref.reason] });
			continue;
		}
		const work = remoteFromRecorded(remote, log.paper_id);
		const c = compareReference(ref, work);
		const ours = c.status === "confirmed" ? "confirmed" : `mismatch/${c.severity}`;
		const byIdentifier = (ref.doi !== null && ref.doi === work.doi) || (ref.arxivId !== null && ref.arxivId === work.arxivId);
		const pipeline = notIndexedReason(ref) ? "skipped"
			: byIdentifier ? (identityProblem(ref, work) ? "mismatch/major" : ours)
			: scoreCandidate(ref, work).accept ? ours : "not_found";
		rows.push({
			file,
			recorded: String(log.status),
			ours,
			pipeline,
			notes: c.notes,
			reasons: c.notes.map(noteCategory),
		});
	}
	return rows;
}
