// @vitest-environment happy-dom
// Signals while writing, in the built plugin over the fake OpenAlex: a draft citing a retracted
// work, a mismatch, a work OpenAlex does not know and a key with no note. "Check the references
// this page cites" checks only those and reports N of M verified with links; the References
// section warns of the retraction and lists the unknown key; the status bar and the panel say the
// same; two notes with one DOI are grouped as duplicates; "Create verification base" writes a
// .base file.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MarkdownRenderChild, Plugin } from "obsidian";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { openAlexWork } from "../support/corpus-works";
import { appWithFiles, fake, loadPlugin, manifest, testSettings, waitFor } from "./harness";
import { renderReading } from "../cited-in/reading";
import type { App } from "../fake-obsidian/index";

const ref = (key: string, title: string, extra = "") => `---\ncitation_key: ${key}\ntitle: ${title}\nauthors:\n  - Ada Lovelace\nyear: 2020\n${extra}---\n`;

const FILES: Record<string, string> = {
	"refs/good.md": ref("good", "Good study of citation checking", "doi: 10.5555/good\n"),
	"refs/good-copy.md": ref("goodcopy", "Good study of citation checking (imported twice)", "doi: 10.5555/GOOD\n"),
	"refs/wrongtitle.md": ref("wrongtitle", "A completely different title someone typed", "doi: 10.5555/wrong\n"),
	"refs/retracted.md": ref("retracted", "Fabricated results in a famous study", "doi: 10.5555/retracted\n"),
	"refs/unknown.md": ref("unknown", "A paper no index has ever seen about zebra quilting"),
	"refs/elsewhere.md": ref("elsewhere", "Not cited by the draft", "doi: 10.5555/elsewhere\n"),
	"pages/draft.md": "# Draft\n\nAs shown [@good; @wrongtitle], and [@retracted], see [[unknown]]; also [@ghost2024].\n",
};

const WORKS = [
	openAlexWork({ id: "W9100001", doi: "10.5555/good", title: "Good study of citation checking", authors: ["Ada Lovelace"], year: 2020, venue: "Journal of Tests" }),
	openAlexWork({ id: "W9100002", doi: "10.5555/wrong", title: "Measuring the weight of unicorns", authors: ["Ada Lovelace"], year: 2020, venue: "Journal of Tests" }),
	openAlexWork({ id: "W9100003", doi: "10.5555/retracted", title: "Fabricated results in a famous study", authors: ["Ada Lovelace"], year: 2020, venue: "Journal of Tests", isRetracted: true }),
	openAlexWork({ id: "W9100004", doi: "10.5555/elsewhere", title: "Not cited by the draft", authors: ["Ada Lovelace"], year: 2020, venue: "Journal of Tests" }),
];

let server: FakeOpenAlex | null = null;
let plugin: Plugin | null = null;
const children: MarkdownRenderChild[] = [];
afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	plugin?.unload();
	plugin = null;
	await server?.close();
	server = null;
	document.body.querySelectorAll(".modal-container").forEach((m) => m.remove());
});

const barText = (app: App) => app.statusBarEl.querySelector(".reference-check-status-label")?.textContent ?? "";

describe("signals while writing", () => {
	it("checks a draft's references, reports them with links, and every surface agrees", async () => {
		server = await startFakeOpenAlex({ works: WORKS });
		const app = appWithFiles(FILES);
		plugin = await loadPlugin(app, testSettings(server.url));
		await app.workspace.openFile(app.vault.getFileByPath("pages/draft.md")!);
		const command = `${manifest.id}:check-page-references`;
		await waitFor(() => app.commands.isAvailable(command), 5_000, "index");
		// Before: the key without a note, and the four cited references never checked.
		await waitFor(() => barText(app) === "1 unknown citation, 4 never checked", 5_000, "page status before");

		expect(app.commands.execute(command)).toBe(true);
		await waitFor(() => document.querySelector(".reference-check-page-report") !== null, 30_000, "page report");
		const report = document.querySelector<HTMLElement>(".reference-check-page-report")!;
		expect(report.querySelector(".reference-check-page-headline")?.textContent).toBe("1 of 4 cited references verified; 3 need attention.");
		const attention = [...report.querySelectorAll(".reference-check-page-attention li")].map((li) => li.textContent);
		// wrongtitle's DOI resolves to a record with another title: its DOI names another paper (core/rules/doi-different.ts).
		expect(attention).toEqual(["retracted Retracted", "wrongtitle Major mismatch: DOI of another paper", "unknown Not found"]);
		expect(report.querySelector(".reference-check-unknown-keys")?.textContent).toBe("@ghost2024");
		// Only the cited references were checked.
		expect(app.vault.peek("refs/elsewhere.md")).toBe(FILES["refs/elsewhere.md"]);
		expect(app.vault.peek("refs/good-copy.md")).toBe(FILES["refs/good-copy.md"]);
		expect(parse(/^---\n([\s\S]*?)\n---/.exec(app.vault.peek("refs/retracted.md")!)![1]).check_log).toMatchObject({ status: "mismatch", retracted: true });
		// A link in the report opens the note.
		report.querySelector<HTMLButtonElement>('.reference-check-page-attention [data-open="refs/retracted.md"]')!.click();
		await waitFor(() => app.workspace.getActiveFile()?.path === "refs/retracted.md", 5_000, "opened");
		await waitFor(() => barText(app) === "Retracted", 2_000, `retracted status (${barText(app)})`);

		// The page: its status bar line and its References section.
		await app.workspace.openFile(app.vault.getFileByPath("pages/draft.md")!);
		await waitFor(() => barText(app) === "Cites 1 retracted work, 1 unknown citation", 5_000, "page status after");
		const section = renderReading(app, "pages/draft.md", children);
		await waitFor(() => section.querySelector(".reference-check-retracted-warning") !== null, 5_000, "warning");
		expect(section.querySelector(".reference-check-retracted-warning")?.textContent).toBe("Cites a retracted work: Fabricated results in a famous study");
		expect(section.querySelector(".reference-check-badge-retracted")?.textContent).toBe("Retracted");
		expect(section.querySelector(".reference-check-unknown-keys")?.textContent).toBe("No reference note for: @ghost2024");
		expect(section.querySelector(".reference-check-never-checked")).toBeNull();

		// The panel: a Retracted group, the duplicates together with links to each other, the unknown citation.
		expect(app.commands.execute(`${manifest.id}:open-mismatch-panel`)).toBe(true);
		await waitFor(() => document.querySelector('.reference-check-group[data-group="retracted"]') !== null, 5_000, "panel");
		const panel = document.querySelector<HTMLElement>(".reference-check-panel")!;
		expect(panel.querySelector('.reference-check-group[data-group="retracted"] .reference-check-count')?.textContent).toBe("1");
		expect(panel.querySelector('.reference-check-group[data-group="duplicate"] .reference-check-count')?.textContent).toBe("2");
		expect([...panel.querySelectorAll(".reference-check-field-badge-duplicate")].map((b) => b.textContent)).toEqual(["2 notes for one work", "2 notes for one work"]);
		await waitFor(() => panel.querySelector(".reference-check-citation-summary")?.textContent === "Citations: 1 unknown citation", 5_000, "panel citations");
		expect(panel.querySelector(".reference-check-unknown-list")?.textContent).toBe("@ghost2024 in draft");
		await app.workspace.openFile(app.vault.getFileByPath("refs/good.md")!);
		expect(barText(app)).toBe("Verified · 2 notes for one work");
	}, 150_000);

	it("writes the verification base once and opens it", async () => {
		const app = appWithFiles(FILES);
		plugin = await loadPlugin(app);
		const n = fake.__test.notices.length;
		expect(app.commands.execute(`${manifest.id}:create-verification-base`)).toBe(true);
		await waitFor(() => app.vault.getFileByPath("Reference check.base") !== null, 5_000, "base");
		const text = app.vault.peek("Reference check.base")!;
		expect((parse(text) as { views: Array<{ name: string }> }).views.map((v) => v.name)).toEqual(["Needs attention", "Not found", "Retracted", "Stale", "Unchecked"]);
		await waitFor(() => app.workspace.getActiveFile()?.path === "Reference check.base", 5_000, "opened");
		// Again: the file (maybe edited by now) is opened, not overwritten.
		await app.vault.modify(app.vault.getFileByPath("Reference check.base")!, `${text}# mine\n`);
		expect(app.commands.execute(`${manifest.id}:create-verification-base`)).toBe(true);
		await waitFor(() => fake.__test.notices.length > n + 1, 5_000, "notice");
		expect(fake.__test.notices.at(-1)).toBe("Reference check.base already exists: opened it. Delete it to write a fresh one.");
		expect(app.vault.peek("Reference check.base")).toBe(`${text}# mine\n`);
	}, 30_000);
});
