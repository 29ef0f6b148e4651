// Duplicate reference notes: notes that resolve to the same OpenAlex work (their check_log's
// `paper_id`) or carry the same DOI are notes for one work. Notes are joined through any shared
// key, so a note with the DOI and another with only the matched work id still meet. A note whose
// identifier names another paper (its verdict says so) is not a note for that paper: it has no
// keys. Pure; the panel's index keeps one of these current as notes change.
import { openAlexWorkId } from "../lib/ids";
import type { NoteVerdict } from "./verdict";
import type { Reference } from "./types";

/**
 * The keys a reference note is known by: its matched OpenAlex work and its DOI. Takes the note's
 * verdict (which the caller has anyway) for its log and whether its identifier is another paper's.
 */
export function workKeys(reference: Reference, verdict: Pick<NoteVerdict, "log" | "wrongIdentifier">): string[] {
	const keys: string[] = [];
	const log = verdict.log;
	// Its DOI and matched work are another paper's: grouping it with that paper's note would say
	// "duplicate" where the fault is the note's identifier (the verdict says that instead).
	if (verdict.wrongIdentifier) return [];
	// Only a log that matched a work names it (not_found and skipped logs carry no paper_id).
	if (log && (log.status === "confirmed" || log.status === "mismatch")) {
		const work = openAlexWorkId(log.paper_id);
		if (work) keys.push(`work:${work}`);
	}
	if (reference.doi) keys.push(`doi:${reference.doi}`);
	return keys;
}

/** Notes by work key, kept note by note. */
export class DuplicateIndex {
	private readonly keysByPath = new Map<string, string[]>();
	private readonly pathsByKey = new Map<string, Set<string>>();

	/** Sets the keys of `path` (none: the note is forgotten). */
	set(path: string, keys: readonly string[]): void {
		this.delete(path);
		if (keys.length === 0) return;
		this.keysByPath.set(path, [...keys]);
		for (const k of keys) {
			let paths = this.pathsByKey.get(k);
			if (!paths) this.pathsByKey.set(k, (paths = new Set()));
			paths.add(path);
		}
	}

	delete(path: string): void {
		const keys = this.keysByPath.get(path);
		if (!keys) return;
		this.keysByPath.delete(path);
		for (const k of keys) {
			const paths = this.pathsByKey.get(k);
			paths?.delete(path);
			if (paths?.size === 0) this.pathsByKey.delete(k);
		}
	}

	clear(): void {
		this.keysByPath.clear();
		this.pathsByKey.clear();
	}

	/** Every note joined to `path` through shared keys, `path` included, in path order ([] when it has no keys). */
	setOf(path: string): string[] {
		if (!this.keysByPath.has(path)) return [];
		const seen = new Set<string>([path]);
		const todo = [path];
		while (todo.length > 0) {
			const p = todo.pop() as string;
			for (const k of this.keysByPath.get(p) ?? []) {
				for (const other of this.pathsByKey.get(k) ?? []) {
					if (seen.has(other)) continue;
					seen.add(other);
					todo.push(other);
				}
			}
		}
		return [...seen].sort();
	}

	/** Every set of two or more notes, each in path order, sets by their first path. */
	sets(): string[][] {
		const out: string[][] = [];
		const done = new Set<string>();
		for (const path of [...this.keysByPath.keys()].sort()) {
			if (done.has(path)) continue;
			const set = this.setOf(path);
			for (const p of set) done.add(p);
			if (set.length > 1) out.push(set);
		}
		return out;
	}
}

/** "3 notes for one work". */
export function duplicateLabel(count: number): string {
	return `${count} notes for one work`;
}
