// The shared run (src/check/run.ts) over an in-memory NoteStore: selection (scope, folders, type
// value, freshness), write outcomes (written, vanished, a store that cannot write), dry runs.
// The front-ends' own stores are tested with the plugin (test/plugin) and the CLI (test/cli).
import { afterEach, describe, expect, it } from "vitest";
import { runChecks, type NoteDone, type RunOptions } from "../../src/check/run";
import { selectNotes } from "../../src/check/selection";
import type { Listing, NoteStore, StoredFrontmatter } from "../../src/check/note-store";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { readCheckLog } from "../../src/core/check-log";
import { OpenAlexClient } from "../../src/openalex/client";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { openAlexWork } from "../support/corpus-works";
import { FakeClock } from "../support/fake-clock";

/** Notes by path; a handle is the path the note was listed under. */
class MemoryStore implements NoteStore<string> {
	readonly notes = new Map<string, string>();
	/** Called before each write; may throw (a disk that refuses) or delete the note. */
	beforeWrite: (path: string) => void = () => undefined;
	list(): Listing<string> {
		return { notes: [...this.notes.keys()], problems: [] };
	}
	pathOf(note: string): string {
		return note;
	}
	frontmatter(note: string): StoredFrontmatter {
		const text = this.notes.get(note);
		if (text === undefined) return null;
		const fm = parseFrontmatter(text);
		if ("error" in fm) return fm.error.startsWith("no frontmatter") ? null : { unreadable: fm.error };
		return { data: fm.data };
	}
	async process(note: string, edit: (text: string) => string): Promise<"done" | "vanished"> {
		this.beforeWrite(note);
		const text = this.notes.get(note);
		if (text === undefined) return "vanished";
		this.notes.set(note, edit(text));
		return "done";
	}
}

const works = Array.from({ length: 8 }, (_, i) =>
	openAlexWork({ id: `W${7000 + i}`, doi: `10.5151/run.${i}`, title: `Run test paper number ${i} on shared checking`, authors: ["Ada Lovelace"], year: 2021, venue: "Journal of Runs" }),
);

function note(i: number, extra = ""): string {
	return `---\ntype: bibtex_entry\ncitation_key: run${i}\ntitle: Run test paper number ${i} on shared checking\nauthors:\n  - Ada Lovelace\nyear: 2021\nvenue: Journal of Runs\ndoi: 10.5151/run.${i}\n${extra}---\nBody ${i}\n`;
}

let server: FakeOpenAlex | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

async function options(extra: Partial<RunOptions> = {}): Promise<RunOptions> {
	server ??= await startFakeOpenAlex({ works });
	const url = server.url;
	return {
		scope: { kind: "vault" },
		settings: DEFAULT_SETTINGS,
		createClient: () => new OpenAlexClient({ transport: fetchTransport(), baseUrl: url, clock: new FakeClock() }),
		now: () => new Date("2026-11-26T12:00:00.000Z"),
		...extra,
	};
}

const statusOf = (store: MemoryStore, path: string) => {
	const fm = store.frontmatter(path);
	return fm && "data" in fm ? (readCheckLog(fm.data)?.status ?? null) : null;
};

describe("selection", () => {
	it("queues the reference notes in scope and folders that need a check; named notes always", async () => {
		const store = new MemoryStore();
		store.notes.set("refs/a.md", note(0));
		store.notes.set("refs/old/b.md", note(1));
		store.notes.set("refs/c.md", note(2).replace("type: bibtex_entry", "type: article-journal"));
		store.notes.set("elsewhere/d.md", note(3));
		store.notes.set("refs/page.md", "# A page\n");
		store.notes.set("refs/broken.md", "---\ntitle: [unclosed\n---\n");
		const done = await runChecks(store, await options());
		const fresh = store.notes.get("refs/a.md")!;
		store.notes.set("refs/fresh.md", fresh.replace("run0", "run9"));
		const settings = { ...DEFAULT_SETTINGS, referenceTypeValue: "bibtex_entry", includeFolders: ["refs"], excludeFolders: ["refs/old"] };
		const now = new Date("2026-11-27T12:00:00.000Z");
		const select = async (o: Partial<RunOptions>) => (await selectNotes(store, { scope: { kind: "vault" }, settings, ...o }, now)).queue.map((e) => e.queuedPath);
		expect(done.total).toBe(4);
		expect(done.problems).toEqual([{ path: "refs/broken.md", reason: expect.stringMatching(/invalid YAML/) }]);
		// Everything was checked a day ago: nothing is due…
		expect(await select({})).toEqual([]);
		expect((await selectNotes(store, { scope: { kind: "vault" }, settings }, now)).upToDate).toBe(2);
		// …unless forced, or named.
		expect(await select({ force: true })).toEqual(["refs/a.md", "refs/fresh.md"]);
		expect(await select({ scope: { kind: "files", paths: ["refs/a.md", "elsewhere/d.md"] } })).toEqual(["refs/a.md"]);
		expect(await select({ scope: { kind: "folder", path: "elsewhere" }, force: true, settings: DEFAULT_SETTINGS })).toEqual(["elsewhere/d.md"]);
	});
});

describe("write outcomes", () => {
	it("writes every verdict into its note, reporting each note once with the run's progress", async () => {
		const store = new MemoryStore();
		for (let i = 0; i < 5; i++) store.notes.set(`n${i}.md`, note(i));
		const seen: string[] = [];
		const summary = await runChecks(store, await options({ onNote: (n: NoteDone, c) => seen.push(`${n.path}:${n.outcome}:${c.done}/${c.total}`) }));
		expect(seen.map((s) => s.split(":").slice(0, 2).join(":")).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `n${i}.md:written`));
		expect(seen.map((s) => s.split(":")[2])).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
		expect(summary.counts.confirmed).toBe(5);
		for (let i = 0; i < 5; i++) expect(statusOf(store, `n${i}.md`)).toBe("confirmed");
	});

	it("counts a note gone before its write as vanished, never as an error, and does not recreate it", async () => {
		const store = new MemoryStore();
		for (let i = 0; i < 3; i++) store.notes.set(`n${i}.md`, note(i));
		store.beforeWrite = (path) => {
			if (path === "n1.md") store.notes.delete(path);
		};
		const outcomes: string[] = [];
		const summary = await runChecks(store, await options({ onNote: (n) => outcomes.push(`${n.path}:${n.outcome}`) }));
		expect(summary.vanished).toBe(1);
		expect(summary.errors).toEqual([]);
		expect(outcomes.sort()).toEqual(["n0.md:written", "n1.md:vanished", "n2.md:written"]);
		expect(store.notes.has("n1.md")).toBe(false);
	});

	it("turns a store that cannot write into an error for that note; the run goes on", async () => {
		const store = new MemoryStore();
		for (let i = 0; i < 3; i++) store.notes.set(`n${i}.md`, note(i));
		const before = store.notes.get("n2.md");
		store.beforeWrite = (path) => {
			if (path === "n2.md") throw new Error("disk full");
		};
		const summary = await runChecks(store, await options());
		expect(summary.errors).toEqual([{ path: "n2.md", message: "Log not written: disk full" }]);
		expect(summary.counts.confirmed).toBe(2);
		expect(store.notes.get("n2.md")).toBe(before);
	});

	it("keeps a manual verification a person added while the check ran, with every key the person wrote", async () => {
		const store = new MemoryStore();
		store.notes.set("v.md", note(3, "check_log:\n  status: mismatch\n"));
		// Written by hand while the request was out, with a key of the person's own.
		const byHand = '  manually_verified:\n    verified_at: 2026-11-26\n    verified_by: Ann\n    pages_read: [3, 4]\n';
		store.beforeWrite = (path) => store.notes.set(path, (store.notes.get(path) ?? "").replace("  status: mismatch\n", `  status: mismatch\n${byHand}`));
		const summary = await runChecks(store, await options());
		expect(summary.errors).toEqual([]);
		expect(statusOf(store, "v.md")).toBe("confirmed");
		const fm = store.frontmatter("v.md");
		const log = fm && "data" in fm ? readCheckLog(fm.data) : null;
		expect(log?.manually_verified).toEqual({ verified_at: "2026-11-26", verified_by: "Ann", pages_read: [3, 4] });
	});

	it("reads a note at write time as selection did: a vault's own citation key field is no edit", async () => {
		const store = new MemoryStore();
		store.notes.set("k.md", note(1).replace("citation_key: run1", "ref_key: run1"));
		const summary = await runChecks(store, await options({ settings: { ...DEFAULT_SETTINGS, citationKeyField: "ref_key" } }));
		expect(summary.errors).toEqual([]);
		expect(summary.rechecked).toBe(0);
		expect(statusOf(store, "k.md")).toBe("confirmed");
	});

	it("writes nothing in a dry run, and still reports the verdicts", async () => {
		const store = new MemoryStore();
		for (let i = 0; i < 3; i++) store.notes.set(`n${i}.md`, note(i));
		const before = new Map(store.notes);
		const statuses: string[] = [];
		await runChecks(store, await options({ dryRun: true, onNote: (n) => statuses.push(n.result.status) }));
		expect(statuses).toEqual(["confirmed", "confirmed", "confirmed"]);
		expect(store.notes).toEqual(before);
	});
});
