// `refcheck check <folder>`: the headless checker (CI, batch use). Same pipeline as the plugin:
// read → needs check? → checkReferences → splice the check_log into the note.
import { randomBytes } from "crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { join, relative, sep } from "path";
import { parseArgs } from "util";
import type { CheckResult, Reference } from "../core/types";
import { isReferenceNote, isNotAReference, readReference } from "../core/reference";
import { DEFAULT_STALE_DAYS, needsCheck, readCheckLog } from "../core/check-log";
import { parseFrontmatter, spliceCheckLog } from "../vault/frontmatter";
import { OpenAlexClient, type OpenAlexClientOptions } from "../openalex/client";
import { DEFAULT_BASE_URL } from "../core/settings";
import { checkReferences, type CheckItem } from "../check/step";
import type { Transport } from "../openalex/transport";
import { fetchTransport } from "./fetch-transport";

export const USAGE = `Usage: refcheck check <folder> [options]

Checks the citation frontmatter of the reference notes under <folder> against OpenAlex and
writes a check_log into each note (nothing else in the note changes).

Options:
  --api-base URL        OpenAlex API base (default ${DEFAULT_BASE_URL}; env OPENALEX_API_BASE)
  --api-key KEY         OpenAlex API key (env OPENALEX_API_KEY); free, 10,000 credits a day
  --mailto EMAIL        contact address sent with each request (env OPENALEX_MAILTO)
  --dry-run             check but write nothing
  --force               re-check notes whose check_log is still fresh
  --stale-days N        a check_log older than N days is re-checked (default 30)
  --rate N              requests per second (default 8 without a key, 25 with one)
  --json FILE           also write the results as JSON
  --fail-on LEVEL       exit 1 when a result reaches major | minor | never (default major)
  -h, --help            show this help

Exit codes: 0 done, 1 a result reached --fail-on, 2 usage or fatal error (budget exhausted,
API key rejected, unreadable folder).`;

export interface CliIO {
	env: Record<string, string | undefined>;
	stdout: (s: string) => void;
	stderr: (s: string) => void;
	/** Whether stderr is a terminal (progress redraws in place). */
	isTTY?: boolean;
	/** Defaults to Node's fetch. */
	transport?: Transport;
	now?: () => Date;
	/** Test hooks: client tuning (e.g. short retry delays) and the client itself (requests, credits). */
	clientOptions?: Partial<OpenAlexClientOptions>;
	onClient?: (client: OpenAlexClient) => void;
}

type FailOn = "major" | "minor" | "never";

interface NoteResult {
	path: string;
	citationKey: string | null;
	result: CheckResult;
	writeError?: string;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				"api-base": { type: "string" },
				"api-key": { type: "string" },
				mailto: { type: "string" },
				"dry-run": { type: "boolean", default: false },
				force: { type: "boolean", default: false },
				"stale-days": { type: "string" },
				rate: { type: "string" },
				json: { type: "string" },
				"fail-on": { type: "string" },
				help: { type: "boolean", short: "h", default: false },
			},
		});
	} catch (e) {
		io.stderr(`refcheck: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	const usage = (msg: string) => {
		io.stderr(`refcheck: ${msg}\n\n${USAGE}\n`);
		return 2;
	};
	if (positionals[0] !== "check" || positionals.length !== 2) return usage(positionals.length === 0 ? "missing command" : "expected: refcheck check <folder>");
	const folder = positionals[1];
	if (!existsSync(folder) || !statSync(folder).isDirectory()) return usage(`not a folder: ${folder}`);
	const failOn = (values["fail-on"] ?? "major") as FailOn;
	if (!["major", "minor", "never"].includes(failOn)) return usage(`--fail-on must be major, minor or never`);
	const staleDays = values["stale-days"] === undefined ? DEFAULT_STALE_DAYS : Number(values["stale-days"]);
	if (!Number.isFinite(staleDays) || staleDays < 0) return usage("--stale-days must be a number of days");
	const rate = values.rate === undefined ? undefined : Number(values.rate);
	if (rate !== undefined && !(rate > 0 && rate <= 100)) return usage("--rate must be between 0 and 100 requests per second");
	const apiBase = values["api-base"] ?? io.env.OPENALEX_API_BASE ?? DEFAULT_BASE_URL;
	if (!/^https?:\/\//i.test(apiBase)) return usage(`--api-base must be an http(s) URL`);
	const apiKey = values["api-key"] ?? io.env.OPENALEX_API_KEY ?? null;
	const mailto = values.mailto ?? io.env.OPENALEX_MAILTO ?? null;
	const now = io.now ?? (() => new Date());
	const dryRun = values["dry-run"] === true;

	// Find the reference notes that need a check.
	const items: CheckItem[] = [];
	const paths = new Map<string, { abs: string; reference: Reference }>();
	let upToDate = 0;
	let unreadable = 0;
	for (const abs of markdownFiles(folder)) {
		const rel = relative(folder, abs).split(sep).join("/");
		const fm = parseFrontmatter(readFileSync(abs, "utf8"));
		if ("error" in fm) {
			if (!fm.error.startsWith("no frontmatter")) unreadable++;
			continue;
		}
		if (!isReferenceNote(fm.data)) continue;
		const reference = readReference(fm.data);
		if (isNotAReference(reference)) continue;
		if (!needsCheck(reference, fm.data, { staleDays, now: now(), force: values.force })) {
			upToDate++;
			continue;
		}
		items.push({ key: rel, reference, previous: readCheckLog(fm.data) });
		paths.set(rel, { abs, reference });
	}

	const client = new OpenAlexClient({ transport: io.transport ?? fetchTransport(), baseUrl: apiBase, apiKey, mailto, requestsPerSecond: rate, ...io.clientOptions });
	io.onClient?.(client);
	const results: NoteResult[] = [];
	let done = 0;
	const progress = (line: string) => {
		if (io.isTTY) io.stderr(`\r\x1b[2K${line}`);
		else if (done === items.length || done % 25 === 0) io.stderr(`${line}\n`);
	};
	if (items.length) progress(`Checking 0/${items.length}…`);
	await checkReferences(items, client, {
		now,
		writeRemote: true,
		onResult: (key, result) => {
			const note = paths.get(key);
			if (!note) return;
			const entry: NoteResult = { path: key, citationKey: note.reference.citationKey, result };
			// Errors carry no log: an existing good log is never replaced by a failed check.
			if (result.log && !dryRun) entry.writeError = writeLog(note.abs, note.reference, result);
			results.push(entry);
			done++;
			progress(`Checking ${done}/${items.length} (${client.stats.requests} requests) ${key}`);
		},
	});
	if (items.length && io.isTTY) io.stderr("\n");
	results.sort((a, b) => a.path.localeCompare(b.path));

	io.stdout(summaryTable(results, { upToDate, unreadable, client, dryRun }));
	if (values.json) {
		writeFileSync(values.json, `${JSON.stringify(jsonReport(results, client), null, 2)}\n`);
	}
	const fatal = client.stoppedBy;
	if (fatal) {
		io.stderr(`refcheck: ${fatal.message}\n`);
		return 2;
	}
	const writeErrors = results.filter((r) => r.writeError);
	if (writeErrors.length) {
		for (const r of writeErrors) io.stderr(`refcheck: ${r.path}: not written: ${r.writeError}\n`);
	}
	return reachesFailOn(results, failOn) ? 1 : 0;
}

/**
 * Splice the log into the note as it is now on disk, unless its checked fields changed since they
 * were read (the verdict would be about the old values); an error string when nothing was written.
 */
function writeLog(abs: string, checked: Reference, result: CheckResult): string | undefined {
	if (!result.log) return undefined;
	const current = readFileSync(abs, "utf8");
	const fm = parseFrontmatter(current);
	if ("error" in fm) return fm.error;
	const now = readReference(fm.data);
	// Both built by readReference: same key order, so the JSON texts compare the values.
	if (isNotAReference(now) || JSON.stringify(now) !== JSON.stringify(checked)) return "the note changed during the check; run again";
	const spliced = spliceCheckLog(current, result.log);
	if ("error" in spliced) return spliced.error;
	if (spliced.text === current) return undefined;
	// Write beside and rename: a crash never leaves half a note. A fresh name opened with "wx"
	// (create, never open an existing path) so a link planted in the vault is not written through.
	const tmp = `${abs}.${randomBytes(6).toString("hex")}.refcheck-tmp`;
	try {
		writeFileSync(tmp, spliced.text, { flag: "wx" });
		renameSync(tmp, abs);
	} catch (e) {
		rmSync(tmp, { force: true });
		return e instanceof Error ? e.message : String(e);
	}
	return undefined;
}

function markdownFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (e.name.startsWith(".") || e.name === "node_modules") continue;
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(p);
		}
	};
	walk(dir);
	return out;
}

function reachesFailOn(results: NoteResult[], failOn: FailOn): boolean {
	if (failOn === "never") return false;
	return results.some((r) => r.result.status === "mismatch" && (failOn === "minor" || r.result.severity === "major"));
}

function counts(results: NoteResult[]) {
	const c = { checked: results.length, confirmed: 0, mismatch: 0, not_found: 0, error: 0, skipped: 0, major: 0, minor: 0 };
	for (const r of results) {
		c[r.result.status]++;
		if (r.result.status === "mismatch" && r.result.severity) c[r.result.severity]++;
	}
	return c;
}

function notesOf(r: NoteResult): string[] {
	const notes = [...(r.result.log?.notes ?? [])];
	if (r.result.message && !notes.includes(r.result.message)) notes.push(r.result.message);
	if (r.writeError) notes.push(`not written: ${r.writeError}`);
	return notes;
}

function jsonReport(results: NoteResult[], client: OpenAlexClient) {
	const c = counts(results);
	return {
		summary: {
			checked: c.checked,
			confirmed: c.confirmed,
			mismatch: c.mismatch,
			not_found: c.not_found,
			error: c.error,
			skipped: c.skipped,
			requests: client.stats.requests,
			credits: client.stats.credits,
		},
		results: results.map((r) => ({
			path: r.path,
			citation_key: r.citationKey,
			status: r.result.status,
			severity: r.result.status === "mismatch" ? r.result.severity : null,
			paper_id: r.result.log?.paper_id ?? null,
			notes: notesOf(r),
		})),
	};
}

function summaryTable(results: NoteResult[], ctx: { upToDate: number; unreadable: number; client: OpenAlexClient; dryRun: boolean }): string {
	const c = counts(results);
	const { stats } = ctx.client;
	const row = (label: string, n: number | string, extra = "") => `  ${label.padEnd(12)}${String(n).padStart(7)}${extra ? `  ${extra}` : ""}\n`;
	let s = `\nReference check${ctx.dryRun ? " (dry run: nothing written)" : ""}\n`;
	s += row("checked", c.checked, ctx.upToDate ? `(${ctx.upToDate} up to date, not re-checked)` : "");
	s += row("confirmed", c.confirmed);
	s += row("mismatch", c.mismatch, c.mismatch ? `(major ${c.major}, minor ${c.minor})` : "");
	s += row("not found", c.not_found);
	s += row("skipped", c.skipped, c.skipped ? "(not indexed by OpenAlex)" : "");
	s += row("error", c.error, c.error ? "(try again later; existing logs kept)" : "");
	if (ctx.unreadable) s += row("unreadable", ctx.unreadable, "(frontmatter could not be parsed)");
	const budget = stats.remainingCredits !== null ? `budget left ${stats.remainingCredits}${stats.resetSeconds !== null ? `, resets in ${duration(stats.resetSeconds)}` : ""}` : "";
	s += row("requests", stats.requests, stats.retries ? `(${stats.retries} retries)` : "");
	s += row("credits", stats.credits, budget);
	const problems = results.filter((r) => (r.result.status === "mismatch" && r.result.severity === "major") || r.result.status === "error" || r.writeError);
	if (problems.length) {
		s += "\nNeeds attention:\n";
		for (const r of problems.slice(0, 50)) {
			const what = r.result.status === "mismatch" ? "major mismatch" : r.result.status;
			s += `  ${what.padEnd(15)} ${r.path}${notesOf(r).length ? ` — ${terminalSafe(notesOf(r).join("; "))}` : ""}\n`;
		}
		if (problems.length > 50) s += `  … and ${problems.length - 50} more (see --json)\n`;
	}
	return s;
}

/** Notes quote OpenAlex text: no control characters (escape sequences, line breaks) reach the terminal. */
function terminalSafe(s: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

function duration(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return h ? `${h} h ${m} min` : `${m} min`;
}
