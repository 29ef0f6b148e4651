// The readings this file's rules added stay linear on long inputs (a quadratic reading runs past
// the test's timeout): rules/doi-different's notice and namesake readings, rules/record-stub's
// placeholder titles and a retracted record's title label on titles of 20,000 characters made of
// a label repeated, of spaces, of one short word; rules/doi-forms' component DOIs and
// rules/chapter-in-book's chapter DOIs and page tails after a DOI on DOIs of 20,000 characters of
// their pieces.
import { describe, expect, it } from "vitest";
import { identityProblem } from "../../src/core/rules/doi-different";
import { doiChapterBook, doiComponentOf, doiPageTailBase } from "../../src/core/normalize";
import { isPlaceholderTitle } from "../../src/core/rules/record-stub";
import { readReference, isNotAReference } from "../../src/core/reference";
import { toRemoteWork } from "../../src/openalex/work";
import { openAlexWork } from "../support/corpus-works";
import type { Reference } from "../../src/core/types";

function note(title: string): Reference {
	const ref = readReference({ title, authors: ["Hanne Vogt"], year: 2018, doi: "10.5555/long.1" });
	if (isNotAReference(ref)) throw new Error(ref.reason);
	return ref;
}
const record = (title: string, type = "article") => toRemoteWork(openAlexWork({ id: "W1", doi: "10.5555/long.1", title, authors: ["Emil Sandvik"], year: 2011, type }));

describe("notice and namesake readings on 20,000-character titles", () => {
	const pieces = ["correction to ", "retraction notice to the article ", "author correction ", "  ", "a "];
	for (const piece of pieces) {
		it(`"${piece}" repeated`, () => {
			const long = piece.repeat(Math.ceil(20_000 / piece.length));
			identityProblem(note(`${long}tides`), record(`${long}tides`, "erratum"));
			identityProblem(note("Tides"), record(`${long}tides`));
			expect(identityProblem(note(`${long}x`), record(`Correction to: ${long}`))).toContain("identifier points to another paper");
		});
	}
});

describe("component DOIs on 20,000-character inputs", () => {
	for (const piece of [".g", ".g0", "/fig-", "/fig-1", "1"]) {
		it(`"${piece}" repeated`, () => {
			const long = `10.5555/${piece.repeat(Math.ceil(20_000 / piece.length))}`;
			expect(doiComponentOf(`${long}x`)).toBeNull();
			expect(doiComponentOf(`${long}.t001`)?.part).toBe("table");
		});
	}
});

describe("placeholder titles on 20,000-character inputs", () => {
	for (const piece of ["untitled ", "no title ", "[", "n a "]) {
		it(`"${piece}" repeated`, () => {
			const long = piece.repeat(Math.ceil(20_000 / piece.length));
			expect(isPlaceholderTitle(long)).toBe(false);
			expect(isPlaceholderTitle(` ${"[".repeat(20_000)}untitled${"]".repeat(20_000)} `)).toBe(true);
			expect(identityProblem(note("Tides"), record(long))).not.toBeNull();
		});
	}
});

describe("chapter DOIs on 20,000-character inputs", () => {
	for (const piece of ["978", "9-", "97897897", "_1", ".ch"]) {
		it(`"${piece}" repeated`, () => {
			const long = `10.5555/${piece.repeat(Math.ceil(20_000 / piece.length))}`;
			expect(doiChapterBook(`${long}x`)).toBeNull();
			expect(doiChapterBook(`${long}/978-3-030-12345-6_7`)).toBe(`${long}/978-3-030-12345-6`);
		});
	}
});

describe("a retracted record's title label on 20,000-character titles", () => {
	for (const piece of ["(retracted) ", "[", "retracted ", " "]) {
		it(`"${piece}" repeated`, () => {
			const long = piece.repeat(Math.ceil(20_000 / piece.length));
			const title = (t: string) => toRemoteWork(openAlexWork({ id: "W2", title: t, authors: ["Mette Ruud"], year: 2017, isRetracted: true })).title;
			// (the record's title is then cut to 2,000 characters: openalex/work.ts)
			expect(title(`${long}x`)).not.toBeNull();
			expect(title(`RETRACTED: tides${long}(Retracted)`)?.startsWith("tides")).toBe(true);
		});
	}
});

describe("a page's tail after a DOI on 20,000-character inputs", () => {
	for (const piece of ["/full", "/", "/full/html", "a/"]) {
		it(`"${piece}" repeated`, () => {
			const long = `10.5555/${piece.repeat(Math.ceil(20_000 / piece.length))}`;
			expect(doiPageTailBase(`${long}x`)).toBeNull();
			expect(doiPageTailBase(`${long}y/abstract`)).toBe(`${long}y`);
		});
	}
});
