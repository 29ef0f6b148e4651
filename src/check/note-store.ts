// The port a run reads and writes notes through (src/check/run.ts). The plugin's store reads the
// metadata cache and writes inside Vault.process (src/plugin/note-store.ts); the CLI's reads files
// and writes beside and renames (src/cli/note-store.ts).
/** A note's frontmatter as the store reads it: null when it has none (or the note is gone). */
export type StoredFrontmatter = { data: Record<string, unknown> } | { unreadable: string } | null;

/** A note (or a folder of notes) a run could not take, and why: named in the run's summary. */
export interface NoteProblem {
	path: string;
	reason: string;
}

/** The notes found, and what could not be listed (an unreadable folder, a name that is not UTF-8). */
export interface Listing<N> {
	notes: N[];
	problems: NoteProblem[];
}

/**
 * Where the notes of a run live. `N` is the store's handle for a note (the plugin's TFile follows
 * renames; the CLI's relative path does not).
 */
export interface NoteStore<N> {
	/** The markdown notes, in vault order, or only those at `paths` (that exist); nothing is read yet. */
	list(paths: readonly string[] | null): Listing<N>;
	/** Where the note is now. */
	pathOf(note: N): string;
	/** The note's frontmatter now (`unreadable`: the note or its frontmatter cannot be read, and why). */
	frontmatter(note: N): StoredFrontmatter;
	/**
	 * Passes the note's current text to `edit` and stores what `edit` returns when it differs, with
	 * nothing in between. The text is the whole note, or (the CLI's store, which keeps every other
	 * byte as it is) the note from its start through the frontmatter's closing line. "vanished" when
	 * the note is gone (deleted, moved where the store cannot follow, a folder now): nothing is
	 * written, nothing recreated. Throws, with the reason as the message, when the note is there but
	 * cannot be written (read-only, replaced by a link, changing all the time, unreadable).
	 */
	process(note: N, edit: (text: string) => string): Promise<"done" | "vanished">;
}
