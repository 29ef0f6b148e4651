import { afterEach, describe, expect, it } from "vitest";
import { OpenAlexClient, type OpenAlexClientOptions } from "../../src/openalex/client";
import type { Resolution } from "../../src/openalex/resolution";
import { resolveReferences } from "../../src/openalex/resolver";
import { readReference, isNotAReference, withoutIdentifiers } from "../../src/core/reference";
import type { Reference } from "../../src/core/types";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex, type FakeOpenAlexOptions } from "../support/fake-openalex";
import { FakeClock } from "../support/fake-clock";
import { openAlexWork } from "../support/corpus-works";

function ref(fm: Record<string, unknown>): Reference {
	const r = readReference({ type: "bibtex_entry", ...fm });
	if (isNotAReference(r)) throw new Error(r.reason);
	return r;
}

const SURNAMES = ["Garcia", "Okafor", "Lindqvist", "Nakamura", "Petrov", "Haddad", "Moreau", "Kowalski", "Osei", "Ferreira"];
const WORDS = ["robust", "sparse", "causal", "federated", "adaptive", "bayesian", "neural", "graph", "optimal", "private", "scalable", "fair"];
const NOUNS = ["estimation", "inference", "retrieval", "alignment", "ranking", "auditing", "sampling", "clustering", "forecasting", "attribution"];

function synthetic(i: number) {
	const title = `${WORDS[i % 12]} ${NOUNS[Math.floor(i / 12) % 10]} for ${WORDS[(i * 7 + 3) % 12]} ${NOUNS[(i * 3 + 1) % 10]} study ${i}`;
	return { id: `W${2000 + i}`, doi: `10.5555/syn.${i}`, title, authors: [`Maria ${SURNAMES[i % 10]}`, `John ${SURNAMES[(i + 3) % 10]}`], year: 2010 + (i % 12), venue: "Journal of Synthetic Studies" };
}

const synth = Array.from({ length: 200 }, (_, i) => synthetic(i));

const extra = [
	// A paper held twice: arXiv preprint and published conference version.
	{ id: "W3001", doi: "10.48550/arxiv.2101.00001", title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: 2021, venue: "arXiv (Cornell University)" },
	{ id: "W3002", doi: "10.5555/neurips.2021.1", title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: 2021, venue: "Neural Information Processing Systems", sourceType: "conference" },
	// A near-title decoy by other authors.
	{ id: "W3003", doi: "10.5555/decoy.1", title: "Learning to rank with dense feedback signals", authors: ["Zed Quinn"], year: 2019, venue: "Information Retrieval Journal" },
	{ id: "W3004", doi: "10.5555/retracted.1", title: "A retracted result on widget physics", authors: ["Rex Fraud"], year: 2015, venue: "Journal of Widgets", isRetracted: true },
];

let server: FakeOpenAlex | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

async function setup(opts: Partial<FakeOpenAlexOptions> = {}, client: Partial<OpenAlexClientOptions> = {}) {
	server = await startFakeOpenAlex({ works: [...synth, ...extra].map(openAlexWork), ...opts });
	const c = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, requestsPerSecond: 50, retryBaseMs: 10, clock: new FakeClock(), ...client });
	return { server, client: c };
}

function found(r: Resolution | undefined) {
	if (r?.kind !== "found") throw new Error(`expected found, got ${JSON.stringify(r)}`);
	return r;
}

const synthRef = (i: number, withDoi = true) => {
	const s = synth[i];
	return ref({ title: s.title, authors: s.authors, year: String(s.year), venue: s.venue, ...(withDoi ? { doi: s.doi } : {}) });
};

describe("resolveReferences", () => {
	it("resolves 120 DOI references in 3 batched list calls of ≤ 50", async () => {
		const { server, client } = await setup();
		const items = Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, reference: synthRef(i) }));
		const out = await resolveReferences(items, client);
		for (let i = 0; i < 120; i++) {
			const r = found(out.get(`k${i}`));
			expect(r.work.id).toBe(`https://openalex.org/W${2000 + i}`);
			expect(r.via).toBe("doi");
		}
		expect(server.requests).toHaveLength(3);
		for (const req of server.requests) {
			expect(req.params.filter.split("|").length).toBeLessThanOrEqual(50);
			expect(Number(req.params["per-page"])).toBeGreaterThanOrEqual(req.params.filter.split("|").length);
		}
		expect(client.stats.credits).toBe(3);
	});

	it("retries DOIs a batch silently dropped with the free singleton (merged preprint)", async () => {
		const { server, client } = await setup({ singletonOnlyDois: { "10.48550/arxiv.1999.00007": "W2007" } });
		const items = [0, 1, 2].map((i) => ({ key: `k${i}`, reference: synthRef(i) }));
		items.push({ key: "arx", reference: ref({ title: synth[7].title, authors: synth[7].authors, year: String(synth[7].year), eprint: "1999.00007", archiveprefix: "arXiv" }) });
		const out = await resolveReferences(items, client);
		expect(found(out.get("arx")).work.id).toBe("https://openalex.org/W2007");
		expect(found(out.get("arx")).via).toBe("arxiv");
		const paths = server.requests.map((r) => r.path);
		expect(paths).toContain("/works/doi:10.48550/arxiv.1999.00007");
		expect(paths.filter((p) => p === "/works")).toHaveLength(1);
	});

	it("puts arXiv DOIs in the same batch as DOIs", async () => {
		const { server, client } = await setup();
		const items = [0, 1, 2].map((i) => ({ key: `k${i}`, reference: synthRef(i) }));
		items.push({ key: "arx", reference: ref({ title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: "2021", eprint: "2101.00001" }) });
		const out = await resolveReferences(items, client);
		expect(found(out.get("arx")).via).toBe("arxiv");
		const doiBatches = server.requests.filter((r) => r.params.filter?.startsWith("doi:"));
		expect(doiBatches).toHaveLength(1);
		expect(doiBatches[0].params.filter).toContain("10.48550/arxiv.2101.00001");
		expect(server.requests.filter((r) => r.path.startsWith("/works/doi:"))).toHaveLength(0);
	});

	it("looks up a DOI containing a comma singly, never inside a filter", async () => {
		const comma = { id: "W3100", doi: "10.1002/(sici)1097-0258(19980815/30)17:15/16<1661::aid-sim968>3.0.co;2-2,x", title: "Comma bearing identifiers in statistical medicine", authors: ["Cara Comma"], year: 1998, venue: "Statistics in Medicine" };
		const { server, client } = await setup({ works: [...synth.slice(0, 5), comma].map(openAlexWork) });
		const items = [0, 1, 2, 3].map((i) => ({ key: `k${i}`, reference: synthRef(i) }));
		items.push({ key: "comma", reference: ref({ title: comma.title, authors: comma.authors, year: "1998", doi: comma.doi }) });
		const out = await resolveReferences(items, client);
		expect(found(out.get("comma")).work.id).toBe("https://openalex.org/W3100");
		for (const r of server.requests.filter((q) => q.params.filter)) expect(r.params.filter).not.toContain("sici");
	});

	it("looks a versioned DOI OpenAlex lacks up as the DOI it is a version of: free singletons, no title search", async () => {
		// eLife's reviewed version ".2", figshare's ".v3", bioRxiv's page address "v2" (rules/doi-forms)
		const { server, client } = await setup();
		const items = [
			{ key: "elife", reference: ref({ title: `${synth[40].title}: reviewed preprint`, authors: synth[40].authors, year: String(synth[40].year), doi: `${synth[40].doi}.2` }) },
			{ key: "figshare", reference: ref({ title: synth[41].title, authors: synth[41].authors, year: String(synth[41].year), doi: `${synth[41].doi}.v3` }) },
			{ key: "biorxiv", reference: ref({ title: synth[42].title, authors: synth[42].authors, year: String(synth[42].year), doi: `${synth[42].doi}v2` }) },
		];
		const out = await resolveReferences(items, client);
		for (const [key, i] of [["elife", 40], ["figshare", 41], ["biorxiv", 42]] as const) {
			const r = found(out.get(key));
			expect(r.work.id).toBe(`https://openalex.org/W${2000 + i}`);
			expect(r.via).toBe("doi");
		}
		expect(server.requests.filter((r) => r.params.filter?.includes(".search:") || r.path.startsWith("/autocomplete"))).toEqual([]);
		expect(client.stats.credits).toBeLessThanOrEqual(1);
	});

	it("never takes another paper for a DOI that merely looks versioned: the title decides", async () => {
		// 10.5555/syn.4.7 is not in OpenAlex; 10.5555/syn.4 is another paper
		const { client } = await setup();
		const r = ref({ title: synth[43].title, authors: synth[43].authors, year: String(synth[43].year), doi: "10.5555/syn.4.7" });
		const out = await resolveReferences([{ key: "k", reference: r }], client);
		const got = found(out.get("k"));
		expect(got.work.id).toBe("https://openalex.org/W2043");
		expect(got.via).not.toBe("doi");
	});

	it("checks one note alone with free singletons only", async () => {
		const { server, client } = await setup();
		const out = await resolveReferences([{ key: "one", reference: synthRef(5) }], client);
		expect(found(out.get("one")).work.id).toBe("https://openalex.org/W2005");
		expect(server.requests.map((r) => r.path)).toEqual(["/works/doi:10.5555/syn.5"]);
		expect(client.stats.credits).toBe(0);
	});

	it("uses a previous paper_id: batched filter=openalex for many, a singleton for one", async () => {
		const { server, client } = await setup();
		const withId = (i: number) => ref({ title: synth[i].title, authors: synth[i].authors, year: String(synth[i].year), check_log: { paper_id: `https://openalex.org/W${2000 + i}` } });
		const out = await resolveReferences([10, 11, 12, 13].map((i) => ({ key: `p${i}`, reference: withId(i) })), client);
		expect(found(out.get("p12")).via).toBe("paper_id");
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].params.filter).toMatch(/^openalex:/);
		const single = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, clock: new FakeClock() });
		await resolveReferences([{ key: "p20", reference: withId(20) }], single);
		expect(server.requests.at(-1)?.path).toBe("/works/W2020");
	});

	it("finds references without identifiers via free autocomplete + one batched fetch, no search", async () => {
		const { server, client } = await setup();
		const items = [30, 31, 32, 33, 34].map((i) => ({ key: `t${i}`, reference: synthRef(i, false) }));
		const out = await resolveReferences(items, client);
		for (const i of [30, 31, 32, 33, 34]) {
			const r = found(out.get(`t${i}`));
			expect(r.work.id).toBe(`https://openalex.org/W${2000 + i}`);
			expect(r.via).toBe("autocomplete");
		}
		const lists = server.requests.filter((r) => r.path === "/works");
		expect(lists).toHaveLength(1);
		expect(lists[0].params.filter).toMatch(/^openalex:/);
		expect(server.requests.filter((r) => r.path === "/autocomplete/works")).toHaveLength(5);
		expect(client.stats.credits).toBe(1);
	});

	it("answers not_found for an unknown title, never the near-miss paper", async () => {
		const { server, client } = await setup();
		const unknown = ref({ title: "Learning to rank with noisy feedback signals", authors: ["Someone Else"], year: "2022", venue: "ICML" });
		const out = await resolveReferences([{ key: "u", reference: unknown }], client);
		expect(out.get("u")?.kind).toBe("not_found");
		// the title search was tried (10 credits) and returned candidates that were refused
		expect(server.requests.some((r) => r.params.filter?.startsWith("title.search:"))).toBe(true);
		const search = server.requests.find((r) => r.params.filter?.startsWith("title.search:"));
		expect(search?.params.filter).not.toContain(",");
	});

	it("compares a published-venue reference with the published version of a preprint record", async () => {
		const { client } = await setup();
		const published = ref({ title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: "2021", venue: "NeurIPS 2021", eprint: "2101.00001" });
		const preprint = ref({ title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: "2021", venue: "arXiv preprint arXiv:2101.00001", doi: "10.48550/arxiv.2101.00001" });
		const out = await resolveReferences([{ key: "pub", reference: published }, { key: "pre", reference: preprint }], client);
		const pub = found(out.get("pub"));
		expect(pub.work.id).toBe("https://openalex.org/W3002");
		expect(pub.notes.join(" ")).toContain("W3001");
		const pre = found(out.get("pre"));
		expect(pre.work.id).toBe("https://openalex.org/W3001");
		expect(pre.publishedVersion?.doi).toBe("10.5555/neurips.2021.1");
		expect(pre.publishedVersion?.venue).toBe("Neural Information Processing Systems");
	});

	it("makes a reference an error when its published-version lookup fails, and never drops one", async () => {
		const untitled = { id: "W3200", doi: "10.48550/arxiv.2202.00002", title: null, authors: ["Nia Null"], year: 2022, venue: "arXiv (Cornell University)" };
		const { client } = await setup({ works: [...synth.slice(0, 3), ...extra, untitled].map(openAlexWork), faults: { sequence: [null, "500", "500"], retryAfterSeconds: 0 } }, { maxRetries: 1 });
		const published = ref({ title: "Learning to rank with sparse feedback signals", authors: ["Ana Silva", "Bo Chen"], year: "2021", venue: "NeurIPS 2021", doi: "10.48550/arxiv.2101.00001" });
		const out = await resolveReferences([{ key: "pub", reference: published }], client);
		expect(out.get("pub")?.kind).toBe("error");
		const again = await resolveReferences([{ key: "pub", reference: published }, { key: "untitled", reference: ref({ title: "Some untitled preprint", authors: ["Nia Null"], year: "2022", venue: "ICML", doi: untitled.doi }) }], client);
		expect(found(again.get("pub")).work.id).toBe("https://openalex.org/W3002");
		expect(found(again.get("untitled")).work.id).toBe("https://openalex.org/W3200");
	});

	it("resolves a DOI to the work it names, even another paper (the comparison says so, core/rules/doi-different.ts)", async () => {
		const { client } = await setup();
		const wrong = ref({ title: "A completely different study of ocean currents", authors: ["Maria Garcia"], year: "2010", doi: synth[40].doi });
		const out = await resolveReferences([{ key: "w", reference: wrong }], client);
		expect(found(out.get("w")).via).toBe("doi");
		expect(found(out.get("w")).work.id).toBe(`https://openalex.org/W${2000 + 40}`);
	});

	it("returns errors, not not_found, when OpenAlex keeps failing", async () => {
		const { client } = await setup({ faults: { rate: 1, kinds: ["503"], retryAfterSeconds: 0 } }, { maxRetries: 1 });
		const out = await resolveReferences([{ key: "a", reference: synthRef(1, false) }, { key: "b", reference: synthRef(2) }], client);
		expect(out.get("a")?.kind).toBe("error");
		expect(out.get("b")?.kind).toBe("error");
	});

	it("stops every open reference with the budget error when the budget runs out", async () => {
		const { server, client } = await setup({ budget: 1 });
		const items = [50, 51, 52, 53].map((i) => ({ key: `b${i}`, reference: synthRef(i, false) }));
		items.push(...[60, 61, 62].map((i) => ({ key: `d${i}`, reference: synthRef(i) })));
		const out = await resolveReferences(items, client);
		// The DOI batch costs the only credit; the candidate fetch then hits the empty budget.
		expect(found(out.get("d60")).via).toBe("doi");
		for (const i of [50, 51, 52, 53]) {
			const r = out.get(`b${i}`);
			expect(r?.kind).toBe("error");
			if (r?.kind === "error") expect(r.error.kind).toBe("budget");
		}
		expect(server.requests.filter((r) => r.status === 429)).toHaveLength(1);
	});
});

describe("looking a note up by its title alone (the panel's 'Look up by title')", () => {
	it("sets every identifier aside: DOI, arXiv id, OpenAlex id, PubMed id and a stored paper_id all name another paper, the title finds the note's", async () => {
		const other = synth[5];
		const mine = synth[6];
		const { server, client } = await setup({ works: [...synth.map((s, i) => (i === 5 ? { ...s, pmid: "30999005" } : s)), ...extra].map(openAlexWork) });
		const withIds = ref({
			title: mine.title, authors: mine.authors, year: String(mine.year), venue: mine.venue,
			doi: other.doi, eprint: "2101.00001", openalex: other.id, pmid: "30999005",
			check_log: { paper_id: `https://openalex.org/${other.id}` },
		});
		expect([withIds.doi, withIds.arxivId, withIds.writtenOpenalexId, withIds.pubmedId, withIds.openalexId]).toEqual([other.doi, "2101.00001", other.id, "30999005", `https://openalex.org/${other.id}`]);
		const r = found((await resolveReferences([{ key: "k", reference: withoutIdentifiers(withIds) }], client)).get("k"));
		expect(r.work.id).toBe(`https://openalex.org/${mine.id}`);
		expect(["autocomplete", "search"]).toContain(r.via);
		// no request asks for what the identifiers name: the title's candidates only
		const asked = server.requests.map((q) => `${q.path}?${new URLSearchParams(q.params).toString()}`).join(" ");
		for (const id of [other.id, other.doi, "pmid", "2101.00001"]) expect(asked).not.toContain(id);
	});
});
