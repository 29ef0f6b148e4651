// Runs a rule example (a note's frontmatter against the records a local OpenAlex holds) through
// the real pipeline: reading the note, resolving it, comparing, building the check_log. Shared by
// the rules' examples (test/core/rules.test.ts) and the field sets (test/core/fields.test.ts).
import { hasCandidates, type RemoteRecord, type RuleExample } from "../../src/core/rules/types";
import { isNotAReference, readReference } from "../../src/core/reference";
import { checkReferences } from "../../src/check/step";
import { OpenAlexClient } from "../../src/openalex/client";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { hash, openAlexWork } from "./corpus-works";
import { startFakeOpenAlex, type FakeOpenAlex } from "./fake-openalex";
import { FakeClock } from "./fake-clock";

/** One record of an example as an OpenAlex work (ids stable across runs). */
export function exampleWork(r: RemoteRecord, i: number): Record<string, unknown> {
	const work = openAlexWork({
		id: r.id ?? `W${hash(`${i}:${r.title ?? ""}:${r.authors.join(",")}`)}`,
		doi: r.doi ?? null,
		title: r.title,
		authors: r.authors,
		bylines: r.bylines,
		pmid: r.pmid,
		year: r.year ?? null,
		venue: r.venue ?? null,
		sourceType: r.sourceType,
		type: r.type,
		publicationDate: r.date,
		extraLocations: r.otherVenues,
		isRetracted: r.retracted,
		issue: r.issue,
		volume: r.volume,
		pages: r.pages,
	});
	return r.cited === undefined ? work : { ...work, cited_by_count: r.cited };
}

/** A local OpenAlex holding the example's records. */
export function startExampleServer(example: RuleExample): Promise<FakeOpenAlex> {
	const records = hasCandidates(example.remote) ? example.remote.candidates : [example.remote];
	const works = records.map(exampleWork);
	const merged = Object.fromEntries(records.flatMap((r, i) => (r.formerIds ?? []).map((old) => [old, String(works[i].id)])));
	const singletonOnlyDois = Object.fromEntries(records.flatMap((r, i) => (r.formerDois ?? []).map((old) => [old, String(works[i].id)])));
	return startFakeOpenAlex({ works, merged, singletonOnlyDois });
}

/** What the pipeline answers for one example: verdict and every reason it gave. */
export async function runExample(example: RuleExample, server: FakeOpenAlex): Promise<{ verdict: string; notes: string }> {
	const ref = readReference(example.local);
	if (isNotAReference(ref)) return { verdict: `not a reference: ${ref.reason}`, notes: "" };
	const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 1000, retryBaseMs: 1, clock: new FakeClock() });
	const now = new Date("2026-03-01T00:00:00.000Z");
	const results = await checkReferences([{ key: "k", reference: ref, previous: null }], client, { now: () => now, writeRemote: true });
	const r = results.get("k");
	const verdict = !r ? "none" : r.status === "mismatch" ? (r.severity ?? "major") : r.status;
	return { verdict, notes: [...(r?.log?.notes ?? []), r?.message ?? ""].join(" | ") };
}
