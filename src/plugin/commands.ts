// Commands and the file/editor menu entry. Commands appear only when they apply (checkCallback)
// and have no default hotkeys.
import { TFile, type Menu, type Plugin, type TAbstractFile } from "obsidian";
import type { RunScope } from "../check/selection";
import type { ReferenceCheckServices } from "./services";
import { runWithNotice } from "./run-notice";
import { createVerificationBase } from "./verification-base-command";

function startRun(services: ReferenceCheckServices, scope: RunScope, force: boolean): void {
	void runWithNotice(services.runs, scope, force);
}

function activeReference(services: ReferenceCheckServices): TFile | null {
	const file = services.app.workspace.getActiveFile();
	return file && services.isReferenceFile(file) ? file : null;
}

export function registerCommands(plugin: Plugin, services: ReferenceCheckServices): void {
	const { runs } = services;
	plugin.addCommand({
		id: "verify-current-note",
		name: "Verify current note",
		checkCallback: (checking) => {
			const file = activeReference(services);
			if (!file || runs.isRunning()) return false;
			if (!checking) void services.verifyFile(file);
			return true;
		},
	});
	plugin.addCommand({
		id: "verify-all",
		name: "Verify all references in vault",
		checkCallback: (checking) => {
			if (runs.isRunning()) return false;
			if (!checking) startRun(services, { kind: "vault" }, false);
			return true;
		},
	});
	plugin.addCommand({
		id: "verify-folder",
		name: "Verify references in current folder",
		checkCallback: (checking) => {
			const folder = services.app.workspace.getActiveFile()?.parent;
			if (!folder || runs.isRunning()) return false;
			if (!checking) startRun(services, { kind: "folder", path: folder.path }, false);
			return true;
		},
	});
	plugin.addCommand({
		id: "reverify-all",
		name: "Re-verify all references (ignore recent checks)",
		checkCallback: (checking) => {
			if (runs.isRunning()) return false;
			if (!checking) startRun(services, { kind: "vault" }, true);
			return true;
		},
	});
	plugin.addCommand({
		id: "cancel-verification",
		name: "Cancel verification",
		checkCallback: (checking) => {
			if (!runs.isRunning()) return false;
			if (!checking) runs.cancel();
			return true;
		},
	});
	plugin.addCommand({
		id: "create-verification-base",
		name: "Create verification base",
		callback: () => void createVerificationBase(services.app, services.settings()),
	});
	plugin.addCommand({
		id: "open-mismatch-panel",
		name: "Open mismatch panel",
		callback: () => services.openPanel(services.app.workspace.getActiveFile()),
	});
}

/** "Verify reference" in the file explorer's and the editor's context menus, on reference notes. */
export function registerMenus(plugin: Plugin, services: ReferenceCheckServices): void {
	const addItem = (menu: Menu, file: TAbstractFile | null) => {
		if (!(file instanceof TFile) || !services.isReferenceFile(file)) return;
		menu.addItem((item) =>
			item
				.setTitle("Verify reference")
				.setIcon("badge-check")
				.setDisabled(services.runs.isRunning())
				.onClick(() => void services.verifyFile(file)),
		);
	};
	plugin.registerEvent(plugin.app.workspace.on("file-menu", (menu, file) => addItem(menu, file)));
	plugin.registerEvent(
		plugin.app.workspace.on("editor-menu", (menu, _editor, info) => addItem(menu, info.file)),
	);
}
