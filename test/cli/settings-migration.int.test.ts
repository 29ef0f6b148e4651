// The CLI reads a vault's plugin settings (data.json) with the plugin's model: a file saved under
// earlier defaults is read with the defaults added since (settings versions), in memory only — the
// CLI never writes the plugin's settings. The cases are the core's and the plugin's
// (test/core/settings-migration.cases.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCheckArgs } from "../../src/cli/options";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { runRefcheckArgs, withReport } from "../support/refcheck-run";
import { MIGRATION_CASES, VERSION_1_DEFAULTS } from "../core/settings-migration.cases";

let dir = "";
let server: FakeOpenAlex | null = null;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-settings-"));
});
afterEach(async () => {
	await server?.close();
	server = null;
	rmSync(dir, { recursive: true, force: true });
});

const DATA_JSON = ".obsidian/plugins/reference-check/data.json";

function storeSettings(data: unknown): string {
	mkdirSync(join(dir, ".obsidian/plugins/reference-check"), { recursive: true });
	const text = `${JSON.stringify(data, null, "\t")}\n`;
	writeFileSync(join(dir, DATA_JSON), text);
	return text;
}

describe("refcheck reads plugin settings saved under earlier defaults", () => {
	it.each(MIGRATION_CASES)("$name", ({ stored, types }) => {
		const text = storeSettings(stored);
		const parsed = parseCheckArgs(["check", dir], {});
		expect("options" in parsed, JSON.stringify(parsed)).toBe(true);
		if (!("options" in parsed)) return;
		expect(parsed.options.settings.notIndexedTypes).toEqual(types);
		expect(readFileSync(join(dir, DATA_JSON), "utf8")).toBe(text);
	});

	it("skips a newspaper article without a DOI under settings saved before the type was a default, and leaves data.json as it was", async () => {
		const text = storeSettings({ includeFolders: ["refs"], notIndexedTypes: VERSION_1_DEFAULTS });
		mkdirSync(join(dir, "refs"), { recursive: true });
		writeFileSync(
			join(dir, "refs/news.md"),
			"---\nitemType: newspaperArticle\ncitekey: news2019\ntitle: Council approves the new river crossing\ncreators:\n  - firstName: Ines\n    lastName: Barros\n    creatorType: author\ndate: 2019-03-02\npublicationTitle: The Harbour Gazette\n---\n",
		);
		server = await startFakeOpenAlex({ works: [] });
		const json = join(dir, "..", `${dir.split(/[\\/]/).pop()}.json`);
		const res = await withReport(json, () => runRefcheckArgs(["check", dir, "--api-base", server!.url, "--json", json, "--fail-on", "never"]));
		expect(res.code, res.err).toBe(0);
		expect(res.report?.results.map((r) => `${r.path}:${r.status}`)).toEqual(["refs/news.md:skipped"]);
		expect(server.requests).toHaveLength(0);
		expect(readFileSync(join(dir, DATA_JSON), "utf8")).toBe(text);
	});
});
