// The recorded OpenAlex index the offline demo serves (scripts/example-vault-openalex.json): one
// OpenAlex-shaped work per example-vault reference, built from what OpenAlex (or DBLP/S2) answered
// when the same note of the fixture corpus was last checked — its recorded `remote:` block. The
// index holds the true papers: the errors introduced into the example notes are not in it.
//
//   npx tsx scripts/example-vault-index.ts          print a summary, exit 1 if the file is stale
//   npx tsx scripts/example-vault-index.ts --write  regenerate the file
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { parse } from "yaml";
import { hash, openAlexWork } from "../test/support/corpus-works";

const ROOT = resolve(__dirname, "..");
export const EXAMPLE_VAULT = join(ROOT, "example-vault");
export const EXAMPLE_INDEX = join(ROOT, "scripts", "example-vault-openalex.json");
const CORPUS_NOTES = join(ROOT, "test", "fixtures", "corpus", "shared-references", "bibtex-entries");
const SEED_NOTE = join(ROOT, "test", "fixtures", "seed-note.md");

function frontmatter(path: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"));
	if (!m) throw new Error(`${path}: no frontmatter`);
	return parse(m[1]) as Record<string, unknown>;
}

/** The corpus note an example reference was copied from (same citation key). */
function sourceNote(citationKey: string): string {
	return citationKey === "ouyang2022instructgpt" ? SEED_NOTE : join(CORPUS_NOTES, `${citationKey}.md`);
}

export function buildExampleIndex(): Array<Record<string, unknown>> {
	const works = new Map<string, Record<string, unknown>>();
	const dir = join(EXAMPLE_VAULT, "references");
	for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
		const key = String(frontmatter(join(dir, file)).citation_key);
		const log = frontmatter(sourceNote(key)).check_log as Record<string, unknown> | undefined;
		const remote = log?.remote as Record<string, unknown> | undefined;
		if (!remote) continue; // never indexed (a blog post): the demo shows it as not indexed
		const paperId = typeof log?.paper_id === "string" ? log.paper_id : key;
		const openalexId = /openalex\.org\/(W\d+)$/.exec(paperId);
		const id = openalexId ? openalexId[1] : `W${hash(paperId)}`;
		works.set(
			id,
			openAlexWork({
				id,
				doi: typeof remote.doi === "string" ? remote.doi : null,
				title: typeof remote.title === "string" ? remote.title : null,
				authors: Array.isArray(remote.authors) ? remote.authors.map(String) : [],
				year: typeof remote.year === "number" ? remote.year : Number(remote.year) || null,
				venue: typeof remote.venue === "string" ? remote.venue : null,
			}),
		);
	}
	return [...works.values()];
}

export function serializeIndex(works: Array<Record<string, unknown>>): string {
	return `${JSON.stringify(works, null, 1)}\n`;
}

if (require.main === module) {
	const text = serializeIndex(buildExampleIndex());
	if (process.argv.includes("--write")) {
		writeFileSync(EXAMPLE_INDEX, text);
		console.log(`wrote ${EXAMPLE_INDEX}`);
	} else {
		let current = "";
		try {
			current = readFileSync(EXAMPLE_INDEX, "utf8");
		} catch {
			// missing: stale
		}
		const stale = current !== text;
		console.log(`${(JSON.parse(text) as unknown[]).length} works; ${stale ? "file is stale (run with --write)" : "file is up to date"}`);
		process.exitCode = stale ? 1 : 0;
	}
}
