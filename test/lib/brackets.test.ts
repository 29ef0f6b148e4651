// replaceBracketed and bracketedSpans give what the regular expressions they stand in for give,
// on any string of brackets, spaces and letters.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bracketedSpans, lastBracket, replaceBracketed } from "../../src/lib/brackets";

const text = fc.string({ unit: fc.constantFrom("(", ")", "[", "]", " ", "\n", "a", "b"), maxLength: 40 });
// with the other spaces \s takes (a no-break space, an ideographic space)
const spaced = fc.string({ unit: fc.constantFrom("(", ")", " ", "\u00a0", "\u3000", "\t", "a", ","), maxLength: 40 });

describe("brackets", () => {
	it("replace like /\\s?\\([^)]*\\)/g and /\\([^)]*\\)/g", () => {
		fc.assert(
			fc.property(text, (s) => {
				expect(replaceBracketed(s, "()", "", true)).toBe(s.replace(/\s?\([^)]*\)/g, ""));
				expect(replaceBracketed(s, "()", " ")).toBe(s.replace(/\([^)]*\)/g, " "));
				expect(replaceBracketed(s, "()[]", " ")).toBe(s.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
			}),
			{ numRuns: 2000 },
		);
	});

	it("find the spans /\\([^)]*\\)/g matches", () => {
		fc.assert(
			fc.property(text, (s) => {
				expect(bracketedSpans(s, "()").map(([a, b]) => s.slice(a, b))).toEqual(s.match(/\([^)]*\)/g) ?? []);
			}),
			{ numRuns: 2000 },
		);
	});

	it("find the final bracket /\\s*\\(([^()]*)\\)\\s*$/ matches", () => {
		fc.assert(
			fc.property(spaced, (s) => {
				const m = /\s*\(([^()]*)\)\s*$/.exec(s);
				expect(lastBracket(s)).toEqual(m ? { inside: m[1], start: m.index } : null);
			}),
			{ numRuns: 2000 },
		);
	});

	it("examples", () => {
		expect(replaceBracketed("Face Recognition (FRVT) Part 3 (draft)", "()", "", true)).toBe("Face Recognition Part 3");
		expect(replaceBracketed("a (b (c) d) e", "()", "")).toBe("a  d) e");
		expect(replaceBracketed("x (y [z) w]", "()[]", "_")).toBe("x _ w]");
		expect(replaceBracketed(" (".repeat(10_000), "()", "")).toBe(" (".repeat(10_000));
		expect(lastBracket("Lancet (London, England)  ")).toEqual({ inside: "London, England", start: 6 });
		expect(lastBracket("Lancet (London) x")).toBeNull();
	});
});
