// Obsidian adds DOM helpers (createEl, createDiv, empty, setText, addClass, …) to the DOM
// prototypes. happy-dom has none of them: this file adds the subset our code uses so views and
// settings render in tests exactly as they are built in the app. Import it (or list it in
// vitest `setupFiles`) in tests that run under `@vitest-environment happy-dom`.

type Attrs = { [key: string]: string | number | boolean | null };
interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function splitClasses(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c.length > 0);
}

function applyInfo(el: HTMLElement, info: ElInfo | string | undefined): void {
	if (info === undefined) return;
	if (typeof info === "string") {
		el.addClass(...splitClasses(info));
		return;
	}
	if (info.cls !== undefined) el.addClass(...splitClasses(info.cls));
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) (el as HTMLInputElement).type = info.type;
	if (info.placeholder !== undefined) (el as HTMLInputElement).placeholder = info.placeholder;
	if (info.href !== undefined) (el as HTMLAnchorElement).href = info.href;
}

function makeEl(
	parent: Node | null,
	tag: string,
	info: ElInfo | string | undefined,
	callback: ((el: HTMLElement) => void) | undefined,
): HTMLElement {
	const el = (parent?.ownerDocument ?? document).createElement(tag);
	applyInfo(el, info);
	const target = typeof info === "object" && info.parent ? info.parent : parent;
	if (target) {
		if (typeof info === "object" && info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

/** Installs the helpers on the current global DOM (idempotent). */
export function installDomHelpers(): void {
	const g = globalThis as unknown as Record<string, unknown>;
	if (typeof g.Node !== "function") return;
	// Test files that share a worker may each get a new window: the globals follow the current
	// one, and its prototypes get the helpers once.
	g.activeDocument = document;
	g.activeWindow = window;
	const nodeProto = (g.Node as typeof Node).prototype as unknown as Record<string, unknown>;
	if (Object.prototype.hasOwnProperty.call(nodeProto, "createEl")) return;
	const elProto = (g.Element as typeof Element).prototype as unknown as Record<string, unknown>;
	const htmlProto = (g.HTMLElement as typeof HTMLElement).prototype as unknown as Record<string, unknown>;

	nodeProto.createEl = function (this: Node, tag: string, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return makeEl(this, tag, info, cb);
	};
	nodeProto.createDiv = function (this: Node, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return makeEl(this, "div", info, cb);
	};
	nodeProto.createSpan = function (this: Node, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return makeEl(this, "span", info, cb);
	};
	nodeProto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	nodeProto.appendText = function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? document).createTextNode(val));
	};
	nodeProto.setChildrenInPlace = function (this: Node, children: Node[]) {
		while (this.firstChild) this.removeChild(this.firstChild);
		for (const c of children) this.appendChild(c);
	};
	elProto.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	elProto.setText = function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") this.textContent = val;
		else {
			this.textContent = "";
			this.appendChild(val);
		}
	};
	elProto.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.removeClasses = function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	elProto.setAttrs = function (this: Element, obj: Attrs) {
		for (const [k, v] of Object.entries(obj)) (this).setAttr(k, v);
	};
	elProto.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	elProto.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	elProto.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	htmlProto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	htmlProto.show = function (this: HTMLElement) {
		this.removeAttribute("hidden");
	};
	htmlProto.hide = function (this: HTMLElement) {
		this.setAttribute("hidden", "");
	};
	htmlProto.toggle = function (this: HTMLElement, show: boolean) {
		if (show) this.removeAttribute("hidden");
		else this.setAttribute("hidden", "");
	};
	htmlProto.isShown = function (this: HTMLElement) {
		return !this.hasAttribute("hidden");
	};
	g.createEl = (tag: string, info?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(null, tag, info, cb);
	g.createDiv = (info?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(null, "div", info, cb);
	g.createSpan = (info?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(null, "span", info, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = document.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
}

installDomHelpers();
