// The writer reproduces logs written by the earlier tool (gray-matter / js-yaml 3 safeDump) byte for byte.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter, serializeEntry, spliceCheckLog, spliceKey } from "../../src/vault/frontmatter";
import type { CheckLog } from "../../src/core/types";

const FIXTURES = join(__dirname, "..", "fixtures");
const CORPUS = join(FIXTURES, "corpus", "shared-references", "bibtex-entries");

function data(text: string): Record<string, unknown> {
	const fm = parseFrontmatter(text);
	if ("error" in fm) throw new Error(fm.error);
	return fm.data;
}

describe("seed round trip", () => {
	const seed = readFileSync(join(FIXTURES, "seed-note.md"), "utf8");

	it("re-serializing the seed's own check_log reproduces the file byte for byte", () => {
		const log = data(seed).check_log as CheckLog;
		const result = spliceCheckLog(seed, log);
		expect(result).toEqual({ text: seed });
	});

	it("the serialized entry is the seed's check_log block verbatim", () => {
		const entry = serializeEntry("check_log", data(seed).check_log);
		const start = seed.indexOf("check_log:\n");
		const end = seed.indexOf("tags:\n", start);
		expect(entry).toBe(seed.slice(start, end));
		expect(entry).toContain("  checked_with: 'auto:openalex'\n");
		expect(entry).toContain("      local: '2022'\n");
		expect(entry).toContain("    year: 2022\n");
		expect(entry).toContain("      - Long Ouyang\n");
	});

	it("re-serializing every top-level key of the seed reproduces it", () => {
		let text = seed;
		for (const [key, value] of Object.entries(data(seed))) {
			const r = spliceKey(text, key, value);
			if ("error" in r) throw new Error(r.error);
			text = r.text;
		}
		expect(text).toBe(seed);
	});
});

describe("corpus round trip", () => {
	const files = readdirSync(CORPUS).filter((f) => f.endsWith(".md")).sort();

	it("every recorded check_log in bibtex-entries re-serializes byte for byte", () => {
		const failed: string[] = [];
		let withLog = 0;
		for (const f of files) {
			const text = readFileSync(join(CORPUS, f), "utf8");
			const log = data(text).check_log;
			if (log === undefined) continue;
			withLog++;
			const r = spliceKey(text, "check_log", log);
			if ("error" in r || r.text !== text) failed.push(f);
		}
		expect(withLog).toBeGreaterThanOrEqual(200);
		expect(failed).toEqual([]);
	});

	it("folded long strings inside check_log come out as `>-` at the corpus width", () => {
		const text = readFileSync(join(CORPUS, "kittur2013crowdwork.md"), "utf8");
		const entry = serializeEntry("check_log", data(text).check_log);
		expect(entry).toContain("      local: >-\n        Proceedings of the 2013 Conference on Computer Supported Cooperative\n        Work\n");
	});
});
