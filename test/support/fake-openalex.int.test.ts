// The fake server must behave like the documented API, or the client tests prove nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAlex, type FakeOpenAlex } from "./fake-openalex";
import { corpusEntries, corpusWorks, openAlexWork } from "./corpus-works";

let server: FakeOpenAlex;
beforeAll(async () => {
	server = await startFakeOpenAlex({
		works: [
			openAlexWork({ id: "W1", doi: "10.1/one", title: "Attention is all you need", authors: ["Ashish Vaswani"], year: 2017, venue: "Neural Information Processing Systems", sourceType: "conference" }),
			openAlexWork({ id: "W2", doi: "10.48550/arxiv.1706.03762", title: "Attention is all you need", authors: ["Ashish Vaswani"], year: 2017, venue: "arXiv (Cornell University)" }),
		],
	});
});
afterAll(() => server.close());

const get = async (path: string) => {
	const res = await fetch(`${server.url}${path}`);
	return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text(), headers: res.headers };
};

describe("fake OpenAlex server", () => {
	it("answers 404 as an HTML page", async () => {
		const r = await get("/works/W999");
		expect(r.status).toBe(404);
		expect(r.type).toContain("text/html");
		expect(() => JSON.parse(r.text)).toThrow();
	});

	it("rejects what OpenAlex rejects with a 400 JSON error", async () => {
		for (const path of [
			"/works?filter=doi:10.1/one&bogus=1",
			"/works/W1?select=id,host_venue",
			"/works?filter=title.search:attention, all you need",
			"/works?filter=doi:10.1/one&filter=doi:10.1/two",
			`/works?filter=openalex:${Array.from({ length: 101 }, (_, i) => `W${i + 1}`).join("|")}&per-page=100`,
			"/works?filter=doi:10.1/one&per_page=101",
			"/works?filter=nonsense:1",
		]) {
			const r = await get(path);
			expect(r.status, path).toBe(400);
			expect((JSON.parse(r.text) as { error: string }).error, path).toBeTruthy();
		}
	});

	it("serves singletons, doi: lookups, OR filters, title search and autocomplete with credits", async () => {
		expect(JSON.parse((await get("/works/doi:10.1/ONE?select=id")).text)).toEqual({ id: "https://openalex.org/W1" });
		const list = await get("/works?filter=doi:10.1/one|https://doi.org/10.48550/arxiv.1706.03762|10.9/missing&per_page=5&select=id,doi");
		const body = JSON.parse(list.text) as { meta: { count: number }; results: Array<{ id: string }> };
		expect(body.meta.count).toBe(2);
		expect(list.headers.get("x-ratelimit-credits-used")).toBe("1");
		const search = await get("/works?filter=title.search:attention all you need");
		expect(search.headers.get("x-ratelimit-credits-used")).toBe("10");
		const ac = JSON.parse((await get("/autocomplete/works?q=attention is all")).text) as { results: Array<{ id: string; display_name: string }> };
		expect(ac.results.map((r) => r.id).sort()).toEqual(["https://openalex.org/W1", "https://openalex.org/W2"]);
	});

	it("builds one work per recorded remote of the corpus, preprint servers as repositories", () => {
		const works = corpusWorks();
		const entries = corpusEntries();
		expect(works.length).toBeGreaterThan(100);
		expect(new Set(entries.map((e) => e.workId)).size).toBe(works.length);
		const acemoglu = works.find((w) => w.id === "https://openalex.org/W2783386352");
		expect(acemoglu).toMatchObject({ doi: "https://doi.org/10.3386/w24196", title: "Artificial Intelligence, Automation and Work", publication_year: 2018 });
		expect((acemoglu?.authorships as Array<{ author: { display_name: string } }>).map((a) => a.author.display_name)).toEqual(["Daron Acemoğlu", "Pascual Restrepo"]);
		const arxiv = works.filter((w) => (w.primary_location as { source: { display_name: string } | null }).source?.display_name === "arXiv (Cornell University)");
		expect(arxiv.length).toBeGreaterThan(0);
		for (const w of arxiv) expect((w.primary_location as { source: { type: string } }).source.type).toBe("repository");
	});
});

// The server code (ourresearch/openalex-elastic-api core/search.py, autocomplete/shared.py): a
// title search requires every analyzed word; autocomplete is a phrase prefix sorted by citations.
describe("fake OpenAlex title matching follows the server code", () => {
	let titles: FakeOpenAlex;
	const work = (id: string, title: string, cited?: number) => ({ ...openAlexWork({ id, title, authors: ["Kai Sorlie"], year: 2020 }), ...(cited === undefined ? { cited_by_count: undefined } : { cited_by_count: cited }) });
	beforeAll(async () => {
		titles = await startFakeOpenAlex({
			works: [
				work("W10", "Contrastive pretraining of tide gauge encoders", 5),
				work("W11", "Tide gauge studies of the northern Kattegat", 3),
				work("W12", "Tide gauge records: a survey", 40),
				work("W13", "Tides & currents of the Skagerrak"),
				work("W14", "Stabilität von Pegelnetzen", 1),
				...Array.from({ length: 12 }, (_, i) => work(`W${20 + i}`, `Tide gauge networks ${i}`, i)),
			],
		});
	});
	afterAll(() => titles.close());
	const ids = async (path: string) => {
		const body = JSON.parse(await fetch(`${titles.url}${path}`).then((r) => r.text())) as { results: Array<{ id: string }> };
		return body.results.map((r) => r.id.replace("https://openalex.org/", ""));
	};
	const search = (q: string) => ids(`/works?filter=title.search:${encodeURIComponent(q)}&per-page=50`);
	const complete = (q: string) => ids(`/autocomplete/works?q=${encodeURIComponent(q)}`);

	it("title search: every word of the query, stemmed plurals, no other leniency", async () => {
		expect(await search("contrastive pretraining tide gauge encoders")).toEqual(["W10"]);
		expect(await search("contrastive pretraining of tide gauge encoder")).toEqual(["W10"]); // plural stemmed
		expect(await search("contrastive pre-training of tide gauge encoders")).toEqual([]); // "pre" "training" are two words
		expect(await search("contrastive pretraining of tidal gauge encoders")).toEqual([]); // one word off
		expect(await search("tide gauge study northern kattegat")).toEqual(["W11"]); // studies/study → studi
		expect(await search("tides & currents of the skagerrak")).toEqual(["W13"]);
		expect(await search("tide gauge studies northern baltic")).toEqual([]); // one word off
		expect(await search("stabilitat von pegelnetzen")).toEqual([]); // no diacritics folding (the stricter reading)
		expect(await search("stabilität von pegelnetzen")).toEqual(["W14"]);
	});

	it("title search: a boolean OR of word groups finds a title holding every word of one group", async () => {
		expect(await search("(stabilitat von pegelnetzen) OR (von pegelnetzen)")).toEqual(["W14"]);
		expect(await search("(stabilitat von) OR (stabilitat pegelnetzen)")).toEqual([]);
		expect(await search("(contrastive pretraining tide) OR (stabilitat von pegelnetzen)")).toEqual(["W10"]);
		// lower-case "or" is a stop word, not an operator
		expect(await search("stabilität or pegelnetzen")).toEqual(["W14"]);
	});

	// docs (authors/limitations): "the authorships list within each work will be cut off at 100
	// authorships objects … is_authors_truncated … set to true"; "the individual record … is never truncated"
	it("a list answer cuts a work's authorships at 100 and says so; the singleton keeps them all", async () => {
		const big = await startFakeOpenAlex({ works: [openAlexWork({ id: "W90", doi: "10.5555/big", title: "A census of many authors", authors: Array.from({ length: 150 }, (_, i) => `Person ${i}`), year: 2020 })] });
		try {
			const list = JSON.parse(await fetch(`${big.url}/works?filter=doi:10.5555/big&select=id,authorships,is_authors_truncated`).then((r) => r.text())) as { results: Array<{ authorships: unknown[]; is_authors_truncated?: boolean }> };
			expect(list.results[0].authorships).toHaveLength(100);
			expect(list.results[0].is_authors_truncated).toBe(true);
			const one = JSON.parse(await fetch(`${big.url}/works/doi:10.5555/big`).then((r) => r.text())) as { authorships: unknown[]; is_authors_truncated?: boolean };
			expect(one.authorships).toHaveLength(150);
			expect(one.is_authors_truncated).toBeUndefined();
		} finally {
			await big.close();
		}
	});

	// REFERENCE: "`|` ORs values within one filter", title search text must lose "a leading `!`" (it negates)
	it("title search: '|' ORs whole searches, a leading '!' negates one", async () => {
		expect((await search("stabilität von pegelnetzen|tides currents skagerrak")).sort()).toEqual(["W13", "W14"]);
		const negated = await search("!tide");
		expect(negated).toContain("W14");
		expect(negated).not.toContain("W10");
	});

	// docs (search-entities): "we remove stop words … words like 'the' and 'an' are transparently removed"
	it("title search drops stop words from query and titles; a query of stop words alone finds nothing", async () => {
		expect(await search("tides and currents of the skagerrak")).toEqual(["W13"]); // "&" is no word, and "and" is not needed
		expect(await search("the tides currents skagerrak")).toEqual(["W13"]);
		expect(await search("tide gauge studies in an northern kattegat")).toEqual(["W11"]);
		expect(await search("of the")).toEqual([]);
		expect(await search("to be or not to be")).toEqual([]);
		expect(await complete("tides & currents of the")).toEqual(["W13"]); // autocomplete keeps them: a prefix of the title as written
	});

	it("title search ranks the exact phrase and citations first", async () => {
		const found = await search("tide gauge");
		expect(found[0]).toBe("W12"); // most cited among the phrase hits
		expect(found).toContain("W11");
		expect(found).not.toContain("W13");
	});

	it("autocomplete: the title's start as a phrase, the last word a prefix, most cited first, 10 at most", async () => {
		expect(await complete("contrastive pretrain")).toEqual(["W10"]);
		expect(await complete("pretraining of tide")).toEqual([]); // not the title's start
		expect(await complete("contrastive pre-training")).toEqual([]);
		const many = await complete("tide gauge");
		expect(many).toHaveLength(10);
		expect(many.slice(0, 3)).toEqual(["W12", "W31", "W30"]); // by cited_by_count: 40, 11, 10
		const body = JSON.parse(await fetch(`${titles.url}/autocomplete/works?q=tide%20gauge`).then((r) => r.text())) as { meta: { count: number } };
		expect(body.meta.count).toBe(14);
	});
});
