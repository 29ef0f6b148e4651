import { foldText, parsePersonName } from "../normalize";
import { namesAVenue } from "../venues";
import { hostOf } from "../../lib/urls";
import type { Rule } from "./types";

// A note clipped from a paper's web page (the Obsidian Web Clipper's `title: "{{title}}"`, a
// browser's bookmark, Zotero's web capture) holds the page's title: the work's title decorated by
// the site — its name ("… - ScienceDirect", "… | Nature Communications", "… | IEEE Xplore"), a
// file-type tag ("(PDF) …", "[PDF] …"), an arXiv id ("[2105.01234] …"), the journal, the year and
// the authors ("… - Bergström - 2017 - Journal of Applied Ecology - Wiley Online Library"). Searched
// or compared as written, the paper is not found or is a false "another title".

/** The separators page titles put between their parts, in a title whose spaces are single (workTitleOfPage). */
const SEPARATOR = /( [|–—-] )/;

/** Page-title prefixes: ResearchGate's "(PDF)", Google and Semantic Scholar's "[PDF]", Taylor & Francis's "Full article:", arXiv's "[id]". */
const PREFIX = /^\s*(?:\((?:PDF|DOC|DOCX)\)|\[(?:PDF|HTML|BOOK|CITATION)\]|Full article:|\[(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\])\s+(?=\S)/i;

/** More parts than any page title has (the Wiley form has five). */
const MOST_PARTS = 12;

/** JSTOR's page titles end "… on JSTOR". */
const SUFFIX = / on JSTOR\s*$/i;

/**
 * Names of the platforms scholarly pages are served from, as their page titles give them (letters
 * and digits only, lower case). A part of a page title that is exactly one of them is the site.
 */
const PLATFORMS = new Set([
	"sciencedirect", "springerlink", "wileyonlinelibrary", "tandfonline", "taylorfrancisonline", "sagejournals", "oxfordacademic",
	"cambridgecore", "ieeexplore", "ieeejournalsmagazine", "ieeeconferencepublication", "ieeejournalsmagazines", "acmdigitallibrary",
	"pubmed", "pmc", "europepmc", "semanticscholar", "googlescholar", "googlebooks", "researchgate", "requestpdf", "freefulltext",
	"fulltext", "openreview", "openreviewnet", "aclanthology", "jstor", "ssrn", "projectmuse", "scienceopen", "biorxiv", "medrxiv",
	"arxiv", "arxivorg", "dblp", "zenodo", "osf", "psyarxiv", "socarxiv", "hal", "halarchivesouvertes", "archiveouvertehal", "scielo", "scielobrasil", "redalyc",
]);

/** Host labels that name no site ("journals.plos.org", "academic.oup.com", "link.springer.com"). */
const GENERIC_HOST_LABELS = new Set(["www", "journals", "journal", "academic", "link", "online", "onlinelibrary", "pubs", "articles", "article", "library", "home", "press", "site", "web", "core", "com", "org", "net", "edu", "gov", "info", "ncbi", "nlm", "nih"]);

function key(part: string): string {
	return foldText(part).replace(/[^a-z0-9]/g, "");
}

function hostLabels(url: string | null): string[] {
	const host = hostOf(url);
	if (!host) return [];
	return host.split(".").filter((l) => l.length >= 3 && !GENERIC_HOST_LABELS.has(l));
}

/**
 * The part names the site the page is on: a platform, or the host's name — as the last part also
 * a name beginning with it ("Nature Communications" on nature.com), which a title's first part
 * ("Nature and Nurture - …") may well do.
 */
function namesSite(part: string, labels: string[], last: boolean): boolean {
	const k = key(part);
	if (k === "" || PLATFORMS.has(k)) return k !== "";
	if (part.split(/\s+/).length > 4) return false;
	return labels.some((l) => k === l || (k.length >= 5 && l.startsWith(k)) || (last && l.length >= 5 && k.startsWith(l)));
}

/** A part that names the journal, the year or the note's authors, as page titles add after the work's title. */
function namesCitation(part: string, families: Set<string>): boolean {
	const p = part.trim();
	if (/^(?:1[5-9]|20)\d{2}$/.test(p)) return true;
	if (p.split(/\s+/).length <= 12 && namesAVenue(p)) return true;
	// "Bergström", "Bergström et al.", "Ida Bergström, Paul Ndlovu, 2017" (SAGE)
	const names = p.replace(/,?\s*(?:1[5-9]|20)\d{2}$/, "").replace(/\s+et\.?\s*al\.?$/i, "").split(/\s*(?:,|&|\band\b)\s*/);
	return names.length > 0 && names.every((n) => n !== "" && families.has(key(n.split(/\s+/).pop() ?? "")));
}

/**
 * The work's title in a web page's title, with what decorated it, or null when the title carries
 * no site decoration (then it is the work's title as written). A site's name must be there (a
 * platform's, the host's, a prefix such as "(PDF)"); only then are the journal, the year and the
 * note's authors among the parts taken for decoration too. Of the parts left, the longest run is
 * the title, kept with its own separators ("Long-Term Care - a Comparative Review - PMC").
 */
export function workTitleOfPage(written: string, url: string | null, authors: string[]): { title: string; decoration: string } | null {
	// spaces made single first (note titles are read so already): the separators are then fixed
	// strings, where a pattern taking a run of spaces was tried from each space of a long run
	const title = /\s\s|[^\S ]/.test(written) ? written.replace(/\s+/g, " ") : written;
	// most titles have none of a page title's marks: one cheap test each
	if (!SEPARATOR.test(title) && !PREFIX.test(title) && !SUFFIX.test(title)) return null;
	let text = title;
	const removed: string[] = [];
	const prefix = PREFIX.exec(text);
	if (prefix) {
		removed.push(prefix[0].trim());
		text = text.slice(prefix[0].length);
	}
	const suffix = SUFFIX.exec(text);
	if (suffix) {
		removed.push(suffix[0].trim());
		text = text.slice(0, suffix.index);
	}
	const pieces = text.split(SEPARATOR);
	const parts = pieces.filter((_, i) => i % 2 === 0);
	// a page's title has a few parts; a long list of them is something else (and not worth the work)
	if (parts.length > MOST_PARTS) return null;
	const labels = hostLabels(url);
	// a site named before the title is set off by " | " ("Frontiers | …", "Sustainability | Free
	// Full-Text | …"); a title's own first part before " - " may name a platform ("arXiv - a case study")
	const site = parts.map((p, i) => parts.length > 1 && (i === parts.length - 1 || pieces[2 * i + 1].includes("|")) && namesSite(p, labels, i === parts.length - 1));
	if (!site.includes(true) && removed.length === 0 && !(parts.length > 1 && /,\s*(?:1[5-9]|20)\d{2}$/.test(parts[parts.length - 1]))) return null;
	const families = new Set(authors.map((a) => key(parsePersonName(a).family)).filter((f) => f !== ""));
	// SAGE's pages name no site: "… - Ida Bergström, Paul Ndlovu, 2017", the note's authors and year
	if (!site.includes(true) && removed.length === 0) {
		if (!namesCitation(parts[parts.length - 1], families)) return null;
		site[parts.length - 1] = true;
	}
	const decoration = parts.map((p, i) => site[i] || (site.includes(true) && namesCitation(p, families)));
	// the longest run of parts that are no decoration (one pass: a title may be long)
	let best: [number, number] | null = null;
	let bestLength = -1;
	for (let i = 0; i < parts.length; i++) {
		if (decoration[i]) continue;
		let j = i;
		let length = parts[i].length;
		while (j + 1 < parts.length && !decoration[j + 1]) {
			length += pieces[2 * j + 1].length + parts[j + 1].length;
			j++;
		}
		if (length > bestLength) {
			best = [i, j];
			bestLength = length;
		}
		i = j;
	}
	if (!best) return null;
	const kept = pieces.slice(2 * best[0], 2 * best[1] + 1).join("").trim();
	removed.push(...parts.filter((_, i) => i < best[0] || i > best[1]).map((p) => p.trim()));
	return kept === "" || kept === title.trim() ? null : { title: kept, decoration: removed.join(", ") };
}

const CLIP = (title: string, source: string, author: string[], published: string) => ({ title, source, author: author.map((a) => `[[${a}]]`), published, created: "2026-11-02", tags: ["clippings"] });

export const webPageTitles: Rule = {
	id: "web-page-titles",
	name: "Web page titles",
	summary:
		"A note clipped from a paper's web page holds the page's title, the work's title decorated by the site (\"… - ScienceDirect\", \"… | Nature Communications\", \"(PDF) …\", \"[2105.01234] …\", \"… - Author - 2017 - Journal - Wiley Online Library\"): read without the site's name and, once that is there, the journal, year and authors the page adds (such a page from a scholarly site is a reference even when it gave no author); a page title naming no site is read as written.",
	examples: [
		{
			local: CLIP("Nitrogen Retention in Restored Riparian Wetlands - ScienceDirect", "https://www.sciencedirect.com/science/article/pii/S0022169419301234", ["Maren Solheim", "Kofi Asante"], "2019-04-01"),
			remote: { candidates: [{ title: "Nitrogen retention in restored riparian wetlands", authors: ["Maren Solheim", "Kofi Asante"], year: 2019, venue: "Journal of Hydrology" }] },
			verdict: "confirmed",
			note: "title: read as a web page's title without 'ScienceDirect'",
		},
		{
			local: CLIP("Coral bleaching thresholds under marine heatwaves | Nature Communications", "https://www.nature.com/articles/s41467-020-12345-6", ["Leilani Kahale", "Tomás Ibarra"], "2020-06-12"),
			remote: { candidates: [{ title: "Coral bleaching thresholds under marine heatwaves", authors: ["Leilani Kahale", "Tomás Ibarra"], year: 2020, venue: "Nature Communications" }] },
			verdict: "confirmed",
			note: "without 'Nature Communications'",
		},
		{
			local: CLIP("Pollinator decline in fragmented grasslands - Bergström - 2017 - Journal of Applied Ecology - Wiley Online Library", "https://besjournals.onlinelibrary.wiley.com/doi/full/10.5555/rules.wp.3", ["Ida Bergström", "Paul Ndlovu"], "2017-09-05"),
			remote: { title: "Pollinator decline in fragmented grasslands", authors: ["Ida Bergström", "Paul Ndlovu"], year: 2017, venue: "Journal of Applied Ecology", doi: "10.5555/rules.wp.3" },
			verdict: "confirmed",
			note: "without 'Bergström, 2017, Journal of Applied Ecology, Wiley Online Library'",
		},
		{
			local: CLIP("[2105.01234] Sparse Mixture of Experts for Protein Folding", "https://arxiv.org/abs/2105.01234", ["Wenjun Hao", "Amara Obi"], "2021-05-04"),
			remote: { title: "Sparse mixture of experts for protein folding", authors: ["Wenjun Hao", "Amara Obi"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2105.01234" },
			verdict: "confirmed",
			note: "without '[2105.01234]'",
		},
		{
			local: CLIP("Sustainability | Free Full-Text | Urban Heat Islands and Green Roof Retrofits", "https://www.mdpi.com/2071-1050/12/3/1234", ["Marco Greco", "Sofia Conti"], "2020-02-05"),
			remote: { candidates: [{ title: "Urban heat islands and green roof retrofits", authors: ["Marco Greco", "Sofia Conti"], year: 2020, venue: "Sustainability" }] },
			verdict: "confirmed",
			note: "without 'Sustainability, Free Full-Text'",
		},
		{
			// the site's name is no licence to drop the title's own parts
			local: CLIP("Long-Term Care - a Comparative Review - PMC", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7000001/", ["Greta Holm"], "2019-11-01"),
			remote: { candidates: [{ title: "Long-term care - a comparative review", authors: ["Greta Holm"], year: 2019, venue: "Health Policy" }] },
			verdict: "confirmed",
			note: "without 'PMC'",
		},
		{
			// a page that gave no author: the note is a paper's page by its site, looked up strictly (rules/thin-notes)
			local: { title: "Wetland Methane Fluxes under Drought - ScienceDirect", source: "https://www.sciencedirect.com/science/article/pii/S0048969719301234", author: [], published: "2019-05-02", created: "2026-11-02", tags: ["clippings"] },
			remote: { candidates: [{ title: "Wetland methane fluxes under drought", authors: ["Maren Solheim"], year: 2019, venue: "Science of The Total Environment" }] },
			verdict: "confirmed",
			note: "authors: the note lists none",
		},
		{
			// the page of another year's paper under the same title: still a year mismatch
			local: CLIP("Drought and wheat yields in the Pampas | Nature Food", "https://www.nature.com/articles/s43016-022-00001-1", ["Julieta Paz"], "2012-03-01"),
			remote: { candidates: [{ title: "Drought and wheat yields in the Pampas", authors: ["Julieta Paz"], year: 2022, venue: "Nature Food" }] },
			verdict: "major",
			note: "year",
		},
		{
			// a title's own " - " part on a page naming no site is the title as written
			local: { citekey: "holm2018", type: "article-journal", title: "Long-Term Care - a Comparative Review", authors: ["Greta Holm"], year: 2018, journal: "Health Policy", url: "https://www.example.org/papers/holm2018.pdf" },
			remote: { candidates: [{ title: "Long-term care", authors: ["Greta Holm"], year: 2018, venue: "Health Policy" }] },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
	],
};
