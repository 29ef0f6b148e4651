// After a work is found: its full author list when the search gave a truncated one, the year of
// its twin when it is a stub, the published version of a preprint the reference cites as
// published; then each reference is reported.
import { isShortTitle } from "../core/rules/short-title-search";
import { isDepositRecord } from "../core/rules/software-releases";
import { toRemoteWork } from "./work";
import { OpenAlexError } from "./errors";
import { normalizeTitle } from "../core/normalize";
import type { OtherVersion, RemoteWork } from "../core/types";
import type { Finish, Found, ResolvedVia } from "./resolution";
import { AUTOCOMPLETE_CANDIDATES, candidateWorks, searchText, settled, toOpenAlexError, WorkLookup } from "./work-lookup";
import { authorsOverlap, citesPreprint, citesPublished, datedAfter, isPreprintOnly, onlyTwin, publishedLocationOf } from "./candidate-choice";

/** Published-version handling, then report each found reference. */
export async function settleFound(all: Found[], lookup: WorkLookup, finish: Finish): Promise<void> {
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
		// a data or software deposit under the paper's title is not its preprint (rules/software-releases)
		if (published && !isDepositRecord(f.work) && (citesPublished(f.p.ref) || (!citesPreprint(f.p.ref) && datedAfter(f.p.ref, f.work) && String(published.year) === f.p.ref.year))) {
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
