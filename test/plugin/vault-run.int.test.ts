// @vitest-environment happy-dom
// Vault-wide runs of the built plugin over the fixture corpus against the fake OpenAlex server:
// every reference gets its log, nothing else changes, edits during a check survive, deletes and
// renames are harmless, cancel stops requests, server errors never overwrite a good log.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { corpusWorks } from "../support/corpus-works";
import { appWithFiles, corpusFiles, fake, loadPlugin, manifest, settled, testSettings, waitFor } from "./harness";
import { FakeClock } from "../support/fake-clock";
import type { App } from "../fake-obsidian/index";
import type { Plugin } from "obsidian";

const VERIFY_ALL = `${manifest.id}:verify-all`;
const CANCEL = `${manifest.id}:cancel-verification`;

/**
 * The frontmatter as YAML data (independent of the plugin's reader), or null. Parsed once per
 * distinct text: this file reads the same ~500 notes again and again (before the run, after every
 * write, at every check), and the parse was most of its time. The data is only read here.
 */
const parsed = new Map<string, Record<string, unknown> | null>();
function frontmatter(text: string): Record<string, unknown> | null {
	let data = parsed.get(text);
	if (data === undefined) {
		data = parseFrontmatterYaml(text);
		parsed.set(text, data);
	}
	return data;
}

function parseFrontmatterYaml(text: string): Record<string, unknown> | null {
	const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
	if (!m) return null;
	const data: unknown = parse(m[1]);
	return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/** The text with the top-level `check_log:` entry cut out (this test's own reading of YAML blocks). */
function withoutCheckLog(text: string): string {
	const lines = text.split("\n");
	const close = lines.indexOf("---", 1);
	const start = lines.findIndex((l, i) => i > 0 && i < close && /^check_log:/.test(l));
	if (start < 0) return text;
	let end = start + 1;
	while (end < close && (/^[ \t]/.test(lines[end]) || lines[end] === "")) end++;
	return [...lines.slice(0, start), ...lines.slice(end)].join("\n");
}

function isReference(text: string): boolean {
	const fm = frontmatter(text);
	return !!fm && isReferenceNote(fm) && !isNotAReference(readReference(fm));
}

function checkedAt(text: string): string | null {
	const log = frontmatter(text)?.check_log as Record<string, unknown> | undefined;
	return typeof log?.checked_at === "string" ? log.checked_at : null;
}

function noticesSince(n: number): string[] {
	return fake.__test.notices.slice(n);
}

async function runToEnd(app: App, command = VERIFY_ALL): Promise<string> {
	const n = fake.__test.notices.length;
	expect(app.commands.execute(command)).toBe(true);
	await waitFor(() => noticesSince(n).some((m) => m.startsWith("Reference check")), 55_000, "run summary");
	return noticesSince(n).find((m) => m.startsWith("Reference check"))!;
}

/** Every write of a new check_log describes the title that is in the same text. */
function watchWrites(app: App): string[] {
	const problems: string[] = [];
	const logs = new Map<string, string>();
	const logOf = (text: string) => JSON.stringify(frontmatter(text)?.check_log ?? null);
	for (const f of app.vault.getMarkdownFiles()) logs.set(f.path, logOf(app.vault.peek(f.path) ?? ""));
	app.vault.on("rename", (file: { path: string }, oldPath: string) => logs.set(file.path, logs.get(oldPath) ?? ""));
	app.vault.on("modify", (file: { path: string }) => {
		const text = app.vault.peek(file.path) ?? "";
		const fm = frontmatter(text);
		if (!fm) {
			problems.push(`${file.path}: unreadable frontmatter after write`);
			return;
		}
		const log = logOf(text);
		if (logs.get(file.path) === log) return; // not a log write (e.g. the user's edit)
		logs.set(file.path, log);
		const fields = (fm.check_log as { fields?: { title?: { local?: unknown } } } | undefined)?.fields;
		if (fields?.title && typeof fm.title === "string" && fields.title.local !== fm.title.trim().replace(/\s+/g, " ")) {
			problems.push(`${file.path}: log about "${String(fields.title.local)}" written into a note titled "${fm.title}"`);
		}
	});
	return problems;
}

let server: FakeOpenAlex | null = null;
let plugin: Plugin | null = null;

afterEach(async () => {
	plugin?.unload();
	plugin = null;
	await server?.close();
	server = null;
});

describe("vault-wide run over the fixture corpus", () => {
	it("writes a log into every reference, changes nothing else, shows progress, and a second run makes 0 requests", async () => {
		const files = corpusFiles();
		const references = [...files].filter(([, t]) => isReference(t)).map(([p]) => p);
		expect(references.length).toBeGreaterThanOrEqual(200);
		expect(files.size).toBeGreaterThan(references.length);

		server = await startFakeOpenAlex({ works: corpusWorks() });
		const app = appWithFiles(files);
		const problems = watchWrites(app);
		plugin = await loadPlugin(app, testSettings(server.url));
		const bar = app.statusBarEl.querySelector(`.plugin-${manifest.id}`) as HTMLElement;
		await app.workspace.openFile(app.vault.getFileByPath(references[0])!);
		expect(bar.textContent).not.toBe("");

		const progressSeen: string[] = [];
		const startedAt = new Date().toISOString();
		const n = fake.__test.notices.length;
		expect(app.commands.execute(VERIFY_ALL)).toBe(true);
		await waitFor(() => {
			const label = bar.textContent ?? "";
			if (/^Checking \d+\/\d+/.test(label)) progressSeen.push(`${label}|${bar.getAttribute("aria-label")}`);
			return noticesSince(n).some((m) => m.startsWith("Reference check finished"));
		}, 55_000, "first run");
		const summary = noticesSince(n).find((m) => m.startsWith("Reference check finished"))!;

		// Final state: the open note's verdict, not the run.
		expect(bar.textContent).not.toMatch(/^Checking/);
		expect(bar.getAttribute("aria-label")).toBeTruthy();
		expect(summary).not.toMatch(/error/);

		// Every reference has a fresh log, except notes a person verified (left for "Re-verify").
		let fresh = 0;
		let verifiedByPerson = 0;
		for (const [path, before] of files) {
			const after = app.vault.peek(path)!;
			expect(withoutCheckLog(after), path).toBe(withoutCheckLog(before));
			if (!references.includes(path)) {
				expect(after, path).toBe(before);
				continue;
			}
			const at = checkedAt(after);
			if (at !== null && at >= startedAt) {
				fresh++;
				continue;
			}
			const fm = frontmatter(after)!;
			const manual = fm.manually_verified ?? (fm.check_log as Record<string, unknown> | undefined)?.manually_verified;
			expect(manual, `${path} has no fresh log`).toBeTruthy();
			verifiedByPerson++;
			expect(after, path).toBe(before);
		}
		// The loop above: every reference got a log in this run unless a person verified it
		// (224 references in the corpus, 66 of them verified by a person).
		expect(fresh).toBeGreaterThan(150);
		expect(verifiedByPerson).toBe(references.length - fresh);

		// Progress n/N over the queued references, with an accessible label and the budget.
		expect(progressSeen.length).toBeGreaterThan(0);
		const m = /^Checking (\d+)\/(\d+)/.exec(progressSeen[progressSeen.length - 1])!;
		expect(Number(m[2])).toBe(fresh);
		expect(progressSeen.some((p) => /\|Verifying references \(vault\): \d+ of \d+ done/.test(p))).toBe(true);
		expect(progressSeen.some((p) => /credits left/.test(p))).toBe(true);
		expect(problems).toEqual([]);
		expect(fake.__test.listenerErrors).toEqual([]);

		// Everything is fresh now: nothing to ask OpenAlex.
		const requests = server.requests.length;
		const second = await runToEnd(app);
		expect(second).toMatch(/nothing needs checking/);
		expect(server.requests.length).toBe(requests);
	});
});

/** The DOIs a request asks about: a `/works/doi:` singleton or a `filter=doi:a|b` list call. */
function doisAsked(url: URL): string[] {
	const single = /^\/works\/doi:(.+)$/.exec(decodeURIComponent(url.pathname));
	if (single) return [single[1].toLowerCase()];
	const filter = url.searchParams.get("filter") ?? "";
	return filter.startsWith("doi:") ? filter.slice(4).toLowerCase().split("|") : [];
}

/** A handful of corpus references that OpenAlex resolves by DOI (so logs carry fields). */
function doiReferences(count: number): Map<string, string> {
	const picked = new Map<string, string>();
	for (const [path, text] of corpusFiles()) {
		if (!path.startsWith("shared-references/bibtex-entries/")) continue;
		const fm = frontmatter(text);
		const log = fm?.check_log as { remote?: { doi?: unknown } } | undefined;
		if (!fm || typeof fm.doi !== "string" || typeof fm.title !== "string" || typeof log?.remote?.doi !== "string") continue;
		picked.set(path, text);
		if (picked.size === count) break;
	}
	return picked;
}

describe("runs with concurrent edits", () => {
	it("an edited title survives and is re-checked; deleted and renamed notes cause no error and are not recreated", async () => {
		const files = doiReferences(6);
		expect(files.size).toBe(6);
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 150 });
		const app = appWithFiles(files);
		const problems = watchWrites(app);
		plugin = await loadPlugin(app, testSettings(server.url));
		const [edited, deleted, renamed] = [...files.keys()];
		const oldTitle = String(frontmatter(files.get(edited)!)!.title);
		const newTitle = "A completely different title written while the check was in flight";

		const n = fake.__test.notices.length;
		expect(app.commands.execute(VERIFY_ALL)).toBe(true);
		await waitFor(() => server!.requests.length > 0, 10_000, "first request");
		const editedAt = new Date().toISOString();
		const text = app.vault.peek(edited)!;
		await app.vault.modify(app.vault.getFileByPath(edited)!, text.replace(/^title: .*$/m, `title: ${newTitle}`));
		await app.vault.delete(app.vault.getFileByPath(deleted)!);
		await app.vault.rename(app.vault.getFileByPath(renamed)!, "moved/renamed-note.md");
		await waitFor(() => noticesSince(n).some((m) => m.startsWith("Reference check")), 30_000, "summary");
		const summary = noticesSince(n).find((m) => m.startsWith("Reference check"))!;

		// The edit survived and the note was checked again, as it is now.
		const after = app.vault.peek(edited)!;
		const fm = frontmatter(after)!;
		expect(fm.title).toBe(newTitle);
		const log = fm.check_log as { fields?: { title: { local: string; match: boolean } } };
		expect(log.fields?.title.local).toBe(newTitle);
		expect(log.fields?.title.local).not.toBe(oldTitle);
		expect(withoutCheckLog(after)).toBe(withoutCheckLog(text.replace(/^title: .*$/m, `title: ${newTitle}`)));
		expect(checkedAt(after)! > editedAt).toBe(true);

		// Deleted: gone for good. Renamed: only at its new path.
		expect(app.vault.getFileByPath(deleted)).toBeNull();
		expect(app.vault.peek(deleted)).toBeNull();
		expect(app.vault.getFileByPath(renamed)).toBeNull();
		expect(app.vault.peek("moved/renamed-note.md")).not.toBeNull();
		expect(withoutCheckLog(app.vault.peek("moved/renamed-note.md")!)).toBe(withoutCheckLog(files.get(renamed)!));
		expect(summary).toMatch(/^Reference check finished/);
		expect(summary).not.toMatch(/error/);
		// The deleted note is counted as such (the renamed one was followed and checked).
		expect(summary).toMatch(/, 1 deleted note\b/);
		expect(problems).toEqual([]);
		expect(fake.__test.listenerErrors).toEqual([]);
	});

	it("cancel stops requests at once and leaves every note valid", async () => {
		const files = corpusFiles();
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 40 });
		const app = appWithFiles(files);
		const problems = watchWrites(app);
		const clock = new FakeClock();
		plugin = await loadPlugin(app, testSettings(server.url), clock);
		const n = fake.__test.notices.length;
		expect(app.commands.execute(VERIFY_ALL)).toBe(true);
		expect(app.commands.isAvailable(CANCEL)).toBe(true);
		await waitFor(() => server!.requests.length >= 4, 20_000, "a few requests");
		expect(app.commands.execute(CANCEL)).toBe(true);
		const sentAtCancel = fake.__test.requestLog.length;
		await waitFor(() => noticesSince(n).some((m) => m.startsWith("Reference check")), 20_000, "summary");
		// Nothing is left waiting to send: no paced request, no back-off.
		await settled(clock);
		expect(fake.__test.requestLog.length).toBe(sentAtCancel);
		expect(noticesSince(n).find((m) => m.startsWith("Reference check"))).toMatch(/^Reference check cancelled.*not checked/);

		let written = 0;
		for (const [path, before] of files) {
			const after = app.vault.peek(path)!;
			expect(frontmatter(after) !== null || frontmatter(before) === null, path).toBe(true);
			expect(withoutCheckLog(after), path).toBe(withoutCheckLog(before));
			if (after !== before) written++;
		}
		expect(written).toBeGreaterThan(0);
		expect(written).toBeLessThan([...files.values()].filter(isReference).length);
		expect(problems).toEqual([]);
		expect(app.commands.isAvailable(CANCEL)).toBe(false);
	});

	it("a failing server turns into errors in the summary and leaves those notes' logs untouched", async () => {
		const files = doiReferences(40);
		server = await startFakeOpenAlex({ works: corpusWorks() });
		// Every request about a quarter of these notes' DOIs fails with 500, through all retries
		// (the batched DOI filter names them all, so it fails too and each DOI is asked alone).
		const failing = new Set([...files.values()].slice(0, 10).map((t) => String(frontmatter(t)!.doi).toLowerCase()));
		server.setFaults({ rate: 1, kinds: ["500"], only: (url) => doisAsked(url).some((doi) => failing.has(doi)) });
		const app = appWithFiles(files);
		plugin = await loadPlugin(app, testSettings(server.url));
		const startedAt = new Date().toISOString();
		const summary = await runToEnd(app, `${manifest.id}:reverify-all`);
		expect(server.requests.filter((r) => r.fault === "500").length).toBeGreaterThanOrEqual(6 * failing.size);
		const errors = Number(/(\d+) errors?/.exec(summary)?.[1] ?? "0");
		expect(errors).toBeGreaterThan(0);
		expect(errors).toBe(failing.size);
		expect(summary).toMatch(/their notes were not changed/);

		let untouched = 0;
		for (const [path, before] of files) {
			const after = app.vault.peek(path)!;
			if (after === before) {
				untouched++;
				continue;
			}
			expect(withoutCheckLog(after), path).toBe(withoutCheckLog(before));
			expect(checkedAt(after)! >= startedAt, path).toBe(true);
		}
		expect(untouched).toBe(errors);
		// The status bar names the failure for such a note.
		const failed = [...files.keys()].find((p) => app.vault.peek(p) === files.get(p))!;
		await app.workspace.openFile(app.vault.getFileByPath(failed)!);
		const bar = app.statusBarEl.querySelector(`.plugin-${manifest.id}`) as HTMLElement;
		expect(bar.textContent).toBe("Check failed");
		expect(bar.getAttribute("aria-label")).toMatch(/^Last check failed: /);
	});
});
