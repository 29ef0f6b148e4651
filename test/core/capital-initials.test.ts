// PubMed's "Family INITIALS" names with generational suffixes after them ("Sanders GD 3rd").
import { describe, expect, it } from "vitest";
import { initialsReading } from "../../src/core/rules/capital-initials";

describe("initialsReading", () => {
	it("reads the suffixes after the initials, each from the end", () => {
		expect(initialsReading("Sanders GD 3rd")).toBe("G. D. Sanders III");
		expect(initialsReading("Smith JA Jr.")).toBe("J. A. Smith Jr");
		expect(initialsReading("Smith JA Jr II")).toBe("J. A. Smith Jr II");
		// no lower case but in the suffix: no mixed-case name to read
		expect(initialsReading("SMITH JA jr")).toBeNull();
	});

	it("never reads a word of the object prototype as a suffix", () => {
		// the table was an object literal: "constructor" gave its function, printed into the name
		expect(initialsReading("Okafor CN constructor")).toBeNull();
		expect(initialsReading("Okafor CN toString")).toBeNull();
	});

	it("a name of 10,000 suffixes in linear time", { timeout: 10_000 }, () => {
		// each suffix was read off by reading the rest again: quadratic, 27 s for 10,000
		expect(initialsReading(`Smith JA${" Jr.".repeat(10_000)}`)).toBe(`J. A. Smith${" Jr".repeat(10_000)}`);
	});
});
