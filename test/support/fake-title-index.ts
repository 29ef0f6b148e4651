// The fake OpenAlex's title matching, as the server code does it (ourresearch/openalex-elastic-api):
//
// - Title search (`filter=title.search:`, and `search=`, which the fake answers on titles only):
//   core/search.py `primary_match_query` is `match` with `operator: "and"` OR `match_phrase`
//   (boost 2), wrapped in `citation_boost_query` (score × (1 + √cited_by_count), × 0.5 for an
//   uncited work). A `match_phrase` hit has every word too, so a work is a hit exactly when its
//   title holds EVERY analyzed word of the query; ranking favours the exact phrase and citations.
// - Autocomplete (`/autocomplete/works?q=`): autocomplete/shared.py `single_entity_autocomplete`
//   is `match_phrase_prefix` on `display_name.autocomplete`, sorted by `-cited_by_count`, 10 per
//   page: the query's words in order, the last one as a prefix; NOT ranked by relevance.
//
// The field analyzers are not in that repository. Where their details are unknown the fake takes
// the STRICTER reading, so that a title the fake finds is one the real service most likely finds:
// - no ASCII folding ("Stabilitat" does not find "Stabilität");
// - stop words dropped from title search, as the documentation says ("words like 'the' and 'an'
//   are removed"; docs: search-entities): Elasticsearch's English list (STOP_WORDS), on both the
//   query and the titles; a query of stop words alone finds nothing (a match query left without
//   terms matches no document). Autocomplete keeps them (a phrase prefix of the title as written);
// - title.search is stemmed (the server says so: "studies" is indexed as "studi", core/search.py
//   #364), but only by Porter's plural step and its y→i step: studies/study → studi, classes →
//   class, models → model; the fuller English stemmers also conflate -ed/-ing/-ation forms, which
//   would find more; the autocomplete field is not stemmed;
// - the autocomplete phrase must start at the title's first word (an edge-anchored autocomplete
//   field); a phrase anywhere in the title would find more;
// - hyphens split words ("pre-training" is "pre training", never "pretraining"), as Elasticsearch's
//   standard tokenizer does; "&" is no word.
// - boolean search (documented: "Use AND, OR, NOT (uppercase) for complex queries", parentheses
//   group; words not separated by an operator are AND): a query with an upper-case OR is a
//   disjunction of word groups, each matched as above; its score counts the query's words the
//   title holds.
// Works without a `cited_by_count` count 0 (DEFAULT_CITED_BY_COUNT): equally cited works keep the
// order the works were given in.

export type Work = Record<string, unknown>;

/** `cited_by_count` of a work that records none: it sorts after every cited work. */
export const DEFAULT_CITED_BY_COUNT = 0;
/** Autocomplete answers at most this many hits (autocomplete/shared.py: per_page 10). */
export const AUTOCOMPLETE_PAGE = 10;

/** Lower-case words as Elasticsearch's standard tokenizer cuts them: letters and digits; an apostrophe inside a word stays. */
export function titleWords(s: string): string[] {
	return s
		.normalize("NFC")
		.toLowerCase()
		.replace(/[\u2018\u2019\u201b]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.map((t) => t.replace(/^'+|'+$/g, "").replace(/'s$/, ""))
		.filter((t) => t !== "");
}

/** Porter's step 1a (plurals) and 1c (final y → i); nothing else (the stricter reading, see above). */
export function lightStem(word: string): string {
	let w = word;
	if (/^\p{N}/u.test(w) || w.length <= 2) return w;
	if (w.endsWith("sses")) w = w.slice(0, -2);
	else if (w.endsWith("ies")) w = w.slice(0, -2);
	else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
	if (w.endsWith("y") && /[aeiou]/.test(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
	return w;
}

/** Elasticsearch's `_english_` stop words: what title search drops from query and titles. */
export const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with"]);

function searchWords(s: string): string[] {
	return titleWords(s).filter((w) => !STOP_WORDS.has(w)).map(lightStem);
}

function citedByCount(w: Work): number {
	return typeof w.cited_by_count === "number" && w.cited_by_count >= 0 ? w.cited_by_count : DEFAULT_CITED_BY_COUNT;
}

/** core/search.py citation_boost_query, "sqrt" scaling. */
function citationBoost(w: Work): number {
	const n = citedByCount(w);
	return n === 0 ? 0.5 : 1 + Math.sqrt(n);
}

/** Whether `phrase` occurs in `words` as consecutive words (the last one as a prefix when `prefixLast`), from position `from`. */
function phraseAt(words: string[], phrase: string[], from: number, prefixLast: boolean): boolean {
	if (from + phrase.length > words.length) return false;
	for (let k = 0; k < phrase.length; k++) {
		const w = words[from + k];
		const last = k === phrase.length - 1;
		if (last && prefixLast ? !w.startsWith(phrase[k]) : w !== phrase[k]) return false;
	}
	return true;
}

export interface TitleHit {
	w: Work;
	/** The fake's stand-in for Elasticsearch's score: phrase boost × share of the title's words matched × citation boost. */
	score: number;
}

/**
 * The works' titles indexed once: stemmed words with an inverted index (a search visits only the
 * works holding the query's rarest word), and the unstemmed words by their first word for
 * autocomplete.
 */
export class TitleIndex {
	private readonly stemmed: string[][] = [];
	private readonly plain: string[][] = [];
	private readonly withWord = new Map<string, number[]>();
	private readonly byFirstWord = new Map<string, number[]>();

	constructor(private readonly works: Work[]) {
		works.forEach((w, at) => {
			const title = typeof w.title === "string" ? w.title : typeof w.display_name === "string" ? w.display_name : "";
			const words = searchWords(title);
			this.stemmed.push(words);
			for (const t of new Set(words)) push(this.withWord, t, at);
			const plain = titleWords(typeof w.display_name === "string" ? w.display_name : title);
			this.plain.push(plain);
			if (plain.length) push(this.byFirstWord, plain[0], at);
		});
	}

	/** Title search: works whose title holds every word of `query` and none of `excluded`, best first. */
	search(query: string, excluded = ""): TitleHit[] {
		if (/\sOR\s/.test(query)) return this.searchAnyOf(query, excluded);
		const q = searchWords(query);
		if (q.length === 0) return [];
		const banned = new Set(searchWords(excluded));
		const lists = [...new Set(q)].map((t) => this.withWord.get(t) ?? []);
		lists.sort((a, b) => a.length - b.length);
		const hits: Array<TitleHit & { at: number }> = [];
		for (const at of lists[0]) {
			const words = this.stemmed[at];
			const has = new Set(words);
			if (!q.every((t) => has.has(t)) || words.some((t) => banned.has(t))) continue;
			let phrase = false;
			for (let i = 0; i + q.length <= words.length && !phrase; i++) phrase = phraseAt(words, q, i, false);
			const w = this.works[at];
			hits.push({ w, at, score: (phrase ? 3 : 1) * (q.length / words.length) * citationBoost(w) });
		}
		return hits.sort((a, b) => b.score - a.score || a.at - b.at).map(({ w, score }) => ({ w, score }));
	}

	/**
	 * A boolean query "(a b c) OR (a b d) OR e": works whose title holds every word of one group and
	 * none of `excluded`, the titles holding more of the query's words first. Groups are one level
	 * of parentheses or bare words between the ORs (what a disjunction of word groups needs).
	 */
	private searchAnyOf(query: string, excluded: string): TitleHit[] {
		const groups = query
			.split(/\s+OR\s+/)
			.map((g) => searchWords(g.replace(/^\s*\(|\)\s*$/g, "").replace(/\s+AND\s+/g, " ")))
			.filter((g) => g.length > 0);
		if (groups.length === 0) return [];
		const all = new Set(groups.flat());
		const banned = new Set(searchWords(excluded));
		const candidates = new Set(groups.flatMap((g) => [...new Set(g)].map((t) => this.withWord.get(t) ?? []).sort((a, b) => a.length - b.length)[0]));
		const hits: Array<TitleHit & { at: number }> = [];
		for (const at of candidates) {
			const words = this.stemmed[at];
			const has = new Set(words);
			if (!groups.some((g) => g.every((t) => has.has(t))) || words.some((t) => banned.has(t))) continue;
			const held = [...all].filter((t) => has.has(t)).length;
			const w = this.works[at];
			hits.push({ w, at, score: (held / Math.max(words.length, all.size)) * citationBoost(w) });
		}
		return hits.sort((a, b) => b.score - a.score || a.at - b.at).map(({ w, score }) => ({ w, score }));
	}

	/** Autocomplete: titles that begin with the query's words (its last word as a prefix), most cited first, at most 10; and how many there were. */
	autocomplete(query: string): { hits: Work[]; count: number } {
		const q = titleWords(query);
		if (q.length === 0) return { hits: [], count: 0 };
		const starts = q.length > 1 ? this.byFirstWord.get(q[0]) ?? [] : [...this.byFirstWord.entries()].filter(([k]) => k.startsWith(q[0])).flatMap(([, v]) => v);
		const found = starts.filter((at) => phraseAt(this.plain[at], q, 0, true)).sort((a, b) => citedByCount(this.works[b]) - citedByCount(this.works[a]) || a - b);
		return { hits: found.slice(0, AUTOCOMPLETE_PAGE).map((at) => this.works[at]), count: found.length };
	}
}

function push(m: Map<string, number[]>, k: string, v: number): void {
	const list = m.get(k);
	if (list) list.push(v);
	else m.set(k, [v]);
}
