import { afterEach, describe, expect, it } from "vitest";
import { OpenAlexClient, type OpenAlexClientOptions } from "../../src/openalex/client";
import { checkReferences, type CheckItem } from "../../src/check/step";
import { readReference, isNotAReference } from "../../src/core/reference";
import type { CheckLog, CheckResult, Reference } from "../../src/core/types";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex, type FakeOpenAlexOptions, type FaultKind } from "../support/fake-openalex";
import { FakeClock, maxStartsPerWindow } from "../support/fake-clock";
import { openAlexWork, type WorkSpec } from "../support/corpus-works";

function ref(fm: Record<string, unknown>): Reference {
	const r = readReference({ type: "bibtex_entry", ...fm });
	if (isNotAReference(r)) throw new Error(r.reason);
	return r;
}

const FAMILIES = ["Abara", "Bergstrom", "Castellanos", "Dimitriou", "Eze", "Fujimoto", "Gallagher", "Horvath", "Iyer", "Jansen", "Kaur", "Lindgren"];
const ADJ = ["robust", "sparse", "causal", "federated", "adaptive", "bayesian", "neural", "graph", "optimal", "private", "scalable", "fair", "online", "deep"];
const NOUN = ["estimation", "inference", "retrieval", "alignment", "ranking", "auditing", "sampling", "clustering", "forecasting", "attribution", "matching"];

function spec(i: number): WorkSpec {
	const title = `${ADJ[i % 14]} ${NOUN[Math.floor(i / 14) % 11]} with ${ADJ[(i * 5 + 2) % 14]} ${NOUN[(i * 7 + 3) % 11]} number ${i}`;
	return { id: `W${5000 + i}`, doi: `10.7777/corpus.${i}`, title, authors: [`Lena ${FAMILIES[i % 12]}`, `Omar ${FAMILIES[(i + 5) % 12]}`, `Yu ${FAMILIES[(i + 7) % 12]}`], year: 2005 + (i % 18), venue: "Transactions on Synthetic Research" };
}

const specs = Array.from({ length: 1000 }, (_, i) => spec(i));
const special: WorkSpec[] = [
	{ id: "W9001", doi: "10.7777/retracted", title: "Miraculous results that were later withdrawn", authors: ["Rex Fraud", "Ima Accomplice"], year: 2012, venue: "Journal of Results", isRetracted: true },
	{ id: "W9002", doi: "10.48550/arxiv.2301.01234", title: "Scaling sparse mixtures of experts for translation", authors: ["Ana Silva", "Bo Chen", "Cy Dorn"], year: 2023, venue: "arXiv (Cornell University)" },
	{ id: "W9003", doi: "10.7777/icml.2023.55", title: "Scaling sparse mixtures of experts for translation", authors: ["Ana Silva", "Bo Chen", "Cy Dorn"], year: 2023, venue: "International Conference on Machine Learning", sourceType: "conference" },
];

let server: FakeOpenAlex | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

/** A client of the fake server paced on a fake clock; `starts`: when it started each request. */
async function setup(opts: Partial<FakeOpenAlexOptions> = {}, client: Partial<OpenAlexClientOptions> = {}) {
	server = await startFakeOpenAlex({ works: [...specs, ...special].map(openAlexWork), ...opts });
	const clock = new FakeClock();
	const { transport, starts } = clock.recordStarts(fetchTransport());
	const c = new OpenAlexClient({ transport, baseUrl: server.url, requestsPerSecond: 50, retryBaseMs: 10, clock, ...client });
	return { server, client: c, starts };
}

const KINDS: FaultKind[] = ["429", "500", "503", "slow", "truncated", "drop"];
const NOW = new Date("2026-11-26T10:00:00.000Z");
const opts = { now: () => NOW, writeRemote: true };

const doiItem = (i: number, previous: CheckLog | null = null): CheckItem => ({
	key: `doi${i}`,
	reference: ref({ title: specs[i].title, authors: specs[i].authors, year: String(specs[i].year), venue: specs[i].venue, doi: specs[i].doi }),
	previous,
});
const titleItem = (i: number): CheckItem => ({ key: `title${i}`, reference: ref({ title: specs[i].title, authors: specs[i].authors, year: String(specs[i].year) }), previous: null });

describe("checkReferences", () => {
	it("skips references OpenAlex does not index without any request", async () => {
		const { server, client } = await setup();
		const web: CheckItem = { key: "web", reference: ref({ title: "Stanford Alpaca GitHub repository", entry_type: "misc", url: "https://github.com/tatsu-lab/stanford_alpaca" }), previous: null };
		const out = await checkReferences([web], client, opts);
		const r = out.get("web") as CheckResult;
		expect(r.status).toBe("skipped");
		expect(r.log?.status).toBe("skipped");
		expect(r.log?.notes?.[0]).toMatch(/not indexed/);
		expect(server.requests).toHaveLength(0);
	});

	it("takes the not-indexed entry types from the caller (the plugin's setting)", async () => {
		const { server, client } = await setup();
		const dataset: CheckItem = { key: "data", reference: ref({ title: "Robust estimation with sparse inference number 0", entry_type: "dataset", authors: ["Lena Abara"], year: 2005 }), previous: null };
		expect((await checkReferences([dataset], client, opts)).get("data")?.status).toBe("skipped");
		expect(server.requests).toHaveLength(0);
		// The user removed "dataset" from the list: now it is looked up.
		const looked = (await checkReferences([dataset], client, { ...opts, notIndexedTypes: ["software"] })).get("data");
		expect(looked?.status).not.toBe("skipped");
		expect(server.requests.length).toBeGreaterThan(0);
	});

	it("confirms, keeps manually_verified from the previous log and reports each result once", async () => {
		const { client } = await setup();
		const previous: CheckLog = { checked_at: "2025-01-01T00:00:00.000Z", checked_with: "auto:openalex", status: "mismatch", manually_verified: { verified_at: "2025-02-01T00:00:00.000Z", verified_by: "me" } };
		const seen: string[] = [];
		const out = await checkReferences([doiItem(1, previous), doiItem(2), doiItem(3)], client, { ...opts, onResult: (k) => void seen.push(k) });
		expect(seen.sort()).toEqual(["doi1", "doi2", "doi3"]);
		const r = out.get("doi1") as CheckResult;
		expect(r.status).toBe("confirmed");
		expect(r.log?.paper_id).toBe("https://openalex.org/W5001");
		expect(r.log?.checked_at).toBe(NOW.toISOString());
		expect(r.log?.remote?.title).toBe(specs[1].title);
		expect(r.log?.manually_verified?.verified_by).toBe("me");
	});

	it("flags a retracted work as a major mismatch", async () => {
		const { client } = await setup();
		const item: CheckItem = { key: "r", reference: ref({ title: "Miraculous results that were later withdrawn", authors: ["Rex Fraud", "Ima Accomplice"], year: "2012", venue: "Journal of Results", doi: "10.7777/retracted" }), previous: null };
		const r = (await checkReferences([item], client, opts)).get("r") as CheckResult;
		expect(r.status).toBe("mismatch");
		expect(r.severity).toBe("major");
		expect(r.log?.retracted).toBe(true);
		expect(r.log?.notes?.join(" ")).toMatch(/retracted/);
	});

	it("flags a DOI of another paper as a major mismatch naming both papers", async () => {
		const { client } = await setup();
		const item: CheckItem = { key: "w", reference: ref({ title: specs[10].title, authors: specs[10].authors, year: String(specs[10].year), doi: specs[500].doi }), previous: null };
		const r = (await checkReferences([item], client, opts)).get("w") as CheckResult;
		expect(r.status).toBe("mismatch");
		expect(r.severity).toBe("major");
		expect(r.message).toMatch(/identifier points to another paper/);
		expect(r.message).toContain(String(specs[500].title).slice(0, 20));
	});

	it("records published_version for a preprint reference and compares a venue reference with it", async () => {
		const { client } = await setup();
		const base = { title: "Scaling sparse mixtures of experts for translation", authors: ["Ana Silva", "Bo Chen", "Cy Dorn"], year: "2023" };
		const pre: CheckItem = { key: "pre", reference: ref({ ...base, venue: "arXiv preprint arXiv:2301.01234", eprint: "2301.01234" }), previous: null };
		const pub: CheckItem = { key: "pub", reference: ref({ ...base, venue: "ICML 2023" }), previous: null };
		const out = await checkReferences([pre, pub], client, opts);
		const p = out.get("pre") as CheckResult;
		expect(p.log?.paper_id).toBe("https://openalex.org/W9002");
		expect(p.log?.published_version).toEqual({ doi: "10.7777/icml.2023.55", venue: "International Conference on Machine Learning", year: 2023 });
		const q = out.get("pub") as CheckResult;
		expect(q.log?.paper_id).toBe("https://openalex.org/W9003");
		expect(q.status).toBe("confirmed");
	});

	it("gives error results without a log when OpenAlex keeps failing", async () => {
		const { client } = await setup({ faults: { rate: 1, kinds: ["500", "503"], retryAfterSeconds: 0 } }, { maxRetries: 2 });
		const out = await checkReferences([doiItem(1), doiItem(2), doiItem(3), titleItem(4)], client, opts);
		for (const r of out.values()) {
			expect(r.status).toBe("error");
			expect(r.log).toBeNull();
			expect(r.message).toMatch(/50[03]/);
		}
		expect(out.size).toBe(4);
	});

	it("checks 1,000 DOI references in ≤ 25 requests without exceeding the configured rate", async () => {
		const { server, client, starts } = await setup({ latencyMs: 5 }, { requestsPerSecond: 8 });
		const items = Array.from({ length: 1000 }, (_, i) => doiItem(i));
		const out = await checkReferences(items, client, opts);
		expect([...out.values()].filter((r) => r.status === "confirmed")).toHaveLength(1000);
		expect(server.requests.length).toBeLessThanOrEqual(25);
		expect(client.stats.requests).toBe(server.requests.length);
		expect(starts).toHaveLength(server.requests.length);
		expect(maxStartsPerWindow(starts, 1000)).toBeLessThanOrEqual(8);
		expect(client.stats.credits).toBe(20);
	});

	it("gives the same verdicts with 20% of responses failing (429/500/503/slow/truncated/dropped)", async () => {
		const items: CheckItem[] = [
			...Array.from({ length: 120 }, (_, i) => doiItem(i)),
			...Array.from({ length: 25 }, (_, i) => titleItem(200 + i)),
			{ key: "unknown", reference: ref({ title: "Robust estimation with sparse ranking of nothing at all", authors: ["No Body"], year: "2020" }), previous: null },
			{ key: "pre", reference: ref({ title: "Scaling sparse mixtures of experts for translation", authors: ["Ana Silva", "Bo Chen", "Cy Dorn"], year: "2023", venue: "ICML", eprint: "2301.01234" }), previous: null },
			{ key: "retracted", reference: ref({ title: "Miraculous results that were later withdrawn", authors: ["Rex Fraud"], year: "2012", doi: "10.7777/retracted" }), previous: null },
			{ key: "wrongdoi", reference: ref({ title: specs[7].title, authors: specs[7].authors, year: String(specs[7].year), doi: specs[900].doi }), previous: null },
		];
		const verdicts = (m: Map<string, CheckResult>) => [...m.entries()].map(([k, r]) => `${k}:${r.status}:${r.severity}:${r.log?.paper_id ?? "-"}`).sort();
		const clean = await setup();
		const expected = verdicts(await checkReferences(items, clean.client, opts));
		expect(expected.filter((v) => v.includes(":error:"))).toEqual([]);
		await server?.close();

		const faulty = await setup(
			// Every kind once in the first 30 requests (one in five), then 20% at random.
			{ faults: { sequence: KINDS.flatMap((k) => [k, null, null, null, null]), rate: 0.2, kinds: KINDS, seed: 42, retryAfterSeconds: 0, slowMs: 2000 } },
			{ timeoutMs: 400, maxRetries: 8 },
		);
		const got = verdicts(await checkReferences(items, faulty.client, opts));
		const faults = faulty.server.requests.filter((r) => r.fault).length;
		expect(faults / faulty.server.requests.length).toBeGreaterThan(0.1);
		expect(new Set(faulty.server.requests.map((r) => r.fault).filter(Boolean))).toEqual(new Set(KINDS));
		expect(got).toEqual(expected);
	});
});
