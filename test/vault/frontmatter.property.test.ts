// Preservation property: after spliceCheckLog every byte outside the check_log entry is identical,
// the result parses, its check_log equals the value written, and writing twice changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, isCollection, stringify } from "yaml";
import { parseFrontmatter, spliceCheckLog } from "../../src/vault/frontmatter";
import type { CheckLog } from "../../src/core/types";

// Text with the characters that break naive writers: YAML indicators, quotes, markers, unicode.
const nasty = fc.constantFrom(
	"---", "...", ": ", ":", "#", " #", "'", "\"", "\\", "\n", "\t", "- ", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">",
	"%", "@", "`", "?", "~", "null", "true", "2022", "0x1F", "1e5", "é", "ğ", "ß", "漢字", "🤖", "\u00a0", "\u2028", "\r", " ",
);
const text = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom("a", "b", " ", "Z", "1"), nasty), maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.array(fc.constantFrom("word", "longer", "title", "of", "a", "paper"), { minLength: 10, maxLength: 40 }).map((w) => w.join(" ")) },
);
const nullableText = fc.option(text, { nil: null, freq: 4 });

const fieldCheck = fc.record({ local: nullableText, remote: nullableText, match: fc.boolean() });
const logArb: fc.Arbitrary<CheckLog> = fc.record({
	checked_at: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
	checked_with: fc.constant("auto:openalex"),
	status: fc.constantFrom("confirmed", "mismatch", "not_found", "skipped" as const),
	paper_id: fc.constant("https://openalex.org/W4226278401"),
	fields: fc.record({
		title: fieldCheck,
		year: fc.record({ local: fc.option(fc.constantFrom("2022", "1999", "n.d."), { nil: null }), remote: fc.option(fc.constantFrom("2022", "2023"), { nil: null }), match: fc.boolean() }),
		venue: fieldCheck,
		doi: fieldCheck,
		authors: fc.record({
			local_count: fc.nat(50), remote_count: fc.nat(50), count_match: fc.boolean(),
			details: fc.array(fc.record({ index: fc.nat(50), local: nullableText, remote: nullableText, first_match: fc.boolean(), last_match: fc.boolean() }), { maxLength: 4 }),
		}),
	}),
	remote: fc.record({ title: nullableText, authors: fc.array(text, { maxLength: 4 }), year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }), venue: nullableText, doi: nullableText }),
	checker_version: fc.constant(1),
	notes: fc.array(text, { maxLength: 3 }),
}, { requiredKeys: ["checked_at", "checked_with", "status"] });

// Other frontmatter entries, written in assorted YAML styles by the yaml library.
const key = fc.constantFrom("title", "authors", "year", "venue", "doi", "tags", "cited_in", "aliases", "check_log_old", "note", "nested", "url", "abstract");
const value: fc.Arbitrary<unknown> = fc.oneof(
	text,
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.array(text, { maxLength: 4 }),
	fc.dictionary(fc.constantFrom("check_log", "a", "b"), fc.oneof(text, fc.array(text, { maxLength: 2 })), { maxKeys: 3 }),
);
const entry = fc.record({
	key,
	value,
	stringType: fc.constantFrom("PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE", "BLOCK_FOLDED", "BLOCK_LITERAL" as const),
	flow: fc.boolean(),
	indentSeq: fc.boolean(),
	commentBefore: fc.option(fc.string({ unit: fc.constantFrom("a", " ", "-", ":", "#", "é", "'"), maxLength: 10 }), { nil: null }),
	blankBefore: fc.boolean(),
	trailingComment: fc.option(fc.constantFrom("why", "---", "check_log: x", "é"), { nil: null }),
});

function render(e: { key: string; value: unknown; stringType: "PLAIN" | "QUOTE_SINGLE" | "QUOTE_DOUBLE" | "BLOCK_FOLDED" | "BLOCK_LITERAL"; flow: boolean; indentSeq: boolean; trailingComment: string | null }): string {
	const doc = new Document({ [e.key]: e.value });
	// Flow style for the value only ([a, b], {a: b}); the frontmatter itself stays a block map.
	const node = doc.get(e.key, true);
	if (e.flow && isCollection(node)) node.flow = true;
	let out = doc.toString({ defaultStringType: e.stringType, defaultKeyType: "PLAIN", indentSeq: e.indentSeq, lineWidth: 40, minContentWidth: 10 });
	// A trailing comment fits after a one-line entry that is not a block scalar header.
	if (e.trailingComment !== null && out.indexOf("\n") === out.length - 1 && !/[|>][-+0-9]*\n$/.test(out)) out = out.slice(0, -1) + ` # ${e.trailingComment}\n`;
	return out;
}

const note = fc.record({
	entries: fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 7 }),
	existing: fc.option(logArb, { nil: null }),
	existingAt: fc.nat(),
	// Comments in and after an existing check_log: on its key line and inside are part of the
	// entry (replaced); an indented comment after its last line is not (kept).
	existingComments: fc.record({ keyLine: fc.boolean(), inside: fc.boolean(), after: fc.boolean() }),
	bom: fc.boolean(),
	crlf: fc.boolean(),
	body: fc.string({ unit: fc.oneof(fc.constantFrom("\n", "---", "---\n", "# h", "text "), fc.string({ unit: "grapheme", maxLength: 3 })), maxLength: 20 }),
	log: logArb,
});

describe("preservation property", () => {
	// ~20 s on the shared machine: well inside this allowance, far beyond the default.
	it("bytes outside check_log are identical, the log reads back, writing twice is idempotent", { timeout: 450_000 }, () => {
		let tested = 0;
		let withExisting = 0;
		fc.assert(
			fc.property(note, (n) => {
				const pieces = n.entries.map((e) => (e.blankBefore ? "\n" : "") + (e.commentBefore !== null ? `#${e.commentBefore}\n` : "") + render(e));
				const at = n.existingAt % (pieces.length + 1);
				const eol = n.crlf ? "\r\n" : "\n";
				const conv = (s: string) => (n.crlf ? s.replace(/\n/g, "\r\n") : s);
				let oldEntry = "";
				let afterEntry = "";
				if (n.existing) {
					const lines = stringify({ check_log: n.existing }).split("\n");
					if (n.existingComments.keyLine) lines[0] += " # from the earlier tool";
					if (n.existingComments.inside && lines.length > 3) lines.splice(2, 0, "  # inside");
					oldEntry = conv(lines.join("\n"));
					if (n.existingComments.after) afterEntry = conv("  # after the log\n");
				}
				const head = (n.bom ? "\uFEFF" : "") + `---${eol}` + conv(pieces.slice(0, at).join(""));
				const mid = afterEntry + conv(pieces.slice(at).join(""));
				const tail = `---${eol}` + conv(n.body);
				const original = head + oldEntry + mid + tail;
				fc.pre(!("error" in parseFrontmatter(original)));
				tested++;
				if (n.existing) withExisting++;

				const r = spliceCheckLog(original, n.log);
				if ("error" in r) throw new Error(r.error);
				// Bytes outside the entry: an existing entry is replaced in place, a new one goes last.
				const prefix = n.existing ? head : head + mid;
				const suffix = n.existing ? mid + tail : tail;
				expect(r.text.startsWith(prefix)).toBe(true);
				expect(r.text.endsWith(suffix)).toBe(true);
				const written = r.text.slice(prefix.length, r.text.length - suffix.length);
				expect(written.startsWith("check_log:")).toBe(true);
				if (n.crlf) expect(written.replace(/\r\n/g, "")).not.toContain("\n");

				const fm = parseFrontmatter(r.text);
				if ("error" in fm) throw new Error(fm.error);
				expect(fm.data.check_log).toEqual(n.log);

				expect(spliceCheckLog(r.text, n.log)).toEqual({ text: r.text });
			}),
			{ numRuns: 1000, seed: 20260102 },
		);
		expect(tested).toBeGreaterThanOrEqual(1000);
		expect(withExisting).toBeGreaterThan(200);
	});
});
