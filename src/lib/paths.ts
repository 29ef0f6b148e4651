// Vault paths as Obsidian writes them: forward slashes, no leading slash, "" for the vault root.

/** The last segment: "a/b/c.md" → "c.md". */
export function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** The containing folder: "a/b/c.md" → "a/b"; "" at the vault root. */
export function parentFolder(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

/** The file name without its extension: "a/b/c.md" → "c" (a leading dot is not an extension). */
export function baseName(path: string): string {
	const name = fileName(path);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

/** The extension, lower case, without the dot ("" when there is none). */
export function extension(path: string): string {
	const name = fileName(path);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** `name` without a trailing ".md" (any case): how Obsidian names a note. */
export function withoutMd(name: string): string {
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** Folders containing `path`, innermost first: "a/b/c.md" → ["a/b", "a"]. */
export function ancestorFolders(path: string): string[] {
	const out: string[] = [];
	for (let p = parentFolder(path); p !== ""; p = parentFolder(p)) out.push(p);
	return out;
}

/** True when `path` is `folder` or lies inside it (whole segments); the root ("" or "/") holds everything. */
export function inFolder(path: string, folder: string): boolean {
	if (folder === "" || folder === "/") return true;
	const f = folder.endsWith("/") ? folder.slice(0, -1) : folder;
	return path === f || path.startsWith(`${f}/`);
}
