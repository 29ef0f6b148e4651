// The per-run cache of one client: answers by URL (so no request is ever repeated in a run) and
// works by id and by DOI (so a work one call brought back needs no singleton later). A vault-wide
// run keeps every work it fetched until it ends, so only slimmed works are kept (see slimWork),
// never the raw response text or JSON.
import { openAlexWorkId } from "../lib/ids";
import type { WorkJson } from "./work-json";

export class WorkCache {
	private readonly responses = new Map<string, Promise<unknown>>();
	private readonly byId = new Map<string, WorkJson>();
	private readonly byDoi = new Map<string, WorkJson | null>();

	/** Answers the same request once: `load` runs only when no answer for `url` is pending or kept. */
	response<T>(url: string, load: () => Promise<T>, onHit: () => void): Promise<T> {
		const cached = this.responses.get(url) as Promise<T> | undefined;
		if (cached) {
			onHit();
			return cached;
		}
		const pending = load();
		this.responses.set(url, pending);
		// A failed request may be tried again later in the run (e.g. after a transient outage).
		pending.catch(() => this.responses.delete(url));
		return pending;
	}

	/** Keeps a work under its OpenAlex id; returns it. */
	remember(work: WorkJson): WorkJson {
		const key = openAlexWorkId(work.id);
		if (key) this.byId.set(key, work);
		return work;
	}

	/** A work by short id ("W123"). */
	work(shortId: string): WorkJson | undefined {
		return this.byId.get(shortId);
	}

	/** By bare lower-case DOI: the work, null when OpenAlex has none, undefined when never asked. */
	workByDoi(doi: string): WorkJson | null | undefined {
		return this.byDoi.get(doi);
	}

	hasDoi(doi: string): boolean {
		return this.byDoi.has(doi);
	}

	rememberDoi(doi: string, work: WorkJson | null): void {
		this.byDoi.set(doi, work);
	}

	clear(): void {
		this.responses.clear();
		this.byId.clear();
		this.byDoi.clear();
	}
}
