// The generic helpers of src/lib/: each as a table of inputs and what they give.
import { describe, expect, it } from "vitest";
import { asRecord, isRecord, nonEmptyString, scalarText } from "../../src/lib/guards";
import { openAlexWorkId, openAlexWorkUrl, stripDoiResolver } from "../../src/lib/ids";
import { ancestorFolders, baseName, extension, fileName, inFolder, parentFolder, withoutMd } from "../../src/lib/paths";

describe("guards", () => {
	it.each([
		[{}, true],
		[{ a: 1 }, true],
		[Object.create(null), true],
		[null, false],
		[undefined, false],
		[[], false],
		["a", false],
		[1, false],
	])("isRecord(%j) → %s", (v, expected) => {
		expect(isRecord(v)).toBe(expected);
		expect(asRecord(v)).toBe(expected ? v : null);
	});

	it.each([
		["a", "a"],
		[" a ", " a "],
		["", null],
		["  \n", null],
		[3, null],
		[null, null],
		[["a"], null],
	])("nonEmptyString(%j) → %j", (v, expected) => {
		expect(nonEmptyString(v)).toBe(expected);
	});

	it.each([
		[" a ", "a"],
		[2021, "2021"],
		[1.5, "1.5"],
		[Number.NaN, null],
		[Infinity, null],
		["   ", null],
		[true, null],
		[{}, null],
	])("scalarText(%j) → %j", (v, expected) => {
		expect(scalarText(v)).toBe(expected);
	});
});

describe("ids", () => {
	it.each([
		["W123", "W123"],
		["w123", "W123"],
		[" https://openalex.org/W2741809807 ", "W2741809807"],
		["http://openalex.org/W1", "W1"],
		["https://api.openalex.org/works/W1", "W1"],
		["https://openalex.org/A1", null],
		["W12x", null],
		["https://example.org/W1", null],
		[42, null],
	])("openAlexWorkId(%j) → %j", (v, expected) => {
		expect(openAlexWorkId(v)).toBe(expected);
		expect(openAlexWorkUrl(v)).toBe(expected === null ? null : `https://openalex.org/${expected}`);
	});

	it.each([
		["https://doi.org/10.1145/ABC", "10.1145/ABC"],
		["http://dx.doi.org/10.1/x", "10.1/x"],
		["HTTPS://WWW.DOI.ORG/10.1/x", "10.1/x"],
		["doi.org/10.1/x", "10.1/x"],
		["10.1/x", "10.1/x"],
		["https://example.org/doi.org/10.1/x", "https://example.org/doi.org/10.1/x"],
	])("stripDoiResolver(%j) → %j", (v, expected) => {
		expect(stripDoiResolver(v)).toBe(expected);
	});
});

describe("paths", () => {
	it("splits vault paths", () => {
		expect(fileName("a/b/c.md")).toBe("c.md");
		expect(fileName("c.md")).toBe("c.md");
		expect(parentFolder("a/b/c.md")).toBe("a/b");
		expect(parentFolder("c.md")).toBe("");
		expect(baseName("a/b/c.test.md")).toBe("c.test");
		expect(baseName("a/.hidden")).toBe(".hidden");
		expect(extension("a/b/C.QMD")).toBe("qmd");
		expect(extension("a/b/README")).toBe("");
		expect(withoutMd("Note.MD")).toBe("Note");
		expect(withoutMd("page.qmd")).toBe("page.qmd");
		expect(ancestorFolders("a/b/c.md")).toEqual(["a/b", "a"]);
		expect(ancestorFolders("c.md")).toEqual([]);
	});

	it.each([
		["refs/a.md", "refs", true],
		["refs/a.md", "refs/", true],
		["refs", "refs", true],
		["refs-other/a.md", "refs", false],
		["a/refs/x.md", "refs", false],
		["anything.md", "", true],
		["anything.md", "/", true],
	])("inFolder(%j, %j) → %s", (path, folder, expected) => {
		expect(inFolder(path, folder)).toBe(expected);
	});
});
