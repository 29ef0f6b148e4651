// Request URLs: query and path encoding the way OpenAlex reads them, and keeping the API key out
// of anything shown to a person.

/** Query values: encode everything except the characters OpenAlex filters use literally. */
export function encodeQueryValue(v: string): string {
	return encodeURIComponent(v).replace(/%3A/gi, ":").replace(/%7C/gi, "|").replace(/%2F/gi, "/");
}

/** A DOI inside a path keeps its slashes. */
export function encodePathValue(v: string): string {
	return encodeURIComponent(v).replace(/%2F/gi, "/");
}

/** "." or ".." path segments would walk the URL up to other API paths (URL parsers resolve them, even escaped). */
export function hasDotSegment(v: string): boolean {
	return v.split("/").some((seg) => seg === "." || seg === "..");
}

/** Never show the API key in messages. */
export function redact(url: string): string {
	return url.replace(/([?&]api_key=)[^&]*/g, "$1***");
}

/** Text that may quote a request URL or echo the key (error bodies, network errors): no key left. */
export function scrubKey(text: string, apiKey: string | null): string {
	const out = redact(text);
	return apiKey ? out.split(apiKey).join("***") : out;
}
