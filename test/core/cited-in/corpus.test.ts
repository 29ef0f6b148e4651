// Acceptance on the fixture corpus as a vault: cited_in folders link the pages that cite the key,
// and the reverse index for every page equals a brute-force scan.
import { describe, expect, it } from "vitest";
import { resolveCitedIn, type CitedInLookup } from "../../../src/core/cited-in/resolution";
import { type CitationVia } from "../../../src/core/cited-in/reverse-index";
import { planCitedInUpdate } from "../../../src/core/cited-in/update-plan";
import { readCitedIn } from "../../../src/core/cited-in/values";
import { readCitationKey } from "../../../src/core/citation-key";
import { bruteCites, corpusVault, indexOf } from "../../support/cited-in";

const { vault, cache } = corpusVault();
const index = indexOf(vault, cache);
const PAGE = /\.(md|qmd|rmd)$/i;
const pages = vault.getFiles().filter((f) => PAGE.test(f.path));
const refs = vault
	.getMarkdownFiles()
	.map((f) => ({ path: f.path, basename: f.basename, fm: cache.getCache(f.path)?.frontmatter ?? {} }))
	.filter((r) => readCitationKey(r.fm, "citation_key") !== null || readCitedIn(r.fm, "cited_in").length > 0);

// A lookup straight from the fake vault's own structures (not the index's maps).
const bruteLookup: CitedInLookup = {
	resolveLinkpath: (lp, src) => cache.getFirstLinkpathDest(lp, src)?.path ?? null,
	notesWithAlias: (alias) =>
		vault.getMarkdownFiles().filter((f) => {
			const a = cache.getCache(f.path)?.frontmatter?.aliases;
			return Array.isArray(a) && a.some((x) => typeof x === "string" && x.toLowerCase() === alias.toLowerCase());
		}).map((f) => f.path),
	isFolder: (p) => vault.getFolderByPath(p) !== null && p !== "/",
	foldersNamed: (n) => vault.getAllFolders().filter((f) => f.name.toLowerCase() === n.toLowerCase()).map((f) => f.path),
	fileExists: (p) => vault.getFileByPath(p) !== null,
};

function keyOf(fm: Record<string, unknown>): string | null {
	return readCitationKey(fm, "citation_key");
}

describe("cited_in on the fixture corpus", () => {
	it("has the notes the acceptance talks about", () => {
		const dlb = refs.filter((r) => readCitedIn(r.fm, "cited_in").some((t) => t.linkpath === "data-leverage-blogs"));
		expect(dlb.length).toBeGreaterThanOrEqual(25);
		expect(pages.length).toBeGreaterThan(400);
	});

	it("links data-leverage-blogs to that folder's pages containing [@key]", () => {
		const dlb = refs.filter((r) => readCitedIn(r.fm, "cited_in").some((t) => t.linkpath === "data-leverage-blogs"));
		let withPages = 0;
		for (const r of dlb) {
			const key = keyOf(r.fm)!;
			const entry = index.citedIn(r.path).find((e) => e.target.linkpath === "data-leverage-blogs")!;
			expect(entry.destination).toEqual({ kind: "folder", folder: "data-leverage-blogs", note: null });
			const expected = pages
				.filter((p) => p.path.startsWith("data-leverage-blogs/") && bruteCites(vault.peek(p.path)!, key))
				.map((p) => p.path)
				.sort();
			expect(entry.citingPages, key).toEqual(expected);
			if (expected.length) withPages++;
		}
		// Nearly all of them are really cited there (the point of the test is not an empty list).
		expect(withPages).toBeGreaterThanOrEqual(dlb.length - 2);
	});

	it("resolves every cited_in value in the corpus without throwing", () => {
		const kinds = new Map<string, number>();
		for (const r of refs) for (const e of index.citedIn(r.path)) kinds.set(e.destination.kind, (kinds.get(e.destination.kind) ?? 0) + 1);
		// All corpus values are project folders.
		expect(kinds.get("folder")).toBeGreaterThan(150);
		expect(kinds.get("unresolved") ?? 0).toBe(0);
	});

	it("gives every page the same references as a brute-force scan", () => {
		// A wikilink to each reference note, by its name (built once, used for every page).
		const linkTo = new Map(
			refs.map((r) => {
				const esc = r.basename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
				return [r.path, new RegExp(`\\[\\[(?:[^\\]|#]*/)?${esc}(?:\\.md)?(?:[#|][^\\]]*)?\\]\\]`)];
			}),
		);
		let tied = 0;
		for (const page of pages) {
			const text = vault.peek(page.path)!;
			const expected = new Map<string, Set<CitationVia>>();
			const mark = (ref: string, via: CitationVia) => {
				if (ref === page.path) return;
				if (!expected.has(ref)) expected.set(ref, new Set());
				expected.get(ref)!.add(via);
			};
			for (const r of refs) {
				const key = keyOf(r.fm);
				if (key && bruteCites(text, key)) mark(r.path, "citation");
				if (linkTo.get(r.path)!.test(text)) mark(r.path, "link");
				for (const t of readCitedIn(r.fm, "cited_in")) {
					const d = resolveCitedIn(t, r.path, bruteLookup);
					if (d.kind === "note" && d.path === page.path) mark(r.path, "cited_in");
					if (d.kind === "folder" && page.path.startsWith(d.folder + "/")) mark(r.path, "folder");
				}
			}
			const got = index.referencesOf(page.path).references;
			const gotMap = new Map(got.map((g) => [g.path, new Set(g.via)]));
			expect(gotMap, page.path).toEqual(expected);
			tied += got.length;
		}
		expect(tied).toBeGreaterThan(1000);
	});

	it("reports citation keys with no reference note", () => {
		const page = "data-leverage-blogs/2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit.md";
		const report = index.referencesOf(page);
		// The InstructGPT paper is cited there but has no reference note in the corpus.
		expect(report.unknownKeys).toContain("ouyang2022instructgpt");
		for (const k of report.unknownKeys) expect(refs.some((r) => keyOf(r.fm) === k)).toBe(false);
	});
});

describe("update plan on the fixture corpus", () => {
	it("adds exactly what a brute-force scan of citations implies (folder style)", () => {
		const plan = planCitedInUpdate(index, { style: "folder" });
		const got = new Map(plan.filter((p) => p.additions.length).map((p) => [p.path, p.additions.map((a) => a.value).sort()]));
		// Brute force: each page citing the key, unless a cited_in value already names its folder,
		// adds the page's top-level folder (the corpus names project folders).
		const expected = new Map<string, string[]>();
		for (const r of refs) {
			const key = keyOf(r.fm);
			if (!key) continue;
			const current = readCitedIn(r.fm, "cited_in").map((t) => t.linkpath);
			const add = new Set<string>();
			for (const p of pages) {
				if (p.path === r.path || !bruteCites(vault.peek(p.path)!, key)) continue;
				const parts = p.path.split("/");
				const covered = current.some((c) => p.path.startsWith(c + "/") || parts.slice(0, -1).includes(c));
				if (!covered) add.add(parts.length > 1 ? parts[0] : p.path.replace(/\.md$/, ""));
			}
			if (add.size) expected.set(r.path, [...add].sort());
		}
		expect(got).toEqual(expected);
		expect(expected.size).toBeGreaterThan(0);
	});

	it("names notes in note style", () => {
		const plan = planCitedInUpdate(index, { style: "note" });
		const all = plan.flatMap((p) => p.additions);
		expect(all.length).toBeGreaterThan(0);
		for (const a of all) {
			expect(a.pages).toHaveLength(1);
			expect(a.value).toBe(a.pages[0].split("/").pop()!.replace(/\.md$/, ""));
		}
	});

	it("proposes removing only resolved values whose scanned pages never cite the reference", () => {
		const plan = planCitedInUpdate(index, { style: "folder" });
		for (const item of plan) {
			const key = item.citationKey!;
			for (const rm of item.removals) {
				const inside = pages.filter((p) => p.path.startsWith(rm.value + "/"));
				expect(inside.length).toBeGreaterThan(0);
				expect(inside.some((p) => bruteCites(vault.peek(p.path)!, key))).toBe(false);
			}
		}
		// personal-website pages carry no Pandoc citations: its 29 values are candidates for removal.
		expect(plan.filter((p) => p.removals.some((r) => r.value === "personal-website")).length).toBe(29);
	});
});
