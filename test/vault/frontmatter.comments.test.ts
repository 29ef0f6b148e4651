// A rewritten key keeps the comment at the end of its own line (issue 16: "Use remote value"
// dropped `# from the PDF`); comments inside a multi-line value cannot be kept, and
// droppedComments names them so the caller can say so before writing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import { droppedComments, parseFrontmatter, spliceKey } from "../../src/vault/frontmatter";

function written(before: string, key: string, value: unknown): string {
	const r = spliceKey(before, key, value);
	if ("error" in r) throw new Error(r.error);
	return r.text;
}

describe("spliceKey keeps the key line's trailing comment", () => {
	it.each([
		["a quoted year with spaces before the comment", "year: '2023'   # from the PDF", "year", "2020", "year: '2020'   # from the PDF"],
		["a plain scalar", "venue: NeurIPS # short form", "venue", "Neural Information Processing Systems", "venue: Neural Information Processing Systems # short form"],
		["a number", "year: 2023 # n", "year", 2020, "year: 2020 # n"],
		["an empty value", "doi:   # look up", "doi", "10.1/x", "doi: 10.1/x   # look up"],
		["a block list, on the key line", "authors: # from Zotero\n  - A\n  - B", "authors", ["C"], "authors: # from Zotero\n  - C"],
		["a flow list that becomes a block list", "authors: [A, B] # flow", "authors", ["C"], "authors: # flow\n  - C"],
		["a folded title that becomes one line", "title: >- # folded\n  long text\n  more", "title", "Short", "title: Short # folded"],
	])("%s", (_name, entry, key, value, expected) => {
		const before = `---\nx: 1\n${entry}\nz: 2\n---\nBody # not frontmatter\n`;
		const after = written(before, key, value);
		expect(after).toBe(`---\nx: 1\n${expected}\nz: 2\n---\nBody # not frontmatter\n`);
		expect(parse(after.split("---\n")[1])).toEqual({ ...(parse(before.split("---\n")[1]) as object), [key]: value });
	});

	it("does not take a '#' inside a quoted value for a comment", () => {
		expect(written("---\ntitle: 'C # in depth'\n---\n", "title", "C# in Depth")).toBe("---\ntitle: C# in Depth\n---\n");
		expect(written("---\ntitle: 'a # b' # real\n---\n", "title", "c")).toBe("---\ntitle: c # real\n---\n");
	});

	it("keeps the comment whatever the value, and the value always reads back", () => {
		const value = fc.oneof(fc.string({ maxLength: 120 }), fc.integer(), fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }));
		fc.assert(
			fc.property(value, fc.constantFrom(" ", "   ", "\t"), fc.stringMatching(/^[a-z ]{0,20}$/), (v, space, words) => {
				const before = `---\na: 1\nkey: old${space}# ${words}\nb: 2\n---\n`;
				const r = spliceKey(before, "key", v);
				if ("error" in r) return true; // refusing is allowed; writing something else is not
				const fm = parseFrontmatter(r.text);
				if ("error" in fm) return false;
				const firstLine = r.text.split("\n").find((l) => l.startsWith("key:")) ?? "";
				return JSON.stringify(fm.data) === JSON.stringify({ a: 1, key: v, b: 2 }) && firstLine.endsWith(`${space}# ${words}`);
			}),
			{ numRuns: 300, seed: 16 },
		);
	});
});

describe("droppedComments", () => {
	it("names the comments inside a value that a rewrite drops, not the key line's", () => {
		const text = "---\nauthors: # from Zotero\n  - A  # first author\n  # checked 2024\n  - B\ntitle: T # kept\n---\n";
		expect(droppedComments(text, "authors")).toEqual(["# first author", "# checked 2024"]);
		expect(droppedComments(text, "title")).toEqual([]);
		expect(droppedComments(text, "missing")).toEqual([]);
		expect(droppedComments("---\nyear: '2023'   # from the PDF\n---\n", "year")).toEqual([]);
	});
});
