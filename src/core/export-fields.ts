// Export formats' field names under the usual ones (title, author, year, journal, doi…), so that
// a note an importer wrote from RIS, Web of Science, MEDLINE or EndNote tags, from a spreadsheet's
// columns, or from an index's JSON (OpenAlex, Europe PMC, the arXiv API) or a pandoc `references:`
// block is read like any other. The note's own fields of the usual names always come first.
import { asRecord, isRecord } from "../lib/guards";
import { isMissing } from "./normalize";

/** RIS type codes (`TY`) in the BibTeX vocabulary the rules speak. */
const RIS_TYPES: Record<string, string> = {
	JOUR: "article", JFULL: "article", MGZN: "article", NEWS: "article-newspaper", EJOUR: "article", BOOK: "book", EBOOK: "book",
	EDBOOK: "book", CHAP: "incollection", ECHAP: "incollection", CONF: "inproceedings", CPAPER: "inproceedings",
	THES: "thesis", RPRT: "report", UNPB: "unpublished", MANSCPT: "unpublished", GEN: "misc", ELEC: "online", WEB: "online",
	DATA: "dataset", COMP: "software", PAT: "patent", CASE: "legal_case", STAT: "legislation", BILL: "legislation",
};

/** Where RIS keeps each field, in the order its tags are preferred (EndNote, RefMan, Mendeley write them). */
const RIS_FIELDS: Array<[string, string[]]> = [
	["title", ["TI", "T1"]], ["author", ["AF", "AU", "A1"]], ["editor", ["A2", "ED"]], ["year", ["PY", "Y1", "DA"]],
	["journal", ["T2", "JO", "JF", "JA", "BT", "SO"]], ["publisher", ["PB"]], ["doi", ["DO", "DI"]], ["url", ["UR"]], ["citekey", ["ID"]],
];

/** Web of Science publication types (`PT`; its exports share RIS's two-letter tags, AF full names, SO source, DI DOI). */
const WOS_TYPES: Record<string, string> = { J: "article", B: "book", S: "incollection", P: "patent" };

/**
 * Spreadsheet exports' column names as CSV-to-note tools keep them (Scopus, Web of Science,
 * Dimensions, Lens, IEEE Xplore, Zotero's CSV, ResearchRabbit) and database properties (Notion),
 * compacted to lower-case letters and digits, for the usual field names.
 */
const COLUMN_FIELDS: Array<[string, string[]]> = [
	["title", ["title", "articletitle", "documenttitle"]], ["authors", ["authors", "author"]],
	["year", ["year", "pubyear", "publicationyear"]], ["journal", ["sourcetitle", "publicationtitle", "journal", "venue"]],
	["doi", ["doi"]], ["url", ["url", "link"]], ["tags", ["tags"]],
];

/**
 * A note whose frontmatter is an RIS record (tags as keys: `TY: JOUR`, `AU`, `TI`, `PY`, `T2`, `DO`,
 * as RIS and EndNote exports turned into notes keep them) read with the usual field names; the
 * note's own fields of those names come first. Any other note unchanged.
 */
function withRisFields(fm: Record<string, unknown>): Record<string, unknown> {
	const entryType = (typeof fm.TY === "string" ? RIS_TYPES[fm.TY.trim().toUpperCase()] : undefined) ?? (typeof fm.PT === "string" ? WOS_TYPES[fm.PT.trim().toUpperCase()] : undefined);
	if (!entryType) return fm;
	const out: Record<string, unknown> = { entry_type: entryType, ...fm };
	for (const [name, tags] of RIS_FIELDS) {
		if (out[name] !== undefined) continue;
		const tag = tags.find((t) => hasValue(fm[t]));
		if (tag) out[name] = fm[tag];
	}
	return out;
}

function hasValue(v: unknown): boolean {
	return v !== undefined && v !== null && !(typeof v === "string" && isMissing(v));
}

/**
 * A note whose fields are an export's columns ("Title", "Authors", "Source title", "PubYear",
 * "Publication Year", "DOI") read with the usual field names; the note's own fields of those names
 * come first, so a note written with them is unchanged.
 */
function withColumnFields(fm: Record<string, unknown>): Record<string, unknown> {
	let out: Record<string, unknown> | null = null;
	for (const key of Object.keys(fm)) {
		// only column-style names (capitals or spaces): a lower-case `link` or `author` is the note's own field
		if (key === key.toLowerCase() && !/\s/.test(key)) continue;
		const compact = key.toLowerCase().replace(/[^a-z0-9]/g, "");
		const name = COLUMN_FIELDS.find(([, columns]) => columns.includes(compact))?.[0];
		if (!name || key === name || fm[name] !== undefined || (out && out[name] !== undefined) || !hasValue(fm[key])) continue;
		out ??= { ...fm };
		out[name] = fm[key];
	}
	return out ?? fm;
}

/** MEDLINE publication types (`PT`, often several) that say "journal article" in the BibTeX vocabulary. */
const MEDLINE_ARTICLE = /\b(journal article|review|clinical trial|randomized controlled trial|meta-analysis|comparative study|case reports|letter|editorial)\b/i;

/**
 * A note whose frontmatter is a MEDLINE record (PubMed's "PubMed format"/.nbib tags: `PMID`, `TI`,
 * `FAU`/`AU`, `DP` "2019 Mar 4", `JT`/`TA`, `LID`/`AID` "10.x/y [doi]") read with the usual field
 * names. Told by `PMID`, or by `TI` with `DP` (MEDLINE's date of publication; RIS has no `DP`).
 */
function withMedlineFields(fm: Record<string, unknown>): Record<string, unknown> {
	if (!(hasValue(fm.PMID) || (hasValue(fm.TI) && hasValue(fm.DP))) || hasValue(fm.TY)) return fm;
	const out: Record<string, unknown> = { ...fm };
	const put = (name: string, ...tags: string[]) => {
		const tag = tags.find((t) => hasValue(fm[t]));
		if (out[name] === undefined && tag) out[name] = fm[tag];
	};
	put("title", "TI");
	put("author", "FAU", "AU");
	put("year", "DP");
	put("journal", "JT", "TA");
	// LID and AID hold the DOI beside the publisher's item id, each marked by its kind: "10.x/y [doi]", "S01… [pii]"
	const ids = [fm.LID, fm.AID].flatMap((v): unknown[] => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === "string");
	const doi = ids.find((v) => /\[doi\]\s*$/i.test(v));
	if (out.doi === undefined && doi) out.doi = doi.replace(/\s*\[doi\]\s*$/i, "");
	const types = (Array.isArray(fm.PT) ? fm.PT : [fm.PT]).filter((v): v is string => typeof v === "string");
	if (out.entry_type === undefined && types.some((t) => MEDLINE_ARTICLE.test(t))) out.entry_type = "article";
	return out;
}

/** EndNote's reference types (`%0`) in the BibTeX vocabulary the rules speak. */
const ENDNOTE_TYPES: Record<string, string> = {
	"journal article": "article", "magazine article": "article", "newspaper article": "article-newspaper", book: "book", "edited book": "book",
	"book section": "incollection", "conference proceedings": "inproceedings", "conference paper": "inproceedings", thesis: "thesis",
	report: "report", "web page": "online", "computer program": "software", dataset: "dataset", patent: "patent", "unpublished work": "unpublished",
};

/** Where EndNote's tagged export ("%A", "%T", "%D", as its .enw files and notes made from them keep it) holds each field. */
const ENDNOTE_FIELDS: Array<[string, string]> = [
	["title", "%T"], ["author", "%A"], ["editor", "%E"], ["year", "%D"], ["journal", "%J"], ["booktitle", "%B"], ["publisher", "%I"],
	["doi", "%R"], ["url", "%U"], ["citekey", "%F"],
];

/** A note whose frontmatter is an EndNote tagged record read with the usual field names. */
function withEndnoteTaggedFields(fm: Record<string, unknown>): Record<string, unknown> {
	if (!hasValue(fm["%T"])) return fm;
	const out: Record<string, unknown> = { ...fm };
	for (const [name, tag] of ENDNOTE_FIELDS) if (out[name] === undefined && hasValue(fm[tag])) out[name] = fm[tag];
	const type = typeof fm["%0"] === "string" ? ENDNOTE_TYPES[fm["%0"].trim().toLowerCase()] : undefined;
	if (out.entry_type === undefined && type) out.entry_type = type;
	return out;
}

const INDEX_JSON_KEYS = ["authorships", "display_name", "publication_year", "primary_location", "authorString", "journalTitle", "arxiv_doi", "id"];

/**
 * A note made from an index's JSON record: OpenAlex (`display_name`, `publication_year`,
 * `authorships[].author.display_name`, `primary_location.source.display_name`), Europe PMC
 * (`authorString` "Bakker J, van der Meer S.", `journalTitle`; `pubYear` is a column name) and the
 * arXiv API (`id` the abstract page's address, `arxiv_doi` the journal version's DOI).
 */
function withIndexJsonFields(fm: Record<string, unknown>): Record<string, unknown> {
	if (!INDEX_JSON_KEYS.some((k) => fm[k] !== undefined)) return fm;
	const out: Record<string, unknown> = { ...fm };
	const authorships = Array.isArray(fm.authorships) ? fm.authorships : null;
	if (out.title === undefined && hasValue(fm.display_name) && (authorships || fm.publication_year !== undefined)) out.title = fm.display_name;
	if (out.year === undefined && hasValue(fm.publication_year)) out.year = fm.publication_year;
	if (out.author === undefined && out.authors === undefined && authorships) {
		out.author = authorships.map((a) => {
			const r = asRecord(a);
			return asRecord(r?.author)?.display_name ?? r?.raw_author_name ?? null;
		}).filter((n): n is string => typeof n === "string");
	}
	const source = asRecord(asRecord(fm.primary_location)?.source)?.display_name;
	if (out.journal === undefined && hasValue(source)) out.journal = source;
	if (out.author === undefined && out.authors === undefined && hasValue(fm.authorString)) out.author = fm.authorString;
	if (out.journal === undefined && hasValue(fm.journalTitle)) out.journal = fm.journalTitle;
	if (out.doi === undefined && out.DOI === undefined && hasValue(fm.arxiv_doi)) out.doi = fm.arxiv_doi;
	if (out.arxiv === undefined && typeof fm.id === "string" && /^https?:\/\/(?:export\.)?arxiv\.org\/abs\//i.test(fm.id.trim())) out.arxiv = fm.id;
	return out;
}

/**
 * A note whose frontmatter is a pandoc `references:` block holding its one work (CSL YAML, as
 * pandoc-citeproc's and Better BibTeX's YAML exports write it) read as that work's fields; a block
 * of several works is a bibliography, not one reference, and is left alone.
 */
function withOneReference(fm: Record<string, unknown>): Record<string, unknown> {
	const refs = fm.references;
	if (!Array.isArray(refs) || refs.length !== 1 || !isRecord(refs[0]) || fm.title !== undefined) return fm;
	const rest = { ...fm };
	delete rest.references;
	return { ...refs[0], ...rest };
}

/** The note's fields with those of export formats' tags, columns and JSON records under the usual names. */
export function withExportFields(fm: Record<string, unknown>): Record<string, unknown> {
	return withColumnFields(withIndexJsonFields(withEndnoteTaggedFields(withMedlineFields(withRisFields(withOneReference(fm))))));
}
