// serializeEntry writes what js-yaml 3.x safeDump (gray-matter) wrote: the same quoting rules,
// block styles and widths. Expected texts are js-yaml 3.14's output for the same values.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { serializeEntry } from "../../src/vault/frontmatter";

const cases: Array<[unknown, string]> = [
	["plain title", "k: plain title\n"],
	["auto:openalex", "k: 'auto:openalex'\n"],
	["2022", "k: '2022'\n"],
	["2025-12-30T15:40:49.155Z", "k: '2025-12-30T15:40:49.155Z'\n"],
	["2024-12-28", "k: '2024-12-28'\n"],
	["https://openalex.org/W1", "k: 'https://openalex.org/W1'\n"],
	["10.48550/arxiv.2203.02155", "k: 10.48550/arxiv.2203.02155\n"],
	["null", "k: 'null'\n"], ["~", "k: '~'\n"], ["true", "k: 'true'\n"], ["FALSE", "k: 'FALSE'\n"],
	["yes", "k: 'yes'\n"], ["N", "k: 'N'\n"], ["off", "k: 'off'\n"],
	["1e5", "k: '1e5'\n"], ["0x1F", "k: '0x1F'\n"], ["1_000", "k: '1_000'\n"], [".5", "k: '.5'\n"], ["+1", "k: '+1'\n"],
	["012", "k: '012'\n"], [".inf", "k: '.inf'\n"], ["<<", "k: '<<'\n"], ["1_", "k: 1_\n"],
	["", "k: ''\n"], [" lead", "k: ' lead'\n"], ["trail ", "k: 'trail '\n"],
	["#tag", "k: '#tag'\n"], ["a #b", "k: 'a #b'\n"], ["C# rocks", "k: C# rocks\n"],
	["- item", "k: '- item'\n"], ["-x", "k: '-x'\n"], ["?x", "k: '?x'\n"], [":x", "k: ':x'\n"],
	["[x", "k: '[x'\n"], ["{x", "k: '{x'\n"], ["*x", "k: '*x'\n"], ["&x", "k: '&x'\n"], ["!x", "k: '!x'\n"],
	["|x", "k: '|x'\n"], [">x", "k: '>x'\n"], ["%x", "k: '%x'\n"], ["@x", "k: '@x'\n"], ["`x", "k: '`x'\n"], ["=x", "k: '=x'\n"],
	["'quoted'", "k: '''quoted'''\n"], ["\"quoted\"", "k: '\"quoted\"'\n"], ["it's", "k: it's\n"],
	["Smith, John", "k: 'Smith, John'\n"], ["a: b", "k: 'a: b'\n"], ["x]", "k: 'x]'\n"],
	["Acemoğlu 漢字", "k: Acemoğlu 漢字\n"],
	["---", "k: '---'\n"],
	["line one\nline two", "k: |-\n  line one\n  line two\n"],
	["ends with newline\n", "k: |\n  ends with newline\n"],
	["keep\n\n", "k: |+\n  keep\n\n"],
	[" indented\nnext", "k: |2-\n   indented\n  next\n"],
	["tab\there", "k: \"tab\\there\"\n"],
	["cr\rhere", "k: \"cr\\rhere\"\n"],
	["nbsp\u00a0here", "k: \"nbsp\\_here\"\n"],
	["robot 🤖", "k: \"robot \\U0001F916\"\n"],
	["ctl\u0001\u001f\u007f", "k: \"ctl\\x01\\x1F\\x7F\"\n"],
	["sep\u2028x", "k: \"sep\\Lx\"\n"],
	["q\" and \\ and\ttab", "k: \"q\\\" and \\\\ and\\ttab\"\n"],
	[null, "k: null\n"], [true, "k: true\n"], [2022, "k: 2022\n"], [1.5, "k: 1.5\n"],
	[[], "k: []\n"], [{}, "k: {}\n"],
	[["a", "2020", null], "k:\n  - a\n  - '2020'\n  - null\n"],
	[[{ index: 0, local: "A" }, [1, 2]], "k:\n  - index: 0\n    local: A\n  - - 1\n    - 2\n"],
	[{ "key: colon": 1, yes: 2, plain: { deep: "x" } }, "k:\n  'key: colon': 1\n  'yes': 2\n  plain:\n    deep: x\n"],
	// Longer than 80 columns minus the indent: folded with `>-` at that width.
	["word ".repeat(20).trim(), "k: >-\n  word word word word word word word word word word word word word word word\n  word word word word word\n"],
	["x".repeat(90), `k: >-\n  ${"x".repeat(90)}\n`],
	// 79 characters at indent 2 (width 78): js-yaml folds at the last space.
	[`${"a".repeat(70)} ${"b".repeat(8)}`, `k: >-\n  ${"a".repeat(70)}\n  ${"b".repeat(8)}\n`],
	// 78 characters fit.
	[`${"a".repeat(69)} ${"b".repeat(8)}`, `k: ${"a".repeat(69)} ${"b".repeat(8)}\n`],
	// A long line with a break: folded, paragraphs separated by a blank line.
	[`${"word ".repeat(17).trim()}\nsecond`, `k: >-\n  ${"word ".repeat(15).trim()}\n  word word\n\n  second\n`],
	// A long string that starts with a space is not folded (a more-indented line cannot fold).
	[` ${"w ".repeat(45).trim()}`, `k: ' ${"w ".repeat(45).trim()}'\n`],
];

describe("serializeEntry: js-yaml 3 safeDump style", () => {
	for (const [value, expected] of cases) {
		it(JSON.stringify(value).slice(0, 50), () => {
			const text = serializeEntry("k", value);
			expect(text).toBe(expected);
			expect((parse(text) as { k: unknown }).k).toEqual(value);
		});
	}

	it("the fold width shrinks with depth (72 columns at check_log.fields.title.local)", () => {
		const title = "Proceedings of the 2013 Conference on Computer Supported Cooperative Work";
		expect(title.length).toBe(73);
		expect(serializeEntry("check_log", { fields: { title: { local: title } } })).toBe(
			"check_log:\n  fields:\n    title:\n      local: >-\n        Proceedings of the 2013 Conference on Computer Supported Cooperative\n        Work\n",
		);
		expect(serializeEntry("check_log", { fields: { title: { local: title.slice(0, 72) } } })).toBe(
			`check_log:\n  fields:\n    title:\n      local: ${title.slice(0, 72)}\n`,
		);
	});

	it("a string YAML 1.2 reads as a number is quoted even where js-yaml left it plain", () => {
		expect(serializeEntry("k", "08")).toBe("k: '08'\n");
	});
});
