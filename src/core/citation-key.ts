// The citation key a note is cited by (`[@key]`): the one reader for every surface (runs, panel,
// cited_in), so they never name the same note differently.
import { isRecord } from "../lib/guards";
import { withExportFields } from "./export-fields";
import { firstText } from "./field-values";

/** CSL-JSON's item types (BibLib and pandoc notes): such a note keeps its citation key in `id`. */
export const CSL_TYPES = new Set([
	"article", "article-journal", "article-magazine", "article-newspaper", "paper-conference", "book",
	"chapter", "thesis", "report", "manuscript", "dataset", "webpage", "post", "post-weblog", "entry",
	"entry-encyclopedia", "entry-dictionary", "review", "review-book", "speech", "software", "standard",
	"patent", "legal_case", "legislation", "motion_picture", "broadcast", "interview", "personal_communication",
]);

/**
 * CSL-JSON's types for talks, maps, images and music (rules/not-indexed-sources): words a vault
 * also uses for its own notes (a meeting's `type: event`, a music library's `type: song`), so they
 * name a CSL item only beside CSL's own fields (`issued`, `container-title`, names as `{family,
 * given}`), as BibLib and pandoc write them.
 */
const CSL_MEDIA_TYPES = new Set(["event", "performance", "graphic", "map", "musical_score", "song"]);

/** Whether `type` names a CSL-JSON item type in this note (a media type only beside CSL's own fields). */
export function isCslType(fm: Record<string, unknown>, type: string): boolean {
	if (CSL_TYPES.has(type)) return true;
	if (!CSL_MEDIA_TYPES.has(type)) return false;
	if (isRecord(fm.issued) || fm["container-title"] !== undefined) return true;
	const names = fm.author ?? fm.composer ?? fm.performer ?? fm.director;
	return Array.isArray(names) && names.some((n) => isRecord(n) && (typeof n.family === "string" || typeof n.literal === "string"));
}

/** The citation-key field read when the settings name none. */
export const CITATION_KEY_FIELD = "citation_key";

/** Spellings of the citation-key field seen in the wild, read after the configured one. */
const CITATION_KEY_FIELDS = ["citation_key", "citekey", "citeKey", "citation-key", "citationKey", "id"];

/**
 * The citation key (as cited with `[@key]`): the configured field, then the usual spellings; a
 * leading "@" is not part of it. The one reader for every surface (runs, panel, cited_in).
 */
export function readCitationKey(fm: Record<string, unknown> | null | undefined, field: string = CITATION_KEY_FIELD): string | null {
	return isRecord(fm) ? citationKeyIn(withExportFields(fm), field) : null;
}

/** readCitationKey on fields already mapped by withExportFields (reference.ts maps a note once, then reads every field). */
export function citationKeyIn(fm: Record<string, unknown>, field: string = CITATION_KEY_FIELD): string | null {
	for (const k of field === CITATION_KEY_FIELD ? CITATION_KEY_FIELDS : [field, ...CITATION_KEY_FIELDS]) {
		// CSL-JSON keeps the citation key in `id`; elsewhere `id` may mean anything (unless configured).
		if (k === "id" && k !== field && !(typeof fm.type === "string" && isCslType(fm, fm.type))) continue;
		const key = firstText(fm, k)?.replace(/^@/, "").trim();
		if (key) return key;
	}
	return null;
}
