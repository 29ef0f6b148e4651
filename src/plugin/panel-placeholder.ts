// Stand-in for the mismatch panel until src/ui/panel/ provides the real view (same view type).
import { ItemView, type Plugin } from "obsidian";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices } from "./services";

class PlaceholderPanelView extends ItemView {
	getViewType(): string {
		return PANEL_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Reference check";
	}

	getIcon(): string {
		return "list-checks";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.createEl("p", { text: "The mismatch panel is not available in this build." });
	}
}

export function registerPlaceholderPanel(plugin: Plugin, services: ReferenceCheckServices): void {
	void services;
	plugin.registerView(PANEL_VIEW_TYPE, (leaf) => new PlaceholderPanelView(leaf));
}
