// The client's per-run cache keeps slimmed work JSON (slimWork): it must convert to exactly the
// RemoteWork the full answer converts to, for recorded real answers and the corpus works.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { slimWork, type WorkJson } from "../../src/openalex/work-json";
import { toRemoteWork } from "../../src/openalex/work";
import { corpusWorks } from "../support/corpus-works";

const FIXTURES = join(process.cwd(), "test", "fixtures", "openalex");

function recordedWorks(): WorkJson[] {
	const out: WorkJson[] = [];
	for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith(".json") && !n.endsWith(".meta.json"))) {
		const json = JSON.parse(readFileSync(join(FIXTURES, f), "utf8")) as Record<string, unknown>;
		const works = Array.isArray(json.results) ? (json.results as WorkJson[]) : [json];
		out.push(...works.filter((w) => typeof w.id === "string" && "authorships" in w));
	}
	return out;
}

describe("slimWork", () => {
	it("keeps everything toRemoteWork reads from recorded OpenAlex answers", () => {
		const works = recordedWorks();
		expect(works.length).toBeGreaterThanOrEqual(5);
		for (const w of works) expect(toRemoteWork(slimWork(w))).toEqual(toRemoteWork(w));
	});

	it("keeps everything toRemoteWork reads from the corpus works", () => {
		const works = corpusWorks();
		expect(works.length).toBeGreaterThan(100);
		for (const w of works) expect(toRemoteWork(slimWork(w))).toEqual(toRemoteWork(w));
	});

	it("drops the nested details a run never reads", () => {
		const big = recordedWorks().reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
		const slim = slimWork(big);
		expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(big).length / 2);
		const authorship = (slim.authorships as Array<Record<string, unknown>>)[0];
		expect(Object.keys(authorship).sort()).toEqual(["author", "raw_author_name"]);
	});
});

describe("toRemoteWork: the names printed on the work", () => {
	const authorship = (profile: string | null, byline: string | null) => ({ author: profile === null ? null : { display_name: profile }, raw_author_name: byline });
	const cases: Array<{ name: string; authorships: unknown[]; authors: string[]; bylines: Array<string | null> | undefined }> = [
		{ name: "bylines that are the profiles' names are not kept", authorships: [authorship("Ana Souza", "Ana Souza"), authorship("Li Wei", " Li Wei ")], authors: ["Ana Souza", "Li Wei"], bylines: undefined },
		{ name: "a byline other than its profile's name is kept at its index", authorships: [authorship("Ana Souza", "Ana Souza"), authorship("Tove Aaltonen", "Tove Lindqvist")], authors: ["Ana Souza", "Tove Aaltonen"], bylines: [null, "Tove Lindqvist"] },
		{ name: "an authorship without a profile is listed by its byline, not twice", authorships: [authorship(null, "M. Ferreira"), authorship("Rui Almeida", "R. Almeida")], authors: ["M. Ferreira", "Rui Almeida"], bylines: [null, "R. Almeida"] },
		{ name: "an authorship naming no one keeps the indexes aligned", authorships: [authorship(null, null), authorship("Rui Almeida", "R. Almeida")], authors: ["Rui Almeida"], bylines: ["R. Almeida"] },
	];
	for (const c of cases) {
		it(c.name, () => {
			const work = toRemoteWork({ id: "https://openalex.org/W1", title: "T", authorships: c.authorships });
			expect(work.authors).toEqual(c.authors);
			expect(work.bylines).toEqual(c.bylines);
			expect(toRemoteWork(slimWork({ id: "https://openalex.org/W1", title: "T", authorships: c.authorships }))).toEqual(work);
		});
	}
});
