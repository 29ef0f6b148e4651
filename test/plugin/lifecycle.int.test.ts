// @vitest-environment happy-dom
// The built main.js loads through the fake module, registers everything, and unload leaves
// nothing behind (listeners, intervals, DOM, commands, views).
import { describe, expect, it } from "vitest";
import { appWithFiles, COMMAND_IDS, corpusFiles, fake, loadPlugin, manifest, pluginBundle, settled, testSettings, waitFor } from "./harness";
import { FakeClock } from "../support/fake-clock";
import { startFakeOpenAlex } from "../support/fake-openalex";
import { corpusWorks } from "../support/corpus-works";

const REF = `---\ntype: bibtex_entry\ncitation_key: a2020\ntitle: A paper\nauthors:\n  - Ann Author\nyear: 2020\n---\nBody\n`;

function snapshot(app: ReturnType<typeof appWithFiles>) {
	return {
		vault: app.vault.listenerCount(),
		cache: app.metadataCache.listenerCount(),
		workspace: app.workspace.listenerCount(),
		statusBar: app.statusBarEl.childElementCount,
		body: document.body.innerHTML.length,
		intervals: fake.__test.liveIntervals.size,
	};
}

describe("plugin lifecycle (built bundle)", () => {
	it("bundle has no fetch, innerHTML or global app", async () => {
		const code = await pluginBundle();
		expect(code).not.toMatch(/\bfetch\(/);
		expect(code).not.toMatch(/innerHTML|outerHTML/);
		expect(code).toContain("requestUrl");
	});

	it("onload registers every command, the status bar item and the settings tab; onunload removes all", async () => {
		const app = appWithFiles({ "refs/a.md": REF, "page.md": "# Page\n" });
		const before = snapshot(app);
		const plugin = await loadPlugin(app);

		const ids = Object.keys(app.commands.commands).sort();
		expect(ids).toEqual([...COMMAND_IDS].sort());
		for (const id of ids) {
			const cmd = app.commands.commands[id];
			expect(cmd.hotkeys ?? []).toEqual([]);
			// Sentence case, no plugin name inside the name itself.
			const name = cmd.name.slice(`${manifest.name}: `.length);
			expect(name[0]).toBe(name[0].toUpperCase());
			expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
			expect(name.toLowerCase()).not.toContain("reference check");
		}
		expect(app.statusBarEl.querySelectorAll(`.plugin-${manifest.id}`).length).toBe(1);
		expect(app.settingTabs.length).toBe(1);
		expect(app.viewRegistry.has("reference-check-panel")).toBe(true);
		expect(app.workspace.listenerCount()).toBeGreaterThan(before.workspace);

		// Use it a little so views, menus and DOM exist before unloading.
		await app.workspace.openFile(app.vault.getFileByPath("refs/a.md")!);
		app.settingTabs[0].display();
		expect(app.commands.execute(`${manifest.id}:open-mismatch-panel`)).toBe(true);
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-panel").length === 1, 1000, "panel open");

		plugin.unload();
		// Leaves of the removed view type close asynchronously (View.onClose is async).
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-panel").length === 0, 1000, "panel closed");
		expect(Object.keys(app.commands.commands)).toEqual([]);
		expect(app.settingTabs).toEqual([]);
		expect(app.viewRegistry.size).toBe(0);
		expect(app.workspace.getLeavesOfType("reference-check-panel")).toEqual([]);
		const after = snapshot(app);
		expect(after.vault).toBe(before.vault);
		expect(after.cache).toBe(before.cache);
		// The workspace keeps only what opening a note added (none of it is the plugin's).
		expect(after.workspace).toBe(before.workspace);
		expect(after.statusBar).toBe(before.statusBar);
		expect(after.intervals).toBe(before.intervals);
		expect(document.querySelectorAll("[class*='reference-check']").length).toBe(0);
	});

	it("commands apply only when they make sense", async () => {
		const app = appWithFiles({ "refs/a.md": REF, "page.md": "# Page\n" });
		const plugin = await loadPlugin(app);
		const can = (id: string) => app.commands.isAvailable(`${manifest.id}:${id}`);
		expect(can("verify-current-note")).toBe(false); // no open note
		expect(can("verify-folder")).toBe(false);
		expect(can("cancel-verification")).toBe(false); // nothing running
		expect(can("verify-all")).toBe(true);
		await app.workspace.openFile(app.vault.getFileByPath("page.md")!);
		expect(can("verify-current-note")).toBe(false); // not a reference
		expect(can("verify-folder")).toBe(true);
		await app.workspace.openFile(app.vault.getFileByPath("refs/a.md")!);
		expect(can("verify-current-note")).toBe(true);
		plugin.unload();
	});

	it("file and editor menus offer 'Verify reference' on reference notes only", async () => {
		const app = appWithFiles({ "refs/a.md": REF, "page.md": "# Page\n" });
		const plugin = await loadPlugin(app);
		const titles = (file: string, source: "file" | "editor") => {
			const menu = new fake.Menu();
			const f = app.vault.getFileByPath(file)!;
			if (source === "file") app.workspace.trigger("file-menu", menu, f, "file-explorer");
			else app.workspace.trigger("editor-menu", menu, {}, { file: f });
			return menu.items.map((i) => i.title);
		};
		expect(titles("refs/a.md", "file")).toEqual(["Verify reference"]);
		expect(titles("refs/a.md", "editor")).toEqual(["Verify reference"]);
		expect(titles("page.md", "file")).toEqual([]);
		expect(titles("page.md", "editor")).toEqual([]);
		plugin.unload();
	});

	it("unloading during a run stops it: no requests afterwards, notes intact", async () => {
		const server = await startFakeOpenAlex({ works: corpusWorks(), latencyMs: 50 });
		try {
			const files = corpusFiles();
			const app = appWithFiles(files);
			const clock = new FakeClock();
			const plugin = await loadPlugin(app, testSettings(server.url), clock);
			const n = fake.__test.notices.length;
			expect(app.commands.execute(`${manifest.id}:verify-all`)).toBe(true);
			await waitFor(() => server.requests.length >= 2, 20_000, "requests");
			plugin.unload();
			const sent = fake.__test.requestLog.length;
			// The run ends as cancelled, and nothing is left waiting to send.
			await waitFor(() => fake.__test.notices.slice(n).some((m) => m.startsWith("Reference check cancelled")), 20_000, "run end");
			await settled(clock);
			expect(fake.__test.requestLog.length).toBe(sent);
			for (const [path, before] of files) {
				const after = app.vault.peek(path)!;
				if (after !== before) expect(after.startsWith("---\n"), path).toBe(true);
			}
		} finally {
			await server.close();
		}
	});
});
