// What to highlight when the panel shows a local value beside the remote one: the differing
// characters of two strings, and the two author lists aligned name by name. Pure; the panel
// renders the segments as text nodes (never as HTML).
import { diffChars, diffWordsWithSpace } from "diff";
import { alignAuthors as alignAuthorLists, type NameMatchKind } from "./match";

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
 * Segments of `local` and `remote`, each marking the characters the other side lacks.
 * Joining a side's segments gives back that string exactly.
 */
export function diffText(local: string, remote: string): TextDiff {
	if (local === remote) return { local: local ? [{ text: local, differs: false }] : [], remote: remote ? [{ text: remote, differs: false }] : [] };
	const changes = local.length + remote.length > CHAR_DIFF_MAX ? diffWordsWithSpace(local, remote) : diffChars(local, remote);
	const out: TextDiff = { local: [], remote: [] };
	const shorter = Math.min(local.length, remote.length);
	const minRun = Math.min(MIN_RUN, shorter);
	let common = 0;
	for (const c of changes) {
		if (c.added) push(out.remote, c.value, true);
		else if (c.removed) push(out.local, c.value, true);
		else {
			if (c.value.length >= minRun) common += c.value.length;
			push(out.local, c.value, false);
			push(out.remote, c.value, false);
		}
	}
	if (shorter > 0 && common / shorter < MIN_COMMON_SHARE) {
		return { local: local ? [{ text: local, differs: true }] : [], remote: remote ? [{ text: remote, differs: true }] : [] };
	}
	return out;
}

export interface AlignedAuthor {
	local: string | null;
	remote: string | null;
	/** Not the same person, or a name on one side only. */
	differs: boolean;
	/** How the two names relate (null when one side is missing). */
	kind: NameMatchKind | null;
	/** Character segments for a differing pair written differently (null otherwise). */
	diff: TextDiff | null;
}

export interface AuthorAlignment {
	rows: AlignedAuthor[];
	/** Remote authors after the last aligned one (a truncated local list), not shown as rows. */
	trailingRemote: number;
}

/**
 * The local and remote author lists aligned with the checker's own alignment (match.ts), each
 * row marked when the names are not the same person: missing on one side, a different person,
 * an incompatible given name or a misspelt family name.
 */
export function alignAuthors(local: string[], remote: string[]): AuthorAlignment {
	const { pairs, trailingRemote } = alignAuthorLists(local, remote);
	const rows = pairs.map((p): AlignedAuthor => {
		const l = p.local === null ? null : local[p.local];
		const r = p.remote === null ? null : remote[p.remote];
		const kind = p.match?.kind ?? null;
		const differs = l === null || r === null || (kind !== "same" && kind !== "equivalent");
		return { local: l, remote: r, differs, kind, diff: differs && l !== null && r !== null ? diffText(l, r) : null };
	});
	return { rows, trailingRemote };
}
