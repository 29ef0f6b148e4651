// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { appWith, testServices } from "./harness";
import { PanelIndex } from "../../src/panel/panel-index";

function note(i: number, status: "mismatch" | "confirmed"): string {
	return [
		"---",
		"type: bibtex_entry",
		`citation_key: key${i}`,
		`title: Paper number ${i}`,
		"authors:",
		`  - 'Author${i}, Ada'`,
		"year: '2020'",
		"check_log:",
		`  checked_at: '${new Date().toISOString()}'`,
		"  checked_with: 'auto:openalex'",
		`  status: ${status}`,
		...(status === "mismatch" ? ["  mismatch_severity: minor"] : []),
		"---",
		"",
	].join("\n");
}

describe("panel index", () => {
	it("builds in slices, and re-reads notes that changed while it was building", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 5000; i++) files[`refs/${String(i).padStart(4, "0")}.md`] = note(i, "mismatch");
		const app = appWith(files);
		const index = new PanelIndex(app as never, testServices(app));
		let changes = 0;
		index.onChange(() => changes++);
		index.load();
		expect(index.isReady).toBe(false); // the rest of the build waits for the next turns
		const first = app.vault.getFileByPath("refs/0000.md")!;
		await app.vault.modify(first, note(0, "confirmed"));
		app.metadataCache.__flush(); // Obsidian's "changed" for it, while the build runs
		await index.whenReady();
		expect(index.isReady).toBe(true);
		expect(index.model.size).toBe(4999);
		expect(index.model.get("refs/0000.md")).toBeNull();
		expect(index.model.get("refs/0001.md")?.group).toBe("minor");
		expect(changes).toBe(1);
	});

	it("removes its listeners when unloaded", async () => {
		const app = appWith({ "refs/a.md": note(1, "mismatch") });
		const before = [app.vault.listenerCount(), app.metadataCache.listenerCount()];
		const services = testServices(app);
		const index = new PanelIndex(app as never, services);
		index.load();
		await index.whenReady();
		expect(index.model.size).toBe(1);
		expect(services.runs.resultListeners.size + services.runs.finishedListeners.size).toBe(2);
		index.unload();
		expect([app.vault.listenerCount(), app.metadataCache.listenerCount()]).toEqual(before);
		expect(services.runs.resultListeners.size + services.runs.finishedListeners.size).toBe(0);
	});
});
