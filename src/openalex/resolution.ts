// What resolving a reference gives (a work found, not found, or an error) and what the resolve
// stages share: the references still pending, how a stage reports one, what it found.
import { OpenAlexError } from "./errors";
import type { OtherVersion, Reference, RemoteWork } from "../core/types";
import { WorkLookup } from "./work-lookup";

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

export interface Pending {
	key: string;
	ref: Reference;
	notes: string[];
}

export type Finish = (key: string, r: Resolution) => Promise<void>;

/** What every stage shares: the lookup, how to report a reference, how to fail one. */
export interface StageContext {
	lookup: WorkLookup;
	finish: Finish;
	fail: (p: Pending, e: unknown) => Promise<void>;
	failed: Set<Pending>;
}

/** A reference neither title route found, with the reason its closest candidate was refused. */
export interface Unresolved {
	p: Pending;
	reason: string | null;
}

export interface Found {
	p: Pending;
	work: RemoteWork;
	via: ResolvedVia;
}
