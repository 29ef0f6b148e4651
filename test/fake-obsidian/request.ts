// requestUrl backed by real HTTP (node http/https), so plugin code talks to the fake OpenAlex
// server over a socket exactly as it would talk to api.openalex.org through Obsidian. Like
// Obsidian's (Electron's network stack on desktop, the native one on mobile), it follows
// redirects itself — up to 20, to any host — and the response does not say where it came from.
import type * as O from "obsidian";
import * as http from "http";
import * as https from "https";

/** Test helper: every URL requested through requestUrl, in order. */
export const requestLog: string[] = [];

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

function send(param: O.RequestUrlParam, hops = 0): Promise<O.RequestUrlResponse> {
	return new Promise((resolve, reject) => {
		const url = new URL(param.url);
		const lib = url.protocol === "https:" ? https : http;
		const headers: Record<string, string> = { ...(param.headers ?? {}) };
		if (param.contentType) headers["content-type"] = param.contentType;
		requestLog.push(param.url);
		const req = lib.request(url, { method: param.method ?? "GET", headers }, (res) => {
			const location = res.headers.location;
			if (REDIRECTS.has(res.statusCode ?? 0) && location && hops < MAX_REDIRECTS) {
				res.resume();
				send({ ...param, url: new URL(location, url).toString() }, hops + 1).then(resolve, reject);
				return;
			}
			const chunks: Buffer[] = [];
			res.on("data", (c: Buffer) => chunks.push(c));
			res.on("error", reject);
			res.on("end", () => {
				const buf = Buffer.concat(chunks);
				const text = buf.toString("utf8");
				const status = res.statusCode ?? 0;
				const outHeaders: Record<string, string> = {};
				for (const [k, v] of Object.entries(res.headers)) {
					if (v !== undefined) outHeaders[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
				}
				const arrayBuffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
				const response: O.RequestUrlResponse = {
					status,
					headers: outHeaders,
					arrayBuffer,
					text,
					// Like Obsidian: parsing happens on access and throws for non-JSON bodies.
					get json(): unknown {
						return JSON.parse(text) as unknown;
					},
				};
				if (status >= 400 && param.throw !== false) {
					const err = new Error(`Request failed, status ${status}`) as Error & { status: number; headers: Record<string, string> };
					err.status = status;
					err.headers = outHeaders;
					reject(err);
					return;
				}
				resolve(response);
			});
		});
		req.on("error", reject);
		if (param.body !== undefined) req.write(typeof param.body === "string" ? param.body : Buffer.from(param.body));
		req.end();
	});
}

export function requestUrl(request: O.RequestUrlParam | string): O.RequestUrlResponsePromise {
	const param = typeof request === "string" ? { url: request } : request;
	const p = send(param) as O.RequestUrlResponsePromise;
	// The getters are the promise's own properties (RequestUrlResponsePromise): nothing to await here.
	void Object.defineProperties(p, {
		arrayBuffer: { get: () => p.then((r) => r.arrayBuffer) },
		json: { get: () => p.then((r) => r.json as unknown) },
		text: { get: () => p.then((r) => r.text) },
	});
	return p;
}

export async function request(req: O.RequestUrlParam | string): Promise<string> {
	return (await requestUrl(req)).text;
}
