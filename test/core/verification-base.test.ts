// The verification base (core/verification-base.ts): a `.base` file that parses as YAML, has the
// shape of Obsidian's BasesConfigFile, and whose filters name only keys this checker writes into
// check_log (so every view can match something).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { BasesConfigFile } from "obsidian";
import { buildCheckLog } from "../../src/core/check-log";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { verificationBase, verificationBaseText, type BaseFilter } from "../../src/core/verification-base";
import type { Comparison, RemoteWork } from "../../src/core/types";

/** Every key a check_log of this checker can hold: a retracted mismatch with a published version and a person's verification. */
function checkLogKeys(): Set<string> {
	const work: RemoteWork = { id: "https://openalex.org/W1", doi: "10.1/x", title: "T", authors: ["A B"], year: 2020, publicationDate: null, type: "article", venue: "V", locations: [], isRetracted: true, isParatext: false, arxivId: null };
	const field = { local: "a", remote: "b", match: false };
	const comparison: Comparison = {
		status: "mismatch",
		severity: "major",
		fields: { title: field, year: field, venue: field, doi: field, authors: { local_count: 1, remote_count: 1, count_match: true, details: [] } },
		notes: ["n"],
		differing: ["title"],
		wrongIdentifier: null,
	};
	const log = buildCheckLog({ status: "mismatch", comparison, work, now: new Date(), publishedVersion: { doi: "10.1/y", venue: "J", year: 2021 }, previous: { checked_at: "", checked_with: "", status: "confirmed", manually_verified: { verified_at: "x", verified_by: "y" } } });
	return new Set(Object.keys(log));
}

function filterStrings(f: BaseFilter | undefined): string[] {
	if (f === undefined) return [];
	if (typeof f === "string") return [f];
	const list = "and" in f ? f.and : "or" in f ? f.or : f.not;
	return list.flatMap(filterStrings);
}

describe("verification base", () => {
	const text = verificationBaseText({ ...DEFAULT_SETTINGS, includeFolders: ["refs"], excludeFolders: ["refs/old"] });
	const parsed = parse(text) as BasesConfigFile;

	it("parses as YAML into Obsidian's .base shape, with the five views", () => {
		// Type-level: the object is a BasesConfigFile (obsidian.d.ts).
		const typed: BasesConfigFile = verificationBase(DEFAULT_SETTINGS);
		expect(typed.views?.map((v) => v.name)).toEqual(["Needs attention", "Not found", "Retracted", "Stale", "Unchecked"]);
		expect(parsed.views?.map((v) => [v.type, v.name])).toEqual(typed.views?.map((v) => ["table", v.name]));
		expect(parsed).toEqual(JSON.parse(JSON.stringify(verificationBase({ ...DEFAULT_SETTINGS, includeFolders: ["refs"], excludeFolders: ["refs/old"] }))));
		for (const v of parsed.views ?? []) expect(v.order?.length, v.name).toBeGreaterThan(0);
	});

	it("filters name only check_log keys this checker writes, and its status values", () => {
		const keys = checkLogKeys();
		const all = [...filterStrings(parsed.filters), ...(parsed.views ?? []).flatMap((v) => filterStrings(v.filters as BaseFilter))];
		const used = new Set(all.flatMap((f) => [...f.matchAll(/note\.check_log\.([a-z_]+)/g)].map((m) => m[1])));
		expect([...used].sort()).toEqual(["checked_at", "retracted", "status"]);
		for (const k of used) expect(keys.has(k), k).toBe(true);
		const statuses = new Set(all.flatMap((f) => [...f.matchAll(/check_log\.status == "([a-z_]+)"/g)].map((m) => m[1])));
		expect([...statuses].sort()).toEqual(["mismatch", "not_found"]);
		// Columns too.
		const columns = new Set((parsed.views ?? []).flatMap((v) => v.order ?? []).flatMap((c) => [...c.matchAll(/^note\.check_log\.([a-z_]+)$/g)].map((m) => m[1])));
		for (const k of columns) expect(keys.has(k), k).toBe(true);
	});

	it("lists the notes the settings make reference notes, and the stale limit is the setting's", () => {
		const strings = filterStrings(parsed.filters);
		expect(strings).toContain('file.inFolder("refs")');
		expect(strings).toContain('file.inFolder("refs/old")');
		expect(JSON.stringify(parsed.filters)).toContain('"not":["file.inFolder(\\"refs/old\\")"]');
		expect(filterStrings(verificationBase({ ...DEFAULT_SETTINGS, referenceTypeValue: "bibtex_entry" }).filters)).toContain('type == "bibtex_entry"');
		const stale = verificationBase({ ...DEFAULT_SETTINGS, staleDays: 90 }).views.find((v) => v.name === "Stale")!;
		expect(filterStrings(stale.filters).join()).toContain('today() - "90d"');
	});
});
