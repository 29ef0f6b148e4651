// Loads the plugin as Obsidian does: the esbuild bundle of src/main.ts (same options as
// esbuild.config.mjs in production mode), evaluated as CommonJS with `require("obsidian")`
// answered by the in-repo fake module. Plus helpers to build vaults and wait for conditions.
import "../setup-dom";
import { build } from "esbuild";
import { builtinModules, createRequire } from "module";
import { join } from "path";
import { runInThisContext } from "vm";
import { setImmediate } from "timers";
// The same module instance vitest serves for "obsidian" (alias), typed with its test helpers.
import * as obsidian from "../fake-obsidian/index";
import { App, Vault } from "../fake-obsidian/index";
import type { Plugin, PluginManifest } from "obsidian";
import manifestJson from "../../manifest.json";
import type { Clock } from "../../src/lib/clock";
import { FakeClock } from "../support/fake-clock";

export const fake = obsidian;
export const manifest = manifestJson as PluginManifest;

let bundle: Promise<string> | null = null;

/** The production bundle's code (built once per test file). */
export function pluginBundle(): Promise<string> {
	bundle ??= build({
		entryPoints: [join(process.cwd(), "src/main.ts")],
		bundle: true,
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
		format: "cjs",
		target: "es2018",
		minify: true,
		treeShaking: true,
		write: false,
		logLevel: "silent",
	}).then((r) => r.outputFiles[0].text);
	return bundle;
}

/** Typed as the real Plugin (what the bundle is compiled against); it runs on the fake one. */
type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

/** Evaluates the bundle like Obsidian's plugin loader (module, exports, require). */
export async function loadPluginClass(): Promise<PluginClass> {
	const code = await pluginBundle();
	const nodeRequire = createRequire(import.meta.url);
	const mod: { exports: Record<string, unknown> } = { exports: {} };
	const requireShim = (id: string): unknown => (id === "obsidian" ? obsidian : nodeRequire(id));
	const load = runInThisContext(`(function (module, exports, require) {${code}\n})`) as (m: typeof mod, e: typeof mod.exports, r: typeof requireShim) => void;
	load(mod, mod.exports, requireShim);
	const cls = (mod.exports.default ?? mod.exports) as PluginClass;
	if (typeof cls !== "function") throw new Error("main.js does not export a plugin class");
	return cls;
}

/**
 * Enables the built plugin in `app`, optionally with stored settings. Its OpenAlex requests are
 * paced on a fake clock (the plugin class's `clock()`, main.ts), so no test waits for a real rate
 * window or back-off.
 */
export async function loadPlugin(app: App, data?: unknown, clock: Clock = new FakeClock()): Promise<Plugin> {
	if (data !== undefined) app.pluginData.set(manifest.id, data);
	const Cls = await loadPluginClass();
	const Paced = class extends (Cls as unknown as new (app: App, manifest: PluginManifest) => Plugin & { clock(): Clock }) {
		clock(): Clock {
			return clock;
		}
	};
	const plugin = new Paced(app, manifest);
	// Typed as Obsidian's (void); the fake's load resolves once the async onload has, as Obsidian awaits it.
	await (plugin.load() as unknown as Promise<void>);
	return plugin;
}

/** The fixture corpus by vault path (shared with the panel tests). */
export { CORPUS_DIR, corpusNotes as corpusFiles } from "../panel/corpus";

export function appWithFiles(files: Map<string, string> | Record<string, string>): App {
	const vault = new Vault();
	for (const [path, text] of files instanceof Map ? files : Object.entries(files)) vault.seed(path, text);
	return new App(vault);
}

/** Polls until `cond` holds (or fails after `timeoutMs`). */
export async function waitFor(cond: () => boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
	const start = Date.now();
	while (!cond()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 2));
	}
}

/**
 * Resolves once `clock` has had no sleeper for a few turns of the event loop in a row: every
 * paced request and back-off of the plugin waits on it, so nothing is left that could still send.
 */
export async function settled(clock: FakeClock, turns = 20): Promise<void> {
	for (let quiet = 0; quiet < turns; quiet = clock.pending === 0 ? quiet + 1 : 0) {
		await new Promise((r) => setImmediate(r));
	}
}

/** Plugin settings pointing at a fake OpenAlex server, fast enough for tests. */
export function testSettings(baseUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return { baseUrl, requestsPerSecond: 30, contactEmail: "tests@example.org", ...extra };
}

export const COMMAND_IDS = [
	"verify-current-note",
	"verify-all",
	"verify-folder",
	"reverify-all",
	"cancel-verification",
	"open-mismatch-panel",
	// cited_in (E2)
	"update-cited-in",
	"open-citations-view",
	// issue 15: bulk fixes, the verification base, a page's references
	"fix-selected-references",
	"create-verification-base",
	"check-page-references",
].map((id) => `${manifest.id}:${id}`);
