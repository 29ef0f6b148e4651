// Every rule's examples, run through the real pipeline (reading the note, resolving it against a
// local OpenAlex server that holds the example's records, comparing, building the check_log).
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/core/rules";
import { hasCandidates } from "../../src/core/rules/types";
import { isReferenceNote } from "../../src/core/reference";
import { normalizeTitle } from "../../src/core/normalize";
import type { FakeOpenAlex } from "../support/fake-openalex";
import { runExample as run, startExampleServer } from "../support/rule-pipeline";

describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
	it("has a one-sentence summary and at least two examples", () => {
		expect(rule.summary).toMatch(/^[A-Z].*\.$/);
		expect(rule.summary, "one sentence").not.toMatch(/[.!?]\s+[A-Z]/);
		expect(rule.examples.length).toBeGreaterThanOrEqual(2);
	});

	describe.each(rule.examples.map((e, i) => [i + 1, e] as const))("example %i", (_n, example) => {
		let server: FakeOpenAlex;
		beforeAll(async () => {
			server = await startExampleServer(example);
		});
		afterAll(async () => server.close());

		it(`is read as a reference note`, () => {
			expect(isReferenceNote(example.local)).toBe(true);
		});

		it(`→ ${example.verdict} ("${example.note}")`, async () => {
			const got = await run(example, server);
			expect(got.verdict, got.notes).toBe(example.verdict);
			// an empty note means a clean confirmation: nothing to explain
			if (example.note === "") expect(got.notes.replace(/\s*\|\s*/g, "")).toBe("");
			else expect(got.notes).toContain(example.note);
		});
	});
});

it("rule ids are unique and name their files", () => {
	const ids = RULES.map((r) => r.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

describe("rule examples are invented, not taken from fixtures", () => {
	function files(dir: string): string[] {
		return readdirSync(dir).flatMap((n) => {
			const p = join(dir, n);
			if (statSync(p).isDirectory()) return n === "node_modules" || n === ".obsidian" ? [] : files(p);
			return /\.(md|json|jsonl|yaml)$/.test(n) ? [p] : [];
		});
	}
	const text = [...files(join("test", "fixtures")), ...files("example-vault")].map((f) => readFileSync(f, "utf8")).join("\n");
	const folded = ` ${normalizeTitle(text)} `;
	// Where each word of the folded text starts: a phrase is looked for only where its first word
	// stands, not by scanning the 2.7 million characters once per name and title (1.5 s of this file).
	const wordStarts = new Map<string, number[]>();
	for (const m of folded.matchAll(/\S+/g)) {
		const at = wordStarts.get(m[0]);
		if (at) at.push(m.index);
		else wordStarts.set(m[0], [m.index]);
	}
	/** Whether the folded fixtures hold `phrase` (already folded) as whole words: ` ${phrase} ` in folded. */
	const inFixtures = (phrase: string) => (wordStarts.get(phrase.split(" ")[0]) ?? []).some((i) => folded.startsWith(` ${phrase} `, i - 1));

	it("no example names a fixture's author, title or citation key", () => {
		const found: string[] = [];
		for (const rule of RULES) {
			for (const e of rule.examples) {
				const records = hasCandidates(e.remote) ? e.remote.candidates : [e.remote];
				const people = [...records.flatMap((r) => r.authors), ...(Array.isArray(e.local.authors) ? (e.local.authors as unknown[]).filter((a): a is string => typeof a === "string") : [])];
				// "et al." standing in a record's list is no one's name (rules/record-author-list-truncated)
				const named = people.filter((p) => !/^(and )?(et al|others)$/.test(normalizeTitle(p)));
				for (const p of named) if (normalizeTitle(p).includes(" ") && inFixtures(normalizeTitle(p))) found.push(`${rule.id}: author ${p}`);
				for (const t of [e.local.title, ...records.map((r) => r.title)]) if (typeof t === "string" && inFixtures(normalizeTitle(t))) found.push(`${rule.id}: title ${t}`);
				const key = e.local.citekey ?? e.local["citation-key"];
				if (typeof key === "string" && text.includes(key)) found.push(`${rule.id}: key ${key}`);
			}
		}
		expect(found).toEqual([]);
	});
});
