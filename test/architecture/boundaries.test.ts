// Nothing in src/ may build HTML from strings, and only the CLI may use fetch. (Who may import
// Obsidian or Node, and the layering, is layers.test.ts, on the import graph.)
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";

function tsFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return tsFiles(p);
		return p.endsWith(".ts") ? [p] : [];
	});
}

describe("module boundaries", () => {
	it("src/ never uses innerHTML, outerHTML or insertAdjacentHTML", () => {
		const offenders = tsFiles("src").filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/.test(readFileSync(f, "utf8")));
		expect(offenders).toEqual([]);
	});

	it("only the CLI uses fetch; the plugin goes through requestUrl", () => {
		const offenders = tsFiles("src")
			.filter((f) => !f.startsWith(join("src", "cli")))
			.filter((f) => /(^|[^.\w])fetch\s*\(/.test(readFileSync(f, "utf8")));
		expect(offenders).toEqual([]);
	});
});
