// Obsidian on iOS before 16.4 cannot parse a regular expression with a lookbehind ("(?<=", "(?<!"):
// a literal makes the whole plugin fail to load there, a RegExp built when a module loads throws.
// The directory's lint rule (obsidianmd/regex-lookbehind) finds positive lookbehinds in literals
// and strings but not negative ones in literals (its pattern looks for "(?<!)") nor any in template
// strings, so this reads the sources' text. The CLI's files count too: they share core/.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
	});
}

/** "name:line" of every lookbehind in `text`. */
function lookbehinds(name: string, text: string): string[] {
	return text.split("\n").flatMap((line, i) => (/\(\?<[=!]/.test(line) ? [`${name}:${i + 1}`] : []));
}

describe("regular expressions that run on mobile", () => {
	it("use no lookbehind", () => {
		expect(sources("src").flatMap((file) => lookbehinds(file, readFileSync(file, "utf8")))).toEqual([]);
	});

	it("are read in every form the lint rule misses, and a named group is no lookbehind", () => {
		const sample = ["const a = /(?<!\\s)x/;", "const b = new RegExp(`(?<=y)${z}`);", "const c = /(?<name>x)/;"].join("\n");
		expect(lookbehinds("sample.ts", sample)).toEqual(["sample.ts:1", "sample.ts:2"]);
	});
});
