// Registers the mismatch panel view; main.ts calls this at its feature-module hook.
import type { Plugin } from "obsidian";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices } from "../../plugin/services";
import { ReferenceCheckPanelView } from "./panel-view";

export function registerPanelView(plugin: Plugin, services: ReferenceCheckServices): void {
	plugin.registerView(PANEL_VIEW_TYPE, (leaf) => new ReferenceCheckPanelView(leaf, services));
}
