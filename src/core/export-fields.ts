// Export formats' field names under the usual ones (title, author, year, journal, doi…), so that
// a note an importer wrote from RIS, Web of Science, MEDLINE, EndNote, RefWorks or RePEc tags, from
// a spreadsheet's columns, from an index's JSON (OpenAlex, Europe PMC, the arXiv API, DataCite,
// INSPIRE-HEP, Unpaywall, CORE), from a pandoc `references:` block, from a web page's citation
// metadata (meta tags, schema.org JSON-LD) or with its fields named in another language is read
// like any other. The note's own fields of the usual names always come first.
import { asRecord, isRecord } from "../lib/guards";
import { isMissing } from "./normalize";

/** RIS type codes (`TY`) in the BibTeX vocabulary the rules speak. */
const RIS_TYPES: Record<string, string> = {
	JOUR: "article", JFULL: "article", MGZN: "article", NEWS: "article-newspaper", EJOUR: "article", BOOK: "book", EBOOK: "book",
	EDBOOK: "book", CHAP: "incollection", ECHAP: "incollection", CONF: "inproceedings", CPAPER: "inproceedings",
	THES: "thesis", RPRT: "report", UNPB: "unpublished", MANSCPT: "unpublished", GEN: "misc", ELEC: "online", WEB: "online",
	DATA: "dataset", COMP: "software", PAT: "patent", CASE: "legal_case", STAT: "legislation", BILL: "legislation",
	HEAR: "hearing", SLIDE: "speech", ART: "graphic", MAP: "map", MUSIC: "musical_score", SOUND: "podcast", VIDEO: "video",
	MPCT: "motion_picture", PCOMM: "personal_communication", ICOMM: "personal_communication",
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
 * Dimensions, Lens, IEEE Xplore, Zotero's CSV, ResearchRabbit), database properties (Notion) and
 * Citavi's field labels,
 * compacted to lower-case letters and digits, for the usual field names.
 */
const COLUMN_FIELDS: Array<[string, string[]]> = [
	// Notion's title property is "Name" unless renamed
	["title", ["title", "articletitle", "documenttitle", "name"]],
	// Citavi's author field, in English and German
	["authors", ["authors", "author", "authoreditororganization", "autorherausgeberoderinstitution"]],
	["year", ["year", "pubyear", "publicationyear"]], ["published", ["published", "publicationdate", "datepublished"]], ["date", ["date"]], ["journal", ["sourcetitle", "publicationtitle", "journal", "venue", "periodical", "publication"]],
	// Citavi's "DOI name" ("DOI-Name")
	["doi", ["doi", "doiname"]], ["url", ["url", "link"]], ["tags", ["tags"]], ["citekey", ["citekey", "citationkey"]],
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
 * `FAU`/`AU`/`CN`, `DP` "2019 Mar 4", `JT`/`TA`, `LID`/`AID` "10.x/y [doi]") read with the usual field
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
	// CN: a collective author (a trial group), the byline when no person is listed
	put("author", "FAU", "AU", "CN");
	put("year", "DP");
	put("journal", "JT", "TA");
	// LID and AID hold the DOI beside the publisher's item id, each marked by its kind: "10.x/y [doi]", "S01… [pii]"
	const ids = [fm.LID, fm.AID].flatMap((v): unknown[] => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === "string");
	const doi = ids.find((v) => /\[doi\]\s*$/i.test(v));
	// the mark and the spaces after it, then those before it (one pattern starting with the spaces
	// before the mark tried every space of a long run: quadratic)
	if (out.doi === undefined && doi) out.doi = doi.replace(/\[doi\]\s*$/i, "").trimEnd();
	const types = (Array.isArray(fm.PT) ? fm.PT : [fm.PT]).filter((v): v is string => typeof v === "string");
	if (out.entry_type === undefined && types.some((t) => MEDLINE_ARTICLE.test(t))) out.entry_type = "article";
	return out;
}

/** A tagged export format: the key that marks it, its type tag and types, and where it keeps each field. */
interface TaggedFormat {
	/** Whether a note's frontmatter is a record of this format. */
	is: (fm: Record<string, unknown>) => boolean;
	/** The entry type in the BibTeX vocabulary the rules speak, from the record's type tag. */
	type: (fm: Record<string, unknown>) => string | undefined;
	fields: Array<[string, string[]]>;
}

/** EndNote's reference types (`%0`) and RefWorks' (`RT`) in the BibTeX vocabulary the rules speak. */
const REFERENCE_TYPES: Record<string, string> = {
	"journal article": "article", "magazine article": "article", "newspaper article": "article-newspaper", book: "book", "edited book": "book",
	"book section": "incollection", "conference proceedings": "inproceedings", "conference paper": "inproceedings", thesis: "thesis",
	report: "report", "web page": "online", "computer program": "software", dataset: "dataset", patent: "patent", "unpublished work": "unpublished",
	"book, whole": "book", "book, section": "incollection", "book, edited": "book", "dissertation/thesis": "thesis", "unpublished material": "unpublished",
};

/** RePEc's ReDIF templates ("ReDIF-Paper 1.0") in the BibTeX vocabulary the rules speak. */
const REDIF_TYPES: Record<string, string> = { paper: "techreport", article: "article", book: "book", chapter: "incollection", software: "software" };

const typeOf = (v: unknown, types: Record<string, string>): string | undefined => (typeof v === "string" ? types[v.trim().toLowerCase()] : undefined);

const TAGGED_FORMATS: TaggedFormat[] = [
	// EndNote's tagged export (.enw files and notes made from them: "%A", "%T", "%D")
	{
		is: (fm) => hasValue(fm["%T"]),
		type: (fm) => typeOf(fm["%0"], REFERENCE_TYPES),
		fields: [["title", ["%T"]], ["author", ["%A"]], ["editor", ["%E"]], ["year", ["%D"]], ["journal", ["%J"]], ["booktitle", ["%B"]], ["publisher", ["%I"]], ["doi", ["%R"]], ["url", ["%U"]], ["citekey", ["%F"]]],
	},
	// RefWorks' tagged format ("RT Journal Article", "A1", "T1", "YR", "JF"), told by its reference type
	{
		is: (fm) => typeOf(fm.RT, REFERENCE_TYPES) !== undefined,
		type: (fm) => typeOf(fm.RT, REFERENCE_TYPES),
		fields: [["title", ["T1"]], ["author", ["A1"]], ["editor", ["A2"]], ["year", ["YR", "FD"]], ["journal", ["JF", "JO", "T2"]], ["publisher", ["PB"]], ["doi", ["DO"]], ["url", ["UL", "LK"]]],
	},
	// RePEc's ReDIF templates (IDEAS/EconPapers: "Template-Type: ReDIF-Paper 1.0", "Author-Name", "Creation-Date")
	{
		is: (fm) => typeof fm["Template-Type"] === "string" && /^redif-/i.test(fm["Template-Type"].trim()),
		type: (fm) => typeOf(/^redif-(\w+)/i.exec(String(fm["Template-Type"]).trim())?.[1], REDIF_TYPES),
		fields: [["title", ["Title"]], ["author", ["Author-Name"]], ["year", ["Year", "Creation-Date"]], ["journal", ["Journal"]], ["doi", ["DOI"]]],
	},
];

/**
 * A note made from EndNote's XML export (converted to YAML: `ref-type`, `titles.title`,
 * `titles.secondary-title`, `contributors.authors` or `contributors.authors.author`, `dates.year`,
 * `electronic-resource-num` the DOI) read with the usual field names.
 */
function withEndnoteXmlFields(fm: Record<string, unknown>): Record<string, unknown> {
	const titles = asRecord(fm.titles);
	const contributors = asRecord(fm.contributors);
	if (!titles || !(contributors || fm["ref-type"] !== undefined)) return fm;
	const out: Record<string, unknown> = { ...fm };
	const put = (name: string, v: unknown) => {
		if (out[name] === undefined && hasValue(v)) out[name] = v;
	};
	put("title", titles.title);
	put("journal", titles["secondary-title"]);
	const authors = contributors?.authors;
	put("author", asRecord(authors)?.author ?? authors);
	put("year", asRecord(fm.dates)?.year);
	put("doi", fm["electronic-resource-num"]);
	const type = typeOf(asRecord(fm["ref-type"])?.name ?? fm["ref-type"], REFERENCE_TYPES);
	if (out.entry_type === undefined && type) out.entry_type = type;
	return out;
}

/** A note whose frontmatter is a record of a tagged format read with the usual field names. */
function withTaggedFields(fm: Record<string, unknown>): Record<string, unknown> {
	const format = TAGGED_FORMATS.find((f) => f.is(fm));
	if (!format) return fm;
	const out: Record<string, unknown> = { ...fm };
	for (const [name, tags] of format.fields) {
		const tag = tags.find((t) => hasValue(fm[t]));
		if (out[name] === undefined && tag) out[name] = fm[tag];
	}
	const type = format.type(fm);
	if (out.entry_type === undefined && type) out.entry_type = type;
	return out;
}

const INDEX_JSON_KEYS = [
	"authorships", "display_name", "publication_year", "primary_location", "authorships.author.display_name", "primary_location.source.display_name",
	"authorString", "journalTitle", "authorList", "journalInfo", "host_venue", "arxiv_doi", "id", "titles", "dois", "arxiv_eprints",
	"publication_info", "preprint_date", "z_authors", "journal_name", "yearPublished", "journals", "@type",
];

/** schema.org types of the works a scholarly page describes. */
const SCHEMA_ORG_WORKS = /^(?:schema:)?(?:ScholarlyArticle|Article|MedicalScholarlyArticle|Book|Chapter|Thesis|Report|Dataset|CreativeWork)$/;

/** The first item of a list of records ("titles: [{title: …}]", "dois: [{value: …}]"), or null. */
function firstOf(v: unknown): Record<string, unknown> | null {
	return Array.isArray(v) ? asRecord(v[0]) : null;
}

/**
 * A note made from an index's JSON record or CSV row: OpenAlex (`display_name`, `publication_year`,
 * `authorships[].author.display_name`, `primary_location.source.display_name`, or those paths as
 * CSV columns with "|" between authors; `host_venue` before 2023), Europe PMC (`authorString`
 * "Bakker J, van der Meer S.", `journalTitle`, or the full results' `authorList` and `journalInfo`;
 * `pubYear` is a column name), the arXiv API (`id` the abstract page's address,
 * `arxiv_doi` the journal version's DOI), DataCite and INSPIRE-HEP (`titles[].title`, `dois[].value`,
 * `arxiv_eprints[].value`, `publication_info[].journal_title`/`year`, `preprint_date`), Unpaywall
 * (`z_authors[]` of {family, given}, `journal_name`), CORE (`yearPublished`, `journals[].title`) and
 * a page's schema.org JSON-LD as clippers keep it (`@type` ScholarlyArticle…, `headline` or `name`,
 * `datePublished`, `isPartOf.name`, the DOI in `sameAs` or `identifier`).
 */
function withIndexJsonFields(fm: Record<string, unknown>): Record<string, unknown> {
	if (!INDEX_JSON_KEYS.some((k) => fm[k] !== undefined)) return fm;
	const out: Record<string, unknown> = { ...fm };
	const put = (name: string, v: unknown) => {
		if (out[name] === undefined && hasValue(v)) out[name] = v;
	};
	const noAuthors = () => out.author === undefined && out.authors === undefined;
	const authorships = Array.isArray(fm.authorships) ? fm.authorships : null;
	if (authorships || fm.publication_year !== undefined) put("title", fm.display_name);
	put("title", firstOf(fm.titles)?.title);
	const info = firstOf(fm.publication_info);
	put("year", fm.publication_year);
	put("year", info?.year);
	put("year", fm.preprint_date);
	if (noAuthors() && authorships) {
		out.author = authorships.map((a) => {
			const r = asRecord(a);
			return asRecord(r?.author)?.display_name ?? r?.raw_author_name ?? null;
		}).filter((n): n is string => typeof n === "string");
	}
	const csvAuthors = fm["authorships.author.display_name"];
	if (noAuthors() && typeof csvAuthors === "string" && hasValue(csvAuthors)) out.author = csvAuthors.split("|").map((n) => n.trim()).filter((n) => n !== "");
	if (noAuthors()) put("author", fm.authorString);
	// Europe PMC's full ("core") results: authorList.author[] of {lastName, firstName}, journalInfo
	if (noAuthors()) put("author", asRecord(fm.authorList)?.author);
	const journalInfo = asRecord(fm.journalInfo);
	put("year", journalInfo?.yearOfPublication);
	put("journal", asRecord(asRecord(fm.primary_location)?.source)?.display_name);
	put("journal", fm["primary_location.source.display_name"]);
	put("journal", fm.journalTitle);
	put("journal", asRecord(journalInfo?.journal)?.title);
	// OpenAlex's schema before 2023 named the venue `host_venue`
	put("journal", asRecord(fm.host_venue)?.display_name);
	put("journal", info?.journal_title);
	if (out.DOI === undefined) {
		put("doi", fm.arxiv_doi);
		put("doi", firstOf(fm.dois)?.value);
	}
	// Unpaywall and CORE
	if (noAuthors()) put("author", fm.z_authors);
	put("journal", fm.journal_name);
	put("year", fm.yearPublished);
	put("journal", firstOf(fm.journals)?.title);
	// schema.org JSON-LD of a scholarly page
	if (typeof fm["@type"] === "string" && SCHEMA_ORG_WORKS.test(fm["@type"])) {
		put("title", fm.headline);
		put("title", fm.name);
		put("year", fm.datePublished);
		put("journal", asRecord(fm.isPartOf)?.name);
		const ids = [fm.sameAs, fm.identifier].flatMap((v): unknown[] => (Array.isArray(v) ? v : [v])).map((v) => asRecord(v)?.value ?? v);
		if (out.DOI === undefined) put("doi", ids.find(isDoiText));
	}
	if (typeof fm.id === "string" && /^https?:\/\/(?:export\.)?arxiv\.org\/abs\//i.test(fm.id.trim())) put("arxiv", fm.id);
	put("arxiv", firstOf(fm.arxiv_eprints)?.value);
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

/**
 * Where web pages' citation metadata keeps each field, as the Obsidian Web Clipper's templates copy
 * it into a note: Highwire Press tags (`citation_title`, `citation_author`, every publisher's page
 * has them for Google Scholar), Dublin Core (`dc.title`, `DC.creator`, `dcterms:issued`) and PRISM
 * (`prism.doi`, `prism.publicationName`); names compared in lower case, ":" read as ".".
 */
const META_FIELDS: Array<[string, string[]]> = [
	["title", ["citation_title", "dc.title", "dcterms.title"]],
	["author", ["citation_author", "citation_authors", "dc.creator", "dcterms.creator"]],
	["year", ["citation_publication_date", "citation_date", "citation_year", "prism.publicationdate", "prism.coverdate", "dcterms.issued", "dc.date", "citation_online_date"]],
	["journal", ["citation_journal_title", "citation_conference_title", "citation_inbook_title", "prism.publicationname", "dcterms.ispartof"]],
	["doi", ["citation_doi", "prism.doi", "dc.identifier", "dcterms.identifier"]],
	["arxiv", ["citation_arxiv_id"]],
];

const META_KEY = /^(?:citation_|dc[.:]|dcterms[.:]|prism[.:])/i;

/** A web page's meta tag as a key; `citation_key` is the note's own citation key, no page's tag. */
function isMetaTagKey(key: string): boolean {
	return META_KEY.test(key) && key.toLowerCase() !== "citation_key";
}

/** A note whose fields are a web page's citation metadata read with the usual field names. */
function withMetaTagFields(fm: Record<string, unknown>): Record<string, unknown> {
	const keys = Object.keys(fm).filter(isMetaTagKey);
	if (keys.length === 0) return fm;
	const byName = new Map(keys.map((k) => [k.toLowerCase().replace(/:/g, "."), k]));
	const out: Record<string, unknown> = { ...fm };
	for (const [name, tags] of META_FIELDS) {
		if (out[name] !== undefined) continue;
		// an identifier is the DOI only when it is one ("doi:10.…"); a page's identifier may be an ISSN or an address
		const tag = tags.map((t) => byName.get(t)).find((k) => k !== undefined && hasValue(fm[k]) && (name !== "doi" || isDoiText(fm[k])));
		if (tag) out[name] = fm[tag];
	}
	// the page says what it is: a journal's or a conference's paper, not a web page
	const kind = byName.has("citation_journal_title") ? "article" : byName.has("citation_conference_title") ? "inproceedings" : undefined;
	if (out.entry_type === undefined && kind) out.entry_type = kind;
	return out;
}

function isDoiText(v: unknown): boolean {
	return typeof v === "string" && /(?:^|doi:\s*|doi\.org\/)10\.\d{4,9}\//i.test(v.trim());
}

/**
 * Field names in other languages, as people who write their notes in German, French, Spanish,
 * Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Russian, Chinese, Japanese or
 * Korean name their templates' properties ("Titel", "Autoren", "Jahr", "Zeitschrift"; "titre",
 * "auteurs", "année", "revue"; "标题", "作者", "年份", "期刊"), compared in lower case.
 */
const OTHER_LANGUAGE_FIELDS: Array<[string, string[]]> = [
	["title", ["titel", "titre", "título", "titulo", "titolo", "tytuł", "название", "заглавие", "标题", "題名", "题名", "篇名", "タイトル", "表題", "제목"]],
	["author", ["autor", "autoren", "verfasser", "auteur", "auteurs", "autores", "autore", "autori", "författare", "forfatter", "forfattere", "autorzy", "автор", "авторы", "作者", "著者", "저자"]],
	["year", ["jahr", "erscheinungsjahr", "année", "annee", "año", "ano", "anno", "jaar", "år", "rok", "год", "年", "年份", "出版年", "発行年", "연도"]],
	["journal", ["zeitschrift", "revue", "revista", "periódico", "rivista", "tijdschrift", "tidskrift", "tidsskrift", "czasopismo", "журнал", "期刊", "刊名", "雑誌", "掲載誌", "誌名", "학술지"]],
];

const OTHER_LANGUAGE_KEY: ReadonlyMap<string, string> = new Map(OTHER_LANGUAGE_FIELDS.flatMap(([name, keys]) => keys.map((k) => [k, name] as [string, string])));

/** A note whose fields are named in another language read with the usual names; the note's own usual fields come first. */
function withOtherLanguageFields(fm: Record<string, unknown>): Record<string, unknown> {
	let out: Record<string, unknown> | null = null;
	for (const key of Object.keys(fm)) {
		const name = OTHER_LANGUAGE_KEY.get(key.toLowerCase());
		if (!name || fm[name] !== undefined || (out && out[name] !== undefined) || !hasValue(fm[key])) continue;
		out ??= { ...fm };
		out[name] = fm[key];
	}
	return out ?? fm;
}

/**
 * Whether a note may hold an export format's fields: a key with capitals, "%" or a space (tags,
 * columns, templates), a web page's meta tag, an index record's key, a field named in another
 * language (lower-cased only when it begins outside ASCII: ASCII capitals are caught above) or a
 * pandoc `references:` list.
 * Most notes have none, and every mapping below would return them unchanged: one pass over the keys
 * spares the vault scan seven.
 */
function mayHoldExportFields(fm: Record<string, unknown>): boolean {
	for (const k of Object.keys(fm)) {
		if (/[A-Z%\s]/.test(k) || INDEX_JSON_KEY_SET.has(k) || isMetaTagKey(k) || OTHER_LANGUAGE_KEY.has(k) || (k.charCodeAt(0) > 127 && OTHER_LANGUAGE_KEY.has(k.toLowerCase())) || (k === "references" && Array.isArray(fm[k]))) return true;
	}
	return false;
}

const INDEX_JSON_KEY_SET: ReadonlySet<string> = new Set(INDEX_JSON_KEYS);

/** The note's fields with those of export formats' tags, columns and JSON records under the usual names. */
export function withExportFields(fm: Record<string, unknown>): Record<string, unknown> {
	if (!mayHoldExportFields(fm)) return fm;
	return withOtherLanguageFields(withMetaTagFields(withColumnFields(withIndexJsonFields(withEndnoteXmlFields(withTaggedFields(withMedlineFields(withRisFields(withOneReference(fm)))))))));
}
