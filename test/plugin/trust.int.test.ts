// @vitest-environment happy-dom
// Issue 17 on the plugin's path (the built plugin, requestUrl, the fake OpenAlex misbehaving):
// what applies there — a Retry-After beyond the cap stops the run without waiting, remote text is
// bounded in the notes and stays text in the panel, an oversized answer is refused, and requestUrl's
// own redirects never carry the key anywhere the API's server did not put it.
import { afterEach, describe, expect, it } from "vitest";
import type { Plugin } from "obsidian";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { FakeClock } from "../support/fake-clock";
import { noteText, trustWork, trustWorks } from "../support/trust-notes";
import { appWithFiles, fake, loadPlugin, manifest, settled, testSettings, waitFor } from "./harness";
import type { App } from "../fake-obsidian/index";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { readCheckLog } from "../../src/core/check-log";

let servers: FakeOpenAlex[] = [];
let plugin: Plugin | null = null;
afterEach(async () => {
	plugin?.unload();
	plugin = null;
	for (const s of servers) await s.close();
	servers = [];
});

async function serve(works: object[] = trustWorks(6)): Promise<FakeOpenAlex> {
	const s = await startFakeOpenAlex({ works });
	servers.push(s);
	return s;
}

function notes(n: number): Record<string, string> {
	return Object.fromEntries(Array.from({ length: n }, (_, i) => [`refs/n${i}.md`, noteText(i)]));
}

async function runToEnd(app: App): Promise<string> {
	const n = fake.__test.notices.length;
	expect(app.commands.execute(`${manifest.id}:reverify-all`)).toBe(true);
	await waitFor(() => fake.__test.notices.slice(n).some((m) => m.startsWith("Reference check")), 30_000, "run summary");
	return fake.__test.notices.slice(n).find((m) => m.startsWith("Reference check"))!;
}

function logOf(app: App, path: string) {
	const fm = parseFrontmatter(app.vault.peek(path)!);
	return "error" in fm ? null : readCheckLog(fm.data);
}

describe("issue 17 in the plugin", () => {
	it("stops a run at a Retry-After beyond the cap, naming the time, without waiting for it", async () => {
		const api = await serve();
		api.setIntercept(() => ({ status: 429, headers: { "retry-after": "3600", "x-ratelimit-remaining": "9000" }, body: "" }));
		const files = notes(3);
		const app = appWithFiles(files);
		const clock = new FakeClock();
		plugin = await loadPlugin(app, testSettings(api.url), clock);
		const summary = await runToEnd(app);
		await settled(clock);
		expect(summary).toMatch(/Reference check stopped/);
		expect(summary).toMatch(/asked to wait 1 h 0 min \(until 2026-11-26T13:00:00\.000Z\)/);
		expect(Math.max(0, ...clock.sleeps)).toBeLessThan(120_000);
		for (const [path, text] of Object.entries(files)) expect(app.vault.peek(path)).toBe(text);
	});

	it("bounds remote text written into notes, and shows a hostile record's text as text in the panel", async () => {
		const evil = "<img src=x onerror=alert(1)>\u001b[2J";
		const api = await serve([
			{ ...trustWork(0), title: "T".repeat(5 * 1024 * 1024), display_name: null },
			{ ...trustWork(1), title: `${evil} study`, authorships: [{ author: { display_name: "<script>x()</script>" }, raw_author_name: null }] },
		]);
		const app = appWithFiles(notes(2));
		plugin = await loadPlugin(app, testSettings(api.url));
		await runToEnd(app);
		const big = app.vault.peek("refs/n0.md")!;
		expect(big.length).toBeLessThan(64 * 1024);
		expect(logOf(app, "refs/n0.md")?.notes).toContain("remote record truncated: title cut to 2,000 characters");

		expect(logOf(app, "refs/n1.md")?.status).toBe("mismatch");
		expect(app.commands.execute(`${manifest.id}:open-mismatch-panel`)).toBe(true);
		await waitFor(() => app.workspace.getLeavesOfType("reference-check-panel").length === 1, 5000, "panel open");
		const view = app.workspace.getLeavesOfType("reference-check-panel")[0].view as unknown as { contentEl: HTMLElement; focusPath(p: string): void };
		await waitFor(() => !!view.contentEl.querySelector('.reference-check-entry[data-path="refs/n1.md"]'), 5000, "entry rendered");
		view.focusPath("refs/n1.md");
		const entry = view.contentEl.querySelector<HTMLElement>('.reference-check-entry[data-path="refs/n1.md"]')!;
		await waitFor(() => !!entry.querySelector(".reference-check-details"), 5000, "details");
		expect(view.contentEl.querySelector("img, script")).toBeNull();
		expect(entry.textContent).toContain("<img src=x onerror=alert(1)>");
		expect(entry.textContent).toContain("<script>x()</script>");
	});

	it("refuses an answer over the size limit (requestUrl reads it whole; it is never parsed or kept)", async () => {
		const api = await serve();
		api.setIntercept((url) => (url.pathname === "/works" || url.pathname.startsWith("/works/doi:") ? { status: 200, headers: { "content-type": "application/json" }, body: Buffer.alloc(40 * 1024 * 1024, 0x20) } : undefined));
		const files = notes(2);
		const app = appWithFiles(files);
		plugin = await loadPlugin(app, testSettings(api.url));
		const summary = await runToEnd(app);
		expect(summary).toMatch(/2 errors/);
		for (const [path, text] of Object.entries(files)) expect(app.vault.peek(path)).toBe(text);
		await app.workspace.openFile(app.vault.getFileByPath("refs/n0.md")!);
		const bar = app.statusBarEl.querySelector(`.plugin-${manifest.id}`) as HTMLElement;
		expect(bar.getAttribute("aria-label")).toMatch(/larger than 32 MiB/);
	});

	it("requestUrl follows redirects itself (as Obsidian's does): the key is only in the query, so another host reached by a redirect never gets it unless the API's server wrote it into the Location", async () => {
		const api = await serve();
		const elsewhere = await serve();
		// The API's server sends every request elsewhere, without the query.
		api.setIntercept((url) => ({ status: 302, headers: { location: `${elsewhere.url}${url.pathname}` } }));
		const app = appWithFiles(notes(2));
		plugin = await loadPlugin(app, testSettings(api.url, { apiKey: "sekrit-17" }));
		await runToEnd(app);
		expect(api.requests.length).toBeGreaterThan(0);
		for (const r of api.requests) expect(r.params.api_key).toBe("sekrit-17");
		expect(elsewhere.requests.length).toBeGreaterThan(0);
		for (const r of elsewhere.requests) {
			expect(r.params.api_key).toBeUndefined();
			expect(r.url).not.toContain("sekrit");
		}
		// Nor in a header, where a redirect would carry it along.
		for (const r of [...api.requests, ...elsewhere.requests]) expect(JSON.stringify(r.headers)).not.toContain("sekrit");
	});
});
