// Is this remote work the referenced paper? Person-name and title matching, author-list
// alignment and search-candidate scoring (wrong-paper safety). Identifiers: rules/doi-different.ts.
import { withoutWithdrawnLabel } from "./rules/withdrawn";
import { distance } from "fastest-levenshtein";
import type { Reference, RemoteWork } from "./types";
import { foldText, generationOf, isPreprintVenue, NAME_PARTICLES, nameKey, normalizeTitle, oneArabicCompound, oneKoreanFamily, oneTransliteration, parsePersonName, shortLongVowels, spelledOutUmlauts, type NameKey } from "./normalize";
import { readInitialsStyle } from "./rules/capital-initials";
import { oneKoreanName, oneMandarinName } from "./rules/author-name-forms";
import { samePeopleInAnyOrder } from "./rules/author-order";
import { withoutRecordRepeats } from "./rules/duplicate-authors";
import { splitRunTogether } from "./rules/run-together-authors";
import { withoutChapterNumber } from "./rules/chapter-number";
import { withoutAbstractNumber } from "./rules/abstract-numbers";
import { isAbstractsVenue } from "./rules/not-the-work";
import { isAnonymousAuthor } from "./rules/note-organization-author";
import { withBylines, type PrintedName } from "./rules/author-profile-names";
import { isBookHoldingChapter } from "./rules/chapter-in-book";
import { chemicalNotation, genusAbbreviated, greekAsLatin, symbolsAsWords, withoutStoreFormat } from "./rules/title-formatting";
import { opposedForms } from "./rules/title-typo";
import { withoutEponymPossessives } from "./rules/title-eponyms";
import { canonicalMarkers, EDITION_WORDING, versionConflict, versionMarkers, VOLUME_WORDING } from "./rules/version-markers";
import { citesDeposit, citesJournalNotRepository, relateReleaseTitles, titleForRelease } from "./rules/software-releases";
import { withoutLeadingArticle } from "./rules/leading-article";
import { isShortTitle } from "./rules/short-title-search";
import { editionYear, isBookLike } from "./rules/book-editions";
import { recordListsOnlyContributors } from "./rules/contributors-and-groups";
import { parallelTitles, translationKind, type TranslationKind } from "./rules/translated-titles";
import { cjkNamesSplitByBylines, namesInOtherScripts, romanizedName } from "./rules/author-scripts";
import { cutShortTitle } from "./rules/title-cut-short";
import { numbersAsDigits } from "./rules/title-numbers";
import { isReviewLabelled, withoutAuthorName, withoutTitleLabel } from "./rules/title-labels";
import { bracketedSpans, replaceBracketed } from "../lib/brackets";
import { notePrintsPaper, pagesOutsideSupplement, printsOneOrTwoPages } from "./rules/volume-and-pages";

// ---------- person names ----------

/** same/equivalent: one person; given-incompatible and family-typo: probably one person, shown as minor. */
export type NameMatchKind = "same" | "equivalent" | "given-incompatible" | "family-typo" | "different";
export interface NameMatch {
	kind: NameMatchKind;
	/** Why two differently written names are accepted as one person (for notes). */
	why?: string;
	/** Given names written the same (the check_log's `first_match`). */
	givenSame: boolean;
	/** Family names the same (the check_log's `last_match`). */
	familySame: boolean;
}

/**
 * `read` with each name's answer remembered: alignment compares each name with many others, and
 * the same names recur across a vault and across runs. Bounded: cleared past 50,000 names.
 */
function remembered<T>(read: (name: string) => T): (name: string) => T {
	const known = new Map<string, T>();
	return (name) => {
		if (known.has(name)) return known.get(name) as T;
		if (known.size > 50_000) known.clear();
		const r = read(name);
		known.set(name, r);
		return r;
	};
}

const cachedNameKey: (name: string) => NameKey = remembered(nameKey);

const SAME: NameMatch = Object.freeze({ kind: "same", givenSame: true, familySame: true });

type GivenRelation = "same" | "compatible" | "middle" | "incompatible";

/**
 * Given names abbreviated by their letters rather than their initial, as 19th-century bylines
 * ("Wm.", "Chas.", "Thos.") and Filipino and Spanish ones ("Ma." for María, "Fco." for Francisco)
 * write them.
 */
const ABBREVIATED_GIVEN: ReadonlyMap<string, string> = new Map([
	["wm", "william"], ["chas", "charles"], ["thos", "thomas"], ["jas", "james"], ["geo", "george"], ["jno", "john"], ["jos", "joseph"],
	["robt", "robert"], ["richd", "richard"], ["saml", "samuel"], ["benj", "benjamin"], ["edw", "edward"], ["ma", "maria"], ["fco", "francisco"],
]);

/** A name token with each doubled letter written once ("mohammed" → "mohamed"), remembered: a long list's pairs ask for the same tokens again and again. */
function undoubled(token: string): string {
	let out = UNDOUBLED.get(token);
	if (out === undefined) {
		if (UNDOUBLED.size > 20_000) UNDOUBLED.clear();
		out = token.replace(/(\p{L})\1/gu, "$1");
		UNDOUBLED.set(token, out);
	}
	return out;
}
const UNDOUBLED = new Map<string, string>();

/**
 * A given name of two syllables or more and none of pinyin's letters ("zh", "x", "q", a final
 * "ng"): pinyin's one-syllable names differ by just these vowels ("Zheng", "Zhang"; "Hong", "Hung").
 */
function arabicLike(token: string): boolean {
	return /[aeiou][^aeiou]+[aeiou]/.test(token) && !/zh|x|q|ng$/.test(token);
}

/** A transliterated given name with a letter doubled once and "o", "e" written "u", "a" (rules/author-name-forms). */
function vowelsOfOne(token: string): string {
	return undoubled(token).replace(/o/g, "u").replace(/e/g, "a");
}

function tokenCompatible(a: string, b: string): boolean {
	if (a === b) return true;
	if (ABBREVIATED_GIVEN.get(a) === b || ABBREVIATED_GIVEN.get(b) === a) return true;
	// a letter written once or twice in a transliterated given name ("Mohammed"/"Mohamed", "Youssef"/"Yousef");
	// only names that begin alike and differ by a letter or two are worth the two replaces
	if (a.length >= 4 && b.length >= 4 && a[0] === b[0] && Math.abs(a.length - b.length) <= 2 && undoubled(a) === undoubled(b)) return true;
	// and a vowel of one transliterated Arabic or Persian given name ("Muhammad"/"Mohammad"/"Mohamed", "Ahmed"/"Ahmad",
	// "Hussein"/"Hossein"): "o" for "u", "e" for "a" inside the name, its first and last letters alike
	if (a.length >= 5 && b.length >= 5 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && Math.abs(a.length - b.length) <= 2 && arabicLike(a) && arabicLike(b) && vowelsOfOne(a) === vowelsOfOne(b)) return true;
	if (a.length === 1 || b.length === 1) return a[0] === b[0];
	// a Slavic two-letter initial in one spelling ("iu" for "Yu.", "Iu.", "Ju.": normalize.ts, oneTransliteration)
	if ((a === "iu" || a === "ia") && b.length >= 3) return b.startsWith(a);
	if ((b === "iu" || b === "ia") && a.length >= 3) return a.startsWith(b);
	// "Chris" / "Christopher", "Sanmi" / "Oluwasanmi": a short form inside the full given name
	if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
	if (a.length >= 4 && b.length >= 4 && (a.endsWith(b) || b.endsWith(a))) return true;
	return false;
}

/** Run-together initials ("JP" / "jp") against given names ["jean", "pierre"]. */
function initialsOf(tokens: string[]): string {
	return tokens.map((t) => t[0]).join("");
}

function relateGiven(a: string[], b: string[]): GivenRelation {
	if (a.join(" ") === b.join(" ")) return "same";
	if (a.length === 0 || b.length === 0) return "middle";
	if (a.join("") === b.join("")) return "compatible"; // "Jean-Pierre" / "Jeanpierre"
	if (a.length === 1 && a[0].length <= 3 && a[0].length === b.length && a[0] === initialsOf(b)) return "compatible";
	if (b.length === 1 && b[0].length <= 3 && b[0].length === a.length && b[0] === initialsOf(a)) return "compatible";
	// "L. García" / "Lucía García" (the first part of a double family name read as a given name):
	// names that agree word for word are compatible before the written-out rule below
	if (a.length === b.length && a.every((t, i) => tokenCompatible(t, b[i]))) return "compatible";
	// the first written-out given name is the one a person goes by ("E. Glen Weyl" is Glen,
	// "W. H. Wilson Tang" is Wilson): when both sides write one out, they must agree
	const fullA = a.find((t) => t.length > 1);
	const fullB = b.find((t) => t.length > 1);
	if (fullA && fullB && !tokenCompatible(fullA, fullB)) return "incompatible";
	if (!tokenCompatible(a[0], b[0])) return fullA && fullB ? "middle" : "incompatible";
	const n = Math.min(a.length, b.length);
	// "John A. Smith" / "John B. Smith": middle names written on both sides must agree too
	for (let i = 1; i < n; i++) if (!tokenCompatible(a[i], b[i])) return "incompatible";
	if (a.length !== b.length) return "middle";
	return a.every((t, i) => t === b[i]) ? "same" : "compatible";
}

const MATCH_RANK: Record<NameMatchKind, number> = { same: 4, equivalent: 3, "family-typo": 2, "given-incompatible": 1, different: 0 };

/**
 * Do two author names denote the same person? Tolerates initials, middle names, diacritics,
 * LaTeX, particles, hyphens, "Last, First" and family-first order, DBLP number suffixes, and
 * umlauts spelled out, read so only when the name as written does not already match. (A note's
 * PubMed/Vancouver list, "Smith JA", is read with its initials when the note is read:
 * rules/capital-initials.)
 */
export function compareNames(local: string, remote: string): NameMatch {
	if (local === remote) return SAME;
	const match = compareNamesReading(local, remote);
	// "Marcus Banks Jr." and "Marcus Banks Sr.": a generational suffix on both sides that differs
	// names two people of one family, never one (rules/author-name-forms); one side without it is one
	if (match.kind !== "same" && match.kind !== "equivalent") return match;
	const [ga, gb] = [generationOf(local), generationOf(remote)];
	return ga !== null && gb !== null && ga !== gb ? { kind: "given-incompatible", givenSame: false, familySame: true } : match;
}

function compareNamesReading(local: string, remote: string): NameMatch {
	let best = compareNamesAsWritten(local, remote);
	if (best.kind === "same" || best.kind === "equivalent") return best;
	for (const [read, why] of SECOND_READINGS) {
		const a = read(local);
		const b = read(remote);
		if (a === null && b === null) continue;
		const m = compareNamesAsWritten(a ?? local, b ?? remote);
		// a reading that matches outright is an equivalence: the first one to explain it keeps its why
		const asRead: NameMatch = m.kind === "same" ? { ...m, kind: "equivalent", why } : m;
		if (MATCH_RANK[asRead.kind] > MATCH_RANK[best.kind]) best = asRead;
	}
	// one Chinese name in Wade–Giles and in pinyin (rules/author-name-forms)
	if (best.kind !== "equivalent" && oneMandarinName(local, remote)) return { kind: "equivalent", why: "differ only in how a Chinese name is romanized (Wade–Giles, pinyin)", givenSame: false, familySame: true };
	// one Korean name in McCune–Reischauer and Revised Romanization (rules/author-name-forms)
	if (best.kind !== "equivalent" && oneKoreanName(local, remote)) return { kind: "equivalent", why: "differ only in how a Korean name is romanized (McCune–Reischauer, Revised)", givenSame: false, familySame: true };
	return best;
}

/** Other ways a name may be written, tried when the name as written does not match, with what they mean. */
const SECOND_READINGS: Array<[(name: string) => string | null, string]> = [
	// "Müller" / "Mueller", "Sørensen" / "Soerensen"
	[remembered(spelledOutUmlauts), "differ only in how umlauts are written"],
	// "Sergey Ivanov" / "Sergei Ivanov", "Yuliya" / "Iuliia"
	[remembered(oneTransliteration), "differ only in how the name is transliterated"],
	// "Hiroshi Satō" / "Hiroshi Satoh" / "Hiroshi Sato", "Yuki Ōta" / "Yuki Ohta"
	[remembered(shortLongVowels), "differ only in how a long vowel is romanized"],
	// "Min-ji Jung" / "Min-ji Jeong", "Seung-hoon Choi" / "Seung-hoon Choe"
	[remembered(oneKoreanFamily), "differ only in how a Korean family name is romanized"],
	// "Khalid Abd al-Rahman" / "Khalid Abdelrahman" / "Khalid Abdul Rahman"
	[remembered(oneArabicCompound), "differ only in how an Arabic compound name ('Abd al-…') is transliterated"],
	// "Щукин" / "Shchukin", "Παπαδόπουλος" / "Papadopoulos", "Ŝukin" / "Schtschukin" / "Shchukin" (rules/author-scripts)
	[remembered(romanizedName), "are one name in another script or transliteration"],
];

function compareNamesAsWritten(local: string, remote: string): NameMatch {
	const a = cachedNameKey(local);
	const b = cachedNameKey(remote);
	if (a.joined !== "" && a.joined === b.joined) {
		const famSame = a.familyFull === b.familyFull || a.family === b.family;
		return { kind: "same", givenSame: famSame ? a.given.join("") === b.given.join("") : true, familySame: true };
	}
	const familySame = a.family !== "" && (a.family === b.family || a.familyFull === b.familyFull);
	if (familySame) {
		const rel = relateGiven(a.given, b.given);
		if (rel === "same") return { kind: "same", givenSame: true, familySame: true };
		if (rel === "incompatible") return { kind: "given-incompatible", givenSame: false, familySame: true };
		const why = rel === "middle" ? "differ only by a middle name or initial" : "differ only by initials or the written form of the given name";
		return { kind: "equivalent", why, givenSame: false, familySame: true };
	}
	// Family-first order ("Wang Xiaohui" vs "Xiaohui Wang"), or a double family name split differently
	if (a.tokens.length >= 2 && b.tokens.length >= 2) {
		// "Nguyen Van An" / "An Van Nguyen": every part in reverse order is also family-first order
		if (a.rotated === b.joined || a.joined === b.rotated || (a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t === b.tokens[b.tokens.length - 1 - i]))) {
			return { kind: "equivalent", why: "are the same name in family-first order", givenSame: true, familySame: true };
		}
		if (a.tokens[0] === b.family && relateGiven(a.tokens.slice(1), b.given) !== "incompatible") {
			return { kind: "equivalent", why: "are the same name in family-first order", givenSame: false, familySame: true };
		}
		if (b.tokens[0] === a.family && relateGiven(b.tokens.slice(1), a.given) !== "incompatible") {
			return { kind: "equivalent", why: "are the same name in family-first order", givenSame: false, familySame: true };
		}
		// "Eli Tran-Johnson" vs "Eli Johnson": one double family name contains the other
		const la = a.tokens[a.tokens.length - 1];
		const lb = b.tokens[b.tokens.length - 1];
		if (la === lb && la.length >= 3 && (a.familyFull.endsWith(b.familyFull) || b.familyFull.endsWith(a.familyFull))) {
			const rel = relateGiven(a.given, b.given);
			if (rel !== "incompatible") return { kind: "equivalent", why: "differ only in a double family name", givenSame: rel === "same", familySame: false };
		}
		// "Lucía García Márquez" / "Lucía García": a double family name cited by its first part (Spanish, Portuguese)
		if (firstFamilyOfDouble(a, b) || firstFamilyOfDouble(b, a)) {
			return { kind: "equivalent", why: "differ only in a double family name", givenSame: false, familySame: false };
		}
	}
	// "Jean Tirole" / "Jean Triole": the same given names and a one- or two-letter slip in a long family
	// name, or two neighbouring letters swapped in one of five letters ("Okyoe" / "Okoye")
	if (a.family.length >= 5 && b.family.length >= 5 && a.given.length > 0 && b.given.length > 0 && a.given[0].length > 1 && b.given[0].length > 1 && tokenCompatible(a.given[0], b.given[0])) {
		const rel = relateGiven(a.given, b.given);
		const limit = Math.min(a.family.length, b.family.length) >= 6 ? 2 : 1;
		if ((rel === "same" || rel === "compatible" || rel === "middle") && !(genderedForms(a.family, b.family) && Math.min(a.given[0].length, b.given[0].length) <= 2) && (distance(a.family, b.family) <= limit || swappedNeighbours(a.family, b.family))) {
			return { kind: "family-typo", givenSame: rel === "same", familySame: false };
		}
	}
	return { kind: "different", givenSame: false, familySame: false };
}

/**
 * A Slavic or Baltic family name and its feminine form ("Belov"/"Belova", "Kowalski"/"Kowalska"):
 * behind an initial ("Yu." is Yuri or Yulia) a man's and a woman's names, two people, never a slip.
 */
function genderedForms(x: string, y: string): boolean {
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	if (long === `${short}a`) return true;
	return short.length === long.length && short.slice(0, -1) === long.slice(0, -1) && /(?:[iy]a|[iy])$/.test(short) !== /(?:[iy]a|[iy])$/.test(long) && (/a$/.test(short) || /a$/.test(long)) && /sk|ck|zk/.test(short);
}

/** "and" between two family names: Spanish "y", Catalan "i", Portuguese "e". */
const FAMILY_JOINERS = new Set(["y", "i", "e"]);

/**
 * `short` is `long` without its last family word: the same given names, then the first of the
 * long name's two family names ("Lucía García" of "Lucía García Márquez" or "García-Márquez, L.").
 */
function firstFamilyOfDouble(short: NameKey, long: NameKey): boolean {
	const n = short.tokens.length;
	// the particle or "and" joining the two family names is neither ("Maria Oliveira dos Santos", "Juan
	// García de la Fuente", "José Ortega y Gasset", Catalan "Puig i Cadafalch", Portuguese "Souza e Silva")
	const tokens = long.tokens.filter((t, i) => i === 0 || !(NAME_PARTICLES.has(t) || FAMILY_JOINERS.has(t)));
	if (n < 2 || tokens.length !== n + 1) return false;
	const family = short.tokens[n - 1];
	if (family.length < 3 || tokens[n - 1] !== family || tokens[n].length < 3) return false;
	return relateGiven(short.tokens.slice(0, -1), tokens.slice(0, n - 1)) !== "incompatible";
}

// ---------- author lists ----------

/** The record's author list as the note's is compared with: its defects undone, and what they were. */
export interface RecordAuthors {
	names: string[];
	/** Names the record lists more often than the note (one person listed twice). */
	repeated: string[];
	/** Record entries that are two of the note's adjacent authors run together. */
	joined: Array<{ record: string; note: [string, string] }>;
	/** Groups the record lists beside the people ("ATLAS Collaboration" before its members), the note not. */
	groups: string[];
	/** Authors the note names as the work prints them, where their profile carries another name. */
	printed: PrintedName[];
}

/**
 * The record's authors with the names printed on the work where the note names them so
 * (rules/author-profile-names): what the note is compared with, and what it would copy.
 */
export function recordAuthorsAsPrinted(local: string[], work: Pick<RemoteWork, "authors" | "bylines">): { names: string[]; printed: PrintedName[] } {
	return withBylines(local, work.authors, work.bylines, (a, b) => compareNames(a, b).kind !== "different", (n) => cachedNameKey(n).family);
}

/** The record's authors as the note's are compared with them, record defects undone. */
export function recordAuthorsFor(local: string[], work: Pick<RemoteWork, "authors" | "bylines">): RecordAuthors {
	const asPrinted = recordAuthorsAsPrinted(local, work);
	const remote = asPrinted.names;
	// "et al." listed as an author: the record's list was cut there (rules/record-author-list-truncated)
	const listed = remote.some((r) => RECORD_TRUNCATION.test(r.trim())) ? remote.filter((r) => !RECORD_TRUNCATION.test(r.trim())) : remote;
	const people = withoutGroupEntries(local, inInitialsStyle(listed));
	const once = withoutRecordRepeats(local, people.names);
	const split = splitRunTogether(local, once.names);
	return { names: split.names, repeated: once.repeated, joined: split.joined, groups: people.groups, printed: asPrinted.printed };
}

/** An author entry that only says the list goes on ("et al.", "and others", "…"). */
const RECORD_TRUNCATION = /^(?:and\s+)?(?:others|et\.?\s*al\.?|\.\.\.|…)$/i;

/** A PubMed/Vancouver list ("Okafor CN, Varga H") read with its initials (rules/capital-initials); organisations as written. */
export function inInitialsStyle(names: string[]): string[] {
	const people = names.filter((n) => !isOrganizationAuthor(n));
	const read = readInitialsStyle(people);
	if (!read) return names;
	const asRead = new Map(people.map((p, i) => [p, read[i]]));
	return names.map((n) => asRead.get(n) ?? n);
}

/**
 * The record's list without the group names it lists among people (OpenAlex puts a
 * collaboration's name beside its members) when the note names people and not that group
 * (rules/record-organization-author). A record of groups only keeps them.
 */
function withoutGroupEntries(local: string[], remote: string[]): { names: string[]; groups: string[] } {
	if (local.length === 0 || !remote.some((r) => isOrganizationAuthor(r))) return { names: remote, groups: [] };
	const groups = remote.filter((r) => isOrganizationAuthor(r) && !local.some((l) => sameOrganization(l, r)));
	if (groups.length === 0 || groups.length === remote.length) return { names: remote, groups: [] };
	return { names: remote.filter((r) => !groups.includes(r)), groups };
}

export interface AuthorPair {
	local: number | null;
	remote: number | null;
	match: NameMatch | null;
}

/**
 * Align the local author list with the remote one (order-preserving, maximum agreement), so a
 * dropped middle author shows as one gap instead of shifting every later pair. Remote authors
 * after the last aligned one are left out (a truncated local list).
 */
export function alignAuthors(local: string[], remote: string[]): { pairs: AuthorPair[]; trailingRemote: number } {
	const n = local.length;
	// fast path: the usual case is the same people in the same order (possibly truncated locally)
	if (n <= remote.length) {
		const direct: AuthorPair[] = [];
		for (let i = 0; i < n; i++) {
			const nm = compareNames(local[i], remote[i]);
			if (nm.kind !== "same" && nm.kind !== "equivalent") break;
			direct.push({ local: i, remote: i, match: nm });
		}
		if (direct.length === n) return { pairs: direct, trailingRemote: remote.length - n };
	}
	// a truncated local list needs only the head of a long remote list
	const m = Math.min(remote.length, n + 15);
	// very long lists (physics collaborations): pair by position rather than align
	if (n * m > 40_000) return pairByPosition(local, remote);
	const w: number[][] = [];
	const matches: Array<Array<NameMatch | null>> = [];
	for (let i = 0; i < n; i++) {
		w.push(new Array<number>(m).fill(0));
		matches.push(new Array<NameMatch | null>(m).fill(null));
		for (let j = 0; j < m; j++) {
			const nm = compareNames(local[i], remote[j]);
			matches[i][j] = nm;
			w[i][j] = nm.kind === "same" ? 4 : nm.kind === "equivalent" ? 3 : nm.kind === "different" ? 0 : 1;
			// positional prior: the same index breaks ties between namesakes
			if (w[i][j] > 0 && i === j) w[i][j] += 0.5;
		}
	}
	const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			let best = Math.max(dp[i + 1][j], dp[i][j + 1]);
			if (w[i][j] > 0) best = Math.max(best, w[i][j] + dp[i + 1][j + 1]);
			dp[i][j] = best;
		}
	}
	const pairs: AuthorPair[] = [];
	let i = 0;
	let j = 0;
	let lastRemote = -1;
	while (i < n && j < m) {
		if (w[i][j] > 0 && dp[i][j] === w[i][j] + dp[i + 1][j + 1]) {
			pairs.push({ local: i, remote: j, match: matches[i][j] });
			lastRemote = j;
			i++;
			j++;
		} else if (dp[i][j] === dp[i + 1][j]) {
			pairs.push({ local: i, remote: null, match: null });
			i++;
		} else {
			pairs.push({ local: null, remote: j, match: null });
			j++;
		}
	}
	while (i < n) pairs.push({ local: i++, remote: null, match: null });
	// remote-only entries after the last aligned remote author are the truncated tail, not gaps
	const kept = pairs.filter((p) => p.local !== null || (p.remote !== null && p.remote < lastRemote));
	return { pairs: kept, trailingRemote: lastRemote < 0 ? 0 : remote.length - (lastRemote + 1) };
}

function pairByPosition(local: string[], remote: string[]): { pairs: AuthorPair[]; trailingRemote: number } {
	const pairs: AuthorPair[] = [];
	const n = Math.min(local.length, remote.length);
	for (let i = 0; i < n; i++) {
		const nm = compareNames(local[i], remote[i]);
		if (nm.kind === "different") pairs.push({ local: i, remote: null, match: null }, { local: null, remote: i, match: null });
		else pairs.push({ local: i, remote: i, match: nm });
	}
	for (let i = n; i < local.length; i++) pairs.push({ local: i, remote: null, match: null });
	return { pairs, trailingRemote: Math.max(0, remote.length - local.length) };
}

// ---------- titles ----------

/** Similarity of two titles after normalization, 0..1 (1 = same words). */
export function titleSimilarity(a: string, b: string): number {
	const x = normalizeTitle(a);
	const y = normalizeTitle(b);
	if (x === y) return 1;
	const len = Math.max(x.length, y.length);
	if (len === 0) return 0;
	return 1 - distance(x, y) / len;
}

/** One normalized title is the other plus a subtitle ("BERT" / "BERT: pre-training of …"). */
function isSubtitleVariant(a: string, b: string): boolean {
	const x = normalizeTitle(a);
	const y = normalizeTitle(b);
	if (x === y || !x || !y) return false;
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	if (!long.startsWith(`${short} `)) return false;
	const rawLong = x.length < y.length ? b : a;
	// the longer raw title must separate a subtitle (":", " - ", "—", "?", "!", ".", or the full-width
	// "：", "？", "！" of Chinese and Japanese titles) after the shared part
	const shortWords = short.split(" ").length;
	return /[:?!.—–：？！]|\s-\s/.test(rawLong) && shortWords >= 1;
}

const BR_US: Array<[RegExp, string]> = [
	[/our\b/g, "or"], [/isation/g, "ization"], [/ise\b/g, "ize"], [/ised\b/g, "ized"], [/ising\b/g, "izing"],
	[/yse\b/g, "yze"], [/ysed\b/g, "yzed"], [/ysing\b/g, "yzing"], [/tre\b/g, "ter"], [/ogue\b/g, "og"],
	[/lled\b/g, "led"], [/lling\b/g, "ling"], [/ence\b/g, "ense"], [/ae/g, "e"], [/oe/g, "e"],
	[/sulph/g, "sulf"], [/\bgrey/g, "gray"], [/aluminium/g, "aluminum"], [/\bmould/g, "mold"], [/\bplough/g, "plow"], [/programme/g, "program"],
];

/** Title key with British spellings mapped to American ones. */
function spellingKey(title: string): string {
	let t = normalizeTitle(title);
	for (const [re, to] of BR_US) t = t.replace(re, to);
	return t;
}

/** Title key without edition or volume wording ("… (2nd ed.)", "third edition", "-4/E.", ", Vol. 2"). */
function editionKey(title: string): string {
	return normalizeTitle(foldText(title).replace(EDITION_WORDING, " ").replace(VOLUME_WORDING, " "));
}

/**
 * Title key blind to "&" vs "and", "vs." vs "versus" and to where a word is split ("Pre-Training" / "Pretraining",
 * "data set" / "dataset"): punctuation and whitespace, which never make two papers.
 */
function joinedTitleKey(title: string): string {
	return normalizeTitle(foldText(title).replace(/&/g, " and ").replace(/\bvs\b\.?/g, " versus ")).replace(/ /g, "");
}

function parentheticals(title: string): string {
	return bracketedSpans(title, "()").map(([a, b]) => normalizeTitle(title.slice(a, b))).join("|");
}

/** Words that carry no content of their own: one left out or added is a slip, unlike a negation ("not", "no", "without"). */
const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "by", "from", "at", "as", "into", "via", "is", "are"]);

/** `longer` is `shorter` with one small word more, anywhere. */
function oneSmallWordMore(longer: string[], shorter: string[]): boolean {
	let i = 0;
	while (i < shorter.length && longer[i] === shorter[i]) i++;
	return SMALL_WORDS.has(longer[i]) && longer.slice(i + 1).join(" ") === shorter.slice(i).join(" ");
}

/** Two letters side by side typed in the wrong order ("teh" / "the", "anlaysis" / "analysis"): a slip in a word of any length from three letters. */
function swappedNeighbours(a: string, b: string): boolean {
	if (a.length !== b.length || a.length < 3) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** "version": the titles name different versions, parts or editions of a work (another work). */
/** "labelled": the same title once a review's or a deposit's label around one of them is set aside (rules/title-labels). */
export type TitleRelation = "same" | "labelled" | "subtitle" | "spelling" | "edition" | "near" | "numbered" | "cut" | "version" | "genus" | "different";

/** How the note's title `a` relates to the record's title `b`, from identical to different papers. */
export function relateTitles(a: string, b: string): TitleRelation {
	if (a === b) return "same";
	const x = normalizeTitle(a);
	const y = normalizeTitle(b);
	if (x === y || joinedTitleKey(a) === joinedTitleKey(b)) return "same";
	// a degree, percent or ångström sign written as its word on one side, an isotope or a ring position spelled out (rules/title-formatting)
	const wa = chemicalNotation(symbolsAsWords(a));
	const wb = chemicalNotation(symbolsAsWords(b));
	if ((wa !== a || wb !== b) && normalizeTitle(wa) === normalizeTitle(wb)) return "same";
	// an eponym with its possessive on one side only ("Parkinson's disease" / "Parkinson disease": rules/title-eponyms)
	const ea = withoutEponymPossessives(a);
	const eb = withoutEponymPossessives(b);
	if ((ea !== a || eb !== b) && normalizeTitle(ea) === normalizeTitle(eb)) return "same";
	// a Greek letter as its Latin look-alike on one side ("NF-kB" / "NF-κB": rules/title-formatting)
	const ga = greekAsLatin(a);
	const gb = greekAsLatin(b);
	if ((ga !== null) !== (gb !== null) && normalizeTitle(ga ?? a) === normalizeTitle(gb ?? b)) return "same";
	// numbers as words on one side and digits on the other (rules/title-numbers): related as digits
	const da = numbersAsDigits(a);
	const db = numbersAsDigits(b);
	return da !== a || db !== b ? relateWrittenTitles(da, db) : relateWrittenTitles(a, b, x, y);
}

/** relateTitles of two titles whose numbers are written alike; `x` and `y` their normalized forms when known. */
function relateWrittenTitles(a: string, b: string, x = normalizeTitle(a), y = normalizeTitle(b)): TitleRelation {
	if (x === y || joinedTitleKey(a) === joinedTitleKey(b)) return "same";
	const fa = withoutStoreFormat(a);
	const fb = withoutStoreFormat(b);
	if ((fa !== a || fb !== b) && normalizeTitle(fa) === normalizeTitle(fb)) return "same";
	// "Über die Stabilität" / "Ueber die Stabilitaet": umlauts spelled out on one side
	const ua = spelledOutUmlauts(a);
	const ub = spelledOutUmlauts(b);
	if ((ua !== null || ub !== null) && normalizeTitle(ua ?? a) === normalizeTitle(ub ?? b)) return "same";
	// a meeting abstract's number on one side (rules/abstract-numbers): compare what follows it
	const abstractA = withoutAbstractNumber(a);
	const abstractB = withoutAbstractNumber(b);
	if ((abstractA === null) !== (abstractB === null)) {
		const rest = relateTitles(abstractA ?? a, abstractB ?? b);
		if (rest !== "different") return rest;
	}
	// "Review of <book>, by <author>" / the book's title, "Data from: …" / the deposit's title (rules/title-labels)
	const la = withoutTitleLabel(a);
	const lb = withoutTitleLabel(b);
	if (la !== null || lb !== null) {
		const rest = relateTitles(la ?? a, lb ?? b);
		if (rest !== "different") return rest === "same" ? "labelled" : rest;
	}
	// Zenodo's "owner/repo: v2.1.0" for the package the note names (rules/software-releases)
	const release = relateReleaseTitles(a, b);
	if (release !== null) return release;
	// "Tide gauge records and vertical land motion in the Gulf of…": cut short on one side (rules/title-cut-short)
	const ca = cutShortTitle(a);
	const cb = cutShortTitle(b);
	if ((ca === null) !== (cb === null) && (ca === null ? x : y).startsWith(normalizeTitle(ca ?? cb ?? ""))) return "cut";
	if (versionConflict(a, b)) return "version";
	// one marker written two ways ("Volume II" / "Vol. 2")
	if (normalizeTitle(canonicalMarkers(a)) === normalizeTitle(canonicalMarkers(b))) return "same";
	if (withoutLeadingArticle(x) === withoutLeadingArticle(y)) return "same";
	if (editionKey(a) === editionKey(b)) return "edition";
	if (isSubtitleVariant(a, b)) return "subtitle";
	// "Face Recognition Vendor Test (FRVT) Part 3: …": a parenthetical acronym on one side only;
	// parentheticals on both sides that differ are different words ("(in Convex Optimization)")
	// one space before a bracket taken with it (the rest goes with normalizeTitle): a pattern taking the
	// whole run was tried from each space of a long one
	const pa = replaceBracketed(a, "()", "", true);
	const pb = replaceBracketed(b, "()", "", true);
	const oneSided = pa === a || pb === b || parentheticals(a) === parentheticals(b);
	if ((pa !== a || pb !== b) && oneSided && (normalizeTitle(pa) === normalizeTitle(pb) || isSubtitleVariant(pa, pb))) return "subtitle";
	if (spellingKey(a) === spellingKey(b)) return "spelling";
	// a typo-sized slip inside long words ("harmlesness"), never a changed number ("GPT-3" / "GPT-4"),
	// a changed short word ("few" / "zero", "in" / "on"), a prefix ("supervised" / "unsupervised"),
	// or opposed prefixes before one stem ("hyperthyroidism" / "hypothyroidism": rules/title-typo)
	const wx = x.split(" ");
	const wy = y.split(" ");
	if (x.length >= 20 && wx.length === wy.length) {
		const changed = wx.map((w, i) => [w, wy[i]] as const).filter(([a2, b2]) => a2 !== b2);
		const typo = changed.length <= 2 && changed.every(([a2, b2]) => !/\d/.test(a2 + b2) && (swappedNeighbours(a2, b2) ||
			(Math.min(a2.length, b2.length) >= 4 && a2[0] === b2[0] && !a2.endsWith(b2) && !b2.endsWith(a2) && !opposedForms(a2, b2) && distance(a2, b2) <= 2)));
		if (typo) return "near";
	}
	// a word typed twice in a row on one side ("and and", "the the"): the commonest slip of typing
	const once = (w: string[]) => w.filter((word, i) => word !== w[i - 1]);
	const ox = once(wx);
	const oy = once(wy);
	if ((ox.length < wx.length || oy.length < wy.length) && ox.join(" ") === oy.join(" ")) return "near";
	// a small word left out or typed in once ("The effect grazing on…"), the rest word for word
	if (x.length >= 20 && Math.abs(wx.length - wy.length) === 1 && oneSmallWordMore(wx.length > wy.length ? wx : wy, wx.length > wy.length ? wy : wx)) return "near";
	// "17. A value for …" / "Chapter 3: …": a chapter or section number in front of one title
	const na = withoutChapterNumber(a);
	const nb = withoutChapterNumber(b);
	if ((na !== null || nb !== null) && relateTitles(na ?? a, nb ?? b) !== "different") return "numbered";
	// "E. coli" for "Escherichia coli": a genus abbreviated on one side (rules/title-formatting)
	if (genusAbbreviated(a, b) || genusAbbreviated(b, a)) return "genus";
	return "different";
}

// ---------- candidates and identity ----------

/** Journals that publish short reviews of books under the book's own title. */
const REVIEW_VENUES = /choice reviews|book reviews?\b|reviews online|review of books/;
const LETTER_TYPES = new Set(["letter", "editorial"]);
const NOT_A_PAPER_TYPES = new Set(["erratum", "paratext", "peer-review", "retraction", "editorial", "letter", "supplementary-materials"]);
const NOT_THE_PAPER_TITLE = /^(review of|book review|a review of|erratum|errata|corrigendum|correction( to)?|retraction( note)?|retracted|reply to|response to|comment on|commentary on|author correction|publisher correction|expression of concern)\b/;

/** True when the remote is a review, erratum, reply… of the referenced work rather than the work. */
function isAboutTheWork(ref: Reference, work: RemoteWork): string | null {
	const localTitle = foldText(ref.title);
	const remoteTitle = foldText(work.title ?? "");
	const type = (work.type ?? "").toLowerCase();
	const localType = (ref.entryType ?? "").toLowerCase();
	// letters and editorials are cited works of their own (medicine cites them often): one by the
	// note's first author under the note's very title is the work, another is a letter about it
	const ownLetter = LETTER_TYPES.has(type) && relateTitles(ref.title, work.title ?? "") === "same" && firstAuthorAgrees(ref, work) === true;
	// a note citing the notice itself ("Correction to: …", "Erratum: …") under the record's very title (rules/not-the-work)
	const citedNotice = NOT_THE_PAPER_TITLE.test(localTitle) && relateTitles(ref.title, work.title ?? "") === "same";
	if (NOT_A_PAPER_TYPES.has(type) && !localType.includes(type) && !ownLetter && !citedNotice) return `remote is a ${type}`;
	// a record labelled a book review by the note's own first author is the review the note cites (rules/title-labels)
	const citedReview = !BOOK_TYPES.test(localType) && isReviewLabelled(work.title ?? "") && firstAuthorAgrees(ref, work) === true;
	if (NOT_THE_PAPER_TITLE.test(remoteTitle) && !NOT_THE_PAPER_TITLE.test(localTitle) && !citedReview) return "remote is a review, erratum or reply about the work";
	if (type === "review" && BOOK_TYPES.test(localType)) return "remote is a review of the book";
	if (work.isParatext) return "remote is paratext";
	if (BOOK_TYPES.test(localType) && work.venue && REVIEW_VENUES.test(foldText(work.venue))) return `remote is a review of the book (${work.venue})`;
	// a meeting abstract often has the title of the article that follows it (rules/not-the-work)
	const citesJournal = !citesMeetingAbstract(ref) && ((ref.venue !== null && !ref.venueIsPublisher) || /^article/.test(localType));
	if (citesJournal && work.venue && isAbstractsVenue(foldText(work.venue))) return `remote is a meeting abstract (${work.venue})`;
	// …or one printed in the journal's supplement under the title of the paper that followed it: a note
	// dated after the abstract cites the paper (rules/not-the-work)
	if (citesJournal && work.supplementIssue && ref.year !== null && work.year !== null && Number(ref.year) > work.year && (printsOneOrTwoPages(work.biblio) || !onlineFirstYear(ref.year, work))) return `remote is a meeting abstract (${work.venue ?? "a journal"}, issue ${work.supplementIssue})`;
	// …or one whose supplement pages are not the ones the note gives, in an issue that is no supplement (rules/not-the-work)
	const outside = citesJournal ? pagesOutsideSupplement(ref.numbers, work.biblio) : null;
	if (outside !== null) return outside;
	// …and so is a supplement's abstract (one or two pages, or none) beside a note whose issue is a paper's, whatever the year
	const printsPaper = citesJournal ? notePrintsPaper(ref, work) : null;
	if (printsPaper !== null) return `remote is a meeting abstract (${work.venue ?? "a journal"}, issue ${work.supplementIssue ?? ""}); the note's ${printsPaper}`;
	// a data or software deposit under the title of the paper the note cites in a journal: a JOSS
	// paper's code archive, a data descriptor's data set (rules/not-the-work); a data journal's
	// paper that OpenAlex types as a data set is in the journal, not in a repository
	if ((type === "dataset" || type === "software") && work.locations[0]?.sourceType !== "journal" && citesJournalNotRepository(ref) && !citesDeposit(ref)) return `remote is a ${type} deposit, not the journal paper the note cites`;
	return null;
}

/** The note cites a meeting abstract: its venue is an abstracts volume or meeting, or its note says so (rules/search-identity, rules/not-the-work). */
function citesMeetingAbstract(ref: Reference): boolean {
	return ref.citesAbstract === true || (ref.venue !== null && !ref.venueIsPublisher && isAbstractsVenue(foldText(ref.venue)));
}

/**
 * The note's year one after a record dated online in October to December: the issue's year of a
 * paper published online first (rules/year-online-first), as full papers in supplement issues are.
 */
function onlineFirstYear(year: string, work: RemoteWork): boolean {
	const month = work.publicationDate ? /^(\d{4})-(\d{2})/.exec(work.publicationDate) : null;
	return month !== null && Number(year) === Number(month[1]) + 1 && Number(month[2]) >= 10;
}


/** An organization named as author ("{Tatsu Lab}", "NIST", "OpenAI"), not a person. */
export function isOrganizationAuthor(name: string): boolean {
	const t = name.trim();
	const f = foldText(t);
	return /^\{.*\}$/.test(t) || ORGANIZATION.test(f) || SURNAME_LIKE_ORGANIZATION.test(f) || (/^[A-Z][A-Z&-]{1,9}$/.test(t));
}

/** One organisation's name written alike, case, accents and BibTeX's protecting braces aside. */
export function sameOrganization(a: string, b: string): boolean {
	return foldText(a.replace(/[{}]/g, "")) === foldText(b.replace(/[{}]/g, ""));
}

/** The words of an organisation's name that tell it from others: not "the", "collaboration", "for"… */
function organizationWords(name: string): string[] {
	return foldText(name.replace(/[{}]/g, "")).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !ORGANIZATION_WORDS.has(w));
}
const ORGANIZATION_WORDS = new Set(["the", "for", "of", "and", "on", "in", "at", "de", "team", "group", "consortium", "collaboration", "collaborations", "experiment", "project", "network", "investigators", "collaborators", "members", "authors", "study", "working", "writing", "committee", "lab", "laboratory", "survey", "observatory"]);

/**
 * Two organisations that share no distinctive word ("TRIDENT Collaboration", "KESTREL
 * Collaboration"): another group, not another way to write it ("the TRIDENT collaboration", "TRIDENT").
 */
export function otherOrganization(a: string, b: string): boolean {
	const x = organizationWords(a);
	const y = new Set(organizationWords(b));
	if (x.length > 0 && y.size > 0 && numberedOtherwise(x, [...y])) return true;
	return x.length > 0 && y.size > 0 && !x.some((w) => y.has(w)) && !initialismOf(a, b) && !initialismOf(b, a);
}

/** A number (digits or a Roman numeral) after a group's name, as a detector's successor's collaboration writes it. */
const ORGANIZATION_NUMBER = /^(\d+|ii|iii|iv|vi|vii|viii|ix)$/;

/**
 * The same distinctive words but for a number on one side or another number on each ("Upsilon
 * II" / "Upsilon", "Upsilon II" / "Upsilon III"): another group (rules/note-organization-author).
 */
function numberedOtherwise(x: string[], y: string[]): boolean {
	const plain = (ws: string[]) => ws.filter((w) => !ORGANIZATION_NUMBER.test(w));
	const numbers = (ws: string[]) => ws.filter((w) => ORGANIZATION_NUMBER.test(w)).join(" ");
	const px = plain(x);
	const py = plain(y);
	return px.length > 0 && px.join(" ") === py.join(" ") && numbers(x) !== numbers(y);
}

/** "NISO" for "National Information Standards Organization": a word in capitals whose letters start the other name's words, in order. */
function initialismOf(short: string, long: string): boolean {
	const initials = foldText(long.replace(/[{}]/g, "")).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "").map((w) => w[0]).join("");
	return short.replace(/[{}]/g, "").split(/\s+/).some((w) => {
		if (!/^\p{Lu}{2,10}$/u.test(w)) return false;
		let i = 0;
		for (const c of foldText(w)) {
			i = initials.indexOf(c, i);
			if (i < 0) return false;
			i++;
		}
		return true;
	});
}

const ORGANIZATION = /\b(team|lab|labs|laboratory|centers|centres|cent(?:er|re) (?:for|of)|group|consortium|collaboration|committee|council|association|society|institute|foundation|organization|organisation|project|inc|ltd|corporation|company|university|openai|google|deepmind|anthropic|microsoft|nvidia|working|task force|agency|department|office|commission|forum|authors|contributors|datasets|collaborators|collaborative|investigators|trialists|study group|writing group|network|initiative|alliance|registry|ministry|bureau|programme)\b/;
/** "Bank" and "Meta" are also family names ("Steven Bank"): organizations only in these forms. */
const SURNAME_LIKE_ORGANIZATION = /\b(world|central|reserve|development|investment|national|deutsche) bank\b|\bbank (of|for)\b|^meta( ai| platforms| research)?$/;

/**
 * Does the local first author agree with the remote's? The remote's first author decides; the
 * second or third will do for articles (author order slips) but not for books, where another
 * first author means a review or a chapter about the book — unless the record lists exactly the
 * note's people in another order (rules/author-order). null = cannot tell.
 */
export function firstAuthorAgrees(ref: Reference, work: RemoteWork): boolean | null {
	if (ref.authors.length === 0 || work.authors.length === 0 || isAnonymousAuthor(ref.authors[0])) return null;
	// an organisation, or a name BibTeX protects with braces ("{Marcus Aurelius}"), agrees with the
	// record's first author of that very name; otherwise it cannot be told from the record's people
	if (isOrganizationAuthor(ref.authors[0])) {
		if (ref.authors.every((l) => isOrganizationAuthor(l)) && work.authors.some((r) => ref.authors.some((l) => sameOrganization(l, r)))) return true;
		// the record names a group and it is another one: another collaboration's paper (rules/note-organization-author)
		const groups = work.authors.filter((r) => isOrganizationAuthor(r));
		if (groups.length > 0 && groups.every((g) => ref.authors.every((l) => otherOrganization(l, g)))) return false;
		return sameOrganization(ref.authors[0], work.authors[0]) ? true : null;
	}
	// two CJK names a comma joined, which the work's bylines print as two people (rules/author-scripts)
	const local = cjkNamesSplitByBylines(ref.authors, work.bylines).names;
	const remote = recordAuthorsFor(local, work).names;
	const first = local[0];
	if (compareNames(first, remote[0]).kind !== "different") return true;
	if (samePeopleInAnyOrder(local, remote, (a, b) => compareNames(a, b).kind !== "different")) return true;
	// a book's record naming only the note's editor or translator (rules/contributors-and-groups)
	if (recordListsOnlyContributors(ref.entryType, local, remote, ref.contributors ?? [], (a, b) => compareNames(a, b).kind !== "different")) return true;
	// the record's first authorship names no one (rules/record-stub): who is first is unknown, unless the note's first author is named elsewhere
	if (work.firstAuthorUnnamed && remote.every((r) => compareNames(first, r).kind === "different")) return null;
	if (BOOK_TYPES.test(ref.entryType ?? "")) return false;
	return remote.slice(1, 3).some((r) => compareNames(first, r).kind !== "different");
}

const BOOK_TYPES = /^(book|inbook|mvbook)$/;
/** Entry types of a thesis (BibTeX, biblatex, CSL, RIS as read). */
const THESIS_TYPES = /^(thesis|phdthesis|mastersthesis|dissertation)$/;

/**
 * The record's only author is a group while the note names people (rules/record-organization-
 * author): compared as a record defect when the note's identifier led to it, but a title search
 * alone cannot confirm it is the note's work.
 */
export function namesGroupInstead(ref: Reference, work: RemoteWork): boolean {
	const remote = recordAuthorsFor(ref.authors, work).names;
	return remote.length === 1 && isOrganizationAuthor(remote[0]) && ref.authors.length > 0 && ref.authors.every((l) => looksLikePerson(l) && compareNames(l, remote[0]).kind === "different");
}

/** A given and a family name, not a one-word label or an organisation. */
function looksLikePerson(name: string): boolean {
	const { given, family } = parsePersonName(name);
	return given !== "" && family !== "" && !isOrganizationAuthor(name);
}

function remoteIsPreprint(work: RemoteWork): boolean {
	return work.type === "preprint" || isPreprintVenue(work.venue) || work.locations.some((l) => l.isPreprint);
}

/** Years agree within one, or two where a preprint is involved; null = cannot tell. */
function yearAgrees(ref: Reference, work: RemoteWork): boolean | null {
	if (!ref.year || work.year === null) return null;
	const diff = Number(ref.year) - work.year;
	if (Math.abs(diff) <= 1) return true;
	return Math.abs(diff) <= 2 && (remoteIsPreprint(work) || isPreprintVenue(ref.venue) || ref.arxivId !== null);
}

/**
 * The record's title is the note's in another language (rules/translated-titles): the note's
 * original-language title, or a bracketed translation facing a non-English title by the same
 * first author in the same year; null otherwise.
 */
export function translationOf(ref: Reference, work: RemoteWork): TranslationKind | null {
	if (!work.title) return null;
	const alike = (a: string, b: string) => ["same", "spelling", "edition"].includes(relateTitles(a, b));
	const kind = translationKind(ref.title, ref.originalTitle, work.title, alike, (a, b) => relateTitles(a, b) === "subtitle");
	if ((kind === "bracketed" || kind === "appended" || kind === "parallel") && !(firstAuthorAgrees(ref, work) === true && yearAgrees(ref, work) === true)) return null;
	// two languages and nothing else to go by: only the note's own DOI, the first author (or, with the
	// names in two scripts that cannot be compared, as many of them: rules/author-scripts) and the very year
	const authorsAgree = firstAuthorAgrees(ref, work) === true || (namesInOtherScripts(ref.authors, work.authors) && ref.authors.length === work.authors.length);
	if (kind === "language" && !(ref.doi !== null && ref.doi === work.doi && authorsAgree && ref.year === String(work.year))) return null;
	return kind;
}

/**
 * One side gives the title in two languages and the other one of them only with a subtitle more
 * or less (rules/translated-titles): accepted as the same title, the subtitle still flagged.
 */
export function parallelBySubtitle(ref: Reference, work: RemoteWork): boolean {
	if (!work.title) return false;
	const recordParts = parallelTitles(work.title);
	const parts = recordParts ?? parallelTitles(ref.title);
	if (parts === null) return false;
	const other = recordParts ? ref.title : work.title;
	const relations = parts.map((p) => relateTitles(other, p));
	return relations.every((r) => r !== "same" && r !== "spelling" && r !== "edition") && relations.includes("subtitle");
}

/**
 * The record's title without the author's name in front of it, when only that name keeps it from
 * being the note's title ("Seneca: Letters on Ethics" for "Letters on Ethics"); null otherwise.
 */
export function authorNamedTitle(ref: Reference, recordTitle: string | null): string | null {
	if (recordTitle === null || !recordTitle.includes(":")) return null;
	const rest = withoutAuthorName(recordTitle, ref.authors);
	return rest !== null && relateTitles(ref.title, recordTitle) === "different" && relateTitles(ref.title, rest) !== "different" ? rest : null;
}

/**
 * The note's title names an edition ("… (9th ed.)", "…, Third Edition") that the record's title
 * leaves out, and the record's year is the note's: a book's record keeps its edition in a field,
 * never in its title, and two editions of a book are not published in one year (rules/version-markers).
 * "doi" when the note's DOI names the record (the rest of the title then compared as before), "book"
 * when a book's record has the note's first author and, the edition aside, the note's very title;
 * null otherwise (another edition, or not a book).
 */
export function editionLeftOutByRecord(ref: Reference, work: RemoteWork): "doi" | "book" | null {
	if (ref.year === null || ref.year !== String(work.year) || !work.title) return null;
	if (!versionMarkers(ref.title).has("edition") || versionMarkers(work.title).has("edition")) return null;
	// folded first: the wording is matched in lower case ("Third Edition")
	const rest = foldText(ref.title).replace(EDITION_WORDING, " ");
	if (versionConflict(rest, work.title) !== null) return null;
	if (ref.doi !== null && ref.doi === work.doi) return "doi";
	if (!isBookLike(ref, work) || firstAuthorAgrees(ref, work) !== true) return null;
	return ["same", "spelling", "labelled"].includes(relateTitles(rest, work.title)) ? "book" : null;
}

/** The note cites a chapter, and the record is the book holding it (rules/chapter-in-book). */
export function chapterOfBook(ref: Reference, work: RemoteWork): boolean {
	return isBookHoldingChapter(ref, work, (a, b) => ["same", "spelling", "edition", "subtitle"].includes(relateTitles(a, b)));
}

function wordCount(title: string): number {
	const t = normalizeTitle(title);
	return t ? t.split(" ").length : 0;
}

/**
 * Score a title-search candidate and decide whether it IS the referenced paper. A weak or
 * contradicted candidate is rejected (the reference is then not_found, never a wrong-paper mismatch).
 */
export function scoreCandidate(ref: Reference, work: RemoteWork): { score: number; accept: boolean; reason: string } {
	// a book record's title led by the author's name ("Seneca: Letters on Ethics": rules/title-labels)
	// …and a withdrawn review's record labelled so ("WITHDRAWN: …", rules/withdrawn) when the note is not
	const unlabelled = work.title && withoutWithdrawnLabel(ref.title) === null ? withoutWithdrawnLabel(work.title) : null;
	const remoteTitle = authorNamedTitle(ref, work.title) ?? unlabelled ?? work.title ?? "";
	const sim = remoteTitle ? titleSimilarity(ref.title, remoteTitle) : 0;
	const rel = remoteTitle ? relateTitles(titleForRelease(ref, remoteTitle), remoteTitle) : "different";
	const author = firstAuthorAgrees(ref, work);
	const year = yearAgrees(ref, work);
	const score = 0.6 * sim + 0.25 * (author === null ? 0.5 : author ? 1 : 0) + 0.15 * (year === null ? 0.5 : year ? 1 : 0);
	const reject = (reason: string) => ({ score, accept: false, reason });
	const about = isAboutTheWork(ref, work);
	if (about) return reject(about);
	if (!remoteTitle) return reject("remote has no title");
	if (author === false && namesGroupInstead(ref, work)) return reject("the record names a group instead of the note's authors, so a title search cannot confirm it");
	if (author === false) return reject("first author differs");
	// a short main title without its subtitle ("BERT") is found when first author and year agree (rules/title-subtitle)
	const subtitleOk = Math.min(wordCount(ref.title), wordCount(remoteTitle)) >= 4 || (author === true && year === true);
	// the record's title is the note's in another language (rules/translated-titles)
	const translated = rel === "different" && translationOf(ref, work) !== null;
	// a near title (a typo, a word typed twice, a small word left out) under 0.9 is a short title's slip:
	// found when the first author and the year vouch for it (rules/title-typo)
	const titleOk = translated || rel === "same" || rel === "labelled" || rel === "spelling" || rel === "edition" || rel === "numbered" || rel === "genus" || rel === "version" || (rel === "near" && (sim >= 0.9 || (author === true && year === true))) || ((rel === "subtitle" || rel === "cut") && subtitleOk);
	if (rel === "version" && editionLeftOutByRecord(ref, work) === null) return reject(`another version: ${versionConflict(ref.title, remoteTitle) ?? ""}`);
	if (!titleOk) return reject(`title differs (similarity ${sim.toFixed(2)})`);
	// another edition or a reprint the note explains (rules/book-editions)
	const edition = year === false && author === true && (rel === "same" || rel === "labelled" || rel === "edition" || translated) ? editionYear(ref, work) : null;
	// a short title's year agrees as well when it is the other year the note names ("1677/1996", origdate)
	// a report by an organisation (rules/note-organization-author) on a record listing nobody: the very title and year
	const organizationReport = author === null && work.authors.length === 0 && ref.authors.length > 0 && ref.authors.every((a) => isOrganizationAuthor(a)) && rel === "same" && ref.year === String(work.year);
	if (isShortTitle(ref.title) && !organizationReport && !(author === true && (year === true || edition?.explained === true))) {
		return reject("short title needs first author and year agreement");
	}
	if (year === false && edition === null && BOOK_TYPES.test(ref.entryType ?? "")) return reject("year differs: probably another edition of the book");
	// a thesis and the article made from it share a title, years apart (rules/search-identity)
	const thesisNote = THESIS_TYPES.test(ref.entryType ?? "");
	if (year === false && thesisNote && work.type !== "dissertation") return reject("year differs: probably the article made from the thesis the note cites");
	// …and the thesis is not the article: a preprint's two years' grace is not a thesis's
	if (!thesisNote && work.type === "dissertation" && ref.year !== null && work.year !== null && Math.abs(Number(ref.year) - work.year) >= 2) {
		return reject("year differs: probably the thesis the article the note cites was made from");
	}
	// …nor is a meeting abstract the paper made from it years later (the reverse: rules/not-the-work)
	if (citesMeetingAbstract(ref) && !(work.venue !== null && isAbstractsVenue(foldText(work.venue))) && ref.year !== null && work.year !== null && work.year - Number(ref.year) >= 2) {
		return reject("year differs: probably the paper made from the meeting abstract the note cites");
	}
	if (year === false && edition === null && !(author === true && (rel === "same" || rel === "labelled" || translated))) return reject("year differs");
	// a note without authors has only its title and year to go on (rules/thin-notes): both exact
	if (ref.authors.length === 0 && !(rel === "same" && ref.year !== null && work.year !== null && Number(ref.year) === work.year)) {
		return reject("a note without authors needs the exact title and the same year");
	}
	if (author === null && year !== true) return reject("cannot confirm: no authors to compare and year does not agree");
	const parts = [`title ${rel}`, author === null ? "no authors to compare" : "first author agrees", year === null ? "no year to compare" : year ? "year agrees" : "year differs"];
	return { score, accept: true, reason: parts.join(", ") };
}
