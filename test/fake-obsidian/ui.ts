// Settings components, menus, notices and icons, rendering into the test DOM (happy-dom).
import type * as O from "obsidian";
import { Component } from "./events";
import { requireApiVersion } from "./version";
import type { App } from "./workspace";

function doc(): Document {
	if (typeof document === "undefined") throw new Error("This part of the fake obsidian module needs a DOM: use @vitest-environment happy-dom and test/setup-dom.ts.");
	return document;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = doc().createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

export abstract class BaseComponent implements Pick<O.BaseComponent, "disabled"> {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void callback(e as MouseEvent));
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
	}
	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => void callback());
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallbacks: Array<(value: string) => unknown> = [];
	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		// Obsidian reports every keystroke ("input"), not only blur.
		inputEl.addEventListener("input", () => this.onChanged());
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		for (const cb of this.changeCallbacks) void cb(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallbacks.push(callback);
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;
	private changeCallbacks: Array<(value: boolean) => unknown> = [];
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.toggleEl.addEventListener("click", () => this.onClick());
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.toggleClass("is-enabled", on);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}
	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this.value);
		for (const cb of this.changeCallbacks) void cb(this.value);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallbacks.push(callback);
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", "dropdown");
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.selectEl.addEventListener("change", () => void callback(this.selectEl.value));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.settingEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(c: C, cb: (c: C) => unknown): this {
		this.components.push(c);
		cb(c);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	/** Since 1.11.0: a component that needs more than the control element (SecretComponent). */
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		if (!requireApiVersion("1.11.0")) throw new Error("Setting.addComponent does not exist before Obsidian 1.11.0");
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

/**
 * A settings tab. From 1.13.0 Obsidian asks `getSettingDefinitions()` when the tab is added (for
 * settings search) and on every `update()`, keeps the answer in `settingItems` and draws the tab
 * from it, calling `display()` only when it is empty; before 1.13.0 it only calls `display()`.
 * The fake stores the definitions as Obsidian does; tests read them from `settingItems` and call
 * their controls, validators and actions. On an older simulated app `update` throws, as calling a
 * missing method would.
 */
export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	settingItems: O.SettingDefinitionItem[] = [];
	constructor(app: App) {
		this.app = app;
		this.containerEl = doc().createElement("div");
		this.containerEl.addClass("vertical-tab-content");
	}
	getSettingDefinitions(): O.SettingDefinitionItem[] {
		return [];
	}
	update(): void {
		if (!requireApiVersion("1.13.0")) throw new Error("SettingTab.update does not exist before Obsidian 1.13.0");
		this.settingItems = this.getSettingDefinitions();
	}
	refreshDomState(): void {}
	getControlValue(key: string): unknown {
		throw new Error(`The fake SettingTab reads no app config (${key}): override getControlValue.`);
	}
	setControlValue(key: string, value: unknown): void | Promise<void> {
		void value;
		throw new Error(`The fake SettingTab writes no app config (${key}): override setControlValue.`);
	}
	display(): void {}
	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(app: App, plugin: { manifest: O.PluginManifest }) {
		super(app);
		void plugin;
	}
}

/** Every notice shown, newest last (test helper). */
export const notices: string[] = [];

/**
 * Shown as Obsidian shows it, when there is a DOM: a `.notice` in the `.notice-container` at the
 * top of the window (browser tests look at it); `hide()` removes it. Not timed out by duration.
 */
export class Notice {
	noticeEl: HTMLElement | null = null;
	message: string;
	constructor(message: string | DocumentFragment, duration?: number) {
		void duration;
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
		if (typeof document !== "undefined" && document.body) {
			let container = document.body.querySelector<HTMLElement>(":scope > .notice-container");
			if (!container) container = document.body.createDiv({ cls: "notice-container" });
			this.noticeEl = container.createDiv({ cls: "notice" });
			this.render(message);
		}
	}
	private render(message: string | DocumentFragment): void {
		if (!this.noticeEl) return;
		this.noticeEl.empty();
		if (typeof message === "string") this.noticeEl.setText(message);
		else this.noticeEl.appendChild(message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
		this.render(message);
		return this;
	}
	hide(): void {
		this.noticeEl?.remove();
		this.noticeEl = null;
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	disabled = false;
	private clickHandler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setIsLabel(): this {
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.clickHandler = callback;
		return this;
	}
	/** Test helper: simulates choosing the item. */
	click(): void {
		void this.clickHandler?.(new MouseEvent("click"));
	}
}

/** The last menu shown (test helper). */
export const shownMenus: Menu[] = [];

export class Menu extends Component {
	items: MenuItem[] = [];
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		void evt;
		shownMenus.push(this);
		return this;
	}
	showAtPosition(position: O.MenuPositionDef): this {
		void position;
		shownMenus.push(this);
		return this;
	}
	hide(): this {
		return this;
	}
	close(): void {}
	onHide(callback: () => unknown): void {
		void callback;
	}
}

export class Modal {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	constructor(app: App) {
		this.app = app;
		this.containerEl = doc().createElement("div");
		this.containerEl.addClass("modal-container");
		this.modalEl = this.containerEl.createDiv("modal");
		this.titleEl = this.modalEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
	}
	open(): void {
		doc().body.appendChild(this.containerEl);
		this.onOpen();
	}
	close(): void {
		this.containerEl.detach();
		this.onClose();
	}
	onOpen(): void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

/** Every suggest modal opened, newest last (test helper). */
export const openedSuggestModals: Array<FuzzySuggestModal<unknown>> = [];

/**
 * A fuzzy-search picker over `getItems()`. The fake lists the items by their text; a test picks
 * one with `choose(text)`, as a user would by typing and pressing Enter.
 */
export abstract class FuzzySuggestModal<T> extends Modal {
	placeholder = "";
	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
	}
	open(): void {
		super.open();
		openedSuggestModals.push(this);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
	/** Test helper: the texts offered, in order. */
	itemTexts(): string[] {
		return this.getItems().map((i) => this.getItemText(i));
	}
	/** Test helper: picks the item shown as `text` and closes, as Obsidian does. */
	choose(text: string): void {
		const item = this.getItems().find((i) => this.getItemText(i) === text);
		if (item === undefined) throw new Error(`No suggestion ${text}`);
		this.close();
		this.onChooseItem(item, new KeyboardEvent("keydown", { key: "Enter" }));
	}
}
