// The fast scanner against the simple whole-text-rewrite oracle: corpus files and fuzzed text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanCitations } from "../../../src/core/cited-in/citations";
import { corpusFiles, oracleScan } from "../../support/cited-in";

const sorted = (r: { keys: string[]; links: string[] }) => ({ keys: [...r.keys].sort(), links: [...r.links].sort() });

describe("scanCitations equals the oracle", () => {
	it("on every corpus file", () => {
		let keys = 0;
		for (const f of corpusFiles()) {
			const got = sorted(scanCitations(f.text));
			expect(got, f.path).toEqual(oracleScan(f.text));
			keys += got.keys.length;
		}
		expect(keys).toBeGreaterThan(300);
	});
	it("on fuzzed Markdown built from citation-shaped fragments", () => {
		const fragment = fc.constantFrom(
			"[@a1]", "[@b2; @c3]", "[see @d4, p. 2]", "[-@e5]", "@f6", " @g7.", "(@h8)", "x@i9.com", "https://x.org/@j0",
			"[", "]", "(", ")", "[[", "]]", "`", "```\n", "~~~\n", "<!--", "-->", "%%", "---\n", "\n", " ", ";", "-", ".",
			"@", "@{k:1}", "[[Note|@alias]]", "[text](note.md)", "[t @l1](x.md)", "![[img.png]]", "word", "é@m2", "\\", "#", "](x)", "[a](b \"t\")", "](", "[@n3](", "[see @o4](y.md)", "<!-- [@p5] -->",
		);
		fc.assert(
			fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
				const text = parts.join("");
				expect(sorted(scanCitations(text))).toEqual(oracleScan(text));
			}),
			{ numRuns: 3000 },
		);
	});
});
