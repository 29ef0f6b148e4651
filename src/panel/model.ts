// The mismatch panel's model: one entry per reference note that needs the user's attention, read
// from the check_log already in its frontmatter (plus the last run's errors, which are never
// written to notes), grouped, counted, filtered and sorted. Pure: the view feeds it notes and
// renders its rows; updating one note touches one entry. The group presents the note's one
// verdict (core/verdict.ts), as the status bar and the cited_in badges do.
import { noteVerdict, type FieldName, type NoteVerdict } from "../core/verdict";
import type { CheckLog, ManualVerification, Reference, Severity, WrongIdentifier } from "../core/types";

export type PanelGroup = "retracted" | "major" | "minor" | "duplicate" | "not_found" | "error" | "published" | "stale" | "ignored";

/** Display order of the groups. */
export const PANEL_GROUPS: readonly PanelGroup[] = ["retracted", "major", "minor", "duplicate", "not_found", "error", "published", "stale", "ignored"];

export const GROUP_LABELS: Record<PanelGroup, string> = {
	retracted: "Retracted",
	major: "Major mismatches",
	minor: "Minor differences",
	duplicate: "Duplicates",
	not_found: "Not found",
	error: "Errors",
	published: "Published versions",
	stale: "Stale",
	ignored: "Ignored",
};

export interface NoteFacts {
	path: string;
	reference: Reference;
	frontmatter: Record<string, unknown>;
	/** The last run's error for this note (not in the note), or null. */
	error: string | null;
	/**
	 * Every reference note resolving to the same OpenAlex work or DOI as this one, this one
	 * included, in path order (core/duplicates.ts); empty or one path: no duplicate.
	 */
	duplicates?: readonly string[];
	/** The note's verdict when the caller already has it (the panel's index judges each note once). */
	verdict?: NoteVerdict;
}

export interface PanelOptions {
	now: Date;
	staleDays: number;
}

export interface PanelEntry {
	path: string;
	group: PanelGroup;
	title: string;
	citationKey: string | null;
	firstAuthor: string | null;
	/** The note's authors as read (for the side-by-side author list). */
	authors: string[];
	/** How many of `authors` follow APA 7's ". . ." (compared with the record's last authors). */
	authorsAfterGap?: number;
	year: string | null;
	log: CheckLog | null;
	severity: Severity | null;
	stale: boolean;
	error: string | null;
	ignored: boolean;
	verified: ManualVerification | null;
	/** Fields whose check did not match, in FIELD_NAMES order. */
	differing: FieldName[];
	/** Lower-cased citation key, title and authors, for the filter box. */
	searchText: string;
	/** The note's identifier names another paper: said first, and no field of that paper offered. */
	wrongIdentifier: WrongIdentifier | null;
	/** The notes for the same work, this one included (see NoteFacts.duplicates); empty when none. */
	duplicates: readonly string[];
	/** OpenAlex marks the matched work as retracted. */
	retracted: boolean;
}

/**
 * The group a verdict puts a note in, or null when it needs no attention: confirmed or skipped
 * and fresh, verified by a person, or never checked. Ignored outranks everything; an old log's
 * mismatch that today's rules accept is not a problem, only out of date ("stale").
 */
export function panelGroup(v: NoteVerdict, duplicates = 0): PanelGroup | null {
	if (v.ignored) return "ignored";
	if (v.kind === "error") return "error";
	// A retracted work is a problem whatever the metadata says (and a person verified only that).
	if (v.retracted) return "retracted";
	// Several notes for one work: merging them comes before fixing any one.
	if (duplicates > 1) return "duplicate";
	if (v.manual || v.kind === "unchecked") return null;
	if (v.kind === "mismatch") return v.severity;
	if (v.kind === "not_found") return "not_found";
	// A preprint reference whose published version OpenAlex knows: offer the update.
	if (v.published) return "published";
	if (v.kind === "outdated" || (v.kind === "confirmed" && v.stale)) return "stale";
	return null;
}

/** The panel entry of one reference note, or null when its verdict puts it in no group. */
export function panelEntry(facts: NoteFacts, opts: PanelOptions): PanelEntry | null {
	const { reference: ref, frontmatter: fm } = facts;
	const verdict = facts.verdict ?? noteVerdict(fm, { staleDays: opts.staleDays, now: opts.now, error: facts.error, reference: ref });
	const duplicates = facts.duplicates && facts.duplicates.length > 1 ? facts.duplicates : [];
	const group = panelGroup(verdict, duplicates.length);
	if (group === null) return null;
	const searchText = [ref.citationKey ?? "", ref.title, ...ref.authors].join("\n").toLowerCase();
	return {
		path: facts.path,
		group,
		title: ref.title,
		citationKey: ref.citationKey,
		firstAuthor: ref.authors[0] ?? null,
		authors: ref.authors,
		...(ref.authorsAfterGap ? { authorsAfterGap: ref.authorsAfterGap } : {}),
		year: ref.year,
		log: verdict.log,
		severity: verdict.severity,
		stale: verdict.stale,
		error: facts.error,
		ignored: verdict.ignored,
		verified: verdict.manual,
		differing: verdict.differing,
		searchText,
		wrongIdentifier: verdict.wrongIdentifier,
		duplicates,
		retracted: verdict.retracted,
	};
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Sort order: group, then (duplicates) the set, so the notes for one work sit together, then
 * title, then path (unique, so the order is total).
 */
export function compareEntries(a: PanelEntry, b: PanelEntry): number {
	const g = PANEL_GROUPS.indexOf(a.group) - PANEL_GROUPS.indexOf(b.group);
	if (g !== 0) return g;
	const setA = a.duplicates[0] ?? "";
	const setB = b.duplicates[0] ?? "";
	if (setA !== setB) return setA < setB ? -1 : 1;
	const t = collator.compare(a.title, b.title);
	if (t !== 0) return t;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** True when the filter text (words, any order) occurs in the entry's key, title or authors. */
export function matchesFilter(entry: PanelEntry, filter: string): boolean {
	const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return words.every((w) => entry.searchText.includes(w));
}

export type PanelRow =
	| { kind: "group"; group: PanelGroup; count: number; collapsed: boolean }
	/** `where`: the note's path, shown when another entry has the same citation key or title. */
	| { kind: "entry"; entry: PanelEntry; where: string | null };

/** The names two entries can share and be told apart only by where they are. */
function lookalikeKeys(e: PanelEntry): string[] {
	const keys = [`title:${e.title.trim().toLowerCase()}`];
	if (e.citationKey) keys.push(`key:${e.citationKey.trim().toLowerCase()}`);
	return keys;
}

export type GroupCounts = Record<PanelGroup, number>;

function zeroCounts(): GroupCounts {
	return { retracted: 0, major: 0, minor: 0, duplicate: 0, not_found: 0, error: 0, published: 0, stale: 0, ignored: 0 };
}

/** What an update did, so the view can touch only what changed. */
export interface EntryChange {
	before: PanelEntry | null;
	after: PanelEntry | null;
	/** True when the entry kept its place in the sort order (same group, same neighbours). */
	samePlace: boolean;
}

/** The entries, kept sorted per group; `update` costs one binary search and one splice. */
export class PanelModel {
	private readonly byPath = new Map<string, PanelEntry>();
	private readonly groups = new Map<PanelGroup, PanelEntry[]>(PANEL_GROUPS.map((g) => [g, []]));
	/** How many entries carry each citation key and title (lower-cased). */
	private readonly names = new Map<string, number>();

	/** Replaces every entry. */
	setAll(entries: Iterable<PanelEntry>): void {
		this.byPath.clear();
		this.names.clear();
		for (const list of this.groups.values()) list.length = 0;
		for (const e of entries) {
			this.byPath.set(e.path, e);
			this.groupList(e.group).push(e);
			this.count(e, 1);
		}
		for (const list of this.groups.values()) list.sort(compareEntries);
	}

	private count(e: PanelEntry, delta: 1 | -1): void {
		for (const k of lookalikeKeys(e)) {
			const n = (this.names.get(k) ?? 0) + delta;
			if (n > 0) this.names.set(k, n);
			else this.names.delete(k);
		}
	}

	/** The entry's path when another entry has its citation key or title (the rows would look alike). */
	whereShown(e: PanelEntry): string | null {
		return lookalikeKeys(e).some((k) => (this.names.get(k) ?? 0) > 1) ? e.path.replace(/\.md$/i, "") : null;
	}

	get(path: string): PanelEntry | null {
		return this.byPath.get(path) ?? null;
	}

	get size(): number {
		return this.byPath.size;
	}

	/** Sets (or, with null, removes) the entry of `path`. */
	update(path: string, entry: PanelEntry | null): EntryChange {
		const before = this.byPath.get(path) ?? null;
		let beforeIndex = -1;
		if (before) {
			const list = this.groupList(before.group);
			beforeIndex = this.indexOf(list, before);
			list.splice(beforeIndex, 1);
			this.byPath.delete(path);
			this.count(before, -1);
		}
		let afterIndex = -1;
		if (entry) {
			const list = this.groupList(entry.group);
			afterIndex = this.insertionPoint(list, entry);
			list.splice(afterIndex, 0, entry);
			this.byPath.set(path, entry);
			this.count(entry, 1);
		}
		const samePlace = before !== null && entry !== null && before.group === entry.group && beforeIndex === afterIndex;
		return { before, after: entry, samePlace };
	}

	/** Entry counts per group (all entries, or those matching `filter`). */
	counts(filter = ""): GroupCounts {
		const out = zeroCounts();
		for (const [group, list] of this.groups) {
			out[group] = filter.trim() === "" ? list.length : list.filter((e) => matchesFilter(e, filter)).length;
		}
		return out;
	}

	/** The flat row list the view renders: each non-empty group's header, then its entries unless collapsed. */
	rows(filter = "", collapsed: ReadonlySet<PanelGroup> = new Set()): PanelRow[] {
		const rows: PanelRow[] = [];
		const filtering = filter.trim() !== "";
		for (const group of PANEL_GROUPS) {
			const list = this.groupList(group);
			const shown = filtering ? list.filter((e) => matchesFilter(e, filter)) : list;
			if (shown.length === 0) continue;
			const isCollapsed = collapsed.has(group);
			rows.push({ kind: "group", group, count: shown.length, collapsed: isCollapsed });
			if (!isCollapsed) for (const entry of shown) rows.push({ kind: "entry", entry, where: this.whereShown(entry) });
		}
		return rows;
	}

	private groupList(group: PanelGroup): PanelEntry[] {
		const list = this.groups.get(group);
		if (!list) throw new Error(`unknown panel group ${group}`);
		return list;
	}

	private insertionPoint(list: PanelEntry[], entry: PanelEntry): number {
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compareEntries(list[mid], entry) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private indexOf(list: PanelEntry[], entry: PanelEntry): number {
		const i = this.insertionPoint(list, entry);
		if (list[i] === entry) return i;
		// Not where the order says (cannot happen with immutable entries); fall back to a scan.
		return list.indexOf(entry);
	}
}
