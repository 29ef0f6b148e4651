import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { spawnSync } from "child_process";
import type { CliIO } from "../../src/cli/run";
import type { OpenAlexClient } from "../../src/openalex/client";
import { parseFrontmatter, spliceKey } from "../../src/vault/frontmatter";
import { readCheckLog } from "../../src/core/check-log";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { runRefcheckArgs } from "../support/refcheck-run";
import { CORPUS_DIR, corpusEntries, corpusWorks } from "../support/corpus-works";

let server: FakeOpenAlex | null = null;
let dir = "";
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-"));
});
afterEach(async () => {
	await server?.close();
	server = null;
	rmSync(dir, { recursive: true, force: true });
});

function mdFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith(".md")) out.push(relative(root, p));
		}
	};
	walk(root);
	return out.sort();
}

function snapshot(root: string): Map<string, string> {
	return new Map(mdFiles(root).map((f) => [f, readFileSync(join(root, f), "utf8")]));
}

/** The note without its check_log entry (what must never change). */
function withoutLog(text: string): string {
	const r = spliceKey(text, "check_log", undefined);
	if ("error" in r) return text;
	return r.text;
}

async function run(args: string[], extra: Partial<CliIO> = {}) {
	let client: OpenAlexClient | null = null;
	const result = await runRefcheckArgs(args, { onClient: (c) => (client = c), ...extra });
	return { ...result, client: client as OpenAlexClient | null };
}

const base = () => ["--api-base", server!.url, "--rate", "50"];

describe("refcheck check on a copy of the fixture corpus", () => {
	it("writes correct logs, changes nothing else, and a second run makes no request", async () => {
		cpSync(CORPUS_DIR, dir, { recursive: true });
		server = await startFakeOpenAlex({ works: corpusWorks() });
		const before = snapshot(dir);
		const json = join(dir, "..", `${relative(tmpdir(), dir)}.json`);
		const first = await run(["check", dir, ...base(), "--force", "--json", json, "--fail-on", "never"]);
		expect(first.code).toBe(0);
		expect(first.err).toMatch(/Checking \d+\/\d+/);
		expect(first.out).toMatch(/requests\s+\d+/);
		expect(first.out).toMatch(/credits\s+\d+/);

		const after = snapshot(dir);
		expect([...after.keys()]).toEqual([...before.keys()]);
		let changed = 0;
		for (const [f, text] of after) {
			expect(withoutLog(text), f).toBe(withoutLog(before.get(f) as string));
			if (text !== before.get(f)) changed++;
		}

		const report = JSON.parse(readFileSync(json, "utf8")) as {
			summary: Record<string, unknown>;
			results: Array<{ path: string; citation_key: string | null; status: string; severity: string | null; paper_id: string | null; notes: string[] }>;
		};
		rmSync(json);
		expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(["checked", "confirmed", "mismatch", "not_found", "error", "skipped", "requests"]));
		expect(report.summary.checked).toBe(report.results.length);
		expect(report.summary.error).toBe(0);
		expect(report.summary.requests).toBe(server.requests.length);
		expect(changed).toBe(report.results.length);
		// the corpus's news coverage and paper pages carry authors and a year but a page type: counted, not checked
		const unrecognized = report.summary.unrecognized as Record<string, number>;
		expect(unrecognized["type 'news_coverage'"]).toBeGreaterThanOrEqual(20);
		expect(first.out).toMatch(/unrecognized\s+\d+\s+\(notes look like references but were not checked \(\d+ type 'news_coverage'/);
		for (const r of report.results) {
			expect(r.severity === null).toBe(r.status !== "mismatch");
			const fm = parseFrontmatter(after.get(r.path) as string);
			if ("error" in fm) throw new Error(fm.error);
			const log = readCheckLog(fm.data);
			expect(log?.status, r.path).toBe(r.status);
			expect(log?.checked_with).toBe("auto:openalex");
			expect(log?.checked_at).toBe("2026-11-26T12:00:00.000Z");
			if (r.paper_id) expect(log?.paper_id).toBe(r.paper_id);
		}

		// Every note whose earlier OpenAlex check confirmed a work finds that same work again.
		const byPath = new Map(report.results.map((r) => [r.path, r]));
		const confirmedBefore = corpusEntries().filter((e) => e.recordedStatus === "confirmed" && /^W\d+$/.test(e.workId) && !/^W\d{9}$/.test(e.workId));
		expect(confirmedBefore.length).toBeGreaterThan(30);
		for (const e of confirmedBefore) {
			const r = byPath.get(`shared-references/bibtex-entries/${e.file}`);
			expect(r?.paper_id, e.file).toBe(`https://openalex.org/${e.workId}`);
			expect(["confirmed", "mismatch"]).toContain(r?.status);
		}

		// Second run: every note is up to date, nothing is requested or written.
		const requestsBefore = server.requests.length;
		const second = await run(["check", dir, ...base()]);
		expect(second.code).toBe(0);
		expect(server.requests.length).toBe(requestsBefore);
		expect(second.client?.stats.requests).toBe(0);
		expect(snapshot(dir)).toEqual(after);
	});
});

function note(fm: string, body = "\nBody text.\n"): string {
	return `---\n${fm}\n---\n${body}`;
}

const WORKS = Array.from({ length: 60 }, (_, i) => ({
	id: `https://openalex.org/W${700 + i}`,
	doi: `https://doi.org/10.4242/cli.${i}`,
	title: `Command line study of reference number ${i} in practice`,
	display_name: `Command line study of reference number ${i} in practice`,
	publication_year: 2020,
	type: "article",
	authorships: [{ author_position: "first", author: { id: null, display_name: "Grace Hopper" }, raw_author_name: "Grace Hopper" }],
	primary_location: { source: { display_name: "Journal of CLI", type: "journal" }, version: "publishedVersion" },
	locations: [{ source: { display_name: "Journal of CLI", type: "journal" }, version: "publishedVersion" }],
	is_retracted: false,
	is_paratext: false,
}));

function writeNotes(n: number, opts: { withDoi?: boolean } = {}) {
	mkdirSync(join(dir, "refs"), { recursive: true });
	for (let i = 0; i < n; i++) {
		const lines = [
			"type: bibtex_entry",
			`citation_key: cli${i}`,
			`title: Command line study of reference number ${i} in practice`,
			"authors:",
			"  - Grace Hopper",
			"year: '2020'",
			"venue: Journal of CLI",
			...(opts.withDoi === false ? [] : [`doi: 10.4242/cli.${i}`]),
			"tags: [a, b] # a comment that must survive",
		];
		writeFileSync(join(dir, "refs", `cli${i}.md`), note(lines.join("\n")));
	}
}

describe("refcheck check behaviour", () => {
	it("stops cleanly on an exhausted budget, naming the reset time, and the next run resumes", async () => {
		// 60 DOI notes: two batched list calls (50 + 10) of one credit each, and a budget of one.
		writeNotes(60);
		server = await startFakeOpenAlex({ works: WORKS, budget: 1, resetSeconds: 5400 });
		const before = snapshot(dir);
		const first = await run(["check", dir, ...base()]);
		expect(first.code).toBe(2);
		expect(first.err).toMatch(/budget exhausted.*resets at \d{4}-\d\d-\d\dT/);
		const mid = snapshot(dir);
		// Nothing written from the stopped part: no note gets an error log or a wrong verdict.
		for (const [f, text] of mid) {
			if (text === before.get(f)) continue;
			const fm = parseFrontmatter(text);
			if ("error" in fm) throw new Error(fm.error);
			expect(readCheckLog(fm.data)?.status).toBe("confirmed");
		}
		const unchanged = [...mid].filter(([f, t]) => t === before.get(f)).length;
		expect(unchanged).toBeGreaterThan(0);
		expect(unchanged).toBeLessThan(60);

		server.setBudget(10_000);
		const sent = server.requests.length;
		// The report goes beside the checked folder (never inside it).
		const json = `${dir}.r.json`;
		const second = await run(["check", dir, ...base(), "--json", json]);
		expect(second.code).toBe(0);
		const report = JSON.parse(readFileSync(json, "utf8")) as { summary: { checked: number; confirmed: number } };
		rmSync(json);
		// Only the notes the first run could not finish are checked again.
		expect(report.summary.checked).toBe(unchanged);
		expect(report.summary.confirmed).toBe(unchanged);
		expect(server.requests.length).toBeGreaterThan(sent);
		for (const text of snapshot(dir).values()) {
			const fm = parseFrontmatter(text);
			if ("error" in fm) throw new Error(fm.error);
			if (fm.data.citation_key) expect(readCheckLog(fm.data)?.status).toBe("confirmed");
		}
	});

	it("never replaces a good log when OpenAlex fails", async () => {
		writeNotes(4);
		server = await startFakeOpenAlex({ works: WORKS });
		await run(["check", dir, ...base()]);
		const good = snapshot(dir);
		for (const t of good.values()) expect(t).toContain("status: confirmed");
		server.setFaults({ rate: 1, kinds: ["500", "503", "429", "truncated"], retryAfterSeconds: 0 });
		const res = await run(["check", dir, ...base(), "--force"], { clientOptions: { retryBaseMs: 5, maxRetries: 3 } });
		expect(res.out).toMatch(/error\s+4/);
		expect(server.requests.filter((r) => r.fault).length).toBeGreaterThan(4);
		expect(snapshot(dir)).toEqual(good);
	});

	it("reports an unknown title as not_found and honours --fail-on", async () => {
		writeNotes(2);
		writeFileSync(join(dir, "refs", "unknown.md"), note("type: bibtex_entry\ncitation_key: unk\ntitle: Command line study of something nobody wrote\nauthors:\n  - Nobody Known\nyear: '2021'"));
		writeFileSync(join(dir, "refs", "wrongyear.md"), note("type: bibtex_entry\ncitation_key: wy\ntitle: Command line study of reference number 5 in practice\nauthors:\n  - Grace Hopper\nyear: '2011'\ndoi: 10.4242/cli.5"));
		writeFileSync(join(dir, "plain.md"), "# Not a reference\n");
		server = await startFakeOpenAlex({ works: WORKS });
		const json = `${dir}.r.json`;
		const res = await run(["check", dir, ...base(), "--json", json, "--dry-run"]);
		expect(res.code).toBe(1);
		const report = JSON.parse(readFileSync(json, "utf8")) as { results: Array<{ path: string; status: string; severity: string | null }> };
		expect(report.results.find((r) => r.path === "refs/unknown.md")?.status).toBe("not_found");
		expect(report.results.find((r) => r.path === "refs/wrongyear.md")).toMatchObject({ status: "mismatch", severity: "major" });
		// --dry-run: nothing written
		expect(readFileSync(join(dir, "refs", "unknown.md"), "utf8")).not.toContain("check_log");
		expect((await run(["check", dir, ...base(), "--dry-run", "--fail-on", "never"])).code).toBe(0);
	});

	it("takes the API base and key from the environment and never prints the key", async () => {
		writeNotes(3);
		server = await startFakeOpenAlex({ works: WORKS });
		const res = await run(["check", dir, "--rate", "50"], { env: { OPENALEX_API_BASE: server.url, OPENALEX_API_KEY: "sekrit-key-123" } });
		expect(res.code).toBe(0);
		expect(server.requests.length).toBeGreaterThan(0);
		for (const r of server.requests) expect(r.params.api_key).toBe("sekrit-key-123");
		expect(res.out + res.err).not.toContain("sekrit-key-123");
		for (const t of snapshot(dir).values()) expect(t).not.toContain("sekrit");
	});

	it("rejects bad usage with exit code 2", async () => {
		expect((await run([])).code).toBe(2);
		expect((await run(["check"])).code).toBe(2);
		expect((await run(["check", join(dir, "missing")])).code).toBe(2);
		expect((await run(["check", dir, "--fail-on", "sometimes"])).code).toBe(2);
		expect((await run(["check", dir, "--bogus"])).code).toBe(2);
		const help = await run(["--help"]);
		expect(help.code).toBe(0);
		expect(help.out).toContain("refcheck check <folder>");
		// Laid out as written: one option per line, the exit codes as a list (not one long line).
		expect(help.out).toMatch(/^Usage: refcheck check <folder> \[options\]\n/);
		expect(help.out).toMatch(/^ {2}--fail-on LEVEL {2,}exit 1 when/m);
		expect(help.out).toMatch(/^ {2}0 {2}every note in scope/m);
		const usage = await run(["check"]);
		expect(usage.err).toMatch(/^refcheck: expected: refcheck check <folder>\n\nUsage: refcheck check <folder> \[options\]\n/);
		expect(usage.err).toMatch(/^ {2}--dry-run {2,}check but write nothing$/m);
	});

	it("runs as a real command (src/cli/refcheck.ts) with exit codes", () => {
		const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
		const ok = spawnSync(tsx, ["src/cli/refcheck.ts", "--help"], { encoding: "utf8" });
		expect(ok.status).toBe(0);
		expect(ok.stdout).toMatch(/^ {2}--fail-on LEVEL/m);
		const bad = spawnSync(tsx, ["src/cli/refcheck.ts", "check"], { encoding: "utf8" });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain("Usage");
	});
});
