// The settings model: stored data read with defaults for what is missing or invalid, validation of
// typed values, folder and type lists.
import { describe, expect, it } from "vitest";
import { checkNumber, dataFromSettings, DEFAULT_SETTINGS, NOT_INDEXED_TYPES_ADDED, parseFolderList, parseTypeList, SETTINGS_VERSION, settingsFromData, STALE_DAYS_BOUNDS, storedSettingsVersion, validateBaseUrl, validateSecretName, validateStaleDays } from "../../src/core/settings";
import { ADDED_IN_2, ADDED_IN_3, MIGRATION_CASES, VERSION_1_DEFAULTS } from "./settings-migration.cases";

describe("settings", () => {
	it("reads stored data, dropping invalid values", () => {
		expect(settingsFromData(null)).toEqual(DEFAULT_SETTINGS);
		const s = settingsFromData({ baseUrl: "ftp://x", requestsPerSecond: -1, staleDays: 30, contactEmail: "bad", includeFolders: ["a/", 3, "a"], writeRemote: false, extra: 1 });
		expect(s.baseUrl).toBe(DEFAULT_SETTINGS.baseUrl);
		expect(s.requestsPerSecond).toBe(DEFAULT_SETTINGS.requestsPerSecond);
		expect(s.staleDays).toBe(30);
		expect(s.contactEmail).toBe("");
		expect(s.includeFolders).toEqual(["a"]);
		expect(s.writeRemote).toBe(false);
		expect("extra" in s).toBe(false);
	});

	it("accepts https URLs, and plain http only for a local server", () => {
		expect(validateBaseUrl("https://api.openalex.org/")).toEqual({ value: "https://api.openalex.org" });
		expect(validateBaseUrl("http://127.0.0.1:8080")).toEqual({ value: "http://127.0.0.1:8080" });
		expect("error" in validateBaseUrl("http://api.openalex.org")).toBe(true);
		expect("error" in validateBaseUrl("https://api.openalex.org/?api_key=x")).toBe(true);
		expect("error" in validateBaseUrl("javascript:alert(1)")).toBe(true);
		// Credentials would travel with every request and show in messages (issue 17).
		expect(validateBaseUrl("https://reader:pa55word@api.openalex.org")).toEqual({ error: "The URL must not contain a user name or password." });
		expect(validateBaseUrl("http://127.0.0.1:99999")).toEqual({ error: "Not a valid URL." });
		expect(validateBaseUrl("http://")).toEqual({ error: "Not a valid URL." });
	});

	it("checks numbers against their bounds: typed, stored and handed over as numbers alike", () => {
		expect(validateStaleDays(" 0 ")).toEqual({ value: 0 });
		expect(validateStaleDays("3650")).toEqual({ value: 3650 });
		expect(validateStaleDays("3651")).toEqual({ error: "Days before a check is stale must be between 0 and 3650." });
		expect(validateStaleDays("1.5")).toEqual({ error: "Enter a whole number for days before a check is stale." });
		expect(validateStaleDays("")).toEqual({ error: "Enter a number for days before a check is stale." });
		expect(checkNumber(Number.NaN, STALE_DAYS_BOUNDS)).toEqual(validateStaleDays("abc"));
		expect(settingsFromData({ staleDays: 0 }).staleDays).toBe(0);
		expect(settingsFromData({ staleDays: -1 }).staleDays).toBe(DEFAULT_SETTINGS.staleDays);
	});

	it("keeps a secret's name, never an invalid one, and saves no empty legacy key", () => {
		expect(validateSecretName("openalex-api-key")).toEqual({ value: "openalex-api-key" });
		expect(validateSecretName("")).toEqual({ value: "" });
		for (const bad of ["OpenAlex", "a b", "-x", "x--y", "x_y"]) expect("error" in validateSecretName(bad), bad).toBe(true);
		expect(settingsFromData({ apiKeySecret: "Bad Name" }).apiKeySecret).toBe("");
		const data = dataFromSettings({ ...DEFAULT_SETTINGS, apiKeySecret: "openalex-api-key" });
		expect("apiKey" in data).toBe(false);
		expect(data.apiKeySecret).toBe("openalex-api-key");
		expect("apiKey" in dataFromSettings({ ...DEFAULT_SETTINGS, apiKey: "legacy" })).toBe(true);
	});

	it("reads folder lists as vault paths", () => {
		expect(parseFolderList(" refs/ \n,notes//old\n\n")).toEqual(["refs", "notes/old"]);
	});
});

describe("not-indexed entry types setting", () => {
	it("parses a list, keeps the default when absent, and survives odd stored data", () => {
		expect(parseTypeList("Web, software\n\n dataset,web")).toEqual(["web", "software", "dataset"]);
		expect(settingsFromData({}).notIndexedTypes).toEqual(DEFAULT_SETTINGS.notIndexedTypes);
		expect(DEFAULT_SETTINGS.notIndexedTypes).toContain("software");
		expect(settingsFromData({ settingsVersion: SETTINGS_VERSION, notIndexedTypes: ["Blog", 3, null] }).notIndexedTypes).toEqual(["blog"]);
	});
});

describe("settings saved under earlier defaults (settings versions)", () => {
	it.each(MIGRATION_CASES)("$name", ({ stored, types, version }) => {
		const s = settingsFromData(stored);
		expect(s.notIndexedTypes).toEqual(types);
		expect(s.settingsVersion).toBe(version);
		// the next save writes the migrated list under its version, and reading that back changes nothing
		const saved = dataFromSettings(s);
		expect(saved).toMatchObject({ notIndexedTypes: types, settingsVersion: version });
		expect(settingsFromData(JSON.parse(JSON.stringify(saved)))).toEqual(s);
	});

	it("today's defaults are version 1's and every type added since, and reading them stores nothing else", () => {
		expect(SETTINGS_VERSION).toBe(Math.max(1, ...Object.keys(NOT_INDEXED_TYPES_ADDED).map(Number)));
		expect(DEFAULT_SETTINGS.notIndexedTypes).toEqual([...VERSION_1_DEFAULTS, ...Object.values(NOT_INDEXED_TYPES_ADDED).flat()]);
		expect(NOT_INDEXED_TYPES_ADDED[2]).toEqual(ADDED_IN_2);
		expect(NOT_INDEXED_TYPES_ADDED[3]).toEqual(ADDED_IN_3);
		expect(DEFAULT_SETTINGS.settingsVersion).toBe(SETTINGS_VERSION);
	});

	it("reads a stored version as a whole number from 1, anything else as 1", () => {
		expect([undefined, null, 0, -3, 1.5, "two", "", true, [2], 2, "3", 40].map(storedSettingsVersion)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 40]);
	});
});
