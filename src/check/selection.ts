// Which notes a run checks, the same in the plugin and the CLI: notes in the run's scope and in the
// include/exclude folders, recognised as references (by the settings' type value when one is set,
// else by their citation frontmatter), whose check_log needs a refresh (see needsCheck).
import { inFolder } from "../lib/paths";
import { isNotAReference, isReferenceNote, readReference, type ReferenceRecognition } from "../core/reference";
import type { Reference } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";

/** Which notes a run covers. */
export type RunScope =
	| { kind: "vault" }
	| { kind: "folder"; path: string }
	| { kind: "files"; paths: string[] };

export type SelectionSettings = Pick<ReferenceCheckSettings, "referenceTypeValue" | "citationKeyField" | "includeFolders" | "excludeFolders">;

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
export function referenceIn(frontmatter: Record<string, unknown>, settings: Pick<SelectionSettings, "referenceTypeValue" | "citationKeyField">): Reference | null {
	const recognition = recognitionOf(settings);
	if (!isReferenceNote(frontmatter, recognition)) return null;
	const reference = readReference(frontmatter, recognition);
	return isNotAReference(reference) ? null : reference;
}

/** How the settings mark reference notes (the type value, the citation key's field). */
export function recognitionOf(settings: Pick<SelectionSettings, "referenceTypeValue" | "citationKeyField">): ReferenceRecognition {
	return { typeValue: settings.referenceTypeValue || undefined, citationKeyField: settings.citationKeyField };
}
