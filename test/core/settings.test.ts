// The settings model: stored data read with defaults for what is missing or invalid, validation of
// typed values, folder and type lists.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseFolderList, parseTypeList, settingsFromData, validateBaseUrl } from "../../src/core/settings";

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
		expect(settingsFromData({ notIndexedTypes: ["Blog", 3, null] }).notIndexedTypes).toEqual(["blog"]);
	});
});
