// The harness of the blind resolve-stage sets (resolve-notes-2 and -3): each case's note is
// checked through the real pipeline (client, HTTP, resolver, rules) against the fake OpenAlex
// holding the records of the case; a case with several records gives the same answer with them in
// the reverse order; `inBatch` and `alongside` cases run beside other notes of a vault, so their
// lookups go in batched list calls; every request stays under the URL budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReference, isNotAReference } from "../../src/core/reference";
import { checkReferences } from "../../src/check/step";
import { OpenAlexClient } from "../../src/openalex/client";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex } from "./fake-openalex";
import { exampleWork } from "./rule-pipeline";
import { FakeClock } from "./fake-clock";
import type { Reference } from "../../src/core/types";
import type { IndexRecord, ResolveCase2 } from "../openalex/resolve-notes-2.cases";

/** REFERENCE.md: keep URLs under ~4,000 bytes. */
export const URL_BUDGET = 4000;

/** A record of a case (`formerIds` and `formerDois`: records OpenAlex merged into it, see RemoteRecord). */
export type HarnessRecord = IndexRecord;
export type HarnessCase = ResolveCase2;

function worksOf(c: HarnessCase): Array<Record<string, unknown>> {
	return c.remote.map((r, i) => {
		const work = exampleWork(r, i);
		// the primary location's source type when the venue alone does not tell (a university repository)
		const primary = work.primary_location as { source: { type: string } | null } | null;
		if (r.sourceType && primary?.source) primary.source.type = r.sourceType;
		return { ...work, cited_by_count: r.cited ?? 0, ...(r.json ?? {}) };
	});
}

/** Other notes of the vault checked in the same run (an `inBatch` case), each with its record. */
const COMPANIONS = [1, 2, 3].map((k) => ({
	local: { citekey: `companion${k}`, title: `Sediment Transport on Tidal Flats, Part ${k}`, author: "Lindqvist, Tove", year: 2010 + k, journal: "Coastal Letters", doi: `10.5555/companion.${k}` },
	work: exampleWork({ title: `Sediment transport on tidal flats, part ${k}`, authors: ["Tove Lindqvist"], year: 2010 + k, venue: "Coastal Letters", doi: `10.5555/companion.${k}` }, 100 + k),
}));

/** One describe block per case (and per case with its records reversed), and the patterns' check. */
export function describeResolveCases(cases: HarnessCase[]): void {
	const variants = cases.flatMap((c) => [[c.id, c, false] as const, ...(c.remote.length > 1 ? [[`${c.id} (records reversed)`, c, true] as const] : [])]);

	describe.each(variants)("%s", (_name, c, reversed) => {
		const works = worksOf(c);
		const served = reversed ? [...works].reverse() : works;
		let server: FakeOpenAlex;
		beforeAll(async () => {
			const merged = Object.fromEntries(c.remote.flatMap((r, i) => (r.formerIds ?? []).map((old) => [old, String(works[i].id)])));
			const singletonOnlyDois = Object.fromEntries(c.remote.flatMap((r, i) => (r.formerDois ?? []).map((old) => [old, String(works[i].id)])));
			server = await startFakeOpenAlex({ works: [...served, ...(c.inBatch ? COMPANIONS.map((o) => o.work) : [])], merged, singletonOnlyDois });
		});
		afterAll(async () => server.close());

		it(`→ ${c.verdicts.join(" or ")} (${c.pattern})`, async () => {
			const ref = readReference(c.local);
			if (isNotAReference(ref)) throw new Error(`not read as a reference: ${ref.reason}`);
			const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 1000, retryBaseMs: 1, clock: new FakeClock() });
			const now = () => new Date("2026-03-01T00:00:00.000Z");
			const others = c.inBatch ? COMPANIONS.map((o, i) => ({ key: `o${i}`, reference: readReference(o.local) as Reference, previous: null })) : [];
			const beside = (c.alongside ?? []).map((a, i) => ({ key: `a${i}`, reference: readReference(a.local) as Reference, previous: null }));
			const results = await checkReferences([{ key: "k", reference: ref, previous: null }, ...others, ...beside], client, { now, writeRemote: true });
			for (const o of others) expect(results.get(o.key)?.status, o.key).toBe("confirmed");
			(c.alongside ?? []).forEach((a, i) => {
				const got = results.get(`a${i}`);
				expect(got?.status, `a${i}: ${got?.log?.notes?.join(" | ") ?? got?.message ?? ""}`).toBe("confirmed");
				expect(got?.work?.id, `a${i}`).toBe(works[a.pick].id);
			});
			const r = results.get("k");
			const verdict = !r ? "none" : r.status === "mismatch" ? (r.severity ?? "major") : r.status;
			const notes = [...(r?.log?.notes ?? []), r?.message ?? ""].join(" | ");
			const trace = `${verdict} against ${r?.work?.id ?? "nothing"}: ${notes}\n${server.requests.map((q) => q.url).join("\n")}`;
			expect(c.verdicts, trace).toContain(verdict);
			if (c.pick !== undefined && verdict !== "not_found") expect(r?.work?.id, trace).toBe(works[c.pick].id);
			if (c.note) expect(notes, trace).toContain(c.note);
			if (c.maxRequests !== undefined) expect(server.requests.length, trace).toBeLessThanOrEqual(c.maxRequests);
			if (c.search === false) expect(server.requests.filter((q) => q.params.filter?.includes(".search:")), trace).toEqual([]);
			for (const q of server.requests) expect(Buffer.byteLength(q.url), q.url.slice(0, 200)).toBeLessThanOrEqual(URL_BUDGET);
		});
	});

	it("every pattern has a right note and a true error", () => {
		for (const pattern of new Set(cases.map((c) => c.pattern))) {
			expect(cases.some((c) => c.pattern === pattern && !c.id.startsWith("err-")), pattern).toBe(true);
			expect(cases.some((c) => c.pattern === pattern && c.id.startsWith("err-")), pattern).toBe(true);
		}
	});
}
