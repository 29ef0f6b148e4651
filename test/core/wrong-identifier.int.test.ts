// Rule "Identifier of another paper" (src/core/rules/doi-different.ts) beyond its verdicts (which
// test/core/rules.test.ts checks): run through the whole pipeline — the note read, its identifier
// resolved by a local OpenAlex holding the example's record, compared, its check_log built — a
// wrong identifier is said first, is the result's message, and reads back from the stored log;
// and the log records the record's authors in full.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { doiDifferent, WRONG_IDENTIFIER_NOTE, identityProblem, wrongIdentifier } from "../../src/core/rules/doi-different";
import { hasCandidates } from "../../src/core/rules/types";
import { compareReference } from "../../src/core/compare";
import { isNotAReference, readReference } from "../../src/core/reference";
import { logVerdict } from "../../src/core/verdict";
import type { CheckResult, Reference, RemoteWork } from "../../src/core/types";
import { checkReferences } from "../../src/check/step";
import { OpenAlexClient } from "../../src/openalex/client";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { openAlexWork } from "../support/corpus-works";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { FakeClock } from "../support/fake-clock";

const NOW = new Date("2026-03-01T00:00:00.000Z");

function reference(fm: Record<string, unknown>): Reference {
	const r = readReference({ type: "bibtex_entry", ...fm });
	if (isNotAReference(r)) throw new Error(r.reason);
	return r;
}

function work(over: Partial<RemoteWork>): RemoteWork {
	return { id: "https://openalex.org/W1", doi: null, title: "T", authors: [], year: 2020, publicationDate: null, type: "article", venue: null, locations: [], isRetracted: false, isParatext: false, arxivId: null, ...over };
}

/** The examples whose identifier reaches one record (not a title search among candidates). */
const byIdentifier = doiDifferent.examples.flatMap((e) => (hasCandidates(e.remote) ? [] : [{ example: e, remote: e.remote }]));

describe(`rule ${doiDifferent.id}: the wrong identifier comes first`, () => {
	let server: FakeOpenAlex;
	const results = new Map<number, CheckResult>();
	beforeAll(async () => {
		server = await startFakeOpenAlex({ works: byIdentifier.map(({ remote }, i) => openAlexWork({ id: `W${7100 + i}`, ...remote })) });
		const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 1000, retryBaseMs: 1, clock: new FakeClock() });
		const items = byIdentifier.map(({ example }, i) => ({ key: String(i), reference: reference(example.local), previous: null }));
		for (const [key, r] of await checkReferences(items, client, { now: () => NOW, writeRemote: true })) results.set(Number(key), r);
	});
	afterAll(async () => server.close());

	it("has examples both ways", () => {
		const wrong = byIdentifier.filter(({ example }) => example.note.startsWith(WRONG_IDENTIFIER_NOTE));
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		expect(byIdentifier.length - wrong.length).toBeGreaterThanOrEqual(2);
	});

	it.each(byIdentifier.map(({ example }, i) => [i + 1, example] as const))("example %i: said first, the message, and read back from the log", (n, example) => {
		const wrong = example.note.startsWith(WRONG_IDENTIFIER_NOTE);
		const r = results.get(n - 1);
		const notes = r?.log?.notes ?? [];
		expect(notes[0]?.startsWith(WRONG_IDENTIFIER_NOTE) ?? false).toBe(wrong);
		expect(r?.message?.startsWith(WRONG_IDENTIFIER_NOTE) ?? false).toBe(wrong);
		// The stored log gives the same answer when the panel reads it back.
		expect(logVerdict(reference(example.local), r!.log!).wrongIdentifier?.kind ?? null).toBe(wrong ? "doi" : null);
	});
});

describe("wrongIdentifier", () => {
	const note = reference({ title: "Gradient Noise in Small Batches", authors: ["Aiko Tanabe", "Rui Costa"], year: "2020", doi: "10.5555/x.1" });

	it("needs the note's identifier to name the record", () => {
		const other = work({ doi: "10.5555/x.1", title: "A Field Guide to Lichens", authors: ["Mona Berg"] });
		expect(wrongIdentifier(note, other)?.kind).toBe("doi");
		expect(wrongIdentifier(note, { ...other, doi: "10.5555/x.2" })).toBeNull();
		// reached through the note's arXiv id
		const arxivNote = reference({ title: "Gradient Noise in Small Batches", authors: ["Aiko Tanabe"], year: "2020", eprint: "2001.01234" });
		expect(wrongIdentifier(arxivNote, { ...other, doi: null, arxivId: "2001.01234" })).toMatchObject({ kind: "arxiv", value: "2001.01234" });
	});

	it("cannot tell from authors when one side names no person", () => {
		const variant = { doi: "10.5555/x.1", title: "Gradient Noise in Small Batches: A Second Look" };
		expect(identityProblem(note, work({ ...variant, authors: [] }))).toBeNull();
		expect(identityProblem(note, work({ ...variant, authors: ["OpenAI"] }))).toBeNull();
		expect(identityProblem(note, work({ ...variant, authors: ["Sven Ek"] }))).toMatch(/no author is on both/);
		// one shared person (in another written form) is enough to call it the note's paper
		expect(identityProblem(note, work({ ...variant, authors: ["Sven Ek", "R. Costa"] }))).toBeNull();
	});
});

describe("the log records the record's authors in full", () => {
	it("sets remote in every row when no name aligns, and lists the record's names as missing from the note", () => {
		const ref = reference({ title: "Measuring Hidden Work", authors: ["Ines Marlow", "Tobias Renn", "Ada Quist"], year: "2021", doi: "10.5555/y.1" });
		const c = compareReference(ref, work({ doi: "10.5555/y.1", title: "Edit Locks and Volunteers", authors: ["Priya Anand", "Lars Holm"], year: 2023 }));
		expect(c.fields.authors.details.map((d) => [d.local, d.remote])).toEqual([
			["Ines Marlow", "Priya Anand"],
			["Tobias Renn", "Lars Holm"],
			["Ada Quist", null],
		]);
		expect(c.fields.authors.remote_count).toBe(2);
		expect(c.notes.join(" | ")).toContain("missing from the note: 'Lars Holm'");
	});

	it("keeps the record's authors after the last aligned one (a truncated note) and when the note lists none", () => {
		const truncated = reference({ title: "Measuring Hidden Work", authors: ["Ines Marlow", "Tobias Renn", "others"], year: "2021" });
		const record = work({ title: "Measuring Hidden Work", authors: ["Ines Marlow", "Tobias Renn", "Ada Quist", "Bo Lund"], year: 2021 });
		expect(compareReference(truncated, record).fields.authors.details.map((d) => d.remote)).toEqual(record.authors);
		const none = reference({ title: "Measuring Hidden Work", year: "2021", doi: "10.5555/y.2" });
		expect(compareReference(none, record).fields.authors.details.map((d) => [d.local, d.remote])).toEqual(record.authors.map((a) => [null, a]));
	});
});

describe("a PubMed id that names another paper reads back from the stored log (rules/pubmed-ids)", () => {
	let server: FakeOpenAlex;
	beforeAll(async () => {
		server = await startFakeOpenAlex({ works: [openAlexWork({ id: "W900100", doi: null, title: "Antibiotic prophylaxis in cataract surgery", authors: ["Lena Morales"], year: 2011, venue: "Ophthalmology", pmid: "28765432" })] });
	});
	afterAll(async () => server.close());

	it("records the record's PubMed id with the remote values, so the panel tells the wrong identifier again", async () => {
		const ref = reference({ citekey: "okoye2017", title: "Grip Strength and Frailty in Older Adults", authors: ["Daniel Okoye"], year: 2017, pmid: "28765432" });
		const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 1000, retryBaseMs: 1, clock: new FakeClock() });
		const r = (await checkReferences([{ key: "k", reference: ref, previous: null }], client, { now: () => NOW, writeRemote: true })).get("k");
		const log = r?.log;
		if (!log) throw new Error("no log");
		expect(r?.message).toMatch(new RegExp(`^${WRONG_IDENTIFIER_NOTE}`));
		expect(log.remote?.pmid).toBe("28765432");
		expect(logVerdict(ref, log).wrongIdentifier).toMatchObject({ kind: "pmid", value: "28765432" });
		// without it (a log written before), the recorded values alone cannot tell: field differences
		const { pmid: _older, ...olderRemote } = log.remote ?? { title: null, authors: [], year: null, venue: null, doi: null };
		expect(logVerdict(ref, { ...log, remote: olderRemote }).wrongIdentifier).toBeNull();
	});
});
