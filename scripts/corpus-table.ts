// `npx tsx scripts/corpus-table.ts`: compares every corpus note that has a recorded OpenAlex/DBLP
// `remote:` block with that remote and prints recorded status vs ours, and counts per reason.
import { isNotAReference, notIndexedReason, readReference } from "../src/core/reference";
import { corpusComparisons, corpusNotes } from "../test/core/corpus-helpers";

async function main(): Promise<void> {
	// every note: a Reference (maybe not indexed by OpenAlex) or a reason it is not one
	const reading = new Map<string, number>();
	const notes = corpusNotes();
	for (const { fm } of notes) {
		const r = readReference(fm);
		const what = isNotAReference(r) ? `not a reference: ${r.reason}` : notIndexedReason(r)?.replace(/\s*\(.*\)$/, "") ?? "reference to look up";
		reading.set(what, (reading.get(what) ?? 0) + 1);
	}
	console.log(`Notes read: ${notes.length} — ${[...reading].map(([k, n]) => `${k}: ${n}`).join("; ")}\n`);
	const rows = await corpusComparisons();
	const matrix = new Map<string, Map<string, number>>();
	const oursCols = ["confirmed", "mismatch/minor", "mismatch/major"];
	for (const r of rows) {
		const row = matrix.get(r.recorded) ?? new Map<string, number>();
		row.set(r.ours, (row.get(r.ours) ?? 0) + 1);
		matrix.set(r.recorded, row);
	}
	console.log(`Notes with a recorded remote: ${rows.length}\n`);
	console.log(`| recorded \\ ours | ${oursCols.join(" | ")} | total |`);
	console.log(`|---|${oursCols.map(() => "---:").join("|")}|---:|`);
	for (const [rec, row] of [...matrix].sort()) {
		const total = [...row.values()].reduce((a, b) => a + b, 0);
		console.log(`| ${rec} | ${oursCols.map((c) => row.get(c) ?? 0).join(" | ")} | ${total} |`);
	}
	const pipelineCols = ["confirmed", "mismatch/minor", "mismatch/major", "not_found", "skipped"];
	console.log(`\nWith candidate scoring and the not-indexed rule (this remote as the only candidate):\n`);
	console.log(`| recorded \\ pipeline | ${pipelineCols.join(" | ")} |`);
	console.log(`|---|${pipelineCols.map(() => "---:").join("|")}|`);
	for (const rec of [...new Set(rows.map((r) => r.recorded))].sort()) {
		const mine = rows.filter((r) => r.recorded === rec);
		console.log(`| ${rec} | ${pipelineCols.map((c) => mine.filter((r) => r.pipeline === c).length).join(" | ")} |`);
	}
	const byReason = new Map<string, { count: number; major: number; minor: number; accepted: number }>();
	for (const r of rows) {
		for (const reason of new Set(r.reasons)) {
			const e = byReason.get(reason) ?? { count: 0, major: 0, minor: 0, accepted: 0 };
			e.count++;
			if (r.ours === "mismatch/major") e.major++;
			else if (r.ours === "mismatch/minor") e.minor++;
			else e.accepted++;
			byReason.set(reason, e);
		}
	}
	console.log(`\n| reason (note category) | notes | ours: confirmed | ours: minor | ours: major |`);
	console.log(`|---|---:|---:|---:|---:|`);
	for (const [reason, e] of [...byReason].sort((a, b) => b[1].count - a[1].count)) {
		console.log(`| ${reason} | ${e.count} | ${e.accepted} | ${e.minor} | ${e.major} |`);
	}
	if (process.argv.includes("--major")) {
		console.log("\nMajor verdicts:");
		for (const r of rows.filter((x) => x.ours === "mismatch/major")) console.log(`- ${r.file} (recorded ${r.recorded}, pipeline ${r.pipeline}): ${r.notes.join(" | ")}`);
	}
	if (process.argv.includes("--minor")) {
		console.log("\nMinor verdicts:");
		for (const r of rows.filter((x) => x.ours === "mismatch/minor")) console.log(`- ${r.file} (recorded ${r.recorded}): ${r.notes.join(" | ")}`);
	}
}

void main();
