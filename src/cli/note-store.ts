// The run's NoteStore over a folder on disk (see src/check/run.ts): the markdown files under it
// (dot folders and node_modules skipped), frontmatter parsed from each file, logs written beside
// the note and renamed over it so a crash never leaves half a note. A note deleted or moved away
// during the run is "vanished": nothing is written, and it is never recreated.
import { randomBytes } from "crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { join, relative, sep } from "path";
import type { NoteStore, StoredFrontmatter } from "../check/note-store";
import { parseFrontmatter } from "../vault/frontmatter";

/** The file is not there (any more): deleted, or its folder moved or removed. */
function isGone(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === "ENOENT" || code === "ENOTDIR";
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** Notes are named by their path relative to the folder, with "/" (as vault paths are). */
export class FolderNoteStore implements NoteStore<string> {
	constructor(private readonly root: string) {}

	list(paths: readonly string[] | null): string[] {
		if (paths !== null) return paths.filter((p) => p.toLowerCase().endsWith(".md") && existsSync(this.abs(p)));
		const out: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
				if (e.name.startsWith(".") || e.name === "node_modules") continue;
				const p = join(dir, e.name);
				if (e.isDirectory()) walk(p);
				else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(relative(this.root, p).split(sep).join("/"));
			}
		};
		walk(this.root);
		return out;
	}

	pathOf(note: string): string {
		return note;
	}

	frontmatter(note: string): StoredFrontmatter {
		let text: string;
		try {
			text = readFileSync(this.abs(note), "utf8");
		} catch (e) {
			return isGone(e) ? null : { unreadable: message(e) };
		}
		const fm = parseFrontmatter(text);
		if ("error" in fm) return fm.error.startsWith("no frontmatter") ? null : { unreadable: fm.error };
		return { data: fm.data };
	}

	async process(note: string, edit: (text: string) => string): Promise<"done" | "vanished"> {
		const abs = this.abs(note);
		let current: string;
		try {
			current = readFileSync(abs, "utf8");
		} catch (e) {
			if (isGone(e)) return "vanished";
			throw e;
		}
		const next = edit(current);
		if (next === current) return "done";
		// Write beside and rename: a crash never leaves half a note. A fresh name opened with "wx"
		// (create, never open an existing path) so a link planted in the vault is not written through.
		const tmp = `${abs}.${randomBytes(6).toString("hex")}.refcheck-tmp`;
		try {
			writeFileSync(tmp, next, { flag: "wx" });
			// Deleted or moved while its log was being built: renaming would bring it back.
			if (!existsSync(abs)) {
				rmSync(tmp, { force: true });
				return "vanished";
			}
			renameSync(tmp, abs);
		} catch (e) {
			rmSync(tmp, { force: true });
			if (isGone(e)) return "vanished";
			throw e;
		}
		return "done";
	}

	private abs(note: string): string {
		return join(this.root, ...note.split("/"));
	}
}
