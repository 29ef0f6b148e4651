// Notes and works for the issue-17 tests: reference notes that the fake OpenAlex confirms, and a
// byte-level view of a note without its check_log entry (what a check must never change).
import { parseFrontmatter } from "../../src/vault/frontmatter";
import { readCheckLog } from "../../src/core/check-log";

export function trustWork(i: number) {
	return {
		id: `https://openalex.org/W${1700 + i}`,
		doi: `https://doi.org/10.4242/trust.${i}`,
		title: `Trust at the edges study number ${i}`,
		display_name: `Trust at the edges study number ${i}`,
		publication_year: 2020,
		type: "article",
		authorships: [{ author_position: "first", author: { id: null, display_name: "Grace Hopper" }, raw_author_name: "Grace Hopper" }],
		primary_location: { source: { display_name: "Journal of Trust", type: "journal" }, version: "publishedVersion" },
		locations: [{ source: { display_name: "Journal of Trust", type: "journal" }, version: "publishedVersion" }],
		is_retracted: false,
		is_paratext: false,
	};
}

export function trustWorks(n: number) {
	return Array.from({ length: n }, (_, i) => trustWork(i));
}

/** A reference note the fake confirms (work i), ASCII only, "\n" line endings. */
export function noteText(i: number): string {
	return [
		"---",
		"type: bibtex_entry",
		`citation_key: trust${i}`,
		`title: Trust at the edges study number ${i}`,
		"authors:",
		"  - Grace Hopper",
		"year: '2020'",
		`doi: 10.4242/trust.${i}`,
		"venue: Journal of Trust",
		"---",
		`Body of note ${i}.`,
		"",
	].join("\n");
}

const LOG_LINE = Buffer.from("check_log:");

/**
 * The note's bytes without its top-level `check_log` entry: the `check_log:` line and the
 * indented lines after it. Everything else, byte for byte.
 */
export function withoutLogBytes(note: Buffer): Buffer {
	let start = -1;
	for (let i = note.indexOf(LOG_LINE); i !== -1; i = note.indexOf(LOG_LINE, i + 1)) {
		if (i === 0 || note[i - 1] === 0x0a) {
			start = i;
			break;
		}
	}
	if (start === -1) return note;
	let end = note.indexOf(0x0a, start) + 1;
	// Continuation lines are indented (space) — the log is written in block style.
	while (end > 0 && end < note.length && note[end] === 0x20) end = note.indexOf(0x0a, end) + 1;
	return Buffer.concat([note.subarray(0, start), note.subarray(end)]);
}

/** The status of the note's check_log (its frontmatter read as UTF-8), or null. */
export function logStatus(note: Buffer): string | null {
	const text = note.toString("utf8");
	const end = text.indexOf("\n---", 4);
	const fm = parseFrontmatter(end === -1 ? text : text.slice(0, end + 5));
	if ("error" in fm) return null;
	return readCheckLog(fm.data)?.status ?? null;
}
