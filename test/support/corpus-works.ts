// OpenAlex-shaped works for the fake server: built from the fixture corpus's recorded `remote:`
// blocks (what OpenAlex/DBLP/S2 answered when the notes were last checked), or synthetic ones.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseFrontmatter } from "../../src/vault/frontmatter";

/** Tests, benches and the eval run from the repository root. */
export const CORPUS_DIR = join(process.cwd(), "test", "fixtures", "corpus");
export const BIBTEX_DIR = join(CORPUS_DIR, "shared-references", "bibtex-entries");

const PREPRINT_VENUE = /\b(arxiv|corr|ssrn|biorxiv|medrxiv|research square|zenodo|preprint)\b/i;

export interface WorkSpec {
	/** "W123" or "https://openalex.org/W123". */
	id: string;
	doi?: string | null;
	title: string | null;
	authors: string[];
	/** The PubMed id OpenAlex lists in `ids.pmid`. */
	pmid?: string;
	/** `raw_author_name` per author where it is not the profile's name. */
	bylines?: string[];
	year?: number | null;
	venue?: string | null;
	/** Defaults from the venue: preprint servers → repository. */
	sourceType?: string;
	type?: string;
	/** Extra locations (e.g. the published venue of a preprint record). */
	extraLocations?: Array<{ venue: string; sourceType: string; version?: string; landingPageUrl?: string }>;
	isRetracted?: boolean;
	/** `publication_date`; default January 1st of the year. */
	publicationDate?: string;
	/** `biblio.issue`; no `biblio` when it, `volume` and `pages` are absent. */
	issue?: string;
	/** `biblio.first_page` and `last_page`. */
	pages?: [string, string];
	/** `biblio.volume`. */
	volume?: string;
}

/** One work in OpenAlex's JSON shape (2026 schema, only fields we read plus a few others). */
export function openAlexWork(spec: WorkSpec): Record<string, unknown> {
	const id = spec.id.startsWith("https://") ? spec.id : `https://openalex.org/${spec.id}`;
	const doi = spec.doi ? `https://doi.org/${spec.doi.replace(/^https?:\/\/doi\.org\//i, "").toLowerCase()}` : null;
	const preprint = !!spec.venue && PREPRINT_VENUE.test(spec.venue);
	const sourceType = spec.sourceType ?? (preprint ? "repository" : "journal");
	const location = (venue: string | null, type: string, version: string, landingPageUrl: string | null = doi) => ({
		is_oa: false,
		landing_page_url: landingPageUrl,
		pdf_url: null,
		source: venue ? { id: `https://openalex.org/S${hash(venue)}`, display_name: venue, issn_l: null, is_oa: false, type } : null,
		license: null,
		version,
		is_accepted: version !== "submittedVersion",
		is_published: version === "publishedVersion",
	});
	const primary = location(spec.venue ?? null, sourceType, preprint ? "submittedVersion" : "publishedVersion");
	const extra = (spec.extraLocations ?? []).map((l) => location(l.venue, l.sourceType, l.version ?? "publishedVersion", l.landingPageUrl ?? doi));
	const n = spec.authors.length;
	return {
		id,
		doi,
		title: spec.title,
		display_name: spec.title,
		publication_year: spec.year ?? null,
		publication_date: spec.publicationDate ?? (spec.year ? `${spec.year}-01-01` : null),
		ids: { openalex: id, ...(doi ? { doi } : {}), ...(spec.pmid ? { pmid: `https://pubmed.ncbi.nlm.nih.gov/${spec.pmid}` } : {}) },
		language: "en",
		primary_location: primary,
		type: spec.type ?? (preprint ? "preprint" : "article"),
		authorships: spec.authors.map((name, i) => ({
			author_position: i === 0 ? "first" : i === n - 1 ? "last" : "middle",
			author: { id: `https://openalex.org/A${hash(name)}`, display_name: name, orcid: null },
			institutions: [],
			countries: [],
			is_corresponding: false,
			raw_author_name: spec.bylines?.[i] ?? name,
			raw_affiliation_strings: [],
		})),
		locations: [primary, ...extra],
		is_retracted: spec.isRetracted ?? false,
		is_paratext: false,
		cited_by_count: 0,
		...(spec.issue !== undefined || spec.volume !== undefined || spec.pages !== undefined ? { biblio: { volume: spec.volume ?? null, issue: spec.issue ?? null, first_page: spec.pages?.[0] ?? null, last_page: spec.pages?.[1] ?? null } } : {}),
	};
}

/** Stable 9-digit number for synthetic ids. */
export function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return 100_000_000 + ((h >>> 0) % 900_000_000);
}

export interface CorpusEntry {
	file: string;
	citationKey: string;
	/** The OpenAlex id the fake index serves this note's recorded remote under. */
	workId: string;
	/** The recorded status of the earlier checker. */
	recordedStatus: string;
}

/** Each note's frontmatter by file, read once per test file: the builders below only read it. */
const frontmatterByFile = new Map<string, Record<string, unknown> | null>();

function frontmatterOf(file: string): Record<string, unknown> | null {
	if (!frontmatterByFile.has(file)) {
		const fm = parseFrontmatter(readFileSync(join(BIBTEX_DIR, file), "utf8"));
		frontmatterByFile.set(file, "error" in fm ? null : fm.data);
	}
	return frontmatterByFile.get(file) ?? null;
}

/** Notes of the shared bibliography that carry a recorded `remote:` block, with the id served. */
export function corpusEntries(): CorpusEntry[] {
	const out: CorpusEntry[] = [];
	for (const file of readdirSync(BIBTEX_DIR).filter((f) => f.endsWith(".md")).sort()) {
		const fm = frontmatterOf(file);
		const log = fm?.check_log as Record<string, unknown> | undefined;
		if (!log?.remote || typeof log.remote !== "object") continue;
		const paperId = typeof log.paper_id === "string" ? log.paper_id : "";
		const key = typeof fm?.citation_key === "string" ? fm.citation_key : file.replace(/\.md$/, "");
		const m = /openalex\.org\/(W\d+)$/.exec(paperId);
		out.push({ file, citationKey: key, workId: m ? m[1] : `W${hash(paperId || key)}`, recordedStatus: String(log.status) });
	}
	return out;
}

/**
 * The fake index: one work per distinct recorded remote (id from paper_id, or a stable synthetic
 * id for DBLP/S2 records), preprint servers as `source.type: repository`.
 */
export function corpusWorks(): Array<Record<string, unknown>> {
	const works = new Map<string, Record<string, unknown>>();
	for (const e of corpusEntries()) {
		if (works.has(e.workId)) continue;
		const fm = frontmatterOf(e.file) as Record<string, unknown>;
		const remote = (fm.check_log as Record<string, unknown>).remote as Record<string, unknown>;
		const year = typeof remote.year === "number" ? remote.year : Number(remote.year) || null;
		works.set(
			e.workId,
			openAlexWork({
				id: e.workId,
				doi: typeof remote.doi === "string" ? remote.doi : null,
				title: typeof remote.title === "string" ? remote.title : null,
				authors: Array.isArray(remote.authors) ? remote.authors.map(String) : [],
				year,
				venue: typeof remote.venue === "string" ? remote.venue : null,
			}),
		);
	}
	return [...works.values()];
}
