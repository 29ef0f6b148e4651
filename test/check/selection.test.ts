// Selection by folders: include and exclude folders match whole path segments.
import { describe, expect, it } from "vitest";
import { pathAllowed, selectNotes } from "../../src/check/selection";
import type { NoteStore } from "../../src/check/note-store";

describe("folder filters", () => {
	it("match whole path segments", () => {
		const s = { includeFolders: ["refs"], excludeFolders: ["refs/archive"] };
		expect(pathAllowed("refs/a.md", s)).toBe(true);
		expect(pathAllowed("refs-other/a.md", s)).toBe(false);
		expect(pathAllowed("refs/archive/a.md", s)).toBe(false);
		expect(pathAllowed("x.md", { includeFolders: [], excludeFolders: [] })).toBe(true);
	});
});

describe("notes that look like references but are not checked (issue 12)", () => {
	const notes: Record<string, Record<string, unknown>> = {
		"refs/full.md": { title: "Tidal gauges", authors: ["Tove Lindqvist"], year: 2020 },
		"refs/thin.md": { title: "Lichen mats", year: 2021, tags: ["paper"], pdf_relpath: "p/lichen.pdf" },
		"refs/bare.md": { title: "Bog pools", year: 2019 },
		"refs/noyear.md": { title: "Fjord cores", authors: ["Anna Berg"] },
		"refs/notitle.md": { authors: ["Carl Dahl"], year: 2018, doi: "10.5555/x" },
		"pages/talk.md": { type: "talk", title: "A talk", authors: ["Carl Dahl"], year: 2022 },
		"pages/list.md": { title: "Shopping list" },
	};
	const store: NoteStore<string> = {
		list: () => ({ notes: Object.keys(notes), problems: [] }),
		pathOf: (p) => p,
		frontmatter: (p) => ({ data: notes[p] }),
		process: () => Promise.resolve("done"),
	};
	const settings = { referenceTypeValue: "", citationKeyField: "citation_key", includeFolders: [] as string[], excludeFolders: [] as string[], staleDays: 30 };

	it("queues thin notes with a paper sign and counts the others by reason", async () => {
		const { queue, unrecognized } = await selectNotes(store, { scope: { kind: "vault" }, settings }, new Date("2026-01-01T00:00:00Z"));
		expect(queue.map((q) => q.queuedPath)).toEqual(["refs/full.md", "refs/thin.md"]);
		expect(unrecognized).toEqual({ "no year": 1, "no title": 1, "type 'talk'": 1 });
	});

	it("takes a title and a year for a reference inside the include folders", async () => {
		const { queue, unrecognized } = await selectNotes(store, { scope: { kind: "vault" }, settings: { ...settings, includeFolders: ["refs"] } }, new Date("2026-01-01T00:00:00Z"));
		expect(queue.map((q) => q.queuedPath)).toEqual(["refs/full.md", "refs/thin.md", "refs/bare.md"]);
		expect(unrecognized).toEqual({ "no year": 1, "no title": 1 });
	});
});
