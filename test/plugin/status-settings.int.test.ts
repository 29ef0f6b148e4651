// @vitest-environment happy-dom
// Status bar states for the open note, click behaviour, and the settings tab's test connection
// button (drawn by display(), as on apps before 1.13) — all through the built plugin. The rest of
// the settings tab: settings.int.test.ts.
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import type { Plugin } from "obsidian";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { corpusWorks } from "../support/corpus-works";
import { appWithFiles, fake, loadPlugin, manifest, testSettings, waitFor } from "./harness";
import type { App } from "../fake-obsidian/index";

const NOW = new Date().toISOString();
const OLD = "2020-01-01T00:00:00.000Z";

function ref(extra: string): string {
	return `---\ntype: bibtex_entry\ncitation_key: k\ntitle: A paper about things\nauthors:\n  - Ann Author\nyear: '2020'\n${extra}---\nBody\n`;
}

function log(status: string, at: string, more = ""): string {
	return `check_log:\n  checked_at: '${at}'\n  checked_with: 'auto:openalex'\n  status: ${status}\n${more}  checker_version: 99\n`;
}

const MISMATCH_FIELDS = `  mismatch_severity: major
  paper_id: 'https://openalex.org/W1'
  fields:
    title:
      local: A paper about things
      remote: Another paper
      match: false
      edit_distance: 12
    year:
      local: '2020'
      remote: '2020'
      match: true
    venue:
      local: null
      remote: null
      match: true
    doi:
      local: null
      remote: null
      match: true
    authors:
      local_count: 1
      remote_count: 1
      count_match: true
      details:
        - index: 0
          local: Ann Author
          remote: Ann Author
          first_match: true
          last_match: true
`;

const NOTES: Record<string, string> = {
	"refs/verified.md": ref(log("confirmed", NOW)),
	"refs/mismatch.md": ref(log("mismatch", NOW, MISMATCH_FIELDS)),
	"refs/notfound.md": ref(log("not_found", NOW)),
	"refs/stale.md": ref(log("confirmed", OLD)),
	"refs/unchecked.md": ref(""),
	"refs/manual.md": ref(`manually_verified:\n  verified_at: '${NOW}'\n  verified_by: Ann\n`),
	"refs/agent.md": ref(`manually_verified:\n  verified_at: '${NOW}'\n  verified_by: agent\n`),
	"refs/you.md": ref(`manually_verified:\n  verified_at: '${NOW}'\n  verified_by: human\n`),
	"pages/page.md": "# Just a page\n",
};

let plugin: Plugin | null = null;
let server: FakeOpenAlex | null = null;
afterEach(async () => {
	plugin?.unload();
	plugin = null;
	await server?.close();
	server = null;
});

function bar(app: App): HTMLElement {
	return app.statusBarEl.querySelector(`.plugin-${manifest.id}`) as HTMLElement;
}

describe("status bar", () => {
	it("shows the open note's state with an icon, a label and an aria-label", async () => {
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app);
		const expected: Array<[string, RegExp, RegExp]> = [
			["refs/verified.md", /^Verified$/, /^Matches OpenAlex/],
			["refs/mismatch.md", /^Major mismatch: title$/, /^Major mismatch with OpenAlex in title/],
			["refs/notfound.md", /^Not found$/, /^Not found in OpenAlex/],
			["refs/stale.md", /^Stale$/, /older than 30 days/],
			["refs/unchecked.md", /^Unchecked$/, /^Not checked against OpenAlex yet/],
			// Who verified, as recorded (issue 16: "Verified by you" for someone else's verification).
			["refs/manual.md", /^Verified by Ann$/, /^Verified by Ann on /],
			["refs/agent.md", /^Verified by agent$/, /^Verified by agent on /],
			["refs/you.md", /^Verified by you$/, /^Verified by you on /],
		];
		for (const [path, label, aria] of expected) {
			await app.workspace.openFile(app.vault.getFileByPath(path)!);
			const el = bar(app);
			expect(el.textContent, path).toMatch(label);
			expect(el.getAttribute("aria-label"), path).toMatch(aria);
			expect(el.querySelector("svg[data-icon]"), path).not.toBeNull();
		}
		await app.workspace.openFile(app.vault.getFileByPath("pages/page.md")!);
		expect(bar(app).textContent).toBe("");
		expect(bar(app).hasClass("reference-check-status-empty")).toBe(true);
	});

	it("follows metadata changes of the open note", async () => {
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app);
		const file = app.vault.getFileByPath("refs/unchecked.md")!;
		await app.workspace.openFile(file);
		expect(bar(app).textContent).toBe("Unchecked");
		await app.vault.modify(file, ref(log("not_found", NOW)));
		await waitFor(() => bar(app).textContent === "Not found", 2000, "status update");
	});

	it("click opens the panel on the note; during a run it offers cancel", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 300 });
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url));
		await app.workspace.openFile(app.vault.getFileByPath("refs/mismatch.md")!);
		bar(app).click();
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-panel").length === 1, 2000, "panel");
		const leaf = app.workspace.getLeavesOfType("reference-check-panel")[0];
		expect(leaf.getViewState().type).toBe("reference-check-panel");

		const n = fake.__test.notices.length;
		expect(app.commands.execute(`${manifest.id}:reverify-all`)).toBe(true);
		await waitFor(() => /^Checking \d+\/\d+/.test(bar(app).textContent ?? ""), 5000, "progress");
		const menus = fake.__test.shownMenus.length;
		bar(app).click();
		expect(fake.__test.shownMenus.length).toBe(menus + 1);
		const menu = fake.__test.shownMenus[menus];
		expect(menu.items.map((i) => i.title)).toEqual(["Cancel verification", "Open mismatch panel"]);
		menu.items[0].click();
		await waitFor(() => fake.__test.notices.slice(n).some((m) => m.startsWith("Reference check cancelled")), 5000, "cancel");
		expect(bar(app).textContent).toMatch(/mismatch/);
	});

	it("a second run is refused while one is running", async () => {
		server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 300 });
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url));
		expect(app.commands.execute(`${manifest.id}:verify-all`)).toBe(true);
		await waitFor(() => /^Checking/.test(bar(app).textContent ?? ""), 5000, "run");
		expect(app.commands.isAvailable(`${manifest.id}:verify-all`)).toBe(false);
		expect(app.commands.isAvailable(`${manifest.id}:reverify-all`)).toBe(false);
		const menu = new fake.Menu();
		app.workspace.trigger("file-menu", menu, app.vault.getFileByPath("refs/verified.md"), "file-explorer");
		expect(menu.items[0].disabled).toBe(true);
		expect(app.commands.execute(`${manifest.id}:cancel-verification`)).toBe(true);
	});
});

function settingByName(root: HTMLElement, name: string): HTMLElement {
	const el = [...root.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	if (!el) throw new Error(`no setting ${name}`);
	return el as HTMLElement;
}

describe("settings tab", () => {
	it("test connection reports the remaining budget, or the failure", async () => {
		const version = fake.__test.setApiVersion("1.12.7");
		onTestFinished(() => void fake.__test.setApiVersion(version));
		server = await startFakeOpenAlex({ works: corpusWorks(), budget: 4321 });
		const app = appWithFiles(NOTES);
		plugin = await loadPlugin(app, testSettings(server.url));
		const tab = app.settingTabs[0];
		tab.display();
		const setting = settingByName(tab.containerEl, "Test connection");
		setting.querySelector("button")!.click();
		const result = setting.querySelector(".reference-check-setting-result")!;
		await waitFor(() => result.textContent !== "Testing…" && result.textContent !== "", 10_000, "test result");
		expect(result.textContent).toBe(`Connected to ${server.url}. 4,321 OpenAlex credits left today.`);
		expect(server.requests.length).toBe(1);
		expect(server.requests[0].credits).toBe(0);

		await server.close();
		server = null;
		setting.querySelector("button")!.click();
		await waitFor(() => /^Could not reach http:\/\/127\.0\.0\.1/.test(result.textContent ?? ""), 20_000, "failure");
		expect(result.hasClass("reference-check-setting-error")).toBe(true);
	});
});
