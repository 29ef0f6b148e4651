// `npm run fuzz`: every field a note's reader knows, filled with 20,000 characters of the shapes
// that make a regular expression quadratic (a run of spaces between two tokens, one token repeated
// thousands of times), read by readReference and compared by compareReference. A reader or a
// comparison that takes seconds on such a field freezes Obsidian on one pasted note. Prints the
// slowest cases; exits 1 when one takes longer than the budget (`--budget-ms`, default 2000: a
// linear reader takes milliseconds to a few hundred on a busy machine, a quadratic one seconds).
// Not part of `npm test`: it takes minutes.
import { readReference, isNotAReference } from "../src/core/reference";
import { compareReference } from "../src/core/compare";
import { toRemoteWork } from "../src/openalex/work";
import { openAlexWork } from "../test/support/corpus-works";

const LENGTH = 20_000;
const budgetArg = process.argv.indexOf("--budget-ms");
const BUDGET_MS = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 2000;

const base: Record<string, unknown> = { citation_key: "doe2020", title: "Tides of the North Sea", authors: ["Jane Doe", "John Roe"], year: 2020, journal: "Journal of Tides", doi: "10.5555/tides.1" };
const work = toRemoteWork(openAlexWork({ id: "W1", doi: "10.5555/tides.1", title: "Tides of the North Sea", authors: ["Jane Doe", "John Roe"], year: 2020, venue: "Journal of Tides" }));

/** Tokens the readers treat specially: brackets, separators, name parts, labels, markup. */
const TOKENS = ["(", ")", ",", ";", "and", "et al.", "[doi]", "Jr.", ":", "-", "2020", "&", "[", "]", ".", "'", '"', "{", "}", "$", "|", "/", "[[", "]]", "#", "*", "_", "et", "al", "A.", "de", "von", "[PDF]", "(preprint)", "Notes on:", "<i>", "</i>", "\\", "vol.", "pp.", "No."];
const ENDS = ["x", "(", ")", "et al.", "2020", "[doi]", "Doe"];

const FIELDS: Array<[string, (v: string) => Record<string, unknown>]> = [
	["title", (v) => ({ ...base, title: v })],
	["author (string)", (v) => ({ ...base, authors: undefined, author: v })],
	["authors (list)", (v) => ({ ...base, authors: [v, "John Roe"] })],
	["journal", (v) => ({ ...base, journal: v })],
	["booktitle", (v) => ({ ...base, journal: undefined, booktitle: v })],
	["year", (v) => ({ ...base, year: v })],
	["doi", (v) => ({ ...base, doi: v })],
	["url", (v) => ({ ...base, url: v })],
	["publisher", (v) => ({ ...base, publisher: v })],
	["extra", (v) => ({ ...base, extra: v })],
	["aliases", (v) => ({ ...base, title: undefined, aliases: [v] })],
];

/** The shapes: a run of spaces between two tokens, after text, alone before a token, and a token repeated. */
function shapes(token: string, end: string): string[] {
	const spaces = " ".repeat(LENGTH);
	return [`${token}${spaces}${end}`, `Tides ${token}${spaces}`, `${spaces}${token}`, `Tides${`${token} `.repeat(Math.floor(LENGTH / (token.length + 1)))}${end}`];
}

const timings: Array<{ ms: number; what: string }> = [];
for (const [field, note] of FIELDS) {
	for (const token of TOKENS) {
		for (const end of ENDS) {
			for (const value of shapes(token, end)) {
				const started = performance.now();
				const ref = readReference(note(value));
				if (!isNotAReference(ref)) compareReference(ref, work);
				const ms = performance.now() - started;
				timings.push({ ms, what: `${field}: ${JSON.stringify(value.slice(0, 16))}… (${value.length} characters, token ${JSON.stringify(token)}, end ${JSON.stringify(end)})` });
			}
		}
	}
}
timings.sort((a, b) => b.ms - a.ms);
console.log(`${timings.length} notes; the slowest:`);
for (const t of timings.slice(0, 10)) console.log(`  ${t.ms.toFixed(0).padStart(6)} ms  ${t.what}`);
const over = timings.filter((t) => t.ms > BUDGET_MS);
if (over.length > 0) {
	console.error(`${over.length} over the budget of ${BUDGET_MS} ms: a pattern or loop is not linear in the field's length.`);
	process.exitCode = 1;
} else {
	console.log(`None over the budget of ${BUDGET_MS} ms.`);
}
