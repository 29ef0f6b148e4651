// Which notes a run checks, the same in the plugin and the CLI: notes in the run's scope and in the
// include/exclude folders, recognised as references (by the settings' type value when one is set,
// else by their citation frontmatter), whose check_log needs a refresh (see needsCheck).
import { inFolder } from "../lib/paths";
import { SLICE_MS, TimeSlicer, type YieldTurn } from "../lib/time-slicer";
import { isNotAReference, isReferenceNote, notCheckedReason, readReference, type ReferenceRecognition } from "../core/reference";
import { needsCheck, readCheckLog } from "../core/check-log";
import type { CheckLog, Reference } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";
import type { NoteProblem, NoteStore } from "./note-store";

/** Which notes a run covers. */
export type RunScope =
	| { kind: "vault" }
	| { kind: "folder"; path: string }
	| { kind: "files"; paths: string[] };

export type SelectionSettings = Pick<ReferenceCheckSettings, "referenceTypeValue" | "citationKeyField" | "includeFolders" | "excludeFolders">;

/** A note queued for a check. */
export interface QueueEntry<N> {
	note: N;
	queuedPath: string;
	reference: Reference;
	previous: CheckLog | null;
	/** Checks already made while the note kept changing. */
	attempts: number;
}

/** Include/exclude folder settings. */
export function pathAllowed(path: string, settings: Pick<SelectionSettings, "includeFolders" | "excludeFolders">): boolean {
	if (settings.includeFolders.length > 0 && !settings.includeFolders.some((f) => inFolder(path, f))) return false;
	return !settings.excludeFolders.some((f) => inFolder(path, f));
}

/** The note at `path` is in the run's scope ("files": one of the named notes). */
export function inScope(path: string, scope: RunScope): boolean {
	if (scope.kind === "folder") return inFolder(path, scope.path);
	if (scope.kind === "files") return scope.paths.includes(path);
	return true;
}

/** The reference a note's frontmatter holds (recognised by the type value when one is set), or null. */
export function referenceIn(frontmatter: Record<string, unknown>, settings: SelectionSettings): Reference | null {
	const recognition = recognitionOf(settings);
	if (!isReferenceNote(frontmatter, recognition)) return null;
	const reference = readReference(frontmatter, recognition);
	return isNotAReference(reference) ? null : reference;
}

/** How the settings mark reference notes (the type value, the citation key's field, the include folders). */
export function recognitionOf(settings: SelectionSettings): ReferenceRecognition {
	// callers have checked pathAllowed: with include folders set, the note is in a folder the user
	// marked as holding references, where a title and a year make a reference (rules/thin-notes)
	return { typeValue: settings.referenceTypeValue || undefined, citationKeyField: settings.citationKeyField, inReferenceFolder: settings.includeFolders.length > 0 };
}

/**
 * The notes in scope that need a check (all reference notes with `force`), in vault order, a few
 * milliseconds of work at a time, and the notes in scope that could not be read (named, with the
 * reason). Notes named in a "files" scope are checked even when recent (asking for a note means
 * "check it now").
 */
export async function selectNotes<N>(
	store: NoteStore<N>,
	opts: {
		scope: RunScope;
		settings: SelectionSettings & Pick<ReferenceCheckSettings, "staleDays">;
		/** Queue notes whose log is still fresh too. */
		force?: boolean;
		signal?: AbortSignal;
		yieldTurn?: YieldTurn;
	},
	now: Date,
): Promise<{ queue: QueueEntry<N>[]; upToDate: number; problems: NoteProblem[]; unrecognized: Record<string, number> }> {
	const force = opts.force === true || opts.scope.kind === "files";
	const listing = store.list(opts.scope.kind === "files" ? opts.scope.paths : null);
	const { notes } = listing;
	const queue: QueueEntry<N>[] = [];
	let upToDate = 0;
	// What the listing could not take, where the run would have looked.
	const problems = listing.problems.filter((p) => inScope(p.path, opts.scope) && pathAllowed(p.path, opts.settings));
	// notes that look like references but are not checked, by reason (core/reference notCheckedReason)
	const unrecognized: Record<string, number> = {};
	const slicer = new TimeSlicer(opts.yieldTurn, SLICE_MS);
	for (let i = 0; i < notes.length; i++) {
		if ((i & 15) === 0 && (await slicer.maybeYield()) && opts.signal?.aborted) return { queue: [], upToDate, problems, unrecognized };
		const note = notes[i];
		const path = store.pathOf(note);
		if (!inScope(path, opts.scope) || !pathAllowed(path, opts.settings)) continue;
		const fm = store.frontmatter(note);
		if (fm === null) continue;
		if ("unreadable" in fm) {
			problems.push({ path, reason: fm.unreadable });
			continue;
		}
		const reference = referenceIn(fm.data, opts.settings);
		if (!reference) {
			const why = notCheckedReason(fm.data, recognitionOf(opts.settings));
			if (why !== null) unrecognized[why] = (unrecognized[why] ?? 0) + 1;
			continue;
		}
		if (!needsCheck(reference, fm.data, { staleDays: opts.settings.staleDays, now, force })) {
			upToDate++;
			continue;
		}
		queue.push({ note, queuedPath: path, reference, previous: readCheckLog(fm.data), attempts: 0 });
	}
	return { queue, upToDate, problems, unrecognized };
}
