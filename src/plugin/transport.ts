// The plugin's only HTTP path: Obsidian's requestUrl behind the OpenAlex client's Transport.
// requestUrl cannot be aborted and has no timeout option, so the call is raced against the
// request's signal, which the client aborts on its per-attempt timeout or when a run is cancelled:
// the transport settles at once and a late answer is ignored.
//
// What requestUrl does not let us do, and what stands in for it:
// - It follows redirects itself and does not say where the answer came from (the response has no
//   URL, and there is no option to stop it), so the client's same-origin rule only sees the 3xx
//   requestUrl returns. The key is sent only in the query string, never in a header, so a redirect
//   carries it only if the API's own server writes it into the Location; the base URL must be
//   https (http only on this computer) and holds no credentials (core/settings validateBaseUrl),
//   so nobody in between can forge a redirect.
// - It reads the whole body before answering: an answer over MAX_RESPONSE_BYTES is refused
//   afterwards (not parsed, not cached), which keeps a huge answer from costing more than its read.
import { requestUrl } from "obsidian";
import { MAX_RESPONSE_BYTES, ResponseTooLarge, type Transport, type TransportRequest, type TransportResponse } from "../openalex/transport";

function abortedError(): Error {
	const e = new Error("Request aborted");
	e.name = "AbortError";
	return e;
}

export const requestUrlTransport: Transport = (req: TransportRequest): Promise<TransportResponse> => {
	const { signal } = req;
	if (signal?.aborted) return Promise.reject(abortedError());
	const call = requestUrl({ url: req.url, method: req.method, headers: req.headers, throw: false }).then((res) => {
		const size = res.arrayBuffer.byteLength;
		if (size > MAX_RESPONSE_BYTES) throw new ResponseTooLarge(size);
		return { status: res.status, headers: res.headers, text: res.text };
	});
	if (!signal) return call;
	return new Promise<TransportResponse>((resolve, reject) => {
		const onAbort = () => reject(abortedError());
		signal.addEventListener("abort", onAbort, { once: true });
		call.then(
			(res) => {
				signal.removeEventListener("abort", onAbort);
				resolve(res);
			},
			(err: unknown) => {
				signal.removeEventListener("abort", onAbort);
				reject(err instanceof Error ? err : new Error(String(err)));
			},
		);
	});
};
