// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appWith, openPanel, settle, testServices } from "./harness";
import { BIB, corpusNotes } from "./corpus";
import { __test, type App, type TFile } from "../fake-obsidian/index";
import { spliceCheckLog } from "../../src/vault/frontmatter";
import type { CheckLog } from "../../src/core/types";
import { compareReference } from "../../src/core/compare";
import { isNotAReference, readReference } from "../../src/core/reference";
import { remoteFromRecorded, type RecordedRemote } from "../core/corpus-helpers";

const corpus = corpusNotes();

// Obsidian (and the fake) swallow errors thrown by event listeners: none of ours may throw.
afterEach(() => {
	const errors = __test.listenerErrors.splice(0);
	expect(errors).toEqual([]);
});

/** Frontmatter map read with the yaml library directly. */
function fm(text: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m) throw new Error("no frontmatter");
	return parse(m[1]) as Record<string, unknown>;
}

/**
 * The note without one top-level key's lines, found by scanning lines (independent of the
 * writer): the `key:` line and the indented or list lines under it.
 */
function withoutKey(text: string, key: string): string {
	const lines = text.split(/(?<=\n)/);
	const out: string[] = [];
	let inBlock = false;
	let skipping = false;
	for (const [i, line] of lines.entries()) {
		if (i === 0 && line.startsWith("---")) {
			inBlock = true;
			out.push(line);
			continue;
		}
		if (inBlock && /^---\s*$/.test(line)) inBlock = false;
		if (inBlock && line.startsWith(`${key}:`)) {
			skipping = true;
			continue;
		}
		if (skipping && inBlock && (/^[ \t]/.test(line) || line.startsWith("- "))) continue;
		skipping = false;
		out.push(line);
	}
	return out.join("");
}

function file(app: App, path: string): TFile {
	const f = app.vault.getFileByPath(path);
	if (!f) throw new Error(`no ${path}`);
	return f;
}

function text(app: App, path: string): string {
	return app.vault.peek(path) ?? "";
}

function log(t: string): Record<string, unknown> {
	return fm(t).check_log as Record<string, unknown>;
}

/** The group today's comparison gives an old mismatch log (stale when it accepts the difference). */
function expectedMismatchGroup(t: string): "major" | "minor" | "stale" {
	const ref = readReference(fm(t));
	if (isNotAReference(ref)) throw new Error("not a reference");
	const l = log(t);
	return compareReference(ref, remoteFromRecorded(l.remote as RecordedRemote, l.paper_id)).severity ?? "stale";
}

function verifiedByPerson(t: string): boolean {
	const f = fm(t);
	return f.manually_verified !== undefined || (f.check_log as Record<string, unknown> | undefined)?.manually_verified !== undefined;
}

async function corpusPanel() {
	const app = appWith(corpus);
	const services = testServices(app);
	const view = await openPanel(app, services);
	return { app, services, view, root: view.contentEl };
}

/** The count on a group's chip in the header (null: no chip shown for it). */
function groupCount(root: HTMLElement, group: string): number | null {
	const chip = root.querySelector<HTMLElement>(`.reference-check-chip[data-group="${group}"]`);
	if (!chip || !chip.isShown()) return null;
	return Number(chip.querySelector(".reference-check-count")?.textContent);
}

function row(root: HTMLElement, path: string): HTMLElement | null {
	return root.querySelector<HTMLElement>(`.reference-check-entry[data-path="${CSS.escape(path)}"]`);
}

async function expand(view: { focusPath(p: string): void }, root: HTMLElement, path: string): Promise<HTMLElement> {
	view.focusPath(path);
	const el = row(root, path);
	if (!el) throw new Error(`${path} not rendered`);
	expect(el.querySelector(".reference-check-details")).not.toBeNull();
	return el;
}

function click(el: Element | null): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

function key(root: HTMLElement, k: string): void {
	root.querySelector(".reference-check-list")!.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
}

describe("mismatch panel over the fixture corpus", () => {
	it("shows the groups with the counts the logs give", async () => {
		const { root } = await corpusPanel();
		const now = Date.now();
		// Notes sharing a DOI are listed together as duplicates, whatever their logs say.
		const doiOf = (t: string) => /^doi: *['"]?([^'"\s#]+)/im.exec(t.split(/\n---/)[0])?.[1].toLowerCase() ?? null;
		const doiCount = new Map<string, number>();
		for (const [, t] of corpus) if (doiOf(t)) doiCount.set(doiOf(t)!, (doiCount.get(doiOf(t)!) ?? 0) + 1);
		const shared = (t: string) => (doiCount.get(doiOf(t) ?? "") ?? 0) > 1;
		const all = [...corpus].filter(([, t]) => /^type: bibtex_entry$/m.test(t.split(/\n---/)[0]));
		const refs = all.filter(([, t]) => !shared(t));
		expect(all.length - refs.length).toBe(5);
		// Five publication pages carry the DOI of a bibtex entry: ten notes, five works.
		const duplicates = [...corpus].filter(([, t]) => shared(t)).length;
		expect(duplicates).toBe(10);
		expect(groupCount(root, "duplicate")).toBe(duplicates);
		const logs = refs.map(([p, t]) => ({ p, t, l: /\ncheck_log:/.test(t.split(/\n---\r?\n/)[0]) ? log(t) : null })).filter((x) => x.l && !verifiedByPerson(x.t));
		// Old mismatch logs are judged by today's comparison against their recorded remote values.
		const mismatchGroups = logs.filter((x) => x.l!.status === "mismatch").map((x) => expectedMismatchGroup(x.t));
		const mismatches = mismatchGroups.filter((g) => g !== "stale").length;
		const notFound = logs.filter((x) => x.l!.status === "not_found").length;
		const stale = logs.filter((x) => x.l!.status === "confirmed" && now - Date.parse(String(x.l!.checked_at)) > 180 * 86_400_000).length + mismatchGroups.filter((g) => g === "stale").length;
		expect(mismatches).toBeGreaterThan(20);
		expect(groupCount(root, "major") ?? 0).toBe(mismatchGroups.filter((g) => g === "major").length);
		expect(groupCount(root, "minor") ?? 0).toBe(mismatchGroups.filter((g) => g === "minor").length);
		expect(groupCount(root, "not_found")).toBe(notFound);
		expect(groupCount(root, "stale") ?? 0).toBe(stale);
		expect(groupCount(root, "error")).toBeNull();
		const labels = [...root.querySelectorAll(".reference-check-group-label")].map((e) => e.textContent);
		expect(labels[0]).toBe("Major mismatches");
		// the group headers in the list carry the same counts
		const header = root.querySelector('.reference-check-group[data-group="major"] .reference-check-count');
		expect(Number(header?.textContent)).toBe(groupCount(root, "major"));
		// lazily rendered: some rows, not all
		const rendered = root.querySelectorAll(".reference-check-entry").length;
		expect(rendered).toBeGreaterThan(5);
		expect(root.querySelector(".reference-check-panel-status")?.textContent).toBe(`${mismatches + notFound + stale + duplicates} references to review`);
	});

	it("renders markup in remote and local values as text", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const note = [
			"---",
			"type: bibtex_entry",
			"citation_key: evil2024",
			"title: '<b>Bold</b> claims'",
			"authors:",
			"  - 'Doe, Jane'",
			"year: '2024'",
			"check_log:",
			"  checked_at: '2026-11-20T00:00:00.000Z'",
			"  checked_with: 'auto:openalex'",
			"  status: mismatch",
			"  mismatch_severity: major",
			"  paper_id: 'https://openalex.org/W123'",
			"  fields:",
			"    title:",
			"      local: '<b>Bold</b> claims'",
			`      remote: '${evil}'`,
			"      match: false",
			"  remote:",
			`    title: '${evil}'`,
			"    authors:",
			"      - '<script>x()</script>'",
			"    year: 2024",
			"    doi: 'javascript:alert(1)'",
			"  notes:",
			`    - 'venue: ${evil}'`,
			"---",
			"",
		].join("\n");
		const app = appWith({ "refs/evil.md": note });
		const view = await openPanel(app, testServices(app));
		const el = await expand(view, view.contentEl, "refs/evil.md");
		expect(view.contentEl.querySelector("img, b, script")).toBeNull();
		expect(el.textContent).toContain(evil);
		expect(el.textContent).toContain("<b>Bold</b> claims");
		const hrefs = [...el.querySelectorAll("a")].map((a) => a.getAttribute("href"));
		expect(hrefs).toEqual(["https://openalex.org/W123", "https://doi.org/javascript:alert(1)"]);
		for (const h of hrefs) expect(new URL(h!).protocol).toBe("https:");
	});
});

describe("actions write exactly one key, and undo restores the bytes", () => {
	it("use remote title: only the title changes, then a re-check; undo restores it after the re-check rewrote check_log", async () => {
		const { app, services, view, root } = await corpusPanel();
		const path = BIB + "mcdonald2019privacy.md";
		const before = text(app, path);
		const remoteTitle = (log(before).remote as Record<string, unknown>).title;
		const el = await expand(view, root, path);
		click(el.querySelector('[data-action="use-remote"][data-field="title"]'));
		await settle();
		const after = text(app, path);
		expect(fm(after).title).toBe(remoteTitle);
		expect(withoutKey(after, "title")).toBe(withoutKey(before, "title"));
		expect(after).not.toBe(before);
		expect(services.verified).toEqual([path]);

		// the re-check writes a new log; undo still finds the title's bytes
		const newLog: CheckLog = { checked_at: "2026-11-26T01:02:03.000Z", checked_with: "auto:openalex", status: "confirmed", checker_version: 1 };
		await app.vault.process(file(app, path), (t) => {
			const r = spliceCheckLog(t, newLog);
			if ("error" in r) throw new Error(r.error);
			return r.text;
		});
		const undoButton = root.querySelector<HTMLElement>(".reference-check-undo")!;
		expect(undoButton.isShown()).toBe(true);
		expect(undoButton.textContent).toBe("Undo: use remote title in mcdonald2019privacy");
		click(undoButton);
		await settle();
		const undone = text(app, path);
		expect(withoutKey(undone, "check_log")).toBe(withoutKey(before, "check_log"));
		expect(log(undone)).toMatchObject({ status: "confirmed", checked_at: "2026-11-26T01:02:03.000Z" });
		expect(services.verified).toEqual([path, path]);
		expect(undoButton.isShown()).toBe(false);
	});

	it("use remote year and authors keep the note's own shapes; undo gives back the exact text", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "voigt2017.md";
		const before = text(app, path);
		const remote = log(before).remote as Record<string, unknown>;
		click((await expand(view, root, path)).querySelector('[data-action="use-remote"][data-field="year"]'));
		await settle();
		const afterYear = text(app, path);
		expect(fm(afterYear).year).toBe(String(remote.year)); // the note quotes its year: still a string
		expect(withoutKey(afterYear, "year")).toBe(withoutKey(before, "year"));
		click(root.querySelector(".reference-check-undo"));
		await settle();
		expect(text(app, path)).toBe(before);

		// a note that writes "Last, First" and whose log has the remote authors
		const apath = [...view.model.rows()].flatMap((r) => (r.kind === "entry" ? [r.entry] : [])).find(
			(e) => e.differing.includes("authors") && e.log?.remote?.authors?.length && (fm(text(app, e.path)).authors as unknown[]).every((a) => typeof a === "string" && a.includes(",")),
		)!.path;
		const abefore = text(app, apath);
		const aremote = (log(abefore).remote as Record<string, unknown>).authors as string[];
		click((await expand(view, root, apath)).querySelector('[data-action="use-remote"][data-field="authors"]'));
		await settle();
		const aafter = text(app, apath);
		const written = fm(aafter).authors as string[];
		expect(written.length).toBe(aremote.length);
		// the note writes "Last, First": so does the copy
		expect((fm(abefore).authors as string[]).every((a) => a.includes(","))).toBe(true);
		expect(written.every((a) => a.includes(","))).toBe(true);
		expect(withoutKey(aafter, "authors")).toBe(withoutKey(abefore, "authors"));
		click(root.querySelector(".reference-check-undo"));
		await settle();
		expect(text(app, apath)).toBe(abefore);
	});

	it("mark verified adds manually_verified inside check_log and nothing else; undo restores the bytes", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "buolamwini_gender_shades_2018.md";
		const before = text(app, path);
		const groupBefore = view.model.get(path)?.group;
		expect(groupBefore).toBeDefined();
		click((await expand(view, root, path)).querySelector('[data-action="verify"]'));
		const modal = document.querySelector(".modal-container")!;
		expect(modal).not.toBeNull();
		const area = modal.querySelector("textarea")!;
		area.value = "Checked on the PMLR page";
		area.dispatchEvent(new Event("input"));
		click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Mark verified")!);
		await settle();
		const after = text(app, path);
		expect(withoutKey(after, "check_log")).toBe(withoutKey(before, "check_log"));
		const { manually_verified: mv, ...rest } = log(after);
		expect(rest).toEqual(log(before));
		expect(mv).toMatchObject({ verified_by: "human", notes: "Checked on the PMLR page" });
		expect(Date.now() - Date.parse((mv as { verified_at: string }).verified_at)).toBeLessThan(60_000);
		expect(row(root, path)).toBeNull(); // verified by a person: no longer listed
		expect(view.model.get(path)).toBeNull();
		click(root.querySelector(".reference-check-undo"));
		await settle();
		expect(text(app, path)).toBe(before);
		expect(view.model.get(path)?.group).toBe(groupBefore);
	});

	it("cancelling the verify dialog writes nothing", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "buolamwini_gender_shades_2018.md";
		const before = text(app, path);
		const groupBefore = view.model.get(path)?.group;
		expect(groupBefore).toBeDefined();
		click((await expand(view, root, path)).querySelector('[data-action="verify"]'));
		const modal = document.querySelector(".modal-container")!;
		click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Cancel")!);
		await settle();
		expect(text(app, path)).toBe(before);
	});

	it("ignore adds check_ignore and moves the entry to Ignored; unignore and undo restore", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "voigt2017.md";
		const before = text(app, path);
		click((await expand(view, root, path)).querySelector('[data-action="ignore"]'));
		await settle();
		const after = text(app, path);
		expect(fm(after).check_ignore).toBe(true);
		expect(withoutKey(after, "check_ignore")).toBe(before);
		expect(view.model.get(path)?.group).toBe("ignored");
		expect(groupCount(root, "ignored")).toBe(1);
		click(root.querySelector('.reference-check-chip[data-group="ignored"]')); // opens the (collapsed) group and scrolls to it
		expect(row(root, path)).not.toBeNull();
		expect(root.querySelector('.reference-check-group[data-group="ignored"]')?.getAttribute("aria-expanded")).toBe("true");
		click((await expand(view, root, path)).querySelector('[data-action="unignore"]'));
		await settle();
		expect(text(app, path)).toBe(before);
		click(root.querySelector(".reference-check-undo")); // undo the unignore
		await settle();
		expect(text(app, path)).toBe(after);
		click(root.querySelector(".reference-check-undo")); // undo the ignore
		await settle();
		expect(text(app, path)).toBe(before);
		expect(view.model.get(path)?.group).toBe("major");
	});

	it("refuses to undo a key edited by hand since", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "mcdonald2019privacy.md";
		click((await expand(view, root, path)).querySelector('[data-action="use-remote"][data-field="title"]'));
		await settle();
		const edited = text(app, path).replace(/^title:.*$/m, "title: Edited by hand");
		await app.vault.modify(file(app, path), edited);
		await settle();
		click(root.querySelector(".reference-check-undo"));
		await settle();
		expect(text(app, path)).toBe(edited);
	});
});

describe("live updates, keyboard, states", () => {
	it("arrow keys move, Enter opens, r re-checks", async () => {
		const { app, services, root } = await corpusPanel();
		key(root, "ArrowDown");
		const first = root.querySelector(".reference-check-entry.is-selected")!;
		expect(first.getAttribute("aria-selected")).toBe("true");
		key(root, "ArrowDown");
		const second = root.querySelector(".reference-check-entry.is-selected")!;
		const path = second.getAttribute("data-path")!;
		expect(path).not.toBe(first.getAttribute("data-path"));
		key(root, "ArrowUp");
		key(root, "ArrowDown");
		expect(root.querySelector(".reference-check-entry.is-selected")?.getAttribute("data-path")).toBe(path);
		key(root, "Enter");
		await settle();
		expect(app.workspace.getActiveFile()?.path).toBe(path);
		expect(row(root, path)?.classList.contains("is-active")).toBe(true);
		key(root, "r");
		await settle();
		expect(services.verified).toEqual([path]);
	});

	it("follows edits, renames and deletions of notes", async () => {
		const { app, view, root } = await corpusPanel();
		const path = BIB + "voigt2017.md";
		const total = view.model.size;
		const newPath = "moved/voigt2017.md";
		await app.vault.rename(file(app, path), newPath);
		await settle();
		expect(view.model.get(path)).toBeNull();
		expect(view.model.get(newPath)?.group).toBe("major");
		const fixed = text(app, newPath).replace("  status: mismatch\n", "  status: confirmed\n").replace(/checked_at: '[^']*'/, `checked_at: '${new Date().toISOString()}'`);
		await app.vault.modify(file(app, newPath), fixed);
		await settle();
		expect(view.model.get(newPath)).toBeNull();
		expect(view.model.size).toBe(total - 1);
		const gone = BIB + "mcdonald2019privacy.md";
		await app.vault.delete(file(app, gone));
		await settle();
		expect(view.model.get(gone)).toBeNull();
		expect(row(root, gone)).toBeNull();
		expect(view.model.size).toBe(total - 2);
	});

	it("shows run progress and the last run's errors", async () => {
		const { services, view, root } = await corpusPanel();
		services.runs.setProgress({ running: true, done: 3, total: 10, scopeLabel: "vault" });
		expect(root.querySelector(".reference-check-panel-status")?.textContent).toBe("Checking 3/10 (vault)…");
		const path = BIB + "buolamwini_gender_shades_2018.md";
		const groupBefore = view.model.get(path)?.group;
		expect(groupBefore).toBeDefined();
		services.runs.finish({ [path]: "OpenAlex answered 503 three times" });
		expect(groupCount(root, "error")).toBe(1);
		expect(view.model.get(path)?.group).toBe("error");
		const el = await expand(view, root, path);
		expect(el.querySelector(".reference-check-error")?.textContent).toBe("Last run: OpenAlex answered 503 three times");
		services.runs.finish({});
		expect(groupCount(root, "error")).toBeNull();
		expect(view.model.get(path)?.group).toBe(groupBefore);
	});

	it("explains what to do when there is nothing to review", async () => {
		const app = appWith({ "notes/plain.md": "---\ntitle: Shopping list\n---\nMilk\n" });
		const services = testServices(app);
		const view = await openPanel(app, services);
		const empty = view.contentEl.querySelector<HTMLElement>(".reference-check-panel-empty")!;
		expect(empty.isShown()).toBe(true);
		expect(empty.textContent).toContain("Nothing to review.");
		expect(empty.querySelector("button")?.textContent).toBe("Verify all references");
		click(empty.querySelector("button"));
		expect(services.runs.started).toEqual([{ kind: "vault" }]);
	});

	it("view state {file} selects and expands that note's entry (status bar click, workspace restore)", async () => {
		const { view, root } = await corpusPanel();
		const path = BIB + "voigt2017.md";
		await view.setState({ file: path }, { history: false });
		const el = row(root, path);
		expect(el?.classList.contains("is-selected")).toBe(true);
		expect(el?.querySelector(".reference-check-details")).not.toBeNull();
		expect(view.getState()).toEqual({ file: path });
	});

	it("filters, and says so when nothing matches", async () => {
		const { root } = await corpusPanel();
		const input = root.querySelector<HTMLInputElement>(".reference-check-filter")!;
		input.value = "buolamwini";
		input.dispatchEvent(new Event("input"));
		expect([...root.querySelectorAll(".reference-check-entry")].map((e) => e.getAttribute("data-path"))).toContain(BIB + "buolamwini_gender_shades_2018.md");
		input.value = "zzzz no match";
		input.dispatchEvent(new Event("input"));
		expect(root.querySelector<HTMLElement>(".reference-check-panel-empty")!.textContent).toBe("No reference matches the filter.");
	});

	it("updating one note replaces its row only", async () => {
		const { app, root } = await corpusPanel();
		const rows = [...root.querySelectorAll<HTMLElement>(".reference-check-entry")];
		const target = rows[2];
		const path = target.getAttribute("data-path")!;
		const mutations: MutationRecord[] = [];
		const observer = new MutationObserver((m) => mutations.push(...m));
		observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
		// a change that keeps the entry in place: a new note in its log
		await app.vault.modify(file(app, path), text(app, path).replace("\ncheck_log:\n", "\ncheck_log:\n  extra_key: 1\n"));
		await settle();
		observer.disconnect();
		const after = [...root.querySelectorAll<HTMLElement>(".reference-check-entry")];
		expect(after.length).toBe(rows.length);
		after.forEach((el, i) => (i === 2 ? expect(el).not.toBe(rows[i]) : expect(el).toBe(rows[i])));
		const touched = mutations.filter((m) => m.type !== "childList" || m.target !== root.querySelector(".reference-check-rows"));
		expect(touched).toEqual([]);
		expect(mutations.length).toBeLessThanOrEqual(2);
	});
});
