// A throwaway copy of the repository as a fresh clone holds it: the files git tracks plus new files
// it does not ignore — no main.js, no dist/, nothing a previous build or test left behind. Its
// node_modules is a link to this checkout's (tests never reach the registry), so `npm run …` works.
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { dirname, join, relative, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");

/** The paths a clone would have (relative, forward slashes), read from git. */
export function clonedPaths(): string[] {
	const r = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
	if (r.status !== 0) throw new Error(`git ls-files failed (these tests need a git checkout): ${r.stderr}`);
	// A file deleted in the working tree but not yet from the index is not in the next commit.
	return r.stdout.split("\0").filter((p) => p && existsSync(join(ROOT, p)) && !lstatSync(join(ROOT, p)).isDirectory());
}

/** A new temporary directory holding a clean copy of the repository; the caller removes it. */
export function cleanCopy(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const p of clonedPaths()) {
		mkdirSync(dirname(join(dir, p)), { recursive: true });
		copyFileSync(join(ROOT, p), join(dir, p));
	}
	symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
	return dir;
}

/** Every file in `dir` (relative, forward slashes, sorted), not following the node_modules link. */
export function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => !e.isDirectory() && !e.isSymbolicLink())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
		.sort();
}
