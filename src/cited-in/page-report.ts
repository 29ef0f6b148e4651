// "Check the references this page cites": the last pass before submitting a paper. Checks the
// reference notes the page cites (by `[@key]`, a link, or a `cited_in` naming the page) through
// the shared run, then reports "N of M cited references verified; K need attention" with a link
// to each one needing attention, and the page's `[@key]`s that have no reference note.
import { Modal, Notice, Setting, type App } from "obsidian";
import type { NoteStatus } from "../plugin/note-status";
import type { ReferenceCheckServices, RunSummary } from "../plugin/services";
import type { CitedInIndexService } from "./index-service";
import { fileName, withoutMd } from "../lib/paths";
import { count } from "../core/messages";

/** Reference notes the page itself cites (not those a folder's cited_in merely lists), in the section's order. */
export function citedReferencePaths(indexes: CitedInIndexService, pagePath: string): string[] {
	return indexes.index
		.referencesOf(pagePath)
		.references.filter((r) => r.via.some((v) => v !== "folder"))
		.map((r) => r.path);
}

export interface PageReport {
	/** Cited reference notes. */
	total: number;
	verified: string[];
	/** Notes whose verdict needs a look, with the status bar's words for it. */
	attention: Array<{ path: string; status: NoteStatus }>;
	/** Cited notes whose check did not settle anything (not checkable, unchecked after a stopped run). */
	other: Array<{ path: string; status: NoteStatus }>;
	unknownKeys: string[];
}

const VERIFIED = new Set<NoteStatus["kind"]>(["verified", "manual"]);
const ATTENTION = new Set<NoteStatus["kind"]>(["retracted", "mismatch", "not_found", "error", "stale"]);

export function pageReport(paths: string[], unknownKeys: string[], status: (path: string) => NoteStatus): PageReport {
	const report: PageReport = { total: paths.length, verified: [], attention: [], other: [], unknownKeys };
	for (const path of paths) {
		const s = status(path);
		if (VERIFIED.has(s.kind)) report.verified.push(path);
		else if (ATTENTION.has(s.kind)) report.attention.push({ path, status: s });
		else report.other.push({ path, status: s });
	}
	// Worst first: a retraction, then major mismatches, then the rest (stable within a kind).
	const rank = (s: NoteStatus) => (s.kind === "retracted" ? 0 : s.kind === "mismatch" ? (s.severity === "major" ? 1 : 2) : s.kind === "error" ? 3 : s.kind === "not_found" ? 4 : 5);
	report.attention.sort((a, b) => rank(a.status) - rank(b.status));
	return report;
}

/** "N of M cited references verified; K need attention". */
export function reportHeadline(r: PageReport): string {
	const k = r.attention.length;
	return `${r.verified.length} of ${count(r.total, "cited reference")} verified; ${k} need${k === 1 ? "s" : ""} attention`;
}

export class PageReportModal extends Modal {
	constructor(
		app: App,
		private readonly pagePath: string,
		private readonly report: PageReport,
		private readonly summary: RunSummary | null,
	) {
		super(app);
	}

	onOpen(): void {
		const r = this.report;
		this.setTitle(`References of ${withoutMd(fileName(this.pagePath))}`);
		const el = this.contentEl;
		el.addClass("reference-check-page-report");
		el.createEl("p", { cls: "reference-check-page-headline", text: `${reportHeadline(r)}.` });
		if (this.summary?.stoppedBy) el.createEl("p", { cls: "reference-check-error", text: `The check stopped early: ${this.summary.stoppedBy}` });
		const list = (title: string, items: Array<{ path: string; status: NoteStatus }>, cls: string) => {
			if (items.length === 0) return;
			el.createDiv({ cls: "reference-check-field-name", text: title });
			const ul = el.createEl("ul", { cls });
			for (const item of items) {
				const li = ul.createEl("li");
				const b = li.createEl("button", { cls: "reference-check-link-button", text: withoutMd(fileName(item.path)), attr: { "data-open": item.path, "aria-label": item.path } });
				b.addEventListener("click", () => {
					this.close();
					void this.app.workspace.openLinkText(item.path, this.pagePath, false);
				});
				li.createSpan({ cls: "reference-check-muted", text: ` ${item.status.label}` });
			}
		};
		list("Need attention", r.attention, "reference-check-page-attention");
		list("Not settled", r.other, "reference-check-page-other");
		if (r.unknownKeys.length > 0) {
			el.createDiv({ cls: "reference-check-field-name", text: `No reference note for ${count(r.unknownKeys.length, "citation")}` });
			el.createDiv({ cls: "reference-check-unknown-keys", text: r.unknownKeys.map((k) => `@${k}`).join(", ") });
		}
		new Setting(el).addButton((b) =>
			b
				.setButtonText("Close")
				.setCta()
				.onClick(() => this.close()),
		);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** Runs the command on `pagePath`: checks its cited references, then shows the report. */
export async function checkPageReferences(app: App, services: ReferenceCheckServices, indexes: CitedInIndexService, pagePath: string, status: (path: string) => NoteStatus): Promise<PageReportModal | null> {
	await indexes.ready;
	const paths = citedReferencePaths(indexes, pagePath);
	let summary: RunSummary | null = null;
	if (paths.length > 0) {
		const run = services.runs.start({ kind: "files", paths }, { force: true, label: "this page's references" });
		if (!run) {
			new Notice("A reference check is already running; check this page's references when it ends.");
			return null;
		}
		summary = await run;
	}
	const report = pageReport(paths, indexes.index.referencesOf(pagePath).unknownKeys, status);
	const modal = new PageReportModal(app, pagePath, report, summary);
	modal.open();
	return modal;
}
