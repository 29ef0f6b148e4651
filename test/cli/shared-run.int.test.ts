// `refcheck check` runs the plugin's run: notes deleted or moved during the run are counted, never
// fatal; an edited note is checked again as it is now; the vault's own plugin settings select the
// notes (flags win), and a vault's stored API key and base URL are never used.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import type { CliIO } from "../../src/cli/run";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { readCheckLog } from "../../src/core/check-log";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { runRefcheckArgs, withReport, type CliRun } from "../support/refcheck-run";

let server: FakeOpenAlex | null = null;
let dir = "";
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-shared-"));
});
afterEach(async () => {
	await server?.close();
	server = null;
	rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], extra: Partial<CliIO> = {}): Promise<CliRun> {
	const json = join(dir, "..", `${dir.split(/[\\/]/).pop()}.json`);
	return withReport(json, () => runRefcheckArgs(["check", dir, "--api-base", server!.url, "--json", json, "--fail-on", "never", ...args], extra));
}

function work(i: number) {
	return {
		id: `https://openalex.org/W${800 + i}`,
		doi: `https://doi.org/10.4242/shared.${i}`,
		title: `Shared runner study number ${i} of reference notes`,
		display_name: `Shared runner study number ${i} of reference notes`,
		publication_year: 2020,
		type: "article",
		authorships: [{ author_position: "first", author: { id: null, display_name: "Grace Hopper" }, raw_author_name: "Grace Hopper" }],
		primary_location: { source: { display_name: "Journal of Runs", type: "journal" }, version: "publishedVersion" },
		locations: [{ source: { display_name: "Journal of Runs", type: "journal" }, version: "publishedVersion" }],
		is_retracted: false,
		is_paratext: false,
	};
}

const WORKS = Array.from({ length: 10 }, (_, i) => work(i));

function writeNote(path: string, i: number, extra: string[] = []): string {
	const abs = join(dir, path);
	mkdirSync(dirname(abs), { recursive: true });
	const text = [
		"---",
		"type: bibtex_entry",
		`citation_key: shared${i}`,
		`title: Shared runner study number ${i} of reference notes`,
		"authors:",
		"  - Grace Hopper",
		"year: '2020'",
		"venue: Journal of Runs",
		`doi: 10.4242/shared.${i}`,
		...extra,
		"---",
		"Body.",
		"",
	].join("\n");
	writeFileSync(abs, text);
	return text;
}

function logOf(path: string) {
	const fm = parseFrontmatter(readFileSync(join(dir, path), "utf8"));
	if ("error" in fm) throw new Error(fm.error);
	return readCheckLog(fm.data);
}

describe("refcheck: notes that change during the run", () => {
	it("counts a note deleted and a note moved away during the run as vanished, writes the rest, and exits 0", async () => {
		for (let i = 0; i < 5; i++) writeNote(`refs/n${i}.md`, i);
		const moved = readFileSync(join(dir, "refs/n2.md"), "utf8");
		server = await startFakeOpenAlex({ works: WORKS });
		const inner = fetchTransport();
		let changed = false;
		// Before any answer arrives: one note is deleted, another moved to a new folder.
		const transport: CliIO["transport"] = async (req) => {
			if (!changed) {
				changed = true;
				unlinkSync(join(dir, "refs/n1.md"));
				mkdirSync(join(dir, "elsewhere"));
				renameSync(join(dir, "refs/n2.md"), join(dir, "elsewhere/n2.md"));
			}
			return inner(req);
		};
		const res = await run([], { transport });
		expect(changed).toBe(true);
		expect(res.code, res.err).toBe(0);
		expect(res.out).toMatch(/vanished\s+2 {2}\(deleted or moved during the run/);
		expect(res.report?.summary.vanished).toBe(2);
		expect(res.report?.summary.error).toBe(0);
		expect(res.report?.results.map((r) => r.path)).toEqual(["refs/n0.md", "refs/n3.md", "refs/n4.md"]);
		// Never recreated, never written at the new place.
		expect(existsSync(join(dir, "refs/n1.md"))).toBe(false);
		expect(existsSync(join(dir, "refs/n2.md"))).toBe(false);
		expect(readFileSync(join(dir, "elsewhere/n2.md"), "utf8")).toBe(moved);
		for (const p of ["refs/n0.md", "refs/n3.md", "refs/n4.md"]) expect(logOf(p)?.status, p).toBe("confirmed");
	});

	it("checks a note edited during its check again as it is now, as the plugin does (not an error)", async () => {
		writeNote("refs/edited.md", 3);
		server = await startFakeOpenAlex({ works: WORKS });
		const inner = fetchTransport();
		let edits = 0;
		const transport: CliIO["transport"] = async (req) => {
			if (edits === 0) {
				edits++;
				const path = join(dir, "refs/edited.md");
				writeFileSync(path, readFileSync(path, "utf8").replace("year: '2020'", "year: '2011'"));
			}
			return inner(req);
		};
		const res = await run([], { transport });
		expect(res.code).toBe(0);
		expect(res.err).not.toMatch(/not written/);
		expect(res.out).toMatch(/re-checked\s+1/);
		const log = logOf("refs/edited.md");
		expect(log?.status).toBe("mismatch");
		expect((log?.fields as { year: { local: unknown } } | undefined)?.year.local).toBe("2011");
		expect(res.report?.results).toEqual([expect.objectContaining({ path: "refs/edited.md", status: "mismatch", severity: "major" })]);
	});
});

describe("refcheck: the vault's own plugin settings", () => {
	function vault(settings: unknown) {
		writeNote("refs/a.md", 0);
		writeNote("refs/archive/b.md", 1);
		writeNote("other/c.md", 2);
		// A CSL-typed reference: a reference by its frontmatter, not by the vault's type value.
		writeFileSync(join(dir, "refs/d.md"), readFileSync(join(dir, "refs/a.md"), "utf8").replace("type: bibtex_entry", "type: article-journal").replace("shared0", "shared3"));
		// A dataset without an identifier: not looked up when the vault says so.
		writeFileSync(join(dir, "refs/data.md"), "---\ntype: bibtex_entry\ncitation_key: data1\nentry_type: dataset\ntitle: Shared runner dataset of reference notes\nauthors:\n  - Grace Hopper\nyear: '2020'\n---\n");
		mkdirSync(join(dir, ".obsidian/plugins/reference-check"), { recursive: true });
		writeFileSync(join(dir, ".obsidian/plugins/reference-check/data.json"), typeof settings === "string" ? settings : JSON.stringify(settings));
	}

	const SETTINGS = {
		referenceTypeValue: "bibtex_entry",
		includeFolders: ["refs"],
		excludeFolders: ["refs/archive"],
		notIndexedTypes: ["dataset"],
		writeRemote: false,
		contactEmail: "vault@example.org",
		// Never used by the CLI: the key and base URL come from flags or the environment only.
		apiKey: "vault-key-789",
		baseUrl: "https://api.vault.example",
	};

	it("selects, checks and writes as the plugin would: type value, folders, entry types, remote record", async () => {
		vault(SETTINGS);
		server = await startFakeOpenAlex({ works: WORKS });
		const res = await run([]);
		expect(res.code, res.err).toBe(0);
		expect(res.report?.results.map((r) => `${r.path}:${r.status}`)).toEqual(["refs/a.md:confirmed", "refs/data.md:skipped"]);
		expect(logOf("refs/a.md")?.remote).toBeUndefined();
		expect(logOf("refs/archive/b.md")).toBeNull();
		expect(logOf("other/c.md")).toBeNull();
		expect(logOf("refs/d.md")).toBeNull();
		expect(server.requests.length).toBeGreaterThan(0);
		for (const r of server.requests) {
			expect(r.params.api_key).toBeUndefined();
			expect(r.params.mailto).toBe("vault@example.org");
		}
		expect(res.out + res.err).not.toContain("vault-key-789");
	});

	it("lets flags win over the vault's settings, and --no-vault-settings ignore them", async () => {
		vault(SETTINGS);
		server = await startFakeOpenAlex({ works: WORKS });
		const flagged = await run(["--include", "other", "--exclude", "refs", "--type-value", "", "--dry-run"]);
		expect(flagged.report?.results.map((r) => r.path)).toEqual(["other/c.md"]);
		const ignored = await run(["--no-vault-settings", "--dry-run"]);
		expect(ignored.report?.results.map((r) => `${r.path}:${r.status}`)).toEqual([
			"other/c.md:confirmed",
			"refs/a.md:confirmed",
			"refs/archive/b.md:confirmed",
			"refs/d.md:confirmed",
			"refs/data.md:skipped",
		]);
		// Another settings file: no type value, every entry type looked up.
		writeFileSync(join(dir, "..", "other-settings.json"), JSON.stringify({ includeFolders: ["refs"], notIndexedTypes: [] }));
		const other = await run(["--settings", join(dir, "..", "other-settings.json"), "--dry-run"]);
		rmSync(join(dir, "..", "other-settings.json"));
		expect(other.report?.results.map((r) => r.path)).toEqual(["refs/a.md", "refs/archive/b.md", "refs/d.md", "refs/data.md"]);
		expect(other.report?.results.find((r) => r.path === "refs/data.md")?.status).not.toBe("skipped");
	});

	it("stops with a clear message, writing nothing, when the vault's settings cannot be read", async () => {
		vault("{ not json");
		server = await startFakeOpenAlex({ works: WORKS });
		const before = readFileSync(join(dir, "refs/a.md"), "utf8");
		const res = await run([]);
		expect(res.code).toBe(2);
		expect(res.err).toMatch(/cannot read the plugin settings .*data\.json.*--no-vault-settings/);
		expect(server.requests).toHaveLength(0);
		expect(readFileSync(join(dir, "refs/a.md"), "utf8")).toBe(before);
	});
});
