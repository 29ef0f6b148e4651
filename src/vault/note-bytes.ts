// A note as bytes: where its frontmatter ends, and that part as text. A check reads and writes only
// the frontmatter (the `check_log` entry inside it), so the rest of the file — a body in Latin-1,
// binary data — is never decoded and is written back byte for byte. The frontmatter itself must be
// UTF-8: YAML is text, and a stray byte in it means its text is unknown.
import { decodeUtf8 } from "../lib/utf8";
import { MAX_FRONTMATTER_BYTES } from "./frontmatter";

/**
 * The frontmatter part of a note: bytes `0 … length` (BOM, opening line, YAML, closing line with
 * its line break) as text; or `none` (the note does not start with a `---` line); or why it cannot
 * be read; or `more` when only a prefix of the file was given and the part does not end in it.
 */
export type NoteHead = { text: string; length: number } | { none: true } | { error: string } | { more: true };

const DASH = 0x2d;
const LF = 0x0a;
const CR = 0x0d;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

/** Offset just past the closing `---` line, or where the search ended without one. */
function closingLineEnd(b: Uint8Array, from: number, complete: boolean): number | "unclosed" | "more" {
	for (let pos = from; ; ) {
		const nl = b.indexOf(LF, pos);
		if (nl === -1 && !complete) return "more";
		const lineEnd = nl === -1 ? b.length : nl;
		if (b[pos] === DASH && b[pos + 1] === DASH && b[pos + 2] === DASH && pos + 3 <= lineEnd) {
			let i = pos + 3;
			while (i < lineEnd && isBlank(b[i])) i++;
			if (i < lineEnd && b[i] === CR && i + 1 === lineEnd) i++;
			if (i === lineEnd) return nl === -1 ? b.length : nl + 1;
		}
		if (nl === -1) return "unclosed";
		pos = nl + 1;
	}
}

/**
 * Finds the frontmatter in `bytes` (the whole file when `complete`, else a prefix of it) the way
 * parseFrontmatter finds it in text: an optional BOM, a `---` line, lines up to a closing `---`
 * line. Refuses a frontmatter larger than MAX_FRONTMATTER_BYTES or not valid UTF-8.
 */
export function noteHead(bytes: Uint8Array, complete: boolean): NoteHead {
	const b = bytes;
	const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
	let i = start;
	for (let k = 0; k < 3; k++, i++) {
		if (i >= b.length) return complete ? { none: true } : { more: true };
		if (b[i] !== DASH) return { none: true };
	}
	while (i < b.length && isBlank(b[i])) i++;
	if (i < b.length && b[i] === CR) i++;
	if (i >= b.length) return complete ? { none: true } : { more: true };
	if (b[i] !== LF) return { none: true };
	const end = closingLineEnd(b, i + 1, complete);
	if (end === "more") return b.length > MAX_FRONTMATTER_BYTES ? tooLarge() : { more: true };
	if (end === "unclosed") return { error: "unclosed frontmatter: no closing `---` line" };
	if (end > MAX_FRONTMATTER_BYTES) return tooLarge();
	const text = decodeUtf8(b.subarray(0, end));
	if (text === null) return { error: "the frontmatter is not valid UTF-8 (a byte in another encoding?); not read" };
	return { text, length: end };
}

function tooLarge(): NoteHead {
	return { error: `the frontmatter is larger than ${MAX_FRONTMATTER_BYTES / (1024 * 1024)} MiB; not read` };
}

/** The note with its frontmatter part replaced by `head` (UTF-8); every later byte as it was. */
export function withHead(bytes: Uint8Array, oldLength: number, head: string): Uint8Array {
	const front = new TextEncoder().encode(head);
	const out = new Uint8Array(front.length + bytes.length - oldLength);
	out.set(front, 0);
	out.set(bytes.subarray(oldLength), front.length);
	return out;
}
