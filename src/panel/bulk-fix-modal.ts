// "Fix selected references": choose a fix, see every note it would change and the exact lines
// (removed, inserted) before anything is written, then apply. The preview is made from each
// note's text as read now; a note edited before "Apply" is skipped and reported (note-writes.ts).
// Everything is a button or a checkbox: reachable with Tab, Enter and Space.
import { Modal, Setting, type App } from "obsidian";
import type { FieldName } from "../core/verdict";
import { bulkFixLabel, isNoteFix, planNoteFix, type BulkFix, type NoteFix, type NotePlan } from "./bulk-fix";
import { count } from "../core/messages";

/** Notes listed in full in the preview; the rest are counted (every note is still written). */
const PREVIEW_LIMIT = 200;

const FIXES: BulkFix[] = [
	{ kind: "fill-doi" },
	{ kind: "published" },
	...(["title", "authors", "year", "venue", "doi"] as FieldName[]).map((field): BulkFix => ({ kind: "remote", field })),
];

export interface BulkFixOptions {
	paths: readonly string[];
	/** The note's current text (null: gone). */
	read(path: string): Promise<string | null>;
	planOptions: Parameters<typeof planNoteFix>[3];
	/** Writes the fixes; resolves when done (the caller reports). */
	apply(label: string, fixes: NoteFix[], recheck: boolean): Promise<unknown>;
}

/** The plan of one fix over the notes, read now. */
export async function planFix(opts: Pick<BulkFixOptions, "paths" | "read" | "planOptions">, fix: BulkFix): Promise<NotePlan[]> {
	const plans: NotePlan[] = [];
	for (const path of opts.paths) {
		const text = await opts.read(path);
		plans.push(text === null ? { path, skip: "the note no longer exists" } : planNoteFix(path, text, fix, opts.planOptions));
	}
	return plans;
}

function linesOf(text: string): string[] {
	return text.replace(/\n$/, "").split("\n");
}

export class BulkFixModal extends Modal {
	private recheck = true;

	constructor(
		app: App,
		private readonly opts: BulkFixOptions,
	) {
		super(app);
	}

	onOpen(): void {
		this.showChoices();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private showChoices(): void {
		const n = this.opts.paths.length;
		this.setTitle(`Fix ${count(n, "selected reference")}`);
		const el = this.contentEl;
		el.empty();
		el.createEl("p", { text: "Choose a fix. The next step shows every note it changes and the exact lines, before anything is written." });
		const list = el.createDiv({ cls: "reference-check-bulk-choices" });
		for (const fix of FIXES) {
			const b = list.createEl("button", { cls: "reference-check-bulk-choice", text: bulkFixLabel(fix), attr: { "data-fix": fix.kind === "remote" ? `remote-${fix.field}` : fix.kind } });
			b.addEventListener("click", () => void this.preview(fix));
		}
		new Setting(el).addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		list.querySelector<HTMLButtonElement>("button")?.focus();
	}

	/** Shows the plan of `fix`; "Apply" writes exactly what is shown. */
	async preview(fix: BulkFix): Promise<void> {
		const plans = await planFix(this.opts, fix);
		const fixes = plans.filter(isNoteFix);
		const skipped = plans.filter((p): p is { path: string; skip: string } => !isNoteFix(p));
		const label = bulkFixLabel(fix);
		this.setTitle(label);
		const el = this.contentEl;
		el.empty();
		el.createEl("p", {
			cls: "reference-check-bulk-summary",
			text: `${count(fixes.length, "note")} will change${skipped.length ? `; ${skipped.length} not (see below)` : ""}. Only the keys shown are written; every other byte of each note stays as it is.`,
		});
		const list = el.createDiv({ cls: "reference-check-bulk-preview" });
		for (const f of fixes.slice(0, PREVIEW_LIMIT)) {
			const item = list.createDiv({ cls: "reference-check-bulk-note", attr: { "data-path": f.path } });
			item.createDiv({ cls: "reference-check-bulk-path", text: f.path });
			for (const c of f.changes) {
				const diff = item.createDiv({ cls: "reference-check-bulk-diff", attr: { "data-key": c.key } });
				for (const line of linesOf(c.edit.removed)) diff.createDiv({ cls: "reference-check-bulk-removed", text: `- ${line}` });
				for (const line of linesOf(c.edit.inserted)) diff.createDiv({ cls: "reference-check-bulk-added", text: `+ ${line}` });
			}
		}
		if (fixes.length > PREVIEW_LIMIT) list.createDiv({ cls: "reference-check-muted", text: `…and ${fixes.length - PREVIEW_LIMIT} more notes, changed the same way.` });
		if (skipped.length > 0) {
			const details = el.createEl("details", { cls: "reference-check-bulk-skipped" });
			details.createEl("summary", { text: `Not changed (${skipped.length})` });
			const ul = details.createEl("ul");
			for (const s of skipped) ul.createEl("li", { text: `${s.path}: ${s.skip}` });
		}
		new Setting(el)
			.setName("Re-check the changed notes")
			.setDesc("Checks them again after writing, so the panel shows their new state.")
			.addToggle((t) => t.setValue(this.recheck).onChange((v) => (this.recheck = v)));
		new Setting(el)
			.addButton((b) => b.setButtonText("Back").onClick(() => this.showChoices()))
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				b.setButtonText(`Apply to ${count(fixes.length, "note")}`)
					.setCta()
					.setDisabled(fixes.length === 0)
					.onClick(() => {
						this.close();
						void this.opts.apply(label, fixes, this.recheck);
					});
				b.buttonEl.addClass("reference-check-bulk-apply");
				b.buttonEl.focus();
			});
	}
}
