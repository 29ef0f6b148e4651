// "Update cited_in from citations": plan from the index (pages' [@key] citations and links to
// reference notes; an index page's links do not count), preview in a modal, then write only the
// cited_in key of each confirmed note with the splice writer inside Vault.process (every other
// byte unchanged), and say what was written, with undo.
import { Notice, type App, type Vault } from "obsidian";
import { applyCitedInChange, detectValueStyle, indexPages, planCitedInUpdate, unknownCitations } from "../core/cited-in/update-plan";
import { count } from "../core/messages";
import { fileName, withoutMd } from "../lib/paths";
import { parseFrontmatter, spliceKey } from "../vault/frontmatter";
import { keyEdit, revertKeyEdit, type KeyEdit } from "../vault/key-edit";
import { CitedInUpdateModal, type CitedInPreview, type CitedInWrite } from "./update-modal";
import type { CitedInIndexService } from "./index-service";
import type { CitedInSettings } from "../core/cited-in/settings";

/** One note's cited_in write, as undo needs it. */
export interface CitedInEdit {
	path: string;
	edit: KeyEdit;
	previousValue: unknown;
}

export interface WriteReport {
	written: number;
	unchanged: number;
	errors: Array<{ path: string; message: string }>;
	/** What was written, note by note, for undo. */
	edits: CitedInEdit[];
}

/** The preview under the current settings ("auto" follows the values already in the vault). */
export function citedInPreview(app: App, indexes: CitedInIndexService, settings: Readonly<CitedInSettings>): CitedInPreview {
	const index = indexes.index;
	const style = settings.citedInValueStyle === "auto" ? detectValueStyle(index) : settings.citedInValueStyle;
	const listing = indexPages(index);
	const plan = planCitedInUpdate(index, {
		style,
		linktext: (path, sourcePath) => {
			const file = app.vault.getFileByPath(path);
			return file ? app.metadataCache.fileToLinktext(file, sourcePath, true) : path;
		},
		linksIgnoredFrom: new Set(listing.map((p) => p.path)),
	});
	return { plan, indexPages: listing, unknown: unknownCitations(index) };
}

/** Writes the confirmed changes, one note at a time, re-reading each note's current text. */
export async function writeCitedInChanges(vault: Vault, key: string, writes: CitedInWrite[]): Promise<WriteReport> {
	const report: WriteReport = { written: 0, unchanged: 0, errors: [], edits: [] };
	for (const w of writes) {
		const file = vault.getFileByPath(w.path);
		if (!file) {
			report.errors.push({ path: w.path, message: "the note no longer exists" });
			continue;
		}
		/** "written", "unchanged" or why nothing was written. */
		let outcome = "unchanged";
		try {
			await vault.process(file, (text) => {
				const fm = parseFrontmatter(text);
				if ("error" in fm) {
					outcome = fm.error;
					return text;
				}
				const current = fm.data[key];
				const next = applyCitedInChange(current, w.add, w.remove);
				const before = applyCitedInChange(current, [], []);
				if (next.length === before.length && next.every((v, i) => v === before[i])) return text;
				const r = spliceKey(text, key, next);
				if ("error" in r) {
					outcome = r.error;
					return text;
				}
				outcome = "written";
				report.edits.push({ path: w.path, edit: keyEdit(key, text, r.text), previousValue: current });
				return r.text;
			});
		} catch (e) {
			outcome = e instanceof Error ? e.message : String(e);
		}
		if (outcome === "written") report.written++;
		else if (outcome === "unchanged") report.unchanged++;
		else report.errors.push({ path: w.path, message: outcome });
	}
	return report;
}

/** Undoes the written edits (each note's cited_in back to its bytes); the notes it could not restore. */
export async function undoCitedInChanges(vault: Vault, edits: CitedInEdit[]): Promise<Array<{ path: string; message: string }>> {
	const failed: Array<{ path: string; message: string }> = [];
	for (const e of edits) {
		const file = vault.getFileByPath(e.path);
		if (!file) {
			failed.push({ path: e.path, message: "the note no longer exists" });
			continue;
		}
		await vault.process(file, (text) => {
			const r = revertKeyEdit(text, e.edit, e.previousValue);
			if ("error" in r) {
				failed.push({ path: e.path, message: r.error });
				return text;
			}
			return r.text;
		});
	}
	return failed;
}

function noteNames(paths: string[]): string {
	const names = paths.map((p) => withoutMd(fileName(p)));
	return names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
}

/** The Notice after the writes: which notes changed, what failed, and a button to undo. */
function reportNotice(vault: Vault, key: string, report: WriteReport): void {
	const paths = report.edits.map((e) => e.path);
	const text = [`Updated ${key} in ${count(report.written, "note")}${paths.length ? `: ${noteNames(paths)}` : ""}.`];
	if (report.errors.length) text.push(`${report.errors.length} not written: ${report.errors[0].path}: ${report.errors[0].message}.`);
	if (report.edits.length === 0) {
		new Notice(text.join(" "));
		return;
	}
	const notice = new Notice(
		createFragment((f) => {
			f.createSpan({ text: `${text.join(" ")} ` });
			f.createEl("button", { cls: "reference-check-undo", text: "Undo" }, (b) =>
				b.addEventListener("click", () => {
					notice.hide();
					void undoCitedInChanges(vault, report.edits).then((failed) =>
						new Notice(failed.length ? `Not undone in ${count(failed.length, "note")}: ${failed[0].path}: ${failed[0].message}.` : `Undone: ${key} restored in ${count(report.edits.length, "note")}.`),
					);
				}),
			);
		}),
		15_000,
	);
}

/** Runs the command: waits for the index, shows the preview, writes after confirmation. */
export async function runCitedInUpdate(app: App, indexes: CitedInIndexService, settings: Readonly<CitedInSettings>): Promise<CitedInUpdateModal> {
	await indexes.ready;
	const preview = citedInPreview(app, indexes, settings);
	const key = settings.citedInKey;
	const modal = new CitedInUpdateModal(app, key, preview, async (writes) => {
		if (writes.length === 0) return;
		reportNotice(app.vault, key, await writeCitedInChanges(app.vault, key, writes));
	});
	modal.open();
	return modal;
}
