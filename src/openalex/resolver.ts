// Reference → OpenAlex work, with as few requests and credits as possible, never a wrong paper.
// Order per reference: DOI, arXiv DOI, the note's OpenAlex id, previous paper_id, then title candidates (free
// autocomplete, fetched in one batched `filter=openalex:` call), then a title search (10 credits)
// only when nothing convincing turned up, then, for what is still not found, the title's leading
// words (free autocomplete) and its steady words (a title search) (rules/title-search-words).
// Many references share each request.
import type { OpenAlexClient } from "./client";
import type { Finish, Pending, Resolution, ResolveItem, ResolveOptions, StageContext } from "./resolution";
import { toOpenAlexError, WorkLookup } from "./work-lookup";
import { resolveByIdentifiers, resolveByStoredPaperId } from "./resolve-by-identifier";
import { resolveByTitle } from "./resolve-by-title";

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
