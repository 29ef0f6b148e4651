// The panel's writes to notes: the keys of one action (usually one), through Vault.process and the
// splice writer, each remembered (the bytes it replaced) so the panel can undo it until it closes.
// Every write is described in words naming the note, for the panel's acknowledgement and its undo.
import type { App, TFile } from "obsidian";
import { IGNORE_KEY, type FieldName } from "../core/verdict";
import { readCheckLog } from "../core/check-log";
import { VERIFIED_BY_YOU } from "../core/messages";
import type { CheckLog, ManualVerification } from "../core/types";
import { droppedComments, parseFrontmatter, spliceCheckLog, spliceKey, type SpliceResult } from "../vault/frontmatter";
import { keyEdit, revertKeyEdit, type KeyEdit } from "../vault/key-edit";
import { remoteValueEdit } from "./remote-value";
import { removeIdentifierWrites, setDoiWrites, type IdentifierKind, type KeyWrite } from "./identifier-edit";

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
const IDENTIFIER_WORDS: Record<IdentifierKind, string> = { doi: "DOI", arxiv: "arXiv id" };

function keyWrites(writes: KeyWrite[]): KeySplice[] {
	return writes.map((w) => ({ key: w.key, apply: (text) => spliceKey(text, w.key, w.value) }));
}

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
		return this.write(file, `remove the ${IDENTIFIER_WORDS[kind]} from ${note}`, true, (_text, data) => {
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
	async undo(record: UndoRecord | undefined = this.undoStack[this.undoStack.length - 1]): Promise<{ ok: true; record: UndoRecord } | { ok: false; error: string }> {
		if (!record) return { ok: false, error: "nothing to undo" };
		this.undoStack.splice(this.undoStack.indexOf(record), 1);
		const file = this.app.vault.getFileByPath(record.path);
		if (!file) return { ok: false, error: "the note no longer exists" };
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
