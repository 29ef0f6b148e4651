// A rule of the checker: one general pattern of how a reference note and an index record differ,
// stated in one sentence and shown by examples. The examples are the rule's documentation (the
// README's accuracy table is generated from them) and its test (test/core/rules.test.ts runs each
// one through the real pipeline against a local OpenAlex holding `remote`).

/** The verdict a reference gets: confirmed, a minor or major mismatch, not found, or skipped (not indexed). */
export type RuleVerdict = "confirmed" | "minor" | "major" | "not_found" | "skipped";

/** An OpenAlex record reduced to what a rule needs to say (the test builds the work JSON from it). */
export interface RemoteRecord {
	title: string | null;
	/** The authors as their profiles name them (`author.display_name`). */
	authors: string[];
	/** The names printed on the work (`raw_author_name`), where they are not the profiles' names. */
	bylines?: string[];
	/** The PubMed id OpenAlex lists for the work (`ids.pmid`). */
	pmid?: string;
	year?: number | null;
	/** Venue of the primary location (a preprint server name makes it a repository location). */
	venue?: string | null;
	/** The primary location's `source.type` when it matters (a "book series"); else repository for a preprint server, journal otherwise. */
	sourceType?: string;
	doi?: string | null;
	/** OpenAlex `type` (article, preprint, book, book-chapter, review, erratum, …); from the venue when absent. */
	type?: string;
	/** `publication_date` when it matters (online-first records). */
	date?: string;
	/** Further locations of the same work (a published venue of a preprint record). */
	otherVenues?: Array<{ venue: string; sourceType: string }>;
	retracted?: boolean;
	/** `biblio.issue` when it matters (a supplement issue: "Supplement_1", "15_suppl"). */
	issue?: string;
	/** `biblio.volume` when it matters (rules/volume-and-pages). */
	volume?: string;
	/** `biblio.first_page` and `last_page` when they matter (a supplement paper's range, an abstract's one page). */
	pages?: [string, string];
	/** The work's OpenAlex id ("W…") when the note names it; otherwise one made from the record. */
	id?: string;
	/** Ids OpenAlex merged into this work: their singletons answer 301 to it. */
	formerIds?: string[];
	/**
	 * DOIs of records OpenAlex merged into this work (a preprint's into its journal version): their
	 * free singleton `/works/doi:` answers with this work, a batched `filter=doi:` misses them.
	 */
	formerDois?: string[];
	/** `cited_by_count`, which ranks title search and autocomplete; 0 when absent. */
	cited?: number;
}

export interface RuleExample {
	/** The note's frontmatter, as an importer or a person wrote it. */
	local: Record<string, unknown>;
	/**
	 * What the index holds: the one work the note resolves to, or the candidates a title search
	 * meets (several works, listed in the order a ranked search returns them).
	 */
	remote: RemoteRecord | { candidates: RemoteRecord[] };
	verdict: RuleVerdict;
	/** A substring of the check_log's notes (or of the not-found reason) that says why. */
	note: string;
}

export interface Rule {
	/** Stable kebab-case id (the file name). */
	id: string;
	/** Short name for the README table. */
	name: string;
	/** The general pattern, one sentence. */
	summary: string;
	examples: RuleExample[];
}

export function hasCandidates(remote: RuleExample["remote"]): remote is { candidates: RemoteRecord[] } {
	return "candidates" in remote;
}
