// Status-bar indicator: the open note's verification state, or the run's progress n/N with the
// remaining OpenAlex budget. Click: open the panel on the note, or (during a run) offer cancel.
import { Component, Menu, setIcon, type TFile } from "obsidian";
import { noteVerdict } from "../core/verdict";
import { noteStatus, type NoteStatus } from "./note-status";
import type { ReferenceCheckServices, RunProgress, StatusSignal } from "./services";
import type { AutoCheckOutcome } from "./auto-check";
import { cachedReference } from "./note-store";
import { count, creditsLeft } from "../core/messages";

const PROGRESS_REPAINT_MS = 100;

const STATE_CLASSES = ["retracted", "verified", "manual", "mismatch", "not_found", "skipped", "stale", "unchecked", "error", "running", "duplicate", "unknown", "auto"].map(
	(k) => `reference-check-status-${k.replace("_", "-")}`,
);

export interface StatusView {
	label: string;
	detail: string;
	icon: string;
	kind: NoteStatus["kind"] | "running" | StatusSignal["kind"] | "auto";
}

/** Where the status bar reads the automatic checks' last outcome (plugin/auto-check.ts). */
export interface AutoOutcomeSource {
	lastOutcome(): AutoCheckOutcome | null;
	onOutcome(cb: (outcome: AutoCheckOutcome) => void): () => void;
}

const SIGNAL_ICONS: Record<StatusSignal["kind"], string> = { retracted: "ban", duplicate: "copy", unknown: "help-circle" };

/** The status bar's note on the last automatic batch. */
export function autoStatus(o: AutoCheckOutcome): StatusView {
	const s = o.summary;
	const checked = s.counts.confirmed + s.counts.mismatch + s.counts.not_found + s.counts.skipped;
	const what = o.reasons.edited === 0 ? "new" : o.reasons.new === 0 ? "edited" : "new and edited";
	const parts = [`${s.counts.confirmed} verified`];
	if (s.counts.mismatch) parts.push(`${s.counts.mismatch} with differences`);
	if (s.counts.not_found) parts.push(`${s.counts.not_found} not found`);
	if (s.errors.length) parts.push(`${s.errors.length} failed`);
	const urgent = o.urgent.length > 0 ? `: ${o.urgent.length} need${o.urgent.length === 1 ? "s" : ""} attention` : `: ${parts.join(", ")}`;
	return {
		kind: "auto",
		icon: o.urgent.length > 0 ? "x-circle" : "badge-check",
		label: `Checked ${checked} ${what} note${checked === 1 ? "" : "s"}${urgent}`,
		detail: `Automatic check of ${checked} ${what} reference note${checked === 1 ? "" : "s"}: ${parts.join(", ")}. Click to open the mismatch panel.`,
	};
}

/** What the status bar shows for a run in progress. */
export function runStatus(p: RunProgress): StatusView {
	const budget = p.remainingCredits === null ? "" : ` · ${count(p.remainingCredits, "credit")} left`;
	return {
		kind: "running",
		icon: "loader",
		label: `Checking ${p.done}/${p.total}${budget}`,
		detail: `Verifying references (${p.scopeLabel}): ${p.done} of ${p.total} done${p.remainingCredits === null ? "" : `, ${creditsLeft(p.remainingCredits)}`}. Click to cancel.`,
	};
}

export class StatusBar extends Component {
	private iconEl: HTMLElement;
	private labelEl: HTMLElement;
	private shownFile: TFile | null = null;
	private shownIcon = "";
	/** Pending progress repaint: a run reports every note, the bar repaints a few times a second. */
	private repaint = 0;

	constructor(
		private readonly el: HTMLElement,
		private readonly services: ReferenceCheckServices,
		private readonly auto: AutoOutcomeSource | null = null,
	) {
		super();
		el.addClass("reference-check-status");
		this.iconEl = el.createSpan({ cls: "reference-check-status-icon" });
		this.labelEl = el.createSpan({ cls: "reference-check-status-label" });
	}

	onload(): void {
		const { app } = this.services;
		this.registerEvent(app.workspace.on("file-open", () => this.render()));
		this.registerEvent(app.workspace.on("active-leaf-change", () => this.render()));
		this.registerEvent(
			app.metadataCache.on("changed", (file) => {
				if (file === app.workspace.getActiveFile()) this.render();
			}),
		);
		this.register(this.services.runs.onProgress((p) => this.onProgress(p.running)));
		this.register(() => window.clearTimeout(this.repaint));
		this.register(this.services.onSettingsChange(() => this.render()));
		this.register(this.services.onStatusRefresh(() => this.render()));
		if (this.auto) this.register(this.auto.onOutcome(() => this.render()));
		this.registerDomEvent(this.el, "click", (evt) => this.onClick(evt));
		this.render();
	}

	private onProgress(running: boolean): void {
		if (!running) {
			window.clearTimeout(this.repaint);
			this.repaint = 0;
			this.render();
			return;
		}
		if (this.repaint) return;
		this.repaint = window.setTimeout(() => {
			this.repaint = 0;
			this.render();
		}, PROGRESS_REPAINT_MS);
	}

	/** The state currently shown, for the note or the run (null: nothing shown). */
	current(): StatusView | null {
		const { app, runs } = this.services;
		if (runs.isRunning()) return runStatus(runs.progress());
		const file = app.workspace.getActiveFile();
		this.shownFile = file;
		let view: StatusView | null = null;
		if (file) {
			const settings = this.services.settings();
			const found = cachedReference(file, app.metadataCache, settings);
			if (found) view = noteStatus(noteVerdict(found.frontmatter, { staleDays: settings.staleDays, now: new Date(), error: runs.errorFor(file.path), reference: found.reference }));
		}
		// The features' signals: after the note's own state, or on their own for a page.
		const signals = file ? this.services.statusSignals(file) : [];
		if (signals.length > 0) {
			const first = signals[0];
			view = view
				? { ...view, label: [view.label, ...signals.map((s) => s.label)].join(" · "), detail: [view.detail, ...signals.map((s) => s.detail)].join(" ") }
				: { kind: first.kind, icon: SIGNAL_ICONS[first.kind], label: signals.map((s) => s.label).join(" · "), detail: signals.map((s) => s.detail).join(" ") };
		}
		const outcome = this.auto?.lastOutcome() ?? null;
		if (!view && outcome) view = autoStatus(outcome);
		return view;
	}

	render(): void {
		const view = this.current();
		this.el.removeClasses(STATE_CLASSES);
		this.el.toggleClass("reference-check-status-empty", view === null);
		if (!view) {
			this.iconEl.empty();
			this.shownIcon = "";
			this.labelEl.setText("");
			this.el.removeAttribute("aria-label");
			return;
		}
		this.el.addClass(`reference-check-status-${view.kind.replace("_", "-")}`);
		if (view.icon !== this.shownIcon) setIcon(this.iconEl, view.icon);
		this.shownIcon = view.icon;
		this.labelEl.setText(view.label);
		this.el.setAttr("aria-label", view.detail);
		this.el.setAttr("data-tooltip-position", "top");
	}

	private onClick(evt: MouseEvent): void {
		const { runs } = this.services;
		if (runs.isRunning()) {
			const menu = new Menu();
			menu.addItem((item) => item.setTitle("Cancel verification").setIcon("square").onClick(() => runs.cancel()));
			menu.addItem((item) => item.setTitle("Open mismatch panel").setIcon("list-checks").onClick(() => void this.services.openPanel(null)));
			menu.showAtMouseEvent(evt);
			return;
		}
		void this.services.openPanel(this.shownFile);
	}
}
