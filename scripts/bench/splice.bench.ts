// Splicing check_logs into 10,000 notes (the corpus's reference notes, repeated) against the
// naive writer measured in the same run: parse the whole frontmatter and re-stringify it (what
// processFrontMatter does). Also counts how often that naive writer changes bytes outside check_log.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseDocument } from "yaml";
import { buildCheckLog } from "../../src/core/check-log";
import type { CheckLog } from "../../src/core/types";
import { parseFrontmatter, spliceCheckLog } from "../../src/vault/frontmatter";

const NOTES = 10_000;
/** Generous: the splice (which also re-reads what it writes) may cost this much more than the naive writer. */
const MAX_RATIO = 4;
/** And must stay under this per note on this machine. */
const MAX_MS_PER_NOTE = 10;

interface Job {
	text: string;
	log: CheckLog;
}

function jobs(): Job[] {
	const dir = join(process.cwd(), "test", "fixtures", "corpus", "shared-references", "bibtex-entries");
	const base: Job[] = [];
	for (const f of readdirSync(dir).filter((n) => n.endsWith(".md")).sort()) {
		const text = readFileSync(join(dir, f), "utf8");
		const fm = parseFrontmatter(text);
		if ("error" in fm) continue;
		const old = fm.data.check_log as CheckLog | undefined;
		// A new log like the checker writes: the recorded fields/remote when there are some.
		const log: CheckLog = old?.fields
			? { ...old, checked_at: "2026-01-02T03:04:05.678Z", checked_with: "auto:openalex", checker_version: 1 }
			: buildCheckLog({ status: "not_found", notes: ["no candidate above the acceptance score"], now: new Date("2026-01-02T03:04:05.678Z") });
		base.push({ text, log });
	}
	const out: Job[] = [];
	for (let i = 0; out.length < NOTES; i++) out.push(base[i % base.length]);
	return out;
}

/** The baseline: parse the whole block, set check_log, stringify the whole block again. */
function naiveWrite(text: string, log: CheckLog): string {
	const end = text.indexOf("\n---", 4);
	const doc = parseDocument(text.slice(4, end + 1));
	doc.set("check_log", log);
	return `---\n${doc.toString()}${text.slice(end + 1)}`;
}

function time(run: () => void): number {
	const t = performance.now();
	run();
	return performance.now() - t;
}

export default async function splice(): Promise<void> {
	const all = jobs();
	// Warm up both paths so the JIT does not bias the first one measured.
	for (const j of all.slice(0, 300)) {
		spliceCheckLog(j.text, j.log);
		naiveWrite(j.text, j.log);
	}
	let failures = 0;
	let spliceChars = 0;
	const spliceMs = time(() => {
		for (const j of all) {
			const r = spliceCheckLog(j.text, j.log);
			if ("error" in r) failures++;
			else spliceChars += r.text.length;
		}
	});
	let naiveChars = 0;
	const naiveMs = time(() => {
		for (const j of all) naiveChars += naiveWrite(j.text, j.log).length;
	});
	// How much the naive writer disturbs: notes whose bytes outside check_log changed.
	let disturbed = 0;
	const distinct = new Set(all);
	for (const j of distinct) {
		const naive = naiveWrite(j.text, j.log);
		const spliced = spliceCheckLog(j.text, j.log);
		if ("error" in spliced) continue;
		const strip = (t: string) => t.replace(/^check_log:\n(?: .*\n|\n)*/m, "");
		if (strip(naive) !== strip(spliced.text)) disturbed++;
	}
	const perNote = spliceMs / all.length;
	const ratio = spliceMs / naiveMs;
	console.log(`splice: ${all.length} notes in ${spliceMs.toFixed(0)} ms (${perNote.toFixed(3)} ms/note, ${failures} refused, ${(spliceChars / 1e6).toFixed(1)} MB written)`);
	console.log(`baseline parse + full re-stringify: ${naiveMs.toFixed(0)} ms (${(naiveMs / all.length).toFixed(3)} ms/note, ${(naiveChars / 1e6).toFixed(1)} MB)`);
	console.log(`ratio splice / baseline: ${ratio.toFixed(2)} (target <= ${MAX_RATIO}); per note target <= ${MAX_MS_PER_NOTE} ms`);
	console.log(`baseline changed bytes outside check_log in ${disturbed} of ${distinct.size} distinct notes; the splice in none`);
	if (failures > 0) throw new Error(`${failures} splices refused`);
	if (ratio > MAX_RATIO) throw new Error(`splice is ${ratio.toFixed(2)}x the baseline (target <= ${MAX_RATIO})`);
	if (perNote > MAX_MS_PER_NOTE) throw new Error(`splice takes ${perNote.toFixed(2)} ms per note (target <= ${MAX_MS_PER_NOTE})`);
}
