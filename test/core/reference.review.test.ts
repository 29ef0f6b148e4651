// Review finding: Zotero Integration notes often alias the note as "@citekey" (so [[@key]] links
// work) next to, or instead of, an alias holding the title. The citekey alias is not a title.
import { describe, expect, it } from "vitest";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";

describe("a Zotero note aliased by its citekey", () => {
	it("takes the title from the alias that is not the citekey", () => {
		for (const aliases of [["@smith2020", "Data leverage in practice"], ["smith2020", "Data leverage in practice"]]) {
			const r = readReference({ citekey: "smith2020", aliases });
			if (isNotAReference(r)) throw new Error(r.reason);
			expect(r.title).toBe("Data leverage in practice");
		}
	});

	it("is not a reference when its only alias is the citekey (nothing to search by)", () => {
		const fm = { citekey: "smith2020", aliases: ["@smith2020"] };
		expect(isReferenceNote(fm)).toBe(false);
		expect(isNotAReference(readReference(fm))).toBe(true);
	});
});
