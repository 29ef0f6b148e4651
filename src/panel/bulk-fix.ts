// Bulk fixes for the panel: what one fix ("use remote value" for a field, "fill missing DOI",
// "update to the published version") changes in one note's text, computed from the text itself
// so the preview shows exactly the bytes that will be written. Each key is one single-key splice
// (vault/frontmatter.ts), the same write as the panel's own buttons; every other byte stays.
// Pure: the panel reads the notes, shows the plan, and writes it (note-writes.ts).
import { readCheckLog } from "../core/check-log";
import { isNotAReference, readReference, type ReferenceRecognition } from "../core/reference";
import type { CheckLog } from "../core/types";
import { noteVerdict, publishedUpdate, type FieldName } from "../core/verdict";
import { parseFrontmatter, spliceKey } from "../vault/frontmatter";
import { keyEdit, type KeyEdit } from "../vault/key-edit";
import { copyableFields, remoteValue, remoteValueEdit, type FieldEdit } from "./remote-value";

export type BulkFix = { kind: "remote"; field: FieldName } | { kind: "fill-doi" } | { kind: "published" };

const FIELD_WORDS: Record<FieldName, string> = { title: "title", year: "year", venue: "venue", doi: "DOI", authors: "authors" };

/** The fix's name in buttons and in the undo label ("Use remote title"). */
export function bulkFixLabel(fix: BulkFix): string {
	if (fix.kind === "remote") return `Use remote ${FIELD_WORDS[fix.field]}`;
	if (fix.kind === "fill-doi") return "Fill missing DOI";
	return "Update to the published version";
}

/** One key written in one note: its lines before and after (the exact bytes), and its previous value. */
export interface KeyChange {
	key: string;
	edit: KeyEdit;
	/** Value before the write (undefined: the key was absent). */
	previousValue: unknown;
}

export interface NoteFix {
	path: string;
	/** The note's whole text when planned: a note whose text differs at apply time is skipped. */
	before: string;
	/** The note's whole text after the fix: what is written. */
	after: string;
	changes: KeyChange[];
}

export type NotePlan = NoteFix | { path: string; skip: string };

/** The keys and values the fix writes into a note with this frontmatter; a reason when it does not apply. */
function fieldEdits(fm: Record<string, unknown>, fix: BulkFix, staleDays: number, now: Date, recognition: ReferenceRecognition): FieldEdit[] | string {
	const log = readCheckLog(fm);
	if (!log) return "never checked";
	const read = readReference(fm, recognition);
	if (isNotAReference(read)) return "not a reference note";
	if (fix.kind === "remote") {
		const verdict = noteVerdict(fm, { staleDays, now, reference: read });
		if (!copyableFields(log, verdict.differing).includes(fix.field)) return `its ${FIELD_WORDS[fix.field]} does not differ from OpenAlex's`;
		const edit = remoteValueEdit(fm, log, fix.field);
		return edit ? [edit] : `no remote ${FIELD_WORDS[fix.field]} in its check_log`;
	}
	if (fix.kind === "fill-doi") {
		if (read.doi) return "it has a DOI";
		if (log.status !== "confirmed" && log.status !== "mismatch") return "no matched work";
		const edit = remoteValue(log, "doi") === null ? null : remoteValueEdit(fm, log, "doi");
		return edit ? [edit] : "the matched work has no DOI";
	}
	const published = publishedUpdate(read, log);
	if (!published) return "no published version";
	// The same key choice and value shape as "use remote value", fed the published record.
	const asRemote: CheckLog = { ...log, fields: undefined, remote: { title: null, authors: [], ...published } };
	const edits: FieldEdit[] = [];
	for (const field of ["venue", "year", "doi"] as const) {
		const edit = remoteValue(asRemote, field) === null ? null : remoteValueEdit(fm, asRemote, field);
		if (edit && JSON.stringify(fm[edit.key]) !== JSON.stringify(edit.value)) edits.push(edit);
	}
	return edits.length > 0 ? edits : "it already cites the published version";
}

/** What the fix does to the note `text` at `path`: the new text and each key's exact change, or why not. */
export function planNoteFix(path: string, text: string, fix: BulkFix, opts: { staleDays: number; now: Date; recognition?: ReferenceRecognition }): NotePlan {
	const fm = parseFrontmatter(text);
	if ("error" in fm) return { path, skip: fm.error };
	const edits = fieldEdits(fm.data, fix, opts.staleDays, opts.now, opts.recognition ?? {});
	if (typeof edits === "string") return { path, skip: edits };
	let current = text;
	const changes: KeyChange[] = [];
	for (const edit of edits) {
		const previous = parseFrontmatter(current);
		const out = spliceKey(current, edit.key, edit.value);
		if ("error" in out || "error" in previous) return { path, skip: "error" in out ? out.error : "unreadable frontmatter" };
		if (out.text === current) continue;
		changes.push({ key: edit.key, edit: keyEdit(edit.key, current, out.text), previousValue: previous.data[edit.key] });
		current = out.text;
	}
	if (changes.length === 0) return { path, skip: "nothing to change" };
	return { path, before: text, after: current, changes };
}

export function isNoteFix(plan: NotePlan): plan is NoteFix {
	return !("skip" in plan);
}
