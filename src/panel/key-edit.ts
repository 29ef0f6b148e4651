// Undo for the panel's writes: the exact bytes a write replaced, so undoing it restores them even
// after other keys of the note changed since (the re-check that follows "use remote value"
// rewrites check_log). Pure text functions.
import { parseFrontmatter } from "../vault/frontmatter";

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
	const start = lineStart(before, p);
	let endBefore = lineEnd(before, before.length - s);
	let endAfter = after.length - (before.length - endBefore);
	// Never an empty side: include the next line so the inserted text can be found again.
	if (endBefore === start || endAfter === start) {
		const extra = lineEnd(before, Math.min(before.length, endBefore + 1)) - endBefore;
		endBefore += extra;
		endAfter += extra;
	}
	return { key, removed: before.slice(start, endBefore), inserted: after.slice(start, endAfter) };
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
