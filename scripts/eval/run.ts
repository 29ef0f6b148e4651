// The first yardstick of `npm run eval` (main.ts): how often our verdicts are right on real notes
// (issue 8).
//
// Replays the fixture corpus through the fake OpenAlex server (works built from the corpus's
// recorded `remote:` blocks — every other note's work is a distractor — plus synthetic look-alikes:
// same-title reviews and "Correction to:" errata) with the real pipeline (checkReferences):
//   (a) the notes labelled same_paper in scripts/eval/labels.yaml: a `not_found` or a major mismatch is a
//       false alarm;
//   (b) seeded mutations of (a) — year +3, first author replaced, a middle author dropped, another
//       paper's title, another paper's DOI: a major mismatch or `not_found` is a caught error.
// Notes are checked as on a first run: their old check_log (and its paper_id) is removed, so every
// note is resolved from its DOI, arXiv id or title.
// Prints the table (with the earlier checker's rate on the same notes from their recorded status),
// requests per note and every failure; fails when false alarms exceed 3% or a mutation is missed.
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { parse } from "yaml";
import { BIBTEX_DIR, corpusWorks, openAlexWork } from "../../test/support/corpus-works";
import { startFakeOpenAlex } from "../../test/support/fake-openalex";
import { FakeClock } from "../../test/support/fake-clock";
import { OpenAlexClient } from "../../src/openalex/client";
import { checkReferences, type CheckItem } from "../../src/check/step";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { isNotAReference, readReference } from "../../src/core/reference";
import { normalizeDoi, normalizeTitle, parsePersonName } from "../../src/core/normalize";
import { parseFrontmatter } from "../../src/vault/frontmatter";
import type { CheckResult, Reference } from "../../src/core/types";
import { seededRandom } from "../../test/support/prng";

export const LABELS_FILE = resolve(__dirname, "labels.yaml");
export const MAX_FALSE_ALARM_RATE = 0.02;
export const MIN_CAUGHT_RATE = 1;

type Label = "same_paper" | "real_error" | "exclude";
type Severity = "none" | "minor" | "major";
export type MutationKind = "year+3" | "first-author-replaced" | "middle-author-dropped" | "title-of-another-paper" | "doi-of-another-paper";
export const MUTATION_KINDS: MutationKind[] = ["year+3", "first-author-replaced", "middle-author-dropped", "title-of-another-paper", "doi-of-another-paper"];

export interface LabelEntry {
	key: string;
	label: Label;
	severity?: Severity;
	expect?: string;
	recorded: string;
	cases: string[];
	reason: string;
}

interface Note {
	label: LabelEntry;
	reference: Reference;
	/** The earlier checker's recorded status (from the note itself). */
	recordedStatus: string;
	remoteDoi: string | null;
	remoteTitle: string | null;
	remoteYear: number | null;
	remoteAuthorCount: number;
}

/** A verdict reduced to one word: confirmed | minor | major | not_found | skipped | error. */
export type Verdict = "confirmed" | "minor" | "major" | "not_found" | "skipped" | "error";

export interface CaseResult {
	key: string;
	verdict: Verdict;
	/** Why: the result message and the log's notes. */
	detail: string;
}

export interface EvalReport {
	works: { corpus: number; distractors: number };
	sameDone: CaseResult[];
	sameFalseAlarms: Array<CaseResult & { expected: Severity; reason: string }>;
	earlierFlagged: number;
	severityAgreement: { agree: number; total: number; table: Record<string, Record<string, number>> };
	mutants: Array<CaseResult & { kind: MutationKind; change: string }>;
	skippedMutations: Array<{ key: string; kind: MutationKind; why: string }>;
	missed: Array<CaseResult & { kind: MutationKind; change: string }>;
	realErrors: Array<CaseResult & { expected: Severity; reason: string }>;
	excluded: Array<CaseResult & { expect: string }>;
	requests: { same: number; mutants: number; other: number };
	falseAlarmRate: number;
	caughtRate: number;
	passed: boolean;
}

export function loadLabels(file = LABELS_FILE): LabelEntry[] {
	const entries = parse(readFileSync(file, "utf8")) as LabelEntry[];
	if (!Array.isArray(entries)) throw new Error(`${file}: expected a list`);
	for (const e of entries) {
		if (!["same_paper", "real_error", "exclude"].includes(e.label)) throw new Error(`${e.key}: bad label ${e.label}`);
		if (e.label !== "exclude" && !["none", "minor", "major"].includes(String(e.severity))) throw new Error(`${e.key}: bad severity`);
		if (!e.reason) throw new Error(`${e.key}: no reason`);
		e.cases = e.cases ?? [];
	}
	return entries;
}

/** The note as on a first check: frontmatter without the earlier tool's check_log. */
function loadNote(label: LabelEntry): Note {
	const text = readFileSync(join(BIBTEX_DIR, `${label.key}.md`), "utf8");
	const fm = parseFrontmatter(text);
	if ("error" in fm) throw new Error(`${label.key}: ${fm.error}`);
	const log = fm.data.check_log as { status?: string; remote?: { doi?: unknown; title?: unknown; year?: unknown; authors?: unknown } } | undefined;
	const data = { ...fm.data };
	delete data.check_log;
	const reference = readReference(data);
	if (isNotAReference(reference)) throw new Error(`${label.key}: not read as a reference: ${reference.reason}`);
	return {
		label,
		reference,
		recordedStatus: String(log?.status),
		remoteDoi: normalizeDoi(log?.remote?.doi),
		remoteTitle: typeof log?.remote?.title === "string" ? log.remote.title : null,
		remoteYear: Number(log?.remote?.year) || null,
		remoteAuthorCount: Array.isArray(log?.remote?.authors) ? log.remote.authors.length : 0,
	};
}

export function verdictOf(r: CheckResult | undefined): Verdict {
	if (!r) return "error";
	if (r.status === "mismatch") return r.severity === "minor" ? "minor" : "major";
	return r.status;
}

export function detailOf(r: CheckResult | undefined): string {
	if (!r) return "no result";
	const parts = [...(r.log?.notes ?? [])];
	if (r.message && !parts.includes(r.message)) parts.push(r.message);
	if (r.log?.fields) {
		const f = r.log.fields;
		const differing = (["title", "year", "venue", "doi"] as const).filter((k) => f[k] && !f[k].match);
		if (!f.authors.count_match || f.authors.details.some((d) => !d.first_match || !d.last_match)) differing.push("authors" as never);
		if (differing.length) parts.push(`differs: ${differing.join(", ")}`);
	}
	return parts.join("; ");
}


const familyOf = (name: string) => normalizeTitle(parsePersonName(name).family);

export interface Mutant {
	key: string;
	kind: MutationKind;
	change: string;
	reference: Reference;
}

/**
 * Seeded real-error mutations of the same-paper notes. A mutation no checker could see is not made,
 * and is counted in `skipped`: author changes when the recorded work lists no authors (and another
 * paper's title is taken only from a paper whose record lists authors), and a year
 * that is the year of another recorded version of the same title (gebru_datasheets_2018 + 3 is the
 * CACM 2021 version, a correct citation).
 */
export function mutate(notes: Note[], allNotes: Note[] = notes, seed = 8): { mutants: Mutant[]; skipped: Array<{ key: string; kind: MutationKind; why: string }> } {
	const random = seededRandom(seed);
	const out: Mutant[] = [];
	const skipped: Array<{ key: string; kind: MutationKind; why: string }> = [];
	const versionYears = new Map<string, Set<number>>();
	for (const o of allNotes) {
		if (!o.remoteTitle || !o.remoteYear) continue;
		const t = normalizeTitle(o.remoteTitle);
		versionYears.set(t, (versionYears.get(t) ?? new Set<number>()).add(o.remoteYear));
	}
	const pick = (i: number, ok: (o: Note) => boolean): Note | null => {
		const start = Math.floor(random() * notes.length);
		for (let k = 0; k < notes.length; k++) {
			const o = notes[(start + k) % notes.length];
			if (o !== notes[i] && ok(o)) return o;
		}
		return null;
	};
	notes.forEach((n, i) => {
		const ref = n.reference;
		const key = n.label.key;
		const families = new Set(ref.authors.map(familyOf));
		const add = (kind: MutationKind, change: string, patch: Partial<Reference>) =>
			out.push({ key: `${key}#${kind}`, kind, change, reference: { ...ref, ...patch } });

		if (ref.year && /^\d{4}$/.test(ref.year)) {
			const year = Number(ref.year) + 3;
			const versions = [ref.title, n.remoteTitle].flatMap((t) => (t ? [...(versionYears.get(normalizeTitle(t)) ?? [])] : []));
			if (versions.includes(year)) skipped.push({ key, kind: "year+3", why: `${year} is the year of another recorded version of this title` });
			else add("year+3", `year ${ref.year} → ${year}`, { year: String(year) });
		}

		if (n.remoteAuthorCount === 0) {
			skipped.push({ key, kind: "first-author-replaced", why: "the recorded work lists no authors" });
			if (ref.authors.length >= 3) skipped.push({ key, kind: "middle-author-dropped", why: "the recorded work lists no authors" });
		} else if (ref.authors.length >= 1) {
			const other = pick(i, (o) => o.reference.authors.length > 0 && !families.has(familyOf(o.reference.authors[0])));
			if (other) {
				const name = other.reference.authors[0];
				add("first-author-replaced", `first author ${ref.authors[0]} → ${name}`, { authors: [name, ...ref.authors.slice(1)] });
			}
		}

		if (ref.authors.length >= 3 && n.remoteAuthorCount > 0) {
			const drop = Math.floor(ref.authors.length / 2);
			add("middle-author-dropped", `author ${drop + 1} (${ref.authors[drop]}) dropped`, {
				authors: ref.authors.filter((_, k) => k !== drop),
			});
		}

		const firstFamily = ref.authors.length ? familyOf(ref.authors[0]) : null;
		const titled = pick(
			i,
			(o) =>
				normalizeTitle(o.reference.title) !== normalizeTitle(ref.title) &&
				// The title's own record must list authors: they are the evidence of the swap.
				o.remoteAuthorCount > 0 &&
				o.reference.authors.length > 0 &&
				familyOf(o.reference.authors[0]) !== firstFamily,
		);
		if (titled) add("title-of-another-paper", `title → "${titled.reference.title}" (${titled.label.key})`, { title: titled.reference.title });

		const doied = pick(
			i,
			(o) =>
				o.remoteDoi !== null &&
				o.remoteDoi !== ref.doi &&
				o.remoteDoi !== n.remoteDoi &&
				normalizeTitle(o.reference.title) !== normalizeTitle(ref.title),
		);
		if (doied) add("doi-of-another-paper", `doi → ${doied.remoteDoi} (${doied.label.key})`, { doi: doied.remoteDoi });
	});
	return { mutants: out, skipped };
}

/**
 * Look-alikes of real notes' works: a review of the work with the same title by another author
 * (as OpenAlex holds for many books), and a "Correction to:" erratum by the same authors.
 */
export function distractorWorks(notes: Note[]): Array<Record<string, unknown>> {
	const works: Array<Record<string, unknown>> = [];
	notes.forEach((n, i) => {
		const ref = n.reference;
		const year = ref.year && /^\d{4}$/.test(ref.year) ? Number(ref.year) : null;
		if (i % 3 === 0) {
			works.push(
				openAlexWork({ id: `W9${String(i).padStart(8, "0")}1`, title: ref.title, authors: ["Marie Reviewer-Okafor"], year, venue: "Choice Reviews Online", type: "review" }),
			);
		} else if (i % 3 === 1) {
			works.push(
				openAlexWork({ id: `W9${String(i).padStart(8, "0")}2`, title: `Correction to: ${ref.title}`, authors: ref.authors, year: year === null ? null : year + 1, venue: ref.venue, type: "erratum" }),
			);
		}
	});
	return works;
}

/**
 * The real pipeline against the fake server. Requests are paced on a virtual clock: the local
 * server needs no pacing, and verdicts do not depend on it, so the eval runs as fast as it computes.
 */
export async function checkAll(items: CheckItem[], baseUrl: string, opts: { requestsPerSecond?: number } = {}): Promise<{ results: Map<string, CheckResult>; requests: number }> {
	const client = new OpenAlexClient({ transport: fetchTransport(), baseUrl, requestsPerSecond: opts.requestsPerSecond ?? 100, maxInFlight: 6, mailto: "eval@example.org", clock: new FakeClock() });
	const now = new Date("2026-06-01T00:00:00.000Z");
	const results = await checkReferences(items, client, { now: () => now, writeRemote: true });
	return { results, requests: client.stats.requests };
}

export interface EvalOptions {
	labelsFile?: string;
	/** Add the synthetic look-alikes (default true). */
	distractors?: boolean;
}

export async function runEval(opts: EvalOptions = {}): Promise<EvalReport> {
	const labels = loadLabels(opts.labelsFile ?? LABELS_FILE);
	const notes = labels.map(loadNote);
	const same = notes.filter((n) => n.label.label === "same_paper");
	const others = notes.filter((n) => n.label.label !== "same_paper");
	const corpus = corpusWorks();
	const distractors = opts.distractors === false ? [] : distractorWorks(same);
	// Look-alikes first: when a search scores them equal to the real work, they come first.
	const server = await startFakeOpenAlex({ works: [...distractors, ...corpus] });
	try {
		const sameRun = await checkAll(
			same.map((n) => ({ key: n.label.key, reference: n.reference, previous: null })),
			server.url,
		);
		const { mutants: mutations, skipped: skippedMutations } = mutate(same, notes);
		const mutantRun = await checkAll(
			mutations.map((m) => ({ key: m.key, reference: m.reference, previous: null })),
			server.url,
		);
		const otherRun = await checkAll(
			others.map((n) => ({ key: n.label.key, reference: n.reference, previous: null })),
			server.url,
		);

		const sameDone = same.map((n) => {
			const r = sameRun.results.get(n.label.key);
			return { key: n.label.key, verdict: verdictOf(r), detail: detailOf(r) };
		});
		const sameFalseAlarms = sameDone
			.map((c, k) => ({ ...c, expected: same[k].label.severity as Severity, reason: same[k].label.reason }))
			.filter((c) => c.verdict === "major" || c.verdict === "not_found" || c.verdict === "error" || c.verdict === "skipped");

		const table: Record<string, Record<string, number>> = {};
		let agree = 0;
		sameDone.forEach((c, k) => {
			const expected = same[k].label.severity as Severity;
			const got = c.verdict === "confirmed" ? "none" : c.verdict;
			table[expected] = table[expected] ?? {};
			table[expected][got] = (table[expected][got] ?? 0) + 1;
			if (got === expected) agree++;
		});

		const mutants = mutations.map((m) => {
			const r = mutantRun.results.get(m.key);
			return { key: m.key, kind: m.kind, change: m.change, verdict: verdictOf(r), detail: detailOf(r) };
		});
		const missed = mutants.filter((m) => m.verdict !== "major" && m.verdict !== "not_found");

		const realErrors = others
			.filter((n) => n.label.label === "real_error")
			.map((n) => {
				const r = otherRun.results.get(n.label.key);
				return { key: n.label.key, verdict: verdictOf(r), detail: detailOf(r), expected: n.label.severity as Severity, reason: n.label.reason };
			});
		const excluded = others
			.filter((n) => n.label.label === "exclude")
			.map((n) => {
				const r = otherRun.results.get(n.label.key);
				return { key: n.label.key, verdict: verdictOf(r), detail: detailOf(r), expect: String(n.label.expect) };
			});

		const falseAlarmRate = sameFalseAlarms.length / same.length;
		const caughtRate = mutants.length ? (mutants.length - missed.length) / mutants.length : 0;
		return {
			works: { corpus: corpus.length, distractors: distractors.length },
			sameDone,
			sameFalseAlarms,
			earlierFlagged: same.filter((n) => n.recordedStatus !== "confirmed").length,
			severityAgreement: { agree, total: same.length, table },
			mutants,
			skippedMutations,
			missed,
			realErrors,
			excluded,
			requests: { same: sameRun.requests, mutants: mutantRun.requests, other: otherRun.requests },
			falseAlarmRate,
			caughtRate,
			passed: falseAlarmRate <= MAX_FALSE_ALARM_RATE && caughtRate >= MIN_CAUGHT_RATE,
		};
	} finally {
		await server.close();
	}
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(r: EvalReport): string {
	const n = r.sameDone.length;
	const lines: string[] = [];
	lines.push(`Reference Check evaluation: fixture corpus replayed through the fake OpenAlex server`);
	lines.push(`(${r.works.corpus} recorded works + ${r.works.distractors} look-alike distractors; notes checked as on a first run)`);
	lines.push("");
	lines.push(`| Set | Notes | Ours | Earlier checker (recorded) |`);
	lines.push(`|---|---:|---|---|`);
	lines.push(
		`| (a) same paper: false alarms (not_found or major) | ${n} | ${r.sameFalseAlarms.length} (${pct(r.falseAlarmRate)}) | ${r.earlierFlagged} flagged (${pct(r.earlierFlagged / n)}) |`,
	);
	lines.push(`| (b) injected errors: caught (major or not_found) | ${r.mutants.length} | ${r.mutants.length - r.missed.length} (${pct(r.caughtRate)}) | — |`);
	lines.push("");
	lines.push(`| Injected error | Cases | Caught | Major | Not found |`);
	lines.push(`|---|---:|---:|---:|---:|`);
	for (const kind of MUTATION_KINDS) {
		const of = r.mutants.filter((m) => m.kind === kind);
		const major = of.filter((m) => m.verdict === "major").length;
		const nf = of.filter((m) => m.verdict === "not_found").length;
		lines.push(`| ${kind} | ${of.length} | ${major + nf} | ${major} | ${nf} |`);
	}
	if (r.skippedMutations.length) {
		lines.push(`Mutations not made (undetectable by any checker): ${r.skippedMutations.map((m) => `${m.key} ${m.kind} (${m.why})`).join("; ")}`);
	}
	lines.push("");
	const count = (v: Verdict) => r.sameDone.filter((c) => c.verdict === v).length;
	lines.push(
		`Verdicts on (a): confirmed ${count("confirmed")}, minor ${count("minor")}, major ${count("major")}, not_found ${count("not_found")}, skipped ${count("skipped")}, error ${count("error")}`,
	);
	const t = r.severityAgreement.table;
	const cell = (e: string, g: string) => String(t[e]?.[g] ?? 0);
	lines.push(`Severity vs label (rows: label, columns: ours none/minor/major/other):`);
	for (const e of ["none", "minor"]) {
		const other = Object.entries(t[e] ?? {})
			.filter(([g]) => !["none", "minor", "major"].includes(g))
			.reduce((s, [, v]) => s + v, 0);
		lines.push(`  ${e.padEnd(6)} ${cell(e, "none").padStart(4)} ${cell(e, "minor").padStart(4)} ${cell(e, "major").padStart(4)} ${String(other).padStart(4)}`);
	}
	lines.push(`  exact agreement ${r.severityAgreement.agree}/${r.severityAgreement.total}`);
	lines.push(
		`Requests per note: (a) ${(r.requests.same / n).toFixed(2)} (${r.requests.same} for ${n}), (b) ${(r.requests.mutants / Math.max(1, r.mutants.length)).toFixed(2)} (${r.requests.mutants} for ${r.mutants.length})`,
	);
	lines.push("");
	lines.push(`Real errors found in the corpus (${r.realErrors.length}):`);
	for (const e of r.realErrors) {
		const ok = e.expected === "major" ? e.verdict === "major" || e.verdict === "not_found" : e.verdict === "minor" || e.verdict === "major";
		lines.push(`  ${ok ? "ok  " : "MISS"} ${e.key}: ${e.verdict} (expected ${e.expected}) — ${e.detail || "-"}`);
	}
	lines.push(`Excluded notes (${r.excluded.length}; not scored):`);
	for (const e of r.excluded) lines.push(`  ${e.key}: ${e.verdict} (careful answer: ${e.expect})`);
	lines.push("");
	if (r.sameFalseAlarms.length) {
		lines.push(`False alarms on (a):`);
		for (const f of r.sameFalseAlarms) lines.push(`  ${f.key}: ${f.verdict} (label ${f.expected}: ${f.reason}) — ${f.detail || "-"}`);
	}
	if (r.missed.length) {
		lines.push(`Missed injected errors:`);
		for (const m of r.missed) lines.push(`  ${m.key}: ${m.verdict} after ${m.change} — ${m.detail || "-"}`);
	}
	lines.push("");
	lines.push(
		r.passed
			? `PASS: false alarms ${pct(r.falseAlarmRate)} ≤ ${pct(MAX_FALSE_ALARM_RATE)}, caught ${pct(r.caughtRate)}`
			: `FAIL: false alarms ${pct(r.falseAlarmRate)} (max ${pct(MAX_FALSE_ALARM_RATE)}), caught ${pct(r.caughtRate)} (min ${pct(MIN_CAUGHT_RATE)})`,
	);
	return `${lines.join("\n")}\n`;
}
