// Reference notes as importers write them, from one paper's fields: the styles the perturbation
// yardstick (perturb.ts) renders its notes in. Each style is a real importer's shape; the reader
// (src/core/reference.ts) must take every one of them.
import { stringify } from "yaml";
import { noteText } from "./hallmark";
import { withoutDblpNumber } from "./hallmark-index";

/** A paper's citation fields before they are written into a note. Authors are bylines ("Given Family"). */
export interface CitationFields {
	key: string;
	entryType: string;
	title: string;
	authors: string[];
	year: string;
	venue: string | null;
	/** The BibTeX field the venue came from. */
	venueField: "booktitle" | "journal";
	doi: string | null;
	url: string | null;
}

export const NOTE_STYLES = ["bibtex", "bibtex-last-first", "biblib-csl", "zotero-integration", "semantic-scholar"] as const;
export type NoteStyle = (typeof NOTE_STYLES)[number];

/** What each style is, for the report. */
export const STYLE_WHAT: Record<NoteStyle, string> = {
	bibtex: "BibTeX fields as frontmatter (author string or list, booktitle/journal or venue)",
	"bibtex-last-first": "BibTeX with \"Family, Given and …\" authors and a citekey",
	"biblib-csl": "BibLib CSL-JSON: author {family, given} listed twice each, issued date-parts, container-title, DOI",
	"zotero-integration": "Zotero Integration template: aliases, citekey, \"Family, Given\" list, full venue name, date, DOI as a URL",
	"semantic-scholar": "Semantic Scholar export: no citation key, authors as one comma-separated string, paper tag",
};

const PARTICLES = new Set(["van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "del", "dos", "das", "ten", "ter"]);

/** "Given Middle van Family" → given / family, the way an importer with structured names holds it. */
export function splitByline(byline: string): { given: string; family: string } {
	const words = withoutDblpNumber(byline).trim().split(/\s+/);
	if (words.length === 1) return { given: "", family: words[0] };
	let start = words.length - 1;
	for (let i = 1; i < words.length - 1; i++) {
		if (PARTICLES.has(words[i])) {
			start = i;
			break;
		}
	}
	return { given: words.slice(0, start).join(" "), family: words.slice(start).join(" ") };
}

/** DBLP's short venue names as publishers and Zotero write them in full. */
const FULL_VENUE: Record<string, string> = {
	NeurIPS: "Advances in Neural Information Processing Systems",
	ICML: "Proceedings of the International Conference on Machine Learning",
	ICLR: "International Conference on Learning Representations",
	AAAI: "Proceedings of the AAAI Conference on Artificial Intelligence",
	CVPR: "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition",
	ICCV: "Proceedings of the IEEE/CVF International Conference on Computer Vision",
	ECCV: "European Conference on Computer Vision",
	ACL: "Proceedings of the Annual Meeting of the Association for Computational Linguistics",
	NAACL: "Proceedings of the Conference of the North American Chapter of the Association for Computational Linguistics",
	"J. Mach. Learn. Res.": "Journal of Machine Learning Research",
	"Trans. Mach. Learn. Res.": "Transactions on Machine Learning Research",
	"Mach. Learn.": "Machine Learning",
};

function fullVenue(v: string | null): string | null {
	return v === null ? null : FULL_VENUE[v] ?? v;
}

/** The note's frontmatter text in one importer's style. */
export function renderNote(f: CitationFields, style: NoteStyle): string {
	const people = f.authors.map(splitByline);
	const fm: Record<string, unknown> = {};
	switch (style) {
		case "bibtex": {
			const fields: Record<string, string> = { title: f.title, author: f.authors.join(" and "), year: f.year };
			if (f.venue !== null) fields[f.venueField] = f.venue;
			if (f.doi) fields.doi = f.doi;
			if (f.url) fields.url = f.url;
			return noteText({ key: f.key, entryType: f.entryType, fields });
		}
		case "bibtex-last-first":
			fm.citekey = f.key;
			fm.entry_type = f.entryType;
			fm.title = f.title;
			fm.author = people.map((p) => (p.given ? `${p.family}, ${p.given}` : p.family)).join(" and ");
			fm.year = Number(f.year);
			if (f.venue !== null) fm[f.venueField] = f.venue;
			if (f.doi) fm.doi = f.doi;
			break;
		case "biblib-csl":
			fm.id = f.key;
			fm.type = f.venueField === "journal" ? "article-journal" : f.venue === null ? "article" : "paper-conference";
			fm.title = f.title;
			fm.author = people.flatMap((p) => [p, p].map((x) => (x.given ? { family: x.family, given: x.given } : { literal: x.family })));
			fm.issued = { "date-parts": [[Number(f.year)]] };
			if (f.venue !== null) fm["container-title"] = fullVenue(f.venue);
			if (f.doi) fm.DOI = f.doi;
			if (f.url) fm.URL = f.url;
			break;
		case "zotero-integration":
			fm.aliases = [f.title];
			fm.citekey = f.key;
			fm.title = f.title;
			fm.authors = people.map((p) => (p.given ? `${p.family}, ${p.given}` : p.family));
			fm.date = `${f.year}`;
			if (f.venue !== null) fm.journal = fullVenue(f.venue);
			if (f.doi) fm.DOI = `https://doi.org/${f.doi}`;
			fm.tags = ["literature"];
			break;
		case "semantic-scholar":
			fm.title = f.title;
			fm.authors = f.authors.map(withoutDblpNumber).join(", ");
			fm.year = Number(f.year);
			if (f.venue !== null) fm.venue = fullVenue(f.venue);
			if (f.doi) fm.doi = f.doi;
			fm.tags = ["paper"];
			break;
	}
	return `---\n${stringify(fm)}---\n`;
}
