// The field set (fields-set.ts) through the real pipeline: every note from books, medicine, the
// social sciences and law gets a verdict its field would call right, and its true errors stay caught.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeOpenAlex } from "../support/fake-openalex";
import { runExample, startExampleServer } from "../support/rule-pipeline";
import { FIELD_CASES } from "./fields-set";

describe.each(FIELD_CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
	const example = { local: c.local, remote: c.remote, verdict: c.verdicts[0], note: c.note ?? "" };
	let server: FakeOpenAlex;
	beforeAll(async () => {
		server = await startExampleServer(example);
	});
	afterAll(async () => server.close());

	it(`→ ${c.verdicts.join(" or ")}${c.note ? ` ("${c.note}")` : ""}`, async () => {
		const got = await runExample(example, server);
		expect(c.verdicts, `${got.verdict}: ${got.notes}`).toContain(got.verdict);
		if (c.note) expect(got.notes).toContain(c.note);
	});
});

it("the set has true errors of every field but law, and right notes of every field", () => {
	for (const field of ["books", "medicine", "social sciences"] as const) expect(FIELD_CASES.some((c) => c.field === field && c.wrong)).toBe(true);
	for (const field of ["books", "medicine", "social sciences", "law"] as const) expect(FIELD_CASES.some((c) => c.field === field && !c.wrong)).toBe(true);
	for (const c of FIELD_CASES.filter((x) => x.wrong)) expect(c.verdicts.every((v) => v === "major" || v === "not_found")).toBe(true);
});
