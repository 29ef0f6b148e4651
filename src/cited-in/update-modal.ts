// Preview of "Update cited_in from citations", grouped by what would be added: for each page (or
// folder, in folder style) the references that would gain it, pre-checked, with a box to select
// them all or none and why the page counts as citing each one ([@key] or a link to its note).
// Then the values that look stale (unchecked: a project may cite a reference without [@key]),
// the index pages whose links were not counted, and the [@key]s with no reference note. Nothing
// is written until "Apply".
import { Modal, type App } from "obsidian";
import { fileName, withoutMd } from "../lib/paths";
import { count } from "../core/messages";
import type { CitedInPlanItem, CitingVia, IndexPage, UnknownCitation } from "../core/cited-in/update-plan";

export interface CitedInWrite {
	path: string;
	add: string[];
	remove: string[];
}

/** What the command found: the plan, and what it left out and why. */
export interface CitedInPreview {
	plan: CitedInPlanItem[];
	indexPages: IndexPage[];
	unknown: UnknownCitation[];
}

/** How many pages to name before "and n more". */
const PAGES_SHOWN = 3;

function pageName(path: string): string {
	return withoutMd(fileName(path));
}

function someNames(paths: string[]): string {
	const shown = paths.slice(0, PAGES_SHOWN).map(pageName).join(", ");
	return paths.length > PAGES_SHOWN ? `${shown} and ${paths.length - PAGES_SHOWN} more` : shown;
}

/** One reference that would gain a value, and the pages behind it. */
interface GroupRow {
	item: CitedInPlanItem;
	pages: string[];
	via: Record<string, CitingVia>;
}

/** Why the pages count as citing this reference: "[@key] in A, B; links to it from C". */
function why(row: GroupRow, single: boolean): string {
	const byKey = row.pages.filter((p) => row.via[p] === "citation");
	const byLink = row.pages.filter((p) => row.via[p] !== "citation");
	const key = row.item.citationKey ? `[@${row.item.citationKey}]` : "[@key]";
	const parts: string[] = [];
	if (byKey.length) parts.push(single ? `cites it as ${key}` : `${key} in ${someNames(byKey)}`);
	if (byLink.length) parts.push(single ? "links to its note" : `links to its note from ${someNames(byLink)}`);
	return parts.join("; ");
}

export class CitedInUpdateModal extends Modal {
	private readonly checks: Array<{ box: HTMLInputElement; path: string; value: string; kind: "add" | "remove" }> = [];

	constructor(
		app: App,
		private readonly key: string,
		private readonly preview: CitedInPreview,
		private readonly onApply: (writes: CitedInWrite[]) => void | Promise<void>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(`Update ${this.key} from citations`);
		const el = this.contentEl;
		el.empty();
		el.addClass("reference-check-update-modal");
		const { plan } = this.preview;
		if (plan.length === 0) {
			el.createDiv({ text: `Every ${this.key} already names the pages that cite its reference.` });
			this.notCounted(el);
			this.buttons(el, false);
			return;
		}
		const groups = this.groups();
		const adds = plan.reduce((n, p) => n + p.additions.length, 0);
		const refs = new Set(plan.filter((p) => p.additions.length > 0).map((p) => p.path)).size;
		const removes = plan.reduce((n, p) => n + p.removals.length, 0);
		el.createDiv({
			cls: "reference-check-update-summary",
			text: `${count(adds, "value")} to add to ${count(refs, "reference")}, from ${count(groups.size, "page or folder", "pages or folders")}; ${removes} possibly stale (unchecked).`,
		});
		const list = el.createDiv({ cls: "reference-check-update-list" });
		for (const [value, rows] of groups) this.group(list, value, rows);
		const stale = plan.filter((p) => p.removals.length > 0);
		if (stale.length > 0) {
			const block = list.createDiv({ cls: "reference-check-update-item reference-check-update-stale" });
			block.createDiv({ cls: "reference-check-update-ref", text: `Possibly stale: no page there cites the reference` });
			for (const item of stale) for (const r of item.removals) this.checkRow(block, item, r.value, "remove", false, `${item.citationKey ? `@${item.citationKey}` : pageName(item.path)}: ${r.reason}`);
		}
		this.notCounted(el);
		this.buttons(el, true);
	}

	/** Additions by value (a page or a folder), in value order, references in path order. */
	private groups(): Map<string, GroupRow[]> {
		const groups = new Map<string, GroupRow[]>();
		for (const item of this.preview.plan) {
			for (const a of item.additions) {
				const rows = groups.get(a.value) ?? [];
				rows.push({ item, pages: a.pages, via: a.via });
				groups.set(a.value, rows);
			}
		}
		return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
	}

	private group(list: HTMLElement, value: string, rows: GroupRow[]): void {
		const block = list.createDiv({ cls: "reference-check-update-item reference-check-update-page", attr: { "data-value": value } });
		const head = block.createEl("label", { cls: "reference-check-update-ref" });
		const all = head.createEl("input", { type: "checkbox", cls: "reference-check-update-all", attr: { "aria-label": `Select all additions of ${value}` } });
		all.checked = true;
		head.createSpan({ cls: "reference-check-update-value", text: value });
		const pages = [...new Set(rows.flatMap((r) => r.pages))];
		const single = pages.length === 1 && pageName(pages[0]) === value;
		const cite = rows.filter((r) => r.pages.some((p) => r.via[p] === "citation")).length;
		const link = rows.length - cite;
		const reasons = [cite ? `cites ${count(cite, "reference")} with [@key]` : "", link ? `links to ${count(link, "reference note")}` : ""].filter((s) => s !== "");
		const subject = single ? "" : `${someNames(pages)}: `;
		head.createSpan({ cls: "reference-check-muted", text: ` — ${subject}${reasons.join(", ")}` });
		const boxes: HTMLInputElement[] = [];
		for (const row of rows) boxes.push(this.checkRow(block, row.item, value, "add", true, why(row, single)));
		const sync = () => {
			const on = boxes.filter((b) => b.checked).length;
			all.checked = on === boxes.length;
			all.indeterminate = on > 0 && on < boxes.length;
		};
		all.addEventListener("change", () => {
			for (const b of boxes) b.checked = all.checked;
			sync();
		});
		for (const b of boxes) b.addEventListener("change", sync);
	}

	private checkRow(parent: HTMLElement, item: CitedInPlanItem, value: string, kind: "add" | "remove", checked: boolean, reason: string): HTMLInputElement {
		const row = parent.createEl("label", { cls: ["reference-check-update-row", `reference-check-update-${kind}`] });
		const box = row.createEl("input", { type: "checkbox" });
		box.checked = checked;
		row.createSpan({ cls: "reference-check-update-sign", text: kind === "add" ? "+" : "−" });
		// An addition is listed under its value already: the row names the reference instead.
		row.createSpan({ cls: "reference-check-update-value", text: kind === "add" ? (item.citationKey ? `@${item.citationKey}` : pageName(item.path)) : value });
		row.createSpan({ cls: "reference-check-muted", text: ` ${reason}` });
		this.checks.push({ box, path: item.path, value, kind });
		return box;
	}

	/** Index pages left out, and citations of keys no reference note has. */
	private notCounted(el: HTMLElement): void {
		const { indexPages, unknown } = this.preview;
		for (const p of indexPages) {
			el.createDiv({
				cls: "reference-check-update-note reference-check-update-index",
				text: `Not counted: ${pageName(p.path)} links to ${p.linked} of ${count(p.references, "reference note")}, so it is an index of the library rather than a page citing them (its [@key] citations count).`,
			});
		}
		if (unknown.length > 0) {
			const box = el.createDiv({ cls: "reference-check-update-note reference-check-update-unknown" });
			box.createDiv({ text: `${count(unknown.length, "citation")} with no reference note:` });
			const ul = box.createEl("ul");
			for (const u of unknown) ul.createEl("li", { text: `@${u.key} in ${someNames(u.pages)}` });
		}
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
