// The plugin's only HTTP path: Obsidian's requestUrl behind the OpenAlex client's Transport.
// requestUrl cannot be aborted and has no timeout option, so the call is raced against the
// request's signal, which the client aborts on its per-attempt timeout or when a run is cancelled:
// the transport settles at once and a late answer is ignored.
import { requestUrl } from "obsidian";
import type { Transport, TransportRequest, TransportResponse } from "../openalex/transport";

function abortedError(): Error {
	const e = new Error("Request aborted");
	e.name = "AbortError";
	return e;
}

export const requestUrlTransport: Transport = (req: TransportRequest): Promise<TransportResponse> => {
	const { signal } = req;
	if (signal?.aborted) return Promise.reject(abortedError());
	const call = requestUrl({ url: req.url, method: req.method, headers: req.headers, throw: false }).then((res) => ({
		status: res.status,
		headers: res.headers,
		text: res.text,
	}));
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
