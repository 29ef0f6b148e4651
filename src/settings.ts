// Settings model, defaults, validation and the settings tab.
import { App, normalizePath, Plugin, PluginSettingTab, Setting } from "obsidian";
import { DEFAULT_STALE_DAYS } from "./core/check-log";
import { NOT_INDEXED_TYPES } from "./core/reference";
import { DEFAULT_BASE_URL } from "./openalex/client";
import { DEFAULT_CITED_IN_SETTINGS, readCitedInSettings, type CitedInSettings } from "./core/cited-in/settings";

export interface ReferenceCheckSettings extends CitedInSettings {
	/** OpenAlex API key (never written to notes or logs). Empty: keyless access. */
	apiKey: string;
	/** Sent as `mailto` so OpenAlex can reach the user about their traffic. */
	contactEmail: string;
	baseUrl: string;
	requestsPerSecond: number;
	/** A check older than this is stale. */
	staleDays: number;
	/** When set, only notes whose frontmatter `type` equals this value are reference notes. */
	referenceTypeValue: string;
	/** Folders holding reference notes (empty: the whole vault). */
	includeFolders: string[];
	excludeFolders: string[];
	/** Entry types OpenAlex does not index (web pages, software…): logged as skipped, never queried. */
	notIndexedTypes: string[];
	/** Write the `remote:` block (OpenAlex's title, authors, year, venue, DOI) into check_log. */
	writeRemote: boolean;
}

export const DEFAULT_SETTINGS: ReferenceCheckSettings = {
	apiKey: "",
	contactEmail: "",
	baseUrl: DEFAULT_BASE_URL,
	// Well under OpenAlex's published caps (about 10/s without a key, 30/s with one).
	requestsPerSecond: 5,
	staleDays: DEFAULT_STALE_DAYS,
	referenceTypeValue: "",
	includeFolders: [],
	excludeFolders: [],
	notIndexedTypes: [...NOT_INDEXED_TYPES],
	writeRemote: true,
	...DEFAULT_CITED_IN_SETTINGS,
};

export type Validated<T> = { value: T } | { error: string };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** https URLs only (plain http is accepted for a local server, as used in tests). */
export function validateBaseUrl(input: string): Validated<string> {
	const text = input.trim();
	if (text === "") return { error: "Enter the API base URL." };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { error: "Not a valid URL." };
	}
	const local = LOCAL_HOSTS.has(url.hostname);
	if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return { error: "The URL must start with https://." };
	if (url.search || url.hash) return { error: "The URL must not contain a query or a fragment." };
	return { value: text.replace(/\/+$/, "") };
}

export function validateEmail(input: string): Validated<string> {
	const text = input.trim();
	if (text === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { value: text };
	return { error: "Not a valid email address." };
}

export function validateApiKey(input: string): Validated<string> {
	const text = input.trim();
	if (/\s/.test(text)) return { error: "The API key must not contain spaces." };
	return { value: text };
}

function validateNumber(input: string, min: number, max: number, integer: boolean, what: string): Validated<number> {
	const text = input.trim();
	const n = Number(text);
	if (text === "" || !Number.isFinite(n)) return { error: `Enter a number for ${what}.` };
	if (integer && !Number.isInteger(n)) return { error: `Enter a whole number for ${what}.` };
	if (n < min || n > max) return { error: `${what[0].toUpperCase()}${what.slice(1)} must be between ${min} and ${max}.` };
	return { value: n };
}

export function validateRequestsPerSecond(input: string): Validated<number> {
	return validateNumber(input, 0.1, 30, false, "requests per second");
}

export function validateStaleDays(input: string): Validated<number> {
	return validateNumber(input, 1, 3650, true, "days before a check is stale");
}

/** A list of folders, one per line or comma-separated, as vault paths. */
export function parseFolderList(input: string): string[] {
	const out: string[] = [];
	for (const part of input.split(/[\n,]/)) {
		const t = part.trim();
		if (t === "") continue;
		const p = normalizePath(t);
		if (p !== "/" && !out.includes(p)) out.push(p);
	}
	return out;
}

/** "web, software\n dataset" → ["web", "software", "dataset"] (lower-case, no duplicates). */
export function parseTypeList(input: string): string[] {
	const out: string[] = [];
	for (const t of input.split(/[\n,]/)) {
		const v = t.trim().toLowerCase();
		if (v !== "" && !out.includes(v)) out.push(v);
	}
	return out;
}

/** Stored data → settings: unknown keys dropped, invalid values replaced by the defaults. */
export function settingsFromData(data: unknown): ReferenceCheckSettings {
	const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
	const s: ReferenceCheckSettings = { ...DEFAULT_SETTINGS, includeFolders: [], excludeFolders: [] };
	const text = (k: string): string | null => (typeof d[k] === "string" ? d[k] : typeof d[k] === "number" ? String(d[k]) : null);
	const take = <T>(k: string, validate: (s: string) => Validated<T>, set: (v: T) => void) => {
		const t = text(k);
		if (t === null) return;
		const r = validate(t);
		if ("value" in r) set(r.value);
	};
	take("apiKey", validateApiKey, (v) => (s.apiKey = v));
	take("contactEmail", validateEmail, (v) => (s.contactEmail = v));
	take("baseUrl", validateBaseUrl, (v) => (s.baseUrl = v));
	take("requestsPerSecond", validateRequestsPerSecond, (v) => (s.requestsPerSecond = v));
	take("staleDays", validateStaleDays, (v) => (s.staleDays = v));
	if (typeof d.referenceTypeValue === "string") s.referenceTypeValue = d.referenceTypeValue.trim();
	for (const k of ["includeFolders", "excludeFolders"] as const) {
		const v = d[k];
		if (Array.isArray(v)) s[k] = parseFolderList(v.filter((x): x is string => typeof x === "string").join("\n"));
	}
	if (Array.isArray(d.notIndexedTypes)) s.notIndexedTypes = parseTypeList(d.notIndexedTypes.filter((x): x is string => typeof x === "string").join("\n"));
	if (typeof d.writeRemote === "boolean") s.writeRemote = d.writeRemote;
	Object.assign(s, readCitedInSettings(d));
	return s;
}

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
	settings(): Readonly<ReferenceCheckSettings>;
	saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void>;
	/** Sends one free request; resolves to a message for the user. */
	testConnection(): Promise<{ ok: boolean; message: string }>;
}

/**
 * A part of the tab that a feature adds (cited_in's "Citations"). main.ts passes the sections in,
 * so the tab, shared by every feature, never imports one.
 */
export type SettingsSection = (containerEl: HTMLElement, settings: Readonly<ReferenceCheckSettings>, save: (patch: Partial<ReferenceCheckSettings>) => Promise<void>) => void;

export class ReferenceCheckSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private host: SettingsHost,
		private readonly sections: readonly SettingsSection[] = [],
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.host.settings();

		new Setting(containerEl).setName("Connection").setHeading();
		this.textSetting({
			name: "API key",
			desc: "Free key from openalex.org. It raises the daily budget and is never written into notes.",
			value: s.apiKey,
			password: true,
			validate: validateApiKey,
			save: (v) => ({ apiKey: v }),
		});
		this.textSetting({
			name: "Contact email",
			desc: "Sent with each request so OpenAlex can contact you about your traffic.",
			value: s.contactEmail,
			placeholder: "you@example.org",
			validate: validateEmail,
			save: (v) => ({ contactEmail: v }),
		});
		this.textSetting({
			name: "API base URL",
			desc: "Change only to use a mirror or a proxy.",
			value: s.baseUrl,
			placeholder: DEFAULT_BASE_URL,
			validate: validateBaseUrl,
			save: (v) => ({ baseUrl: v }),
		});
		this.textSetting({
			name: "Requests per second",
			desc: "Keep this well under OpenAlex's limit (about 10 without a key, 30 with one).",
			value: String(s.requestsPerSecond),
			validate: validateRequestsPerSecond,
			save: (v) => ({ requestsPerSecond: v }),
		});
		const status = new Setting(containerEl).setName("Test connection").setDesc("Sends one free request and shows the remaining daily budget.");
		const result = status.descEl.createDiv({ cls: "reference-check-setting-result" });
		status.addButton((b) =>
			b.setButtonText("Test connection").onClick(async () => {
				b.setDisabled(true);
				result.setText("Testing…");
				result.removeClass("reference-check-setting-error");
				const r = await this.host.testConnection();
				result.setText(r.message);
				result.toggleClass("reference-check-setting-error", !r.ok);
				b.setDisabled(false);
			}),
		);

		new Setting(containerEl).setName("Checks").setHeading();
		this.textSetting({
			name: "Days before a check is stale",
			desc: "Older checks are shown as stale and checked again by a vault run.",
			value: String(s.staleDays),
			validate: validateStaleDays,
			save: (v) => ({ staleDays: v }),
		});
		new Setting(containerEl)
			.setName("Write the remote record")
			.setDesc("Keep the remote title, authors, year, venue and identifier in each check log.")
			.addToggle((t) => t.setValue(s.writeRemote).onChange((v) => this.host.saveSettings({ writeRemote: v })));

		new Setting(containerEl).setName("Reference notes").setHeading();
		this.textSetting({
			name: "Type value",
			desc: "Only notes whose frontmatter type equals this value are reference notes. Leave empty to recognize citation frontmatter automatically.",
			value: s.referenceTypeValue,
			placeholder: "bibtex_entry",
			validate: (v) => ({ value: v.trim() }),
			save: (v) => ({ referenceTypeValue: v }),
		});
		this.folderSetting("Include folders", "Only these folders are searched, one per line. Leave empty for the whole vault.", s.includeFolders, (v) => ({ includeFolders: v }));
		this.folderSetting("Exclude folders", "Notes in these folders are never checked, one per line.", s.excludeFolders, (v) => ({ excludeFolders: v }));

		new Setting(containerEl)
			.setName("Entry types not looked up")
			.setDesc("References of these entry types without an identifier (web pages, software, datasets…) are not sent to OpenAlex, which does not index them. One per line.")
			.addTextArea((t) => t.setValue(s.notIndexedTypes.join("\n")).onChange((input) => this.host.saveSettings({ notIndexedTypes: parseTypeList(input) })));

		for (const section of this.sections) section(containerEl, s, (patch) => this.host.saveSettings(patch));
	}

	private textSetting<T>(o: {
		name: string;
		desc: string;
		value: string;
		placeholder?: string;
		password?: boolean;
		validate: (input: string) => Validated<T>;
		save: (value: T) => Partial<ReferenceCheckSettings>;
	}): Setting {
		const setting = new Setting(this.containerEl).setName(o.name).setDesc(o.desc);
		const message = setting.descEl.createDiv({ cls: "reference-check-setting-error" });
		setting.addText((t) => {
			if (o.password) t.inputEl.type = "password";
			if (o.placeholder) t.setPlaceholder(o.placeholder);
			t.setValue(o.value).onChange(async (input) => {
				const r = o.validate(input);
				// An invalid value is shown, never saved.
				t.inputEl.toggleClass("reference-check-input-invalid", "error" in r);
				if ("error" in r) {
					message.setText(r.error);
					return;
				}
				message.setText("");
				await this.host.saveSettings(o.save(r.value));
			});
		});
		return setting;
	}

	private folderSetting(name: string, desc: string, value: string[], save: (v: string[]) => Partial<ReferenceCheckSettings>): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addTextArea((t) => t.setValue(value.join("\n")).onChange((input) => this.host.saveSettings(save(parseFolderList(input)))));
	}
}
