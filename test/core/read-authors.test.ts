// A list entry that is itself a BibTeX string ("Doe, Jane and Roe, John") is told by a comma, then
// " and ", then a comma: what /,.*\sand\s.*,/ tested, in one pass (the pattern ran from every comma
// to the end: 3 s on an entry of 20,000 ", ").
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { commaAndComma } from "../../src/core/read-authors";
import { readReference, isNotAReference } from "../../src/core/reference";

const unit = fc.constantFrom(",", " ", "a", "n", "d", "and", " and ", "\n", "\r", "\t", "\u2028", "x");

describe("commaAndComma", () => {
	it("tests what /,.*\\sand\\s.*,/ tests", () => {
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 20 }).map((parts) => parts.join("")), (s) => {
				expect(commaAndComma(s)).toBe(/,.*\sand\s.*,/.test(s));
			}),
			{ numRuns: 5000 },
		);
	});

	it("an author list entry of 50,000 \", \" in linear time", { timeout: 10_000 }, () => {
		const ref = readReference({ citation_key: "k", title: "Tides", authors: [`Doe${", ".repeat(50_000)}x`, "John Roe"], year: 2020 });
		expect(isNotAReference(ref)).toBe(false);
		expect(commaAndComma(`Doe, Jane and Roe, John${", ".repeat(50_000)}`)).toBe(true);
	});
});
