// Node's fetch as the OpenAlex transport (the CLI, tests and benches). The only `fetch` user:
// the plugin passes Obsidian's requestUrl instead.
import { redact } from "../openalex/url";
import type { Transport } from "../openalex/transport";

export function fetchTransport(fetchImpl: typeof fetch = fetch): Transport {
	return async (req) => {
		let res: Response;
		try {
			res = await fetchImpl(req.url, { method: req.method, headers: req.headers, signal: req.signal, redirect: "follow" });
		} catch (e) {
			// fetch quotes the whole URL, api_key included, in some errors ("Failed to parse URL from …").
			if (!(e instanceof Error)) throw new Error(redact(String(e)));
			const safe = new Error(redact(e.message));
			safe.name = e.name;
			throw safe;
		}
		const headers: Record<string, string> = {};
		res.headers.forEach((value, name) => {
			headers[name] = value;
		});
		return { status: res.status, headers, text: await res.text() };
	};
}
