// One citation-key reader and one recognizer for every surface: the reference the checks, the
// status bar and the panel read (readReference) and the cited_in index name a note the same way,
// under the same settings (citation-key field, type value).
import { describe, expect, it } from "vitest";
import { CitedInIndex } from "../../src/core/cited-in/reverse-index";
import { readCitationKey } from "../../src/core/citation-key";
import { isCitableNote, isNotAReference, isReferenceNote, readReference, type ReferenceRecognition } from "../../src/core/reference";

const T = { title: "A title", authors: ["Ann Author"], year: 2020 };

/** frontmatter, the key with the default field, the key with `citationKeyField: "mykey"`. */
const CASES: Array<[string, Record<string, unknown>, string | null, string | null]> = [
	["citation_key", { ...T, citation_key: "a2020" }, "a2020", "a2020"],
	["a leading @ is not part of the key", { ...T, citekey: "@b2020" }, "b2020", "b2020"],
	["camel-case spelling", { ...T, citationKey: "c2020" }, "c2020", "c2020"],
	["`id` in an untyped note is not a key", { ...T, id: "d2020" }, null, null],
	["`id` is the key of a CSL-JSON note", { ...T, type: "article-journal", id: "e2020" }, "e2020", "e2020"],
	["the configured field first", { ...T, mykey: "f2020", citekey: "g2020" }, "g2020", "f2020"],
	["a number", { ...T, citation_key: 2020 }, "2020", "2020"],
	["a missing value falls through", { ...T, citation_key: "null", citekey: "h2020" }, "h2020", "h2020"],
	["a capitalised key, as a template or a Properties column writes it", { ...T, Citekey: "@i2020" }, "i2020", "i2020"],
	["a spreadsheet's column", { ...T, "Citation Key": "j2020" }, "j2020", "j2020"],
	["no key", { ...T }, null, null],
];

function indexOf(notes: Array<[string, Record<string, unknown>]>, rec: ReferenceRecognition): CitedInIndex {
	return CitedInIndex.build(
		notes.map(([path, frontmatter]) => ({ path, frontmatter })),
		{ citedInKey: "cited_in", citationKeyField: rec.citationKeyField ?? "citation_key", typeValue: rec.typeValue, resolveLinkpath: () => null },
	);
}

describe("the citation key", () => {
	for (const rec of [{}, { citationKeyField: "mykey" }] as ReferenceRecognition[]) {
		it(`is read the same by the checks and the cited_in index (${rec.citationKeyField ?? "default field"})`, () => {
			const notes = CASES.map(([name, fm]): [string, Record<string, unknown>] => [`refs/${name}.md`, fm]);
			const index = indexOf(notes, rec);
			for (const [name, fm, byDefault, byMykey] of CASES) {
				const expected = rec.citationKeyField ? byMykey : byDefault;
				const ref = readReference(fm, rec);
				if (isNotAReference(ref)) throw new Error(`${name}: ${ref.reason}`);
				expect(readCitationKey(fm, rec.citationKeyField), name).toBe(expected);
				expect(ref.citationKey, name).toBe(expected);
				expect(index.citationKeyOf(`refs/${name}.md`), name).toBe(expected);
				// Every one of these is a reference note, to every surface.
				expect(isReferenceNote(fm, rec), name).toBe(true);
				expect(index.isReference(`refs/${name}.md`), name).toBe(true);
			}
		});
	}
});

describe("the reference recognizer", () => {
	const notes: Array<[string, Record<string, unknown>]> = [
		["typed.md", { type: "paper", title: "A paper", citation_key: "p2020" }],
		["untyped.md", { title: "A paper", citation_key: "u2020" }],
		["page.md", { type: "news_coverage", title: "News", authors: ["A B"], year: 2020 }],
		["key-only.md", { citekey: "k2020", aliases: ["@k2020"] }],
		["shopping.md", { title: "Shopping list" }],
	];

	it("a type value decides alone, for the checks and for cited_in", () => {
		const rec = { typeValue: "paper" };
		const index = indexOf(notes, rec);
		for (const [path, fm] of notes) {
			expect(index.isReference(path), path).toBe(isReferenceNote(fm, rec));
			expect(isCitableNote(fm, rec), path).toBe(isReferenceNote(fm, rec));
		}
		expect(notes.filter(([p]) => index.isReference(p)).map(([p]) => p)).toEqual(["typed.md"]);
		expect(index.citationKeyOf("untyped.md")).toBeNull();
	});

	it("without one, cited_in also names a note that has only a citation key (citable, not checkable)", () => {
		const index = indexOf(notes, {});
		expect(notes.filter(([p]) => index.isReference(p)).map(([p]) => p)).toEqual(["typed.md", "untyped.md", "key-only.md"]);
		expect(isReferenceNote(notes[3][1])).toBe(false);
		expect(index.citationKeyOf("key-only.md")).toBe("k2020");
		// Every reference note is citable.
		for (const [path, fm] of notes) if (isReferenceNote(fm)) expect(index.isReference(path), path).toBe(true);
	});
});
