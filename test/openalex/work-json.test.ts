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
