// Which notes the screenshots show, chosen from the vault itself (so any vault can be rendered):
// the panel focuses the first entry whose identifier names another paper, else the first major
// mismatch, in the panel's own order, the cited-in shot shows a
// reference note whose `cited_in` folders/notes hold pages citing it, and the references shot a
// page with `[@key]` citations of reference notes. Uses the plugin's own pure models.
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import { DEFAULT_STALE_DAYS, manualVerification, readCheckLog } from "../../src/core/check-log";
import { CitedInIndex, DEFAULT_CITED_IN_INDEX_SETTINGS } from "../../src/core/cited-in/reverse-index";
import { lookupName } from "../../src/core/cited-in/values";
import { compareEntries, panelEntry, type PanelEntry } from "../../src/panel/model";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";
import { parseFrontmatter } from "../../src/vault/frontmatter";

export interface PickedNotes {
	/** The note in the main area of the panel shot; its panel entry is expanded. */
	panel: string;
	/** A reference note whose `cited_in` destinations hold pages citing it, or null. */
	citedIn: string | null;
	/** A page citing reference notes with `[@key]`, or null. */
	references: string | null;
}

/** Every Markdown note under `dir`, by vault path (forward slashes), sorted. */
export function readVault(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.name.startsWith(".")) continue; // .obsidian/, .trash/
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith(".md")) out[relative(dir, p).split("\\").join("/")] = readFileSync(p, "utf8");
		}
	};
	walk(dir);
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function frontmatterOf(text: string): Record<string, unknown> | null {
	const fm = parseFrontmatter(text);
	return "error" in fm ? null : fm.data;
}

/** Obsidian's link resolution, near enough: the shortest path equal to the link path or ending in `/<link path>`. */
function linkResolver(paths: string[]): (linkpath: string) => string | null {
	const stems = paths.map((p) => ({ path: p, stem: lookupName(p).replace(/\.md$/, "") }));
	return (linkpath) => {
		const key = lookupName(linkpath).replace(/\.md$/, "");
		const hits = stems.filter((s) => s.stem === key || s.stem.endsWith(`/${key}`)).map((s) => s.path);
		return hits.sort((a, b) => a.length - b.length)[0] ?? null;
	};
}

/** A reference note's state, coarsely: how it was last checked, or whether a person verified it. */
function stateOf(fm: Record<string, unknown> | null): string {
	if (!fm) return "none";
	if (manualVerification(fm)) return "manual";
	return readCheckLog(fm)?.status ?? "unchecked";
}

/** Lexicographic comparison of scores: true when `a` beats `b` (ties keep the earlier path). */
function better(a: number[], b: number[]): boolean {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
	return false;
}

/** A few items make a readable picture; beyond `cap` more is not better. */
function capped(n: number, cap: number): number {
	return Math.min(n, cap);
}

export function pickNotes(files: Record<string, string>, now: Date): PickedNotes {
	const paths = Object.keys(files).sort();
	const frontmatters = new Map(paths.map((p) => [p, frontmatterOf(files[p])]));

	const entries: PanelEntry[] = [];
	let firstReference: string | null = null;
	for (const path of paths) {
		const fm = frontmatters.get(path);
		if (!fm || !isReferenceNote(fm)) continue;
		const reference = readReference(fm);
		if (isNotAReference(reference)) continue;
		firstReference ??= path;
		const entry = panelEntry({ path, reference, frontmatter: fm, error: null }, { now, staleDays: DEFAULT_STALE_DAYS });
		if (entry) entries.push(entry);
	}
	entries.sort(compareEntries);
	// The panel shows the worst kind of problem there is: an identifier naming another paper, else a major mismatch.
	const panel = entries.find((e) => e.wrongIdentifier)?.path ?? entries.find((e) => e.group === "major")?.path ?? entries[0]?.path ?? firstReference;
	if (!panel) throw new Error("the vault has no reference notes");

	const resolve = linkResolver(paths);
	const index = CitedInIndex.build(
		paths.map((path) => ({ path, frontmatter: frontmatters.get(path) ?? null, text: files[path] })),
		{ ...DEFAULT_CITED_IN_INDEX_SETTINGS, resolveLinkpath: (linkpath) => resolve(linkpath) },
	);

	// Cited-in: every value resolves, as many citing pages as fit (up to 5), then the panel's note
	// (the pictures tell one story), then path order.
	let citedIn: string | null = null;
	let citedInScore = [-1, -1, -1];
	for (const path of paths) {
		if (!index.isReference(path)) continue;
		const values = index.citedIn(path);
		const pages = values.reduce((n, v) => n + v.citingPages.length, 0);
		if (pages === 0) continue;
		const score = [values.every((v) => v.destination.kind !== "unresolved") ? 1 : 0, capped(pages, 5), path === panel ? 1 : 0];
		if (better(score, citedInScore)) {
			citedIn = path;
			citedInScore = score;
		}
	}

	// References: a page citing reference notes in as many different states as possible (checked,
	// not found, verified by a person, unchecked…), then citing the most of them (up to 8).
	let references: string | null = null;
	let referencesScore = [0, 0];
	for (const path of paths) {
		if (index.isReference(path) || (index.citationsOf(path)?.keys.length ?? 0) === 0) continue;
		const cited = index.referencesOf(path).references.filter((r) => r.via.includes("citation"));
		const states = new Set(cited.map((r) => stateOf(frontmatters.get(r.path) ?? null)));
		const score = [states.size, capped(cited.length, 8)];
		if (better(score, referencesScore)) {
			references = path;
			referencesScore = score;
		}
	}
	return { panel, citedIn, references };
}

export interface PickedSignals {
	/** A reference note OpenAlex marks as retracted (the panel's entry shown expanded). */
	retracted: string;
	/** A page citing it (its References section and status bar line). */
	page: string;
}

/** For the signal shots: the first retracted reference note, and the first page citing it by key. */
export function pickSignals(files: Record<string, string>): PickedSignals {
	const paths = Object.keys(files).sort();
	const retracted = paths.find((p) => {
		const fm = frontmatterOf(files[p]);
		return fm !== null && readCheckLog(fm)?.retracted === true;
	});
	if (!retracted) throw new Error("the signals vault has no retracted reference note");
	const key = frontmatterOf(files[retracted])?.citation_key;
	const page = paths.find((p) => p !== retracted && typeof key === "string" && files[p].includes(`@${key}`));
	if (!page) throw new Error(`no page cites @${String(key)}`);
	return { retracted, page };
}
