// Node's fetch as the OpenAlex transport (the CLI, tests and benches). The only `fetch` user:
// the plugin passes Obsidian's requestUrl instead.
import type { Transport } from "../openalex/transport";

export function fetchTransport(fetchImpl: typeof fetch = fetch): Transport {
	return async (req) => {
		const res = await fetchImpl(req.url, { method: req.method, headers: req.headers, signal: req.signal, redirect: "follow" });
		const headers: Record<string, string> = {};
		res.headers.forEach((value, name) => {
			headers[name] = value;
		});
		return { status: res.status, headers, text: await res.text() };
	};
}
