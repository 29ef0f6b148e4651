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

/**
 * The largest answer a transport reads, after decompression (32 MiB; a list of 100 works with
 * their author lists is well under a tenth of that). Larger: the transport stops reading and
 * throws ResponseTooLarge, which the client reports without retrying.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export class ResponseTooLarge extends Error {
	constructor(readonly bytes: number | null) {
		super(`OpenAlex sent an answer larger than ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB${bytes !== null ? ` (${Math.round(bytes / (1024 * 1024))} MiB)` : ""}; not read`);
		this.name = "ResponseTooLarge";
	}
}
