// Review findings for the splice writer and the check_log builder: each case broke a note or
// dropped a person's verification before its fix.
import { describe, expect, it } from "vitest";
import { buildCheckLog, manualVerification } from "../../src/core/check-log";
import type { CheckLog } from "../../src/core/types";
import { parseFrontmatter, spliceCheckLog, spliceKey } from "../../src/vault/frontmatter";

const LOG: CheckLog = { checked_at: "2026-01-02T03:04:05.678Z", checked_with: "auto:openalex", status: "not_found", checker_version: 1 };

function data(text: string): Record<string, unknown> {
	const fm = parseFrontmatter(text);
	if ("error" in fm) throw new Error(fm.error);
	return fm.data;
}

describe("a frontmatter that ends its YAML document with `...`", () => {
	// Pandoc-style metadata blocks close the YAML document with `...` before Obsidian's `---`.
	const before = "---\ntitle: A paper\nyear: 2020\n...\n---\nBody\n";

	it("gets an appended check_log that still parses, other keys and body unchanged", () => {
		const out = spliceCheckLog(before, LOG);
		if ("error" in out) throw new Error(out.error);
		const fm = data(out.text);
		expect(fm.check_log).toEqual(LOG);
		expect(fm.title).toBe("A paper");
		expect(fm.year).toBe(2020);
		expect(out.text.startsWith("---\ntitle: A paper\nyear: 2020\n")).toBe(true);
		expect(out.text.endsWith("...\n---\nBody\n")).toBe(true);
	});

	it("gets an appended key (spliceKey) that still parses", () => {
		const out = spliceKey(before, "cited_in", ["Page"]);
		if ("error" in out) throw new Error(out.error);
		expect(data(out.text).cited_in).toEqual(["Page"]);
		expect(data(out.text).title).toBe("A paper");
	});
});

describe("a person's verification inside check_log survives a check_log write", () => {
	const verification = { verified_at: "2025-01-01T00:00:00.000Z", verified_by: "human", notes: "checked the PDF" };

	it("is kept when the check_log has no status yet (written by hand)", () => {
		const before = "---\ntitle: A paper\ncheck_log:\n  manually_verified:\n    verified_at: '2025-01-01T00:00:00.000Z'\n    verified_by: human\n    notes: checked the PDF\n---\n";
		expect(manualVerification(data(before))).not.toBeNull();
		const out = spliceCheckLog(before, LOG);
		if ("error" in out) throw new Error(out.error);
		const log = data(out.text).check_log as CheckLog;
		expect(log.status).toBe("not_found");
		expect(log.manually_verified).toEqual(verification);
	});

	it("is kept when it was added to the note after the check read it", () => {
		const before = "---\ntitle: A paper\ncheck_log:\n  checked_at: '2024-01-01T00:00:00.000Z'\n  checked_with: 'auto:openalex'\n  status: mismatch\n  manually_verified:\n    verified_at: '2025-01-01T00:00:00.000Z'\n    verified_by: human\n    notes: checked the PDF\n---\n";
		// The log was built from a read made before the person marked the note verified.
		const out = spliceCheckLog(before, buildCheckLog({ status: "not_found", now: new Date("2026-01-02T03:04:05.678Z"), previous: null }));
		if ("error" in out) throw new Error(out.error);
		expect((data(out.text).check_log as CheckLog).manually_verified).toEqual(verification);
	});

	it("does not override a verification the new log sets itself (mark verified)", () => {
		const before = "---\ntitle: A paper\ncheck_log:\n  status: confirmed\n  manually_verified:\n    verified_at: '2025-01-01T00:00:00.000Z'\n    verified_by: agent\n---\n";
		const next = { ...LOG, manually_verified: verification };
		const out = spliceCheckLog(before, next);
		if ("error" in out) throw new Error(out.error);
		expect((data(out.text).check_log as CheckLog).manually_verified).toEqual(verification);
	});

	it("buildCheckLog keeps a `manually_verified: true` flag (manualVerification honours it)", () => {
		const previous = { ...LOG, status: "confirmed", manually_verified: true } as unknown as CheckLog;
		expect(manualVerification({ check_log: previous })).not.toBeNull();
		const log = buildCheckLog({ status: "not_found", now: new Date("2026-01-02T03:04:05.678Z"), previous });
		expect(manualVerification({ check_log: log })).not.toBeNull();
	});
});

describe("a value ending in blank lines, written before a blank line of the note", () => {
	// The keep-chomped block (`|+`) that writes such a value would take in the note's blank lines.
	const cases: Array<{ before: string; key: string; value: unknown }> = [
		{ before: "---\ntitle: Old\n\nyear: 1\n---\n", key: "title", value: "a\n\n" },
		{ before: "---\ntitle: Old\n\n# c\nyear: 1\n---\n", key: "title", value: "line one\nline two\n\n" },
		{ before: "---\ntitle: Old\ncited_in: [a]\n\n\n---\n", key: "cited_in", value: ["b\n\n"] },
		{ before: "---\ntitle: Old\ncheck_log:\n  status: x\n\nyear: 1\n---\n", key: "check_log", value: { ...LOG, remote: { title: "Junk title\n\n", authors: [], year: null, venue: null, doi: null } } },
	];
	for (const c of cases) {
		it(`reads back as written: ${JSON.stringify(c.before)}`, () => {
			const out = spliceKey(c.before, c.key, c.value);
			if ("error" in out) throw new Error(out.error);
			expect(data(out.text)[c.key]).toEqual(c.value);
			expect(data(out.text).title).toBe(c.key === "title" ? c.value : "Old");
		});
	}
});

describe("a key removed or written right after the note's own keep-chomped block scalar", () => {
	const notes = ["|+", "|+2 # kept", ">2+"].flatMap((header) => ["\n", "\r\n"].map((eol) => `---\nabstract: ${header}\n  para\n\ncheck_log: ~\n  \ntitle: T\n---\n`.replace(/\n/g, eol)));
	for (const before of notes) {
		it(`never changes the value of the block scalar before it: ${JSON.stringify(before)}`, () => {
			const abstract = data(before).abstract;
			for (const value of [undefined, LOG]) {
				const out = spliceKey(before, "check_log", value);
				if ("error" in out) continue; // refusing is fine; changing the abstract is not
				expect(data(out.text).abstract).toBe(abstract);
				expect(data(out.text).check_log).toEqual(value);
			}
		});
	}
});
