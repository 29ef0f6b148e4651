// Comparing: every corpus reference that has a recorded remote, repeated to 10,000 comparisons,
// must take under 1 s. Baseline in the same run: the earlier checker's naive comparison (raw
// Levenshtein on each field, authors paired by index), to show what the rules cost.
import { distance } from "fastest-levenshtein";
import { compareReference } from "../../src/core/compare";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { Reference, RemoteWork } from "../../src/core/types";
import { corpusNotes, recordedLog, remoteFromRecorded, type RecordedRemote } from "../../test/core/corpus-helpers";

const TOTAL = 10_000;
const TARGET_MS = 1_000;

function naiveCompare(ref: Reference, work: RemoteWork): number {
	let differences = 0;
	const t = ref.title.toLowerCase() === (work.title ?? "").toLowerCase();
	if (!t) differences += distance(ref.title, work.title ?? "");
	if (ref.year !== (work.year === null ? null : String(work.year))) differences++;
	if (ref.venue !== work.venue) differences += distance(ref.venue ?? "", work.venue ?? "");
	const n = Math.min(ref.authors.length, work.authors.length);
	for (let i = 0; i < n; i++) if (ref.authors[i] !== work.authors[i]) differences++;
	return differences;
}

function time(fn: () => void): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

export default async function run(): Promise<void> {
	const pairs: Array<[Reference, RemoteWork]> = [];
	for (const { fm } of corpusNotes()) {
		const log = recordedLog(fm);
		if (!log?.remote) continue;
		const ref = readReference(fm);
		if (!isNotAReference(ref)) pairs.push([ref, remoteFromRecorded(log.remote as RecordedRemote, log.paper_id)]);
	}
	if (pairs.length === 0) throw new Error("no corpus pairs found (run from the repository root)");
	// Distinct Reference objects per repetition (same strings): the work is the comparison itself.
	const work: Array<[Reference, RemoteWork]> = [];
	for (let i = 0; work.length < TOTAL; i++) {
		const [r, w] = pairs[i % pairs.length];
		work.push([{ ...r, authors: [...r.authors] }, { ...w, authors: [...w.authors] }]);
	}
	let sink = 0;
	// the first pass over the distinct pairs runs with cold name/venue caches and a cold JIT
	const coldMs = time(() => {
		for (const [r, w] of pairs) sink += compareReference(r, w).notes.length;
	});
	// warm-up so JIT compilation is not billed to either side
	for (const [r, w] of work.slice(0, 500)) sink += compareReference(r, w).notes.length + naiveCompare(r, w);
	// the machine is shared: best of three runs for both sides
	let naiveMs = Infinity;
	let ms = Infinity;
	for (let round = 0; round < 3; round++) {
		naiveMs = Math.min(naiveMs, time(() => {
			for (const [r, w] of work) sink += naiveCompare(r, w);
		}));
		ms = Math.min(ms, time(() => {
			for (const [r, w] of work) sink += compareReference(r, w).notes.length;
		}));
	}
	console.log(`compareReference: ${TOTAL} comparisons (${pairs.length} corpus pairs repeated) in ${ms.toFixed(1)} ms = ${((ms * 1000) / TOTAL).toFixed(1)} µs each (target < ${TARGET_MS} ms)`);
	console.log(`first pass, cold caches and JIT: ${pairs.length} comparisons in ${coldMs.toFixed(1)} ms = ${((coldMs * 1000) / pairs.length).toFixed(1)} µs each`);
	console.log(`baseline naive field comparison: ${naiveMs.toFixed(1)} ms; ratio ours/naive = ${(ms / naiveMs).toFixed(1)}x; headroom vs target = ${(TARGET_MS / ms).toFixed(1)}x (checksum ${sink})`);
	if (ms >= TARGET_MS) throw new Error(`compare bench: ${ms.toFixed(0)} ms ≥ ${TARGET_MS} ms`);
}
