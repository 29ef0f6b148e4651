// The panel's writes to notes: the keys of one action (usually one), through Vault.process and the
// splice writer, each remembered (the bytes it replaced) so the panel can undo it until it closes.
// Every write is described in words naming the note, for the panel's acknowledgement and its undo.
import type { App, TFile } from "obsidian";
import { IGNORE_KEY, type FieldName } from "../core/verdict";
import { readCheckLog } from "../core/check-log";
import { identifierName, VERIFIED_BY_YOU } from "../core/messages";
import type { CheckLog, ManualVerification } from "../core/types";
import { droppedComments, parseFrontmatter, spliceCheckLog, spliceKey, type SpliceResult } from "../vault/frontmatter";
import { keyEdit, revertKeyEdit, type KeyEdit } from "../vault/key-edit";
import { remoteValueEdit } from "./remote-value";
import { removeIdentifierWrites, setDoiWrites, type IdentifierKind, type KeyWrite } from "./identifier-edit";
import type { NoteFix } from "./bulk-fix";

export interface UndoRecord {
	/** Follows renames. */
	path: string;
	/** What the write did, naming the note ("use remote title in smith2020"). */
	label: string;
	/** The keys written, in order, each with its value before the write (undefined: absent). */
	edits: Array<{ edit: KeyEdit; previousValue: unknown }>;
	/** Re-check the note after undoing (the write changed a checked field). */
	recheck: boolean;
}

export type WriteResult = { ok: true; record: UndoRecord } | { ok: false; error: string };

/** A bulk fix's writes (bulk-fix.ts): one record per note, undone together by one undo. */
export interface UndoBatch {
	label: string;
	records: UndoRecord[];
}

export type UndoEntry = UndoRecord | UndoBatch;

export function isBatch(entry: UndoEntry): entry is UndoBatch {
	return "records" in entry;
}

/** What undoing a batch did: notes to re-check, and notes whose keys changed since (left as they are). */
export interface BatchUndoResult {
	label: string;
	undone: string[];
	recheck: string[];
	failed: Array<{ path: string; error: string }>;
}

/** What applying a bulk fix did. */
export interface BatchReport {
	written: string[];
	/** Notes not written: edited since the preview, deleted, or unwritable. */
	skipped: Array<{ path: string; reason: string }>;
}

/** One key of a write: its name and how to write it into the text. */
interface KeySplice {
	key: string;
	apply: (text: string) => SpliceResult;
}

type Change = KeySplice[] | { error: string };

/** Fields a published version record (`published_version: {doi, venue, year}`) can supply. */
export type PublishedField = "doi" | "venue" | "year";

/** Who marks a reference verified from the panel: the person using it ("Verified by you"). */
export const VERIFIED_BY = VERIFIED_BY_YOU;

const FIELD_WORDS: Record<FieldName, string> = { title: "title", year: "year", venue: "venue", doi: "DOI", authors: "authors" };

function keyWrites(writes: KeyWrite[]): KeySplice[] {
	return writes.map((w) => ({ key: w.key, apply: (text) => spliceKey(text, w.key, w.value) }));
}

export class NoteWriter {
	private readonly undoStack: UndoEntry[] = [];

	constructor(private readonly app: App) {}

	/** Writes of this panel (single writes and bulk fixes), newest last. */
	get undoable(): readonly UndoEntry[] {
		return this.undoStack;
	}

	renamed(oldPath: string, newPath: string): void {
		for (const e of this.undoStack) for (const r of isBatch(e) ? e.records : [e]) if (r.path === oldPath) r.path = newPath;
	}

	deleted(path: string): void {
		for (let i = this.undoStack.length - 1; i >= 0; i--) {
			const e = this.undoStack[i];
			if (isBatch(e)) {
				e.records = e.records.filter((r) => r.path !== path);
				if (e.records.length === 0) this.undoStack.splice(i, 1);
			} else if (e.path === path) this.undoStack.splice(i, 1);
		}
	}

	/**
	 * Writes a previewed bulk fix: each note only if its text is still what the preview was made
	 * from (else it is skipped and reported), as one Vault.process per note. One undo entry; its
	 * undo re-checks the notes when the fix was followed by a re-check (`recheck`).
	 */
	async applyBatch(label: (written: number) => string, fixes: readonly NoteFix[], opts: { recheck: boolean }): Promise<BatchReport> {
		const report: BatchReport = { written: [], skipped: [] };
		const records: UndoRecord[] = [];
		for (const fix of fixes) {
			const file = this.app.vault.getFileByPath(fix.path);
			if (!file) {
				report.skipped.push({ path: fix.path, reason: "the note no longer exists" });
				continue;
			}
			let written = false;
			try {
				await this.app.vault.process(file, (text) => {
					if (text !== fix.before) return text;
					written = true;
					return fix.after;
				});
			} catch (e) {
				report.skipped.push({ path: fix.path, reason: e instanceof Error ? e.message : String(e) });
				continue;
			}
			if (!written) {
				report.skipped.push({ path: fix.path, reason: "edited since the preview" });
				continue;
			}
			report.written.push(fix.path);
			records.push({ path: fix.path, label: "", edits: fix.changes.map((c) => ({ edit: c.edit, previousValue: c.previousValue })), recheck: opts.recheck });
		}
		const batchLabel = label(records.length);
		for (const r of records) r.label = batchLabel;
		if (records.length > 0) this.undoStack.push({ label: batchLabel, records });
		return report;
	}

	/** Undoes a bulk fix: every note's keys, each note all or none; it leaves the stack either way. */
	async undoBatch(batch: UndoBatch): Promise<BatchUndoResult> {
		this.undoStack.splice(this.undoStack.indexOf(batch), 1);
		const result: BatchUndoResult = { label: batch.label, undone: [], recheck: [], failed: [] };
		for (const record of batch.records) {
			const error = await this.revert(record);
			if (error !== null) result.failed.push({ path: record.path, error });
			else {
				result.undone.push(record.path);
				if (record.recheck) result.recheck.push(record.path);
			}
		}
		return result;
	}

	/**
	 * The comments "use remote value" on `field` would drop (inside a multi-line value: YAML keeps
	 * no place for them once the value is rewritten). Ask before writing when there are any.
	 */
	async commentsDroppedBy(file: TFile, field: FieldName): Promise<string[]> {
		const text = await this.app.vault.read(file);
		const fm = parseFrontmatter(text);
		if ("error" in fm) return [];
		const log = readCheckLog(fm.data);
		const edit = log ? remoteValueEdit(fm.data, log, field) : null;
		return edit ? droppedComments(text, edit.key) : [];
	}

	/**
	 * Copies the log's remote value of `field` into the note's own key for it. Refused when it
	 * would drop comments other than those the user agreed to lose (`dropping`).
	 */
	useRemoteValue(file: TFile, field: FieldName, note: string, dropping: readonly string[] = []): Promise<WriteResult> {
		return this.write(file, `use remote ${FIELD_WORDS[field]} in ${note}`, true, (text, data) => {
			const log = readCheckLog(data);
			if (!log) return { error: "the note has no check_log" };
			const edit = remoteValueEdit(data, log, field);
			if (!edit) return { error: `the check_log has no remote ${FIELD_WORDS[field]}` };
			const lost = droppedComments(text, edit.key).filter((c) => !dropping.includes(c));
			if (lost.length > 0) return { error: `it would drop the comment ${lost[0]} in \`${edit.key}\`` };
			return keyWrites([edit]);
		});
	}

	/** Copies the published version's DOI, venue or year (logged for a preprint reference) into the note. */
	usePublishedValue(file: TFile, field: PublishedField, note: string): Promise<WriteResult> {
		return this.write(file, `use published ${FIELD_WORDS[field]} in ${note}`, true, (_text, data) => {
			const log = readCheckLog(data);
			const published = log?.published_version;
			if (!log || !published) return { error: "the check_log has no published version" };
			// The same key choice and value shape as "use remote value", fed the published record.
			const edit = remoteValueEdit(data, { ...log, fields: undefined, remote: { title: null, authors: [], ...published } }, field);
			if (!edit) return { error: `the published version has no ${FIELD_WORDS[field]}` };
			return keyWrites([edit]);
		});
	}

	/** Removes the identifier from every key that holds it (a DOI also kept as a doi.org `url`). */
	removeIdentifier(file: TFile, kind: IdentifierKind, id: string, note: string): Promise<WriteResult> {
		return this.write(file, `remove the ${identifierName(kind)} from ${note}`, true, (_text, data) => {
			const plan = removeIdentifierWrites(data, kind, id);
			return "error" in plan ? plan : keyWrites(plan.writes);
		});
	}

	/** Writes `doi` as the note's DOI (and its doi.org `url`, when that held the old one). */
	useDoi(file: TFile, doi: string, note: string): Promise<WriteResult> {
		return this.write(file, `use DOI ${doi} in ${note}`, true, (_text, data) => keyWrites(setDoiWrites(data, doi)));
	}

	/** Adds `manually_verified` inside check_log (the rest of the log as it is). */
	markVerified(file: TFile, notes: string, now: Date, note: string): Promise<WriteResult> {
		return this.write(file, `mark ${note} verified`, false, (_text, data) => {
			const log = readCheckLog(data);
			if (!log) return { error: "the note has no check_log" };
			const verification: ManualVerification = { verified_at: now.toISOString(), verified_by: VERIFIED_BY };
			if (notes.trim() !== "") verification.notes = notes.trim();
			const next: CheckLog = { ...log, manually_verified: verification };
			return [{ key: "check_log", apply: (text) => spliceCheckLog(text, next) }];
		});
	}

	setIgnored(file: TFile, ignored: boolean, note: string): Promise<WriteResult> {
		return this.write(file, `${ignored ? "ignore" : "unignore"} ${note}`, false, () => keyWrites([{ key: IGNORE_KEY, value: ignored ? true : undefined }]));
	}

	/** Undoes `record` (default: the newest write), all its keys or none; it leaves the stack either way. */
	async undo(record: UndoRecord | undefined = this.lastRecord()): Promise<{ ok: true; record: UndoRecord } | { ok: false; error: string }> {
		if (!record) return { ok: false, error: "nothing to undo" };
		this.undoStack.splice(this.undoStack.indexOf(record), 1);
		const error = await this.revert(record);
		return error === null ? { ok: true, record } : { ok: false, error };
	}

	private lastRecord(): UndoRecord | undefined {
		const last = this.undoStack[this.undoStack.length - 1];
		return last && !isBatch(last) ? last : undefined;
	}

	/** Reverts one record's keys in its note, newest first, all or none; the error, or null. */
	private async revert(record: UndoRecord): Promise<string | null> {
		const file = this.app.vault.getFileByPath(record.path);
		if (!file) return "the note no longer exists";
		let error: string | null = null;
		await this.app.vault.process(file, (text) => {
			let out = text;
			for (const { edit, previousValue } of [...record.edits].reverse()) {
				const r = revertKeyEdit(out, edit, previousValue);
				if ("error" in r) {
					error = r.error;
					return text;
				}
				out = r.text;
			}
			return out;
		});
		return error;
	}

	private async write(file: TFile, label: string, recheck: boolean, change: (text: string, data: Record<string, unknown>) => Change): Promise<WriteResult> {
		// Assigned inside the callback (TypeScript cannot see that, hence the cast).
		let result = { ok: false, error: "not written" } as WriteResult;
		await this.app.vault.process(file, (text) => {
			const fm = parseFrontmatter(text);
			if ("error" in fm) {
				result = { ok: false, error: fm.error };
				return text;
			}
			const splices = change(text, fm.data);
			if ("error" in splices) {
				result = { ok: false, error: splices.error };
				return text;
			}
			const edits: UndoRecord["edits"] = [];
			let current = text;
			let data = fm.data;
			for (const s of splices) {
				const out = s.apply(current);
				if ("error" in out) {
					result = { ok: false, error: out.error };
					return text;
				}
				edits.push({ edit: keyEdit(s.key, current, out.text), previousValue: data[s.key] });
				current = out.text;
				const next = parseFrontmatter(current);
				data = "error" in next ? data : next.data;
			}
			result = { ok: true, record: { path: file.path, label, edits, recheck } };
			return current;
		});
		if (result.ok) this.undoStack.push(result.record);
		return result;
	}
}
