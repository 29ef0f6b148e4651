// The one HTTP seam of the OpenAlex client. The plugin passes Obsidian's `requestUrl` (with
// `throw: false`), the CLI passes Node's `fetch` (src/cli/fetch-transport.ts), tests pass either
// a fetch transport against the fake server or a scripted function.

export interface TransportRequest {
	url: string;
	method: string;
	headers: Record<string, string>;
	/** Aborted when the client gives up on the request (timeout, cancelled run). Optional to honour. */
	signal?: AbortSignal;
}

export interface TransportResponse {
	status: number;
	/** Header names in any case; the client lower-cases them. */
	headers: Record<string, string>;
	/** The raw body: the client parses JSON only after branching on the status (404 is HTML). */
	text: string;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;
