// spliceKey / spliceCheckLog: exact before → after texts, and inputs that must not be written.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFrontmatter, spliceCheckLog, spliceKey } from "../../src/vault/frontmatter";
import type { CheckLog } from "../../src/core/types";

const LOG: CheckLog = { checked_at: "2026-01-02T03:04:05.678Z", checked_with: "auto:openalex", status: "not_found", checker_version: 1 };
const LOG_YAML = "check_log:\n  checked_at: '2026-01-02T03:04:05.678Z'\n  checked_with: 'auto:openalex'\n  status: not_found\n  checker_version: 1\n";

describe("spliceKey before → after", () => {
	const cases: Array<{ name: string; before: string; key: string; value: unknown; after: string }> = [
		{
			name: "replaces a plain title, keeps the comment and the body",
			before: "---\n# my note\ntitle: Old title\nyear: 2020 # when\n---\nBody text\n",
			key: "title", value: "New: title",
			after: "---\n# my note\ntitle: 'New: title'\nyear: 2020 # when\n---\nBody text\n",
		},
		{
			name: "replaces a folded title spanning several lines",
			before: "---\ntitle: >-\n  A long title\n  folded over lines\nyear: 2020\n---\n",
			key: "title", value: "Short",
			after: "---\ntitle: Short\nyear: 2020\n---\n",
		},
		{
			name: "replaces a flow list with a block list",
			before: "---\ntitle: T\ncited_in: [a, b]\ntags: [x]\n---\n",
			key: "cited_in", value: ["a", "b", "c"],
			after: "---\ntitle: T\ncited_in:\n  - a\n  - b\n  - c\ntags: [x]\n---\n",
		},
		{
			name: "replaces a block list that is the last key",
			before: "---\ntitle: T\ncited_in:\n  - a\n---\n\nBody\n",
			key: "cited_in", value: ["page one", "2024"],
			after: "---\ntitle: T\ncited_in:\n  - page one\n  - '2024'\n---\n\nBody\n",
		},
		{
			name: "removes a key and nothing else",
			before: "---\ntitle: T\nobsolete:\n  nested: 1\n  list:\n    - x\n# keep me\nyear: 2020\n---\n",
			key: "obsolete", value: undefined,
			after: "---\ntitle: T\n# keep me\nyear: 2020\n---\n",
		},
		{
			name: "removing an absent key changes nothing",
			before: "---\ntitle: T\n---\n",
			key: "nope", value: undefined,
			after: "---\ntitle: T\n---\n",
		},
		{
			name: "appends a new key before the closing line",
			before: "---\ntitle: T\n# trailing comment\n---\nBody",
			key: "cited_in", value: ["x"],
			after: "---\ntitle: T\n# trailing comment\ncited_in:\n  - x\n---\nBody",
		},
		{
			name: "appends into an empty frontmatter",
			before: "---\n---\nBody\n",
			key: "title", value: "T",
			after: "---\ntitle: T\n---\nBody\n",
		},
		{
			name: "keeps a comment on the line after the replaced value",
			before: "---\ncheck_log:\n  status: mismatch\n  # note to self\ntitle: T\n---\n",
			key: "check_log", value: LOG,
			after: `---\n${LOG_YAML}  # note to self\ntitle: T\n---\n`,
		},
		{
			name: "replaces a key whose line has a trailing comment, and keeps the comment (issue 16)",
			before: "---\nyear: 2019 # wrong\ntitle: T\n---\n",
			key: "year", value: "2020",
			after: "---\nyear: '2020' # wrong\ntitle: T\n---\n",
		},
		{
			name: "replaces a key with an empty value",
			before: "---\ncheck_log:\ntitle: T\n---\n",
			key: "check_log", value: LOG,
			after: `---\n${LOG_YAML}title: T\n---\n`,
		},
		{
			name: "keeps CRLF line endings and writes the entry with them",
			before: "---\r\ntitle: T\r\ncheck_log:\r\n  status: old\r\ntags:\r\n  - a\r\n---\r\nBody\r\n",
			key: "check_log", value: LOG,
			after: `---\r\ntitle: T\r\n${LOG_YAML.replace(/\n/g, "\r\n")}tags:\r\n  - a\r\n---\r\nBody\r\n`,
		},
		{
			name: "keeps a BOM",
			before: "\uFEFF---\ntitle: T\n---\n",
			key: "year", value: 2020,
			after: "\uFEFF---\ntitle: T\nyear: 2020\n---\n",
		},
		{
			name: "a literal block scalar value with blank lines is replaced whole",
			before: "---\nabstract: |\n  line one\n\n  line two\nnext: 1\n---\n",
			key: "abstract", value: "one\ntwo",
			after: "---\nabstract: |-\n  one\n  two\nnext: 1\n---\n",
		},
		{
			name: "a `---` after a U+2028 or a lone CR inside a value is not the closing line",
			before: "---\ntitle: a\u2028--- b\rc\r---\nyear: 1\n---\nBody\n",
			key: "year", value: 2,
			after: "---\ntitle: a\u2028--- b\rc\r---\nyear: 2\n---\nBody\n",
		},
		{
			name: "a value ending the file without a body",
			before: "---\ntitle: T\n---",
			key: "title", value: "U",
			after: "---\ntitle: U\n---",
		},
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(spliceKey(c.before, c.key, c.value)).toEqual({ text: c.after });
		});
	}
});

describe("bad input: a clear error and nothing written", () => {
	const bad: Array<{ name: string; text: string; error: RegExp }> = [
		{ name: "no frontmatter", text: "# Just a heading\n\ntitle: not frontmatter\n", error: /no frontmatter/ },
		{ name: "empty file", text: "", error: /no frontmatter/ },
		{ name: "frontmatter not at the start", text: "\n---\ntitle: T\n---\n", error: /no frontmatter/ },
		{ name: "unclosed ---", text: "---\ntitle: T\nyear: 2020\n", error: /unclosed/ },
		{ name: "invalid YAML", text: "---\ntitle: [unclosed\nyear: 2020\n---\n", error: /invalid YAML/ },
		{ name: "invalid YAML (bad indentation)", text: "---\ntitle: T\n  year: 2020\n---\n", error: /invalid YAML/ },
		{ name: "duplicate keys", text: "---\ntitle: A\ntitle: B\n---\n", error: /duplicate key/ },
		{ name: "frontmatter that is a list", text: "---\n- a\n- b\n---\n", error: /not a map/ },
		{ name: "frontmatter that is a flow map", text: "---\n{title: T}\n---\n", error: /flow map/ },
	];
	for (const b of bad) {
		it(b.name, () => {
			const r = spliceCheckLog(b.text, LOG);
			expect(r).toEqual({ error: expect.stringMatching(b.error) });
			expect(spliceKey(b.text, "title", "X")).toEqual({ error: expect.stringMatching(b.error) });
		});
	}

	it("an alias bomb is an error for reading, not an exception; splicing never expands it", () => {
		const lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
		for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
		const text = `${lines.join("\n")}\n---\n`;
		expect(parseFrontmatter(text)).toEqual({ error: expect.stringMatching(/invalid YAML/) });
		expect(spliceCheckLog(text, LOG)).toEqual({ text: text.replace(/\n---\n$/, `\n${LOG_YAML}---\n`) });
	});

	it("a value holding an anchor that another key aliases", () => {
		const text = "---\nauthors: &people\n  - A\ncheck_log: {status: old}\nalso: *people\n---\n";
		expect(spliceKey(text, "authors", ["B"])).toEqual({ error: expect.stringMatching(/anchor/) });
		expect(spliceKey(text, "authors", undefined)).toEqual({ error: expect.stringMatching(/anchor/) });
		// Other keys of that note are still written.
		expect(spliceCheckLog(text, LOG)).toEqual({ text: `---\nauthors: &people\n  - A\n${LOG_YAML}also: *people\n---\n` });
	});

	it("a value that YAML cannot hold as given (a Date object) is refused, not written as something else", () => {
		const text = "---\ntitle: T\n---\n";
		expect(spliceKey(text, "when", new Date("2026-01-02T00:00:00.000Z"))).toEqual({ error: expect.stringMatching(/reads back/) });
		expect(spliceKey(text, "when", "2026-01-02T00:00:00.000Z")).toEqual({ text: "---\ntitle: T\nwhen: '2026-01-02T00:00:00.000Z'\n---\n" });
	});

	it("check_log that is a string", () => {
		const text = "---\ntitle: T\ncheck_log: done by hand\n---\n";
		expect(spliceCheckLog(text, LOG)).toEqual({ error: expect.stringMatching(/check_log is not a map/) });
	});

	it("check_log that is a list", () => {
		const text = "---\ntitle: T\ncheck_log:\n  - one\n  - two\n---\n";
		expect(spliceCheckLog(text, LOG)).toEqual({ error: expect.stringMatching(/check_log is not a map/) });
	});

	it("parseFrontmatter reports the same errors", () => {
		expect(parseFrontmatter("no fm")).toEqual({ error: expect.stringMatching(/no frontmatter/) });
		expect(parseFrontmatter("---\na: 1\n")).toEqual({ error: expect.stringMatching(/unclosed/) });
		expect(parseFrontmatter("---\na: 1\na: 2\n---\n")).toEqual({ error: expect.stringMatching(/duplicate key/) });
		expect(parseFrontmatter("---\n- a\n---\n")).toEqual({ error: expect.stringMatching(/not a map/) });
		// A flow map reads fine; only writing into it is refused.
		expect(parseFrontmatter("---\n{title: T}\n---\nBody")).toEqual({ data: { title: "T" }, start: 4, end: 15 });
	});

	it("a frontmatter over 1 MiB is neither read nor written (issue 17: 50 MB exhausted the heap)", () => {
		const huge = `---\ntitle: T\nabstract: ${"a".repeat(1024 * 1024)}\n---\nBody\n`;
		expect(parseFrontmatter(huge)).toEqual({ error: "the frontmatter is larger than 1 MiB; not read" });
		expect(spliceCheckLog(huge, LOG)).toEqual({ error: "the frontmatter is larger than 1 MiB; not read" });
	});

	it("finds a duplicate key among many without comparing every pair, in nested maps too", () => {
		const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`);
		expect(parseFrontmatter(`---\n${keys.join("\n")}\n---\n`)).toMatchObject({ start: 4 });
		expect(parseFrontmatter(`---\n${keys.join("\n")}\nk7: again\n---\n`)).toEqual({ error: "duplicate key in frontmatter: Map keys must be unique (`k7`)" });
		expect(parseFrontmatter("---\ncheck_log:\n  status: a\n  status: b\n---\n")).toEqual({ error: expect.stringMatching(/duplicate key.*`status`/) });
		// Keys that only look alike are different keys (as yaml compares them).
		expect(parseFrontmatter("---\n1: a\n'1': b\n---\n")).toMatchObject({ start: 4 });
	});
});

describe("dangerous remote strings round-trip exactly", () => {
	const titles = [
		"---",
		"Part one\n---\nPart two",
		"Key: value pairs: everywhere",
		"# not a comment",
		"C# and F# # really",
		"'single' and \"double\" quotes",
		"She said \"it's fine\"",
		"Line one\nLine two\n\nLine four\n",
		"  leading and trailing spaces  ",
		"tab\tinside and \r carriage return",
		"- looks like a list",
		"[looks, like] {a: flow}",
		"&anchor *alias !tag |pipe >fold %directive @at `tick`",
		"...",
		"null",
		"2022",
		"Ünïcödé 🤖 \u00a0nbsp \u2028 sep",
		"x".repeat(300),
		"a very long title with words ".repeat(8).trim() + "\n---\n" + "and more words after a marker ".repeat(5),
	];
	for (const title of titles) {
		it(JSON.stringify(title).slice(0, 60), () => {
			const log: CheckLog = { ...LOG, status: "mismatch", remote: { title, authors: [title], year: 2020, venue: title, doi: null } };
			const before = "---\ntitle: Local\ncheck_log:\n  status: old\ntags:\n  - a\n---\nBody --- text\n";
			const r = spliceCheckLog(before, log);
			if ("error" in r) throw new Error(r.error);
			const fm = parseFrontmatter(r.text);
			if ("error" in fm) throw new Error(fm.error);
			expect(fm.data.check_log).toEqual(log);
			expect(fm.data.title).toBe("Local");
			expect(fm.data.tags).toEqual(["a"]);
			expect(r.text.endsWith("tags:\n  - a\n---\nBody --- text\n")).toBe(true);
			// also readable as a whole document by a plain YAML parser
			const yamlText = r.text.slice(4, r.text.indexOf("\n---\n", 4) + 1);
			expect((parse(yamlText) as Record<string, unknown>).check_log).toEqual(log);
		});
	}
});
