// @vitest-environment happy-dom
// The built plugin on the fixture corpus: reading-view sections, links (click, Ctrl-click, hover),
// live updates on rename/delete/edit, the sidebar view and the "Update cited_in" command.
import { afterEach, describe, expect, it } from "vitest";
import type { MarkdownRenderChild, Plugin } from "obsidian";
import { App, Vault } from "../fake-obsidian/index";
import { fake, loadPlugin, manifest, waitFor } from "../plugin/harness";
import { renderReading as renderFirstSection } from "./reading";
import { bruteCites, corpusFiles } from "../support/cited-in";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { readCitedIn } from "../../src/core/cited-in/values";

const REF = "shared-references/bibtex-entries/brown2020fewshot.md";
const BLOG = "data-leverage-blogs";
const POST = `${BLOG}/2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit.md`;

let plugin: Plugin | null = null;
afterEach(() => {
	plugin?.unload();
	plugin = null;
	document.body.empty();
});

function corpusApp(): App {
	const vault = new Vault();
	for (const f of corpusFiles()) vault.seed(f.path, f.text);
	return new App(vault);
}

async function loaded(app: App, data?: unknown): Promise<Plugin> {
	plugin = await loadPlugin(app, data);
	return plugin;
}

/** Renders a note's first section through the registered post-processors, as reading view does. */
function renderReading(app: App, path: string): HTMLElement {
	return renderFirstSection(app, path, children);
}
const children: MarkdownRenderChild[] = [];
afterEach(() => {
	for (const c of children.splice(0)) c.unload();
});

function linkTexts(el: Element, selector: string): string[] {
	return [...el.querySelectorAll(selector)].map((a) => a.getAttribute("data-href") ?? "");
}

/** The index is built after layout-ready from cachedRead: renders until `selector` shows up. */
async function ready(app: App, path: string, selector = ".reference-check-pages a"): Promise<HTMLElement> {
	let el = renderReading(app, path);
	await waitFor(() => {
		el = renderReading(app, path);
		return el.querySelector(selector) !== null;
	}, 20_000, "index built");
	return el;
}

describe("cited_in in the built plugin", () => {
	it("shows a reference's folder with the pages that cite it, and follows renames and deletes", async () => {
		const app = corpusApp();
		await loaded(app);
		const el = await ready(app, REF);
		const folderItem = [...el.querySelectorAll(".reference-check-cited-in-folder")].find((li) => li.textContent?.includes(BLOG))!;
		expect(folderItem).toBeTruthy();
		const expected = app.vault
			.getFiles()
			.filter((f) => f.path.startsWith(`${BLOG}/`) && bruteCites(app.vault.peek(f.path)!, "brown2020fewshot"))
			.map((f) => app.metadataCache.fileToLinktext(f, REF, true))
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		expect(linkTexts(folderItem, ".reference-check-pages a").sort()).toEqual(expected);

		// Rename the citing page out of the folder: the open section updates without reload.
		const citing = app.vault.getFileByPath(app.vault.getFiles().find((f) => f.path.startsWith(`${BLOG}/`) && bruteCites(app.vault.peek(f.path)!, "brown2020fewshot"))!.path)!;
		const oldText = citing.basename;
		await app.vault.rename(citing, `archive/${citing.name}`);
		await waitFor(() => !linkTexts(el, ".reference-check-pages a").includes(oldText), 5000, "section re-rendered after rename");
		expect(linkTexts(el, ".reference-check-pages a").length).toBe(expected.length - 1);

		// Delete another citing page (if any) or the renamed one: never throws, section follows.
		await app.vault.delete(app.vault.getFileByPath(`archive/${citing.name}`)!);
		expect(fake.__test.listenerErrors).toEqual([]);
	});

	it("links open on click, in a new tab with Ctrl-click or middle click, and preview on hover", async () => {
		const app = corpusApp();
		await loaded(app);
		const el = await ready(app, REF);
		const a = el.querySelector<HTMLAnchorElement>(".reference-check-pages a.internal-link")!;
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
		a.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toEqual([expect.objectContaining({ source: "preview", linktext: a.getAttribute("data-href"), sourcePath: REF, targetEl: a })]);
		a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		a.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		await waitFor(() => app.workspace.openedLinks.length === 3, 2000, "links opened");
		expect(app.workspace.openedLinks.map((o) => o.newLeaf)).toEqual([false, "tab", "tab"]);
		await waitFor(() => app.workspace.getActiveFile()?.path.startsWith(`${BLOG}/`) === true, 2000, "page opened");
	});

	it("styles unresolved values and shows the page's references with badges", async () => {
		const app = corpusApp();
		// A reference whose cited_in has a dangling value, and a page citing it plus an unknown key.
		app.vault.seed("refs/x2024.md", "---\ntitle: X paper\ncitation_key: x2024\ncited_in:\n  - no-such-page\n  - '[[Essay]]'\ncheck_log:\n  checked_at: '2099-01-01T00:00:00.000Z'\n  checked_with: 'auto:openalex'\n  status: not_found\n---\n");
		app.vault.seed("Essay.md", "As argued [@x2024; @brown2020fewshot; @clark2021; @nobody1999].\n");
		await loaded(app);
		const page = await ready(app, "Essay.md", ".reference-check-unknown-keys");
		const ref = renderReading(app, "refs/x2024.md");
		expect(linkTexts(ref, "a.internal-link.is-unresolved")).toEqual(["no-such-page"]);
		expect(linkTexts(ref, ".reference-check-cited-in-note a.internal-link:not(.is-unresolved)")).toEqual(["Essay"]);
		// Essay cites it, so no "(no [@x2024] there)" remark.
		expect(ref.querySelector(".reference-check-cited-in-note .reference-check-muted")).toBeNull();
		const items = [...page.querySelectorAll(".reference-check-reference")];
		const byKey = new Map(items.map((li) => [li.querySelector(".reference-check-citekey")?.textContent, li.querySelector(".reference-check-badge")?.className]));
		expect(byKey.get("@x2024")).toContain("reference-check-badge-not-found");
		// clark2021's recorded remote has "Sofia Serrano" where the note says "Sofia Serber": a real mismatch.
		expect(byKey.get("@clark2021")).toContain("reference-check-badge-mismatch");
		// brown2020fewshot's old log is the earlier tool's "mismatch" for an arXiv venue, which
		// today's rules accept: it is not shown as a mismatch, only as due for a re-check.
		expect(byKey.get("@brown2020fewshot")).not.toContain("reference-check-badge-mismatch");
		expect(page.querySelector(".reference-check-unknown-keys")?.textContent).toContain("@nobody1999");

		// Renaming the named note turns its value unresolved in the open section, and back again.
		await app.vault.rename(app.vault.getFileByPath("Essay.md")!, "drafts/Essay draft.md");
		await waitFor(() => linkTexts(ref, "a.internal-link.is-unresolved").includes("Essay"), 3000, "value unresolved after rename");
		await app.vault.rename(app.vault.getFileByPath("drafts/Essay draft.md")!, "Essay.md");
		await waitFor(() => !linkTexts(ref, "a.internal-link.is-unresolved").includes("Essay"), 3000, "value resolved again");
		// Deleting the reference note empties the page's list of it, and nothing throws.
		await app.vault.delete(app.vault.getFileByPath("refs/x2024.md")!);
		await waitFor(() => !page.textContent.includes("@x2024 ") && page.querySelector(".reference-check-unknown-keys")!.textContent.includes("@x2024"), 3000, "page updated after delete");
		expect(fake.__test.listenerErrors).toEqual([]);
	});

	it("reads Quarto pages (not in the metadata cache) and follows their edits", async () => {
		const app = corpusApp();
		await loaded(app);
		const el = await ready(app, REF);
		const book = () => [...el.querySelectorAll(".reference-check-cited-in-folder")].find((li) => li.textContent?.includes("ranking-book"))!;
		const path = "ranking-book/chapters/09-conclusion.qmd";
		const chapter = app.metadataCache.fileToLinktext(app.vault.getFileByPath(path)!, REF, true);
		expect(chapter).toBe("09-conclusion.qmd");
		const cites = bruteCites(app.vault.peek(path)!, "brown2020fewshot");
		expect(linkTexts(book(), ".reference-check-pages a").includes(chapter)).toBe(cites);
		await app.vault.modify(app.vault.getFileByPath(path)!, `${app.vault.peek(path)}\n\nAs in [@brown2020fewshot].\n`);
		await waitFor(() => linkTexts(book(), ".reference-check-pages a").includes(chapter), 3000, "qmd edit indexed");
		await app.vault.modify(app.vault.getFileByPath(path)!, "No citations left.\n");
		await waitFor(() => !linkTexts(book(), ".reference-check-pages a").includes(chapter), 3000, "qmd edit indexed again");
	});

	it("waits for the layout before indexing, then indexes files created meanwhile", async () => {
		const app = corpusApp();
		app.workspace.layoutReady = false;
		await loaded(app);
		await app.vault.create("late/Late post.md", "Citing [@brown2020fewshot] late.\n");
		expect(renderReading(app, "late/Late post.md").querySelector(".reference-check-section")).toBeNull();
		app.workspace.__setLayoutReady();
		const page = await ready(app, "late/Late post.md", ".reference-check-via-citation");
		expect(page.querySelector(".reference-check-citekey")?.textContent).toBe("@brown2020fewshot");
	});

	it("hides the sections when the settings say so", async () => {
		const app = corpusApp();
		await loaded(app, { showCitedInSection: false, showReferencesSection: false });
		// Once the index is built (the sidebar view, which these settings do not hide, lists a
		// page's references), the reading view still shows no section.
		app.commands.execute(`${manifest.id}:open-citations-view`);
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-citations").length === 1, 2000, "view open");
		const view = app.workspace.getLeavesOfType("reference-check-citations")[0].view;
		await app.workspace.openFile(app.vault.getFileByPath(POST)!);
		const keys = () => [...view.containerEl.querySelectorAll(".reference-check-reference .reference-check-citekey")].map((k) => k.textContent);
		await waitFor(() => keys().includes("@brown2020fewshot"), 20_000, "index built");
		const el = renderReading(app, REF);
		expect(el.querySelector(".reference-check-section")).toBeNull();
		expect(el.querySelector(".reference-check-reading-sections")?.hasClass("reference-check-hidden")).toBe(true);
	});

	it("the sidebar view shows the active note's references and follows edits", async () => {
		const app = corpusApp();
		await loaded(app);
		await ready(app, REF);
		app.commands.execute(`${manifest.id}:open-citations-view`);
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-citations").length === 1, 2000, "view open");
		const view = app.workspace.getLeavesOfType("reference-check-citations")[0].view;
		await app.workspace.openFile(app.vault.getFileByPath(POST)!);
		await waitFor(() => view.containerEl.querySelector(".reference-check-references-list") !== null, 2000, "view rendered");
		const keys = () => [...view.containerEl.querySelectorAll(".reference-check-reference .reference-check-citekey")].map((k) => k.textContent);
		expect(keys()).toContain("@brown2020fewshot");
		// Edit the page: drop every citation; the folder tie stays, the citation tie goes.
		const before = view.containerEl.querySelectorAll(".reference-check-via-citation").length;
		expect(before).toBeGreaterThan(0);
		await app.vault.modify(app.vault.getFileByPath(POST)!, "---\ntitle: Emptied\n---\nNo citations now.\n");
		await waitFor(() => view.containerEl.querySelectorAll(".reference-check-via-citation").length === 0, 3000, "view updated after edit");
		expect(keys()).toContain("@brown2020fewshot");
	});
});

describe("Update cited_in from citations (built plugin, copy of the corpus)", () => {
	it("adds what a brute-force scan implies and changes no byte outside cited_in", async () => {
		const app = corpusApp();
		const before = new Map(app.vault.getFiles().map((f) => [f.path, app.vault.peek(f.path)!]));
		await loaded(app);
		app.commands.execute(`${manifest.id}:update-cited-in`);
		await waitFor(() => document.querySelector(".reference-check-update-modal") !== null, 20_000, "preview modal");
		const modal = document.querySelector(".reference-check-update-modal")!;
		// Additions are pre-checked, removals are not.
		const rows = [...modal.querySelectorAll<HTMLLabelElement>(".reference-check-update-row")];
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(r.querySelector("input")!.checked).toBe(r.hasClass("reference-check-update-add"));
		modal.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
		await waitFor(() => fake.__test.notices.some((n) => n.startsWith("Updated cited_in")), 20_000, "writes done");

		// Brute force: which top-level project folders cite each reference key.
		const pages = [...before.keys()].filter((p) => /\.(md|qmd|rmd)$/.test(p));
		let changedFiles = 0;
		for (const [path, old] of before) {
			const now = app.vault.peek(path)!;
			if (now === old) continue;
			changedFiles++;
			const a = parseFrontmatter(old);
			const b = parseFrontmatter(now);
			if ("error" in a || "error" in b) throw new Error(`${path}: unreadable frontmatter`);
			// Everything outside the cited_in entry is byte-identical.
			const strip = (t: string) => t.replace(/^cited_in:\n(?: {2}- .*\n)*/m, "");
			expect(strip(now), path).toBe(strip(old));
			const key = String(a.data.citation_key);
			const oldValues = readCitedIn(a.data, "cited_in").map((t) => t.linkpath);
			const added = (b.data.cited_in as string[]).filter((v) => !oldValues.includes(v)).sort();
			const expected = new Set<string>();
			for (const p of pages) {
				if (p === path || !bruteCites(before.get(p)!, key)) continue;
				const top = p.includes("/") ? p.split("/")[0] : p.replace(/\.md$/, "");
				if (!oldValues.some((v) => p.startsWith(`${v}/`) || p.split("/").slice(0, -1).includes(v))) expected.add(top);
			}
			expect(added, path).toEqual([...expected].sort());
			// Nothing was removed (removals were left unchecked).
			for (const v of oldValues) expect(b.data.cited_in).toContain(v);
		}
		expect(changedFiles).toBeGreaterThan(0);
		// Every reference the brute force says needs additions was written.
		for (const [path, old] of before) {
			const a = parseFrontmatter(old);
			if ("error" in a || typeof a.data.citation_key !== "string") continue;
			const key = a.data.citation_key;
			const oldValues = readCitedIn(a.data, "cited_in").map((t) => t.linkpath);
			const missing = pages.some((p) => p !== path && bruteCites(before.get(p)!, key) && !oldValues.some((v) => p.startsWith(`${v}/`) || p.split("/").slice(0, -1).includes(v)));
			expect(app.vault.peek(path) !== old, path).toBe(missing);
		}

		// The Notice names what changed and can undo it all (issue 16: every write acknowledges itself, with undo).
		const notice = [...document.querySelectorAll(".notice")].find((n) => n.textContent?.startsWith("Updated cited_in"))!;
		expect(notice.textContent).toMatch(new RegExp(`^Updated cited_in in ${changedFiles} notes: .+\\. Undo$`));
		const n = fake.__test.notices.length;
		notice.querySelector<HTMLButtonElement>("button.reference-check-undo")!.click();
		await waitFor(() => fake.__test.notices.slice(n).some((m) => m.startsWith("Undone")), 20_000, "undo done");
		expect(fake.__test.notices.slice(n)).toEqual([`Undone: cited_in restored in ${changedFiles} notes.`]);
		for (const [path, old] of before) expect(app.vault.peek(path), path).toBe(old);
	});
});

describe("cited_in settings in the shared settings tab (built plugin)", () => {
	const statusLabel = (app: App) => app.statusBarEl.querySelector(`.plugin-${manifest.id} .reference-check-status-label`)?.textContent ?? "";
	const settingNamed = (root: HTMLElement, name: string) => [...root.querySelectorAll<HTMLElement>(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);

	it("shows the Citations section; its citation-key field names references for cited_in and the checks alike", async () => {
		const vault = new Vault();
		vault.seed("refs/m.md", "---\ntitle: A paper keyed in its own field\nmykey: m2020\ncheck_log:\n  checked_at: '2099-01-01T00:00:00.000Z'\n  checked_with: 'auto:openalex'\n  status: confirmed\n---\n");
		vault.seed("Essay.md", "As argued [@m2020].\n");
		const app = new App(vault);
		await loaded(app);
		const tab = app.settingTabs[0];
		tab.display();
		const root = tab.containerEl;
		expect([...root.querySelectorAll(".setting-item-heading .setting-item-name")].map((h) => h.textContent)).toContain("Citations");
		const field = settingNamed(root, "Citation key field")!;
		const input = field.querySelector("input")!;
		const saved = () => app.pluginData.get(manifest.id) as Record<string, unknown> | undefined;

		// Not a reference yet: no key under the usual spellings, nothing else to recognize it by.
		await app.workspace.openFile(app.vault.getFileByPath("refs/m.md")!);
		expect(statusLabel(app)).toBe("");
		const essay = await ready(app, "Essay.md", ".reference-check-unknown-keys");
		expect(essay.querySelector(".reference-check-unknown-keys")?.textContent).toContain("@m2020");

		input.value = "my: key";
		input.dispatchEvent(new Event("input"));
		await new Promise((r) => setTimeout(r, 20));
		expect(field.querySelector(".reference-check-setting-error")?.textContent).toBe("A frontmatter key cannot contain ':' or '#'.");
		expect(saved()?.citationKeyField).toBeUndefined();

		input.value = "mykey";
		input.dispatchEvent(new Event("input"));
		await waitFor(() => saved()?.citationKeyField === "mykey", 1000, "field saved");
		// The status bar (the checks' recognizer) and the cited_in index (its References section) follow.
		await waitFor(() => statusLabel(app) === "Verified", 2000, "status bar recognizes the note");
		const page = await ready(app, "Essay.md", ".reference-check-reference .reference-check-badge-verified");
		expect(page.querySelector(".reference-check-reference .reference-check-citekey")?.textContent).toBe("@m2020");
		expect(page.querySelector(".reference-check-unknown-keys")).toBeNull();
	});
});
