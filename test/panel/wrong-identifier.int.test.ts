// @vitest-environment happy-dom
// Issue 16 on the example vault's two wrong-DOI references, through the built plugin and the
// recorded OpenAlex index: toxtli2021invisiblelabor (its DOI is another paper's, with another
// title) and flew2021 (its DOI is a sibling paper's: a similar title by other people). Each is
// checked by a real vault run; then the panel must lead with the identifier, offer nothing of the
// other paper for the note's fields, show the record's authors (also in the log), and act on the
// identifier: look the note up by title, use the DOI found, or remove the DOI — each write said in
// the panel beside its Undo, with no Notice over it.
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Plugin } from "obsidian";
import { EXAMPLE_INDEX, EXAMPLE_VAULT } from "../../scripts/example-vault-index";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { appWithFiles, fake, loadPlugin, manifest, testSettings, waitFor } from "../plugin/harness";
import type { App } from "../fake-obsidian/index";
import type { ReferenceCheckPanelView } from "../../src/panel/panel-view";

const TOXTLI = "references/toxtli2021invisiblelabor.md";
const FLEW = "references/flew2021.md";

function vaultFiles(): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.name.startsWith(".")) continue;
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith(".md")) out[relative(EXAMPLE_VAULT, p)] = readFileSync(p, "utf8");
		}
	};
	walk(EXAMPLE_VAULT);
	return out;
}

function fm(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
}

/** The record the DOI resolves to in the recorded index. */
function recordOf(doi: string): { title: string; authors: string[] } {
	const works = JSON.parse(readFileSync(EXAMPLE_INDEX, "utf8")) as Array<{ doi: string; title: string; authorships: Array<{ author: { display_name: string } }> }>;
	const w = works.find((x) => x.doi === `https://doi.org/${doi}`)!;
	return { title: w.title, authors: w.authorships.map((a) => a.author.display_name) };
}

let server: FakeOpenAlex;
let app: App;
let plugin: Plugin;
let view: ReferenceCheckPanelView;
const original = vaultFiles();

function click(el: Element | null | undefined): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

function row(path: string): HTMLElement {
	view.focusPath(path);
	const el = view.contentEl.querySelector<HTMLElement>(`.reference-check-entry[data-path="${CSS.escape(path)}"]`);
	if (!el?.querySelector(".reference-check-details")) throw new Error(`${path} is not expanded`);
	return el;
}

const ack = () => view.contentEl.querySelector(".reference-check-ack-text")?.textContent ?? "";
const text = (path: string) => app.vault.peek(path) ?? "";

beforeAll(async () => {
	server = await startFakeOpenAlex({ works: JSON.parse(readFileSync(EXAMPLE_INDEX, "utf8")) as object[] });
	app = appWithFiles(original);
	plugin = await loadPlugin(app, testSettings(server.url, { includeFolders: ["references"], staleDays: 180 }));
	const n = fake.__test.notices.length;
	expect(app.commands.execute(`${manifest.id}:verify-all`)).toBe(true);
	await waitFor(() => fake.__test.notices.slice(n).some((m) => m.startsWith("Reference check finished")), 55_000, "the vault run");
	expect(app.commands.execute(`${manifest.id}:open-mismatch-panel`)).toBe(true);
	await waitFor(() => app.workspace.getLeavesOfType("reference-check-panel").length === 1, 5000, "the panel");
	view = app.workspace.getLeavesOfType("reference-check-panel")[0].view as unknown as ReferenceCheckPanelView;
	await waitFor(() => view.model.get(TOXTLI) !== null && view.model.get(FLEW) !== null, 10_000, "the panel's entries");
}, 90_000);

afterAll(async () => {
	plugin?.unload();
	await server?.close();
});

describe.each([
	[TOXTLI, "10.1145/3610198", "another title"],
	[FLEW, "10.1080/17577632.2021.1963585", "a similar title by other people"],
])("%s (DOI of %s: %s)", (path, doi) => {
	it("the log says first that the identifier points to another paper, and records the record's authors", () => {
		const log = fm(text(path)).check_log as { status: string; mismatch_severity: string; notes: string[]; fields: { authors: { remote_count: number; details: Array<{ remote: string | null }> } } };
		expect([log.status, log.mismatch_severity]).toEqual(["mismatch", "major"]);
		expect(log.notes[0]).toMatch(/^identifier points to another paper: /);
		const record = recordOf(doi);
		expect(log.fields.authors.remote_count).toBe(record.authors.length);
		expect(log.fields.authors.details.map((d) => d.remote).filter((r) => r !== null)).toEqual(record.authors);
	});

	it("the entry's first line says the DOI points to another paper, names both papers, and offers no field of the other", () => {
		const el = row(path);
		const details = el.querySelector(".reference-check-details")!;
		expect(details.firstElementChild?.classList.contains("reference-check-wrong-identifier")).toBe(true);
		expect(details.querySelector(".reference-check-wrong-identifier-lead")?.textContent).toBe("This DOI points to another paper.");
		const box = details.querySelector(".reference-check-wrong-identifier")!;
		const record = recordOf(doi);
		expect(box.textContent).toContain(String(fm(original[path]).title));
		expect(box.textContent).toContain(record.title);
		const hrefs = [...box.querySelectorAll("a")].map((a) => a.getAttribute("href"));
		expect(hrefs).toContain(`https://doi.org/${doi}`);
		expect(hrefs.some((h) => h?.startsWith("https://openalex.org/W"))).toBe(true);
		expect(box.querySelector('[data-action="open"]')?.textContent).toBe("Open note");
		// No title, year or authors import from the other paper, and nothing else either.
		expect(el.querySelectorAll('[data-action="use-remote"]').length).toBe(0);
		expect([...box.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Open note", "Remove DOI", "Look up by title"]);
		// The collapsed row names the problem, not the fields.
		expect([...el.querySelectorAll(".reference-check-field-badge")].map((b) => b.textContent)).toEqual(["DOI of another paper"]);
		// The Authors box shows the record's names beside the note's.
		const authors = [...el.querySelectorAll(".reference-check-authors .reference-check-author-row:not(.reference-check-author-head)")].map((r) => r.children[1]?.textContent);
		expect(authors.filter((a) => a && a !== "(missing)")).toEqual(record.authors);
	});

	it("the status bar names the identifier", async () => {
		await app.workspace.openFile(app.vault.getFileByPath(path)!);
		const bar = app.statusBarEl.querySelector(`.plugin-${manifest.id}`)!;
		expect(bar.textContent).toBe("Major mismatch: DOI of another paper");
	});
});

describe("acting on the identifier", () => {
	it("looks the note up by title and uses the DOI it finds; the write is said in the panel, with undo, and no Notice", async () => {
		const notices = fake.__test.notices.length;
		click(row(TOXTLI).querySelector('[data-action="look-up-title"]'));
		await waitFor(() => row(TOXTLI).querySelector('[data-action="use-found-doi"]') !== null, 10_000, "the look-up");
		const found = row(TOXTLI).querySelector(".reference-check-lookup")!;
		expect(found.textContent).toContain("Quantifying the Invisible Labor in Crowd Work");
		expect([...found.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("https://doi.org/10.1145/3476060");
		const before = text(TOXTLI);
		click(row(TOXTLI).querySelector('[data-action="use-found-doi"]'));
		await waitFor(() => /Re-checked toxtli2021invisiblelabor/.test(ack()), 20_000, "the re-check");
		const after = fm(text(TOXTLI));
		expect([after.doi, after.url]).toEqual(["10.1145/3476060", "https://doi.org/10.1145/3476060"]);
		expect(ack()).toBe("Done: use DOI 10.1145/3476060 in toxtli2021invisiblelabor. Re-checked toxtli2021invisiblelabor: it matches OpenAlex.");
		expect(view.model.get(TOXTLI)).toBeNull(); // nothing left to review
		expect(view.contentEl.querySelector(".reference-check-undo")?.textContent).toBe("Undo: use DOI 10.1145/3476060 in toxtli2021invisiblelabor");
		expect(fake.__test.notices.slice(notices)).toEqual([]);

		click(view.contentEl.querySelector(".reference-check-undo"));
		await waitFor(() => /^Undone: .* Re-checked/.test(ack()), 20_000, "the undo and its re-check");
		expect(fm(text(TOXTLI)).doi).toBe("10.1145/3610198");
		expect(text(TOXTLI).replace(/\ncheck_log:[\s\S]*?(?=\n---)/, "")).toBe(before.replace(/\ncheck_log:[\s\S]*?(?=\n---)/, ""));
		expect(fake.__test.notices.slice(notices)).toEqual([]);
	});

	it("says what the title finds when it is not surely the paper, and removes the DOI from every key holding it", async () => {
		click(row(FLEW).querySelector('[data-action="look-up-title"]'));
		await waitFor(() => row(FLEW).querySelector(".reference-check-lookup .reference-check-hint")?.textContent?.startsWith("By its title") === true, 10_000, "the look-up");
		expect(row(FLEW).querySelector(".reference-check-lookup")?.textContent).toMatch(/no work that is surely this paper \(no convincing match \(closest: .*first author differs\)\)/);
		expect(row(FLEW).querySelector('[data-action="use-found-doi"]')).toBeNull();

		const before = text(FLEW);
		click(row(FLEW).querySelector('[data-action="remove-identifier"]'));
		await waitFor(() => /Re-checked flew2021/.test(ack()), 20_000, "the re-check");
		expect(fm(text(FLEW)).doi).toBeUndefined();
		expect(ack()).toMatch(/^Done: remove the DOI from flew2021\. Re-checked flew2021: not found in OpenAlex\.$/);
		click(view.contentEl.querySelector(".reference-check-undo"));
		await waitFor(() => /^Undone: remove the DOI from flew2021\. Re-checked/.test(ack()), 20_000, "the undo");
		expect(text(FLEW).replace(/\ncheck_log:[\s\S]*?(?=\n---)/, "")).toBe(before.replace(/\ncheck_log:[\s\S]*?(?=\n---)/, ""));
	});
});
