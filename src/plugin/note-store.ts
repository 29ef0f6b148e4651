// The run's NoteStore over Obsidian (see src/check/run.ts): notes listed from the vault, their
// frontmatter read from the metadata cache (never by reading files), logs written inside
// Vault.process. A TFile's path follows renames; a deleted note is detected before and after
// writing and never recreated.
import type { MetadataCache, TFile, Vault } from "obsidian";
import { pathAllowed, referenceIn, type SelectionSettings } from "../check/selection";
import type { Listing, NoteStore, StoredFrontmatter } from "../check/note-store";
import type { Reference } from "../core/types";

export class VaultNoteStore implements NoteStore<TFile> {
	constructor(
		private readonly vault: Vault,
		private readonly cache: MetadataCache,
	) {}

	list(paths: readonly string[] | null): Listing<TFile> {
		if (paths === null) return { notes: this.vault.getMarkdownFiles(), problems: [] };
		const files: TFile[] = [];
		for (const path of new Set(paths)) {
			const file = this.vault.getFileByPath(path);
			if (file && file.extension === "md") files.push(file);
		}
		return { notes: files, problems: [] };
	}

	pathOf(file: TFile): string {
		return file.path;
	}

	frontmatter(file: TFile): StoredFrontmatter {
		const data: Record<string, unknown> | undefined = this.cache.getFileCache(file)?.frontmatter;
		return data ? { data } : null;
	}

	async process(file: TFile, edit: (text: string) => string): Promise<"done" | "vanished"> {
		// A deleted note is gone for good: Vault.process must not bring it back.
		if (!this.exists(file)) return "vanished";
		try {
			await this.vault.process(file, edit);
		} catch (e) {
			if (!this.exists(file)) return "vanished";
			throw e;
		}
		return "done";
	}

	private exists(file: TFile): boolean {
		return this.vault.getFileByPath(file.path) === file;
	}
}

/** The reference in a note's cached frontmatter under the settings, or null when it is not a reference note. */
export function cachedReference(
	file: TFile,
	cache: MetadataCache,
	settings: SelectionSettings,
): { reference: Reference; frontmatter: Record<string, unknown> } | null {
	if (file.extension !== "md" || !pathAllowed(file.path, settings)) return null;
	const frontmatter: Record<string, unknown> | undefined = cache.getFileCache(file)?.frontmatter;
	const reference = frontmatter ? referenceIn(frontmatter, settings) : null;
	return reference && frontmatter ? { reference, frontmatter } : null;
}
