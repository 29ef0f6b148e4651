// Actions on a note's identifier (a DOI or arXiv id that names another paper): which frontmatter
// keys hold it, so removing it leaves no copy the reader would still find (a DOI kept in a
// doi.org `url`, an arXiv id in `eprint` and in an arxiv.org `url`), and the keys to write for a
// new DOI. Pure: the writes go through the splice writer.
import { readReference, isNotAReference } from "../core/reference";
import { normalizeArxivId, normalizeDoi } from "../core/normalize";
import { scalarText } from "../lib/guards";
import { openAlexWorkId } from "../lib/ids";
import { identifierName } from "../core/messages";
import type { IdentifierKind } from "../core/types";

export type { IdentifierKind };

/** One key to write (undefined: remove it). */
export interface KeyWrite {
	key: string;
	value: unknown;
}

const DOI_KEYS = ["doi", "DOI"];
const ARXIV_KEYS = ["eprint", "arxiv", "arxiv_id", "arxivId", "arXiv"];
/** Keys that may hold the note's OpenAlex id (core/reference's readWrittenOpenalexId): named, an OpenAlex record's `id`, a link. */
const OPENALEX_KEYS = ["openalex", "openalex_id", "openalexId", "OpenAlex", "id", "url", "URL"];

/** Keys that may hold the note's PubMed id (core/reference's readPubmedId): named, or a pubmed link. */
const PMID_KEYS = ["pmid", "PMID", "pubmed_id", "pubmedId", "PubMedID", "url", "URL"];

/** What the note's reference reads as its DOI, arXiv id, OpenAlex id or PubMed id. */
function readIdentifier(fm: Record<string, unknown>, kind: IdentifierKind): string | null {
	const ref = readReference(fm);
	if (isNotAReference(ref)) return null;
	if (kind === "pmid") return ref.pubmedId ?? null;
	return kind === "doi" ? ref.doi : kind === "arxiv" ? ref.arxivId : (ref.writtenOpenalexId ?? null);
}

/** Does this key's value carry the identifier? */
function carries(key: string, value: unknown, kind: IdentifierKind, id: string): boolean {
	const text = scalarText(value);
	if (text === null) return false;
	if (kind === "doi") return (DOI_KEYS.includes(key) || key === "url") && normalizeDoi(text) === id;
	if (kind === "openalex") return OPENALEX_KEYS.includes(key) && openAlexWorkId(text.trim().replace(/[?#].*$/, "").replace(/\/$/, "")) === id;
	if (kind === "pmid") {
		const digits = /(\d{1,9})\/?\s*$/.exec(text)?.[1];
		return PMID_KEYS.includes(key) && (key.toLowerCase() !== "url" || /pubmed/i.test(text)) && digits !== undefined && String(Number(digits)) === id;
	}
	if (ARXIV_KEYS.includes(key)) return normalizeArxivId(text) === id;
	if (DOI_KEYS.includes(key)) return normalizeArxivId(normalizeDoi(text)) === id;
	return key === "url" && /arxiv\.org\//i.test(text) && normalizeArxivId(text) === id;
}

/**
 * The keys to remove so the note no longer holds the identifier `id`; an error naming the key
 * when it would still be read from elsewhere (an arXiv id written into the venue).
 */
export function removeIdentifierWrites(fm: Record<string, unknown>, kind: IdentifierKind, id: string): { writes: KeyWrite[] } | { error: string } {
	const keys = Object.keys(fm).filter((k) => carries(k, fm[k], kind, id));
	if (keys.length === 0) {
		// an OpenAlex record's `ids` map holds it beside the other ids: not a key to remove whole
		if (readIdentifier(fm, kind) === id) return { error: `the ${identifierName(kind)} is written inside another field; edit the note` };
		return { error: `the note has no ${identifierName(kind)} ${id}` };
	}
	const rest = { ...fm };
	for (const k of keys) delete rest[k];
	if (readIdentifier(rest, kind) === id) {
		return { error: `the ${identifierName(kind)} is also written elsewhere in the note (not in ${keys.join(", ")}); edit the note` };
	}
	return { writes: keys.map((key) => ({ key, value: undefined })) };
}

/**
 * The keys to write so the note's DOI is `doi`: its DOI key (in the note's form, bare or as a
 * doi.org URL), and a doi.org `url` that held the old DOI.
 */
export function setDoiWrites(fm: Record<string, unknown>, doi: string): KeyWrite[] {
	const old = readIdentifier(fm, "doi");
	const key = DOI_KEYS.find((k) => scalarText(fm[k]) !== null) ?? "doi";
	const current = scalarText(fm[key]);
	const asUrl = current !== null && /^https?:\/\//i.test(current.trim());
	const writes: KeyWrite[] = [{ key, value: asUrl ? `https://doi.org/${doi}` : doi }];
	const url = scalarText(fm.url);
	if (old !== null && url !== null && /doi\.org\//i.test(url) && normalizeDoi(url) === old) writes.push({ key: "url", value: `https://doi.org/${doi}` });
	return writes;
}
