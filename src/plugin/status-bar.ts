// Status-bar indicator: the open note's verification state, or the run's progress n/N with the
// remaining OpenAlex budget. Click: open the panel on the note, or (during a run) offer cancel.
import { Component, Menu, setIcon, type TFile } from "obsidian";
import { noteVerdict } from "../core/verdict";
import { noteStatus, type NoteStatus } from "./note-status";
import type { ReferenceCheckServices, RunProgress } from "./services";
import { cachedReference } from "./note-store";
import { count, creditsLeft } from "../core/messages";

const PROGRESS_REPAINT_MS = 100;

const STATE_CLASSES = ["retracted", "verified", "manual", "mismatch", "not_found", "skipped", "stale", "unchecked", "error", "running"].map((k) => `reference-check-status-${k.replace("_", "-")}`);

export interface StatusView {
	label: string;
	detail: string;
	icon: string;
	kind: NoteStatus["kind"] | "running";
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
		if (!file) return null;
		const settings = this.services.settings();
		const found = cachedReference(file, app.metadataCache, settings);
		if (!found) return null;
		return noteStatus(noteVerdict(found.frontmatter, { staleDays: settings.staleDays, now: new Date(), error: runs.errorFor(file.path), reference: found.reference }));
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
