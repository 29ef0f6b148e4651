// The client never leaks the API key into messages, never follows a redirect off the API's
// origin, keeps its query across a merged-work redirect, keeps a DOI's dot segments in the DOI, and
// keeps a title query within the URL budget.
import { describe, expect, it } from "vitest";
import { leadingWordsWithin, MAX_QUERY_BYTES, OpenAlexClient } from "../../src/openalex/client";
import { encodeQueryValue } from "../../src/openalex/url";
import { OpenAlexError } from "../../src/openalex/errors";
import type { Transport, TransportRequest, TransportResponse } from "../../src/openalex/transport";
import { FakeClock } from "../support/fake-clock";
import { wordsButSome } from "../../src/core/rules/title-search-words";

const KEY = "sekret-key-123";
const BASE = "https://api.openalex.example";

function client(answer: (req: TransportRequest) => TransportResponse | Promise<TransportResponse>) {
	const seen: string[] = [];
	const transport: Transport = async (req) => {
		seen.push(req.url);
		return answer(req);
	};
	const c = new OpenAlexClient({ transport, baseUrl: BASE, apiKey: KEY, maxRetries: 1, retryBaseMs: 1, clock: new FakeClock(), requestsPerSecond: 1000 });
	return { c, seen };
}

async function failure(p: Promise<unknown>): Promise<OpenAlexError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof OpenAlexError) return e;
		throw e;
	}
	throw new Error("expected a failure");
}

const work = JSON.stringify({ id: "https://openalex.org/W2", title: "T", authorships: [] });

function redirect(location: string): TransportResponse {
	return { status: 301, headers: { Location: location }, text: "" };
}

function ok(): TransportResponse {
	return { status: 200, headers: {}, text: work };
}

describe("OpenAlexClient safety", () => {
	it("does not put the key into a network error that quotes the request URL", async () => {
		const { c } = client((req) => {
			throw new Error(`getaddrinfo failed for ${req.url}`);
		});
		const e = await failure(c.getWork("W1"));
		expect(e.kind).toBe("network");
		expect(e.message).not.toContain(KEY);
		expect(e.message).toContain("api_key=***");
	});

	it("does not echo the key from an error body", async () => {
		const { c } = client(() => ({ status: 401, headers: {}, text: JSON.stringify({ error: "Invalid API key", message: `API key ${KEY} not found` }) }));
		const e = await failure(c.getWork("W1"));
		expect(e.kind).toBe("auth");
		expect(e.message).not.toContain(KEY);
	});

	it("refuses a redirect to another origin (no downgrade, no other host)", async () => {
		for (const location of ["http://api.openalex.example/works/W2", "https://evil.example/works/W2"]) {
			const { c, seen } = client((req) => (req.url.includes("/W1") ? redirect(location) : ok()));
			const e = await failure(c.getWork("W1"));
			expect(e.message).toMatch(/redirected to another host/);
			expect(seen).toHaveLength(1);
		}
	});

	it("follows a merged-work redirect on the same origin, keeping select and the key", async () => {
		const { c, seen } = client((req) => (req.url.includes("/W1?") ? redirect("/works/W2") : ok()));
		const w = await c.getWork("W1");
		expect(w?.id).toBe("https://openalex.org/W2");
		const next = new URL(seen[1]);
		expect(next.pathname).toBe("/works/W2");
		expect(next.searchParams.get("api_key")).toBe(KEY);
		expect(next.searchParams.get("select")).toContain("authorships");
	});

	it("never lets '..' in a DOI walk up to another API path", async () => {
		const { c, seen } = client(ok);
		expect(await c.getWorkByDoi("10.1234/../../autocomplete/works")).toBeNull();
		expect(seen).toEqual([]);
		await c.getWorkByDoi("10.1234/a..b");
		expect(new URL(seen[0]).pathname).toBe("/works/doi:10.1234/a..b");
	});
});

describe("title queries within the URL budget", () => {
	it("keeps the leading words whose encoding fits, whole words only", () => {
		expect(leadingWordsWithin("tide gauge records", 100)).toBe("tide gauge records");
		expect(leadingWordsWithin("αβγ δεζ ηθι", 40)).toBe("αβγ δεζ"); // 18 bytes a word, 3 between
		expect(leadingWordsWithin("ααααα", 13)).toBe("αα"); // one word past the budget: whole characters
	});

	it("sends the last title search's groups of a long title (each of the first words left out, then two) under OpenAlex's ~4,000-byte URLs, the first groups first", async () => {
		const words = Array.from({ length: 30 }, (_, i) => `Longword${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
		const groups = wordsButSome(words.join(" "))!;
		const { c, seen } = client(() => ({ status: 200, headers: {}, text: JSON.stringify({ meta: { count: 0 }, results: [] }) }));
		await c.searchTitleAnyOf(groups, 5, undefined, [2019, 2020]);
		expect(seen).toHaveLength(1);
		expect(seen[0].length).toBeLessThan(4000);
		// the groups that leave out one word all went (the first word's group first)
		const query = decodeURIComponent(new URL(seen[0]).searchParams.get("filter") ?? "");
		expect(query.startsWith(`title.search:(${groups[0].join(" ").toLowerCase()}) OR (${groups[1].join(" ").toLowerCase()})`)).toBe(true);
	});

	it("is linear on 20,000-character inputs", () => {
		for (const piece of ["α ", "α", "a ", "  ", "%"]) {
			const long = piece.repeat(Math.ceil(20_000 / piece.length));
			expect(encodeQueryValue(leadingWordsWithin(long, MAX_QUERY_BYTES)).length).toBeLessThanOrEqual(MAX_QUERY_BYTES);
		}
	});
});
