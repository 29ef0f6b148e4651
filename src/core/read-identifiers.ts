// A note's identifiers: its DOI (from DOI fields, identifier lists, Extra and publisher links), its
// arXiv id, OpenAlex id and PubMed id, wherever importers put them.
import { asRecord } from "../lib/guards";
import { openAlexWorkId, openAlexWorkUrl } from "../lib/ids";
import { firstText, readExtra, type ExtraFields } from "./field-values";
import { normalizeArxivId, normalizeDoi } from "./normalize";

export function readArxivId(fm: Record<string, unknown>, doi: string | null, url: string | null, venue: string | null): string | null {
	const prefix = firstText(fm, "archiveprefix", "archivePrefix", "eprinttype");
	const eprint = firstText(fm, "eprint");
	if (eprint && (!prefix || /arxiv/i.test(prefix))) {
		const id = normalizeArxivId(eprint);
		if (id) return id;
	}
	// Zotero's preprint item keeps it as its Archive ID, "arXiv:2105.01234" (rules/zotero-extra-identifiers)
	const archiveId = firstText(fm, "archiveID", "archiveId", "archive_id");
	for (const v of [firstText(fm, "arxiv", "arxiv_id", "arxivId", "arXiv"), archiveId && /^arxiv:/i.test(archiveId) ? archiveId : null, doi && doi.startsWith("10.48550/arxiv.") ? doi : null]) {
		const id = normalizeArxivId(v);
		if (id) return id;
	}
	if (url && /arxiv\.org\//i.test(url)) {
		const id = normalizeArxivId(url);
		if (id) return id;
	}
	// "arXiv preprint arXiv:2212.08073"
	if (venue && /arxiv/i.test(venue)) {
		const m = /arxiv[:\s]+([a-z-]+\/\d{7}|\d{4}\.\d{4,5})/i.exec(venue);
		if (m) return normalizeArxivId(m[1]);
	}
	return null;
}

export function readOpenalexId(fm: Record<string, unknown>): string | null {
	return openAlexWorkUrl(asRecord(fm.check_log)?.paper_id);
}

/**
 * The OpenAlex work id the note itself gives, "W2741809807" (its own identifier, unlike a stored
 * paper_id): an `openalex` field, an OpenAlex record's `ids.openalex` or `id`, or an openalex.org
 * link in a url field; null when it has none.
 */
export function readWrittenOpenalexId(fm: Record<string, unknown>, url: string | null): string | null {
	const named = firstText(fm, "openalex", "openalex_id", "openalexId", "OpenAlex") ?? firstText(asRecord(fm.ids) ?? {}, "openalex");
	if (named !== null) return openAlexWorkId(named);
	for (const v of [typeof fm.id === "string" ? fm.id : null, url]) {
		if (v !== null && /openalex\.org\//i.test(v)) return openAlexWorkId(v.replace(/[?#].*$/, "").replace(/\/$/, ""));
	}
	return null;
}

export const PMID_FIELDS = ["pmid", "PMID", "pubmed_id", "pubmedId", "PubMedID"];

/**
 * The PubMed id (PMID) the note gives, digits only: a `pmid` field (MEDLINE's `PMID`, Europe PMC's
 * `pmid`), an OpenAlex record's `ids.pmid`, Semantic Scholar's `externalIds.PubMed`, Zotero's Extra
 * ("PMID: 31234567") or a pubmed.ncbi.nlm.nih.gov link; null when it has none.
 */
export function readPubmedId(fm: Record<string, unknown>, url: string | null, extra: ExtraFields): string | null {
	const named = firstText(fm, ...PMID_FIELDS) ?? firstText(asRecord(fm.ids) ?? {}, "pmid") ?? externalId(fm, "PubMed") ?? extra.get("pmid") ?? null;
	for (const v of [named, url]) {
		const m = v === null ? null : /^\s*(?:pmid:\s*|https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/)?(\d{1,9})\/?\s*$/i.exec(v);
		if (m && (v === named || /pubmed/i.test(v ?? ""))) return String(Number(m[1]));
	}
	return null;
}

const PUBLISHER_DOI_PATH = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?doi\/(?:(?:abs|full|pdf|epdf|epub|reader|book|pdfdirect)\/)?(10\.\d{4,9}\/[^?#\s]+)/i;
/** Springer's pages name the DOI after the kind of item: ".../article/10.1007/s00…", ".../chapter/10.1007/978-…", ".../content/pdf/10.1007/….pdf". */
const SPRINGER_DOI_PATH = /^https?:\/\/link\.springer\.com\/(?:article|chapter|book|referenceworkentry|protocol|content\/pdf)\/(10\.\d{4,9}\/[^?#\s]+?)(?:\.pdf)?(?:[?#]|$)/i;
/** A view of the page after the DOI in an older address (Wiley's ".../doi/10.1111/j.….x/abstract"): no part of the DOI. */
const PAGE_VIEW = /\/(?:abstract|full|pdf|epdf|summary|references|fulltext|citedby)$/i;

/** The DOI a publisher's page address names in its path, or null. */
export function publisherDoi(link: string): string | null {
	const m = PUBLISHER_DOI_PATH.exec(link) ?? SPRINGER_DOI_PATH.exec(link);
	return m ? normalizeDoi(m[1].replace(PAGE_VIEW, "")) : null;
}

/**
 * The DOI a note's fields give: `doi`/`DOI`, Semantic Scholar's `externalIds`, a DOI among its
 * `identifier`s, or a "DOI: …" line in
 * Zotero's Extra field, where Zotero keeps it for item types without a DOI field
 * (rules/zotero-extra-identifiers); the Extra field is read only when the others give none. Links
 * come after, in readReference.
 */
export function fieldDoi(fm: Record<string, unknown>, extra?: ExtraFields): string | null {
	return normalizeDoi(firstText(fm, "doi", "DOI")) ?? normalizeDoi(externalId(fm, "DOI")) ?? identifierDoi(fm) ?? normalizeDoi((extra ?? readExtra(fm)).get("doi") ?? null);
}

/** A DOI among a note's identifiers (`identifier: ["NCT04123456", "doi:10.…"]`), beside a trial's or a book's ids. */
function identifierDoi(fm: Record<string, unknown>): string | null {
	const v = fm.identifier ?? fm.identifiers;
	if (v === undefined || v === null) return null;
	for (const x of Array.isArray(v) ? v : [v]) {
		if (typeof x === "string" && /^\s*(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//i.test(x)) return normalizeDoi(x);
	}
	return null;
}

/** Semantic Scholar's `externalIds: {DOI, ArXiv, …}`, as its exports keep them. */

export function externalId(fm: Record<string, unknown>, key: string): string | null {
	const ids = asRecord(fm.externalIds ?? fm.external_ids);
	return ids ? firstText(ids, key, key.toLowerCase()) : null;
}
