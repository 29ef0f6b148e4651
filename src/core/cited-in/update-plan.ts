// "Update cited_in from citations": what each reference's `cited_in` should gain and lose so it
// names the pages that cite it, and the new list once the user confirmed. Pure.
import { ancestorFolders, fileName, inFolder, withoutMd } from "../../lib/paths";
import type { CitedInDestination } from "./resolution";
import { byPath, type CitedInIndex } from "./reverse-index";
import type { CitedInTarget } from "./values";

export type CitedInValueStyle = "folder" | "note";

/** Why a page counts as citing a reference: a `[@key]` citation of it, or a link to its note. */
export type CitingVia = "citation" | "link";

export interface CitedInAddition {
	value: string;
	/** The citing pages this value covers. */
	pages: string[];
	/** How each of those pages cites the reference (by page path). */
	via: Record<string, CitingVia>;
}

/**
 * A page whose links reach most of the library (a README, a bibliography, a reading list): it
 * lists references rather than cites them, so its links do not make it a citing page.
 */
export interface IndexPage {
	path: string;
	/** Reference notes its links reach. */
	linked: number;
	/** Reference notes in the vault. */
	references: number;
}

/** A `[@key]` with no reference note, and the pages that cite it. */
export interface UnknownCitation {
	key: string;
	pages: string[];
}

/** An index page links to at least this many reference notes… */
export const INDEX_MIN_LINKED = 10;
/** …and to at least this share of all of them. */
export const INDEX_SHARE = 0.5;

export interface CitedInRemoval {
	value: string;
	/** Why the value looks stale. */
	reason: string;
}

export interface CitedInPlanItem {
	path: string;
	citationKey: string | null;
	current: string[];
	additions: CitedInAddition[];
	removals: CitedInRemoval[];
}

export interface CitedInPlanOptions {
	style: CitedInValueStyle;
	/** How a note is named in a value (Obsidian's fileToLinktext); default its basename. */
	linktext?: (path: string, sourcePath: string) => string;
	/** Pages whose links do not count as citing (indexPages); their `[@key]` citations still do. */
	linksIgnoredFrom?: ReadonlySet<string>;
}

/**
 * The vault's index pages: pages whose links reach at least INDEX_MIN_LINKED reference notes and
 * at least INDEX_SHARE of all of them. Such a page lists the library — a page that cites works
 * cites a selection — so proposing it for every reference's cited_in would only add noise.
 */
export function indexPages(index: CitedInIndex): IndexPage[] {
	const paths = [...index.paths()];
	const references = paths.filter((p) => index.isReference(p)).length;
	const out: IndexPage[] = [];
	for (const path of paths) {
		const links = index.citationsOf(path)?.links ?? [];
		if (links.length < INDEX_MIN_LINKED) continue;
		const linked = new Set<string>();
		for (const l of links) {
			const target = index.resolveLinkpath(l, path) ?? index.notesWithAlias(l)[0] ?? null;
			if (target && target !== path && index.isReference(target)) linked.add(target);
		}
		if (linked.size >= INDEX_MIN_LINKED && linked.size >= INDEX_SHARE * references) out.push({ path, linked: linked.size, references });
	}
	return out.sort((a, b) => byPath(a.path, b.path));
}

/** Every `[@key]` of a page that no reference note carries, with the pages citing it. */
export function unknownCitations(index: CitedInIndex): UnknownCitation[] {
	const pagesByKey = new Map<string, string[]>();
	for (const path of [...index.paths()].sort(byPath)) {
		if (index.citationsOf(path) === null) continue;
		for (const key of index.referencesOf(path).unknownKeys) {
			const list = pagesByKey.get(key) ?? [];
			list.push(path);
			pagesByKey.set(key, list);
		}
	}
	return [...pagesByKey].map(([key, pages]) => ({ key, pages })).sort((a, b) => byPath(a.key, b.key));
}

/**
 * What `cited_in` should gain and lose so each reference names the pages that cite it. A page is
 * covered when a value names it or a folder holding it. In folder style a new value names the
 * shallowest folder of the page that some reference already uses as a value, else the page's
 * top-level folder (a page at the vault root is named as a note). A value is proposed for removal
 * only when it resolves, holds scanned pages, and none of them cites the reference.
 */
export function planCitedInUpdate(index: CitedInIndex, options: CitedInPlanOptions): CitedInPlanItem[] {
	const linktext = options.linktext ?? ((p: string) => withoutMd(fileName(p)));
	const refs = [...index.paths()].filter((p) => index.isReference(p)).sort(byPath);
	const resolved = new Map<string, Array<{ target: CitedInTarget; destination: CitedInDestination }>>();
	const usedFolders = new Set<string>();
	const scannedFolders = new Set<string>();
	for (const p of index.paths()) if (index.citationsOf(p) !== null) for (const f of ancestorFolders(p)) scannedFolders.add(f);
	for (const ref of refs) {
		const list = index.citedInOf(ref).map((target) => ({ target, destination: index.resolve(target, ref) }));
		resolved.set(ref, list);
		for (const r of list) if (r.destination.kind === "folder") usedFolders.add(r.destination.folder);
	}
	const folderValue = (folder: string): string => (index.foldersNamed(fileName(folder)).length === 1 ? fileName(folder) : folder);
	const valueFor = (page: string, ref: string): string => {
		const folders = ancestorFolders(page).reverse();
		if (options.style === "note" || folders.length === 0) return linktext(page, ref);
		return folderValue(folders.find((f) => usedFolders.has(f)) ?? folders[0]);
	};
	const out: CitedInPlanItem[] = [];
	const ignored = options.linksIgnoredFrom ?? new Set<string>();
	for (const ref of refs) {
		const values = resolved.get(ref) ?? [];
		const pages = index.pagesCiting(ref);
		const key = index.citationKeyOf(ref);
		const viaOf = (page: string): CitingVia => (key !== null && (index.citationsOf(page)?.keys.includes(key) ?? false) ? "citation" : "link");
		const covers = (page: string) =>
			values.some(({ destination: d }) => (d.kind === "note" && d.path === page) || (d.kind === "folder" && inFolder(page, d.folder)));
		const additions = new Map<string, { pages: string[]; via: Record<string, CitingVia> }>();
		for (const page of pages) {
			if (covers(page)) continue;
			const via = viaOf(page);
			// An index page's link lists the reference; only its `[@key]` cites it.
			if (via === "link" && ignored.has(page)) continue;
			const v = valueFor(page, ref);
			const entry = additions.get(v) ?? { pages: [], via: {} };
			entry.pages.push(page);
			entry.via[page] = via;
			additions.set(v, entry);
		}
		const removals: CitedInRemoval[] = [];
		for (const { target, destination: d } of values) {
			if (d.kind === "note" && index.isPage(d.path) && !pages.includes(d.path)) {
				removals.push({ value: target.raw, reason: `${d.path} does not cite it` });
			} else if (d.kind === "folder" && scannedFolders.has(d.folder) && !pages.some((p) => inFolder(p, d.folder))) {
				removals.push({ value: target.raw, reason: `no page in ${d.folder} cites it` });
			}
		}
		const current = values.map((v) => v.target.raw);
		const addList = [...additions].filter(([v]) => !current.includes(v)).map(([value, a]) => ({ value, pages: a.pages, via: a.via }));
		if (addList.length || removals.length) out.push({ path: ref, citationKey: index.citationKeyOf(ref), current, additions: addList, removals });
	}
	return out;
}

/** The style the vault already uses: folders when at least as many values name folders as notes. */
export function detectValueStyle(index: CitedInIndex): CitedInValueStyle {
	let folders = 0;
	let notes = 0;
	for (const path of index.paths()) {
		for (const t of index.citedInOf(path)) {
			const d = index.resolve(t, path);
			if (d.kind === "folder") folders++;
			else if (d.kind === "note") notes++;
		}
	}
	return notes > folders ? "note" : "folder";
}

/** The new `cited_in` list: `current` minus `remove`, plus `add` (in that order, no duplicates). */
export function applyCitedInChange(current: unknown, add: string[], remove: string[]): string[] {
	const list = Array.isArray(current) ? (current as unknown[]) : current === undefined || current === null ? [] : [current];
	const kept = list
		.filter((v): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
		.map((v) => String(v))
		.filter((v) => !remove.includes(v.trim()));
	for (const a of add) if (!kept.some((v) => v.trim() === a)) kept.push(a);
	return kept;
}
