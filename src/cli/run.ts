// `refcheck check <folder>`: the headless checker (CI, batch use). The run is the plugin's
// (src/check/run.ts) over the files of the folder (note-store.ts); this file wires options,
// progress, the report and the exit code. Everything printed goes through terminal.ts.
import { renameSync, rmSync, writeFileSync } from "fs";
import { randomBytes } from "crypto";
import { runChecks } from "../check/run";
import { OpenAlexClient, type OpenAlexClientOptions } from "../openalex/client";
import type { Transport } from "../openalex/transport";
import { nodeClock } from "./clock";
import { fetchTransport } from "./fetch-transport";
import { FolderNoteStore } from "./note-store";
import { parseCheckArgs, USAGE } from "./options";
import { EXIT, exitCode, jsonReport, summaryTable, type NoteResult } from "./report";
import { joinSafe, Terminal, tty } from "./terminal";

export interface CliIO {
	env: Record<string, string | undefined>;
	stdout: (s: string) => void;
	stderr: (s: string) => void;
	/** Whether stderr is a terminal (progress redraws in place). */
	isTTY?: boolean;
	/** Defaults to Node's fetch. */
	transport?: Transport;
	/** The time written into logs and compared with the staleness setting. */
	now?: () => Date;
	/** Test hooks: client tuning (a fake clock, short retry delays) and the client itself (requests, credits). */
	clientOptions?: Partial<OpenAlexClientOptions>;
	onClient?: (client: OpenAlexClient) => void;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
	const term = new Terminal(io);
	const parsed = parseCheckArgs(argv, io.env);
	if ("help" in parsed) {
		term.out(joinSafe([USAGE, tty`\n`]));
		return EXIT.ok;
	}
	if ("usage" in parsed) {
		term.err(joinSafe([tty`refcheck: ${parsed.usage}\n\n`, USAGE, tty`\n`]));
		return EXIT.fatal;
	}
	if ("error" in parsed) {
		term.err(tty`refcheck: ${parsed.error}\n`);
		return EXIT.fatal;
	}
	const opts = parsed.options;
	const { settings } = opts;
	const client = new OpenAlexClient({
		transport: io.transport ?? fetchTransport(),
		baseUrl: opts.apiBase,
		apiKey: opts.apiKey,
		mailto: opts.mailto,
		requestsPerSecond: settings.requestsPerSecond,
		clock: nodeClock,
		timeLimitMs: opts.maxMinutes === null ? null : opts.maxMinutes * 60_000,
		...io.clientOptions,
	});
	io.onClient?.(client);

	const results: NoteResult[] = [];
	/** Notes deleted, moved away or replaced by a folder during the run (where they were). */
	const gone: string[] = [];
	const run = await runChecks(new FolderNoteStore(opts.folder), {
		scope: { kind: "vault" },
		settings,
		force: opts.force,
		dryRun: opts.dryRun,
		createClient: () => client,
		now: io.now ?? (() => new Date()),
		onQueued: ({ total }) => {
			if (total) term.progress(0, total, tty`Checking 0/${total}…`);
		},
		onNote: (note, { done, total }) => {
			// A note deleted or moved away meanwhile has no result: it is named apart.
			if (note.outcome === "vanished") {
				gone.push(note.queuedPath);
			} else {
				const writeError = note.outcome === "failed" && note.result.log ? (note.error ?? undefined) : undefined;
				results.push({ path: note.path, citationKey: note.reference.citationKey, result: note.result, writeError });
			}
			term.progress(done, total, tty`Checking ${done}/${total} (${client.stats.requests} requests) ${note.path}`);
		},
	});
	term.endProgress();
	results.sort((a, b) => a.path.localeCompare(b.path));
	gone.sort((a, b) => a.localeCompare(b));

	term.out(summaryTable(results, { run, gone, stats: client.stats, dryRun: opts.dryRun }));
	if (opts.json) {
		try {
			writeReport(opts.json, `${JSON.stringify(jsonReport(results, run, gone, client.stats), null, 2)}\n`);
		} catch (e) {
			term.err(tty`refcheck: the JSON report could not be written to ${opts.json} (${e instanceof Error ? e.message : String(e)})\n`);
			return EXIT.fatal;
		}
	}
	if (run.stoppedBy) term.err(tty`refcheck: ${run.stoppedBy}\n`);
	for (const r of results) if (r.writeError) term.err(tty`refcheck: ${r.path}: ${r.writeError}\n`);
	return exitCode(results, run, opts.failOn);
}

/** Beside the destination, then renamed: a reader never sees half a report. */
function writeReport(path: string, text: string): void {
	const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		writeFileSync(tmp, text, { flag: "wx" });
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}
