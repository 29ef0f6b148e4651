// The fixture corpus for the panel tests (Node only: reads test/fixtures/corpus).
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";

export const CORPUS_DIR = join(process.cwd(), "test", "fixtures", "corpus");

function walk(dir: string, out: string[]): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) walk(p, out);
		else if (entry.name.endsWith(".md")) out.push(p);
	}
	return out;
}

/** Every .md file of the corpus by vault path ("shared-references/bibtex-entries/x.md"). */
export function corpusNotes(): Map<string, string> {
	const files = new Map<string, string>();
	for (const p of walk(CORPUS_DIR, []).sort()) files.set(relative(CORPUS_DIR, p).split("\\").join("/"), readFileSync(p, "utf8"));
	return files;
}

export const BIB = "shared-references/bibtex-entries/";
