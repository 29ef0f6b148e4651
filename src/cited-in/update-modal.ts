// Preview of "Update cited_in from citations": per reference, the values to add (checked) and the
// values that look stale (unchecked: a project may cite a reference without [@key]). Nothing is
// written until "Apply".
import { Modal, type App } from "obsidian";
import { fileName, withoutMd } from "../lib/paths";
import type { CitedInPlanItem } from "../core/cited-in/update-plan";

export interface CitedInWrite {
	path: string;
	add: string[];
	remove: string[];
}

/** How many pages to name before "and n more". */
const PAGES_SHOWN = 3;

function pageName(path: string): string {
	return withoutMd(fileName(path));
}

export class CitedInUpdateModal extends Modal {
	private readonly checks: Array<{ box: HTMLInputElement; path: string; value: string; kind: "add" | "remove" }> = [];

	constructor(
		app: App,
		private readonly key: string,
		private readonly plan: CitedInPlanItem[],
		private readonly onApply: (writes: CitedInWrite[]) => void | Promise<void>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(`Update ${this.key} from citations`);
		const el = this.contentEl;
		el.empty();
		el.addClass("reference-check-update-modal");
		const adds = this.plan.reduce((n, p) => n + p.additions.length, 0);
		const removes = this.plan.reduce((n, p) => n + p.removals.length, 0);
		if (this.plan.length === 0) {
			el.createDiv({ text: `Every ${this.key} already names the pages that cite its reference.` });
			this.buttons(el, false);
			return;
		}
		el.createDiv({
			cls: "reference-check-update-summary",
			text: `${this.plan.length} ${this.plan.length === 1 ? "reference" : "references"}: ${adds} to add, ${removes} possibly stale (unchecked).`,
		});
		const list = el.createDiv({ cls: "reference-check-update-list" });
		for (const item of this.plan) {
			const block = list.createDiv({ cls: "reference-check-update-item" });
			const head = block.createDiv({ cls: "reference-check-update-ref" });
			head.createSpan({ text: pageName(item.path) });
			if (item.citationKey) head.createSpan({ cls: "reference-check-citekey", text: ` @${item.citationKey}` });
			for (const a of item.additions) {
				const shown = a.pages.slice(0, PAGES_SHOWN).map(pageName).join(", ");
				const more = a.pages.length > PAGES_SHOWN ? ` and ${a.pages.length - PAGES_SHOWN} more` : "";
				this.checkRow(block, item.path, a.value, "add", true, `cited in ${shown}${more}`);
			}
			for (const r of item.removals) this.checkRow(block, item.path, r.value, "remove", false, r.reason);
		}
		this.buttons(el, true);
	}

	private checkRow(parent: HTMLElement, path: string, value: string, kind: "add" | "remove", checked: boolean, why: string): void {
		const row = parent.createEl("label", { cls: ["reference-check-update-row", `reference-check-update-${kind}`] });
		const box = row.createEl("input", { type: "checkbox" });
		box.checked = checked;
		row.createSpan({ cls: "reference-check-update-sign", text: kind === "add" ? "+" : "−" });
		row.createSpan({ cls: "reference-check-update-value", text: value });
		row.createSpan({ cls: "reference-check-muted", text: ` ${why}` });
		this.checks.push({ box, path, value, kind });
	}

	private buttons(el: HTMLElement, canApply: boolean): void {
		const bar = el.createDiv({ cls: "modal-button-container" });
		if (canApply) {
			const apply = bar.createEl("button", { cls: "mod-cta", text: "Apply" });
			apply.addEventListener("click", () => {
				const writes = this.selected();
				this.close();
				void this.onApply(writes);
			});
		}
		const cancel = bar.createEl("button", { text: canApply ? "Cancel" : "Close" });
		cancel.addEventListener("click", () => this.close());
	}

	/** The checked changes, grouped by reference note. */
	selected(): CitedInWrite[] {
		const byPath = new Map<string, CitedInWrite>();
		for (const c of this.checks) {
			if (!c.box.checked) continue;
			const w = byPath.get(c.path) ?? { path: c.path, add: [], remove: [] };
			(c.kind === "add" ? w.add : w.remove).push(c.value);
			byPath.set(c.path, w);
		}
		return [...byPath.values()];
	}
}
