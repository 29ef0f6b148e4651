import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keyEdit, revertKeyEdit } from "../../src/vault/key-edit";
import { parseFrontmatter, spliceCheckLog, spliceKey } from "../../src/vault/frontmatter";
import type { CheckLog } from "../../src/core/types";
import { BIB, corpusNotes } from "../panel/corpus";

const LOG: CheckLog = { checked_at: "2026-11-26T00:00:00.000Z", checked_with: "auto:openalex", status: "confirmed", checker_version: 1 };

function ok(r: { text: string } | { error: string }): string {
	if ("error" in r) throw new Error(r.error);
	return r.text;
}

const corpus = corpusNotes();
const note = corpus.get(BIB + "buolamwini_gender_shades_2018.md")!;

describe("undo of one key write", () => {
	it("restores the exact bytes after the write, and after check_log changed too", () => {
		const fm = parseFrontmatter(note);
		if ("error" in fm) throw new Error(fm.error);
		for (const [key, value] of [["title", "A new title"], ["venue", "FAT"], ["year", 2019], ["check_ignore", true], ["authors", ["Joy Buolamwini"]], ["tags", undefined]] as const) {
			const after = ok(spliceKey(note, key, value));
			const edit = keyEdit(key, note, after);
			expect(ok(revertKeyEdit(after, edit, fm.data[key]))).toBe(note);
			// a re-check rewrote check_log in between: only the key's bytes go back
			const rechecked = ok(spliceCheckLog(after, LOG));
			expect(ok(revertKeyEdit(rechecked, edit, fm.data[key]))).toBe(ok(spliceCheckLog(note, LOG)));
		}
	});

	it("finds a deleted key's place again when the line after it is blank and blank lines repeat", () => {
		const text = "---\ntitle: T\nauthors:\n  - name: A\n\naffiliations:\n  - id: 1\n\nyear: 2020\n---\nBody\n";
		const after = ok(spliceKey(text, "authors", undefined));
		const edit = keyEdit("authors", text, after);
		expect(ok(revertKeyEdit(after, edit, [{ name: "A" }]))).toBe(text);
	});

	it("refuses when the key was edited since", () => {
		const fm = parseFrontmatter(note);
		if ("error" in fm) throw new Error(fm.error);
		const after = ok(spliceKey(note, "title", "A new title"));
		const edit = keyEdit("title", note, after);
		const edited = ok(spliceKey(after, "title", "Edited by hand"));
		const r = revertKeyEdit(edited, edit, fm.data.title);
		expect(r).toEqual({ error: "`title` was changed since; not undone" });
	});

	it("round-trips any write to any key of any corpus note (property)", () => {
		const texts = [...corpus.values()].filter((t) => !("error" in parseFrontmatter(t)));
		fc.assert(
			fc.property(
				fc.constantFrom(...texts),
				fc.constantFrom("title", "year", "venue", "doi", "authors", "check_ignore", "check_log", "zzz"),
				fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 4 }), fc.constant(undefined)),
				(text, key, value) => {
					const fm = parseFrontmatter(text);
					if ("error" in fm) return;
					const r = spliceKey(text, key, value);
					if ("error" in r) return;
					const edit = keyEdit(key, text, r.text);
					if (r.text === text) return;
					expect(ok(revertKeyEdit(r.text, edit, fm.data[key]))).toBe(text);
				},
			),
			{ numRuns: 300 },
		);
	});
});
