import { describe, expect, it } from "vitest";
import { scanCitations } from "../../../src/core/cited-in/citations";
import { resolveCitedIn, type CitedInLookup } from "../../../src/core/cited-in/resolution";
import { CitedInIndex } from "../../../src/core/cited-in/reverse-index";
import { applyCitedInChange, detectValueStyle, planCitedInUpdate } from "../../../src/core/cited-in/update-plan";
import { parseCitedInValue } from "../../../src/core/cited-in/values";
import { readCitationKey } from "../../../src/core/citation-key";
import { MetadataCache, Vault } from "../../fake-obsidian/vault";
import { indexOf, noteOf } from "../../support/cited-in";

describe("parseCitedInValue", () => {
	it("reads names, paths and wikilinks with alias and subpath", () => {
		expect(parseCitedInValue("data-leverage-blogs")).toEqual({ raw: "data-leverage-blogs", linkpath: "data-leverage-blogs", display: "data-leverage-blogs", isLink: false });
		expect(parseCitedInValue(" blog/post.md ")).toMatchObject({ raw: "blog/post.md", linkpath: "blog/post.md" });
		expect(parseCitedInValue("[[Post One|the first post]]")).toMatchObject({ linkpath: "Post One", display: "the first post" });
		expect(parseCitedInValue("[[Post One#Intro]]")).toMatchObject({ linkpath: "Post One", display: "Post One" });
		expect(parseCitedInValue("projects/book/")).toMatchObject({ linkpath: "projects/book" });
		expect(parseCitedInValue(2024)).toMatchObject({ linkpath: "2024" });
	});
	it("rejects empty and non-text values", () => {
		for (const v of ["", "   ", "[[]]", "[[|x]]", null, undefined, {}, ["a"], true]) expect(parseCitedInValue(v)).toBeNull();
	});
});

describe("readCitationKey", () => {
	it("prefers the configured field and falls back to the usual spellings", () => {
		expect(readCitationKey({ citekey: "a", mykey: "b" }, "mykey")).toBe("b");
		expect(readCitationKey({ citekey: "a" }, "mykey")).toBe("a");
		expect(readCitationKey({ "citation-key": "@x" }, "citation_key")).toBe("x");
		expect(readCitationKey({ citation_key: "null" }, "citation_key")).toBeNull();
		expect(readCitationKey(null, "citation_key")).toBeNull();
	});
});

describe("scanCitations", () => {
	it("finds bracketed, grouped and in-text Pandoc citations", () => {
		const text = [
			"---",
			"title: '@notakey'",
			"---",
			"As shown [@smith2020], and [see @jones2019, p. 3; -@lee2021, ch. 2].",
			"@doe2018 argues the opposite; so does @{https://x.org/k?a=1}.",
			"Ends a sentence with @roe2017.",
			"A key with internal punctuation [@a:b.c-d]. Mail me at me@example.com or see https://x.org/@user.",
			"`[@incode]` and",
			"```",
			"[@infence]",
			"```",
			"<!-- [@incomment] -->",
			"[@linktext](https://example.org) is a link, not a citation.",
		].join("\n");
		expect(scanCitations(text).keys.sort()).toEqual(["a:b.c-d", "doe2018", "jones2019", "lee2021", "https://x.org/k?a=1", "roe2017", "smith2020"].sort());
	});
	it("finds wikilinks, embeds and relative Markdown links, not URLs", () => {
		const r = scanCitations("See [[Brown 2020|GPT-3]], ![[fig.png]], [[Note#Heading]], [a](refs/Smith%202020.md), [b](https://x.org), [c](#local).");
		expect(r.links.sort()).toEqual(["Brown 2020", "Note", "fig.png", "refs/Smith 2020.md"].sort());
		expect(r.keys).toEqual([]);
	});
	it("does not take a wikilink containing @ for a citation", () => {
		expect(scanCitations("[[Talk @venue]]").keys).toEqual([]);
	});
});

function fakeLookup(files: string[], aliases: Record<string, string> = {}): CitedInLookup {
	const folders = new Set<string>();
	for (const f of files) for (let p = f; p.includes("/"); ) folders.add((p = p.slice(0, p.lastIndexOf("/"))));
	return {
		resolveLinkpath(lp) {
			const withExt = /\.[a-z]+$/i.test(lp) ? lp : `${lp}.md`;
			return files.find((f) => f === withExt || f.endsWith("/" + withExt)) ?? null;
		},
		notesWithAlias: (a) => Object.entries(aliases).filter(([al]) => al.toLowerCase() === a.toLowerCase()).map(([, p]) => p),
		isFolder: (p) => folders.has(p),
		foldersNamed: (n) => [...folders].filter((f) => f.split("/").pop()!.toLowerCase() === n.toLowerCase()),
		fileExists: (p) => files.includes(p),
	};
}

describe("resolveCitedIn", () => {
	const files = [
		"notes/Post One.md",
		"projects/book/book.md",
		"projects/book/ch1.md",
		"projects/site/index.md",
		"projects/wiki/README.md",
		"projects/plain/a.md",
		"other/plain/b.md",
	];
	const lookup = fakeLookup(files, { "The first post": "notes/Post One.md" });
	const r = (v: string) => resolveCitedIn(parseCitedInValue(v)!, "refs/x.md", lookup);
	it("resolves basenames, paths, wikilinks and aliases to notes", () => {
		expect(r("Post One")).toEqual({ kind: "note", path: "notes/Post One.md" });
		expect(r("notes/Post One")).toEqual({ kind: "note", path: "notes/Post One.md" });
		expect(r("[[Post One|first]]")).toEqual({ kind: "note", path: "notes/Post One.md" });
		expect(r("the first post")).toEqual({ kind: "note", path: "notes/Post One.md" });
		expect(r("ch1")).toEqual({ kind: "note", path: "projects/book/ch1.md" });
	});
	it("resolves folders with their folder note (same name, index, README) or without one", () => {
		expect(r("book")).toEqual({ kind: "folder", folder: "projects/book", note: "projects/book/book.md" });
		expect(r("[[book]]")).toEqual({ kind: "folder", folder: "projects/book", note: "projects/book/book.md" });
		expect(r("site")).toEqual({ kind: "folder", folder: "projects/site", note: "projects/site/index.md" });
		expect(r("projects/wiki/")).toEqual({ kind: "folder", folder: "projects/wiki", note: "projects/wiki/README.md" });
		expect(r("projects")).toEqual({ kind: "folder", folder: "projects", note: null });
		// Two folders named "plain": the explicit path wins, else the shallowest then alphabetical.
		expect(r("other/plain")).toEqual({ kind: "folder", folder: "other/plain", note: null });
		expect(r("plain")).toEqual({ kind: "folder", folder: "other/plain", note: null });
	});
	it("takes a plain value that is an exact folder path as the folder, a [[link]] as Obsidian's link", () => {
		const l = fakeLookup(["blogs/post.md", "discussions/blogs.md"]);
		expect(resolveCitedIn(parseCitedInValue("blogs")!, "r.md", l)).toEqual({ kind: "folder", folder: "blogs", note: null });
		expect(resolveCitedIn(parseCitedInValue("[[blogs]]")!, "r.md", l)).toEqual({ kind: "note", path: "discussions/blogs.md" });
	});
	it("reports unresolved values and never throws", () => {
		expect(r("nowhere")).toMatchObject({ kind: "unresolved" });
		const throwing: CitedInLookup = { ...lookup, resolveLinkpath: () => { throw new Error("boom"); } };
		expect(resolveCitedIn(parseCitedInValue("book")!, "x.md", throwing)).toMatchObject({ kind: "folder", folder: "projects/book" });
		expect(resolveCitedIn(parseCitedInValue("zzz")!, "x.md", throwing)).toMatchObject({ kind: "unresolved" });
	});
});

function smallVault(): { vault: Vault; cache: MetadataCache } {
	const vault = new Vault();
	const cache = new MetadataCache(vault);
	vault.seed("refs/smith2020.md", "---\ncitation_key: smith2020\naliases: [Smith paper]\ncited_in:\n  - blog\n  - '[[Essay]]'\n  - missing-page\n---\n");
	vault.seed("refs/jones2019.md", "---\ncitation_key: jones2019\ncited_in: Essay\n---\n");
	vault.seed("blog/one.md", "---\ntitle: One\n---\nAs [@smith2020] shows.\n");
	vault.seed("blog/two.md", "No citations here.\n");
	vault.seed("blog/deep/three.md", "Linking [[Smith paper]] and citing [@unknown2000].\n");
	vault.seed("Essay.md", "Cites @jones2019 in text.\n");
	return { vault, cache };
}

describe("CitedInIndex", () => {
	it("lists cited_in destinations with the citing pages inside folders", () => {
		const { vault, cache } = smallVault();
		const index = indexOf(vault, cache);
		const entries = index.citedIn("refs/smith2020.md");
		expect(entries.map((e) => e.destination)).toEqual([
			{ kind: "folder", folder: "blog", note: null },
			{ kind: "note", path: "Essay.md" },
			{ kind: "unresolved", reason: expect.any(String) },
		]);
		expect(entries[0].citingPages).toEqual(["blog/deep/three.md", "blog/one.md"]);
		expect(entries[1].citingPages).toEqual([]);
	});
	it("lists a page's references with how each is tied to it, and unknown keys", () => {
		const { vault, cache } = smallVault();
		const index = indexOf(vault, cache);
		expect(index.referencesOf("blog/one.md")).toEqual({
			references: [{ path: "refs/smith2020.md", citationKey: "smith2020", via: ["citation", "folder"] }],
			unknownKeys: [],
		});
		expect(index.referencesOf("blog/deep/three.md")).toEqual({
			references: [{ path: "refs/smith2020.md", citationKey: "smith2020", via: ["link", "folder"] }],
			unknownKeys: ["unknown2000"],
		});
		expect(index.referencesOf("Essay.md").references).toEqual([
			{ path: "refs/jones2019.md", citationKey: "jones2019", via: ["citation", "cited_in"] },
			{ path: "refs/smith2020.md", citationKey: "smith2020", via: ["cited_in"] },
		]);
	});
	it("follows renames and deletes without a rebuild", async () => {
		const { vault, cache } = smallVault();
		const index = indexOf(vault, cache);
		const changes: string[][] = [];
		index.onChange((p) => changes.push(p));
		await vault.rename(vault.getFileByPath("blog/one.md")!, "archive/one.md");
		index.rename("blog/one.md", "archive/one.md");
		expect(index.citedIn("refs/smith2020.md")[0].citingPages).toEqual(["blog/deep/three.md"]);
		expect(index.referencesOf("archive/one.md").references.map((r) => r.via)).toEqual([["citation"]]);
		await vault.rename(vault.getFileByPath("Essay.md")!, "Essay v2.md");
		index.rename("Essay.md", "Essay v2.md");
		expect(index.citedIn("refs/smith2020.md")[1].destination).toMatchObject({ kind: "unresolved" });
		await vault.delete(vault.getFileByPath("blog/deep/three.md")!);
		await vault.delete(vault.getFileByPath("blog/two.md")!);
		index.delete("blog/deep/three.md");
		index.delete("blog/two.md");
		// The folder "blog" has no files left: the value no longer resolves.
		expect(index.citedIn("refs/smith2020.md")[0].destination).toMatchObject({ kind: "unresolved" });
		expect(changes).toEqual([["blog/one.md", "archive/one.md"], ["Essay.md", "Essay v2.md"], ["blog/deep/three.md"], ["blog/two.md"]]);
	});
	it("moves and forgets whole folders", () => {
		const { vault, cache } = smallVault();
		const index = indexOf(vault, cache);
		index.renameFolder("blog", "posts");
		// The value "blog" names no folder any more; the pages kept their citations under the new paths.
		expect(index.citedIn("refs/smith2020.md")[0].destination).toMatchObject({ kind: "unresolved" });
		expect(index.pagesCiting("refs/smith2020.md")).toEqual(["posts/deep/three.md", "posts/one.md"]);
		expect(index.isFolder("posts/deep")).toBe(true);
		expect(index.isFolder("blog")).toBe(false);
		// A per-file rename event arriving after the folder event finds nothing left to move.
		index.rename("blog/one.md", "posts/one.md");
		expect(index.has("posts/one.md")).toBe(true);
		index.deleteFolder("posts");
		expect(index.pagesCiting("refs/smith2020.md")).toEqual([]);
		expect(index.foldersNamed("deep")).toEqual([]);
		expect([...index.paths()].sort()).toEqual(["Essay.md", "refs/jones2019.md", "refs/smith2020.md"]);
	});
	it("updates one note's citations and frontmatter on change", () => {
		const { vault, cache } = smallVault();
		const index = indexOf(vault, cache);
		index.upsert({ path: "blog/two.md", frontmatter: null, text: "Now citing [@jones2019; @smith2020]." });
		expect(index.citedIn("refs/smith2020.md")[0].citingPages).toEqual(["blog/deep/three.md", "blog/one.md", "blog/two.md"]);
		index.upsert({ path: "refs/jones2019.md", frontmatter: { citation_key: "jones2019", cited_in: ["blog"] } });
		expect(index.referencesOf("blog/two.md").references.find((r) => r.path === "refs/jones2019.md")?.via).toEqual(["citation", "folder"]);
		// Frontmatter-only update keeps the scanned text.
		index.upsert({ path: "blog/two.md", frontmatter: { title: "Two" } });
		expect(index.citationsOf("blog/two.md")?.keys).toEqual(["jones2019", "smith2020"]);
	});
	it("uses the configured field names", () => {
		const vault = new Vault();
		const cache = new MetadataCache(vault);
		vault.seed("r.md", "---\nkey: k1\nused_by: [p]\n---\n");
		vault.seed("p.md", "[@k1]\n");
		const index = indexOf(vault, cache, { citedInKey: "used_by", citationKeyField: "key" });
		expect(index.citedIn("r.md")).toMatchObject([{ destination: { kind: "note", path: "p.md" }, citingPages: ["p.md"] }]);
		expect(noteOf(vault, cache, "r.md").frontmatter).toMatchObject({ key: "k1" });
	});
	it("is the same after any sequence of events as a fresh build", async () => {
		// Random renames, deletes and edits applied incrementally must equal a rebuild.
		const fc = await import("fast-check");
		const folders = ["blog", "blog/deep", "archive", ""];
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						op: fc.constantFrom("rename", "delete", "edit"),
						pick: fc.nat(),
						folder: fc.constantFrom(...folders),
						cite: fc.constantFrom("[@smith2020]", "@jones2019", "[[Smith paper]]", "nothing", "[[Essay]]"),
					}),
					{ maxLength: 8 },
				),
				async (ops) => {
					const { vault, cache } = smallVault();
					const index = indexOf(vault, cache);
					let n = 0;
					for (const o of ops) {
						const files = vault.getFiles().sort((a, b) => (a.path < b.path ? -1 : 1));
						if (files.length === 0) break;
						const file = files[o.pick % files.length];
						if (o.op === "rename") {
							const to = `${o.folder ? o.folder + "/" : ""}${file.basename}-${n++}.md`;
							const from = file.path;
							await vault.rename(file, to);
							index.rename(from, to);
						} else if (o.op === "delete") {
							await vault.delete(file);
							index.delete(file.path);
						} else {
							await vault.modify(file, (vault.peek(file.path) ?? "") + `\n${o.cite}\n`);
							index.upsert(noteOf(vault, cache, file.path));
						}
					}
					const fresh = indexOf(vault, cache);
					for (const f of vault.getFiles()) {
						expect(index.referencesOf(f.path)).toEqual(fresh.referencesOf(f.path));
						expect(index.citedIn(f.path)).toEqual(fresh.citedIn(f.path));
					}
				},
			),
			{ numRuns: 150 },
		);
	});
});

describe("planCitedInUpdate and the value style", () => {
	it("follows the style the vault already uses", () => {
		const { vault, cache } = smallVault();
		// smallVault: "blog" (folder), "[[Essay]]" and "Essay" (notes), one unresolved → notes win.
		expect(detectValueStyle(indexOf(vault, cache))).toBe("note");
		vault.seed("refs/c.md", "---\ncitation_key: c\ncited_in: [blog, blog/deep]\n---\n");
		expect(detectValueStyle(indexOf(vault, cache))).toBe("folder");
	});
	it("names uncovered citing pages by note or by folder, and covers pages under a named folder", () => {
		const { vault, cache } = smallVault();
		vault.seed("talks/2024/slides.md", "[@jones2019]\n");
		const index = indexOf(vault, cache);
		const byNote = planCitedInUpdate(index, { style: "note" });
		expect(byNote.find((p) => p.path === "refs/jones2019.md")?.additions).toEqual([{ value: "slides", pages: ["talks/2024/slides.md"], via: { "talks/2024/slides.md": "citation" } }]);
		const byFolder = planCitedInUpdate(index, { style: "folder" });
		// "talks" is the top-level folder of the page; no reference uses talks/2024 yet.
		expect(byFolder.find((p) => p.path === "refs/jones2019.md")?.additions).toEqual([{ value: "talks", pages: ["talks/2024/slides.md"], via: { "talks/2024/slides.md": "citation" } }]);
		// smith2020 is cited in blog/one.md and linked from blog/deep/three.md: covered by "blog".
		const smith = byFolder.find((p) => p.path === "refs/smith2020.md");
		expect(smith?.additions ?? []).toEqual([]);
		// Its "[[Essay]]" value names a page that does not cite it: proposed for removal; the
		// unresolved "missing-page" is never proposed (nothing to judge it by).
		expect(smith?.removals.map((r) => r.value)).toEqual(["[[Essay]]"]);
	});
});

describe("applyCitedInChange", () => {
	it("removes and appends values, keeping the rest in order", () => {
		expect(applyCitedInChange(["a", "[[b]]", "c"], ["d", "a"], ["[[b]]"])).toEqual(["a", "c", "d"]);
		expect(applyCitedInChange("a", ["b"], [])).toEqual(["a", "b"]);
		expect(applyCitedInChange(undefined, ["b"], [])).toEqual(["b"]);
	});
});

describe("CitedInIndex on an empty vault", () => {
	it("answers queries for unknown paths", () => {
		const index = new CitedInIndex({ citedInKey: "cited_in", citationKeyField: "citation_key", resolveLinkpath: () => null });
		expect(index.citedIn("x.md")).toEqual([]);
		expect(index.referencesOf("x.md")).toEqual({ references: [], unknownKeys: [] });
		expect(index.pagesCiting("x.md")).toEqual([]);
	});
});
