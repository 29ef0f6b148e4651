// Reading and writing a frontmatter with many keys grows linearly with their number: 100,000 keys
// against 10,000 measured in the same run (linear: about 10×; the duplicate-key check of yaml's
// `uniqueKeys`, used until issue 17, made it about 100×: over a minute for 100,000 keys). The old
// check is timed too, at 10,000 keys, as the baseline it replaced.
import { parseDocument } from "yaml";
import { buildCheckLog } from "../../src/core/check-log";
import { parseFrontmatter, spliceCheckLog } from "../../src/vault/frontmatter";

/** Linear growth with noise allowed; quadratic growth would be about 100. */
const MAX_RATIO = 40;

function note(keys: number): string {
	const lines = ["---", "type: bibtex_entry", "title: A title", "authors:", "  - Ann Author", "year: '2020'"];
	for (let i = 0; i < keys; i++) lines.push(`k${i.toString(36).padStart(4, "0")}: ${i % 10}`);
	return `${lines.join("\n")}\n---\nBody\n`;
}

function best(run: () => void, times = 3): number {
	let min = Infinity;
	for (let i = 0; i < times; i++) {
		const t = performance.now();
		run();
		min = Math.min(min, performance.now() - t);
	}
	return min;
}

export default async function frontmatterKeys(): Promise<void> {
	const log = buildCheckLog({ status: "not_found", notes: ["no candidate"], now: new Date("2026-01-02T03:04:05.678Z") });
	const small = note(10_000);
	const large = note(100_000);
	const read = (text: string) => () => {
		const fm = parseFrontmatter(text);
		if ("error" in fm) throw new Error(fm.error);
	};
	const write = (text: string) => () => {
		const r = spliceCheckLog(text, log);
		if ("error" in r) throw new Error(r.error);
	};
	read(small)();
	const readSmall = best(read(small));
	const readLarge = best(read(large));
	const writeSmall = best(write(small));
	const writeLarge = best(write(large));
	const yamlText = small.slice(4, small.indexOf("\n---\n", 4) + 1);
	const uniqueKeys = best(() => parseDocument(yamlText, { uniqueKeys: true }), 1);
	console.log(`read  10,000 keys: ${readSmall.toFixed(0)} ms; 100,000 keys: ${readLarge.toFixed(0)} ms (ratio ${(readLarge / readSmall).toFixed(1)}, target <= ${MAX_RATIO})`);
	console.log(`write 10,000 keys: ${writeSmall.toFixed(0)} ms; 100,000 keys: ${writeLarge.toFixed(0)} ms (ratio ${(writeLarge / writeSmall).toFixed(1)}, target <= ${MAX_RATIO})`);
	console.log(`10,000 keys: yaml's uniqueKeys parse alone ${uniqueKeys.toFixed(0)} ms (the check used before) vs parseFrontmatter ${readSmall.toFixed(0)} ms`);
	for (const [what, ratio] of [["read", readLarge / readSmall], ["write", writeLarge / writeSmall]] as const) {
		if (ratio > MAX_RATIO) throw new Error(`${what} of 100,000 keys is ${ratio.toFixed(1)}x that of 10,000 (target <= ${MAX_RATIO})`);
	}
}
