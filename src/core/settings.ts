// The settings model shared by the plugin and the CLI: the settings, their defaults, validation of
// typed or stored values, and reading stored data (the plugin's data.json) into settings. No
// Obsidian here: the settings tab is src/plugin/settings-tab.ts, and the CLI reads a vault's
// data.json with settingsFromData. cited_in's part of the model is its own (cited-in/settings.ts).
import type { Result } from "../lib/result";
import { isRecord } from "../lib/guards";
import { DEFAULT_STALE_DAYS } from "./check-log";
import { NOT_INDEXED_TYPES } from "./reference";
import { DEFAULT_CITED_IN_SETTINGS, readCitedInSettings, type CitedInSettings } from "./cited-in/settings";

export const DEFAULT_BASE_URL = "https://api.openalex.org";

/**
 * The one default request rate of the plugin, the CLI and the OpenAlex client, with or without an
 * API key: under OpenAlex's per-second cap (about 10 without a key, 30 with one), with room for the
 * limiter's window. With a key, the setting (or the CLI's `--rate`) may go up to 30.
 */
export const DEFAULT_REQUESTS_PER_SECOND = 8;

/** Automatic checks: at most this many notes a minute by default (an importer's burst is spread out). */
export const DEFAULT_AUTO_CHECK_PER_MINUTE = 30;

export interface ReferenceCheckSettings extends CitedInSettings {
	/**
	 * OpenAlex API key, kept here only on app versions without secret storage (before Obsidian
	 * 1.11.4); never written to notes or logs. Empty: keyless access, or the key is in secret storage.
	 */
	apiKey: string;
	/**
	 * Name of the secret holding the API key in Obsidian's secret storage (1.11.4+): stored per
	 * device, shareable by name with other plugins. Only the name is saved in data.json.
	 */
	apiKeySecret: string;
	/** Sent as `mailto` so OpenAlex can reach the user about their traffic. */
	contactEmail: string;
	baseUrl: string;
	requestsPerSecond: number;
	/** A check older than this many days is stale; 0: never. */
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
	/** Automatic checks at all (off by default: no request without the user's say). */
	autoCheck: boolean;
	/** …of reference notes created while Obsidian runs (an importer, a clipper, a new note). */
	autoCheckNew: boolean;
	/** …of reference notes whose citation fields were edited. */
	autoCheckEdited: boolean;
	/** Most notes checked automatically in a minute. */
	autoCheckPerMinute: number;
	/** The Notice offering automatic checks was shown (it is shown once). */
	autoCheckOffered: boolean;
	/**
	 * Which defaults the stored lists were saved under (SETTINGS_VERSION; data.json written before
	 * versions has none, read as 1). Loading migrates older lists in memory (migrateNotIndexedTypes);
	 * the next save writes the migrated lists with this version.
	 */
	settingsVersion: number;
}

/**
 * The settings' version: one more each time a default list gains entries. A saved list replaces the
 * default one, so without it a user's data.json would never see the new defaults.
 */
export const SETTINGS_VERSION = 3;

/**
 * The default entry types each settings version added to `notIndexedTypes` (version 1: the list
 * before versions). Every entry is in NOT_INDEXED_TYPES (test/core/settings.test.ts holds them to it).
 */
export const NOT_INDEXED_TYPES_ADDED: Readonly<Record<number, readonly string[]>> = {
	2: ["article-newspaper", "newspaper", "letter"],
	// talks, events and performances, images and maps, music (rules/not-indexed-sources)
	3: ["speech", "event", "performance", "graphic", "map", "musical_score", "song"],
};

export const DEFAULT_SETTINGS: ReferenceCheckSettings = {
	apiKey: "",
	apiKeySecret: "",
	contactEmail: "",
	baseUrl: DEFAULT_BASE_URL,
	requestsPerSecond: DEFAULT_REQUESTS_PER_SECOND,
	staleDays: DEFAULT_STALE_DAYS,
	referenceTypeValue: "",
	includeFolders: [],
	excludeFolders: [],
	notIndexedTypes: [...NOT_INDEXED_TYPES],
	writeRemote: true,
	autoCheck: false,
	autoCheckNew: true,
	autoCheckEdited: true,
	autoCheckPerMinute: DEFAULT_AUTO_CHECK_PER_MINUTE,
	autoCheckOffered: false,
	settingsVersion: SETTINGS_VERSION,
	...DEFAULT_CITED_IN_SETTINGS,
};

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** https URLs only (plain http is accepted for a local server, as used in tests). */
export function validateBaseUrl(input: string): Result<string> {
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
	// The key goes in the query; credentials in the URL would be sent (and shown) with every request.
	if (url.username || url.password) return { error: "The URL must not contain a user name or password." };
	if (url.search || url.hash) return { error: "The URL must not contain a query or a fragment." };
	return { value: text.replace(/\/+$/, "") };
}

export function validateEmail(input: string): Result<string> {
	const text = input.trim();
	if (text === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { value: text };
	return { error: "Not a valid email address." };
}

export function validateApiKey(input: string): Result<string> {
	const text = input.trim();
	if (/\s/.test(text)) return { error: "The API key must not contain spaces." };
	return { value: text };
}

/** The range a number setting accepts; the settings tab's controls and validation both use it. */
export interface NumberBounds {
	min: number;
	max: number;
	/** Whole numbers only. */
	integer: boolean;
	/** What the number is, for messages ("requests per second"). */
	what: string;
}

/** OpenAlex allows about 10 requests per second without a key and 30 with one. */
export const REQUESTS_PER_SECOND_BOUNDS: NumberBounds = { min: 0.1, max: 30, integer: false, what: "requests per second" };

/** 0 means a check never goes stale (README, the CLI's --stale-days and core/check-log.ts agree). */
export const STALE_DAYS_BOUNDS: NumberBounds = { min: 0, max: 3650, integer: true, what: "days before a check is stale" };

/** A number against its bounds: the one check behind typed, stored and command-line values. */
export function checkNumber(n: number, b: NumberBounds): Result<number> {
	if (!Number.isFinite(n)) return { error: `Enter a number for ${b.what}.` };
	if (b.integer && !Number.isInteger(n)) return { error: `Enter a whole number for ${b.what}.` };
	if (n < b.min || n > b.max) return { error: `${b.what[0].toUpperCase()}${b.what.slice(1)} must be between ${b.min} and ${b.max}.` };
	return { value: n };
}

/** Typed text → a number within bounds. */
export function parseNumber(input: string, b: NumberBounds): Result<number> {
	const text = input.trim();
	if (text === "") return { error: `Enter a number for ${b.what}.` };
	return checkNumber(Number(text), b);
}

export function validateRequestsPerSecond(input: string): Result<number> {
	return parseNumber(input, REQUESTS_PER_SECOND_BOUNDS);
}

/** Automatic checks: at most this many notes a minute. */
export const AUTO_CHECK_PER_MINUTE_BOUNDS: NumberBounds = { min: 1, max: 300, integer: true, what: "notes checked automatically per minute" };

export function validateAutoCheckPerMinute(input: string): Result<number> {
	return parseNumber(input, AUTO_CHECK_PER_MINUTE_BOUNDS);
}

export function validateStaleDays(input: string): Result<number> {
	return parseNumber(input, STALE_DAYS_BOUNDS);
}

/**
 * The name of a secret in Obsidian's secret storage: lower-case letters and digits with single
 * dashes between them (what SecretStorage.setSecret accepts). Empty: no secret chosen.
 */
export function validateSecretName(input: string): Result<string> {
	const text = input.trim();
	if (text === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text)) return { value: text };
	return { error: "A secret's name has lower-case letters, digits and dashes only." };
}

/**
 * A folder as a vault path, the way Obsidian's normalizePath writes it: one "/" between segments,
 * none at either end, non-breaking spaces as spaces, Unicode in NFC.
 */
export function normalizeFolderPath(input: string): string {
	const p = input
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/\u00a0|\u202f/g, " ")
		.normalize("NFC");
	return p === "" ? "/" : p;
}

/** A list of folders, one per line or comma-separated, as vault paths. */
export function parseFolderList(input: string): string[] {
	const out: string[] = [];
	for (const part of input.split(/[\n,]/)) {
		const t = part.trim();
		if (t === "") continue;
		const p = normalizeFolderPath(t);
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
	const d = isRecord(data) ? data : {};
	const s: ReferenceCheckSettings = { ...DEFAULT_SETTINGS, includeFolders: [], excludeFolders: [] };
	const text = (k: string): string | null => (typeof d[k] === "string" ? d[k] : typeof d[k] === "number" ? String(d[k]) : null);
	const take = <T>(k: string, validate: (s: string) => Result<T>, set: (v: T) => void) => {
		const t = text(k);
		if (t === null) return;
		const r = validate(t);
		if ("value" in r) set(r.value);
	};
	take("apiKey", validateApiKey, (v) => (s.apiKey = v));
	take("apiKeySecret", validateSecretName, (v) => (s.apiKeySecret = v));
	take("contactEmail", validateEmail, (v) => (s.contactEmail = v));
	take("baseUrl", validateBaseUrl, (v) => (s.baseUrl = v));
	take("requestsPerSecond", validateRequestsPerSecond, (v) => (s.requestsPerSecond = v));
	take("staleDays", validateStaleDays, (v) => (s.staleDays = v));
	if (typeof d.referenceTypeValue === "string") s.referenceTypeValue = d.referenceTypeValue.trim();
	for (const k of ["includeFolders", "excludeFolders"] as const) {
		const v = d[k];
		if (Array.isArray(v)) s[k] = parseFolderList(v.filter((x): x is string => typeof x === "string").join("\n"));
	}
	const version = storedSettingsVersion(d.settingsVersion);
	if (Array.isArray(d.notIndexedTypes)) s.notIndexedTypes = migrateNotIndexedTypes(parseTypeList(d.notIndexedTypes.filter((x): x is string => typeof x === "string").join("\n")), version);
	// a file from a newer version keeps its number, so saving it here does not make that version migrate again
	s.settingsVersion = Math.max(version, SETTINGS_VERSION);
	if (typeof d.writeRemote === "boolean") s.writeRemote = d.writeRemote;
	for (const k of ["autoCheck", "autoCheckNew", "autoCheckEdited", "autoCheckOffered"] as const) if (typeof d[k] === "boolean") s[k] = d[k];
	take("autoCheckPerMinute", validateAutoCheckPerMinute, (v) => (s.autoCheckPerMinute = v));
	Object.assign(s, readCitedInSettings(d));
	return s;
}

/**
 * The version stored data was saved under: none (data.json before versions) is 1, and so is a value
 * no version of the plugin writes (not a whole number from 1 up; hand-edited or damaged). Read as
 * the oldest, such a list gains the later defaults: at worst a type the user removed comes back as
 * "not looked up", where reading it as current would leave the list short of types it never had.
 */
export function storedSettingsVersion(v: unknown): number {
	const n = typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
	return typeof n === "number" && Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/**
 * A stored not-indexed list saved under `version`, with the default types added since: the user
 * could not have removed a type the list did not have yet. Types the user removed from an older
 * default stay removed, their own types stay, and a list from a newer version is kept as it is.
 */
export function migrateNotIndexedTypes(stored: readonly string[], version: number): string[] {
	const out = [...stored];
	for (let v = version + 1; v <= SETTINGS_VERSION; v++) for (const t of NOT_INDEXED_TYPES_ADDED[v] ?? []) if (!out.includes(t)) out.push(t);
	return out;
}

/**
 * Settings → the data saved as data.json. An empty legacy key is left out, so once the key lives
 * in secret storage data.json has no apiKey entry at all.
 */
export function dataFromSettings(s: Readonly<ReferenceCheckSettings>): Record<string, unknown> {
	const data: Record<string, unknown> = { ...s };
	if (s.apiKey === "") delete data.apiKey;
	return data;
}
