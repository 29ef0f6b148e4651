// Node's fetch as the OpenAlex transport (the CLI, tests and benches). The only `fetch` user:
// the plugin passes Obsidian's requestUrl instead.
//
// Redirects are not followed here (`redirect: "manual"`): the 3xx goes back to the client, whose
// own rule follows a merged work's redirect on the API's origin and refuses any other (the key is
// in the query). The body is streamed and read only up to MAX_RESPONSE_BYTES after decompression
// (fetch inflates gzip itself, a piece at a time): a declared length above the limit is refused
// before reading, and a gzip bomb is dropped as soon as its output passes the limit.
import { redact } from "../openalex/url";
import { MAX_RESPONSE_BYTES, ResponseTooLarge, type Transport } from "../openalex/transport";

export function fetchTransport(fetchImpl: typeof fetch = fetch): Transport {
	return async (req) => {
		let res: Response;
		try {
			res = await fetchImpl(req.url, { method: req.method, headers: req.headers, signal: req.signal, redirect: "manual" });
		} catch (e) {
			throw safeError(e);
		}
		const headers: Record<string, string> = {};
		res.headers.forEach((value, name) => {
			headers[name] = value;
		});
		return { status: res.status, headers, text: await readCapped(res) };
	};
}

/** fetch quotes the whole URL, api_key included, in some errors ("Failed to parse URL from …"). */
function safeError(e: unknown): Error {
	if (e instanceof ResponseTooLarge) return e;
	if (!(e instanceof Error)) return new Error(redact(String(e)));
	const safe = new Error(redact(e.message));
	safe.name = e.name;
	return safe;
}

/** The body as text, read a chunk at a time and dropped once past MAX_RESPONSE_BYTES. */
async function readCapped(res: Response): Promise<string> {
	const declared = Number(res.headers.get("content-length"));
	if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
		await res.body?.cancel().catch(() => undefined);
		throw new ResponseTooLarge(declared);
	}
	if (!res.body) return "";
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > MAX_RESPONSE_BYTES) {
				await reader.cancel().catch(() => undefined);
				throw new ResponseTooLarge(null);
			}
			chunks.push(value);
		}
	} catch (e) {
		throw safeError(e);
	}
	const body = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		body.set(c, at);
		at += c.byteLength;
	}
	return new TextDecoder().decode(body);
}
