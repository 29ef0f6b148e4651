// Resolve stage 3: by title, for what no identifier settled: free autocomplete candidates fetched in
// one batched call, a title search (10 credits) only when nothing convincing turned up, then the
// title's leading and steady words (rules/title-search-words).
import { parallelTitles } from "../core/rules/translated-titles";
import { withoutTitleLabel } from "../core/rules/title-labels";
import { foldedTitle, formulaTitle, leadingWords, steadyWords, wordsButSome } from "../core/rules/title-search-words";
import { crowdedTitle } from "../core/rules/crowded-title-search";
import { isShortTitle, searchYears, SHORT_TITLE_CANDIDATES } from "../core/rules/short-title-search";
import { toRemoteWork } from "./work";
import { normalizeTitle } from "../core/normalize";
import { titleSimilarity } from "../core/match";
import type { RemoteWork } from "../core/types";
import type { Found, Pending, StageContext, Unresolved } from "./resolution";
import { AUTOCOMPLETE_CANDIDATES, candidateWorks, searchText, settled } from "./work-lookup";
import { bestCandidate } from "./candidate-choice";
import { settleFound } from "./settle-found";

/** Title search results to score. */
const SEARCH_CANDIDATES = 5;

/**
 * Stages 3 and 4: title candidates from the free autocomplete, fetched together in list calls,
 * then a title search (10 credits) only for what the free route did not settle. Every candidate
 * is scored (scoreCandidate); none convincing → not_found.
 */
export async function resolveByTitle(all: Pending[], ctx: StageContext): Promise<void> {
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
