// @vitest-environment happy-dom
// The settings tab through the built plugin, in both forms: the declarative definitions Obsidian
// 1.13+ draws and searches (read from the tab's `settingItems`, as the fake stores them) and
// display() for older apps (drawn into the DOM). Both come from one model, so they must list the
// same settings and accept and refuse the same values. Also: stale days 0 everywhere, folder
// pickers, the API key in secret storage (migration, fallback on an app without it), and settings
// synced from another device. The API key used here is never printed: assertions on it are
// booleans.
import { afterEach, describe, expect, it } from "vitest";
import type { Plugin, SettingDefinition, SettingDefinitionItem, SettingDefinitionList } from "obsidian";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { corpusWorks } from "../support/corpus-works";
import { appWithFiles, fake, loadPlugin, manifest, testSettings, waitFor } from "./harness";
import type { App, FuzzySuggestModal, PluginSettingTab, SecretComponent } from "../fake-obsidian/index";
import { settingsFromData, validateStaleDays } from "../../src/core/settings";
import { isStale } from "../../src/core/check-log";
import { parseCheckArgs } from "../../src/cli/options";
import { ADDED_IN_2, ADDED_IN_3, MIGRATION_CASES, VERSION_1_DEFAULTS } from "../core/settings-migration.cases";

const without = (list: string[], ...gone: string[]) => list.filter((t) => !gone.includes(t));
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const NOW = new Date().toISOString();
const KEY = "key-used-only-by-these-tests-7f3a";
const OTHER_KEY = "another-key-of-these-tests-91c2";

function ref(): string {
	return `---\ntype: bibtex_entry\ncitation_key: k\ntitle: A paper about things\nauthors:\n  - Ann Author\nyear: '2020'\ncheck_log:\n  checked_at: '${NOW}'\n  checked_with: 'auto:openalex'\n  status: confirmed\n  checker_version: 99\n---\nBody\n`;
}

const NOTES: Record<string, string> = {
	"refs/verified.md": ref(),
	"refs/old/other.md": ref(),
	"pages/page.md": "# Just a page\n",
	"archive/x.md": "# Old\n",
};

let plugin: Plugin | null = null;
let others: Plugin[] = [];
let server: FakeOpenAlex | null = null;
let restoreVersion: string | null = null;

afterEach(async () => {
	plugin?.unload();
	plugin = null;
	for (const p of others) p.unload();
	others = [];
	await server?.close();
	server = null;
	if (restoreVersion !== null) fake.__test.setApiVersion(restoreVersion);
	restoreVersion = null;
});

/** Runs the rest of the test as on Obsidian `version` (set before the App is made). */
function onApp(version: string): void {
	const previous = fake.__test.setApiVersion(version);
	restoreVersion ??= previous;
}

const saved = (app: App) => (app.pluginData.get(manifest.id) ?? {}) as Record<string, unknown>;
const tabOf = (app: App): PluginSettingTab => app.settingTabs[0];
/** Whether `key` appears anywhere in saved data (a boolean, so a failure never prints it). */
const keyIn = (data: Record<string, unknown>, key: string) => JSON.stringify(data).includes(key);
const statusText = (app: App) => app.statusBarEl.querySelector(`.plugin-${manifest.id}`)?.textContent ?? "";

// ---- The declarative form, as stored by the (fake) app ----

/** Every definition with a name, in order, with group and list headings flattened out. */
function walk(items: readonly SettingDefinitionItem[]): Array<SettingDefinition | SettingDefinitionList> {
	const out: Array<SettingDefinition | SettingDefinitionList> = [];
	for (const item of items) {
		if ("type" in item && item.type === "list") out.push(item as SettingDefinitionList);
		else if ("type" in item && item.type === "group") out.push(...walk(item.items ?? []));
		else if (!("type" in item)) out.push(item);
	}
	return out;
}

function nameOf(d: SettingDefinition | SettingDefinitionList): string {
	return "type" in d ? (d.heading ?? "") : d.name;
}

function definition(tab: PluginSettingTab, name: string): SettingDefinition {
	const d = walk(tab.settingItems).find((x) => nameOf(x) === name);
	if (!d || "type" in d) throw new Error(`no definition ${name}`);
	return d;
}

function folderList(tab: PluginSettingTab, name: string): SettingDefinitionList {
	const d = walk(tab.settingItems).find((x) => nameOf(x) === name);
	if (!d || !("type" in d)) throw new Error(`no list ${name}`);
	return d;
}

/** The message the declarative control shows for `value` ("" when it accepts it). */
async function declarativeMessage(d: SettingDefinition, value: unknown): Promise<string> {
	if (!d.control || !("validate" in d.control) || !d.control.validate) return "";
	const validate = d.control.validate as (v: unknown) => string | void | Promise<string | void>;
	return (await validate(value)) || "";
}

// ---- display(), drawn into the DOM ----

function settingRow(root: HTMLElement, name: string): HTMLElement {
	const el = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((s) => !s.hasClass("setting-item-heading") && s.querySelector(".setting-item-name")?.textContent === name);
	if (!el) throw new Error(`no setting ${name}`);
	return el;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

const errorOf = (row: HTMLElement) => row.querySelector(".reference-check-setting-error")?.textContent ?? "";

async function tick(): Promise<void> {
	await new Promise((r) => setTimeout(r, 5));
}

function lastSuggestModal(): FuzzySuggestModal<unknown> {
	const m = fake.__test.openedSuggestModals.at(-1);
	if (!m) throw new Error("no folder picker opened");
	return m;
}

describe("the two forms of the settings tab", () => {
	it("list the same settings under the same headings, and Obsidian 1.13 gets definitions when the tab is added", async () => {
		onApp("1.13.1");
		const declarativeApp = appWithFiles(NOTES);
		plugin = await loadPlugin(declarativeApp);
		const items = tabOf(declarativeApp).settingItems;
		expect(items.length).toBeGreaterThan(0);
		const declared = walk(items).map(nameOf);
		const headings = items.flatMap((i) => ("type" in i && i.type === "group" && i.heading ? [i.heading] : []));

		onApp("1.12.7");
		const olderApp = appWithFiles(NOTES);
		others.push(await loadPlugin(olderApp));
		const tab = tabOf(olderApp);
		expect(tab.settingItems).toEqual([]); // an app before 1.13 asks for no definitions
		tab.display();
		const rows = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")];
		const drawnHeadings = rows.filter((r) => r.hasClass("setting-item-heading")).map((r) => r.querySelector(".setting-item-name")!.textContent);
		const drawn = rows.filter((r) => !r.hasClass("setting-item-heading") && !r.hasClass("reference-check-folder-row")).map((r) => r.querySelector(".setting-item-name")!.textContent);

		expect(drawn).toEqual(declared);
		expect(drawnHeadings).toEqual(headings);
		for (const name of ["API key", "Contact email", "API base URL", "Requests per second", "Test connection", "Days before a check is stale", "Include folders", "Exclude folders", "Entry types not looked up", "Citation key field", "New cited in values"]) {
			expect(declared).toContain(name);
		}
		// Every setting is searchable by its name (folder rows are values, not settings).
		for (const d of walk(items)) if (!("type" in d)) expect(d.searchable ?? true, nameOf(d)).toBe(true);
	});

	it("number controls carry the model's bounds", async () => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app);
		const stale = definition(tabOf(app), "Days before a check is stale").control;
		expect(stale).toMatchObject({ type: "number", key: "staleDays", min: 0, max: 3650, step: 1, defaultValue: 30 });
		const rate = definition(tabOf(app), "Requests per second").control;
		expect(rate).toMatchObject({ type: "number", key: "requestsPerSecond", min: 0.1, max: 30, step: "any", defaultValue: 8 });
	});

	it("accept and refuse the same values with the same messages, and save the same values", async () => {
		const cases: Array<{ name: string; key: string; number?: boolean; inputs: string[] }> = [
			{ name: "Contact email", key: "contactEmail", inputs: ["not an address", "a@example.org", "", "b@example.org"] },
			{ name: "API base URL", key: "baseUrl", inputs: ["not a url", "http://example.org/api", "https://mirror.example.org/", "https://x.example.org/?q=1", "https://api.openalex.org"] },
			{ name: "Requests per second", key: "requestsPerSecond", number: true, inputs: ["500", "0", "12", "2.5", "-3", "abc", "30"] },
			{ name: "Days before a check is stale", key: "staleDays", number: true, inputs: ["1.5", "0", "-1", "3651", "45", "3650"] },
			{ name: "Type value", key: "referenceTypeValue", inputs: [" bibtex_entry ", ""] },
			{ name: "Cited in key", key: "citedInKey", inputs: ["my: key", "", "cited_by", "cited_in"] },
			{ name: "Citation key field", key: "citationKeyField", inputs: ["a#b", "mykey"] },
		];
		onApp("1.13.1");
		const declarativeApp = appWithFiles(NOTES);
		plugin = await loadPlugin(declarativeApp);
		const declarative = tabOf(declarativeApp);
		onApp("1.12.7");
		const olderApp = appWithFiles(NOTES);
		others.push(await loadPlugin(olderApp));
		const older = tabOf(olderApp);
		older.display();

		let refused = 0;
		for (const c of cases) {
			const d = definition(declarative, c.name);
			expect(d.control && "key" in d.control ? d.control.key : null).toBe(c.key);
			const row = settingRow(older.containerEl, c.name);
			const input = row.querySelector("input")!;
			for (const text of c.inputs) {
				// A number control hands its validator a number (Obsidian parses the text).
				const value = c.number ? Number(text) : text;
				const message = await declarativeMessage(d, value);
				type(input, text);
				await tick();
				expect(errorOf(row), `${c.name}: "${text}"`).toBe(message);
				if (message) {
					refused++;
					continue;
				}
				await declarative.setControlValue(c.key, value);
				await waitFor(() => JSON.stringify(saved(olderApp)[c.key]) === JSON.stringify(saved(declarativeApp)[c.key]), 1000, `${c.name} saved alike`);
				expect(declarative.getControlValue(c.key)).toEqual(saved(declarativeApp)[c.key]);
			}
		}
		expect(refused).toBeGreaterThanOrEqual(12);
		// Refused values were never saved: what both apps saved is the last accepted value of each.
		expect(saved(declarativeApp)).toMatchObject({ contactEmail: "b@example.org", baseUrl: "https://api.openalex.org", requestsPerSecond: 30, staleDays: 3650, referenceTypeValue: "", citedInKey: "cited_in", citationKeyField: "mykey" });
		expect(saved(olderApp)).toMatchObject({ contactEmail: "b@example.org", baseUrl: "https://api.openalex.org", requestsPerSecond: 30, staleDays: 3650, referenceTypeValue: "", citedInKey: "cited_in", citationKeyField: "mykey" });
	});

	it("toggles, the dropdown and the entry types save through both forms alike", async () => {
		onApp("1.13.1");
		const declarativeApp = appWithFiles(NOTES);
		plugin = await loadPlugin(declarativeApp);
		const declarative = tabOf(declarativeApp);
		onApp("1.12.7");
		const olderApp = appWithFiles(NOTES);
		others.push(await loadPlugin(olderApp));
		const older = tabOf(olderApp);
		older.display();

		await declarative.setControlValue("writeRemote", false);
		settingRow(older.containerEl, "Write the remote record").querySelector<HTMLElement>(".checkbox-container")!.click();
		await declarative.setControlValue("citedInValueStyle", "note");
		const select = settingRow(older.containerEl, "New cited in values").querySelector("select")!;
		select.value = "note";
		select.dispatchEvent(new Event("change"));
		await declarative.setControlValue("notIndexedTypes", "Web, software\nblog");
		type(settingRow(older.containerEl, "Entry types not looked up").querySelector("textarea")!, "Web, software\nblog");
		const keys = ["writeRemote", "citedInValueStyle", "notIndexedTypes"];
		const pick = (app: App) => JSON.stringify(keys.map((k) => saved(app)[k]));
		await waitFor(() => pick(olderApp) === pick(declarativeApp), 1000, "saved alike");
		expect(saved(declarativeApp)).toMatchObject({ writeRemote: false, citedInValueStyle: "note", notIndexedTypes: ["web", "software", "blog"] });
		expect(declarative.getControlValue("notIndexedTypes")).toBe("web\nsoftware\nblog");
		// A value outside the options is refused by the model behind both forms.
		expect(await declarativeMessage(definition(declarative, "New cited in values"), "sideways")).not.toBe("");
	});
});

describe("stale days 0 (never stale)", () => {
	it("is accepted everywhere: the tab, the declarative control, the core and the CLI", async () => {
		// Core: typed, stored, and what it means.
		expect(validateStaleDays("0")).toEqual({ value: 0 });
		expect(settingsFromData({ staleDays: 0 }).staleDays).toBe(0);
		const ancient: Parameters<typeof isStale>[0] = { checked_at: "1990-01-01T00:00:00.000Z", checked_with: "auto:openalex", status: "confirmed" };
		expect(isStale(ancient, 0, new Date())).toBe(false);
		expect(isStale(ancient, 30, new Date())).toBe(true);

		// CLI: the flag, and a vault whose stored settings say 0.
		const dir = mkdtempSync(join(tmpdir(), "refcheck-stale-"));
		try {
			const flag = parseCheckArgs(["check", dir, "--stale-days", "0"], {});
			expect("options" in flag && flag.options.settings.staleDays).toBe(0);
			mkdirSync(join(dir, ".obsidian/plugins/reference-check"), { recursive: true });
			writeFileSync(join(dir, ".obsidian/plugins/reference-check/data.json"), JSON.stringify({ staleDays: 0 }));
			const stored = parseCheckArgs(["check", dir], {});
			expect("options" in stored && stored.options.settings.staleDays).toBe(0);
			const refused = parseCheckArgs(["check", dir, "--stale-days=3651"], {});
			expect("usage" in refused && refused.usage).toMatch(/between 0 and 3650/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}

		// The declarative control (Obsidian 1.13+).
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, { staleDays: 12 });
		const control = definition(tabOf(app), "Days before a check is stale");
		expect(await declarativeMessage(control, 0)).toBe("");
		await tabOf(app).setControlValue("staleDays", 0);
		expect(saved(app).staleDays).toBe(0);

		// display() (older apps).
		onApp("1.10.0");
		const older = appWithFiles(NOTES);
		others.push(await loadPlugin(older, { staleDays: 12 }));
		tabOf(older).display();
		const row = settingRow(tabOf(older).containerEl, "Days before a check is stale");
		type(row.querySelector("input")!, "0");
		await waitFor(() => saved(older).staleDays === 0, 1000, "0 saved");
		expect(errorOf(row)).toBe("");
	});
});

describe("include and exclude folders", () => {
	it("on 1.13: a list per setting, a folder picker to add, delete per row; the status bar follows", async () => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app);
		await app.workspace.openFile(app.vault.getFileByPath("refs/verified.md")!);
		expect(statusText(app)).toBe("Verified");
		const tab = tabOf(app);
		const include = folderList(tab, "Include folders");
		expect(include.items).toEqual([]);
		expect(include.emptyState).toBe("The whole vault.");

		include.addItem!.action(document.createElement("div"));
		const picker = lastSuggestModal();
		expect(picker.itemTexts()).toEqual(expect.arrayContaining(["refs", "refs/old", "pages", "archive"]));
		picker.choose("pages");
		await waitFor(() => JSON.stringify(saved(app).includeFolders) === '["pages"]', 1000, "folder added");
		// The tab was refreshed with update(): the list now shows the folder.
		await waitFor(() => folderList(tab, "Include folders").items?.length === 1, 1000, "list updated");
		expect(folderList(tab, "Include folders").items?.map((i) => ("name" in i ? i.name : ""))).toEqual(["pages"]);
		await waitFor(() => statusText(app) === "", 1000, "note outside the included folders");

		folderList(tab, "Exclude folders").addItem!.action(document.createElement("div"));
		lastSuggestModal().choose("archive");
		await waitFor(() => JSON.stringify(saved(app).excludeFolders) === '["archive"]', 1000, "exclude added");
		// A folder already listed is not offered again.
		folderList(tab, "Include folders").addItem!.action(document.createElement("div"));
		expect(lastSuggestModal().itemTexts()).not.toContain("pages");

		folderList(tab, "Include folders").onDelete!(0);
		await waitFor(() => JSON.stringify(saved(app).includeFolders) === "[]", 1000, "folder removed");
		await waitFor(() => statusText(app) === "Verified", 1000, "whole vault again");
	});

	it("before 1.13: the same picker from an Add folder button, a remove button per folder", async () => {
		onApp("1.12.7");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, { includeFolders: ["refs"] });
		const tab = tabOf(app);
		tab.display();
		const rows = () => [...tab.containerEl.querySelectorAll<HTMLElement>(".reference-check-folder-row")].map((r) => r.querySelector(".setting-item-name")!.textContent);
		expect(rows()).toEqual(["refs"]);
		settingRow(tab.containerEl, "Include folders").querySelector("button")!.click();
		lastSuggestModal().choose("pages");
		await waitFor(() => rows().length === 2, 1000, "redrawn");
		expect(saved(app).includeFolders).toEqual(["refs", "pages"]);
		expect(rows()).toEqual(["refs", "pages"]);
		tab.containerEl.querySelector<HTMLElement>(".reference-check-folder-row .extra-setting-button")!.click();
		await waitFor(() => rows().length === 1, 1000, "removed");
		expect(saved(app).includeFolders).toEqual(["pages"]);
	});
});

describe("the API key in secret storage", () => {
	it("moves a key kept in data.json into secret storage once, keeps only its name, and sends it", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks() });
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url, { apiKey: KEY, staleDays: 12 }));
		const stored = saved(app);
		expect("apiKey" in stored).toBe(false);
		expect(keyIn(stored, KEY)).toBe(false);
		expect(stored.apiKeySecret).toBe("openalex-api-key");
		expect(stored.staleDays).toBe(12); // the rest of the settings survives the rewrite
		expect(app.secretStorage!.getSecret("openalex-api-key") === KEY).toBe(true);

		// The key reaches OpenAlex (and only there).
		expect(app.commands.execute(`${manifest.id}:reverify-all`)).toBe(true);
		await waitFor(() => server!.requests.length > 0 && !/^Checking/.test(statusText(app)), 20_000, "run");
		expect(server.requests.every((r) => r.params.api_key === KEY)).toBe(true);
		expect(fake.__test.notices.some((n) => n.includes(KEY))).toBe(false);

		// Once: a second load finds nothing to move and leaves the secret alone.
		plugin.unload();
		app.secretStorage!.setSecret("openalex-api-key", OTHER_KEY);
		plugin = await loadPlugin(app);
		expect(app.secretStorage!.getSecret("openalex-api-key") === OTHER_KEY).toBe(true);
		expect(saved(app).apiKeySecret).toBe("openalex-api-key");
	});

	it("never overwrites another secret of the same name, and keeps a secret already chosen", async () => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		app.secretStorage!.setSecret("openalex-api-key", OTHER_KEY);
		plugin = await loadPlugin(app, { apiKey: KEY });
		expect(saved(app).apiKeySecret).toBe("openalex-api-key-2");
		expect(app.secretStorage!.getSecret("openalex-api-key") === OTHER_KEY).toBe(true);
		expect(app.secretStorage!.getSecret("openalex-api-key-2") === KEY).toBe(true);

		const chosen = appWithFiles(NOTES);
		chosen.secretStorage!.setSecret("my-openalex", OTHER_KEY);
		others.push(await loadPlugin(chosen, { apiKey: KEY, apiKeySecret: "my-openalex" }));
		expect(saved(chosen).apiKeySecret).toBe("my-openalex");
		expect(keyIn(saved(chosen), KEY)).toBe(false);
		expect(chosen.secretStorage!.getSecret("my-openalex") === OTHER_KEY).toBe(true);
		expect(chosen.secretStorage!.listSecrets()).toEqual(["my-openalex"]);
	});

	it("is picked by name with the secret control, in both forms", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks(), budget: 4321 });
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		app.secretStorage!.setSecret("shared-openalex", KEY);
		plugin = await loadPlugin(app, testSettings(server.url));
		const tab = tabOf(app);
		const row = new fake.Setting(document.createElement("div"));
		const render = definition(tab, "API key").render!;
		render(row as never, null as never);
		const control = row.components[0] as SecretComponent;
		expect(row.controlEl.querySelector("input")).toBeNull(); // no field holding the key itself
		control.choose("shared-openalex");
		await waitFor(() => saved(app).apiKeySecret === "shared-openalex", 1000, "name saved");
		expect(keyIn(saved(app), KEY)).toBe(false);

		// Test connection, an action on 1.13, uses the chosen secret.
		const before = fake.__test.notices.length;
		definition(tab, "Test connection").action!(document.createElement("div"), 0);
		await waitFor(() => fake.__test.notices.slice(before).some((n) => n.startsWith("Connected to ")), 10_000, "test connection");
		expect(server.requests.at(-1)?.params.api_key === KEY).toBe(true);

		// display() on 1.11.4–1.12: the same control.
		onApp("1.12.7");
		const older = appWithFiles(NOTES);
		older.secretStorage!.setSecret("shared-openalex", KEY);
		others.push(await loadPlugin(older));
		tabOf(older).display();
		const select = settingRow(tabOf(older).containerEl, "API key").querySelector<HTMLSelectElement>("select.secret-component")!;
		select.value = "shared-openalex";
		select.dispatchEvent(new Event("change"));
		await waitFor(() => saved(older).apiKeySecret === "shared-openalex", 1000, "name saved");
	});

	it("says so when the secret named in synced settings is not on this device, and sends no key", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks() });
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url, { apiKeySecret: "made-on-my-laptop" }));
		const before = fake.__test.notices.length;
		definition(tabOf(app), "Test connection").action!(document.createElement("div"), 0);
		await waitFor(() => fake.__test.notices.slice(before).some((n) => n.startsWith("Connected to ")), 10_000, "test connection");
		expect(fake.__test.notices.at(-1)).toMatch(/No API key was sent: this device has no secret named "made-on-my-laptop"\.$/);
		expect("api_key" in server.requests[0].params).toBe(false);
	});

	it("falls back to today's password field on an app without secret storage, and leaves the key in data.json", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks() });
		onApp("1.10.0");
		const app = appWithFiles(NOTES);
		expect(app.secretStorage).toBeUndefined();
		plugin = await loadPlugin(app, testSettings(server.url, { apiKey: KEY }));
		expect(saved(app).apiKey === KEY).toBe(true); // not moved: there is nowhere to move it
		const tab = tabOf(app);
		tab.display();
		const row = settingRow(tab.containerEl, "API key");
		const input = row.querySelector("input")!;
		expect(input.type).toBe("password");
		expect(row.querySelector("select")).toBeNull();
		type(input, "has a space");
		await tick();
		expect(errorOf(row)).toBe("The API key must not contain spaces.");
		type(input, OTHER_KEY);
		await waitFor(() => saved(app).apiKey === OTHER_KEY, 1000, "key saved");

		settingRow(tab.containerEl, "Test connection").querySelector("button")!.click();
		const result = settingRow(tab.containerEl, "Test connection").querySelector(".reference-check-setting-result")!;
		await waitFor(() => (result.textContent ?? "").startsWith("Connected to "), 10_000, "test connection");
		expect(server.requests.at(-1)?.params.api_key === OTHER_KEY).toBe(true);
		expect((result.textContent ?? "").includes(OTHER_KEY)).toBe(false);
	});
});

describe("settings saved under earlier defaults (settings versions)", () => {
	// The same table as the core's and the CLI's: loading migrates in memory, the file is only
	// rewritten by the next real save, which writes the migrated list with its version.
	it.each(MIGRATION_CASES)("$name", async ({ stored, types, version }) => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, structuredClone(stored));
		const tab = tabOf(app);
		expect(tab.getControlValue("notIndexedTypes")).toBe(types.join("\n"));
		expect(saved(app)).toEqual(stored);
		await tab.setControlValue("writeRemote", false);
		expect(saved(app)).toMatchObject({ writeRemote: false, notIndexedTypes: types, settingsVersion: version });
	});

	it("settings synced from a device with an older plugin are migrated in memory, not written back", async () => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, { settingsVersion: 3, notIndexedTypes: ["web"] });
		const old = { notIndexedTypes: without(VERSION_1_DEFAULTS, "software") };
		app.pluginData.set(manifest.id, structuredClone(old));
		await plugin.onExternalSettingsChange?.();
		expect(tabOf(app).getControlValue("notIndexedTypes")).toBe([...without(VERSION_1_DEFAULTS, "software"), ...ADDED_IN_2, ...ADDED_IN_3].join("\n"));
		expect(saved(app)).toEqual(old);
	});
});

describe("settings synced from another device", () => {
	it("apply without a reload: runs, the status bar and the open tab follow (1.13)", async () => {
		onApp("1.13.1");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, { staleDays: 12 });
		await app.workspace.openFile(app.vault.getFileByPath("refs/verified.md")!);
		expect(statusText(app)).toBe("Verified");

		// Obsidian Sync rewrites data.json, then tells the plugin.
		app.pluginData.set(manifest.id, { staleDays: 7, includeFolders: ["pages"], apiKey: KEY });
		await plugin.onExternalSettingsChange?.();
		await waitFor(() => statusText(app) === "", 1000, "status bar follows");
		const tab = tabOf(app);
		expect(tab.getControlValue("staleDays")).toBe(7);
		expect(folderList(tab, "Include folders").items?.map((i) => ("name" in i ? i.name : ""))).toEqual(["pages"]);
		// A key synced from a device without secret storage moves into this device's.
		expect(app.secretStorage!.getSecret("openalex-api-key") === KEY).toBe(true);
		expect(keyIn(saved(app), KEY)).toBe(false);
	});

	it("redraw an open tab on an app before 1.13", async () => {
		onApp("1.12.7");
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, { staleDays: 12 });
		const tab = tabOf(app);
		tab.display();
		app.pluginData.set(manifest.id, { staleDays: 7 });
		await plugin.onExternalSettingsChange?.();
		expect(settingRow(tab.containerEl, "Days before a check is stale").querySelector("input")!.value).toBe("7");
		// A closed tab is left alone until it is opened.
		tab.hide();
		app.pluginData.set(manifest.id, { staleDays: 9 });
		await plugin.onExternalSettingsChange?.();
		expect(tab.containerEl.childElementCount).toBe(0);
	});
});

describe("Test connection tests the connection fields as they are, saved or not (issue 16)", () => {
	it("before 1.13 (display()): an invalid URL in the field is named and nothing is sent; a valid one is used as typed", async () => {
		onApp("1.12.7");
		server = await startFakeOpenAlex({ works: corpusWorks(), budget: 4321 });
		const other = await startFakeOpenAlex({ works: corpusWorks(), budget: 77 });
		try {
			const app = appWithFiles(NOTES);
			plugin = await loadPlugin(app, testSettings(server.url));
			const tab = tabOf(app);
			tab.display();
			const root = tab.containerEl;
			const baseUrl = settingRow(root, "API base URL").querySelector("input")!;
			const row = settingRow(root, "Test connection");
			const result = row.querySelector(".reference-check-setting-result")!;
			const test = async () => {
				result.setText("");
				row.querySelector("button")!.click();
				await waitFor(() => result.textContent !== "Testing…" && result.textContent !== "", 10_000, "test result");
				return result.textContent;
			};
			type(baseUrl, "htp:/nowhere");
			expect(await test()).toBe("Not tested: the API base URL is not valid. The URL must start with https://.");
			expect(result.hasClass("reference-check-setting-error")).toBe(true);
			expect(server.requests.length + other.requests.length).toBe(0);
			expect(saved(app).baseUrl).toBe(server.url); // the invalid value was not saved
			type(baseUrl, other.url);
			expect(await test()).toBe(`Connected to ${other.url}. 77 OpenAlex credits left today.`);
			expect([other.requests.length, server.requests.length]).toEqual([1, 0]);
		} finally {
			await other.close();
		}
	});

	it("on 1.13+ (definitions): what the control was last given is what the action tests", async () => {
		onApp("1.13.1");
		server = await startFakeOpenAlex({ works: corpusWorks(), budget: 4321 });
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url));
		const tab = tabOf(app);
		const action = definition(tab, "Test connection").action as () => void;
		// Obsidian validates each value typed into the control; an invalid one is not saved.
		expect(await declarativeMessage(definition(tab, "Contact email"), "not an email")).toBe("Not a valid email address.");
		const n = fake.__test.notices.length;
		action();
		await waitFor(() => fake.__test.notices.length > n, 10_000, "the result");
		expect(fake.__test.notices.slice(n)).toEqual(["Not tested: the contact email is not valid. Not a valid email address."]);
		expect(server.requests.length).toBe(0);
		expect(await declarativeMessage(definition(tab, "Contact email"), "me@example.org")).toBe("");
		action();
		await waitFor(() => fake.__test.notices.length > n + 1, 10_000, "the second result");
		expect(fake.__test.notices.at(-1)).toBe(`Connected to ${server.url}. 4,321 OpenAlex credits left today.`);
		expect(server.requests.length).toBe(1);
	});
});
