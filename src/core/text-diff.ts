// What to highlight when the panel shows a local value beside the remote one: the differing
// characters of two strings, and the two author lists aligned name by name. Pure; the panel
// renders the segments as text nodes (never as HTML).
import { diffChars, diffWordsWithSpace } from "diff";
import { alignAuthors, type NameMatchKind } from "./match";

export interface DiffSegment {
	text: string;
	/** True for characters only on this side. */
	differs: boolean;
}

export interface TextDiff {
	local: DiffSegment[];
	remote: DiffSegment[];
}

/** Longer strings are diffed by words: a character diff of two long unrelated titles is noise. */
const CHAR_DIFF_MAX = 400;
/**
 * Below this share of the shorter string in common runs of at least MIN_RUN characters, the
 * strings are shown as wholly different (scattered single letters in common are noise).
 */
const MIN_COMMON_SHARE = 0.4;
const MIN_RUN = 3;

function push(out: DiffSegment[], text: string, differs: boolean): void {
	if (text === "") return;
	const last = out[out.length - 1];
	if (last && last.differs === differs) last.text += text;
	else out.push({ text, differs });
}

/**
 * Segments of `local` and `remote`, each marking the characters the other side lacks. Case is
 * ignored (the checker ignores it too, so "Is Not Gold" / "is not gold" is not a difference).
 * Joining a side's segments gives back that string exactly.
 */
export function diffText(local: string, remote: string): TextDiff {
	if (local === remote) return { local: local ? [{ text: local, differs: false }] : [], remote: remote ? [{ text: remote, differs: false }] : [] };
	const byWords = local.length + remote.length > CHAR_DIFF_MAX;
	const changes = byWords ? diffWordsWithSpace(local, remote, { ignoreCase: true }) : diffChars(local, remote, { ignoreCase: true });
	// With ignoreCase a common run carries the remote spelling: take each side's own text by position.
	const l = Array.from(local);
	const r = Array.from(remote);
	let li = 0;
	let ri = 0;
	const out: TextDiff = { local: [], remote: [] };
	const shorter = Math.min(l.length, r.length);
	const minRun = Math.min(MIN_RUN, shorter);
	let common = 0;
	for (const c of changes) {
		const n = Array.from(c.value).length;
		if (c.added) {
			push(out.remote, r.slice(ri, ri + n).join(""), true);
			ri += n;
		} else if (c.removed) {
			push(out.local, l.slice(li, li + n).join(""), true);
			li += n;
		} else {
			// Word diffs may pair words of different lengths ("ß"/"SS"): each side keeps its own run.
			const ln = byWords ? commonRunLength(l, li, c.value) : n;
			const rn = n;
			if (rn >= minRun) common += rn;
			push(out.local, l.slice(li, li + ln).join(""), false);
			push(out.remote, r.slice(ri, ri + rn).join(""), false);
			li += ln;
			ri += rn;
		}
	}
	// Whatever a case mapping left over stays visible as a difference.
	if (li < l.length) push(out.local, l.slice(li).join(""), true);
	if (ri < r.length) push(out.remote, r.slice(ri).join(""), true);
	if (shorter > 0 && common / shorter < MIN_COMMON_SHARE) {
		return { local: local ? [{ text: local, differs: true }] : [], remote: remote ? [{ text: remote, differs: true }] : [] };
	}
	return out;
}

/** Length on the local side of a common run whose remote spelling is `value` (case-insensitive). */
function commonRunLength(local: string[], from: number, value: string): number {
	const target = value.toLowerCase();
	let acc = "";
	let i = from;
	while (i < local.length && acc.length < target.length) acc += local[i++].toLowerCase();
	return i - from;
}

export interface AlignedAuthor {
	local: string | null;
	remote: string | null;
	/** Not the same person, or a name on one side only. */
	differs: boolean;
	/** How the two names relate (null when one side is missing; "different" for two names paired by position). */
	kind: NameMatchKind | null;
	/** Character segments for a differing pair written differently (null otherwise). */
	diff: TextDiff | null;
}

export interface AuthorAlignment {
	rows: AlignedAuthor[];
	/** The remote authors after the last aligned one (a truncated local list), not shown as rows. */
	trailing: string[];
}

/**
 * The local and remote author lists aligned with the checker's own alignment (match.ts), each
 * row marked when the names are not the same person: missing on one side, a different person,
 * an incompatible given name or a misspelt family name. When no name aligns (another paper's
 * record) the lists stand side by side by position, so every remote name is on a row.
 */
export function authorDiffRows(local: string[], remote: string[], afterGap = 0): AuthorAlignment {
	// APA 7's first authors, ". . ." and the last (Reference.authorsAfterGap): the head against the
	// record's head and the last against its last, as the comparison does; the record's authors
	// between them are the gap, listed with the trailing ones
	if (afterGap > 0 && afterGap < local.length && remote.length > local.length) {
		const before = local.length - afterGap;
		const head = authorDiffRows(local.slice(0, before), remote.slice(0, before));
		const last = authorDiffRows(local.slice(before), remote.slice(remote.length - afterGap));
		return { rows: [...head.rows, ...last.rows], trailing: [...head.trailing, ...remote.slice(before, remote.length - afterGap), ...last.trailing] };
	}
	const { pairs, trailingRemote } = alignAuthors(local, remote);
	const rows: AlignedAuthor[] = [];
	if (!pairs.some((p) => p.match !== null)) {
		for (let i = 0; i < Math.max(local.length, remote.length); i++) {
			const l = local[i] ?? null;
			const r = remote[i] ?? null;
			rows.push({ local: l, remote: r, differs: true, kind: l !== null && r !== null ? "different" : null, diff: l !== null && r !== null ? diffText(l, r) : null });
		}
		return { rows, trailing: [] };
	}
	for (const p of pairs) {
		const l = p.local === null ? null : local[p.local];
		const r = p.remote === null ? null : remote[p.remote];
		const prev = rows[rows.length - 1];
		// A name only on the left next to a name only on the right: one author written two ways
		// ("Sofia Serber" / "Sofia Serrano"), shown side by side rather than as two gaps.
		if (prev && prev.kind === null && ((prev.remote === null && l === null && r !== null) || (prev.local === null && r === null && l !== null))) {
			prev.local = prev.local ?? l;
			prev.remote = prev.remote ?? r;
			prev.kind = "different";
			prev.diff = diffText(prev.local ?? "", prev.remote ?? "");
			continue;
		}
		const kind = p.match?.kind ?? null;
		const differs = l === null || r === null || (kind !== "same" && kind !== "equivalent");
		rows.push({ local: l, remote: r, differs, kind, diff: differs && l !== null && r !== null ? diffText(l, r) : null });
	}
	return { rows, trailing: remote.slice(remote.length - trailingRemote) };
}
