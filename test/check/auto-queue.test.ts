// The automatic checks' queue (src/check/auto-queue.ts): quiet periods, the typing pause, the cap
// per window and batches, on plain numbers for time.
import { describe, expect, it } from "vitest";
import { AutoCheckQueue } from "../../src/check/auto-queue";
import { cursorInFrontmatter } from "../../src/plugin/auto-check";

const LIMITS = { quietMs: 5_000, typingQuietMs: 20_000, perWindow: 3, windowMs: 60_000, batchSize: 2 };

describe("AutoCheckQueue", () => {
	it("holds a note for the quiet period after its last change", () => {
		const q = new AutoCheckQueue(LIMITS);
		q.changed("a.md", "new", 0);
		expect(q.take(4_999)).toEqual([]);
		q.changed("a.md", "edited", 4_000);
		expect(q.take(8_999)).toEqual([]);
		expect(q.nextWake(8_999)).toBe(9_000);
		// A new note stays new when edited before its check.
		expect(q.take(9_000)).toEqual([{ path: "a.md", reason: "new" }]);
		expect(q.size).toBe(0);
	});

	it("waits for typing in the frontmatter to stop, whatever the quiet period says", () => {
		const q = new AutoCheckQueue(LIMITS);
		q.changed("a.md", "edited", 0);
		for (let t = 0; t <= 60_000; t += 3_000) {
			q.typed("a.md", t);
			expect(q.take(t + 2_999)).toEqual([]);
		}
		expect(q.isTyping("a.md", 79_999)).toBe(true);
		expect(q.take(79_999)).toEqual([]);
		expect(q.nextWake(70_000)).toBe(80_000);
		expect(q.take(80_000)).toEqual([{ path: "a.md", reason: "edited" }]);
	});

	it("takes batches of at most batchSize and at most perWindow notes in any window", () => {
		const q = new AutoCheckQueue(LIMITS);
		for (const p of ["a", "b", "c", "d", "e"]) q.changed(`${p}.md`, "new", 0);
		expect(q.take(5_000).map((x) => x.path)).toEqual(["a.md", "b.md"]);
		expect(q.take(5_000).map((x) => x.path)).toEqual(["c.md"]);
		expect(q.take(6_000)).toEqual([]);
		expect(q.nextWake(6_000)).toBe(65_000);
		expect(q.take(64_999)).toEqual([]);
		expect(q.take(65_000).map((x) => x.path)).toEqual(["d.md", "e.md"]);
		expect(q.nextWake(65_000)).toBeNull();
	});

	it("drops notes no longer due without counting them against the cap", () => {
		const q = new AutoCheckQueue(LIMITS);
		for (const p of ["a", "b", "c"]) q.changed(`${p}.md`, "new", 0);
		expect(q.take(5_000, (p) => p !== "a.md").map((x) => x.path)).toEqual(["b.md", "c.md"]);
		q.changed("d.md", "edited", 5_000);
		expect(q.take(10_000).map((x) => x.path)).toEqual(["d.md"]);
	});

	it("follows renames and forgets deleted notes", () => {
		const q = new AutoCheckQueue(LIMITS);
		q.changed("a.md", "new", 0);
		q.typed("a.md", 0);
		q.rename("a.md", "b.md");
		expect(q.has("a.md")).toBe(false);
		expect(q.isTyping("b.md", 1_000)).toBe(true);
		expect(q.take(20_000)).toEqual([{ path: "b.md", reason: "new" }]);
		q.changed("c.md", "new", 0);
		q.remove("c.md");
		expect(q.nextWake(0)).toBeNull();
	});
});

function editor(text: string, line: number) {
	const lines = text.split("\n");
	return { getCursor: () => ({ line, ch: 0 }), getLine: (i: number) => lines[i] ?? "", lineCount: () => lines.length };
}

describe("cursorInFrontmatter", () => {
	const note = "---\ntitle: A\nyear: 2020\n---\nBody\n";
	it.each([
		[note, 0, true],
		[note, 2, true],
		[note, 3, true],
		[note, 4, false],
		["Body first\n---\ntitle: A\n---\n", 2, false],
		["---\ntitle: A\n", 1, true],
		["\uFEFF---\ntitle: A\n...\nBody", 3, false],
	])("%j, cursor on line %i → %s", (text, line, expected) => {
		expect(cursorInFrontmatter(editor(text, line))).toBe(expected);
	});
});
