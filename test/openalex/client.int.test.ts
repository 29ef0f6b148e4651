import { afterEach, describe, expect, it } from "vitest";
import { OpenAlexClient, type OpenAlexClientOptions } from "../../src/openalex/client";
import { OpenAlexError } from "../../src/openalex/errors";
import type { Transport, TransportResponse } from "../../src/openalex/transport";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex, type FakeOpenAlexOptions } from "../support/fake-openalex";
import { FakeClock, maxStartsPerWindow } from "../support/fake-clock";
import { openAlexWork } from "../support/corpus-works";

const works = Array.from({ length: 120 }, (_, i) =>
	openAlexWork({ id: `W${1000 + i}`, doi: `10.1234/test.${i}`, title: `Synthetic paper number ${i} about topic ${i % 7}`, authors: [`Ada Lovelace${i}`, "Alan Turing"], year: 2000 + (i % 20), venue: "Journal of Tests" }),
);

let server: FakeOpenAlex | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

/** A client of the fake server paced on a fake clock; `starts`: when it started each request. */
async function setup(opts: Partial<FakeOpenAlexOptions> = {}, client: Partial<OpenAlexClientOptions> = {}) {
	server = await startFakeOpenAlex({ works, ...opts });
	const clock = new FakeClock();
	const { transport, starts } = clock.recordStarts(fetchTransport());
	const c = new OpenAlexClient({ transport, baseUrl: server.url, requestsPerSecond: 50, retryBaseMs: 20, clock, ...client });
	return { server, client: c, clock, starts };
}

describe("OpenAlexClient against the fake server", () => {
	it("fetches a singleton with select, api_key and mailto, for free", async () => {
		const { server, client } = await setup({}, { apiKey: "k123", mailto: "me@example.org" });
		const w = await client.getWork("https://openalex.org/W1005");
		expect(w?.title).toBe("Synthetic paper number 5 about topic 5");
		const r = server.requests[0];
		expect(r.path).toBe("/works/W1005");
		expect(r.params.api_key).toBe("k123");
		expect(r.params.mailto).toBe("me@example.org");
		expect(r.params.select.split(",")).toEqual(expect.arrayContaining(["id", "doi", "title", "authorships", "locations", "is_retracted"]));
		expect(r.params.select).not.toContain("host_venue");
		expect(client.stats).toMatchObject({ requests: 1, credits: 0 });
		expect(client.stats.remainingCredits).toBe(100_000);
	});

	it("answers null for a 404 (an HTML page) instead of failing to parse it", async () => {
		const { client } = await setup();
		await expect(client.getWork("W999999")).resolves.toBeNull();
		await expect(client.getWorkByDoi("10.9999/nothing")).resolves.toBeNull();
		expect(client.stats.requests).toBe(2);
	});

	it("looks DOIs up with the free doi: form and caches them", async () => {
		const { server, client } = await setup();
		const w = await client.getWorkByDoi("10.1234/test.7");
		expect(w?.id).toBe("https://openalex.org/W1007");
		expect(server.requests[0].path).toBe("/works/doi:10.1234/test.7");
		await client.getWorkByDoi("10.1234/test.7");
		await client.getWork("W1007");
		expect(client.stats.requests).toBe(1);
		expect(client.stats.credits).toBe(0);
	});

	it("batches 50 DOIs in one list call (1 credit) with per-page ≥ 50, results unordered", async () => {
		const { server, client } = await setup();
		const dois = Array.from({ length: 50 }, (_, i) => `10.1234/test.${i}`);
		const res = await client.listWorks("doi", dois);
		expect(res).toHaveLength(50);
		expect(server.requests).toHaveLength(1);
		expect(Number(server.requests[0].params["per-page"])).toBeGreaterThanOrEqual(50);
		expect(server.requests[0].params.filter.split("|")).toHaveLength(50);
		expect(client.stats.credits).toBe(1);
		// Every batched work is now cached by DOI and by id: no further request.
		expect(client.cachedByDoi("10.1234/test.49")?.id).toBe("https://openalex.org/W1049");
		await client.getWork("W1010");
		expect(client.stats.requests).toBe(1);
	});

	it("counts 10 credits for a title search and 0 for autocomplete", async () => {
		const { client } = await setup();
		const found = await client.searchTitle("Synthetic paper number 12, about topic", 5);
		expect(found.length).toBeGreaterThan(0);
		const hits = await client.autocomplete("Synthetic paper number 12");
		expect(hits[0].id).toMatch(/^https:\/\/openalex\.org\/W/);
		expect(client.stats.credits).toBe(10);
	});

	it.each([
		// upper-case NOT would exclude the title's own words; "?" and "*" would be wildcards the stemmed field refuses
		["WHY NOT SHELF SEAS? A STUDY OF OXYGEN", "Why not shelf seas? A study of oxygen"],
		["A* Search on \"Sparse\" Shelf Graphs", "A* search on \u201csparse\u201d shelf graphs"],
		["Oxygen OR Nitrogen: Which Limits Shelf~Growth?", "Oxygen or nitrogen: which limits shelf growth?"],
	])("searches the title %j as plain words, never as query syntax", async (note, record) => {
		const { server, client } = await setup({ works: [openAlexWork({ id: "W9001", doi: null, title: record, authors: ["Ada Lovelace"], year: 2020, venue: "Journal of Tests" })] });
		const found = await client.searchTitle(note, 5);
		expect(found.map((w) => w.id)).toEqual(["https://openalex.org/W9001"]);
		const filter = server.requests[0].params.filter ?? "";
		expect(filter).not.toMatch(/ (AND|OR|NOT) |["*?~\u201c\u201d]/);
	});

	it("follows a 301 for a merged work", async () => {
		const { client } = await setup({ merged: { W555: "W1003" } });
		const w = await client.getWork("W555");
		expect(w?.id).toBe("https://openalex.org/W1003");
	});

	it("retries a 429 after its Retry-After (measured on the client's clock) and pauses other requests", async () => {
		const { server, client, starts } = await setup({ faults: { sequence: ["429"], retryAfterSeconds: 1 } }, { retryBaseMs: 10 });
		const w = await client.getWork("W1001");
		expect(w).not.toBeNull();
		expect(server.requests.map((r) => r.status)).toEqual([429, 200]);
		expect(starts).toHaveLength(2);
		expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(1000);
		expect(client.stats.retries).toBe(1);
	});

	it("retries 500, 503, truncated JSON, dropped connections and timeouts", async () => {
		const { server, client } = await setup(
			// The timeout is real time (it guards against a transport that hangs): 1 s, well above a
			// loaded machine's answer time, well below the slow answer's.
			{ faults: { sequence: ["500", "503", "truncated", "drop", "slow"], retryAfterSeconds: 0, slowMs: 60_000 } },
			{ timeoutMs: 1000, retryBaseMs: 10, maxRetries: 6 },
		);
		const w = await client.getWork("W1002");
		expect(w?.id).toBe("https://openalex.org/W1002");
		expect(server.requests.map((r) => r.fault)).toEqual(["500", "503", "truncated", "drop", "slow", null]);
		expect(client.stats.retries).toBe(5);
	});

	it("gives up after maxRetries with a typed error", async () => {
		const { client } = await setup({ faults: { sequence: ["500", "500", "500"], retryAfterSeconds: 0 } }, { maxRetries: 2 });
		const err = await client.getWork("W1002").catch((e: unknown) => e);
		expect(err).toBeInstanceOf(OpenAlexError);
		expect((err as OpenAlexError).kind).toBe("server");
		expect((err as OpenAlexError).fatal).toBe(false);
	});

	it("stops on an exhausted budget with the reset time and sends nothing more", async () => {
		const { server, client, clock } = await setup({ budget: 1, resetSeconds: 7200 });
		await client.listWorks("doi", ["10.1234/test.1", "10.1234/test.2"]);
		const t0 = clock.now();
		const err = (await client.listWorks("doi", ["10.1234/test.3", "10.1234/test.4"]).catch((e: unknown) => e)) as OpenAlexError;
		expect(err.kind).toBe("budget");
		expect(err.fatal).toBe(true);
		expect(err.resetAt!.getTime()).toBeGreaterThanOrEqual(t0 + 7_200_000);
		expect(err.resetAt!.getTime()).toBeLessThanOrEqual(clock.now() + 7_200_000);
		expect(err.message).toContain(err.resetAt!.toISOString());
		const sent = server.requests.length;
		await expect(client.getWork("W1009")).rejects.toMatchObject({ kind: "budget" });
		expect(server.requests.length).toBe(sent);
	});

	it("reports a 400 without retrying", async () => {
		const { server, client } = await setup();
		const err = (await client.listWorks("openalex", Array.from({ length: 101 }, (_, i) => `W${i + 1}`)).catch((e: unknown) => e)) as OpenAlexError;
		expect(err.kind).toBe("bad_request");
		expect(server.requests).toHaveLength(0);
	});

	it("keeps every 1-second window at or under the configured rate (measured on the client's clock)", async () => {
		const { server, client, starts } = await setup({ latencyMs: 5 }, { requestsPerSecond: 10, maxInFlight: 4 });
		await Promise.all(Array.from({ length: 35 }, (_, i) => client.getWork(`W${1000 + i}`)));
		expect(server.requests).toHaveLength(35);
		expect(starts).toHaveLength(35);
		expect(maxStartsPerWindow(starts, 1000)).toBeLessThanOrEqual(10);
		// Paced, not bunched: 35 starts at 10 a second span more than three seconds.
		expect(starts[34] - starts[0]).toBeGreaterThanOrEqual(3000);
	});
});

describe("OpenAlexClient with a scripted transport and a fake clock", () => {
	function scripted(responses: Array<Partial<TransportResponse> | Error>) {
		const calls: string[] = [];
		const transport: Transport = async (req) => {
			calls.push(req.url);
			const r = responses.shift();
			if (!r) throw new Error("no more responses");
			if (r instanceof Error) throw r;
			return { status: 200, headers: {}, text: "{}", ...r };
		};
		let now = 1_700_000_000_000;
		const sleeps: number[] = [];
		const client = new OpenAlexClient({
			transport,
			baseUrl: "https://api.example",
			requestsPerSecond: 1000,
			clock: {
				now: () => now,
				sleep: async (ms) => {
					sleeps.push(ms);
					now += ms;
				},
				// Scripted answers never hang: no watchdog needed.
				watchdog: () => () => undefined,
			},
			random: () => 0.5,
			retryBaseMs: 500,
		});
		return { client, calls, sleeps, clock: () => now };
	}

	it("honours Retry-After above the backoff and backs off exponentially otherwise", async () => {
		const { client, sleeps } = scripted([
			{ status: 429, headers: { "Retry-After": "3" }, text: "<html>slow down</html>" },
			{ status: 500, text: "oops" },
			{ status: 502, text: "" },
			{ status: 200, text: JSON.stringify({ id: "https://openalex.org/W1", title: "x" }) },
		]);
		const w = await client.getWork("W1");
		expect(w?.id).toBe("https://openalex.org/W1");
		const retrySleeps = sleeps.filter((s) => s >= 100);
		expect(retrySleeps[0]).toBeGreaterThanOrEqual(3000);
		// 500 * 2^1 * 0.75 and 500 * 2^2 * 0.75 with the fixed jitter
		expect(retrySleeps.slice(1)).toEqual([750, 1500]);
	});

	it("names the reset time of an exhausted budget from X-RateLimit-Reset", async () => {
		const { client, clock } = scripted([
			{ status: 429, headers: { "X-RateLimit-Remaining": "0", "X-RateLimit-Credits-Required": "1", "X-RateLimit-Reset": "3600" }, text: "{}" },
		]);
		const err = (await client.listWorks("doi", ["10.1/a"]).catch((e: unknown) => e)) as OpenAlexError;
		expect(err.kind).toBe("budget");
		expect(err.resetAt?.getTime()).toBe(clock() + 3_600_000);
		expect(err.message).toContain(new Date(clock() + 3_600_000).toISOString());
	});

	it("treats a rejected API key as fatal and never puts the key in messages", async () => {
		const { client, calls } = scripted([{ status: 401, text: JSON.stringify({ error: "Invalid or missing API key", message: "API key not found" }) }]);
		const keyed = new OpenAlexClient({ transport: async (r) => { calls.push(r.url); return { status: 401, headers: {}, text: "{\"message\":\"API key not found\"}" }; }, apiKey: "secret-key", baseUrl: "https://api.example", clock: new FakeClock() });
		const err = (await keyed.getWork("W1").catch((e: unknown) => e)) as OpenAlexError;
		expect(err.kind).toBe("auth");
		expect(err.message).not.toContain("secret-key");
		expect(calls.at(-1)).toContain("api_key=secret-key");
		await expect(client.getWork("W1")).rejects.toMatchObject({ kind: "auth" });
	});

	it("turns a thrown transport error into a retried network error", async () => {
		const { client } = scripted([new Error("socket hang up"), { status: 200, text: JSON.stringify({ id: "https://openalex.org/W2", title: "A title" }) }]);
		await expect(client.getWork("W2")).resolves.toMatchObject({ id: "https://openalex.org/W2" });
		expect(client.stats.retries).toBe(1);
	});

	it("cancels waiting requests when the signal aborts", async () => {
		const transport: Transport = () => new Promise(() => undefined);
		const client = new OpenAlexClient({ transport, baseUrl: "https://api.example", timeoutMs: 60_000, clock: new FakeClock() });
		const ac = new AbortController();
		const p = client.getWork("W3", ac.signal);
		ac.abort();
		await expect(p).rejects.toMatchObject({ kind: "aborted" });
	});
});
