// Frontmatter reading and the splice writer: pure text functions shared by the CLI and the plugin.
// A write replaces the byte range of one top-level entry and leaves every other byte alone
// (other keys, comments, body, line endings, BOM). The entry itself is emitted by the `yaml`
// library in the style gray-matter (js-yaml 3.x safeDump) gave the existing notes, so old and
// new logs read alike; the style rules are js-yaml's, the quoting and escaping are yaml's.
import { Document, isAlias, isMap, isNode, isScalar, parseDocument, Scalar, visit } from "yaml";
import type { Node as YamlNode, Pair, ScalarTag, Tags } from "yaml";
import { stringifyString } from "yaml/util";
import type { StringifyContext } from "yaml/util";
import type { CheckLog } from "../core/types";

/**
 * The largest frontmatter read or written (1 MiB; a reference's is a few kilobytes, a check_log
 * with a long author list some tens). A larger one is refused with a message, never parsed: YAML
 * of that size costs seconds and hundreds of megabytes.
 */
export const MAX_FRONTMATTER_BYTES = 1024 * 1024;

export type FrontmatterResult = { data: Record<string, unknown>; start: number; end: number } | { error: string };
export type SpliceResult = { text: string } | { error: string };

// ---------------------------------------------------------------------------------------------
// Locating the frontmatter block

interface Block {
	/** Offset of the first YAML character (after the opening `---` line). */
	start: number;
	/** Offset of the closing `---` line. */
	end: number;
	/** The file's line ending, taken from the opening line. */
	eol: string;
}

const OPENING = /---[ \t]*(\r?\n)/y;
const DELIMITER_REST = /^[ \t]*\r?$/;

/** Offset of the first line, from `from` on, that is `---` (lines end at "\n" only), or -1. */
function findClosingLine(text: string, from: number): number {
	for (let pos = from; pos < text.length || pos === from; ) {
		const nl = text.indexOf("\n", pos);
		const lineEnd = nl === -1 ? text.length : nl;
		if (text.startsWith("---", pos) && DELIMITER_REST.test(text.slice(pos + 3, lineEnd))) return pos;
		if (nl === -1) break;
		pos = nl + 1;
	}
	return -1;
}

function locateBlock(text: string): Block | { error: string } {
	OPENING.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const open = OPENING.exec(text);
	if (!open) return { error: "no frontmatter: the note does not start with a `---` line" };
	const start = OPENING.lastIndex;
	const end = findClosingLine(text, start);
	if (end === -1) return { error: "unclosed frontmatter: no closing `---` line" };
	// UTF-16 units: at most as many as UTF-8 bytes, so text the byte reader accepted passes here.
	if (end - start > MAX_FRONTMATTER_BYTES) return { error: `the frontmatter is larger than ${MAX_FRONTMATTER_BYTES / (1024 * 1024)} MiB; not read` };
	return { start, end, eol: open[1] };
}

function parseBlock(text: string, block: Block): Document.Parsed | { error: string } {
	// yaml's own uniqueKeys check compares each key with every earlier one: 100,000 keys took a
	// minute. duplicateKey does the same check with a set.
	const doc = parseDocument(text.slice(block.start, block.end), { uniqueKeys: false, prettyErrors: false });
	if (doc.errors.length > 0) return { error: `invalid YAML in frontmatter: ${doc.errors[0].message.split("\n")[0]}` };
	const duplicate = duplicateKey(doc);
	if (duplicate !== null) return { error: `duplicate key in frontmatter: Map keys must be unique (\`${duplicate}\`)` };
	if (doc.contents !== null && !isMap(doc.contents)) return { error: "frontmatter is not a map of keys" };
	return doc;
}

/** The first key that appears twice in one map of the document (as yaml's uniqueKeys: scalar values compared with ===), or null. */
function duplicateKey(doc: Document.Parsed): string | null {
	let found: string | null = null;
	visit(doc, {
		Map(_key, map) {
			const seen = new Set<unknown>();
			for (const pair of map.items) {
				const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
				if (seen.has(key)) {
					found = String(key).slice(0, 80);
					return visit.BREAK;
				}
				seen.add(key);
			}
			return undefined;
		},
	});
	return found;
}

/**
 * Reads the frontmatter. `start`/`end` are the offsets of the YAML text between the `---` lines
 * (`end` is where the closing `---` line starts).
 */
export function parseFrontmatter(text: string): FrontmatterResult {
	const block = locateBlock(text);
	if ("error" in block) return block;
	const doc = parseBlock(text, block);
	if ("error" in doc) return doc;
	try {
		const data = (doc.toJS() ?? {}) as Record<string, unknown>;
		return { data, start: block.start, end: block.end };
	} catch (e) {
		// toJS refuses alias bombs ("excessive alias count") and the like.
		return { error: `invalid YAML in frontmatter: ${e instanceof Error ? e.message : "unreadable"}` };
	}
}

// ---------------------------------------------------------------------------------------------
// js-yaml 3.x scalar style rules (dumper.js chooseScalarStyle / writeScalar), deciding the style
// the `yaml` library then emits.

type Style = "plain" | "single" | "double" | "literal" | "folded";

const DEPRECATED_BOOLEANS = new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]);

function isPrintable(c: number): boolean {
	return (c >= 0x20 && c <= 0x7e)
		|| (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029)
		|| (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
		|| (c >= 0x10000 && c <= 0x10ffff);
}

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09;

function isNsChar(c: number): boolean {
	return isPrintable(c) && !isWhitespace(c) && c !== 0xfeff && c !== 0x0d && c !== 0x0a;
}

// , [ ] { } :
const FLOW_OR_COLON = new Set([0x2c, 0x5b, 0x5d, 0x7b, 0x7d, 0x3a]);
// - ? : , [ ] { } # & * ! | = > ' " % @ `
const NOT_FIRST = new Set([0x2d, 0x3f, 0x3a, 0x2c, 0x5b, 0x5d, 0x7b, 0x7d, 0x23, 0x26, 0x2a, 0x21, 0x7c, 0x3d, 0x3e, 0x27, 0x22, 0x25, 0x40, 0x60]);

function isPlainSafe(c: number, prev: number | null): boolean {
	return isPrintable(c) && c !== 0xfeff && !FLOW_OR_COLON.has(c) && (c !== 0x23 || (prev !== null && isNsChar(prev)));
}

function isPlainSafeFirst(c: number): boolean {
	return isPrintable(c) && c !== 0xfeff && !isWhitespace(c) && !NOT_FIRST.has(c);
}

// js-yaml's DEFAULT_SAFE_SCHEMA implicit types (null, bool, int, float, timestamp, merge): a plain
// scalar matching one of them would read back as another type, so it is quoted.
const AMBIGUOUS = [
	/^(?:~|null|Null|NULL)$/,
	/^(?:true|True|TRUE|false|False|FALSE)$/,
	/^[-+]?0b[0-1_]*[01][0-1_]*$/,
	/^[-+]?0x[0-9a-fA-F_]*[0-9a-fA-F][0-9a-fA-F_]*$/,
	/^[-+]?0[0-7_]*[0-7][0-7_]*$/,
	/^[-+]?0$/,
	/^[-+]?[1-9][0-9_]*$/,
	/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	/^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
	/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
	/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/,
	/^<<$/,
];

function isAmbiguous(s: string): boolean {
	// js-yaml's int/float resolvers reject a trailing underscore.
	return AMBIGUOUS.some((re) => re.test(s)) && !(/^[-+.0-9]/.test(s) && s.endsWith("_"));
}

/** js-yaml 3.14 chooseScalarStyle for the given content width. */
function chooseStyle(s: string, singleLineOnly: boolean, width: number): Style {
	if (s.length === 0 || DEPRECATED_BOOLEANS.has(s)) return "single";
	let plain = isPlainSafeFirst(s.charCodeAt(0)) && !isWhitespace(s.charCodeAt(s.length - 1));
	let hasLineBreak = false;
	let hasFoldableLine = false;
	let previousLineBreak = -1;
	let i = 0;
	for (; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0x0a && !singleLineOnly) {
			hasLineBreak = true;
			hasFoldableLine = hasFoldableLine || (i - previousLineBreak - 1 > width && s[previousLineBreak + 1] !== " ");
			previousLineBreak = i;
		} else if (!isPrintable(c)) {
			return "double";
		}
		plain = plain && isPlainSafe(c, i > 0 ? s.charCodeAt(i - 1) : null);
	}
	if (!singleLineOnly) hasFoldableLine = hasFoldableLine || (i - previousLineBreak - 1 > width && s[previousLineBreak + 1] !== " ");
	if (!hasLineBreak && !hasFoldableLine) return plain && !isAmbiguous(s) ? "plain" : "single";
	return hasFoldableLine ? "folded" : "literal";
}

const NAMED_ESCAPES: Record<number, string> = {
	0x00: "\\0", 0x07: "\\a", 0x08: "\\b", 0x09: "\\t", 0x0a: "\\n", 0x0b: "\\v", 0x0c: "\\f", 0x0d: "\\r",
	0x1b: "\\e", 0x22: "\\\"", 0x5c: "\\\\", 0x85: "\\N", 0xa0: "\\_", 0x2028: "\\L", 0x2029: "\\P",
};
const ESCAPE_CODES: Record<string, number> = {
	"0": 0x00, a: 0x07, b: 0x08, t: 0x09, "\t": 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d, e: 0x1b, " ": 0x20,
	"\"": 0x22, "/": 0x2f, "\\": 0x5c, N: 0x85, _: 0xa0, L: 0x2028, P: 0x2029,
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function hexEscape(code: number): string {
	const hex = code.toString(16).toUpperCase();
	const [handle, length] = code <= 0xff ? ["x", 2] : code <= 0xffff ? ["u", 4] : ["U", 8];
	return `\\${handle}${hex.padStart(length, "0")}`;
}

/**
 * Re-spells the escapes of a one-line double-quoted scalar written by `yaml` the way js-yaml
 * writes them (every non-printable UTF-16 unit escaped, upper-case hex, astral characters as
 * \U…). Same value, other spelling; the splice verifies the value reads back.
 */
function jsYamlEscapes(quoted: string): string {
	const units: number[] = [];
	for (let i = 1; i < quoted.length - 1; i++) {
		if (quoted[i] !== "\\") {
			units.push(quoted.charCodeAt(i));
			continue;
		}
		const e = quoted[++i];
		const hexLength = HEX_LENGTH[e];
		if (hexLength) {
			const code = parseInt(quoted.slice(i + 1, i + 1 + hexLength), 16);
			i += hexLength;
			const s = String.fromCodePoint(code);
			for (let k = 0; k < s.length; k++) units.push(s.charCodeAt(k));
		} else {
			units.push(ESCAPE_CODES[e] ?? e.charCodeAt(0));
		}
	}
	let out = "\"";
	for (let i = 0; i < units.length; i++) {
		const c = units[i];
		const next = units[i + 1];
		if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			out += hexEscape((c - 0xd800) * 0x400 + next - 0xdc00 + 0x10000);
			i++;
			continue;
		}
		const named = NAMED_ESCAPES[c];
		out += named ?? (isPrintable(c) ? String.fromCharCode(c) : hexEscape(c));
	}
	return out + "\"";
}

const YAML_TYPE: Record<Style, Scalar.Type> = {
	plain: Scalar.PLAIN,
	single: Scalar.QUOTE_SINGLE,
	double: Scalar.QUOTE_DOUBLE,
	literal: Scalar.BLOCK_LITERAL,
	folded: Scalar.BLOCK_FOLDED,
};

/**
 * Strings in the js-yaml style: the style is chosen here, the text is written by `yaml`.
 * `blockFree` writes double quotes instead of block scalars: the fallback for the rare value
 * whose block form `yaml` cannot write so that it reads back (see readsBack).
 */
function jsYamlStyleString(blockFree: boolean): ScalarTag {
	return {
		identify: (value: unknown) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str: string) => str,
		stringify(item, ctx: StringifyContext, onComment, onChompKeep) {
			const value = String(item.value);
			const indent = Math.max(2, ctx.indent.length);
			// js-yaml: the width shrinks with depth down to 40 columns; flow scalars are never folded.
			const width = Math.max(40, 80 - indent);
			let style = chooseStyle(value, ctx.implicitKey === true || ctx.inFlow === true, width);
			// yaml writes a whitespace-only block scalar that reads back without its spaces.
			if ((style === "literal" || style === "folded") && (blockFree || /^[ \t\n]*$/.test(value))) style = "double";
			// The node belongs to the Document serializeEntry just built, so setting its style is safe.
			item.type = YAML_TYPE[style];
			const context: StringifyContext = Object.assign({ actualString: true }, ctx);
			if (style === "folded") {
				let lineWidth = width + ctx.indent.length;
				// yaml leaves a one-line text of width + 1 characters unfolded; js-yaml folds it at its
				// last space, which yaml does with one column less.
				const body = value.replace(/\n+$/, "");
				if (body.length === width + 1 && !body.includes("\n")) lineWidth -= 1;
				context.options = { ...ctx.options, lineWidth };
			}
			const text = stringifyString(item, context, onComment, onChompKeep);
			return style === "double" && text.startsWith("\"") && !text.includes("\n") ? jsYamlEscapes(text) : text;
		},
	};
}

const JS_YAML_STRING = jsYamlStyleString(false);
const BLOCK_FREE_STRING = jsYamlStyleString(true);

// singleQuote: where yaml itself must quote a string js-yaml would leave plain ("08" reads as a
// number in YAML 1.2), it quotes the js-yaml way.
// lineWidth 0: js-yaml never folds flow scalars; folded ones get their width per scalar.
const STRINGIFY_OPTIONS = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER, singleQuote: true, nullStr: "null", trueStr: "true", falseStr: "false" } as const;

function entryText(key: string, value: unknown, stringTag: ScalarTag): string {
	const doc = new Document({ [key]: value }, {
		aliasDuplicateObjects: false,
		customTags: (tags: Tags) => tags.map((t) => (typeof t === "object" && t.tag === "tag:yaml.org,2002:str" && !t.format ? stringTag : t)),
	});
	return doc.toString(STRINGIFY_OPTIONS);
}

/** True when `entry` parses back to exactly `{[key]: value}`. */
function readsBack(entry: string, key: string, value: unknown): boolean {
	const back = parseDocument(entry, { uniqueKeys: true });
	return back.errors.length === 0 && deepEqual((back.toJS() as Record<string, unknown>)[key], value);
}

/** One top-level `key: value` entry as gray-matter/js-yaml 3 safeDump writes it, ending in "\n". */
export function serializeEntry(key: string, value: unknown): string {
	return entryText(key, value, JS_YAML_STRING);
}

/** The entry, checked to read back as the value; null when no form of it does. */
function verifiedEntry(key: string, value: unknown): string | null {
	const entry = serializeEntry(key, value);
	if (readsBack(entry, key, value)) return entry;
	const fallback = entryText(key, value, BLOCK_FREE_STRING);
	return readsBack(fallback, key, value) ? fallback : null;
}

// ---------------------------------------------------------------------------------------------
// Splicing

/** Position just past the line break that ends the line containing `pos - 1`. */
function endOfLine(text: string, pos: number, limit: number): number {
	if (pos > 0 && text[pos - 1] === "\n") return pos;
	const nl = text.indexOf("\n", pos);
	return nl === -1 || nl >= limit ? limit : nl + 1;
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
	if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
	const proto: unknown = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null;
}

/** Equality of JSON-like values (a Date or other class instance equals only itself). */
function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
	if (isPlainMap(a) && isPlainMap(b)) {
		const ka = Object.keys(a).filter((k) => a[k] !== undefined);
		const kb = Object.keys(b).filter((k) => b[k] !== undefined);
		return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
	}
	return false;
}

/** True when an anchor defined inside `pair` is used by an alias elsewhere in the map. */
function anchorUsedElsewhere(pairs: Pair[], pair: Pair): boolean {
	if (!pair.value) return false;
	const anchors = new Set<string>();
	visit(pair.value as YamlNode, (_key, node) => {
		const anchor = (node as { anchor?: string }).anchor;
		if (anchor) anchors.add(anchor);
	});
	if (anchors.size === 0) return false;
	let used = false;
	for (const other of pairs) {
		if (other === pair || !other.value) continue;
		visit(other.value as YamlNode, (_key, node) => {
			if (isAlias(node) && anchors.has(node.source)) used = true;
		});
	}
	return used;
}

/**
 * Checks the current value node before it is replaced: a reason to refuse, or the value to write
 * (the one given, or that value completed from the current one).
 */
type Guard = (current: unknown, value: unknown, doc: Document.Parsed) => { error: string } | { value: unknown };

/** A `...` line ending the YAML document before the closing `---`: appended keys go before it. */
const DOCUMENT_END = /^\.\.\.(?=[ \t]|\r?$)/m;

function splice(text: string, key: string, value: unknown, guard?: Guard): SpliceResult {
	if (!key) return { error: "empty key" };
	const block = locateBlock(text);
	if ("error" in block) return block;
	const doc = parseBlock(text, block);
	if ("error" in doc) return doc;
	if (isMap(doc.contents) && doc.contents.flow) return { error: "frontmatter is a flow map ({…}); not rewritten" };

	const documentEnd = DOCUMENT_END.exec(text.slice(block.start, block.end));
	let from = documentEnd ? block.start + documentEnd.index : block.end;
	let to = from;
	const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
	if (guard) {
		const checked = guard(pair?.value ?? null, value, doc);
		if ("error" in checked) return checked;
		value = checked.value;
	}
	let comment = "";
	if (pair) {
		const keyRange = (pair.key as YamlNode).range;
		if (!keyRange) return { error: `cannot locate \`${key}\` in the frontmatter` };
		from = block.start + keyRange[0];
		if (text[from - 1] !== "\n") return { error: `\`${key}\` does not start its line; not rewritten` };
		if (isMap(doc.contents) && anchorUsedElsewhere(doc.contents.items, pair)) {
			return { error: `\`${key}\` defines an anchor (&) used elsewhere in the frontmatter; not rewritten` };
		}
		const valueRange = (pair.value as YamlNode | null)?.range;
		to = endOfLine(text, block.start + Math.max(keyRange[1], valueRange ? valueRange[1] : 0), block.end);
		comment = keyLineComment(text, block.start, pair);
	} else if (value === undefined) {
		return { text };
	}

	const withEol = (entry: string) => (block.eol === "\n" ? entry : entry.replace(/\n/g, block.eol));
	const assemble = (entry: string) => text.slice(0, from) + entry + text.slice(to);
	// A keep-chomped block scalar (`|+`), the note's or ours, takes in the blank lines that come to
	// follow it: then the whole result is read back (the key as written, every other key as it was).
	const keepChomped = KEEP_CHOMPING.test(text.slice(block.start, block.end));
	const unchangedElsewhere = (out: string) => noteReadsBack(out, doc, key, value);
	const refused = { error: `writing \`${key}\` would change how another part of the frontmatter reads; not written` };
	if (value === undefined) {
		const out = assemble("");
		return keepChomped && !unchangedElsewhere(out) ? refused : { text: out };
	}
	// Never write what would not read back as the value given.
	const verified = verifiedEntry(key, value);
	if (verified === null) return { error: `\`${key}\` cannot be written so that it reads back as the same value` };
	const checked = withComment(verified, comment, key, value);
	let out = assemble(withEol(checked));
	if ((keepChomped || KEEP_CHOMPING.test(checked)) && !unchangedElsewhere(out)) {
		const fallback = entryText(key, value, BLOCK_FREE_STRING);
		out = assemble(withEol(fallback));
		if (!readsBack(fallback, key, value) || !unchangedElsewhere(out)) return refused;
	}
	return { text: out };
}

/**
 * The comment at the end of the key's own line (`year: '2023'   # from the PDF`, `authors: # …`),
 * with the spaces before it, or "". Found after the value when the value ends on that line, else
 * after the colon and a block scalar header.
 */
function keyLineComment(text: string, offset: number, pair: Pair): string {
	const keyRange = (pair.key as YamlNode).range;
	if (!keyRange) return "";
	const nl = text.indexOf("\n", offset + keyRange[1]);
	const lineEnd = nl === -1 ? text.length : nl;
	const value = pair.value as YamlNode | null;
	const valueRange = value?.range;
	let from = text.indexOf(":", offset + keyRange[1]) + 1;
	if (from === 0 || from > lineEnd) return "";
	// An empty value (`key:   # note`) is a null scalar without text: the comment follows the colon.
	const empty = isScalar(value) && value.value === null && valueRange != null && valueRange[0] === valueRange[1];
	if (valueRange && !empty && offset + valueRange[0] < lineEnd) {
		// A block scalar's header is on the key's line, its text below; any other value starting here ends here or is not one line.
		const header = isScalar(value) && (value.type === Scalar.BLOCK_FOLDED || value.type === Scalar.BLOCK_LITERAL) ? /^[|>][1-9+-]{0,2}/.exec(text.slice(offset + valueRange[0], lineEnd)) : null;
		if (header) from = offset + valueRange[0] + header[0].length;
		else if (offset + valueRange[1] <= lineEnd) from = offset + valueRange[1];
		else return "";
	}
	const m = /^([ \t]+#.*?)\r?$/.exec(text.slice(from, lineEnd));
	return m ? m[1] : "";
}

/** The entry with `comment` at the end of its first line, when it still reads back as the value. */
function withComment(entry: string, comment: string, key: string, value: unknown): string {
	if (comment === "") return entry;
	const nl = entry.indexOf("\n");
	const commented = nl === -1 ? entry + comment : entry.slice(0, nl) + comment + entry.slice(nl);
	return readsBack(commented, key, value) ? commented : entry;
}

/**
 * Comments inside a key's entry that rewriting the key drops: all but the one at the end of the
 * key's own line, which spliceKey keeps (`authors:` with a comment on each name). [] when the key
 * is absent or the frontmatter does not parse.
 */
export function droppedComments(text: string, key: string): string[] {
	const block = locateBlock(text);
	if ("error" in block) return [];
	const doc = parseBlock(text, block);
	if ("error" in doc || !isMap(doc.contents)) return [];
	const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
	if (!pair || !isNode(pair.value)) return [];
	const kept = keyLineComment(text, block.start, pair).replace(/^[ \t]+#/, "");
	const found: string[] = [];
	const collect = (node: unknown) => {
		const n = node as { comment?: string | null; commentBefore?: string | null };
		for (const c of [n.commentBefore, n.comment]) if (c) found.push(...c.split("\n"));
	};
	collect(pair.value);
	visit(pair.value, (_k, node) => {
		if (node !== pair.value) collect(node);
	});
	const keptAt = found.indexOf(kept);
	if (kept !== "" && keptAt !== -1) found.splice(keptAt, 1);
	return found.map((c) => `#${c}`);
}

/** A block scalar header with the keep indicator (`|+`, `>2+`, `|+2 # comment`). */
const KEEP_CHOMPING = /[|>](?:[1-9]?\+|\+[1-9])[ \t]*(?:#.*)?$/m;

/** True when `text`'s frontmatter is `before` with only `key` set to `value` (undefined: removed). */
function noteReadsBack(text: string, before: Document.Parsed, key: string, value: unknown): boolean {
	const fm = parseFrontmatter(text);
	if ("error" in fm) return false;
	let expected: Record<string, unknown>;
	try {
		expected = { ...((before.toJS() ?? {}) as Record<string, unknown>) };
	} catch {
		return false;
	}
	if (value === undefined) delete expected[key];
	else expected[key] = value;
	return deepEqual(fm.data, expected);
}

/**
 * Writes one top-level key (value `undefined` removes it), replacing only that entry's lines or
 * appending the entry at the end of the block. Never creates a frontmatter.
 */
export function spliceKey(text: string, key: string, value: unknown): SpliceResult {
	return splice(text, key, value);
}

/**
 * Writes the `check_log` entry; an existing `check_log` that is not a map is left alone. A
 * `manually_verified` already in the note's check_log is kept when the new log has none (a log
 * built before a person marked the note, or a hand-written check_log without a status).
 */
export function spliceCheckLog(text: string, log: CheckLog): SpliceResult {
	return splice(text, "check_log", log, (current, value, doc) => {
		if (isScalar(current) && (current.value === null || current.value === "")) return { value };
		if (current !== null && !isMap(current)) return { error: "check_log is not a map; not overwritten" };
		const node: unknown = isMap(current) ? current.get("manually_verified", true) : undefined;
		const verified: unknown = isNode(node) ? node.toJS(doc) : node;
		if (verified === undefined || verified === null || log.manually_verified !== undefined) return { value };
		return { value: { ...log, manually_verified: verified } };
	});
}
