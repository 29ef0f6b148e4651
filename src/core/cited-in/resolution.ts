// Where a `cited_in` value points: a note, a folder (with its folder note), or nowhere. Pure:
// the vault is seen through a CitedInLookup (Obsidian's link resolution reduced to a path, plus
// aliases and folders by name).
import { baseName, fileName, parentFolder } from "../../lib/paths";
import { lookupName, valueName, type CitedInTarget } from "./values";

export type CitedInDestination =
	| { kind: "note"; path: string }
	| { kind: "folder"; folder: string; note: string | null }
	| { kind: "unresolved"; reason: string };

export interface ResolvedCitedIn {
	target: CitedInTarget;
	destination: CitedInDestination;
}

/** What resolution needs to know about the vault. */
export interface CitedInLookup {
	/** Obsidian's link resolution (basename, path, path suffix) → file path, or null. */
	resolveLinkpath(linkpath: string, sourcePath: string): string | null;
	/** Notes that list `alias` (compared case-insensitively) in their aliases. */
	notesWithAlias(alias: string): string[];
	isFolder(path: string): boolean;
	/** Folder paths whose last segment is `name` (case-insensitive). */
	foldersNamed(name: string): string[];
	fileExists(path: string): boolean;
}

/** File names that act as a folder's note, besides `<folder>/<folder>.md`. */
const FOLDER_NOTE_NAMES = ["index.md", "README.md", "readme.md", "Index.md"];

/** The folder note of `folder`: `folder/<name>.md`, `folder/index.md` or `folder/README.md`. */
function folderNote(folder: string, lookup: Pick<CitedInLookup, "fileExists">): string | null {
	const name = fileName(folder);
	for (const file of [`${name}.md`, ...FOLDER_NOTE_NAMES]) {
		const p = `${folder}/${file}`;
		if (lookup.fileExists(p)) return p;
	}
	return null;
}

function folderOfNote(notePath: string, valueNameKey: string): string | null {
	const folder = parentFolder(notePath);
	if (folder === "" || lookupName(fileName(folder)) !== valueNameKey) return null;
	const base = fileName(notePath);
	const isFolderNote = lookupName(baseName(notePath)) === valueNameKey || FOLDER_NOTE_NAMES.some((n) => n.toLowerCase() === base.toLowerCase());
	return isFolderNote ? folder : null;
}

/**
 * Where a `cited_in` value points, never throwing. A plain value that is an exact path (note or
 * folder) means that path: `data-leverage-blogs` is the root folder even when some other folder
 * holds a note of that name. Then Obsidian's link resolution (first for `[[…]]` values), aliases,
 * and folders by name. A folder note found by name also means its folder.
 */
export function resolveCitedIn(target: CitedInTarget, sourcePath: string, lookup: CitedInLookup): CitedInDestination {
	const name = valueName(target);
	const lp = target.linkpath;
	const asNote = (file: string): CitedInDestination => {
		const folder = folderOfNote(file, name);
		return folder ? { kind: "folder", folder, note: file } : { kind: "note", path: file };
	};
	const asFolder = (folder: string): CitedInDestination => ({ kind: "folder", folder, note: folderNote(folder, lookup) });
	if (!target.isLink) {
		const exact = [lp, `${lp}.md`].find((p) => lookup.fileExists(p));
		if (exact) return asNote(exact);
		if (lookup.isFolder(lp)) return asFolder(lp);
	}
	let file: string | null = null;
	try {
		file = lookup.resolveLinkpath(lp, sourcePath);
	} catch {
		file = null;
	}
	if (file) return asNote(file);
	const aliased = lookup.notesWithAlias(lp).sort();
	if (aliased.length > 0) return { kind: "note", path: aliased[0] };
	if (lookup.isFolder(lp)) return asFolder(lp);
	// Several folders with that name: the one nearest the vault root, then alphabetical.
	const named = lookup.foldersNamed(fileName(lp)).filter((f) => !lp.includes("/") || f.endsWith("/" + lp));
	named.sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0));
	if (named.length > 0) return asFolder(named[0]);
	return { kind: "unresolved", reason: `No note, alias or folder named "${lp}"` };
}
