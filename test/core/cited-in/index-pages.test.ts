// "Update cited_in" on the example vault (issue 16): its README links to most reference notes and
// must not flood the additions; a page that links to a selection of references still cites them;
// [@key]s with no reference note are listed; each addition says how the page cites.
import { describe, expect, it } from "vitest";
import { join } from "path";
import { MetadataCache, Vault } from "../../fake-obsidian/vault";
import { corpusFiles, indexOf } from "../../support/cited-in";
import { indexPages, INDEX_MIN_LINKED, planCitedInUpdate, unknownCitations } from "../../../src/core/cited-in/update-plan";

const EXAMPLE_VAULT = join(__dirname, "..", "..", "..", "example-vault");

function vaultOf(files: Array<{ path: string; text: string }>): { vault: Vault; cache: MetadataCache } {
	const vault = new Vault();
	const cache = new MetadataCache(vault);
	for (const f of files) vault.seed(f.path, f.text);
	return { vault, cache };
}

describe("the example vault", () => {
	const files = corpusFiles(EXAMPLE_VAULT).filter((f) => f.path.endsWith(".md") && !f.path.startsWith(".obsidian/"));
	const { vault, cache } = vaultOf(files);
	const index = indexOf(vault, cache);
	const references = files.filter((f) => f.path.startsWith("references/")).length;

	it("finds the README to be an index page: its links reach most reference notes", () => {
		const found = indexPages(index);
		expect(found.map((p) => p.path)).toEqual(["README.md"]);
		expect(found[0].references).toBe(references);
		expect(found[0].linked).toBeGreaterThan(references / 2);
	});

	it("proposes no README additions once its links are not counted, and says how the pages cite", () => {
		const flooded = planCitedInUpdate(index, { style: "note" });
		// Without the rule: the README floods the plan (the issue counted 30 of 33 additions).
		expect(flooded.flatMap((p) => p.additions.map((a) => a.value)).filter((v) => v === "README").length).toBeGreaterThan(20);
		const plan = planCitedInUpdate(index, { style: "note", linksIgnoredFrom: new Set(indexPages(index).map((p) => p.path)) });
		expect(plan.flatMap((p) => p.additions.map((a) => a.value))).not.toContain("README");
		for (const a of plan.flatMap((p) => p.additions)) for (const page of a.pages) expect(["citation", "link"]).toContain(a.via[page]);
	});

	it("lists [@key]s that no reference note carries", () => {
		const { vault: v2, cache: c2 } = vaultOf([...files, { path: "pages/Draft.md", text: "As shown [@nobody2020; @kittur2013crowdwork] and @ghost1999.\n" }]);
		expect(unknownCitations(indexOf(v2, c2))).toEqual([
			{ key: "ghost1999", pages: ["pages/Draft.md"] },
			{ key: "nobody2020", pages: ["pages/Draft.md"] },
		]);
		expect(unknownCitations(index)).toEqual([]);
	});
});

describe("index pages", () => {
	const ref = (i: number) => ({ path: `refs/r${i}.md`, text: `---\ncitation_key: r${i}\ntitle: Paper ${i}\n---\n` });
	const refs = Array.from({ length: 30 }, (_, i) => ref(i));

	it("need at least INDEX_MIN_LINKED linked reference notes and half of the library; their [@key]s still count", () => {
		const links = (n: number) => Array.from({ length: n }, (_, i) => `[[r${i}]]`).join(" ");
		const { vault, cache } = vaultOf([
			...refs,
			{ path: "Reading list.md", text: `${links(16)} and [@r20]\n` },
			{ path: "Essay.md", text: `${links(INDEX_MIN_LINKED)}\n` },
		]);
		const index = indexOf(vault, cache);
		expect(indexPages(index).map((p) => [p.path, p.linked])).toEqual([["Reading list.md", 16]]);
		const plan = planCitedInUpdate(index, { style: "note", linksIgnoredFrom: new Set(["Reading list.md"]) });
		const valuesOf = (key: string) => plan.find((p) => p.citationKey === key)?.additions.map((a) => a.value) ?? [];
		// r0 is linked from both: only the essay (a selection of ten) counts.
		expect(valuesOf("r0")).toEqual(["Essay"]);
		expect(valuesOf("r12")).toEqual([]);
		// r20 is cited with [@r20] on the index page: that counts.
		expect(plan.find((p) => p.citationKey === "r20")?.additions).toEqual([{ value: "Reading list", pages: ["Reading list.md"], via: { "Reading list.md": "citation" } }]);
	});

	it("a small vault's page linking most of its few references is not an index", () => {
		const { vault, cache } = vaultOf([...refs.slice(0, 4), { path: "Notes.md", text: "[[r0]] [[r1]] [[r2]]\n" }]);
		expect(indexPages(indexOf(vault, cache))).toEqual([]);
	});
});
