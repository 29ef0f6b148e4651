// Identifiers as they are written in notes, logs and OpenAlex answers.

const OPENALEX_WORK = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:works\/)?)?(w\d+)$/i;

/** An OpenAlex work id in any written form ("W123", "https://openalex.org/W123", the API's URL) → "W123"; else null. */
export function openAlexWorkId(id: unknown): string | null {
	if (typeof id !== "string") return null;
	const m = OPENALEX_WORK.exec(id.trim());
	return m ? m[1].toUpperCase() : null;
}

/** The canonical URL of an OpenAlex work ("https://openalex.org/W123"), or null when `id` is not one. */
export function openAlexWorkUrl(id: unknown): string | null {
	const short = openAlexWorkId(id);
	return short ? `https://openalex.org/${short}` : null;
}

const DOI_RESOLVER = /^\s*(?:https?:\/\/)?(?:dx\.)?(?:www\.)?doi\.org\//i;

/** A DOI without its resolver prefix ("https://doi.org/10.1/X" → "10.1/X"); anything else unchanged. */
export function stripDoiResolver(doi: string): string {
	return doi.replace(DOI_RESOLVER, "");
}
