// The resolve-stage set (resolve-notes.cases.ts) through the real pipeline: every right note is
// found, within its request allowance, and every true error stays caught.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOpenAlex } from "../support/fake-openalex";
import { runExample, startExampleServer } from "../support/rule-pipeline";
import { RESOLVE_CASES } from "./resolve-notes.cases";

describe.each(RESOLVE_CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
	const example = { local: c.local, remote: { candidates: c.remote }, verdict: "confirmed" as const, note: c.note ?? "" };
	let server: FakeOpenAlex;
	beforeAll(async () => {
		server = await startExampleServer(example);
	});
	afterAll(async () => server.close());

	it(`→ ${c.verdicts.join(" or ")} (${c.pattern})`, async () => {
		const got = await runExample(example, server);
		expect(c.verdicts, `${got.verdict}: ${got.notes}`).toContain(got.verdict);
		if (c.note) expect(got.notes).toContain(c.note);
		if (c.maxRequests !== undefined) expect(server.requests.length, server.requests.map((r) => r.url).join("\n")).toBeLessThanOrEqual(c.maxRequests);
		if (c.search === false) expect(server.requests.filter((r) => r.params.filter?.includes(".search:"))).toEqual([]);
	});
});

it("every pattern has a right note and a true error", () => {
	for (const pattern of new Set(RESOLVE_CASES.map((c) => c.pattern))) {
		expect(RESOLVE_CASES.some((c) => c.pattern === pattern && !c.id.startsWith("err-"))).toBe(true);
		expect(RESOLVE_CASES.some((c) => c.pattern === pattern && c.id.startsWith("err-"))).toBe(true);
	}
});
