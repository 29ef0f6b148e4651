// `refcheck check <folder>`: the headless checker (CI, batch use). The run is the plugin's
// (src/check/run.ts) over the files of the folder (note-store.ts); this file wires options,
// progress and the report.
import { writeFileSync } from "fs";
import { runChecks } from "../check/run";
import { OpenAlexClient, type OpenAlexClientOptions } from "../openalex/client";
import type { Transport } from "../openalex/transport";
import { nodeClock } from "./clock";
import { fetchTransport } from "./fetch-transport";
import { FolderNoteStore } from "./note-store";
import { parseCheckArgs, USAGE } from "./options";
import { jsonReport, reachesFailOn, summaryTable, terminalSafe, type NoteResult } from "./report";

export { USAGE };

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
	const parsed = parseCheckArgs(argv, io.env);
	if ("help" in parsed) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	if ("usage" in parsed) {
		io.stderr(`refcheck: ${parsed.usage}\n\n${USAGE}\n`);
		return 2;
	}
	if ("error" in parsed) {
		io.stderr(`refcheck: ${parsed.error}\n`);
		return 2;
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
		...io.clientOptions,
	});
	io.onClient?.(client);

	const results: NoteResult[] = [];
	const progress = (done: number, total: number, line: string) => {
		if (io.isTTY) io.stderr(`\r\x1b[2K${line}`);
		else if (done === total || done % 25 === 0) io.stderr(`${line}\n`);
	};
	const run = await runChecks(new FolderNoteStore(opts.folder), {
		scope: { kind: "vault" },
		settings,
		force: opts.force,
		dryRun: opts.dryRun,
		createClient: () => client,
		now: io.now ?? (() => new Date()),
		onQueued: ({ total }) => {
			if (total) progress(0, total, `Checking 0/${total}…`);
		},
		onNote: (note, { done, total }) => {
			// A note deleted or moved away meanwhile is counted in the summary, not reported on.
			if (note.outcome !== "vanished") {
				const writeError = note.outcome === "failed" && note.result.log ? (note.error ?? undefined) : undefined;
				results.push({ path: note.path, citationKey: note.reference.citationKey, result: note.result, writeError });
			}
			progress(done, total, `Checking ${done}/${total} (${client.stats.requests} requests) ${terminalSafe(note.path)}`);
		},
	});
	if (run.total && io.isTTY) io.stderr("\n");
	results.sort((a, b) => a.path.localeCompare(b.path));

	io.stdout(summaryTable(results, { run, stats: client.stats, dryRun: opts.dryRun }));
	if (opts.json) writeFileSync(opts.json, `${JSON.stringify(jsonReport(results, run, client.stats), null, 2)}\n`);
	const fatal = client.stoppedBy;
	if (fatal) {
		io.stderr(`refcheck: ${fatal.message}\n`);
		return 2;
	}
	for (const r of results) if (r.writeError) io.stderr(`refcheck: ${terminalSafe(r.path)}: not written: ${r.writeError}\n`);
	return reachesFailOn(results, opts.failOn) ? 1 : 0;
}
