// Undo for the writes of the panel and of the cited_in update: the exact bytes a write replaced,
// so undoing it restores them even after other keys of the note changed since (the re-check that
// follows "use remote value" rewrites check_log). Pure text functions.
import { parseFrontmatter } from "./frontmatter";

/** One write: `before = prefix + removed + suffix`, `after = prefix + inserted + suffix` (whole lines). */
export interface KeyEdit {
	key: string;
	removed: string;
	inserted: string;
}

function lineStart(text: string, pos: number): number {
	return text.lastIndexOf("\n", pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
	if (pos === 0 || text[pos - 1] === "\n") return pos;
	const nl = text.indexOf("\n", pos);
	return nl === -1 ? text.length : nl + 1;
}

/** The whole lines that differ between `before` and `after` (a splice replaces whole lines). */
export function keyEdit(key: string, before: string, after: string): KeyEdit {
	const max = Math.min(before.length, after.length);
	let p = 0;
	while (p < max && before[p] === after[p]) p++;
	let s = 0;
	while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
	let start = lineStart(before, p);
	let endBefore = lineEnd(before, before.length - s);
	let endAfter = after.length - (before.length - endBefore);
	// Never an empty side, and inserted lines found only once (a blank line or a repeated line is
	// not enough to find the edit again): widen by the unchanged lines after it, then before it.
	while (endBefore === start || endAfter === start || !foundOnce(after, after.slice(start, endAfter))) {
		if (endBefore < before.length) {
			const extra = lineEnd(before, endBefore + 1) - endBefore;
			endBefore += extra;
			endAfter += extra;
		} else if (start > 0) {
			start = lineStart(before, start - 1);
		} else {
			break;
		}
	}
	return { key, removed: before.slice(start, endBefore), inserted: after.slice(start, endAfter) };
}

/** `lines` occurs exactly once in `text` at the start of a line. */
function foundOnce(text: string, lines: string): boolean {
	let hits = 0;
	for (let i = text.indexOf(lines); i !== -1 && lines !== ""; i = text.indexOf(lines, i + 1)) {
		if ((i === 0 || text[i - 1] === "\n") && ++hits > 1) return false;
	}
	return hits === 1;
}

function deepEqual(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `text` with the edit undone: the inserted lines, found once at a line start inside the
 * frontmatter, replaced by the removed ones. Refuses when the key was changed since (the lines
 * are gone or ambiguous) or when the result would not read back with the key's previous value.
 */
export function revertKeyEdit(text: string, edit: KeyEdit, previousValue: unknown): { text: string } | { error: string } {
	const fm = parseFrontmatter(text);
	if ("error" in fm) return { error: fm.error };
	const hits: number[] = [];
	for (let i = text.indexOf(edit.inserted); i !== -1 && edit.inserted !== ""; i = text.indexOf(edit.inserted, i + 1)) {
		if ((i === 0 || text[i - 1] === "\n") && i >= lineStart(text, fm.start) && i <= fm.end) hits.push(i);
	}
	if (hits.length !== 1) return { error: `\`${edit.key}\` was changed since; not undone` };
	const out = text.slice(0, hits[0]) + edit.removed + text.slice(hits[0] + edit.inserted.length);
	const check = parseFrontmatter(out);
	if ("error" in check || !deepEqual(check.data[edit.key], previousValue)) {
		return { error: `undoing \`${edit.key}\` would not restore its previous value; not undone` };
	}
	return { text: out };
}
