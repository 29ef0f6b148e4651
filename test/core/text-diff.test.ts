import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { authorDiffRows, diffText, type DiffSegment } from "../../src/core/text-diff";

const join = (s: DiffSegment[]) => s.map((x) => x.text).join("");
const marked = (s: DiffSegment[]) => s.filter((x) => x.differs).map((x) => x.text);

describe("diffText", () => {
	it("marks only the differing characters", () => {
		const d = diffText("Deep Learing for NLP", "Deep Learning for NLP");
		expect(marked(d.local)).toEqual([]);
		expect(marked(d.remote)).toEqual(["n"]);
		expect(join(d.remote)).toBe("Deep Learning for NLP");
	});

	it("marks a changed year digit on both sides", () => {
		const d = diffText("2017", "2019");
		expect(marked(d.local)).toEqual(["7"]);
		expect(marked(d.remote)).toEqual(["9"]);
	});

	it("shows unrelated strings as wholly different instead of scattered letters", () => {
		const d = diffText("FAT", "Proceedings of the Conference on Fairness, Accountability and Transparency");
		expect(d.local).toEqual([{ text: "FAT", differs: true }]);
		expect(d.remote).toEqual([{ text: "Proceedings of the Conference on Fairness, Accountability and Transparency", differs: true }]);
	});

	it("identical strings have nothing marked", () => {
		expect(diffText("Same", "Same")).toEqual({ local: [{ text: "Same", differs: false }], remote: [{ text: "Same", differs: false }] });
		expect(diffText("", "")).toEqual({ local: [], remote: [] });
	});

	it("each side's segments join back to that side, common parts equal (property)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
				const d = diffText(a, b);
				expect(join(d.local)).toBe(a);
				expect(join(d.remote)).toBe(b);
				const common = (s: DiffSegment[]) => s.filter((x) => !x.differs).map((x) => x.text).join("");
				expect(common(d.local).toLowerCase()).toBe(common(d.remote).toLowerCase());
				for (const s of [...d.local, ...d.remote]) expect(s.text.length).toBeGreaterThan(0);
			}),
			{ numRuns: 200 },
		);
	});
});

describe("authorDiffRows", () => {
	it("reads APA 7's first authors, '. . .' and the last against the record's head and last, the authors between as the gap", () => {
		const record = ["Ana Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Jonas Weller"];
		const right = authorDiffRows(["A. Abara", "L. Dufresne", "J. Weller"], record, 1);
		expect(right.rows.map((r) => [r.local, r.remote, r.differs])).toEqual([
			["A. Abara", "Ana Abara", false],
			["L. Dufresne", "Lise Dufresne", false],
			["J. Weller", "Jonas Weller", false],
		]);
		expect(right.trailing).toEqual(["Omar Haddadi", "Pia Kettunen"]);
		const wrong = authorDiffRows(["A. Abara", "L. Dufresne", "T. Moreno"], record, 1);
		expect(wrong.rows.at(-1)).toMatchObject({ local: "T. Moreno", remote: "Jonas Weller", differs: true });
		// without the gap the same list reads as two people missing before the last
		expect(authorDiffRows(["A. Abara", "L. Dufresne", "J. Weller"], record).rows.filter((r) => r.local === null)).toHaveLength(2);
	});

	it("aligns around a missing middle author and marks it", () => {
		const a = authorDiffRows(["Joy Buolamwini", "Timnit Gebru"], ["Joy Buolamwini", "Ada Lovelace", "Timnit Gebru"]);
		expect(a.rows.map((r) => [r.local, r.remote, r.differs])).toEqual([
			["Joy Buolamwini", "Joy Buolamwini", false],
			[null, "Ada Lovelace", true],
			["Timnit Gebru", "Timnit Gebru", false],
		]);
	});

	it("accepts initials and 'Last, First' but marks an incompatible given name", () => {
		const a = authorDiffRows(["Buolamwini, J.", "Ryan Smith"], ["Joy Buolamwini", "Raymond Smith"]);
		expect(a.rows[0].differs).toBe(false);
		expect(a.rows[1].differs).toBe(true);
		expect(a.rows[1].diff).not.toBeNull();
	});

	it("pairs a name missing on one side with the other side's name at that place", () => {
		const a = authorDiffRows(["Elizabeth Clark", "Sofia Serber", "Nikita Haduong"], ["Elizabeth A. Clark", "Sofia Serrano", "Nikita Haduong"]);
		expect(a.rows.map((r) => [r.local, r.remote, r.differs])).toEqual([
			["Elizabeth Clark", "Elizabeth A. Clark", false],
			["Sofia Serber", "Sofia Serrano", true],
			["Nikita Haduong", "Nikita Haduong", false],
		]);
		expect(marked(a.rows[1].diff!.local).join("")).not.toBe("");
	});

	it("names a truncated local list's remaining remote authors", () => {
		const a = authorDiffRows(["A One", "B Two"], ["A One", "B Two", "C Three", "D Four"]);
		expect(a.rows.every((r) => !r.differs)).toBe(true);
		expect(a.trailing).toEqual(["C Three", "D Four"]);
	});

	it("shows every remote name when none aligns (another paper's record), side by side by position", () => {
		const a = authorDiffRows(["Carla Toth", "Sid Sur", "Sam Sage"], ["Lea Ajani", "Nico Vint"]);
		expect(a.rows.map((r) => [r.local, r.remote, r.differs])).toEqual([
			["Carla Toth", "Lea Ajani", true],
			["Sid Sur", "Nico Vint", true],
			["Sam Sage", null, true],
		]);
		expect(a.trailing).toEqual([]);
	});
});

describe("diffText ignores case, as the checker does", () => {
	it("highlights only the real differences between two spellings of a title", () => {
		const d = diffText("All that's `human' is not gold", "All That's 'Human' Is Not Gold");
		expect(marked(d.local)).toEqual(["`"]);
		expect(marked(d.remote)).toEqual(["'"]);
		expect(join(d.local)).toBe("All that's `human' is not gold");
		expect(join(d.remote)).toBe("All That's 'Human' Is Not Gold");
	});

	it("keeps each side's own letters with word diffs of long strings (property)", () => {
		fc.assert(
			fc.property(fc.string({ minLength: 200, maxLength: 400 }), fc.string({ minLength: 200, maxLength: 400 }), (a, b) => {
				const d = diffText(a, b.toUpperCase());
				expect(join(d.local)).toBe(a);
				expect(join(d.remote)).toBe(b.toUpperCase());
			}),
			{ numRuns: 50 },
		);
	});
});
