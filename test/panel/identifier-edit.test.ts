// Which keys hold a note's identifier, so removing it leaves no copy (pure; the panel writes them).
import { describe, expect, it } from "vitest";
import { removeIdentifierWrites } from "../../src/panel/identifier-edit";

const note = { citekey: "wrona2021", title: "Proglacial Lake Expansion", authors: ["Tomasz Wrona"], year: 2021 };

describe("removing an OpenAlex id that names another paper (rules/openalex-ids)", () => {
	it("removes every key holding it: the named field and an openalex.org link", () => {
		expect(removeIdentifierWrites({ ...note, openalex: "W4312345603", url: "https://openalex.org/W4312345603" }, "openalex", "W4312345603")).toEqual({
			writes: [{ key: "openalex", value: undefined }, { key: "url", value: undefined }],
		});
	});

	it("keeps a link to another site and another work's id", () => {
		expect(removeIdentifierWrites({ ...note, openalex_id: "https://openalex.org/W4312345603", url: "https://example.org/paper" }, "openalex", "W4312345603")).toEqual({
			writes: [{ key: "openalex_id", value: undefined }],
		});
		expect(removeIdentifierWrites({ ...note, openalex: "W4312345699" }, "openalex", "W4312345603")).toEqual({ error: "the note has no OpenAlex id W4312345603" });
	});

	it("leaves an OpenAlex record's ids map to the user: it holds the other ids too", () => {
		const fm = { ...note, ids: { openalex: "https://openalex.org/W4312345603", doi: "https://doi.org/10.5555/x" } };
		expect(removeIdentifierWrites(fm, "openalex", "W4312345603")).toEqual({ error: "the OpenAlex id is written inside another field; edit the note" });
	});
});

describe("removing a PubMed id that names another paper (rules/pubmed-ids)", () => {
	it("removes every key holding it: the named field and a pubmed link", () => {
		expect(removeIdentifierWrites({ ...note, pmid: "28765432", url: "https://pubmed.ncbi.nlm.nih.gov/28765432/" }, "pmid", "28765432")).toEqual({
			writes: [{ key: "pmid", value: undefined }, { key: "url", value: undefined }],
		});
	});

	it("keeps another site's link with digits, and says when the id is in Zotero's Extra", () => {
		expect(removeIdentifierWrites({ ...note, PMID: "28765432", url: "https://example.org/papers/28765432" }, "pmid", "28765432")).toEqual({ writes: [{ key: "PMID", value: undefined }] });
		expect(removeIdentifierWrites({ ...note, extra: "PMID: 28765432" }, "pmid", "28765432")).toEqual({ error: "the PubMed id is written inside another field; edit the note" });
	});
});
