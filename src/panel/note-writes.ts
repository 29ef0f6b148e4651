// The panel's writes to notes: one key per write, through Vault.process and the splice writer,
// each remembered (the bytes it replaced) so the panel can undo it until it closes.
import type { App, TFile } from "obsidian";
import { IGNORE_KEY, type FieldName } from "../core/verdict";
import { readCheckLog } from "../core/check-log";
import type { CheckLog, ManualVerification } from "../core/types";
import { parseFrontmatter, spliceCheckLog, spliceKey } from "../vault/frontmatter";
import { keyEdit, revertKeyEdit, type KeyEdit } from "./key-edit";
import { remoteValueEdit } from "./remote-value";

export interface UndoRecord {
	/** Follows renames. */
	path: string;
	/** What the write did, for the undo button ("Use remote title"). */
	label: string;
	edit: KeyEdit;
	/** The key's value before the write (undefined: the key was absent). */
	previousValue: unknown;
	/** Re-check the note after undoing (the write changed a checked field). */
	recheck: boolean;
}

export type WriteResult = { ok: true; record: UndoRecord } | { ok: false; error: string };

type Change = { key: string; text: string } | { error: string };

/** Fields a published version record (`published_version: {doi, venue, year}`) can supply. */
export type PublishedField = "doi" | "venue" | "year";

/** Who marks a reference verified from the panel (the corpus writes `human` for people). */
export const VERIFIED_BY = "human";

export class NoteWriter {
	private readonly undoStack: UndoRecord[] = [];

	constructor(private readonly app: App) {}

	/** Writes of this panel, newest last. */
	get undoable(): readonly UndoRecord[] {
		return this.undoStack;
	}

	renamed(oldPath: string, newPath: string): void {
		for (const r of this.undoStack) if (r.path === oldPath) r.path = newPath;
	}

	deleted(path: string): void {
		for (let i = this.undoStack.length - 1; i >= 0; i--) if (this.undoStack[i].path === path) this.undoStack.splice(i, 1);
	}

	/** Copies the log's remote value of `field` into the note's own key for it. */
	useRemoteValue(file: TFile, field: FieldName): Promise<WriteResult> {
		return this.write(file, `Use remote ${field}`, true, (text, data) => {
			const log = readCheckLog(data);
			if (!log) return { error: "the note has no check_log" };
			const edit = remoteValueEdit(data, log, field);
			if (!edit) return { error: `the check_log has no remote ${field}` };
			const out = spliceKey(text, edit.key, edit.value);
			return "error" in out ? out : { key: edit.key, text: out.text };
		});
	}

	/** Copies the published version's DOI, venue or year (logged for a preprint reference) into the note. */
	usePublishedValue(file: TFile, field: PublishedField): Promise<WriteResult> {
		return this.write(file, `Use published ${field}`, true, (text, data) => {
			const log = readCheckLog(data);
			const published = log?.published_version;
			if (!log || !published) return { error: "the check_log has no published version" };
			// The same key choice and value shape as "use remote value", fed the published record.
			const edit = remoteValueEdit(data, { ...log, fields: undefined, remote: { title: null, authors: [], ...published } }, field);
			if (!edit) return { error: `the published version has no ${field}` };
			const out = spliceKey(text, edit.key, edit.value);
			return "error" in out ? out : { key: edit.key, text: out.text };
		});
	}

	/** Adds `manually_verified` inside check_log (the rest of the log as it is). */
	markVerified(file: TFile, notes: string, now: Date): Promise<WriteResult> {
		return this.write(file, "Mark verified", false, (text, data) => {
			const log = readCheckLog(data);
			if (!log) return { error: "the note has no check_log" };
			const verification: ManualVerification = { verified_at: now.toISOString(), verified_by: VERIFIED_BY };
			if (notes.trim() !== "") verification.notes = notes.trim();
			const next: CheckLog = { ...log, manually_verified: verification };
			const out = spliceCheckLog(text, next);
			return "error" in out ? out : { key: "check_log", text: out.text };
		});
	}

	setIgnored(file: TFile, ignored: boolean): Promise<WriteResult> {
		return this.write(file, ignored ? "Ignore" : "Unignore", false, (text) => {
			const out = spliceKey(text, IGNORE_KEY, ignored ? true : undefined);
			return "error" in out ? out : { key: IGNORE_KEY, text: out.text };
		});
	}

	/** Undoes `record` (default: the newest write); it leaves the stack either way. */
	async undo(record: UndoRecord | undefined = this.undoStack[this.undoStack.length - 1]): Promise<{ ok: true; record: UndoRecord } | { ok: false; error: string }> {
		if (!record) return { ok: false, error: "nothing to undo" };
		this.undoStack.splice(this.undoStack.indexOf(record), 1);
		const file = this.app.vault.getFileByPath(record.path);
		if (!file) return { ok: false, error: "the note no longer exists" };
		let error: string | null = null;
		await this.app.vault.process(file, (text) => {
			const out = revertKeyEdit(text, record.edit, record.previousValue);
			if ("error" in out) {
				error = out.error;
				return text;
			}
			return out.text;
		});
		return error === null ? { ok: true, record } : { ok: false, error };
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
			const out = change(text, fm.data);
			if ("error" in out) {
				result = { ok: false, error: out.error };
				return text;
			}
			const record: UndoRecord = { path: file.path, label, edit: keyEdit(out.key, text, out.text), previousValue: fm.data[out.key], recheck };
			result = { ok: true, record };
			return out.text;
		});
		if (result.ok) this.undoStack.push(result.record);
		return result;
	}
}
