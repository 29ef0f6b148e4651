// Review findings for `refcheck check`: a note edited while the check ran, and the API key in
// error messages built from a request URL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CliIO } from "../../src/cli/run";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { readCheckLog } from "../../src/core/check-log";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { runRefcheckArgs } from "../support/refcheck-run";

let server: FakeOpenAlex | null = null;
let dir = "";
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-review-"));
});
afterEach(async () => {
	await server?.close();
	server = null;
	rmSync(dir, { recursive: true, force: true });
});

const run = runRefcheckArgs;

const WORK = {
	id: "https://openalex.org/W901",
	doi: "https://doi.org/10.4242/review.1",
	title: "A study of concurrent edits to reference notes",
	display_name: "A study of concurrent edits to reference notes",
	publication_year: 2020,
	type: "article",
	authorships: [{ author_position: "first", author: { id: null, display_name: "Grace Hopper" }, raw_author_name: "Grace Hopper" }],
	primary_location: { source: { display_name: "Journal of CLI", type: "journal" }, version: "publishedVersion" },
	locations: [{ source: { display_name: "Journal of CLI", type: "journal" }, version: "publishedVersion" }],
	is_retracted: false,
	is_paratext: false,
};

function writeNote(year: string): string {
	mkdirSync(join(dir, "refs"), { recursive: true });
	const path = join(dir, "refs", "concurrent.md");
	writeFileSync(path, `---\ntype: bibtex_entry\ncitation_key: conc\ntitle: A study of concurrent edits to reference notes\nauthors:\n  - Grace Hopper\nyear: '${year}'\nvenue: Journal of CLI\ndoi: 10.4242/review.1\n---\nBody\n`);
	return path;
}

describe("refcheck: a note edited while its check runs", () => {
	it("does not write a verdict about the old fields into the edited note", async () => {
		const path = writeNote("2020");
		server = await startFakeOpenAlex({ works: [WORK] });
		const edited = readFileSync(path, "utf8").replace("year: '2020'", "year: '2011'");
		let editedOnce = false;
		const inner = fetchTransport();
		// The person changes the year after the CLI read the note, before the answer arrives.
		const transport: CliIO["transport"] = async (req) => {
			if (!editedOnce) {
				editedOnce = true;
				writeFileSync(path, edited);
			}
			return inner(req);
		};
		const res = await run(["check", dir, "--api-base", server.url, "--rate", "50", "--fail-on", "never"], { transport });
		expect(editedOnce).toBe(true);
		const after = readFileSync(path, "utf8");
		const fm = parseFrontmatter(after);
		if ("error" in fm) throw new Error(fm.error);
		// A "confirmed" log recording year 2020 must not land on a note that now says 2011.
		const log = readCheckLog(fm.data);
		if (log) expect((log.fields as { year: { local: unknown } } | undefined)?.year.local).toBe("2011");
		else expect(after).toBe(edited);
		expect(res.err + res.out).toMatch(/changed/);
	});
});

describe("refcheck: the API key never appears in error output", () => {
	it("redacts the key from a transport error that quotes the request URL", async () => {
		writeNote("2020");
		// Node's fetch quotes the whole URL (with api_key=…) in some errors ("Failed to parse URL from …").
		const json = `${dir}.r.json`;
		const quoting = fetchTransport((input) => Promise.reject(new TypeError(`Failed to parse URL from ${typeof input === "string" ? input : input instanceof URL ? input.href : input.url}`)));
		const res = await run(
			["check", dir, "--api-base", "https://api.example", "--api-key", "sekrit-key-456", "--json", json, "--fail-on", "never"],
			{ transport: quoting, clientOptions: { retryBaseMs: 1, maxRetries: 0 } },
		);
		expect(res.out).toMatch(/error\s+1/);
		expect(res.out).toMatch(/Failed to parse URL from https:\/\/api\.example\/works/);
		expect(res.out + res.err).not.toContain("sekrit-key-456");
		expect(readFileSync(json, "utf8")).not.toContain("sekrit-key-456");
		rmSync(json);
	});
});

describe("refcheck: remote text printed to the terminal", () => {
	it("carries no control characters (escape sequences) from OpenAlex into the summary", async () => {
		writeNote("2020");
		// The DOI resolves to another paper whose title holds a terminal escape sequence.
		const hostile = { ...WORK, title: "Totally \u001b]0;owned\u0007different\u001b[2J paper\nsecond line", display_name: "x" };
		server = await startFakeOpenAlex({ works: [hostile] });
		const res = await run(["check", dir, "--api-base", server.url, "--rate", "50", "--dry-run", "--fail-on", "never"]);
		expect(res.out).toMatch(/major mismatch/);
		expect(res.out).toContain("owned");
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		expect(res.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
		// Each problem stays on its own line.
		expect(res.out.split("\n").filter((l) => l.includes("owned"))).toHaveLength(1);
	});
});

describe("refcheck: writing a note never follows a planted link", () => {
	it("does not write through a symlink at the temporary file's path", async () => {
		const path = writeNote("2020");
		// A shared vault (or a pull request checked in CI) can hold any file, links included.
		const outside = mkdtempSync(join(tmpdir(), "refcheck-outside-"));
		const target = join(outside, "precious.txt");
		writeFileSync(target, "do not overwrite\n");
		symlinkSync(target, `${path}.refcheck-tmp`);
		server = await startFakeOpenAlex({ works: [WORK] });
		try {
			await run(["check", dir, "--api-base", server.url, "--rate", "50", "--fail-on", "never"]);
			expect(readFileSync(target, "utf8")).toBe("do not overwrite\n");
			// The note itself is still a regular file (not replaced by the link).
			expect(lstatSync(path).isFile()).toBe(true);
			expect(readCheckLog((parseFrontmatter(readFileSync(path, "utf8")) as { data: Record<string, unknown> }).data)?.status).toBe("confirmed");
			// No temporary file is left behind.
			expect(readdirSync(join(dir, "refs")).filter((f) => f.includes("refcheck-tmp") && f !== "concurrent.md.refcheck-tmp")).toEqual([]);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
