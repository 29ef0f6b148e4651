// Which notes are references (isReferenceNote), on the corpus's own page types.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { isReferenceNote } from "../../src/core/reference";
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
		[{ title: "T", DOI: "https://doi.org/10.1145/3442188.3445885" }, true],
		[{ title: "T", authors: ["Jane Doe"], year: 2020 }, true],
		// A typed page with authors and a date is a page (news coverage, a memo), not a citation.
		[{ type: "news_coverage", title: "T", authors: ["Jane Doe"], year: 2020 }, false],
		[{ type: "news_coverage", title: "T", doi: "10.1145/3442188.3445885" }, true],
		[{ title: "Shopping list" }, false],
		[{ title: "T", authors: ["Jane Doe"] }, false],
	])("%j → %s", (fm, expected) => {
		expect(isReferenceNote(fm)).toBe(expected);
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
