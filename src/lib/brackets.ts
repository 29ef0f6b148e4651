// Bracketed spans as the patterns /\([^)]*\)/g and /\([^)]*\)|\[[^\]]*\]/g find them (from each
// opener to the first closer after it, left to right), found in linear time. The patterns scan to
// the end from every opener that has no closer after it: a title of 10,000 " (" took two seconds.

/** The spans [start, end) of `s` from an opener of `pairs` ("()" or "()[]") to the first matching closer after it. */
export function bracketedSpans(s: string, pairs: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	// per opener, the next closer at or after the scan position (recomputed only once passed), or -1: none left
	const nextClose = new Map<string, number>();
	for (let i = 0; i < pairs.length; i += 2) nextClose.set(pairs[i], -2);
	// per opener, its next position at or after the scan position (recomputed only once passed), or -1
	const nextOpen = new Map<string, number>();
	let pos = 0;
	while (pos < s.length) {
		let open = -1;
		let opener = "";
		for (let i = 0; i < pairs.length; i += 2) {
			const o = pairs[i];
			if (nextClose.get(o) === -1) continue; // no closer of this kind remains: its openers match nothing
			let at = nextOpen.get(o) ?? -2;
			if (at !== -1 && at < pos) at = s.indexOf(o, pos);
			nextOpen.set(o, at);
			if (at >= 0 && (open < 0 || at < open)) {
				open = at;
				opener = o;
			}
		}
		if (open < 0) break;
		const closer = pairs[pairs.indexOf(opener) + 1];
		let close = nextClose.get(opener) ?? -2;
		if (close <= open) close = s.indexOf(closer, open + 1);
		nextClose.set(opener, close);
		if (close < 0) {
			pos = open + 1;
			continue;
		}
		spans.push([open, close + 1]);
		pos = close + 1;
	}
	return spans;
}

/**
 * `s` with each bracketed span replaced, as `s.replace(/\s?\([^)]*\)/g, replacement)` (with
 * `spaceBefore`: one whitespace character right before the opener goes with it) or
 * `s.replace(/\([^)]*\)/g, replacement)`; `pairs` as in bracketedSpans.
 */
export function replaceBracketed(s: string, pairs: string, replacement: string, spaceBefore = false): string {
	const spans = bracketedSpans(s, pairs);
	if (spans.length === 0) return s;
	let out = "";
	let from = 0;
	for (const [start, end] of spans) {
		const cut = spaceBefore && start > from && /\s/.test(s[start - 1]) ? start - 1 : start;
		out += s.slice(from, cut) + replacement;
		from = end;
	}
	return out + s.slice(from);
}

/**
 * The bracket without brackets inside that ends `name` (spaces aside): what it holds, and where the
 * spaces before it start; null for none. As /\s*\(([^()]*)\)\s*$/ finds it (`inside` its group, `start`
 * its index), found from the end: the pattern tried every space of a long run, a second on 20,000.
 */
export function lastBracket(name: string): { inside: string; start: number } | null {
	const end = name.trimEnd().length;
	if (end === 0 || name[end - 1] !== ")") return null;
	const open = name.lastIndexOf("(", end - 2);
	if (open < 0) return null;
	const inside = name.slice(open + 1, end - 1);
	if (inside.includes(")")) return null;
	let start = open;
	while (start > 0 && /\s/.test(name[start - 1])) start--;
	return { inside, start };
}
