// @vitest-environment happy-dom
// The run controller on its own (fake vault and cache, fake OpenAlex over real HTTP): writes that
// race with the user, an exhausted budget, one run at a time, events.
import { afterEach, describe, expect, it } from "vitest";
import type { MetadataCache as ObsidianCache, Vault as ObsidianVault } from "obsidian";
import { MetadataCache, Vault } from "../fake-obsidian/index";
import { requestUrlTransport } from "../../src/plugin/transport";
import { OpenAlexClient } from "../../src/openalex/client";
import { RunController } from "../../src/plugin/run-controller";
import { settingsFromData } from "../../src/core/settings";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { corpusWorks } from "../support/corpus-works";
import { FakeClock } from "../support/fake-clock";
import { corpusFiles } from "./harness";
import { parse } from "yaml";

let server: FakeOpenAlex | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

function doiNotes(count: number): Map<string, string> {
	const out = new Map<string, string>();
	for (const [path, text] of corpusFiles()) {
		if (!path.startsWith("shared-references/bibtex-entries/") || !/^doi: /m.test(text) || !/^ {4}doi: 10\./m.test(text)) continue;
		out.set(path, text);
		if (out.size === count) break;
	}
	return out;
}

function setup(files: Map<string, string>, url: string, onRequest?: () => void) {
	const vault = new Vault();
	for (const [p, t] of files) vault.seed(p, t);
	const cache = new MetadataCache(vault);
	const controller = new RunController({
		vault: vault as unknown as ObsidianVault,
		metadataCache: cache as unknown as ObsidianCache,
		settings: () => settingsFromData({ baseUrl: url, requestsPerSecond: 30 }),
		createClient: (s) =>
			new OpenAlexClient({
				transport: (req) => {
					onRequest?.();
					return requestUrlTransport(req);
				},
				baseUrl: s.baseUrl,
				requestsPerSecond: s.requestsPerSecond,
				clock: new FakeClock(),
			}),
	});
	return { vault, cache, controller };
}

function fm(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
}

describe("run controller", () => {
	it("keeps a manual verification added while the check was in flight", async () => {
		const files = doiNotes(1);
		const [path, text] = [...files][0];
		expect(text).not.toMatch(/manually_verified/);
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 100 });
		let edited = false;
		const { vault, controller } = setup(files, server.url, () => {
			if (edited) return;
			edited = true;
			// The user marks the note verified while its request is on the wire.
			const current = vault.peek(path)!;
			void vault.modify(vault.getFileByPath(path)!, current.replace(/\n---\n/, "\nmanually_verified:\n  verified_at: '2026-01-01T00:00:00.000Z'\n  verified_by: Ann\n---\n"));
		});
		const summary = await controller.start({ kind: "files", paths: [path] })!;
		expect(summary.errors).toEqual([]);
		const data = fm(vault.peek(path)!);
		expect(data.manually_verified).toEqual({ verified_at: "2026-01-01T00:00:00.000Z", verified_by: "Ann" });
		expect((data.check_log as Record<string, unknown>).checked_at).not.toBe((fm(text).check_log as Record<string, unknown>).checked_at);
	});

	it("a note whose title keeps changing during each check is reported, not written", async () => {
		const files = doiNotes(1);
		const [path, text] = [...files][0];
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 30 });
		const { vault, controller } = setup(files, server.url);
		// The user edits the title again just before each write (re-checks come from the run's cache).
		let edits = 0;
		const process = vault.process.bind(vault);
		vault.process = async (file, fn) => {
			edits++;
			await vault.modify(file, vault.peek(file.path)!.replace(/^title: .*$/m, `title: Edit number ${edits}`));
			return process(file, fn);
		};
		const summary = await controller.start({ kind: "vault" })!;
		expect(summary.errors.map((e) => e.path)).toEqual([path]);
		expect(summary.errors[0].message).toMatch(/kept changing/);
		expect(summary.rechecked).toBe(2);
		expect(edits).toBe(3);
		// Only the user's edits: the log is the one the note had before the run.
		expect(vault.peek(path)!.replace(/^title: .*$/m, "")).toBe(text.replace(/^title: .*$/m, ""));
		expect(controller.errorFor(path)).toMatch(/kept changing/);
	});

	it("counts a note deleted during its check as vanished (not an error, not recreated) and writes a renamed one at its new path", async () => {
		const files = doiNotes(3);
		const [kept, deleted, renamed] = [...files.keys()];
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 20 });
		let changed = false;
		const { vault, controller } = setup(files, server.url, () => {
			if (changed) return;
			changed = true;
			// While the first request is on the wire.
			void vault.delete(vault.getFileByPath(deleted)!);
			void vault.rename(vault.getFileByPath(renamed)!, "moved/renamed.md");
		});
		const results: string[] = [];
		controller.onResult((path) => results.push(path));
		const summary = await controller.start({ kind: "vault" }, { force: true })!;
		expect(changed).toBe(true);
		expect(summary.vanished).toBe(1);
		expect(summary.errors).toEqual([]);
		expect(summary.counts.confirmed + summary.counts.mismatch + summary.counts.not_found + summary.counts.skipped).toBe(2);
		expect(results.sort()).toEqual([deleted, kept, "moved/renamed.md"].sort());
		expect(vault.getFileByPath(deleted)).toBeNull();
		expect(vault.peek(deleted)).toBeNull();
		expect(vault.peek(renamed)).toBeNull();
		const checkedAt = (text: string) => (fm(text).check_log as Record<string, unknown>).checked_at;
		expect(checkedAt(vault.peek("moved/renamed.md")!)).not.toBe(checkedAt(files.get(renamed)!));
		expect(checkedAt(vault.peek(kept)!)).not.toBe(checkedAt(files.get(kept)!));
	});

	it("an exhausted budget stops the run: the rest is 'not checked', nothing is an error", async () => {
		const files = doiNotes(30);
		server = await startFakeOpenAlex({ works: corpusWorks(), budget: 0 });
		const { vault, controller } = setup(files, server.url);
		const summary = await controller.start({ kind: "vault" }, { force: true })!;
		expect(summary.stoppedBy).toMatch(/budget/);
		expect(summary.budgetResetAt).toBeInstanceOf(Date);
		expect(summary.errors).toEqual([]);
		expect(summary.notChecked).toBe(files.size);
		for (const [p, t] of files) expect(vault.peek(p)).toBe(t);
		expect(server.requests.length).toBeLessThanOrEqual(3);
	});

	it("runs one at a time and reports progress, results and the end", async () => {
		const files = doiNotes(5);
		server = await startFakeOpenAlex({ works: corpusWorks() });
		const { controller } = setup(files, server.url);
		const progress: string[] = [];
		const results: string[] = [];
		let finished = 0;
		const off = controller.onProgress((p) => progress.push(`${p.running ? "run" : "end"} ${p.done}/${p.total}`));
		controller.onResult((path) => results.push(path));
		controller.onFinished(() => finished++);
		const run = controller.start({ kind: "vault" }, { force: true })!;
		expect(controller.start({ kind: "vault" })).toBeNull();
		expect(controller.isRunning()).toBe(true);
		const summary = await run;
		expect(controller.isRunning()).toBe(false);
		expect(summary.total).toBe(5);
		expect(results.sort()).toEqual([...files.keys()].sort());
		expect(progress[0]).toBe("run 0/0");
		expect(progress).toContain("run 5/5");
		expect(progress[progress.length - 1]).toBe("end 5/5");
		expect(finished).toBe(1);
		expect(controller.lastRun()).toBe(summary);
		off();
		await controller.start({ kind: "vault" }, { force: true });
		expect(progress[progress.length - 1]).toBe("end 5/5");
	});
});
