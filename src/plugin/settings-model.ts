// The settings tab's model: every setting the tab shows, in order, with its name, description,
// control and validation. Both forms of the tab are drawn from it — the declarative definitions
// that Obsidian 1.13+ renders and indexes for settings search, and display() for older apps
// (settings-tab.ts) — so the two cannot show different settings or validate differently. Values,
// bounds and validation come from the settings model (core/settings.ts); features add their own
// sections (cited_in's "Citations", src/cited-in/settings-section.ts). No Obsidian here.
import type { Result } from "../lib/result";
import {
	DEFAULT_BASE_URL,
	DEFAULT_REQUESTS_PER_SECOND,
	DEFAULT_SETTINGS,
	REQUESTS_PER_SECOND_BOUNDS,
	STALE_DAYS_BOUNDS,
	AUTO_CHECK_PER_MINUTE_BOUNDS,
	checkNumber,
	parseFolderList,
	parseTypeList,
	validateApiKey,
	validateBaseUrl,
	validateEmail,
	validateSecretName,
	type NumberBounds,
	type ReferenceCheckSettings,
} from "../core/settings";

type Settings = ReferenceCheckSettings;
/** A change to save. */
export type SettingsPatch = Partial<Settings>;
type KeysWhere<V> = { [K in keyof Settings]: Settings[K] extends V ? K : never }[keyof Settings];

/** What every setting shows and Obsidian's settings search finds. */
interface Described {
	name: string;
	desc: string;
	/** More words settings search finds it by. */
	aliases?: string[];
}

/** One line of text, validated as typed; never saved while invalid. */
export interface TextField extends Described {
	kind: "text";
	key: KeysWhere<string>;
	placeholder?: string;
	read(s: Readonly<Settings>): string;
	write(input: string): Result<SettingsPatch>;
}

/** A number within bounds (a number control on 1.13+, a validated text field before). */
export interface NumberField extends Described {
	kind: "number";
	key: KeysWhere<number>;
	bounds: NumberBounds;
	/** The default: what a number control falls back to on input it cannot parse (never 0 = "never stale"). */
	fallback: number;
	read(s: Readonly<Settings>): number;
	write(n: number): Result<SettingsPatch>;
}

export interface ToggleField extends Described {
	kind: "toggle";
	key: KeysWhere<boolean>;
	read(s: Readonly<Settings>): boolean;
	write(on: boolean): SettingsPatch;
}

export interface DropdownField extends Described {
	kind: "dropdown";
	key: KeysWhere<string>;
	options: Record<string, string>;
	read(s: Readonly<Settings>): string;
	write(value: string): Result<SettingsPatch>;
}

/** Several lines, one entry each (a text area). */
export interface LinesField extends Described {
	kind: "lines";
	key: KeysWhere<string[]>;
	read(s: Readonly<Settings>): string;
	write(text: string): Result<SettingsPatch>;
}

/** Vault folders, added with a folder picker and removed one by one. */
export interface FoldersField extends Described {
	kind: "folders";
	key: "includeFolders" | "excludeFolders";
	/** Shown when no folder is listed. */
	emptyState: string;
	read(s: Readonly<Settings>): readonly string[];
	write(folders: readonly string[]): SettingsPatch;
}

/**
 * The OpenAlex API key: a secret picked by name from Obsidian's secret storage where the app has
 * one (1.11.4+), a password field saved in data.json before.
 */
export interface ApiKeyField extends Described {
	kind: "apiKey";
	secret: { read(s: Readonly<Settings>): string; write(name: string): Result<SettingsPatch> };
	legacy: TextField;
}

/** What the tab's text fields hold now, by settings key: as typed, valid or not (none: as saved). */
export type TypedValues = Partial<Record<string, string>>;

/** What an action needs from the plugin. */
export interface ActionHost {
	/** Sends one free request with the fields as typed; resolves to a message for the user. */
	testConnection(typed: TypedValues): Promise<{ ok: boolean; message: string }>;
}

/** A button that does something now (no value of its own). */
export interface ActionField extends Described {
	kind: "action";
	button: string;
	/** Shown while it runs. */
	busy: string;
	run(host: ActionHost, typed: TypedValues): Promise<{ ok: boolean; message: string }>;
}

export type SettingField = TextField | NumberField | ToggleField | DropdownField | LinesField | FoldersField | ApiKeyField | ActionField;

/** A settings section: a heading and its settings, in order. */
export interface SettingsSection {
	heading: string;
	fields: readonly SettingField[];
}

/** The fields whose value a declarative control reads and writes under their settings key. */
export type ControlField = TextField | NumberField | ToggleField | DropdownField | LinesField;

export function isControlField(f: SettingField): f is ControlField {
	return f.kind === "text" || f.kind === "number" || f.kind === "toggle" || f.kind === "dropdown" || f.kind === "lines";
}

function patch<K extends keyof Settings>(key: K, value: Settings[K]): SettingsPatch {
	const p: SettingsPatch = {};
	p[key] = value;
	return p;
}

function mapResult<T>(r: Result<T>, f: (v: T) => SettingsPatch): Result<SettingsPatch> {
	return "error" in r ? r : { value: f(r.value) };
}

export function textField<K extends KeysWhere<string>>(key: K, ui: Described & { placeholder?: string }, validate: (input: string) => Result<Settings[K]>): TextField {
	return { kind: "text", key, ...ui, read: (s) => s[key], write: (input) => mapResult(validate(input), (v) => patch(key, v)) };
}

export function numberField<K extends KeysWhere<number>>(key: K, ui: Described, bounds: NumberBounds): NumberField {
	return { kind: "number", key, bounds, fallback: DEFAULT_SETTINGS[key], ...ui, read: (s) => s[key], write: (n) => mapResult(checkNumber(n, bounds), (v) => patch(key, v)) };
}

export function toggleField<K extends KeysWhere<boolean>>(key: K, ui: Described): ToggleField {
	return { kind: "toggle", key, ...ui, read: (s) => s[key], write: (on) => patch(key, on) };
}

export function dropdownField<K extends KeysWhere<string>>(key: K, ui: Described, options: Record<Settings[K], string>): DropdownField {
	const valid = (v: string): v is Settings[K] => Object.prototype.hasOwnProperty.call(options, v);
	return {
		kind: "dropdown",
		key,
		options,
		...ui,
		read: (s) => s[key],
		write: (v) => (valid(v) ? { value: patch(key, v) } : { error: "Choose one of the options." }),
	};
}

function foldersField(key: FoldersField["key"], ui: Described & { emptyState: string }): FoldersField {
	return { kind: "folders", key, ...ui, read: (s) => s[key], write: (folders) => patch(key, parseFolderList(folders.join("\n"))) };
}

export const CONNECTION_SECTION: SettingsSection = {
	heading: "Connection",
	fields: [
		{
			kind: "apiKey",
			name: "API key",
			desc: "Optional: a free key from an OpenAlex account raises the daily budget. Never written into notes.",
			aliases: ["secret", "token", "account"],
			secret: { read: (s) => s.apiKeySecret, write: (name) => mapResult(validateSecretName(name), (v) => patch("apiKeySecret", v)) },
			legacy: textField("apiKey", { name: "API key", desc: "" }, validateApiKey),
		},
		textField("contactEmail", { name: "Contact email", desc: "Sent with each request so OpenAlex can contact you about your traffic.", placeholder: "you@example.org", aliases: ["mailto"] }, validateEmail),
		textField("baseUrl", { name: "API base URL", desc: "Change only to use a mirror or a proxy.", placeholder: DEFAULT_BASE_URL }, validateBaseUrl),
		numberField(
			"requestsPerSecond",
			{ name: "Requests per second", desc: `Default ${DEFAULT_REQUESTS_PER_SECOND}. Keep this under OpenAlex's limit (about 10 without a key, 30 with one).`, aliases: ["rate limit"] },
			REQUESTS_PER_SECOND_BOUNDS,
		),
		{
			kind: "action",
			name: "Test connection",
			desc: "Sends one free request with the values above, saved or not, and shows the remaining daily budget.",
			button: "Test connection",
			busy: "Testing…",
			run: (host, typed) => host.testConnection(typed),
		},
	],
};

export const CHECKS_SECTION: SettingsSection = {
	heading: "Checks",
	fields: [
		numberField("staleDays", { name: "Days before a check is stale", desc: "Older checks are shown as stale and checked again by a vault run. 0: never.", aliases: ["recheck", "refresh"] }, STALE_DAYS_BOUNDS),
		toggleField("writeRemote", { name: "Write the remote record", desc: "Keep the remote title, authors, year, venue and identifier in each check log." }),
	],
};

/**
 * Automatic checks (plugin/auto-check.ts): one toggle for all, off by default; new and edited
 * notes are separate choices. Choosing here answers the offer the first new note brings, so it is
 * not made again.
 */
export const AUTO_CHECK_SECTION: SettingsSection = {
	heading: "Automatic checks",
	fields: [
		{
			...toggleField("autoCheck", {
				name: "Check reference notes automatically",
				desc: "Sends new and edited reference notes to OpenAlex a few seconds after they change, never at start-up and never while you type in their properties. Off: nothing is checked unless you ask.",
				aliases: ["auto", "import", "background"],
			}),
			write: (on: boolean): SettingsPatch => ({ autoCheck: on, autoCheckOffered: true }),
		},
		toggleField("autoCheckNew", { name: "New reference notes", desc: "Notes created while the app runs: an importer, a web clipper or a note you write." }),
		toggleField("autoCheckEdited", { name: "Edited reference notes", desc: "Notes whose title, authors, year, venue or identifier changed." }),
		numberField("autoCheckPerMinute", { name: "Notes per minute", desc: "Most notes checked automatically in one minute; a large import is checked over several minutes.", aliases: ["rate"] }, AUTO_CHECK_PER_MINUTE_BOUNDS),
	],
};

export const REFERENCE_NOTES_SECTION: SettingsSection = {
	heading: "Reference notes",
	fields: [
		textField(
			"referenceTypeValue",
			{ name: "Type value", desc: "Only notes whose frontmatter type equals this value are reference notes. Leave empty to recognize citation frontmatter automatically.", placeholder: "bibtex_entry" },
			(v) => ({ value: v.trim() }),
		),
		{
			kind: "lines",
			key: "notIndexedTypes",
			name: "Entry types not looked up",
			desc: "References of these entry types without an identifier (web pages, software, datasets…) are not sent to OpenAlex, which does not index them. One per line.",
			read: (s) => s.notIndexedTypes.join("\n"),
			write: (text) => ({ value: patch("notIndexedTypes", parseTypeList(text)) }),
		},
		foldersField("includeFolders", { name: "Include folders", desc: "Only notes in these folders are checked. None: the whole vault.", emptyState: "The whole vault." }),
		foldersField("excludeFolders", { name: "Exclude folders", desc: "Notes in these folders are never checked.", emptyState: "No folder is excluded." }),
	],
};

/** The plugin's own sections; features' sections follow them (main.ts). */
export const PLUGIN_SECTIONS: readonly SettingsSection[] = [CONNECTION_SECTION, CHECKS_SECTION, AUTO_CHECK_SECTION, REFERENCE_NOTES_SECTION];
