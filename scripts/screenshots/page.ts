// Runs in headless Chromium (bundled by scripts/screenshots.ts with `obsidian` → the fake module
// plus real icons): loads the plugin into a fake Obsidian holding the fixture corpus and arranges
// the workspace for a picture — a note in the main area, a sidebar view, the status bar.
import "../../test/setup-dom";
// The same module the bundle gives the plugin for `obsidian` (see the alias in screenshots.ts).
import { __loadPlugin, App, Vault, type Plugin, type TFile } from "./obsidian-shim";
import type { PluginManifest } from "obsidian";
import ReferenceCheckPlugin from "../../src/main";
import manifest from "../../manifest.json";
import type { ReferenceCheckPanelView } from "../../src/ui/panel/panel-view";

let app: App | null = null;

function wait(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}

function show(leafEl: HTMLElement | null, cls: "shot-main" | "shot-side"): void {
	if (!leafEl) throw new Error("no leaf to show");
	document.querySelectorAll(`.${cls}`).forEach((el) => el.removeClass(cls));
	leafEl.addClass(cls);
}

/** The sidebar tab's title, as Obsidian shows it above the view. */
function sideHeader(leafEl: HTMLElement, title: string): void {
	const header = leafEl.querySelector<HTMLElement>(".view-header");
	header?.empty();
	header?.createDiv({ cls: "view-header-title", text: title });
}

/** Shows the note like an editor tab: its title and its text. */
async function openNote(path: string): Promise<TFile> {
	if (!app) throw new Error("not set up");
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	const view = await app.workspace.openFile(file);
	const header = view.containerEl.querySelector<HTMLElement>(".view-header");
	header?.empty();
	header?.createDiv({ cls: "view-header-title", text: file.basename });
	view.contentEl.empty();
	view.contentEl.createEl("pre", { cls: "shot-note-text", text: app.vault.peek(path) ?? "" });
	show(view.containerEl.parentElement, "shot-main");
	return file;
}

async function setup(files: Record<string, string>): Promise<void> {
	const vault = new Vault();
	for (const [p, t] of Object.entries(files)) vault.seed(p, t);
	app = new App(vault);
	await __loadPlugin(ReferenceCheckPlugin as unknown as new (a: App, m: PluginManifest) => Plugin, app, manifest as PluginManifest);
}

/** The mismatch panel beside `notePath`, with `expandPath`'s entry expanded. */
async function panel(notePath: string, expandPath: string): Promise<void> {
	if (!app) throw new Error("not set up");
	await openNote(notePath);
	if (!app.commands.execute("reference-check:open-mismatch-panel")) throw new Error("the panel command is missing");
	await wait(400); // the index is built in time slices
	const leaf = app.workspace.getLeavesOfType("reference-check-panel")[0];
	if (!leaf) throw new Error("the panel did not open");
	(leaf.view as unknown as ReferenceCheckPanelView).focusPath(expandPath);
	sideHeader(leaf.containerEl, leaf.getDisplayText());
	show(leaf.containerEl, "shot-side");
	await wait(100);
}

/** The citations view beside `notePath`; false when the plugin has no such view. */
async function citations(notePath: string): Promise<boolean> {
	if (!app) throw new Error("not set up");
	await openNote(notePath);
	if (!app.commands.commands["reference-check:open-citations-view"]) return false;
	app.commands.execute("reference-check:open-citations-view");
	await wait(400);
	const leaf = app.workspace.getLeavesOfType("reference-check-citations")[0];
	if (!leaf) return false;
	sideHeader(leaf.containerEl, leaf.getDisplayText());
	show(leaf.containerEl, "shot-side");
	await wait(100);
	return true;
}

(window as unknown as { referenceCheckShots: unknown }).referenceCheckShots = { setup, panel, citations };
