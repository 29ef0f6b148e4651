// The mismatch panel's one entry point: the plugin-wide index of entries, the view, the command
// for bulk fixes and the duplicates' status-bar signal. main.ts calls it with the plugin and the
// services.
import type { Plugin } from "obsidian";
import { duplicateLabel } from "../core/duplicates";
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

	// A reference note that is one of several for one work says so in the status bar.
	plugin.register(
		services.addStatusSignal((file) => {
			const set = index.duplicatesOf(file.path);
			return set.length > 1 ? { kind: "duplicate", label: duplicateLabel(set.length), detail: `${set.length - 1} other reference note${set.length > 2 ? "s resolve" : " resolves"} to the same OpenAlex work or DOI: ${set.filter((p) => p !== file.path).join(", ")}.` } : null;
		}),
	);
	plugin.register(index.onChange(() => services.refreshStatus()));
}
