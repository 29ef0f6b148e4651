// A reference's numbers — volume, issue, pages, article number — as the importers write them:
// BibTeX and biblatex (`volume`, `number` of an article, `pages`, `eid`), Zotero (`volume`, `issue`,
// `pages`, `articleNumber`), CSL-JSON (`volume`, `issue`, `page`, `number` of an article), RIS (VL,
// IS, SP, EP), Web of Science (VL, IS, BP, EP, AR), MEDLINE (VI, IP, PG), EndNote (%V, %N, %P),
// Semantic Scholar (`journal: {volume, pages}`), web pages' meta tags (`citation_volume`,
// `citation_firstpage`…), CSL's `page-first`, index records as notes (OpenAlex's `biblio`, Europe
// PMC's `journalVolume` and `pageInfo`, INSPIRE's `publication_info`, Crossref's `article-number`),
// and the tails of a reference line: "12(3):45–67" in the volume, Vancouver's "J Clin Oncol.
// 2020;38(15):1234-41" or IEEE's "…, vol. 4, no. 2, pp. 1234–1241" in the venue. Compared with the
// record's `biblio` by rules/volume-and-pages.
import { asRecord } from "../lib/guards";
import { firstText } from "./field-values";
import type { CitationNumbers } from "./types";

const VOLUME_KEYS = ["volume", "journalVolume", "journal_volume", "VL", "VI", "%V", "citation_volume", "prism.volume", "prism:volume"];
const ISSUE_KEYS = ["issue", "journalIssue", "journal_issue", "IS", "IP", "%N", "citation_issue", "prism.number", "prism:number"];
const PAGES_KEYS = ["pages", "page", "pageInfo", "PG", "%P", "pagination"];
const FIRST_PAGE_KEYS = ["page-first", "firstPage", "first_page", "firstpage", "startPage", "start_page", "page_start", "citation_firstpage", "prism.startingpage", "prism:startingPage", "SP", "BP"];
const LAST_PAGE_KEYS = ["lastPage", "last_page", "lastpage", "endPage", "end_page", "page_end", "citation_lastpage", "prism.endingpage", "prism:endingPage", "EP"];
const ARTICLE_NUMBER_KEYS = ["articleNumber", "article-number", "article_number", "articlenumber", "eid", "elocation-id", "elocationId", "elocation_id", "AR", "artid", "citation_article_number"];

/** Entry types whose `number` is the issue (BibTeX's article, Zotero's and CSL's journal articles). */
const ARTICLE_TYPES = /^(?:article|article-journal|article-magazine|journalarticle|journal-article)$/i;

/** Longest value read as a number: a page range or a volume is short. */
const MAX_NUMBER_TEXT = 40;

/** "12(3):45–67", "12 (3), 45-67", "12(3)": a volume with its issue and perhaps its pages. */
const VOLUME_ISSUE_PAGES = /^(\w{1,12})\s?\((\w[\w /–-]{0,15})\)(?:\s?[:,]\s?(\w{1,10}(?:\s?[-–—]{1,2}\s?\w{1,10})?))?\.?$/;

/** Vancouver's tail after the year: ";38(15_suppl):e13521", ";393(10174):899-909", ";12:45-67". */
const VANCOUVER_TAIL = /^(\w{1,12})(?:\s?\(([\w /–-]{1,20})\))?(?::\s?(\w{1,10}(?:\s?[-–—]{1,2}\s?\w{1,10})?))?\.?(?:\s|$)/;

/** IEEE's parts of a reference line: "vol. 4", "no. 2", "pp. 1234–1241", "p. 17", "art. no. 104512". */
const IEEE_PART = /^(vol|no|pp?|art\.? no|article no)\.?\s?(\w{1,12}(?:\s?[-–—]{1,2}\s?\w{1,12})?)$/i;

function text(sources: Array<Record<string, unknown>>, keys: string[]): string | null {
	for (const source of sources) {
		const v = firstText(source, ...keys);
		if (v !== null) return v.length > MAX_NUMBER_TEXT ? null : v;
	}
	return null;
}

/**
 * Where a note keeps its numbers: its own fields, then the objects index records nest them in —
 * OpenAlex's `biblio`, Semantic Scholar's `journal`, Europe PMC's `journalInfo`, INSPIRE's first
 * `publication_info`.
 */
function sourcesOf(fm: Record<string, unknown>): Array<Record<string, unknown>> {
	const info: unknown = Array.isArray(fm.publication_info) ? (fm.publication_info as unknown[])[0] : fm.publication_info;
	return [fm, ...[fm.biblio, fm.journal, fm.journalInfo, info].map(asRecord).filter((o): o is Record<string, unknown> => o !== null)];
}

/** "1234--56", "pp. 12-9", "S12–S18", "e0123456", "xi–xxiv" → first and last as written. */
function splitPages(pages: string): { first: string; last?: string } | null {
	// "pp. 12-9", "p 17", Elsevier's "Article 104512", "art. no. 104512"
	const s = pages.trim().replace(/^(?:pp?(?:\.\s?|\s)|art(?:icle|\.)?\s?(?:no\.?\s?|number\s)?)/i, "");
	const m = /^(\w{1,12})(?:\s?(?:-{1,2}|–|—|to)\s?(\w{1,12}))?\.?$/.exec(s);
	if (!m) return null;
	return m[2] ? { first: m[1], last: m[2] } : { first: m[1] };
}

function putPages(out: CitationNumbers, pages: string | null | undefined): void {
	if (!pages || out.firstPage !== undefined) return;
	const p = splitPages(pages);
	if (!p) return;
	out.firstPage = p.first;
	if (p.last !== undefined) out.lastPage = p.last;
}

/** The volume, issue and pages a Vancouver or IEEE reference line gives after the venue's name; null when it gives none. */
function numbersInVenue(venue: string | null): CitationNumbers | null {
	if (venue === null || venue.length > 400) return null;
	const semi = venue.indexOf(";");
	if (semi > 0 && /(?:19|20)\d{2}/.test(venue.slice(0, semi))) {
		const m = VANCOUVER_TAIL.exec(venue.slice(semi + 1).trim());
		if (m && /\d/.test(m[1])) {
			const out: CitationNumbers = { volume: m[1] };
			if (m[2]) out.issue = m[2];
			putPages(out, m[3]);
			return out;
		}
	}
	if (!venue.includes(",")) return null;
	const out: CitationNumbers = {};
	for (const part of venue.split(",")) {
		const m = IEEE_PART.exec(part.trim());
		if (!m) continue;
		const kind = m[1].toLowerCase();
		if (kind === "vol") out.volume ??= m[2];
		else if (kind === "no") out.issue ??= m[2];
		else if (kind === "p" || kind === "pp") putPages(out, m[2]);
		else out.articleNumber ??= m[2];
	}
	return Object.keys(out).length > 0 ? out : null;
}

/**
 * The numbers a note gives; null when it gives none. `entryType` tells whether `number` is the
 * issue (an article's) or something else (a report's number, a chapter's); `venue` is the venue
 * as written, whose reference-line tail may hold them.
 */
export function readNumbers(fm: Record<string, unknown>, entryType: string | null, venue: string | null): CitationNumbers | null {
	const out: CitationNumbers = {};
	const sources = sourcesOf(fm);
	const volume = text(sources, VOLUME_KEYS);
	if (volume !== null) {
		const combined = VOLUME_ISSUE_PAGES.exec(volume);
		if (combined) {
			out.volume = combined[1];
			out.issue = combined[2];
			putPages(out, combined[3]);
		} else out.volume = volume;
	}
	const issue = text(sources, ISSUE_KEYS) ?? (entryType !== null && ARTICLE_TYPES.test(entryType) && fm.type !== "article-journal" ? text([fm], ["number"]) : null);
	if (issue !== null && out.issue === undefined) out.issue = issue;
	// CSL's `number` of an article is its article number (Zotero writes `articleNumber` there)
	const articleNumber = text(sources, ARTICLE_NUMBER_KEYS) ?? (fm.type === "article-journal" ? text([fm], ["number"]) : null);
	if (articleNumber !== null) out.articleNumber = articleNumber;
	putPages(out, text(sources, PAGES_KEYS));
	if (out.firstPage === undefined) {
		const first = text(sources, FIRST_PAGE_KEYS);
		const last = text(sources, LAST_PAGE_KEYS);
		// RIS exports often put the whole range in SP ("2043-54")
		const range = first === null ? null : splitPages(first);
		if (range !== null && range.last !== undefined) putPages(out, first);
		else if (range !== null) {
			out.firstPage = range.first;
			if (last !== null && /^\w{1,12}$/.test(last)) out.lastPage = last;
		}
	}
	if (out.volume === undefined && out.firstPage === undefined && out.articleNumber === undefined) {
		const inVenue = numbersInVenue(venue);
		if (inVenue) {
			const own = { ...out };
			Object.assign(out, inVenue, own);
		}
	}
	return Object.keys(out).length > 0 ? out : null;
}
