// Which notes are references (isReferenceNote), on the corpus's own page types.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { isReferenceNote, notCheckedReason } from "../../src/core/reference";
import { FIXTURES, frontmatterOf } from "./corpus-helpers";

function mdFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? mdFiles(p) : p.endsWith(".md") ? [p] : [];
	});
}

function fmOf(path: string): Record<string, unknown> | null {
	try {
		return frontmatterOf(readFileSync(path, "utf8"));
	} catch {
		return null;
	}
}

describe("isReferenceNote", () => {
	it.each([
		[{ type: "bibtex_entry", title: "T" }, true],
		[{ type: "article-journal", title: "T" }, true],
		[{ title: "T", citekey: "doe2020" }, true],
		// a note made from a citation key alone, its title the key a template put there: nothing to check by
		[{ title: "@doe2020", citekey: "doe2020", tags: ["literature"] }, false],
		[{ title: "[[doe2020]]", citekey: "doe2020" }, false],
		[{ title: "Doe2020", citekey: "doe2020" }, false],
		// the note's own heading naming the work by author and year, with nothing beside it to find the work by
		[{ title: "Notes on Doe 2020", authors: ["[[Jane Doe]]"], year: 2020, tags: ["literature-note"] }, false],
		[{ title: "Notes on Doe 2020", authors: ["[[Jane Doe]]"], year: 2020, doi: "10.5555/x.1" }, true],
		// the Properties panel's capitalised keys: "Published" is the date, as "published" is
		[{ Title: "T", Authors: ["Jane Doe"], Published: 2020 }, true],
		[{ title: "T", DOI: "https://doi.org/10.1145/3442188.3445885" }, true],
		[{ title: "T", authors: ["Jane Doe"], year: 2020 }, true],
		// A typed page with authors and a date is a page (news coverage, a memo), not a citation.
		[{ type: "news_coverage", title: "T", authors: ["Jane Doe"], year: 2020 }, false],
		[{ type: "news_coverage", title: "T", doi: "10.1145/3442188.3445885" }, true],
		[{ title: "Shopping list" }, false],
		[{ title: "T", authors: ["Jane Doe"] }, false],
		// thin notes clearly about a paper (issue 12 pattern 8): title, year and a paper signal
		[{ title: "T", year: 2020, tags: ["paper"] }, true],
		[{ title: "T", year: 2020, tags: "reading #literature/ml" }, true],
		[{ title: "T", year: 2020, tags: ["area/references"] }, true],
		[{ title: "T", year: 2020, pdf_relpath: "papers/t.pdf" }, true],
		[{ title: "T", year: 2020, pdf: "t.pdf" }, true],
		// a page clipped from a scholarly site without its authors (rules/web-page-titles): a paper's page
		[{ title: "T - ScienceDirect", source: "https://www.sciencedirect.com/science/article/pii/S1", published: "2020-01-01", tags: ["clippings"] }, true],
		[{ title: "T", url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC1/", year: 2020 }, true],
		[{ title: "T", source: "https://www.example-news.com/2024/03/peat-fires", published: "2024-03-01", tags: ["clippings"] }, false],
		[{ title: "T - ScienceDirect", source: "https://www.sciencedirect.com/science/article/pii/S1", tags: ["clippings"] }, false],
		[{ title: "T", year: 2020, meta_key: "s2-123" }, true],
		[{ type: "note", title: "T", year: 2020, tags: ["paper"] }, true],
		[{ title: "T", tags: ["paper"], pdf: "t.pdf" }, false],
		[{ title: "T", year: 2020, tags: ["paperwork", "todo"] }, false],
		[{ title: "T", year: 2020, pdf: "" }, false],
		[{ title: "T", year: 2020 }, false],
	])("%j → %s", (fm, expected) => {
		expect(isReferenceNote(fm)).toBe(expected);
	});

	it("takes a title and a year for a reference in a folder marked as holding references", () => {
		expect(isReferenceNote({ title: "T", year: 2020 }, { inReferenceFolder: true })).toBe(true);
		expect(isReferenceNote({ title: "T" }, { inReferenceFolder: true })).toBe(false);
		expect(isReferenceNote({ title: "T", year: 2020 }, { inReferenceFolder: false })).toBe(false);
	});

	it("recognises every bibtex entry of the corpus and none of its news coverage or memos", () => {
		const corpus = join(FIXTURES, "corpus");
		const notes = mdFiles(corpus).map((p) => ({ p, fm: fmOf(p) })).filter((n): n is { p: string; fm: Record<string, unknown> } => n.fm !== null);
		const byType = (t: string) => notes.filter((n) => n.fm.type === t);
		expect(byType("bibtex_entry").length).toBeGreaterThan(190);
		for (const n of byType("bibtex_entry")) expect(isReferenceNote(n.fm), n.p).toBe(true);
		const pages = [...byType("news_coverage"), ...byType("shared_memo")];
		expect(pages.length).toBeGreaterThan(20);
		for (const n of pages) expect(isReferenceNote(n.fm), n.p).toBe(n.fm.doi !== undefined || n.fm.DOI !== undefined);
	});
});

describe("notCheckedReason", () => {
	it.each<[Record<string, unknown>, string | null]>([
		// references and notes that do not look like one: nothing to report
		[{ title: "T", authors: ["Jane Doe"], year: 2020 }, null],
		[{ title: "Shopping list", tags: ["todo"] }, null],
		[{ title: "Meeting", year: 2021 }, null],
		// look like references, are not checked, and say why
		[{ authors: ["Jane Doe"], year: 2020, doi: "10.1145/1" }, "no title"],
		[{ title: "T", tags: ["paper"], pdf_relpath: "t.pdf" }, "no year"],
		[{ title: "T", authors: ["Jane Doe"] }, "no year"],
		[{ type: "news_coverage", title: "T", authors: ["Jane Doe"], year: 2020 }, "type 'news_coverage'"],
		[{ title: "T", year: 2020, journal: "Some Journal" }, "title and year only"],
	])("%j → %s", (fm, reason) => {
		expect(notCheckedReason(fm)).toBe(reason);
	});

	it("names the type value when one is set and a note would otherwise be a reference", () => {
		expect(notCheckedReason({ type: "article-journal", title: "T" }, { typeValue: "reference" })).toBe("type is not 'reference'");
		expect(notCheckedReason({ type: "reference", title: "T" }, { typeValue: "reference" })).toBeNull();
		expect(notCheckedReason({ title: "Meeting", authors: ["Jane Doe"] }, { typeValue: "reference" })).toBeNull();
	});
});
