// @vitest-environment happy-dom
// Smaller pieces of the plugin glue: the requestUrl transport, settings parsing, folder filters,
// note states and the run summary line.
import { afterEach, describe, expect, it } from "vitest";
import http from "http";
import type { AddressInfo } from "net";
import { requestUrlTransport } from "../../src/plugin/transport";
import { DEFAULT_SETTINGS, parseFolderList, settingsFromData, validateBaseUrl } from "../../src/core/settings";
import { pathAllowed } from "../../src/check/selection";
import { noteVerdict, type VerdictOptions } from "../../src/core/verdict";
import { noteStatus } from "../../src/plugin/note-status";
import { formatRunSummary } from "../../src/plugin/run-notice";
import type { RunSummary } from "../../src/plugin/services";

/** The status bar's wording of a note's verdict (as the status bar computes it). */
const noteState = (fm: Record<string, unknown>, opts: VerdictOptions) => noteStatus(noteVerdict(fm, opts));

let server: http.Server | null = null;
afterEach(async () => {
	// Drop open connections too: a held answer would keep close() waiting for its timer.
	server?.closeAllConnections();
	await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
	server = null;
});

async function serve(handler: http.RequestListener): Promise<string> {
	server = http.createServer(handler);
	await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("requestUrl transport", () => {
	it("returns error statuses and bodies instead of throwing, with headers", async () => {
		const url = await serve((req, res) => {
			res.writeHead(404, { "Content-Type": "text/html", "X-RateLimit-Remaining": "77" });
			res.end(`<html>${req.headers["accept"]}</html>`);
		});
		const res = await requestUrlTransport({ url: `${url}/works/W1`, method: "GET", headers: { Accept: "application/json" } });
		expect(res.status).toBe(404);
		expect(res.text).toBe("<html>application/json</html>");
		expect(res.headers["x-ratelimit-remaining"]).toBe("77");
	});

	it("settles as soon as the signal aborts, although requestUrl itself cannot be aborted", async () => {
		const url = await serve((_req, res) => setTimeout(() => res.end("{}"), 2000));
		const controller = new AbortController();
		const started = Date.now();
		const pending = requestUrlTransport({ url, method: "GET", headers: {}, signal: controller.signal });
		setTimeout(() => controller.abort(), 50);
		await expect(pending).rejects.toThrow(/aborted/);
		expect(Date.now() - started).toBeLessThan(1500);
		await expect(requestUrlTransport({ url, method: "GET", headers: {}, signal: controller.signal })).rejects.toThrow(/aborted/);
	});
});

describe("settings", () => {
	it("reads stored data, dropping invalid values", () => {
		expect(settingsFromData(null)).toEqual(DEFAULT_SETTINGS);
		const s = settingsFromData({ baseUrl: "ftp://x", requestsPerSecond: -1, staleDays: 30, contactEmail: "bad", includeFolders: ["a/", 3, "a"], writeRemote: false, extra: 1 });
		expect(s.baseUrl).toBe(DEFAULT_SETTINGS.baseUrl);
		expect(s.requestsPerSecond).toBe(DEFAULT_SETTINGS.requestsPerSecond);
		expect(s.staleDays).toBe(30);
		expect(s.contactEmail).toBe("");
		expect(s.includeFolders).toEqual(["a"]);
		expect(s.writeRemote).toBe(false);
		expect("extra" in s).toBe(false);
	});

	it("accepts https URLs, and plain http only for a local server", () => {
		expect(validateBaseUrl("https://api.openalex.org/")).toEqual({ value: "https://api.openalex.org" });
		expect(validateBaseUrl("http://127.0.0.1:8080")).toEqual({ value: "http://127.0.0.1:8080" });
		expect("error" in validateBaseUrl("http://api.openalex.org")).toBe(true);
		expect("error" in validateBaseUrl("https://api.openalex.org/?api_key=x")).toBe(true);
		expect("error" in validateBaseUrl("javascript:alert(1)")).toBe(true);
	});

	it("folder filters match whole path segments", () => {
		expect(parseFolderList(" refs/ \n,notes//old\n\n")).toEqual(["refs", "notes/old"]);
		const s = { includeFolders: ["refs"], excludeFolders: ["refs/archive"] };
		expect(pathAllowed("refs/a.md", s)).toBe(true);
		expect(pathAllowed("refs-other/a.md", s)).toBe(false);
		expect(pathAllowed("refs/archive/a.md", s)).toBe(false);
		expect(pathAllowed("x.md", { includeFolders: [], excludeFolders: [] })).toBe(true);
	});
});

describe("note state", () => {
	const now = new Date("2026-06-01T00:00:00Z");
	const at = "2026-05-01T00:00:00.000Z";
	it("names the differing fields of a mismatch and keeps a person's verification first", () => {
		const fields = {
			title: { local: "a", remote: "a", match: true },
			year: { local: "2020", remote: "2021", match: false, year_diff: 1 },
			venue: { local: "x", remote: "y", match: false, edit_distance: 1 },
			doi: { local: null, remote: null, match: true },
			authors: { local_count: 1, remote_count: 1, count_match: true, details: [{ index: 0, local: "A B", remote: "A B", first_match: true, last_match: true }] },
		};
		const fm = { check_log: { checked_at: at, checked_with: "auto:openalex", status: "mismatch", mismatch_severity: "minor", fields } };
		const s = noteState(fm, { staleDays: 180, now });
		expect(s).toMatchObject({ kind: "mismatch", label: "Minor mismatch: year, venue", severity: "minor", fields: ["year", "venue"] });
		const manual = noteState({ ...fm, manually_verified: { verified_at: at, verified_by: "Ann" } }, { staleDays: 180, now });
		expect(manual.kind).toBe("manual");
		expect(manual.detail).toMatch(/Verified by Ann; OpenAlex differs \(minor\): year, venue/);
		// An old mismatch is still the verdict (as in the panel), with its age said; an old confirmation is stale.
		const old = noteState(fm, { staleDays: 10, now });
		expect(old).toMatchObject({ kind: "mismatch", label: "Minor mismatch: year, venue" });
		expect(old.detail).toMatch(/Older than 10 days: verify again to refresh\.$/);
		expect(noteState({ check_log: { ...fm.check_log, status: "confirmed" } }, { staleDays: 10, now }).kind).toBe("stale");
		expect(noteState(fm, { staleDays: 180, now, error: "OpenAlex answered 500" }).detail).toBe("Last check failed: OpenAlex answered 500");
	});
});

describe("run summary", () => {
	const base: RunSummary = {
		scopeLabel: "vault",
		total: 10,
		counts: { confirmed: 5, mismatch: 2, not_found: 1, skipped: 1 },
		errors: [{ path: "a.md", message: "boom" }],
		vanished: 0,
		rechecked: 0,
		notChecked: 0,
		upToDate: 0,
		unreadable: 0,
		cancelled: false,
		stoppedBy: null,
		requests: 3,
		remainingCredits: 9876,
		startedAt: new Date(0),
		finishedAt: new Date(0),
	};
	it("counts every outcome in one line", () => {
		expect(formatRunSummary(base)).toBe(
			"Reference check finished (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable, 1 error. Errors are listed in the mismatch panel; their notes were not changed. 9,876 OpenAlex credits left today.",
		);
		expect(formatRunSummary({ ...base, total: 0, counts: { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 }, errors: [], remainingCredits: null })).toBe(
			"Reference check (vault): nothing needs checking.",
		);
		expect(formatRunSummary({ ...base, errors: [], stoppedBy: "The daily OpenAlex budget is used up", notChecked: 4, remainingCredits: null })).toBe(
			"Reference check stopped (vault): 5 verified, 2 mismatches, 1 not found, 1 not checkable, 4 not checked. The daily OpenAlex budget is used up.",
		);
	});
});

describe("not-indexed entry types setting", () => {
	it("parses a list, keeps the default when absent, and survives odd stored data", async () => {
		const { parseTypeList, settingsFromData, DEFAULT_SETTINGS } = await import("../../src/core/settings");
		expect(parseTypeList("Web, software\n\n dataset,web")).toEqual(["web", "software", "dataset"]);
		expect(settingsFromData({}).notIndexedTypes).toEqual(DEFAULT_SETTINGS.notIndexedTypes);
		expect(DEFAULT_SETTINGS.notIndexedTypes).toContain("software");
		expect(settingsFromData({ notIndexedTypes: ["Blog", 3, null] }).notIndexedTypes).toEqual(["blog"]);
	});
});
