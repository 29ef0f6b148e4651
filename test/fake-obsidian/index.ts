// The in-repo fake of the `obsidian` module (vitest aliases `obsidian` here). It implements the
// parts Reference Check uses, with the signatures of the obsidian.d.ts we build against (the
// `obsidian` devDependency, 1.13 line; checked below against the real declarations at type level),
// plus a few test helpers named __x or documented as such.
import type * as O from "obsidian";
import { Component, Events, listenerErrors, liveIntervals } from "./events";
import { normalizePath, parseYaml, stringifyYaml, TAbstractFile, TFile, TFolder, Vault, MetadataCache } from "./vault";
import { request, requestLog, requestUrl } from "./request";
import { SecretComponent, SecretStorage } from "./secrets";
import { CURRENT_API_VERSION, currentApiVersion, requireApiVersion, setApiVersion } from "./version";
import {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	FuzzySuggestModal,
	Menu,
	MenuItem,
	Modal,
	Notice,
	notices,
	openedSuggestModals,
	PluginSettingTab,
	setIcon,
	Setting,
	SettingTab,
	setTooltip,
	shownMenus,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./ui";
import { App, FileManager, FileView, ItemView, Keymap, MarkdownRenderChild, MarkdownView, Plugin, View, Workspace, WorkspaceLeaf } from "./workspace";

export {
	AbstractTextComponent,
	App,
	BaseComponent,
	ButtonComponent,
	Component,
	DropdownComponent,
	Events,
	ExtraButtonComponent,
	FileManager,
	FuzzySuggestModal,
	FileView,
	ItemView,
	Keymap,
	MarkdownRenderChild,
	MarkdownView,
	Menu,
	MenuItem,
	MetadataCache,
	Modal,
	normalizePath,
	Notice,
	parseYaml,
	Plugin,
	PluginSettingTab,
	request,
	requireApiVersion,
	requestUrl,
	SecretComponent,
	SecretStorage,
	setIcon,
	Setting,
	SettingTab,
	setTooltip,
	stringifyYaml,
	TAbstractFile,
	TextAreaComponent,
	TextComponent,
	TFile,
	TFolder,
	ToggleComponent,
	ValueComponent,
	Vault,
	View,
	Workspace,
	WorkspaceLeaf,
};

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};
/** The platform as a desktop app on Linux, for `__test.reset`. */
const DESKTOP_PLATFORM = { ...Platform };

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const run = () => {
		timer = null;
		if (lastArgs) {
			const args = lastArgs;
			lastArgs = null;
			cb(...args);
		}
	};
	const debounced = ((...args: T) => {
		lastArgs = args;
		if (timer && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (!timer) timer = setTimeout(run, timeout);
		return debounced;
	}) as O.Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer) clearTimeout(timer);
		const args = lastArgs;
		timer = null;
		lastArgs = null;
		return args ? cb(...args) : undefined;
	};
	return debounced;
}

/** The simulated app's version (version.ts; `__test.setApiVersion` changes it). */
export let apiVersion = currentApiVersion();

/** Test helpers, not part of Obsidian's API. */
export const __test = {
	notices,
	shownMenus,
	openedSuggestModals,
	requestLog,
	listenerErrors,
	liveIntervals,
	/** Simulates another app version from now on; returns the previous one (restore it after the test). */
	setApiVersion(version: string): string {
		apiVersion = version;
		return setApiVersion(version);
	},
	/**
	 * Back to a freshly started app: current version, desktop platform, no notices, menus, modals,
	 * requests, listener errors or live intervals. Vitest runs it before every test file
	 * (test/support/fresh-fake-app.ts), because test files share this module when they share a worker.
	 */
	reset(): void {
		apiVersion = CURRENT_API_VERSION;
		setApiVersion(CURRENT_API_VERSION);
		Object.assign(Platform, DESKTOP_PLATFORM);
		for (const id of liveIntervals) clearInterval(id);
		liveIntervals.clear();
		for (const list of [notices, shownMenus, openedSuggestModals, requestLog, listenerErrors] as unknown[][]) list.length = 0;
	},
};

/** Loads a plugin class the way Obsidian enables a plugin. */
export async function __loadPlugin<P extends Plugin>(PluginClass: new (app: App, manifest: O.PluginManifest) => P, app: App, manifest: O.PluginManifest): Promise<P> {
	const plugin = new PluginClass(app, manifest);
	await plugin.load();
	return plugin;
}

// ---- Type-level conformance with the real obsidian.d.ts (never executed) ----
// Free functions: the fake must be assignable to the real signature.
const conformance: {
	requestUrl: typeof O.requestUrl;
	request: typeof O.request;
	normalizePath: typeof O.normalizePath;
	setIcon: typeof O.setIcon;
	parseYaml: typeof O.parseYaml;
	stringifyYaml: typeof O.stringifyYaml;
	debounce: typeof O.debounce;
	requireApiVersion: typeof O.requireApiVersion;
} = { requestUrl, request, normalizePath, setIcon, parseYaml, stringifyYaml, debounce, requireApiVersion };
void conformance;

// Methods the plugin calls: same parameter lists and compatible results as the real classes.
type Sig<T, K extends keyof T> = T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Params<T, K extends keyof T> = T[K] extends (...args: infer A) => unknown ? A : never;
type Arity<T, K extends keyof T> = Params<T, K>["length"];
function expectTrue<T extends true>(): T | undefined {
	return undefined;
}
void expectTrue<Same<Arity<Vault, "process">, Arity<O.Vault, "process">>>();
void expectTrue<Same<Arity<Vault, "read">, Arity<O.Vault, "read">>>();
void expectTrue<Same<Arity<Vault, "getMarkdownFiles">, Arity<O.Vault, "getMarkdownFiles">>>();
void expectTrue<Same<Arity<MetadataCache, "getFileCache">, Arity<O.MetadataCache, "getFileCache">>>();
void expectTrue<Same<ReturnType<Sig<MetadataCache, "getFileCache">>, ReturnType<Sig<O.MetadataCache, "getFileCache">>>>();
void expectTrue<Same<Params<Setting, "setName">, Params<O.Setting, "setName">>>();
void expectTrue<Same<Params<Setting, "setDesc">, Params<O.Setting, "setDesc">>>();
void expectTrue<Same<Params<Notice, "setMessage">, Params<O.Notice, "setMessage">>>();
void expectTrue<Same<ConstructorParameters<typeof Notice>, ConstructorParameters<typeof O.Notice>>>();
void expectTrue<Same<Params<TextComponent, "setValue">, Params<O.TextComponent, "setValue">>>();
void expectTrue<Same<Params<ToggleComponent, "setValue">, Params<O.ToggleComponent, "setValue">>>();
void expectTrue<Same<Params<ButtonComponent, "setButtonText">, Params<O.ButtonComponent, "setButtonText">>>();
void expectTrue<Same<Params<Plugin, "addCommand">, Params<O.Plugin, "addCommand">>>();
void expectTrue<Same<ReturnType<Sig<Plugin, "addStatusBarItem">>, ReturnType<Sig<O.Plugin, "addStatusBarItem">>>>();
void expectTrue<Same<Params<Plugin, "registerMarkdownPostProcessor">, Params<O.Plugin, "registerMarkdownPostProcessor">>>();
void expectTrue<Same<Params<Workspace, "getLeavesOfType">, Params<O.Workspace, "getLeavesOfType">>>();
void expectTrue<Same<Params<Component, "registerEvent">, Params<O.Component, "registerEvent">>>();
void expectTrue<Same<Params<Component, "registerInterval">, Params<O.Component, "registerInterval">>>();
void expectTrue<Same<Params<MenuItem, "setTitle">, Params<O.MenuItem, "setTitle">>>();
void expectTrue<Same<Params<MenuItem, "onClick">, Params<O.MenuItem, "onClick">>>();
// Data shapes shared with the real module.
const fileStats: O.FileStats = new TFile().stat;
void fileStats;
