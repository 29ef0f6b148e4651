// Every rule's examples, run through the real pipeline (reading the note, resolving it against a
// local OpenAlex server that holds the example's records, comparing, building the check_log).
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/core/rules";
import { hasCandidates, type RemoteRecord, type RuleExample } from "../../src/core/rules/types";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";
import { checkReferences } from "../../src/check/step";
import { OpenAlexClient } from "../../src/openalex/client";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { normalizeTitle } from "../../src/core/normalize";
import { hash, openAlexWork } from "../support/corpus-works";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { FakeClock } from "../support/fake-clock";

function work(r: RemoteRecord, i: number): Record<string, unknown> {
	return openAlexWork({
		id: `W${hash(`${i}:${r.title ?? ""}:${r.authors.join(",")}`)}`,
		doi: r.doi ?? null,
		title: r.title,
		authors: r.authors,
		year: r.year ?? null,
		venue: r.venue ?? null,
		type: r.type,
		publicationDate: r.date,
		extraLocations: r.otherVenues,
		isRetracted: r.retracted,
	});
}

/** What the pipeline answers for one example: verdict and every reason it gave. */
async function run(example: RuleExample, server: FakeOpenAlex): Promise<{ verdict: string; notes: string }> {
	const ref = readReference(example.local);
	if (isNotAReference(ref)) return { verdict: `not a reference: ${ref.reason}`, notes: "" };
	const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 1000, retryBaseMs: 1, clock: new FakeClock() });
	const now = new Date("2026-03-01T00:00:00.000Z");
	const results = await checkReferences([{ key: "k", reference: ref, previous: null }], client, { now: () => now, writeRemote: true });
	const r = results.get("k");
	const verdict = !r ? "none" : r.status === "mismatch" ? (r.severity ?? "major") : r.status;
	return { verdict, notes: [...(r?.log?.notes ?? []), r?.message ?? ""].join(" | ") };
}

describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
	it("has a one-sentence summary and at least two examples", () => {
		expect(rule.summary).toMatch(/^[A-Z].*\.$/);
		expect(rule.summary, "one sentence").not.toMatch(/[.!?]\s+[A-Z]/);
		expect(rule.examples.length).toBeGreaterThanOrEqual(2);
	});

	describe.each(rule.examples.map((e, i) => [i + 1, e] as const))("example %i", (_n, example) => {
		let server: FakeOpenAlex;
		beforeAll(async () => {
			const records = hasCandidates(example.remote) ? example.remote.candidates : [example.remote];
			server = await startFakeOpenAlex({ works: records.map(work) });
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

	it("no example names a fixture's author, title or citation key", () => {
		const found: string[] = [];
		for (const rule of RULES) {
			for (const e of rule.examples) {
				const records = hasCandidates(e.remote) ? e.remote.candidates : [e.remote];
				const people = [...records.flatMap((r) => r.authors), ...(Array.isArray(e.local.authors) ? (e.local.authors as unknown[]).filter((a): a is string => typeof a === "string") : [])];
				for (const p of people) if (normalizeTitle(p).includes(" ") && folded.includes(` ${normalizeTitle(p)} `)) found.push(`${rule.id}: author ${p}`);
				for (const t of [e.local.title, ...records.map((r) => r.title)]) if (typeof t === "string" && folded.includes(` ${normalizeTitle(t)} `)) found.push(`${rule.id}: title ${t}`);
				const key = e.local.citekey ?? e.local["citation-key"];
				if (typeof key === "string" && text.includes(key)) found.push(`${rule.id}: key ${key}`);
			}
		}
		expect(found).toEqual([]);
	});
});
