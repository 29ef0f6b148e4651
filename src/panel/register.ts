// The mismatch panel's one entry point: the plugin-wide index of entries, the view and the command
// for bulk fixes. main.ts calls it with the plugin and the services.
import type { Plugin } from "obsidian";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices } from "../plugin/services";
import { PanelIndex } from "./panel-index";
import { ReferenceCheckPanelView } from "./panel-view";

export function registerPanel(plugin: Plugin, services: ReferenceCheckServices): void {
	const index = plugin.addChild(new PanelIndex(plugin.app, services));
	plugin.registerView(PANEL_VIEW_TYPE, (leaf) => new ReferenceCheckPanelView(leaf, services, index));

	const panelWithSelection = (): ReferenceCheckPanelView | null => {
		for (const leaf of plugin.app.workspace.getLeavesOfType(PANEL_VIEW_TYPE)) {
			const view = leaf.view;
			if (view instanceof ReferenceCheckPanelView && view.marked.size > 0) return view;
		}
		return null;
	};
	plugin.addCommand({
		id: "fix-selected-references",
		name: "Fix the references selected in the mismatch panel",
		checkCallback: (checking) => {
			const view = panelWithSelection();
			if (!view) return false;
			if (!checking) view.openBulkFix();
			return true;
		},
	});
}
