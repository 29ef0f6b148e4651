// Zotero's Extra field, one "name: value" a line: read as the pattern it replaces reads it, in
// linear time (the pattern tried every split of a long run of spaces: seconds on 20,000).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readExtra } from "../../src/core/field-values";

const PATTERN = /^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$/;
const unit = fc.constantFrom("a", "B", " ", "\t", ":", "-", "_", "1", "\r", "\u00a0", "\u2028", "x", "é");

describe("readExtra", () => {
	it("reads a line as the pattern does (a value of spaces alone is none)", () => {
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (line) => {
				const m = PATTERN.exec(line);
				const expected = m && m[2].trim() !== "" ? new Map([[m[1].toLowerCase().replace(/[\s_-]+/g, ""), m[2]]]) : new Map();
				expect(readExtra({ extra: line })).toEqual(expected);
			}),
			{ numRuns: 5000 },
		);
	});

	it("examples", () => {
		expect(readExtra({ extra: "Original Date: 1962\noriginal-title:  Der Titel \nDOI: 10.5555/x\nPMID:   " })).toEqual(
			new Map([["originaldate", "1962"], ["originaltitle", "Der Titel"], ["doi", "10.5555/x"]]),
		);
	});

	it("lines with 100,000 spaces in the name or the value", { timeout: 10_000 }, () => {
		const spaces = " ".repeat(100_000);
		expect(readExtra({ extra: `original${spaces}date` })).toEqual(new Map());
		expect(readExtra({ extra: `de${spaces}x: 1962` })).toEqual(new Map([["dex", "1962"]]));
		expect(readExtra({ extra: `original date: 1962${spaces}x` })).toEqual(new Map([["originaldate", `1962${spaces}x`]]));
	});
});
