// `npx tsx scripts/corpus-table.ts`: compares every corpus note that has a recorded OpenAlex/DBLP
// `remote:` block with that remote and prints recorded status vs ours, and counts per reason.
import { corpusComparisons } from "../test/core/corpus-helpers";

async function main(): Promise<void> {
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
		for (const r of rows.filter((x) => x.ours === "mismatch/major")) console.log(`- ${r.file} (recorded ${r.recorded}): ${r.notes.join(" | ")}`);
	}
	if (process.argv.includes("--minor")) {
		console.log("\nMinor verdicts:");
		for (const r of rows.filter((x) => x.ours === "mismatch/minor")) console.log(`- ${r.file} (recorded ${r.recorded}): ${r.notes.join(" | ")}`);
	}
}

void main();
