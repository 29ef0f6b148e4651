// The run's NoteStore over a folder on disk (see src/check/run.ts): the markdown files under it
// (dot folders, node_modules and links skipped), the frontmatter read from each file as bytes.
//
// Notes are bytes. Only the frontmatter is decoded (it must be UTF-8) and only it is edited; every
// byte after it — a Latin-1 body, binary data — is written back as it was read.
//
// Writing: beside the note, then renamed over it, so a crash never leaves half a note; the new
// file gets the note's mode and owner. Just before the rename the note must still be the file
// that was read (same inode, size, modification and change times): an edit made meanwhile by
// another program means read, edit and write again — never a write over that edit. A note with
// another name (a hard link), or whose owner cannot be given back, is written in place instead
// (the same check just before writing; not crash-safe, but the links and owner stay). A read-only
// note is never written; a note replaced by a symbolic link during the run is never written
// through the link. A note deleted, moved away or replaced by a folder is "vanished": nothing is
// written, and it is never recreated.
import { Buffer } from "buffer";
import { randomBytes } from "crypto";
import {
	accessSync,
	closeSync,
	constants,
	fchmodSync,
	fchownSync,
	fstatSync,
	fsyncSync,
	ftruncateSync,
	lstatSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	writeSync,
	type BigIntStats,
	type Dirent,
} from "fs";
import { join } from "path";
import type { Listing, NoteProblem, NoteStore, StoredFrontmatter } from "../check/note-store";
import { decodeUtf8, escapeInvalidUtf8 } from "../lib/utf8";
import { MAX_FRONTMATTER_BYTES, parseFrontmatter } from "../vault/frontmatter";
import { noteHead, withHead } from "../vault/note-bytes";

/** Not on Windows: there the open follows links (and the listing never lists them). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Opening to read never waits: a named pipe put where a note was must not hang the run. */
const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | (constants.O_NONBLOCK ?? 0);
/** Reads and writes of a note that keeps changing under us before it is reported instead. */
const WRITE_ATTEMPTS = 3;
/** Frontmatter is read this much at a time (most notes: once). */
const READ_CHUNK = 64 * 1024;

const KEPT_CHANGING = "the note kept changing while its log was being written; check it again later";
const NOW_A_LINK = "the note was replaced by a symbolic link during the run (links are not followed)";

function codeOf(e: unknown): string | undefined {
	const code = (e as { code?: unknown } | null)?.code;
	return typeof code === "string" ? code : undefined;
}

/** The file is not there (any more): deleted, or its folder moved or removed. */
function isGone(e: unknown): boolean {
	const code = codeOf(e);
	return code === "ENOENT" || code === "ENOTDIR";
}

/** "EACCES: permission denied" — the system's words, without the absolute path it appends. */
function systemReason(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return message.split(/, (?:open|scandir|read|rename|write|lstat|stat) '/)[0];
}

/** The note read at one moment: its bytes, and its file's identity and times. */
interface Snapshot {
	bytes: Buffer;
	stat: BigIntStats;
}

/** Same file, not written since: inode, size, modification and change times. */
function unchanged(a: BigIntStats, b: BigIntStats): boolean {
	return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, at);
}

function isMarkdown(name: Buffer): boolean {
	return name.length > 3 && name.subarray(-3).toString("latin1").toLowerCase() === ".md";
}

/** Notes are named by their path relative to the folder, with "/" (as vault paths are). */
export class FolderNoteStore implements NoteStore<string> {
	constructor(private readonly root: string) {}

	list(paths: readonly string[] | null): Listing<string> {
		if (paths !== null) {
			return { notes: paths.filter((p) => p.toLowerCase().endsWith(".md") && lstatOrNull(this.abs(p))?.isFile() === true), problems: [] };
		}
		const notes: string[] = [];
		const problems: NoteProblem[] = [];
		const walk = (dir: string, rel: string) => {
			let entries: Dirent<Buffer>[];
			try {
				entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
			} catch (e) {
				problems.push({ path: rel || ".", reason: `the folder could not be read (${systemReason(e)}); its notes were not checked` });
				return;
			}
			const named = entries.map((e) => ({ entry: e, name: decodeUtf8(e.name) }));
			named.sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
			for (const { entry, name } of named) {
				const relPath = (n: string) => (rel ? `${rel}/${n}` : n);
				if (name === null) {
					if (entry.isDirectory() || (entry.isFile() && isMarkdown(entry.name))) {
						const what = entry.isDirectory() ? "the folder name is not valid UTF-8; its notes were not checked" : "the file name is not valid UTF-8; not checked";
						problems.push({ path: relPath(escapeInvalidUtf8(entry.name)), reason: what });
					}
					continue;
				}
				if (name.startsWith(".") || name === "node_modules") continue;
				if (entry.isDirectory()) walk(join(dir, name), relPath(name));
				else if (entry.isFile() && name.toLowerCase().endsWith(".md")) notes.push(relPath(name));
			}
		};
		walk(this.root, "");
		return { notes, problems };
	}

	pathOf(note: string): string {
		return note;
	}

	frontmatter(note: string): StoredFrontmatter {
		let fd: number;
		try {
			fd = openSync(this.abs(note), READ_FLAGS);
		} catch (e) {
			if (isGone(e)) return null;
			if (codeOf(e) === "ELOOP") return { unreadable: "the note is a symbolic link now; links are not followed" };
			return { unreadable: `the note could not be read (${systemReason(e)})` };
		}
		try {
			const stat = fstatSync(fd);
			if (stat.isDirectory()) return null;
			if (!stat.isFile()) return { unreadable: "the note is not a regular file any more" };
			const head = readHead(fd);
			if ("none" in head) return null;
			if ("error" in head) return { unreadable: head.error };
			if ("more" in head) return { unreadable: "the frontmatter could not be read" };
			const fm = parseFrontmatter(head.text);
			if ("error" in fm) return fm.error.startsWith("no frontmatter") ? null : { unreadable: fm.error };
			return { data: fm.data };
		} catch (e) {
			return { unreadable: `the note could not be read (${systemReason(e)})` };
		} finally {
			closeSync(fd);
		}
	}

	async process(note: string, edit: (text: string) => string): Promise<"done" | "vanished"> {
		const abs = this.abs(note);
		for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
			const snap = snapshot(abs);
			if (snap === "vanished") return "vanished";
			if (snap === "changed") continue;
			const head = noteHead(snap.bytes, true);
			if ("none" in head) throw new Error("no frontmatter: the note does not start with a `---` line");
			if ("error" in head) throw new Error(head.error);
			if ("more" in head) throw new Error("the frontmatter could not be read");
			const next = edit(head.text);
			if (next === head.text) return "done";
			if (readOnly(abs, snap.stat)) throw new Error("the note is read-only");
			const outcome = replace(abs, snap, withHead(snap.bytes, head.length, next));
			if (outcome !== "changed") return outcome;
		}
		throw new Error(KEPT_CHANGING);
	}

	private abs(note: string): string {
		return join(this.root, ...note.split("/"));
	}
}

function lstatOrNull(path: string): BigIntStats | null {
	try {
		return lstatSync(path, { bigint: true });
	} catch (e) {
		if (isGone(e)) return null;
		throw e;
	}
}

/** The frontmatter part from an open note, reading only as far as it goes (at most the size limit). */
function readHead(fd: number): ReturnType<typeof noteHead> {
	let buf = Buffer.alloc(READ_CHUNK);
	let filled = 0;
	for (;;) {
		if (filled === buf.length) {
			const bigger = Buffer.alloc(Math.min(buf.length * 2, MAX_FRONTMATTER_BYTES + READ_CHUNK));
			buf.copy(bigger, 0, 0, filled);
			buf = bigger;
		}
		const n = readSync(fd, buf, filled, buf.length - filled, filled);
		filled += n;
		const head = noteHead(buf.subarray(0, filled), n === 0);
		if (!("more" in head)) return head;
		if (n === 0) return { error: "the frontmatter could not be read" };
	}
}

/** The whole note and its file's state, read through one descriptor; "changed" if written meanwhile. */
function snapshot(abs: string): Snapshot | "vanished" | "changed" {
	let fd: number;
	try {
		fd = openSync(abs, READ_FLAGS);
	} catch (e) {
		if (isGone(e)) return "vanished";
		if (codeOf(e) === "ELOOP") throw new Error(NOW_A_LINK);
		throw new Error(`the note could not be read (${systemReason(e)})`);
	}
	try {
		const before = fstatSync(fd, { bigint: true });
		// Replaced by a folder: the note is gone.
		if (before.isDirectory()) return "vanished";
		if (!before.isFile()) throw new Error("the note is not a regular file any more");
		const bytes = readFileSync(fd);
		const after = fstatSync(fd, { bigint: true });
		return unchanged(before, after) ? { bytes, stat: after } : "changed";
	} finally {
		closeSync(fd);
	}
}

/** No write permission: none of the mode's write bits, or none for us. */
function readOnly(abs: string, stat: BigIntStats): boolean {
	if ((Number(stat.mode) & 0o222) === 0) return true;
	try {
		accessSync(abs, constants.W_OK);
		return false;
	} catch {
		return true;
	}
}

/** Writes `bytes` as the note if it is still the file snapshotted; "changed" when it is not. */
function replace(abs: string, snap: Snapshot, bytes: Uint8Array): "done" | "vanished" | "changed" {
	// Another name for the same file: a rename would split them.
	if (Number(snap.stat.nlink) > 1) return writeInPlace(abs, snap, bytes);
	const tmp = `${abs}.${randomBytes(6).toString("hex")}.refcheck-tmp`;
	// A fresh name, created exclusively (never through a link planted there), private until done.
	const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o600);
	let ownerKept = true;
	try {
		writeAll(fd, bytes);
		const mine = fstatSync(fd, { bigint: true });
		if (mine.uid !== snap.stat.uid || mine.gid !== snap.stat.gid) {
			try {
				fchownSync(fd, Number(snap.stat.uid), Number(snap.stat.gid));
			} catch {
				ownerKept = false;
			}
		}
		// After the owner: changing the owner may clear set-id bits.
		fchmodSync(fd, Number(snap.stat.mode) & 0o7777);
		fsyncSync(fd);
	} catch (e) {
		closeSync(fd);
		rmSync(tmp, { force: true });
		throw e;
	}
	closeSync(fd);
	if (!ownerKept) {
		rmSync(tmp, { force: true });
		return writeInPlace(abs, snap, bytes);
	}
	// Just before the rename: still the note that was read?
	let now: BigIntStats | null;
	try {
		now = lstatOrNull(abs);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	if (now === null || now.isDirectory()) {
		rmSync(tmp, { force: true });
		return "vanished";
	}
	if (now.isSymbolicLink()) {
		rmSync(tmp, { force: true });
		throw new Error(NOW_A_LINK);
	}
	if (!unchanged(now, snap.stat)) {
		rmSync(tmp, { force: true });
		return "changed";
	}
	try {
		renameSync(tmp, abs);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	return "done";
}

/** Overwrites the note's own file (hard links, owner kept), if it is still the file snapshotted. */
function writeInPlace(abs: string, snap: Snapshot, bytes: Uint8Array): "done" | "vanished" | "changed" {
	let fd: number;
	try {
		fd = openSync(abs, constants.O_RDWR | NO_FOLLOW);
	} catch (e) {
		if (isGone(e)) return "vanished";
		if (codeOf(e) === "ELOOP") throw new Error(NOW_A_LINK);
		if (codeOf(e) === "EISDIR") return "vanished";
		throw new Error(`the note could not be written (${systemReason(e)})`);
	}
	try {
		if (!unchanged(fstatSync(fd, { bigint: true }), snap.stat)) return "changed";
		writeAll(fd, bytes);
		ftruncateSync(fd, bytes.length);
		fsyncSync(fd);
		return "done";
	} finally {
		closeSync(fd);
	}
}
