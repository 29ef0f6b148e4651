// Sidebar view for the active note: its "Cited in" section (reference notes) and its
// "References" section (pages), in every mode — this is how live preview shows them.
import { ItemView, type HoverPopover, type TFile, type WorkspaceLeaf } from "obsidian";
import { citedInSectionModel, referencesSectionModel } from "./model";
import { linkHandlers, modelSource, rerenderOnChanges, type CitedInHost } from "./host";
import { renderCitedInSection, renderReferencesSection } from "./render";

export const CITED_IN_VIEW_TYPE = "reference-check-citations";

export class CitedInView extends ItemView {
	hoverPopover: HoverPopover | null = null;
	/** The note shown: the active one, kept while the sidebar itself has focus. */
	private file: TFile | null = null;
	/** Re-renders once per burst of changes (set up in onOpen). */
	private scheduleRender: () => void = () => undefined;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: CitedInHost,
	) {
		super(leaf);
		this.icon = "quote";
		this.navigation = false;
	}

	getViewType(): string {
		return CITED_IN_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Citations";
	}

	protected async onOpen(): Promise<void> {
		const { workspace } = this.app;
		this.file = workspace.getActiveFile();
		this.scheduleRender = rerenderOnChanges(this, this.host, () => this.render());
		this.registerEvent(workspace.on("file-open", (file) => this.show(file)));
		this.registerEvent(workspace.on("active-leaf-change", () => this.show(workspace.getActiveFile())));
		this.registerEvent(
			this.app.vault.on("rename", (file) => {
				if (file === this.file) this.scheduleRender();
			}),
		);
		this.registerEvent(
			this.app.vault.on("delete", (file) => {
				if (file === this.file) this.show(null, true);
			}),
		);
		this.render();
	}

	/** Shows `file`; a null file (the sidebar got focus) keeps the current note unless `force`. */
	private show(file: TFile | null, force = false): void {
		if (!file && !force) return;
		if (file === this.file && !force) return;
		this.file = file;
		this.render();
	}

	render(): void {
		const el = this.contentEl;
		el.empty();
		el.addClass("reference-check-citations-view");
		const file = this.file;
		if (!file) {
			el.createDiv({ cls: "reference-check-empty", text: "Open a note to see its citations." });
			return;
		}
		el.createDiv({ cls: "reference-check-view-title", text: file.basename });
		const index = this.host.indexes.index;
		const handlers = linkHandlers(this.app, file.path, CITED_IN_VIEW_TYPE, this);
		const src = modelSource(this.host);
		const isReference = index.isReference(file.path);
		if (isReference) renderCitedInSection(el, citedInSectionModel(src, file.path), handlers);
		// A reference note rarely cites others: its References section only when it has some.
		const references = referencesSectionModel(src, file.path);
		if (!isReference || references.items.length > 0 || references.unknownKeys.length > 0) renderReferencesSection(el, references, handlers);
	}
}
