// @vitest-environment happy-dom
// The requestUrl transport (the plugin's only HTTP path) against a local server.
import { afterEach, describe, expect, it } from "vitest";
import http from "http";
import type { AddressInfo } from "net";
import { requestUrlTransport } from "../../src/plugin/transport";

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
