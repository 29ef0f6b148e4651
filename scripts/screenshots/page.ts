// Runs in headless Chromium (bundled by scripts/screenshots.ts with `obsidian` → the fake module
// plus real icons): loads the plugin into a fake Obsidian holding the fixture corpus and arranges
// the workspace for a picture — a note in the main area, a sidebar view, the status bar.
import "../../test/setup-dom";
// The same module the bundle gives the plugin for `obsidian` (see the alias in screenshots.ts).
import { __loadPlugin, App, releaseRequests, setMobile, Vault, type Plugin, type TFile } from "./obsidian-shim";
import type { PluginManifest } from "obsidian";
import ReferenceCheckPlugin from "../../src/main";
import manifest from "../../manifest.json";
import type { ReferenceCheckPanelView } from "../../src/panel/panel-view";

let app: App | null = null;

function wait(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}

/** Until the page has drawn what the views just built: two animation frames (the next one painted). */
function painted(): Promise<void> {
	return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
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

/** Polls `ready` (the views build their indexes in time slices) for up to `ms`; false on time-out. */
async function until(ready: () => boolean, ms = 8000): Promise<boolean> {
	for (const end = Date.now() + ms; Date.now() < end; await wait(50)) if (ready()) return true;
	return ready();
}

/** The mismatch panel beside `notePath`, with that note's entry expanded. */
async function panel(notePath: string): Promise<void> {
	if (!app) throw new Error("not set up");
	await openNote(notePath);
	if (!app.commands.execute("reference-check:open-mismatch-panel")) throw new Error("the panel command is missing");
	const leaf = app.workspace.getLeavesOfType("reference-check-panel")[0];
	if (!leaf) throw new Error("the panel did not open");
	const view = leaf.view as unknown as ReferenceCheckPanelView;
	// focusPath expands an entry only once the index holds it.
	await until(() => {
		view.focusPath(notePath);
		return leaf.containerEl.querySelector(".reference-check-entry.is-expanded") !== null;
	});
	sideHeader(leaf.containerEl, leaf.getDisplayText());
	show(leaf.containerEl, "shot-side");
	await painted();
}

/** The citations view beside `notePath`, once it lists something (a link or a reference). */
async function citations(notePath: string): Promise<void> {
	if (!app) throw new Error("not set up");
	const file = await openNote(notePath);
	if (!app.commands.execute("reference-check:open-citations-view")) throw new Error("the citations view command is missing");
	const leaf = app.workspace.getLeavesOfType("reference-check-citations")[0];
	if (!leaf) throw new Error("the citations view did not open");
	const el = leaf.containerEl;
	await until(() => el.querySelector(".reference-check-view-title")?.textContent === file.basename && el.querySelector(".reference-check-section a.internal-link") !== null);
	sideHeader(leaf.containerEl, leaf.getDisplayText());
	show(leaf.containerEl, "shot-side");
	await painted();
}

/** Starts "Verify all references in vault" (its requests held until released); a phone page is mobile. */
function startRun(): void {
	if (!app) throw new Error("not set up");
	setMobile(document.body.classList.contains("is-mobile"));
	if (!app.commands.execute("reference-check:verify-all")) throw new Error("the verify-all command is missing");
}

(window as unknown as { referenceCheckShots: unknown }).referenceCheckShots = { setup, panel, citations, startRun, releaseRequests };
