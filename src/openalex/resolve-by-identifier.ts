// Resolve stages 1 and 2: the identifiers a note gives (DOI with its versioned, percent-encoded and
// later-version forms, arXiv DOI, OpenAlex id, PubMed id), then the paper_id a previous check stored.
import { toRemoteWork } from "./work";
import type { WorkJson } from "./work-json";
import { openAlexWorkId as shortWorkId } from "../lib/ids";
import { doiChapterBook, doiComponentOf, doiPageTailBase, doiPercentEncoded, doiVersionBase, earlierVersionDois, laterVersionDois, normalizeDoi } from "../core/normalize";
import { chapterOfBook, scoreCandidate } from "../core/match";
import type { Reference, RemoteWork } from "../core/types";
import type { Found, Pending, StageContext } from "./resolution";
import { settled, WorkLookup } from "./work-lookup";
import { settleFound } from "./settle-found";

/**
 * Stage 1: identifiers the user wrote (DOI, then arXiv DOI). DOIs and the arXiv DOIs of
 * references without a DOI share the same batches. Returns the references still unresolved.
 */
export async function resolveByIdentifiers(all: Pending[], ctx: StageContext): Promise<Pending[]> {
	const { lookup } = ctx;
	let pending = all;
	await settled(lookup.prefetchDois(pending.map((p) => p.ref.doi ?? identifierDoi(p.ref, "arxiv")).filter((d): d is string => !!d)));
	for (const stage of ["doi", "arxiv"] as const) {
		const withId = pending.filter((p) => identifierDoi(p.ref, stage));
		if (withId.length === 0) continue;
		await settled(lookup.prefetchDois(withId.map((p) => identifierDoi(p.ref, stage) as string)));
		const found: Found[] = [];
		const missing = new Set<Pending>();
		await Promise.all(
			withId.map(async (p) => {
				const doi = identifierDoi(p.ref, stage) as string;
				try {
					const json = (await lookup.byDoi(doi)) ?? (stage === "doi" ? await percentEncodedDoiWork(p, doi, lookup) : null);
					const versioned = json || stage !== "doi" ? null : await versionedDoiWork(p.ref, doi, lookup);
					const named = json ? toRemoteWork(json) : null;
					const later = named && stage === "doi" ? await otherVersionWork(p.ref, doi, named, lookup) : null;
					if (later && named) p.notes.push(`compared with ${later.doi ?? later.id}, the update of the note's year (the note's DOI ${doi} names ${Number(later.year) > Number(named.year) ? "an earlier" : "a later"} version)`);
					if (named) found.push({ p, work: later ?? mergedUnder(named, doi), via: stage });
					else if (versioned) found.push({ p, work: versioned, via: stage });
					else {
						p.notes.push(stage === "doi" ? `doi ${doi} is not in OpenAlex` : `arXiv ${p.ref.arxivId ?? ""} is not in OpenAlex`);
						missing.add(p);
					}
				} catch (e) {
					await ctx.fail(p, e);
				}
			}),
		);
		await settleFound(found, lookup, ctx.finish);
		pending = pending.filter((p) => !withId.includes(p) || missing.has(p));
	}
	return resolveByPubmedId(await resolveByWrittenOpenalexId(pending, ctx), ctx);
}

/**
 * The OpenAlex id the note gives (`openalex: W…`, `ids.openalex`, an openalex.org link), looked up
 * like a DOI when no DOI or arXiv id found the work: a free singleton (batched when many), a merged
 * id following its 301. The user's identifier, so the work is compared, not tested as a candidate:
 * an id naming another paper is said so (rules/doi-different). Unknown ids go on to the title.
 */
async function resolveByWrittenOpenalexId(pending: Pending[], ctx: StageContext): Promise<Pending[]> {
	const { lookup } = ctx;
	const withId = pending.filter((p) => p.ref.writtenOpenalexId !== undefined);
	if (withId.length === 0) return pending;
	await settled(lookup.prefetchIds(withId.map((p) => p.ref.writtenOpenalexId as string)));
	const found: Found[] = [];
	const missing = new Set<Pending>();
	await Promise.all(
		withId.map(async (p) => {
			const id = p.ref.writtenOpenalexId as string;
			try {
				const json = await lookup.byId(id);
				if (json) {
					const work = toRemoteWork(json);
					const merged = shortWorkId(work.id) !== id;
					if (merged) p.notes.push(`the note's OpenAlex id ${id} was merged into ${shortWorkId(work.id) ?? work.id}`);
					found.push({ p, work: merged ? { ...work, mergedIds: [id] } : work, via: "openalex" });
				} else {
					p.notes.push(`OpenAlex id ${id} is not in OpenAlex`);
					missing.add(p);
				}
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	await settleFound(found, lookup, ctx.finish);
	return pending.filter((p) => !withId.includes(p) || missing.has(p));
}

/**
 * The PubMed id the note gives (`pmid`, `ids.pmid`, a pubmed link), looked up when no DOI, arXiv id
 * or OpenAlex id found the work: a free singleton `/works/pmid:…` (medicine's older papers often
 * have a PMID and no DOI in the note). The user's identifier, compared like a DOI
 * (rules/pubmed-ids); an unknown PMID goes on to the title.
 */
async function resolveByPubmedId(pending: Pending[], ctx: StageContext): Promise<Pending[]> {
	const withId = pending.filter((p) => p.ref.pubmedId !== undefined);
	if (withId.length === 0) return pending;
	const found: Found[] = [];
	const missing = new Set<Pending>();
	await Promise.all(
		withId.map(async (p) => {
			const pmid = p.ref.pubmedId as string;
			try {
				const json = await ctx.lookup.byPmid(pmid);
				if (json) found.push({ p, work: toRemoteWork(json), via: "pmid" });
				else {
					p.notes.push(`PubMed id ${pmid} is not in OpenAlex`);
					missing.add(p);
				}
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	await settleFound(found, ctx.lookup, ctx.finish);
	return pending.filter((p) => !withId.includes(p) || missing.has(p));
}

/**
 * rules/doi-forms: a DOI with a version suffix (eLife ".2", figshare ".v3", bioRxiv "v2"), a
 * component's (a figure's ".g002", a table's "/table-1") or a web page's tail ("/full",
 * "/abstract") that OpenAlex does not hold is looked up
 * as the DOI it is a version or part of (a free singleton instead of
 * a title search). That work is not what the note names, so, like a stored paper_id, it must
 * pass the candidate test: another paper's DOI that merely looks versioned goes on to the title.
 */
async function versionedDoiWork(ref: Reference, doi: string, lookup: WorkLookup): Promise<RemoteWork | null> {
	const book = doiChapterBook(doi);
	const base = doiVersionBase(doi) ?? doiComponentOf(doi)?.base ?? doiPageTailBase(doi) ?? book;
	const json = base ? await lookup.byDoi(base) : null;
	const work = json ? toRemoteWork(json) : null;
	// a chapter's DOI OpenAlex lacks: its book's record, when it is the book the note names (rules/chapter-in-book)
	return work && (scoreCandidate(ref, work).accept || (base === book && chapterOfBook(ref, work))) ? work : null;
}

/**
 * rules/doi-forms: a DOI holding characters a link percent-encodes (a SICI DOI's "<" and ">") that
 * OpenAlex does not hold as written is looked up as some records keep it, so encoded (a free
 * singleton). The note's own DOI, only spelled otherwise: compared as found by it.
 */
async function percentEncodedDoiWork(p: Pending, doi: string, lookup: WorkLookup): Promise<WorkJson | null> {
	const encoded = doiPercentEncoded(doi);
	const json = encoded ? await lookup.byDoi(encoded) : null;
	if (json) p.notes.push(`doi ${doi} is held percent-encoded (${encoded})`);
	return json;
}

/**
 * A work the singleton of a DOI answered with although it carries another DOI: OpenAlex merged the
 * DOI's record into it (a preprint's into its journal version, REFERENCE). Said on the work, so the
 * comparison takes the note's DOI for this work's (rules/doi-forms); any other field still tells
 * whether it is the note's paper.
 */
function mergedUnder(work: RemoteWork, doi: string): RemoteWork {
	const asked = normalizeDoi(doi);
	return asked !== null && work.doi !== null && work.doi !== asked && normalizeDoi(work.doi) !== asked ? { ...work, mergedDois: [asked] } : work;
}

/**
 * rules/doi-forms: a living review's DOI gains ".pub2", ".pub3"… per update, each a record of its
 * own with the update's year. A note dated after the version its DOI names may cite a later update
 * (the DOI copied from an older page), one dated before it an earlier version (the DOI copied from
 * the review's current page): the next two updates' DOIs, or the two versions before, are looked up
 * (free singletons), and the one of the note's year that passes the candidate test is the one compared.
 */
async function otherVersionWork(ref: Reference, doi: string, work: RemoteWork, lookup: WorkLookup): Promise<RemoteWork | null> {
	if (ref.year === null || work.year === null || Number(ref.year) === work.year) return null;
	// a note dated before the update its DOI names may cite an earlier version (the DOI copied from the current page)
	for (const d of Number(ref.year) > work.year ? laterVersionDois(doi) : earlierVersionDois(doi)) {
		const json = await lookup.byDoi(d);
		const later = json ? toRemoteWork(json) : null;
		if (later && String(later.year) === ref.year && scoreCandidate(ref, later).accept) return later;
	}
	return null;
}

/**
 * Stage 2: an OpenAlex id from a previous check_log. It is an earlier search answer (maybe an
 * older checker's wrong match), not the user's identifier: it must pass the same candidate
 * test as a search result, else it is dropped and the title is searched again.
 */
export async function resolveByStoredPaperId(pending: Pending[], ctx: StageContext): Promise<Pending[]> {
	const { lookup } = ctx;
	const withPaperId = pending.filter((p) => p.ref.openalexId && shortWorkId(p.ref.openalexId));
	if (withPaperId.length === 0) return pending;
	await settled(lookup.prefetchIds(withPaperId.map((p) => p.ref.openalexId as string)));
	const found: Found[] = [];
	const dropped = new Set<Pending>();
	await Promise.all(
		withPaperId.map(async (p) => {
			try {
				const json = await lookup.byId(p.ref.openalexId as string);
				const work = json ? toRemoteWork(json) : null;
				if (work && scoreCandidate(p.ref, work).accept) found.push({ p, work, via: "paper_id" });
				else dropped.add(p);
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	await settleFound(found, lookup, ctx.finish);
	return pending.filter((p) => !withPaperId.includes(p) || dropped.has(p));
}

/** The DOI to look up for a stage: the reference's DOI, or its arXiv DOI. */
function identifierDoi(ref: Reference, stage: "doi" | "arxiv"): string | null {
	if (stage === "doi") return ref.doi;
	return ref.arxivId && ref.doi !== arxivDoi(ref.arxivId) ? arxivDoi(ref.arxivId) : null;
}

/** arXiv papers carry DataCite DOIs 10.48550/arxiv.<id> (unversioned, old ids keep their slash). */
function arxivDoi(arxivId: string): string {
	return `10.48550/arxiv.${arxivId.toLowerCase()}`;
}
