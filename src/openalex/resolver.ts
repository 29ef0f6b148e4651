// Reference → OpenAlex work, with as few requests and credits as possible, never a wrong paper.
// Order per reference: DOI, arXiv DOI, the note's OpenAlex id, previous paper_id, then title candidates (free
// autocomplete, fetched in one batched `filter=openalex:` call), then a title search (10 credits)
// only when nothing convincing turned up, then, for what is still not found, the title's leading
// words (free autocomplete) and its steady words (a title search) (rules/title-search-words).
// Many references share each request.
import type { OtherVersion, Reference, RemoteWork } from "../core/types";
import { chapterOfBook, scoreCandidate, titleSimilarity } from "../core/match";
import { doiChapterBook, doiComponentOf, doiPageTailBase, doiPercentEncoded, doiVersionBase, isPreprintVenue, laterVersionDois, latexToUnicode, nameKey, normalizeDoi, normalizeTitle } from "../core/normalize";
import type { OpenAlexClient } from "./client";
import { OpenAlexError } from "./errors";
import { openAlexWorkId as shortWorkId } from "../lib/ids";
import type { WorkJson } from "./work-json";
import { toRemoteWork } from "./work";
import { isShortTitle, searchYears, SHORT_TITLE_CANDIDATES } from "../core/rules/short-title-search";
import { crowdedTitle } from "../core/rules/crowded-title-search";
import { foldedTitle, formulaTitle, leadingWords, steadyWords, wordsButSome } from "../core/rules/title-search-words";
import { withoutTitleLabel } from "../core/rules/title-labels";
import { parallelTitles } from "../core/rules/translated-titles";
import { relateVenues } from "../core/venues";

/** OpenAlex accepts 100 OR values per filter; older docs say 50. */
export const MAX_FILTER_VALUES = 50;
/** Keep the filter well under the ~4,000-byte URL budget. */
const MAX_FILTER_CHARS = 3000;
/** Up to this many lookups go as free singletons instead of one 1-credit list call. */
const SINGLETON_LIMIT = 2;
/** Autocomplete hits worth fetching per reference. */
const AUTOCOMPLETE_CANDIDATES = 4;
/** Title search results to score. */
const SEARCH_CANDIDATES = 5;

export type ResolvedVia = "doi" | "arxiv" | "openalex" | "pmid" | "paper_id" | "autocomplete" | "search";

export type Resolution =
	| {
			kind: "found";
			/** The work to compare the reference against (the published version when the reference cites it). */
			work: RemoteWork;
			/** How it was found. A DOI or arXiv id may name another paper: the comparison tells (core/rules/doi-different.ts). */
			via: ResolvedVia;
			/** A preprint reference whose paper has since been published (for `published_version`). */
			publishedVersion: RemoteWork | null;
			/** The other version OpenAlex holds (the preprint of a published work compared, or the reverse). */
			otherVersion: OtherVersion | null;
			notes: string[];
	  }
	| { kind: "not_found"; message: string; notes: string[] }
	| { kind: "error"; error: OpenAlexError };

export interface ResolveItem {
	key: string;
	reference: Reference;
}

export interface ResolveOptions {
	signal?: AbortSignal;
	/** Called as soon as each reference is resolved (progress). */
	onResolved?: (key: string, resolution: Resolution) => void | Promise<void>;
}

interface Pending {
	key: string;
	ref: Reference;
	notes: string[];
}

/**
 * Resolve all references; every key gets exactly one Resolution. A failure (even a fatal one:
 * budget exhausted, key rejected, cancelled) makes the affected references errors, never
 * not_found; what was already fetched still resolves, and a stopped client fails the rest
 * without sending anything.
 */
export async function resolveReferences(items: ResolveItem[], client: OpenAlexClient, opts: ResolveOptions = {}): Promise<Map<string, Resolution>> {
	const out = new Map<string, Resolution>();
	const lookup = new WorkLookup(client, opts.signal);
	const finish: Finish = async (key, r) => {
		if (out.has(key)) return;
		out.set(key, r);
		await opts.onResolved?.(key, r);
	};
	await resolveStages(
		items.map((i) => ({ key: i.key, ref: i.reference, notes: [] })),
		lookup,
		finish,
	);
	return out;
}

type Finish = (key: string, r: Resolution) => Promise<void>;

/** What every stage shares: the lookup, how to report a reference, how to fail one. */
interface StageContext {
	lookup: WorkLookup;
	finish: Finish;
	fail: (p: Pending, e: unknown) => Promise<void>;
	failed: Set<Pending>;
}

/** The stages in order; each settles what it can and passes the rest on. */
async function resolveStages(all: Pending[], lookup: WorkLookup, finish: Finish): Promise<void> {
	const failed = new Set<Pending>();
	const ctx: StageContext = {
		lookup,
		finish,
		failed,
		fail: async (p, e) => {
			failed.add(p);
			await finish(p.key, { kind: "error", error: toOpenAlexError(e) });
		},
	};
	let pending = await resolveByIdentifiers(all, ctx);
	pending = await resolveByStoredPaperId(pending, ctx);
	await resolveByTitle(pending, ctx);
}

/**
 * Stage 1: identifiers the user wrote (DOI, then arXiv DOI). DOIs and the arXiv DOIs of
 * references without a DOI share the same batches. Returns the references still unresolved.
 */
async function resolveByIdentifiers(all: Pending[], ctx: StageContext): Promise<Pending[]> {
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
					const later = json && stage === "doi" ? await laterVersionWork(p.ref, doi, toRemoteWork(json), lookup) : null;
					if (later) p.notes.push(`compared with ${later.doi ?? later.id}, the update of the note's year (the note's DOI ${doi} names an earlier version)`);
					if (json) found.push({ p, work: later ?? mergedUnder(toRemoteWork(json), doi), via: stage });
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
 * (the DOI copied from an older page): the next two updates' DOIs are looked up (free singletons),
 * and the one of the note's year that passes the candidate test is the one compared.
 */
async function laterVersionWork(ref: Reference, doi: string, work: RemoteWork, lookup: WorkLookup): Promise<RemoteWork | null> {
	if (ref.year === null || work.year === null || Number(ref.year) <= work.year) return null;
	for (const d of laterVersionDois(doi)) {
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
async function resolveByStoredPaperId(pending: Pending[], ctx: StageContext): Promise<Pending[]> {
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

/**
 * Stages 3 and 4: title candidates from the free autocomplete, fetched together in list calls,
 * then a title search (10 credits) only for what the free route did not settle. Every candidate
 * is scored (scoreCandidate); none convincing → not_found.
 */
async function resolveByTitle(all: Pending[], ctx: StageContext): Promise<void> {
	const { lookup, finish } = ctx;
	for (const p of all) {
		if (normalizeTitle(p.ref.title) === "") await finish(p.key, { kind: "not_found", message: "no identifier and no title to search", notes: p.notes });
	}
	let pending = all.filter((p) => normalizeTitle(p.ref.title) !== "");
	if (pending.length === 0) return;

	const candidateIds = await autocompleteCandidates(pending, ctx);
	pending = pending.filter((p) => !ctx.failed.has(p));
	await settled(lookup.prefetchIds(pending.flatMap((p) => candidateIds.get(p) ?? [])));

	const found: Found[] = [];
	const toSearch: Pending[] = [];
	const unresolved: Unresolved[] = [];
	await Promise.all(
		pending.map(async (p) => {
			try {
				const best = bestCandidate(p.ref, await candidateWorks(candidateIds.get(p), lookup));
				if (best.work) found.push({ p, work: best.work, via: "autocomplete" });
				else toSearch.push(p);
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);

	await Promise.all(
		toSearch.map(async (p) => {
			try {
				// rules/short-title-search: a short title is searched wider, within the note's years
				const short = isShortTitle(p.ref.title);
				const works = (
					await lookup.client.searchTitle(searchText(p.ref.title), short ? SHORT_TITLE_CANDIDATES : SEARCH_CANDIDATES, lookup.signal, short ? searchYears(p.ref.year, p.ref.otherYears) : [])
				).map(toRemoteWork);
				let best = bestCandidate(p.ref, works);
				// a title many works share: the first page may hold only the most cited of them (rules/crowded-title-search)
				if (!best.work && !short && crowdedTitle(p.ref, works, SEARCH_CANDIDATES)) {
					const within = await lookup.client.searchTitle(searchText(p.ref.title), SHORT_TITLE_CANDIDATES, lookup.signal, searchYears(p.ref.year, p.ref.otherYears));
					const there = bestCandidate(p.ref, within.map(toRemoteWork));
					if (there.work) best = there;
				}
				// a translated work is also looked up under its original-language title (rules/translated-titles)
				if (!best.work && p.ref.originalTitle) {
					const original = (await lookup.client.searchTitle(searchText(p.ref.originalTitle), SEARCH_CANDIDATES, lookup.signal, [])).map(toRemoteWork);
					const there = bestCandidate(p.ref, original);
					if (there.work) best = there;
				}
				// a title in two languages joined by " / " or " = " is indexed under one of them (rules/translated-titles)
				for (const part of best.work ? [] : (parallelTitles(p.ref.title) ?? [])) {
					const there = bestCandidate(p.ref, (await lookup.client.searchTitle(searchText(part), SEARCH_CANDIDATES, lookup.signal, [])).map(toRemoteWork));
					if (there.work) {
						best = there;
						break;
					}
				}
				// a review or a deposit cited with its label ("Review of <book>, by …", "Data from: …")
				// is indexed under the title inside it (rules/title-labels)
				const unlabelled = best.work ? null : withoutTitleLabel(p.ref.title);
				if (unlabelled) {
					const inside = bestCandidate(p.ref, (await lookup.client.searchTitle(searchText(unlabelled), SEARCH_CANDIDATES, lookup.signal, [])).map(toRemoteWork));
					if (inside.work) best = inside;
				}
				if (best.work) found.push({ p, work: best.work, via: "search" });
				else unresolved.push({ p, reason: best.reason });
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	found.push(...(await byTitleWords(unresolved, ctx)));
	await settleFound(found, lookup, finish);
}

/**
 * rules/title-search-words: the last tries for a title neither route found. OpenAlex's
 * autocomplete is a phrase prefix and its title search requires every word, so one word written
 * otherwise ("pretraining", "behaviour", a typo, "&"), a subtitle the record lacks or an added
 * "(Extended Abstract)" hides the paper from both. First its leading words are autocompleted
 * (free); for what is still unresolved, the words every source writes alike are searched (10
 * credits), then a title with letters outside A–Z by its folded spelling, and a plain-ASCII title
 * in another language by all but one or two of its words (one boolean search each). Only after a
 * failure, so a found reference never pays; hits are fetched in one batch and go through the same
 * candidate test (never a wrong paper).
 */
async function byTitleWords(unresolved: Unresolved[], ctx: StageContext): Promise<Found[]> {
	const found: Found[] = [];
	const rest: Unresolved[] = [];
	const ids = await autocompleteCandidates(
		unresolved.map((u) => u.p),
		ctx,
		(p) => leadingWords(searchText(p.ref.title)),
		// worth fetching: a title close to the note's, or the note's main title with another subtitle;
		// the closest first (a prefix's hits come by citations, not by likeness)
		(p, name) => titleSimilarity(p.ref.title, name) >= 0.6 || oneBeginsTheOther(p.ref.title, name),
		true,
	);
	await settled(ctx.lookup.prefetchIds([...ids.values()].flat()));
	await Promise.all(
		unresolved.map(async (u) => {
			if (ctx.failed.has(u.p)) return;
			try {
				const works = await candidateWorks(ids.get(u.p), ctx.lookup);
				const best = bestCandidate(u.p.ref, works);
				if (best.work) found.push({ p: u.p, work: best.work, via: "autocomplete" });
				// a close title the candidate test refused answers the question: no search on top
				else if (works.length) await notFound(u.p, u.reason ?? best.reason, ctx);
				else rest.push({ p: u.p, reason: u.reason });
			} catch (e) {
				await ctx.fail(u.p, e);
			}
		}),
	);
	await Promise.all(
		rest.map(async ({ p, reason }) => {
			try {
				const search = async (text: string | null): Promise<{ work: RemoteWork | null; reason: string | null }> =>
					text ? bestCandidate(p.ref, (await ctx.lookup.client.searchTitle(text, SEARCH_CANDIDATES, ctx.lookup.signal, [])).map(toRemoteWork)) : { work: null, reason: null };
				let best = await search(steadyWords(searchText(p.ref.title)));
				// a record that lost the title's diacritics, "ß" or "ı" is found by the folded spelling
				if (!best.work) {
					const folded = await search(foldedTitle(searchText(p.ref.title)));
					if (folded.work || !best.reason) best = folded;
				}
				// a formula or an isotope written with subscripts or superscripts, as one word ("N2O", "14C")
				if (!best.work) {
					const formula = formulaTitle(p.ref.title);
					const joined = formula ? await search(searchText(formula)) : null;
					if (joined && (joined.work || !best.reason)) best = joined;
				}
				// …and, last, by all but one of its words (one or two for a plain-ASCII title in another language
				// whose record kept its diacritics), within the note's years: a slip in a word the leading words needed
				const groups = best.work ? null : wordsButSome(searchText(p.ref.title));
				if (groups) {
					const years = searchYears(p.ref.year, p.ref.otherYears);
					const some = bestCandidate(p.ref, (await ctx.lookup.client.searchTitleAnyOf(groups, SEARCH_CANDIDATES, ctx.lookup.signal, years)).map(toRemoteWork));
					if (some.work || !best.reason) best = some;
				}
				if (best.work) {
					found.push({ p, work: best.work, via: "search" });
					return;
				}
				await notFound(p, reason ?? best.reason, ctx);
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	return found;
}

async function notFound(p: Pending, closest: string | null, ctx: StageContext): Promise<void> {
	const message = closest ? `no convincing match (closest: ${closest})` : "no work with this title in OpenAlex";
	await ctx.finish(p.key, { kind: "not_found", message, notes: p.notes });
}

/** One normalized title is the other followed by more words (a subtitle on one side only). */
function oneBeginsTheOther(a: string, b: string): boolean {
	const [x, y] = [normalizeTitle(a), normalizeTitle(b)];
	return !!x && !!y && (x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/**
 * Free autocomplete hits worth fetching, per reference: of the hits for `query(p)` (the whole
 * title unless told; none asked when it gives null), those `worth` keeps, in the autocomplete's
 * order or, with `closestFirst`, the most like the note's title first; at most AUTOCOMPLETE_CANDIDATES.
 */
async function autocompleteCandidates(
	pending: Pending[],
	ctx: StageContext,
	query: (p: Pending) => string | null = (p) => searchText(p.ref.title),
	worth: (p: Pending, name: string) => boolean = (p, name) => titleSimilarity(p.ref.title, name) >= 0.6,
	closestFirst = false,
): Promise<Map<Pending, string[]>> {
	const candidateIds = new Map<Pending, string[]>();
	await Promise.all(
		pending.map(async (p) => {
			const q = query(p);
			if (q === null) return;
			try {
				const hits = await ctx.lookup.client.autocomplete(q, ctx.lookup.signal);
				const named = hits.filter((h): h is typeof h & { display_name: string } => !!h.display_name && worth(p, h.display_name));
				if (closestFirst) named.sort((a, b) => titleSimilarity(p.ref.title, b.display_name) - titleSimilarity(p.ref.title, a.display_name));
				candidateIds.set(p, named.slice(0, AUTOCOMPLETE_CANDIDATES).map((h) => h.id));
			} catch (e) {
				await ctx.fail(p, e);
			}
		}),
	);
	return candidateIds;
}

/** The candidate works of a reference, each fetched (from the batch prefetched before). */
async function candidateWorks(ids: string[] | undefined, lookup: WorkLookup): Promise<RemoteWork[]> {
	const works: RemoteWork[] = [];
	for (const id of ids ?? []) {
		const json = await lookup.byId(id);
		if (json) works.push(toRemoteWork(json));
	}
	return works;
}

/** A reference neither title route found, with the reason its closest candidate was refused. */
interface Unresolved {
	p: Pending;
	reason: string | null;
}

interface Found {
	p: Pending;
	work: RemoteWork;
	via: ResolvedVia;
}

/** A failed prefetch is not final: the per-reference lookups retry (or fail fast) on their own. */
async function settled(p: Promise<void>): Promise<void> {
	try {
		await p;
	} catch {
		// see above
	}
}

/** Published-version handling, then report each found reference. */
async function settleFound(all: Found[], lookup: WorkLookup, finish: Finish): Promise<void> {
	const found = await withFullAuthorLists(await withYearOfTwin(all, lookup), lookup, finish);
	// Only a reference that names a venue (published or preprint), or dates itself after the
	// preprint (rules/working-papers), makes the lookup worth a request.
	const needVersion = found.filter((f) => isPreprintOnly(f.work) && (citesPublished(f.p.ref) || citesPreprint(f.p.ref) || datedAfter(f.p.ref, f.work)));
	const versions = await findPublishedVersions(needVersion.map((f) => f.work), lookup);
	for (const f of found) {
		const published = versions.get(f.work.id) ?? null;
		if (published instanceof OpenAlexError) {
			// A failed lookup must not read as "no published version": the reference is an error.
			await finish(f.p.key, { kind: "error", error: published });
			continue;
		}
		const notes = [...f.p.notes];
		let work = f.work;
		let publishedVersion: RemoteWork | null = null;
		let otherVersion: OtherVersion | null = null;
		if (published && (citesPublished(f.p.ref) || (!citesPreprint(f.p.ref) && datedAfter(f.p.ref, f.work) && String(published.year) === f.p.ref.year))) {
			work = published;
			otherVersion = { work: f.work, is: "preprint" };
			notes.push(`compared with the published version ${published.id} (OpenAlex also holds the preprint ${f.work.id})`);
		} else if (citesPreprint(f.p.ref)) {
			publishedVersion = published ?? publishedLocationOf(f.work);
			if (published) otherVersion = { work: published, is: "published version" };
		}
		await finish(f.p.key, { kind: "found", work, via: f.via, publishedVersion, otherVersion, notes });
	}
}

/**
 * A work a list answer brought back with its authorships cut at 100 (batched DOI and id lookups,
 * title search; singletons are never cut) is compared in full when the note names more authors
 * than the cut list: its free singleton is fetched, so an author after the 100th is checked like
 * any other. Every other note costs nothing more. A failed lookup makes the reference an error,
 * never a comparison against the cut list.
 */
async function withFullAuthorLists(found: Found[], lookup: WorkLookup, finish: Finish): Promise<Found[]> {
	const out: Found[] = [];
	await Promise.all(
		found.map(async (f) => {
			if (!f.work.authorsCutInList || f.p.ref.authors.length <= f.work.authors.length) {
				out.push(f);
				return;
			}
			try {
				const json = await lookup.client.getWork(f.work.id, lookup.signal, true);
				out.push(json ? { ...f, work: toRemoteWork(json) } : f);
			} catch (e) {
				await finish(f.p.key, { kind: "error", error: toOpenAlexError(e) });
			}
		}),
	);
	return out;
}

/** The best candidate that A's scorer accepts, or the reason the closest one was refused. */
function bestCandidate(ref: Reference, works: RemoteWork[]): { work: RemoteWork | null; reason: string | null } {
	let best: { work: RemoteWork; score: number } | null = null;
	let closest: { work: RemoteWork; score: number; reason: string } | null = null;
	const seen = new Set<string>();
	const accepted: RemoteWork[] = [];
	for (const w of works) {
		if (seen.has(w.id)) continue;
		seen.add(w.id);
		const s = scoreCandidate(ref, w);
		if (s.accept) accepted.push(w);
		if (s.accept && (!best || s.score > best.score || (s.score === best.score && closerTie(ref, w, best.work)))) best = { work: w, score: s.score };
		if (!closest || s.score > closest.score) closest = { work: w, score: s.score, reason: `"${w.title ?? w.id}": ${s.reason}` };
	}
	return { work: best ? fullerTwin(ref, best.work, accepted) : null, reason: best ? null : closest?.reason ?? null };
}

/**
 * rules/record-stub: OpenAlex may hold one paper twice, a record without a year beside the full
 * one. The stub's missing year scores as "nothing to compare", above a full record whose year
 * differs from the note's: the full record of the same title and authors is compared instead, so
 * the stub's gap does not hide a wrong year. Not a record in another venue than the note names
 * (a reprint in a collection years later): the stub may be the original the note cites.
 */
function fullerTwin(ref: Reference, best: RemoteWork, accepted: RemoteWork[]): RemoteWork {
	if (best.year !== null || !best.title) return best;
	return onlyTwin(ref, best, accepted) ?? best;
}

/**
 * The one record of the stub's title and authors, with a year, in the venue the note names; null
 * when there is none, or several (an "Editorial" its editor writes every year: which one the stub
 * is cannot be told), or the title is a short one many works share.
 */
function onlyTwin(ref: Reference, stub: RemoteWork, works: RemoteWork[]): RemoteWork | null {
	if (!stub.title || isShortTitle(stub.title)) return null;
	const title = normalizeTitle(stub.title);
	const twins = works.filter((w) => w.id !== stub.id && w.year !== null && w.title !== null && normalizeTitle(w.title) === title && sameAuthors(stub.authors, w.authors) && venueAgrees(ref, w));
	return twins.length === 1 ? twins[0] : null;
}

/** The note names a venue and the record's is it (or an alias): what makes a stub's twin the version the note cites. */
function venueAgrees(ref: Reference, w: RemoteWork): boolean {
	return ref.venue !== null && w.venue !== null && relateVenues(ref.venue, w.venue).kind !== "different";
}

const IDENTIFIER_ROUTES = new Set<ResolvedVia>(["doi", "arxiv", "openalex", "pmid"]);

/**
 * rules/record-stub: the record the note's identifier names has no year, while the note dates it.
 * OpenAlex may hold the paper twice, that stub and a full record without the identifier: the free
 * autocomplete of its title finds the twin (same title and authors, in the venue the note names),
 * whose year and venue fill the stub's gaps, so its missing year neither confirms the note's nor
 * hides a wrong one. A failed lookup leaves the stub as it is (compared as before).
 */
async function withYearOfTwin(found: Found[], lookup: WorkLookup): Promise<Found[]> {
	return Promise.all(
		found.map(async (f) => {
			const w = f.work;
			if (w.year !== null || f.p.ref.year === null || f.p.ref.venue === null || !w.title || isShortTitle(w.title) || !IDENTIFIER_ROUTES.has(f.via)) return f;
			const title = normalizeTitle(w.title);
			try {
				const hits = await lookup.client.autocomplete(searchText(w.title), lookup.signal);
				const ids = hits.filter((h) => h.id !== w.id && h.display_name && normalizeTitle(h.display_name) === title).map((h) => h.id).slice(0, AUTOCOMPLETE_CANDIDATES);
				await settled(lookup.prefetchIds(ids));
				const twin = onlyTwin(f.p.ref, w, await candidateWorks(ids, lookup));
				if (twin) {
					f.p.notes.push(`the record ${w.id} has no year; ${twin.id}, a record of the same title and authors in ${twin.venue ?? ""}, dates it ${twin.year}`);
					const locations = w.venue !== null ? w.locations : [...twin.locations, ...w.locations];
					return { ...f, work: { ...w, year: twin.year, publicationDate: twin.publicationDate, venue: w.venue ?? twin.venue, locations } };
				}
			} catch {
				// see above
			}
			return f;
		}),
	);
}

/** The same authors by family name, in any order (two records of one paper). */
function sameAuthors(a: string[], b: string[]): boolean {
	if (a.length === 0 || a.length !== b.length) return false;
	const families = new Set(b.map((n) => nameKey(n).family));
	return a.every((n) => families.has(nameKey(n).family));
}

/**
 * Of two candidates the scorer rates alike, is `w` the nearer to what the note cites? First the
 * nearer year; then the kind of record (rules/search-identity): a note's paper before a data or
 * software deposit, a thesis deposit or a preprint under the same title, unless the note cites
 * that kind itself. Without it the index's order decided (a deposit listed first was compared).
 */
function closerTie(ref: Reference, w: RemoteWork, best: RemoteWork): boolean {
	const years = yearGap(ref, w) - yearGap(ref, best);
	if (years !== 0) return years < 0;
	const kinds = kindGap(ref, w) - kindGap(ref, best);
	return kinds < 0 || (kinds === 0 && gaps(w) < gaps(best));
}

/** What a record lacks of year, venue and DOI: of two records of one paper alike otherwise, the fuller is compared (rules/record-stub). */
function gaps(w: RemoteWork): number {
	return (w.year === null ? 1 : 0) + (w.venue === null ? 1 : 0) + (w.doi === null ? 1 : 0);
}

const THESIS_ENTRY = /thesis|dissertation/;
const DATA_ENTRY = /^(dataset|data|software)$/;
/** OpenAlex types of deposits that may carry a paper's title. */
const DEPOSIT_TYPES = new Set(["dataset", "dissertation", "software"]);

/** 0 when the record is the kind the note cites, 1 when it is another kind of the same title. */
function kindGap(ref: Reference, work: RemoteWork): number {
	const entry = (ref.entryType ?? "").toLowerCase();
	const type = (work.type ?? "").toLowerCase();
	if (THESIS_ENTRY.test(entry)) return type === "dissertation" ? 0 : 1;
	if (DATA_ENTRY.test(entry)) return type === "dataset" || type === "software" ? 0 : 1;
	if (DEPOSIT_TYPES.has(type)) return 1;
	return isPreprintOnly(work) === citesPreprint(ref) ? 0 : 1;
}

/**
 * Years from the note's to the record's. The score counts a year off by one as agreeing (online
 * first, conference and journal years), so two records of one paper a year apart tie on it: the
 * one the note dates wins, not the one the index happened to list first.
 */
function yearGap(ref: Reference, work: RemoteWork): number {
	return ref.year === null || work.year === null ? Number.POSITIVE_INFINITY : Math.abs(Number(ref.year) - work.year);
}

/** The note's year is later than the record's: it may date the published version. */
function datedAfter(ref: Reference, work: RemoteWork): boolean {
	return ref.year !== null && work.year !== null && Number(ref.year) > work.year;
}

function citesPublished(ref: Reference): boolean {
	return !!ref.venue && !isPreprintVenue(ref.venue);
}

/** A reference to the preprint: a preprint-server venue, or an arXiv id and no venue. */
function citesPreprint(ref: Reference): boolean {
	return ref.venue ? isPreprintVenue(ref.venue) : !!ref.arxivId;
}

/** A work all of whose locations are preprint servers. */
function isPreprintOnly(work: RemoteWork): boolean {
	if (work.locations.length === 0) return work.type === "preprint";
	return work.locations.every((l) => l.isPreprint);
}

/** One work holding both the preprint and the published location: the latter as a version. */
function publishedLocationOf(work: RemoteWork): RemoteWork | null {
	const loc = work.locations.find((l) => !l.isPreprint && l.venue && (l.version === "publishedVersion" || l.sourceType === "journal" || l.sourceType === "conference"));
	if (!loc) return null;
	if (!work.locations.some((l) => l.isPreprint)) return null;
	return { ...work, venue: loc.venue, doi: work.doi && !/^10\.48550\//.test(work.doi) ? work.doi : null, locations: [loc] };
}

/**
 * For preprint-only works, the separate published work: same normalized title, overlapping
 * authors, a non-preprint location. Candidates from the free autocomplete, fetched in one batch.
 * Map from preprint work id to the published work, null (none) or the error that prevented the
 * lookup.
 */
async function findPublishedVersions(preprints: RemoteWork[], lookup: WorkLookup): Promise<Map<string, RemoteWork | null | OpenAlexError>> {
	const out = new Map<string, RemoteWork | null | OpenAlexError>();
	const unique = [...new Map(preprints.map((w) => [w.id, w])).values()];
	const hitIds = new Map<string, string[]>();
	await Promise.all(
		unique.map(async (w) => {
			if (!w.title) return;
			const title = normalizeTitle(w.title);
			try {
				const hits = await lookup.client.autocomplete(searchText(w.title), lookup.signal);
				hitIds.set(w.id, hits.filter((h) => h.id !== w.id && h.display_name && normalizeTitle(h.display_name) === title).map((h) => h.id).slice(0, AUTOCOMPLETE_CANDIDATES));
			} catch (e) {
				out.set(w.id, toOpenAlexError(e));
			}
		}),
	);
	await settled(lookup.prefetchIds([...hitIds.values()].flat()));
	await Promise.all(
		unique.map(async (w) => {
			if (out.has(w.id)) return;
			try {
				out.set(w.id, await publishedAmong(w, hitIds.get(w.id) ?? [], lookup));
			} catch (e) {
				out.set(w.id, toOpenAlexError(e));
			}
		}),
	);
	return out;
}

async function publishedAmong(preprint: RemoteWork, ids: string[], lookup: WorkLookup): Promise<RemoteWork | null> {
	for (const id of ids) {
		const json = await lookup.byId(id);
		if (!json) continue;
		const c = toRemoteWork(json);
		if (c.id === preprint.id || isPreprintOnly(c) || !c.title || normalizeTitle(c.title) !== normalizeTitle(preprint.title ?? "")) continue;
		if (authorsOverlap(preprint.authors, c.authors)) return c;
	}
	return null;
}

function authorsOverlap(a: string[], b: string[]): boolean {
	const families = new Set(a.map((n) => nameKey(n).family).filter((f) => f));
	if (families.size === 0) return false;
	const shared = b.filter((n) => families.has(nameKey(n).family)).length;
	return shared >= Math.min(2, families.size, b.length) && shared > 0;
}

/** The DOI to look up for a stage: the reference's DOI, or its arXiv DOI. */
function identifierDoi(ref: Reference, stage: "doi" | "arxiv"): string | null {
	if (stage === "doi") return ref.doi;
	return ref.arxivId && ref.doi !== arxivDoi(ref.arxivId) ? arxivDoi(ref.arxivId) : null;
}

/** arXiv papers carry DataCite DOIs 10.48550/arxiv.<id> (unversioned, old ids keep their slash). */
export function arxivDoi(arxivId: string): string {
	return `10.48550/arxiv.${arxivId.toLowerCase()}`;
}

/**
 * Title text for autocomplete/search: LaTeX as the letters it stands for ("Stabilit{\\"a}t" is
 * searched as "Stabilität", which the index holds, not as the broken words "Stabilit a t"), no
 * HTML tags, no filter syntax characters.
 */
function searchText(title: string): string {
	return latexToUnicode(title).replace(/<\/?[a-z][^>]*>/gi, " ").replace(/[,|{}\\]/g, " ").replace(/\s+/g, " ").trim();
}

function toOpenAlexError(e: unknown): OpenAlexError {
	if (e instanceof OpenAlexError) return e;
	return new OpenAlexError("invalid_response", e instanceof Error ? e.message : String(e));
}


/**
 * Works by DOI and by id through the client's per-run cache: many lookups share batched list
 * calls (≤ 50 values), a few go as free singletons, and DOIs a batch silently dropped are
 * retried singly (a preprint merged into its journal version is found that way).
 */
class WorkLookup {
	constructor(
		readonly client: OpenAlexClient,
		readonly signal: AbortSignal | undefined,
	) {}

	/** DOIs already sent in a batch: one the batch dropped is retried singly, not batched again. */
	private readonly batchedDois = new Set<string>();

	async prefetchDois(dois: string[]): Promise<void> {
		const todo = unique(dois).filter((d) => this.client.cachedByDoi(d) === undefined && !this.batchedDois.has(d) && !/[,|]/.test(d));
		if (todo.length <= SINGLETON_LIMIT) return;
		for (const d of todo) this.batchedDois.add(d);
		await Promise.all(chunks(todo).map((chunk) => this.client.listWorks("doi", chunk, this.signal)));
	}

	/**
	 * The work for a DOI; null when OpenAlex does not know it. OpenAlex holds some DOIs on two works,
	 * a stub without authors beside the full record, and its singleton may answer with the stub: a
	 * list call for that DOI (1 credit, only then) sees both, and the client keeps the fuller.
	 */
	async byDoi(doi: string): Promise<WorkJson | null> {
		const cached = this.client.cachedByDoi(doi);
		if (cached !== undefined) return cached;
		const one = await this.client.getWorkByDoi(doi, this.signal);
		if (!one || hasAuthors(one) || this.batchedDois.has(doi) || /[,|]/.test(doi)) return one;
		this.batchedDois.add(doi);
		await this.client.listWorks("doi", [doi], this.signal);
		return this.client.cachedByDoi(doi) ?? one;
	}

	async prefetchIds(ids: string[]): Promise<void> {
		const todo = unique(ids.map((i) => shortWorkId(i)).filter((i): i is string => !!i)).filter((i) => !this.client.cachedById(i));
		if (todo.length <= SINGLETON_LIMIT) return;
		await Promise.all(chunks(todo).map((chunk) => this.client.listWorks("openalex", chunk, this.signal)));
	}

	/** The work for a PubMed id (a free singleton); null when OpenAlex does not know it. */
	async byPmid(pmid: string): Promise<WorkJson | null> {
		return this.client.getWorkByPmid(pmid, this.signal);
	}

	/** The work for an OpenAlex id (a merged id follows its 301); null when gone. */
	async byId(id: string): Promise<WorkJson | null> {
		return this.client.cachedById(id) ?? this.client.getWork(id, this.signal);
	}
}

function hasAuthors(w: WorkJson): boolean {
	return Array.isArray(w.authorships) && w.authorships.length > 0;
}

function unique(xs: string[]): string[] {
	return [...new Set(xs)];
}

/** ≤ MAX_FILTER_VALUES values and ≤ MAX_FILTER_CHARS characters per chunk. */
function chunks(values: string[]): string[][] {
	const out: string[][] = [];
	let cur: string[] = [];
	let len = 0;
	for (const v of values) {
		const add = encodeURIComponent(v).length + 1;
		if (cur.length && (cur.length >= MAX_FILTER_VALUES || len + add > MAX_FILTER_CHARS)) {
			out.push(cur);
			cur = [];
			len = 0;
		}
		cur.push(v);
		len += add;
	}
	if (cur.length) out.push(cur);
	return out;
}
