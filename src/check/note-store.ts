// The port a run reads and writes notes through (src/check/run.ts). The plugin's store reads the
// metadata cache and writes inside Vault.process (src/plugin/note-store.ts); the CLI's reads files
// and writes beside and renames (src/cli/note-store.ts).
/** A note's frontmatter as the store reads it: null when it has none (or the note is gone). */
export type StoredFrontmatter = { data: Record<string, unknown> } | { unreadable: string } | null;

/**
 * Where the notes of a run live. `N` is the store's handle for a note (the plugin's TFile follows
 * renames; the CLI's relative path does not).
 */
export interface NoteStore<N> {
	/** The markdown notes, in vault order, or only those at `paths` (that exist); nothing is read yet. */
	list(paths: readonly string[] | null): N[];
	/** Where the note is now. */
	pathOf(note: N): string;
	/** The note's frontmatter now (`unreadable`: there is a frontmatter block that does not parse). */
	frontmatter(note: N): StoredFrontmatter;
	/**
	 * Passes the note's current text to `edit` and stores what `edit` returns when it differs, with
	 * nothing in between. "vanished" when the note is gone (deleted, or moved where the store cannot
	 * follow): nothing is written, nothing recreated. Throws when the note is there but cannot be
	 * written.
	 */
	process(note: N, edit: (text: string) => string): Promise<"done" | "vanished">;
}
