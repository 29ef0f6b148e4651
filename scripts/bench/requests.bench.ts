// Requests, wall time and credits: our client (batched, rate-limited) vs the earlier checker's
// pattern (one request per reference, 250 ms apart), both against the fake OpenAlex server with
// 30 ms latency per request, in the same run.
import { OpenAlexClient } from "../../src/openalex/client";
import { checkReferences, type CheckItem } from "../../src/check/step";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { nodeClock } from "../../src/cli/clock";
import { readReference, isNotAReference } from "../../src/core/reference";
import type { Reference } from "../../src/core/types";
import { startFakeOpenAlex, type FakeOpenAlex } from "../../test/support/fake-openalex";
import { openAlexWork, type WorkSpec } from "../../test/support/corpus-works";

const REFS = 1000;
const LATENCY_MS = 30;
const BASELINE_GAP_MS = 250;
/** The baseline is sequential (≈ 280 ms a reference): measured on this many, scaled to REFS. */
const BASELINE_SAMPLE = 100;
const NO_DOI_REFS = 100;
const NO_DOI_UNKNOWN = 10;

const FAMILIES = ["Abara", "Bergstrom", "Castellanos", "Dimitriou", "Eze", "Fujimoto", "Gallagher", "Horvath", "Iyer", "Jansen", "Kaur", "Lindgren", "Mbeki"];
const ADJ = ["robust", "sparse", "causal", "federated", "adaptive", "bayesian", "neural", "graph", "optimal", "private", "scalable", "fair", "online", "deep", "convex"];
const NOUN = ["estimation", "inference", "retrieval", "alignment", "ranking", "auditing", "sampling", "clustering", "forecasting", "attribution", "matching", "pricing"];

function spec(i: number): WorkSpec {
	const title = `${ADJ[i % 15]} ${NOUN[Math.floor(i / 15) % 12]} under ${ADJ[(i * 7 + 4) % 15]} ${NOUN[(i * 5 + 1) % 12]} constraints ${i}`;
	return { id: `W${10_000 + i}`, doi: `10.8888/bench.${i}`, title, authors: [`Noor ${FAMILIES[i % 13]}`, `Ivan ${FAMILIES[(i + 4) % 13]}`], year: 2000 + (i % 25), venue: "Journal of Benchmarks" };
}

function ref(s: WorkSpec, withDoi: boolean): Reference {
	const r = readReference({ type: "bibtex_entry", title: s.title, authors: s.authors, year: String(s.year), venue: s.venue, ...(withDoi ? { doi: s.doi } : {}) });
	if (isNotAReference(r)) throw new Error(r.reason);
	return r;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ours(server: FakeOpenAlex, items: CheckItem[]) {
	const start = server.requests.length;
	const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl: server.url, clock: nodeClock });
	const t0 = performance.now();
	const results = await checkReferences(items, client, { now: () => new Date(), writeRemote: true });
	const ms = performance.now() - t0;
	const log = server.requests.slice(start);
	const statuses = new Map<string, number>();
	for (const r of results.values()) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
	return { ms, requests: log.length, credits: log.reduce((a, r) => a + r.credits, 0), clientCredits: client.stats.credits, statuses, rate: client.requestsPerSecond };
}

/** The earlier checker: one title search per reference, sequential, 250 ms between requests. */
async function baseline(server: FakeOpenAlex, specs: WorkSpec[]) {
	const start = server.requests.length;
	const transport = fetchTransport();
	const t0 = performance.now();
	for (const s of specs) {
		const res = await transport({ url: `${server.url}/works?search=${encodeURIComponent(String(s.title))}&per-page=5`, method: "GET", headers: {} });
		if (res.status !== 200) throw new Error(`baseline request failed: ${res.status}`);
		await sleep(BASELINE_GAP_MS);
	}
	const ms = performance.now() - t0;
	const log = server.requests.slice(start);
	return { ms, requests: log.length, credits: log.reduce((a, r) => a + r.credits, 0) };
}

export default async function requestsBench(): Promise<void> {
	const specs = Array.from({ length: REFS + NO_DOI_REFS }, (_, i) => spec(i));
	const server = await startFakeOpenAlex({ works: specs.map(openAlexWork), latencyMs: LATENCY_MS });
	try {
		const withDoi = specs.slice(0, REFS).map((s, i) => ({ key: `d${i}`, reference: ref(s, true), previous: null }));
		const a = await ours(server, withDoi);
		if ((a.statuses.get("confirmed") ?? 0) !== REFS) throw new Error(`our run confirmed ${a.statuses.get("confirmed") ?? 0} of ${REFS}`);

		const b = await baseline(server, specs.slice(0, BASELINE_SAMPLE));
		const scale = REFS / BASELINE_SAMPLE;
		const baseRequests = b.requests * scale;
		const baseMs = b.ms * scale;

		// References without DOI or arXiv id: free autocomplete + batched candidate fetch, a
		// 10-credit title search only when that finds nothing (here: the unknown titles).
		const noDoi: CheckItem[] = specs.slice(REFS, REFS + NO_DOI_REFS - NO_DOI_UNKNOWN).map((s, i) => ({ key: `t${i}`, reference: ref(s, false), previous: null }));
		for (let i = 0; i < NO_DOI_UNKNOWN; i++) {
			noDoi.push({ key: `u${i}`, reference: ref({ id: "W1", title: `Unindexed monograph on ${ADJ[i]} topics volume ${i}`, authors: ["Una Known"], year: 1999 }, false), previous: null });
		}
		const c = await ours(server, noDoi);

		const requestRatio = baseRequests / a.requests;
		const timeRatio = baseMs / a.ms;
		const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
		console.log(`fake OpenAlex: ${LATENCY_MS} ms latency per request; our client at its default ${a.rate} requests/s (no API key)`);
		console.log(`${REFS} references with DOIs:`);
		console.log(`  ours      ${String(a.requests).padStart(6)} requests  ${fmt(a.ms).padStart(9)}  ${a.credits} credits`);
		console.log(`  baseline  ${String(baseRequests).padStart(6)} requests  ${fmt(baseMs).padStart(9)}  ${b.credits * scale} credits  (measured on ${BASELINE_SAMPLE} references: ${b.requests} requests, ${fmt(b.ms)}; scaled ×${scale})`);
		console.log(`  ratio     ${requestRatio.toFixed(1)}× fewer requests (target ≥ 40×), ${timeRatio.toFixed(1)}× less time (target ≥ 20×)`);
		console.log("credits per 100 references:");
		console.log(`  with DOIs     ours ${((a.credits / REFS) * 100).toFixed(1)}   baseline ${((b.credits / b.requests) * 100).toFixed(0)} (a title search each)`);
		console.log(`  without DOIs  ours ${((c.credits / noDoi.length) * 100).toFixed(1)}   (${NO_DOI_UNKNOWN} of ${noDoi.length} titles unknown to OpenAlex, each costing a 10-credit search; ${c.requests} requests, ${fmt(c.ms)}; ${[...c.statuses].map(([k, v]) => `${k} ${v}`).join(", ")})`);
		if (a.credits !== a.clientCredits || c.credits !== c.clientCredits) throw new Error(`client credit count differs from the server's (${a.clientCredits}/${a.credits}, ${c.clientCredits}/${c.credits})`);
		if (requestRatio < 40) throw new Error(`requests ratio ${requestRatio.toFixed(1)} < 40`);
		if (timeRatio < 20) throw new Error(`time ratio ${timeRatio.toFixed(1)} < 20`);
		const perRef = c.credits / noDoi.length;
		if (perRef >= 3) throw new Error(`no-DOI references cost ${perRef.toFixed(2)} credits each: not well under a 10-credit search`);
		if ((c.statuses.get("confirmed") ?? 0) !== NO_DOI_REFS - NO_DOI_UNKNOWN || (c.statuses.get("not_found") ?? 0) !== NO_DOI_UNKNOWN) {
			throw new Error(`no-DOI verdicts wrong: ${[...c.statuses].map(([k, v]) => `${k} ${v}`).join(", ")}`);
		}
	} finally {
		await server.close();
	}
}
