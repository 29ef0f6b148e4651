// The mismatch panel (right sidebar ItemView "Reference check"): every reference needing
// attention, from the logs in the metadata cache and the last run's errors, grouped, filterable,
// kept live as notes change and runs progress, with per-reference actions and undo.
import { debounce, ItemView, TFile, type TAbstractFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import {
	GROUP_LABELS,
	PanelModel,
	PANEL_GROUPS,
	type PanelEntry,
	type PanelGroup,
	type PanelRow,
} from "./model";
import type { FieldName } from "../core/verdict";
import { runWithNotice } from "../plugin/run-notice";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices, type RunSummary } from "../plugin/services";
import { count } from "../core/messages";
import { fileName, withoutMd } from "../lib/paths";
import { ConfirmModal } from "./confirm-modal";
import type { LookupState } from "./identifier-view";
import {
	ENTRY_ROW_HEIGHT,
	EXPANDED_ROW_ESTIMATE,
	GROUP_ROW_HEIGHT,
	renderEntryRow,
	renderGroupRow,
	type PanelAction,
} from "./entry-view";
import { isBatch, NoteWriter, type BatchReport, type PublishedField, type UndoBatch, type WriteResult } from "./note-writes";
import { BulkFixModal } from "./bulk-fix-modal";
import type { NoteFix } from "./bulk-fix";
import { recognitionOf } from "../check/selection";
import type { PanelIndex } from "./panel-index";
import { VerifyModal } from "./verify-modal";
import { VirtualList, type ListRow } from "./virtual-list";

type Row = ListRow & PanelRow & { selected: boolean; active: boolean; expanded: boolean; lookup?: LookupState; marked: boolean };

const GROUP_KEY = "group:";
const ENTRY_KEY = "entry:";

/** Key that re-checks the selected reference. */
export const RECHECK_KEY = "r";
/** Key that selects (or unselects) the focused reference for a bulk fix. */
export const MARK_KEY = "x";
/** Key that opens the bulk fix for the selected references. */
export const BULK_FIX_KEY = "f";

/**
 * Shows or hides `el`, touching the DOM only on a change. The state is kept on the element:
 * isShown() also answers false when the whole sidebar is collapsed.
 */
function setShown(el: HTMLElement, shown: boolean): void {
	if (el.dataset.shown === String(shown)) return;
	el.dataset.shown = String(shown);
	el.toggle(shown);
}

export class ReferenceCheckPanelView extends ItemView {
	readonly writer: NoteWriter;
	private list!: VirtualList<Row>;
	private filter = "";
	private readonly collapsed = new Set<PanelGroup>(["ignored"]);
	private selectedPath: string | null = null;
	private expandedPath: string | null = null;
	private activePath: string | null = null;
	private statusEl!: HTMLElement;
	/** What the last action did (or why it did nothing), beside its Undo: the panel's own acknowledgement, where no Notice covers it. */
	private ackEl!: HTMLElement;
	private ackTextEl!: HTMLElement;
	private undoEl!: HTMLButtonElement;
	/** Title look-ups started from entries whose identifier names another paper, by path. */
	private readonly lookups = new Map<string, LookupState>();
	private emptyEl!: HTMLElement;
	private listEl!: HTMLElement;
	private filterEl!: HTMLInputElement;
	private chipsEl!: HTMLElement;
	private selectionEl!: HTMLElement;
	private citationsEl!: HTMLDetailsElement;
	private selectionCountEl!: HTMLElement;
	/** References chosen for a bulk fix (by path). */
	readonly marked = new Set<string>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: ReferenceCheckServices,
		private readonly index: PanelIndex,
	) {
		super(leaf);
		this.writer = new NoteWriter(this.app);
	}

	getViewType(): string {
		return PANEL_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Reference check";
	}

	getIcon(): string {
		return "list-checks";
	}

	getState(): Record<string, unknown> {
		return this.selectedPath ? { file: this.selectedPath } : {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const file = (state as { file?: unknown } | null)?.file;
		if (typeof file === "string") this.focusPath(file);
		await super.setState(state, result);
	}

	protected async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("reference-check-panel");
		const header = root.createDiv({ cls: "reference-check-header" });
		this.filterEl = header.createEl("input", {
			cls: "reference-check-filter",
			type: "search",
			placeholder: "Filter by key, title or author",
			attr: { "aria-label": "Filter references" },
		});
		const bar = header.createDiv({ cls: "reference-check-panel-status-line" });
		this.statusEl = bar.createSpan({ cls: "reference-check-panel-status" });
		this.ackEl = header.createDiv({ cls: "reference-check-ack", attr: { role: "status", "aria-live": "polite" } });
		this.ackTextEl = this.ackEl.createSpan({ cls: "reference-check-ack-text" });
		this.undoEl = this.ackEl.createEl("button", { cls: "reference-check-button reference-check-undo", text: "Undo" });
		setShown(this.undoEl, false);
		setShown(this.ackEl, false);
		this.chipsEl = header.createDiv({ cls: "reference-check-chips" });
		for (const group of PANEL_GROUPS) {
			const chip = this.chipsEl.createEl("button", { cls: `reference-check-chip reference-check-chip-${group}`, attr: { "data-group": group, "aria-label": `Go to ${GROUP_LABELS[group].toLowerCase()}` } });
			chip.createSpan({ cls: "reference-check-chip-label", text: GROUP_LABELS[group] });
			chip.createSpan({ cls: "reference-check-count" });
			setShown(chip, false);
		}
		this.selectionEl = header.createDiv({ cls: "reference-check-selection" });
		this.selectionCountEl = this.selectionEl.createSpan({ cls: "reference-check-selection-count" });
		const fixButton = this.selectionEl.createEl("button", { cls: "reference-check-button mod-cta reference-check-bulk-open", text: "Fix selected…", attr: { "aria-label": `Fix the selected references (${BULK_FIX_KEY})` } });
		const clearButton = this.selectionEl.createEl("button", { cls: "reference-check-button reference-check-bulk-clear", text: "Clear selection" });
		setShown(this.selectionEl, false);
		this.citationsEl = header.createEl("details", { cls: "reference-check-citation-problems" });
		setShown(this.citationsEl, false);
		this.emptyEl = root.createDiv({ cls: "reference-check-panel-empty" });
		this.listEl = root.createDiv({ cls: "reference-check-list", attr: { tabindex: "0", role: "listbox", "aria-label": "References needing attention" } });
		this.list = new VirtualList<Row>(this.listEl, {
			height: (r) => (r.kind === "group" ? GROUP_ROW_HEIGHT : r.expanded ? EXPANDED_ROW_ESTIMATE : ENTRY_ROW_HEIGHT),
			variable: (r) => r.kind === "entry" && r.expanded,
			render: (r) => (r.kind === "group" ? renderGroupRow(r.group, r.count, r.collapsed) : renderEntryRow(r.entry, r)),
			same: (a, b) =>
				a.kind === "group"
					? b.kind === "group" && a.count === b.count && a.collapsed === b.collapsed
					: b.kind === "entry" && a.entry === b.entry && a.selected === b.selected && a.active === b.active && a.expanded === b.expanded && a.where === b.where && a.lookup === b.lookup && a.marked === b.marked,
		});

		this.registerDomEvent(this.filterEl, "input", () => {
			this.filter = this.filterEl.value;
			this.refresh();
		});
		this.registerDomEvent(this.undoEl, "click", () => void this.undo());
		this.registerDomEvent(fixButton, "click", () => this.openBulkFix());
		this.registerDomEvent(this.citationsEl, "click", (e) => this.onCitationClick(e));
		this.registerDomEvent(clearButton, "click", () => this.clearMarks());
		this.registerDomEvent(this.emptyEl, "click", (e) => {
			if (e.target instanceof Element && e.target.closest('[data-action="verify-all"]')) void runWithNotice(this.services.runs, { kind: "vault" }, false);
		});
		this.registerDomEvent(this.chipsEl, "click", (e) => {
			const group = e.target instanceof Element ? e.target.closest("[data-group]")?.getAttribute("data-group") : null;
			if (group) this.showGroup(group as PanelGroup);
		});
		this.registerDomEvent(this.listEl, "scroll", () => this.list.render());
		this.registerDomEvent(this.listEl, "click", (e) => this.onClick(e));
		this.registerDomEvent(this.listEl, "keydown", (e) => this.onKey(e));
		this.registerLiveUpdates();

		this.activePath = this.app.workspace.getActiveFile()?.path ?? null;
		this.refresh();
	}

	protected async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	onResize(): void {
		this.list?.render();
	}

	/** The entries (kept by the plugin's PanelIndex). */
	get model(): PanelModel {
		return this.index.model;
	}

	private registerLiveUpdates(): void {
		const { vault, workspace } = this.app;
		this.register(this.index.onChange(() => this.refresh()));
		this.registerEvent(
			vault.on("rename", (file: TAbstractFile, oldPath: string) => {
				this.writer.renamed(oldPath, file.path);
				if (this.selectedPath === oldPath) this.selectedPath = file.path;
				if (this.expandedPath === oldPath) this.expandedPath = file.path;
			}),
		);
		this.registerEvent(vault.on("delete", (file: TAbstractFile) => this.writer.deleted(file.path)));
		this.registerEvent(
			workspace.on("file-open", (file) => {
				this.activePath = file?.path ?? null;
				this.refresh();
			}),
		);
		this.register(this.services.runs.onProgress(() => this.renderStatus()));
		// What the pages cite changes with every edit of a page: render that part once per burst.
		const citations = debounce(() => this.renderCitations(), 300, true);
		this.register(this.services.onStatusRefresh(() => citations()));
		this.register(() => citations.cancel());
		this.renderCitations();
	}

	/**
	 * "Citations": `[@key]`s in pages that no reference note carries, and references pages cite
	 * that were never checked, each with the pages citing it (from cited_in's index).
	 */
	renderCitations(): void {
		const problems = this.services.citationProblems();
		const unknown = problems?.unknownKeys ?? [];
		const never = problems?.neverChecked ?? [];
		const el = this.citationsEl;
		const open = el.open;
		el.empty();
		setShown(el, unknown.length + never.length > 0);
		if (unknown.length + never.length === 0) return;
		const parts: string[] = [];
		if (unknown.length) parts.push(count(unknown.length, "unknown citation"));
		if (never.length) parts.push(`${count(never.length, "cited reference")} never checked`);
		el.createEl("summary", { cls: "reference-check-citation-summary", text: `Citations: ${parts.join(", ")}` });
		el.open = open;
		const pageLinks = (parent: HTMLElement, pages: string[]) => {
			pages.slice(0, 5).forEach((p, i) => {
				if (i > 0) parent.appendText(", ");
				parent.createEl("button", { cls: "reference-check-link-button", text: withoutMd(fileName(p)), attr: { "data-open": p, "aria-label": p } });
			});
			if (pages.length > 5) parent.appendText(` and ${pages.length - 5} more`);
		};
		if (unknown.length) {
			el.createDiv({ cls: "reference-check-field-name", text: "No reference note for" });
			const ul = el.createEl("ul", { cls: "reference-check-unknown-list" });
			for (const u of unknown) {
				const li = ul.createEl("li");
				li.createSpan({ cls: "reference-check-citekey is-unresolved", text: `@${u.key}` });
				li.appendText(" in ");
				pageLinks(li, u.pages);
			}
		}
		if (never.length) {
			const head = el.createDiv({ cls: "reference-check-field-name", text: "Cited, never checked " });
			head.createEl("button", { cls: "reference-check-button", text: `Check ${never.length === 1 ? "it" : `these ${never.length}`}`, attr: { "data-check-never": "" } });
			const ul = el.createEl("ul", { cls: "reference-check-never-list" });
			for (const n of never) {
				const li = ul.createEl("li");
				li.createEl("button", { cls: "reference-check-link-button", text: withoutMd(fileName(n.path)), attr: { "data-open": n.path, "aria-label": n.path } });
				li.appendText(" cited in ");
				pageLinks(li, n.pages);
			}
		}
	}

	private onCitationClick(e: MouseEvent): void {
		const target = e.target instanceof Element ? e.target : null;
		const open = target?.closest("[data-open]")?.getAttribute("data-open");
		if (open) {
			e.preventDefault();
			void this.openPath(open);
			return;
		}
		if (target?.closest("[data-check-never]")) {
			e.preventDefault();
			const paths = this.services.citationProblems()?.neverChecked.map((n) => n.path) ?? [];
			if (paths.length > 0) void runWithNotice(this.services.runs, { kind: "files", paths }, true);
		}
	}

	/** Recomputes the row list and renders what changed. */
	refresh(): void {
		if (!this.list) return;
		for (const path of this.marked) if (!this.model.get(path)) this.marked.delete(path);
		const rows: Row[] = this.model.rows(this.filter, this.collapsed).map((r) =>
			r.kind === "group"
				? { ...r, key: GROUP_KEY + r.group, selected: false, active: false, expanded: false, marked: false }
				: {
					...r,
					key: ENTRY_KEY + r.entry.path,
					selected: r.entry.path === this.selectedPath,
					active: r.entry.path === this.activePath,
					expanded: r.entry.path === this.expandedPath,
					lookup: this.lookups.get(r.entry.path),
					marked: this.marked.has(r.entry.path),
				},
		);
		this.list.setRows(rows);
		this.renderChips();
		this.renderStatus();
		this.renderEmpty(rows.length === 0);
	}

	private renderStatus(): void {
		const progress = this.services.runs.progress();
		let text: string;
		if (!this.index.isReady) text = "Reading reference notes…";
		else if (progress.running) text = `Checking ${progress.done}/${progress.total} (${progress.scopeLabel})…`;
		else {
			const problems = (counts: Record<PanelGroup, number>) => PANEL_GROUPS.filter((g) => g !== "ignored").reduce((n, g) => n + counts[g], 0);
			const all = problems(this.model.counts());
			const filtering = this.filter.trim() !== "";
			const shown = filtering ? problems(this.model.counts(this.filter)) : all;
			if (all === 0) text = "No problems";
			else if (filtering) text = `${shown} of ${count(all, "reference")} to review match the filter`;
			else text = `${count(all, "reference")} to review`;
		}
		if (this.statusEl.getText() !== text) this.statusEl.setText(text);
		const marks = this.marked.size;
		const countText = `${marks} selected`;
		if (this.selectionCountEl.getText() !== countText) this.selectionCountEl.setText(countText);
		setShown(this.selectionEl, marks > 0);
		const last = this.writer.undoable[this.writer.undoable.length - 1];
		const undoText = last ? `Undo: ${last.label}` : "";
		if (last && this.undoEl.getText() !== undoText) this.undoEl.setText(undoText);
		setShown(this.undoEl, !!last);
		setShown(this.ackEl, !!last || this.ackTextEl.getText() !== "");
	}

	/** Says what an action did (or why not) in the panel, next to Undo: no Notice covers the panel. */
	private acknowledge(text: string, failed = false): void {
		this.ackTextEl.setText(text);
		this.ackEl.toggleClass("reference-check-ack-failed", failed);
		this.renderStatus();
	}

	/** The name the panel uses for a note in what it says: its citation key, else its file name. */
	private nameOf(entry: PanelEntry): string {
		return entry.citationKey ?? withoutMd(fileName(entry.path));
	}

	/** Per-group counts (of the filtered list), always visible whatever part of the list is rendered. */
	private renderChips(): void {
		const counts = this.model.counts(this.filter);
		for (const chip of Array.from(this.chipsEl.children) as HTMLElement[]) {
			const group = chip.getAttr("data-group") as PanelGroup;
			const count = String(counts[group]);
			const countEl = chip.querySelector(".reference-check-count");
			if (countEl && countEl.textContent !== count) countEl.setText(count);
			setShown(chip, counts[group] > 0);
		}
	}

	/** Opens a group and scrolls to its header. */
	showGroup(group: PanelGroup): void {
		if (this.collapsed.delete(group)) this.refresh();
		this.list.scrollToTop(this.list.indexOfKey(GROUP_KEY + group));
	}

	private renderEmpty(empty: boolean): void {
		const mode = !empty || !this.index.isReady ? "" : this.model.size > 0 ? "filtered" : "none";
		if (this.emptyEl.getAttr("data-mode") === mode) return;
		this.emptyEl.setAttr("data-mode", mode);
		this.emptyEl.empty();
		this.emptyEl.toggle(mode !== "");
		this.listEl.toggle(mode === "");
		if (mode === "filtered") this.emptyEl.createEl("p", { text: "No reference matches the filter." });
		if (mode === "none") {
			this.emptyEl.createEl("p", { text: "Nothing to review. References with a mismatch, without a match, with an error in the last run or with an old check appear here." });
			this.emptyEl.createEl("p", { text: "Check your reference notes with the verify commands in the command palette, or here:" });
			this.emptyEl.createEl("button", { cls: "mod-cta", text: "Verify all references", attr: { "data-action": "verify-all" } });
		}
	}

	// ---- selection and keyboard ----

	private entryRowIndices(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.list.length; i++) if (this.list.row(i)?.kind === "entry") out.push(i);
		return out;
	}

	private select(path: string | null, opts: { expand?: boolean } = {}): void {
		this.selectedPath = path;
		if (opts.expand !== undefined) this.expandedPath = opts.expand ? path : null;
		this.refresh();
		if (path) this.list.scrollIntoView(this.list.indexOfKey(ENTRY_KEY + path));
	}

	/** Selects and expands a note's entry (view state `{file}`), opening its group. */
	focusPath(path: string): void {
		const entry = this.model.get(path);
		if (entry) this.collapsed.delete(entry.group);
		this.selectedPath = path;
		this.expandedPath = path;
		if (!this.list) return;
		this.refresh();
		this.list.scrollIntoView(this.list.indexOfKey(ENTRY_KEY + path));
	}

	private onKey(e: KeyboardEvent): void {
		const rows = this.entryRowIndices();
		if (rows.length === 0) return;
		const current = this.selectedPath ? this.list.indexOfKey(ENTRY_KEY + this.selectedPath) : -1;
		const pos = rows.indexOf(current);
		const entry = this.selectedPath ? this.model.get(this.selectedPath) : null;
		const pathAt = (i: number): string | null => {
			const row = this.list.row(rows[i]);
			return row?.kind === "entry" ? row.entry.path : null;
		};
		let handled = true;
		const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
		if (e.shiftKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
			// Extends the bulk selection: the row left and the row reached are both selected.
			const next = pathAt(pos < 0 ? 0 : e.key === "ArrowDown" ? Math.min(rows.length - 1, pos + 1) : Math.max(0, pos - 1));
			if (this.selectedPath) this.marked.add(this.selectedPath);
			if (next) this.marked.add(next);
			this.select(next);
		} else if (e.key === "ArrowDown") this.select(pathAt(pos < 0 ? 0 : Math.min(rows.length - 1, pos + 1)));
		else if (e.key === "ArrowUp") this.select(pathAt(pos < 0 ? 0 : Math.max(0, pos - 1)));
		else if (e.key === MARK_KEY && plain && entry) this.toggleMark(entry.path);
		else if ((e.ctrlKey || e.metaKey) && e.key === "a" && entry) this.markGroup(entry.group);
		else if (e.key === BULK_FIX_KEY && plain && this.marked.size > 0) this.openBulkFix();
		else if (e.key === "Escape" && this.marked.size > 0) this.clearMarks();
		else if (e.key === "Home") this.select(pathAt(0));
		else if (e.key === "End") this.select(pathAt(rows.length - 1));
		else if (e.key === "ArrowRight" || e.key === " ") this.select(this.selectedPath, { expand: e.key === " " ? this.expandedPath !== this.selectedPath : true });
		else if (e.key === "ArrowLeft") this.select(this.selectedPath, { expand: false });
		else if (e.key === "Enter" && entry) void this.openNote(entry);
		else if (e.key === RECHECK_KEY && !e.ctrlKey && !e.metaKey && !e.altKey && entry) void this.recheck(entry);
		else if ((e.ctrlKey || e.metaKey) && e.key === "z") void this.undo();
		else handled = false;
		if (handled) e.preventDefault();
	}

	private onClick(e: MouseEvent): void {
		const target = e.target instanceof Element ? e.target : null;
		const actionEl = target?.closest("[data-action]");
		if (!actionEl || target?.closest("a")) return;
		const action = actionEl.getAttribute("data-action") as PanelAction;
		if (action === "mark-group") {
			e.preventDefault();
			this.markGroup(actionEl.getAttribute("data-group") as PanelGroup);
			return;
		}
		if (action === "toggle-group") {
			const group = actionEl.getAttribute("data-group") as PanelGroup;
			if (this.collapsed.has(group)) this.collapsed.delete(group);
			else this.collapsed.add(group);
			this.refresh();
			return;
		}
		const path = actionEl.closest("[data-path]")?.getAttribute("data-path");
		const entry = path ? this.model.get(path) : null;
		if (!entry) return;
		e.preventDefault();
		this.listEl.focus();
		if (action === "mark") {
			// Shift-click selects the range from the focused row.
			if (e.shiftKey && this.selectedPath) this.markRange(this.selectedPath, entry.path);
			else this.toggleMark(entry.path);
			this.select(entry.path);
		} else if (action === "toggle") this.select(entry.path, { expand: this.expandedPath !== entry.path });
		else if (action === "open") void this.openNote(entry);
		else if (action === "open-other") void this.openPath(actionEl.getAttribute("data-target") ?? "");
		else if (action === "recheck") void this.recheck(entry);
		else if (action === "use-remote") void this.useRemote(entry, actionEl.getAttribute("data-field") as FieldName);
		else if (action === "use-published") void this.usePublished(entry, actionEl.getAttribute("data-field") as PublishedField);
		else if (action === "verify") this.askVerify(entry);
		else if (action === "ignore" || action === "unignore") void this.setIgnored(entry, action === "ignore");
		else if (action === "remove-identifier") void this.removeIdentifier(entry);
		else if (action === "look-up-title") void this.lookUpByTitle(entry);
		else if (action === "use-found-doi") void this.useFoundDoi(entry, actionEl.getAttribute("data-doi") ?? "");
	}

	// ---- bulk selection and fixes ----

	toggleMark(path: string): void {
		if (!this.marked.delete(path)) this.marked.add(path);
		this.refresh();
	}

	/** Selects every entry of `group` shown under the current filter. */
	markGroup(group: PanelGroup): void {
		for (const row of this.model.rows(this.filter)) if (row.kind === "entry" && row.entry.group === group) this.marked.add(row.entry.path);
		this.refresh();
	}

	private markRange(from: string, to: string): void {
		const paths = this.entryRowIndices().map((i) => this.list.row(i)).flatMap((r) => (r?.kind === "entry" ? [r.entry.path] : []));
		const a = paths.indexOf(from);
		const b = paths.indexOf(to);
		if (a < 0 || b < 0) return;
		for (const p of paths.slice(Math.min(a, b), Math.max(a, b) + 1)) this.marked.add(p);
	}

	clearMarks(): void {
		this.marked.clear();
		this.refresh();
	}

	/** The fix modal for the selected references: choose a fix, preview, apply (one undo). */
	openBulkFix(): BulkFixModal | null {
		if (this.marked.size === 0) return null;
		const settings = this.services.settings();
		const modal = new BulkFixModal(this.app, {
			paths: [...this.marked].sort(),
			read: async (path) => {
				const file = this.app.vault.getFileByPath(path);
				return file ? this.app.vault.read(file) : null;
			},
			planOptions: { staleDays: settings.staleDays, now: new Date(), recognition: recognitionOf(settings) },
			apply: (label, fixes, recheck) => this.applyBulkFix(label, fixes, recheck),
		});
		modal.open();
		return modal;
	}

	/** Writes a previewed bulk fix and says what it did in the panel (skipped notes named), with one undo. */
	async applyBulkFix(label: string, fixes: NoteFix[], recheck: boolean): Promise<BatchReport> {
		const what = `${label[0].toLowerCase()}${label.slice(1)}`;
		const report = await this.writer.applyBatch((n) => `${what} in ${count(n, "note")}`, fixes, { recheck });
		for (const p of report.written) this.marked.delete(p);
		this.refresh();
		const n = report.written.length;
		const skipped = report.skipped.length ? ` ${report.skipped.length} skipped: ${report.skipped.slice(0, 3).map((s) => `${s.path} (${s.reason})`).join(", ")}${report.skipped.length > 3 ? ", …" : ""}.` : "";
		this.acknowledge(`${label}: ${count(n, "note")} changed.${skipped}`, report.skipped.length > 0);
		if (recheck && n > 0) void runWithNotice(this.services.runs, { kind: "files", paths: report.written }, true);
		return report;
	}

	/** Undoes a bulk fix in every note it changed, then re-checks them if the fix did. */
	private async undoBatch(batch: UndoBatch): Promise<void> {
		const result = await this.writer.undoBatch(batch);
		const failed = result.failed.length ? ` ${result.failed.length} not undone: ${result.failed.slice(0, 3).map((f) => `${f.path} (${f.error})`).join(", ")}.` : "";
		this.acknowledge(`Undone: ${result.label}.${failed}`, result.failed.length > 0);
		if (result.recheck.length > 0) void runWithNotice(this.services.runs, { kind: "files", paths: result.recheck }, true);
	}

	// ---- actions ----

	private fileOf(entry: PanelEntry): TFile | null {
		const file = this.app.vault.getFileByPath(entry.path);
		if (!file) this.acknowledge(`${entry.path} no longer exists.`, true);
		return file;
	}

	async openNote(entry: PanelEntry): Promise<void> {
		const file = this.fileOf(entry);
		if (file) await this.app.workspace.getLeaf(false).openFile(file);
	}

	/** Opens another note (a duplicate's link). */
	async openPath(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) this.acknowledge(`${path} no longer exists.`, true);
		else await this.app.workspace.getLeaf(false).openFile(file);
	}

	/** Re-checks one note; the outcome is said in the panel (`before`: what was just written). */
	async recheck(entry: PanelEntry, before = ""): Promise<void> {
		const file = this.fileOf(entry);
		if (!file) return;
		const lead = before ? `${before} ` : "";
		this.acknowledge(`${lead}Re-checking ${this.nameOf(entry)}…`);
		const summary = await this.services.verifyFile(file, { quiet: true });
		if (summary === null) this.acknowledge(`${lead}A check is already running; re-check ${this.nameOf(entry)} when it ends.`, true);
		else this.acknowledge(`${lead}Re-checked ${this.nameOf(entry)}: ${outcomeOf(summary)}.`, summary.errors.length > 0);
	}

	async useRemote(entry: PanelEntry, field: FieldName): Promise<void> {
		const file = this.fileOf(entry);
		if (!file) return;
		// Comments inside the value have no place once it is rewritten: say so before writing.
		const dropped = await this.writer.commentsDroppedBy(file, field);
		if (dropped.length > 0) {
			const yes = await new Promise<boolean>((resolve) =>
				new ConfirmModal(this.app, `Replace ${field} in ${this.nameOf(entry)}?`, [`Its comments cannot be kept in the new value: ${dropped.join(", ")}.`, "The comment on the key's own line is kept."], "Replace", resolve).open(),
			);
			if (!yes) {
				this.acknowledge(`Nothing written: ${field} in ${this.nameOf(entry)} keeps its comments.`);
				return;
			}
		}
		await this.writeThenRecheck(entry, this.writer.useRemoteValue(file, field, this.nameOf(entry), dropped));
	}

	async usePublished(entry: PanelEntry, field: PublishedField): Promise<void> {
		const file = this.fileOf(entry);
		if (file) await this.writeThenRecheck(entry, this.writer.usePublishedValue(file, field, this.nameOf(entry)));
	}

	async removeIdentifier(entry: PanelEntry): Promise<void> {
		const wrong = entry.wrongIdentifier;
		const file = wrong ? this.fileOf(entry) : null;
		if (wrong && file) await this.writeThenRecheck(entry, this.writer.removeIdentifier(file, wrong.kind, wrong.value, this.nameOf(entry)));
	}

	async useFoundDoi(entry: PanelEntry, doi: string): Promise<void> {
		const file = this.fileOf(entry);
		if (file) await this.writeThenRecheck(entry, this.writer.useDoi(file, doi, this.nameOf(entry)));
	}

	/** Looks the note up by title (its identifier set aside) and shows what that finds in its entry. */
	async lookUpByTitle(entry: PanelEntry): Promise<void> {
		const file = this.fileOf(entry);
		if (!file || this.lookups.get(entry.path)?.kind === "pending") return;
		this.lookups.set(entry.path, { kind: "pending" });
		this.refresh();
		const found = await this.services.lookUpByTitle(file);
		this.lookups.set(entry.path, found);
		this.refresh();
	}

	askVerify(entry: PanelEntry): void {
		new VerifyModal(this.app, entry.title, (notes) => void this.markVerified(entry, notes)).open();
	}

	async markVerified(entry: PanelEntry, notes: string): Promise<void> {
		const file = this.fileOf(entry);
		if (file) this.afterWrite(await this.writer.markVerified(file, notes, new Date(), this.nameOf(entry)));
	}

	async setIgnored(entry: PanelEntry, ignored: boolean): Promise<void> {
		const file = this.fileOf(entry);
		if (file) this.afterWrite(await this.writer.setIgnored(file, ignored, this.nameOf(entry)));
	}

	async undo(): Promise<void> {
		const last = this.writer.undoable[this.writer.undoable.length - 1];
		if (last && isBatch(last)) {
			await this.undoBatch(last);
			return;
		}
		const result = await this.writer.undo();
		if (!result.ok) {
			this.acknowledge(`Not undone: ${result.error}.`, true);
			return;
		}
		const undone = `Undone: ${result.record.label}.`;
		this.acknowledge(undone);
		const file = this.app.vault.getFileByPath(result.record.path);
		const entry = file ? this.model.get(file.path) : null;
		if (file && result.record.recheck) {
			if (entry) await this.recheck(entry, undone);
			else {
				const summary = await this.services.verifyFile(file, { quiet: true });
				this.acknowledge(summary === null ? `${undone} A check is running; re-check it when it ends.` : `${undone} Re-checked: ${outcomeOf(summary)}.`);
			}
		}
	}

	/** Says what was written (what, in which note), then re-checks the note. */
	private async writeThenRecheck(entry: PanelEntry, write: Promise<WriteResult>): Promise<void> {
		const result = await write;
		if (this.afterWrite(result) && result.ok) await this.recheck(entry, `Done: ${result.record.label}.`);
	}

	private afterWrite(result: WriteResult): boolean {
		if (!result.ok) this.acknowledge(`Not written: ${result.error}.`, true);
		else this.acknowledge(`Done: ${result.record.label}.`);
		return result.ok;
	}
}

/** What a one-note re-check found, in a few words. */
function outcomeOf(s: RunSummary): string {
	if (s.errors.length > 0) return `the check failed (${s.errors[0].message})`;
	if (s.vanished > 0) return "the note is gone";
	if (s.counts.confirmed) return "it matches OpenAlex";
	if (s.counts.mismatch) return "OpenAlex still differs";
	if (s.counts.not_found) return "not found in OpenAlex";
	if (s.counts.skipped) return "not checkable";
	return "nothing to check";
}
