// "Update cited_in from citations": plan from the index (pages' [@key] citations and links to
// reference notes), preview in a modal, then write only the cited_in key of each confirmed note
// with the splice writer inside Vault.process (every other byte unchanged).
import { Notice, type App, type Vault } from "obsidian";
import { applyCitedInChange, detectValueStyle, planCitedInUpdate, type CitedInPlanItem } from "../core/cited-in/update-plan";
import { parseFrontmatter, spliceKey } from "../vault/frontmatter";
import { CitedInUpdateModal, type CitedInWrite } from "./update-modal";
import type { CitedInIndexService } from "./index-service";
import type { CitedInSettings } from "../core/cited-in/settings";

export interface WriteReport {
	written: number;
	unchanged: number;
	errors: Array<{ path: string; message: string }>;
}

/** The plan under the current settings ("auto" follows the values already in the vault). */
export function citedInPlan(app: App, indexes: CitedInIndexService, settings: Readonly<CitedInSettings>): CitedInPlanItem[] {
	const index = indexes.index;
	const style = settings.citedInValueStyle === "auto" ? detectValueStyle(index) : settings.citedInValueStyle;
	return planCitedInUpdate(index, {
		style,
		linktext: (path, sourcePath) => {
			const file = app.vault.getFileByPath(path);
			return file ? app.metadataCache.fileToLinktext(file, sourcePath, true) : path;
		},
	});
}

/** Writes the confirmed changes, one note at a time, re-reading each note's current text. */
export async function writeCitedInChanges(vault: Vault, key: string, writes: CitedInWrite[]): Promise<WriteReport> {
	const report: WriteReport = { written: 0, unchanged: 0, errors: [] };
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

/** Runs the command: waits for the index, shows the preview, writes after confirmation. */
export async function runCitedInUpdate(app: App, indexes: CitedInIndexService, settings: Readonly<CitedInSettings>): Promise<CitedInUpdateModal> {
	await indexes.ready;
	const plan = citedInPlan(app, indexes, settings);
	const key = settings.citedInKey;
	const modal = new CitedInUpdateModal(app, key, plan, async (writes) => {
		if (writes.length === 0) return;
		const report = await writeCitedInChanges(app.vault, key, writes);
		const parts = [`Updated ${key} in ${report.written} ${report.written === 1 ? "note" : "notes"}.`];
		if (report.errors.length) parts.push(`${report.errors.length} not written: ${report.errors[0].path}: ${report.errors[0].message}`);
		new Notice(parts.join(" "));
	});
	modal.open();
	return modal;
}
