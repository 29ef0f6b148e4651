// The mismatch panel's one entry point: the plugin-wide index of entries and the view. main.ts
// calls it with the plugin and the services.
import type { Plugin } from "obsidian";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices } from "../plugin/services";
import { PanelIndex } from "./panel-index";
import { ReferenceCheckPanelView } from "./panel-view";

export function registerPanel(plugin: Plugin, services: ReferenceCheckServices): void {
	const index = plugin.addChild(new PanelIndex(plugin.app, services));
	plugin.registerView(PANEL_VIEW_TYPE, (leaf) => new ReferenceCheckPanelView(leaf, services, index));
}
