// App, Workspace, leaves and views, and Plugin: enough of Obsidian's shell to load a plugin,
// open its views, run its commands and check that unload removes everything it added.
import type * as O from "obsidian";
import { Component, Events } from "./events";
import { MetadataCache, TFile, Vault } from "./vault";
import type { PluginSettingTab } from "./ui";
import { SecretStorage } from "./secrets";
import { requireApiVersion } from "./version";

function doc(): Document {
	if (typeof document === "undefined") throw new Error("The fake workspace needs a DOM: use @vitest-environment happy-dom and test/setup-dom.ts.");
	return document;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope = null;
	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = doc().createElement("div");
		this.containerEl.addClass("workspace-leaf-content");
		this.containerEl.createDiv("view-header");
		this.containerEl.createDiv("view-content");
	}
	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	/** Called by the fake leaf (Obsidian calls the protected hooks itself). */
	async __open(): Promise<void> {
		this.load();
		await this.onOpen();
	}
	async __close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
	abstract getViewType(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
		void state;
		void result;
	}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(state: unknown): void {
		void state;
	}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	abstract getDisplayText(): string;
	onPaneMenu(): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (this.containerEl.children[0] as HTMLElement).createDiv({ cls: "clickable-icon view-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (e) => void callback(e as MouseEvent));
		return el;
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;
	navigation = true;
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

/**
 * A minimal Editor: the text of the note it shows (its own buffer once typed into) and a cursor.
 * The methods have Obsidian's Editor signatures.
 */
export class FakeEditor {
	private buffer: string | null = null;
	private cursor: O.EditorPosition = { line: 0, ch: 0 };
	constructor(private readonly view: MarkdownView) {}
	getValue(): string {
		return this.buffer ?? (this.view.file ? (this.view.app.vault.peek(this.view.file.path) ?? "") : "");
	}
	setValue(content: string): void {
		this.buffer = content;
	}
	lineCount(): number {
		return this.getValue().split("\n").length;
	}
	getLine(line: number): string {
		return this.getValue().split("\n")[line] ?? "";
	}
	getCursor(): O.EditorPosition {
		return { ...this.cursor };
	}
	setCursor(pos: O.EditorPosition | number, ch?: number): void {
		this.cursor = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : { ...pos };
	}
}

export class MarkdownView extends FileView {
	editor = new FakeEditor(this);
	getViewType(): string {
		return "markdown";
	}

	/**
	 * Test helper: a person types, leaving `text` in the editor with the cursor at `cursor`;
	 * fires `editor-change` as Obsidian does on every keystroke (nothing is saved yet).
	 */
	__type(text: string, cursor: O.EditorPosition): void {
		this.editor.setValue(text);
		this.editor.setCursor(cursor);
		this.app.workspace.trigger("editor-change", this.editor, this);
	}

	/** Test helper: Obsidian saves the editor's text (a moment after typing stops). */
	async __save(): Promise<void> {
		if (this.file) await this.app.vault.modify(this.file, this.editor.getValue());
	}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	readonly side: "root" | "left" | "right";
	containerEl: HTMLElement;
	constructor(
		readonly app: App,
		side: "root" | "left" | "right",
	) {
		super();
		this.side = side;
		this.containerEl = doc().createElement("div");
		this.containerEl.addClass("workspace-leaf");
		this.view = new EmptyView(this);
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	private async replaceView(view: View): Promise<void> {
		const old = this.view;
		this.view = view;
		await old.__close();
		this.containerEl.appendChild(view.containerEl);
		await view.__open();
	}

	async open(view: View): Promise<View> {
		await this.replaceView(view);
		return view;
	}

	async openFile(file: TFile): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		await this.replaceView(view);
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}

	async setViewState(viewState: O.ViewState): Promise<void> {
		const creator = this.app.viewRegistry.get(viewState.type);
		if (!creator) throw new Error(`No view registered for type ${viewState.type}`);
		if (this.view.getViewType() !== viewState.type) await this.replaceView(creator(this));
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	getViewState(): O.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	detach(): void {
		void this.view.__close();
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}
}

export class Workspace extends Events {
	layoutReady = true;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	private leaves: WorkspaceLeaf[] = [];
	private readyCallbacks: Array<() => unknown> = [];
	/** Test helper: leaves passed to revealLeaf. */
	revealed: WorkspaceLeaf[] = [];

	constructor(private app: App) {
		super();
		this.containerEl = doc().createElement("div");
		this.containerEl.addClass("workspace");
		doc().body.appendChild(this.containerEl);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) void callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: flips layoutReady and runs the queued callbacks. */
	__setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) void cb();
	}

	private addLeaf(side: "root" | "left" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		this.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}

	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
		if (this.recentRootLeaf === leaf) this.recentRootLeaf = null;
	}

	getLeaf(newLeaf?: boolean | O.PaneType): WorkspaceLeaf {
		if (!newLeaf) {
			const existing = this.activeLeaf && this.activeLeaf.side === "root" ? this.activeLeaf : this.leaves.find((l) => l.side === "root");
			if (existing) return existing;
		}
		return this.addLeaf("root");
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.addLeaf("right");
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.addLeaf("left");
	}

	async ensureSideLeaf(type: string, side: O.Side, options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown }): Promise<WorkspaceLeaf> {
		let leaf = this.getLeavesOfType(type)[0];
		if (!leaf) {
			leaf = this.addLeaf(side);
			await leaf.setViewState({ type, state: options?.state as Record<string, unknown> | undefined, active: options?.active });
		} else if (options?.state !== undefined) {
			await leaf.setViewState({ type, state: options.state as Record<string, unknown>, active: options.active });
		}
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
	}

	/** The main-area leaf used last: sidebars keep reporting its file as active (as Obsidian does). */
	private recentRootLeaf: WorkspaceLeaf | null = null;

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		if (leaf.side === "root") this.recentRootLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "root")) callback(leaf);
	}

	getActiveFile(): TFile | null {
		const leaf = this.activeLeaf?.side === "root" ? this.activeLeaf : this.recentRootLeaf;
		const view = leaf?.view;
		return view instanceof FileView ? view.file : null;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** Test helper: every openLinkText call (E2, cited_in links). */
	openedLinks: Array<{ linktext: string; sourcePath: string; newLeaf: O.PaneType | boolean | undefined }> = [];

	/** Resolves like a link click and opens the note (in a new leaf when asked). */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf });
		const path = linktext.split("#")[0];
		const file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (file) await this.getLeaf(newLeaf).openFile(file);
	}

	/** Test helper: opens a note in the main area, as clicking it in the file explorer does. */
	async openFile(file: TFile): Promise<MarkdownView> {
		const leaf = this.getLeaf(false);
		await leaf.openFile(file);
		return leaf.view as MarkdownView;
	}

	/** Unregistering a view type turns its leaves back into empty leaves (as Obsidian does). */
	__viewTypeRemoved(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) void leaf.open(new EmptyView(leaf));
	}
}

/** Keymap's static helpers (Obsidian: Mod = Ctrl, Cmd on macOS; the fake is Linux). */
export class Keymap {
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
		if (modifier === "Mod" || modifier === "Ctrl") return evt.ctrlKey;
		if (modifier === "Meta") return evt.metaKey;
		if (modifier === "Shift") return evt.shiftKey;
		return evt.altKey;
	}
	static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
		if (!evt) return false;
		const mouse = typeof MouseEvent !== "undefined" && evt instanceof MouseEvent;
		if (mouse && (evt.type === "auxclick" || evt.type === "mousedown" || evt.type === "mouseup") && evt.button === 1) return "tab";
		const e = evt as MouseEvent;
		if (!e.ctrlKey) return false;
		if (e.altKey && e.shiftKey) return "window";
		if (e.altKey) return "split";
		return "tab";
	}
}

export class FileManager {
	constructor(private app: App) {}
	async renameFile(file: TFile, newPath: string): Promise<void> {
		await this.app.vault.rename(file, newPath);
	}
	async trashFile(file: TFile): Promise<void> {
		await this.app.vault.trash(file);
	}
	processFrontMatter(): Promise<void> {
		// The project never uses it (it re-serializes the whole YAML block); fail loudly if it does.
		throw new Error("processFrontMatter is not allowed in Reference Check: use Vault.process with the splice writer.");
	}
}

export interface FakeCommand extends O.Command {
	pluginId: string;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	lastEvent = null;
	keymap = {};
	scope = {};
	/** Fake registries Obsidian keeps internally. */
	commands = {
		commands: {} as Record<string, FakeCommand>,
		isAvailable: (id: string): boolean => {
			const cmd = this.commands.commands[id];
			if (!cmd) return false;
			if (cmd.checkCallback) return cmd.checkCallback(true) === true;
			return true;
		},
		execute: (id: string): boolean => {
			const cmd = this.commands.commands[id];
			if (!cmd) throw new Error(`No command ${id}`);
			if (cmd.checkCallback) {
				if (cmd.checkCallback(true) !== true) return false;
				void cmd.checkCallback(false);
				return true;
			}
			void cmd.callback?.();
			return true;
		},
	};
	settingTabs: PluginSettingTab[] = [];
	viewRegistry = new Map<string, ViewCreator>();
	postProcessors: O.MarkdownPostProcessor[] = [];
	statusBarEl: HTMLElement;
	pluginData = new Map<string, unknown>();
	/** Since 1.11.4; absent on an older simulated app (see version.ts). */
	secretStorage: SecretStorage | undefined;
	private storage = new Map<string, unknown>();

	constructor(vault = new Vault()) {
		this.vault = vault;
		this.metadataCache = new MetadataCache(vault);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
		this.secretStorage = requireApiVersion("1.11.4") ? new SecretStorage() : undefined;
		this.statusBarEl = doc().createElement("div");
		this.statusBarEl.addClass("status-bar");
		doc().body.appendChild(this.statusBarEl);
	}

	loadLocalStorage(key: string): unknown {
		return this.storage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		this.storage.set(key, data);
	}
}

export abstract class Plugin extends Component {
	app: App;
	manifest: O.PluginManifest;
	constructor(app: App, manifest: O.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	// Obsidian awaits an async onload before the plugin counts as enabled.
	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- a plugin's load is awaited, unlike a component's
	async load(): Promise<void> {
		super.load();
		await Promise.resolve();
	}

	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- a plugin's onload may be async (Obsidian's typings say so)
	onload(): Promise<void> | void {}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = doc().createElement("div");
		el.setAttribute("aria-label", title);
		el.setAttribute("data-icon", icon);
		el.addEventListener("click", (e) => void callback(e as MouseEvent));
		this.app.workspace.containerEl.appendChild(el);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv(`status-bar-item plugin-${this.manifest.id}`);
		this.register(() => el.detach());
		return el;
	}

	addCommand(command: O.Command): O.Command {
		const id = `${this.manifest.id}:${command.id}`;
		const registered: FakeCommand = { ...command, id, name: `${this.manifest.name}: ${command.name}`, pluginId: this.manifest.id };
		this.app.commands.commands[id] = registered;
		this.register(() => delete this.app.commands.commands[id]);
		return registered;
	}

	removeCommand(commandId: string): void {
		delete this.app.commands.commands[`${this.manifest.id}:${commandId}`];
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs.push(settingTab);
		// From 1.13.0 Obsidian indexes the tab's definitions for settings search when it is added.
		if (requireApiVersion("1.13.0")) settingTab.update();
		this.register(() => {
			settingTab.hide();
			this.app.settingTabs = this.app.settingTabs.filter((t) => t !== settingTab);
		});
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.set(type, viewCreator);
		this.register(() => {
			this.app.viewRegistry.delete(type);
			this.app.workspace.__viewTypeRemoved(type);
		});
	}

	registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		this.app.postProcessors.push(postProcessor);
		this.register(() => {
			this.app.postProcessors = this.app.postProcessors.filter((p) => p !== postProcessor);
		});
		return postProcessor;
	}

	registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
		void id;
		void info;
	}

	registerEditorExtension(extension: unknown): void {
		void extension;
	}

	async loadData(): Promise<unknown> {
		const data = this.app.pluginData.get(this.manifest.id);
		return data === undefined ? null : structuredClone(data);
	}

	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, structuredClone(data));
	}

	onUserEnable(): void {}
}
