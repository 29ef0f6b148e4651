// Running `refcheck check` in tests: in-process through runCli (fake clock, report read back), or
// as a real process from a bundle built the way `npm run build:cli` builds dist/refcheck.cjs (for
// what only a process shows: exit codes, stderr, memory, another user's permissions, timers).
import { spawn } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { build } from "esbuild";
import { inject } from "vitest";
import { runCli, type CliIO } from "../../src/cli/run";
import { FakeClock } from "./fake-clock";

export interface Report {
	summary: Record<string, number | string | null>;
	results: Array<{ path: string; citation_key: string | null; status: string; severity: string | null; paper_id: string | null; notes: string[] }>;
	problems?: Array<{ path: string; reason: string }>;
	vanished?: Array<{ path: string; reason: string }>;
}

export interface CliRun {
	code: number;
	out: string;
	err: string;
	report: Report | null;
}

export const RUN_DATE = new Date("2026-11-26T12:00:00.000Z");

/**
 * `refcheck <args>` in this process with its output captured, no environment, the run date fixed
 * and requests paced and retried on a fake clock (no real rate window or back-off).
 */
export async function runRefcheckArgs(args: string[], extra: Partial<CliIO> = {}): Promise<Omit<CliRun, "report">> {
	let out = "";
	let err = "";
	const code = await runCli(args, {
		env: {},
		stdout: (s) => (out += s),
		stderr: (s) => (err += s),
		now: () => RUN_DATE,
		...extra,
		clientOptions: { clock: new FakeClock(), ...extra.clientOptions },
	});
	return { code, out, err };
}

/** The JSON report `run` writes to `json` (a path beside the vault, never inside it), read back and removed. */
export async function withReport(json: string, run: () => Promise<Omit<CliRun, "report">>): Promise<CliRun> {
	rmSync(json, { force: true });
	const result = await run();
	const report = existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")) as Report) : null;
	rmSync(json, { force: true });
	return { ...result, report };
}

/**
 * `refcheck check <dir> --api-base <base> --json <beside dir> …args` in this process, on a fake
 * clock. The JSON report is written beside the folder (never inside it) and read back.
 */
export function runRefcheck(dir: string, base: string, args: string[], extra: Partial<CliIO> = {}): Promise<CliRun> {
	const json = `${dir}.report.json`;
	return withReport(json, () => runRefcheckArgs(["check", dir, "--api-base", base, "--rate", "50", "--json", json, ...args], extra));
}

let bundle: Promise<string> | null = null;

/**
 * dist/refcheck.cjs as `npm run build:cli` builds it, into the run's temporary folder
 * (test/support/run-folder.ts, removed when the run ends): built once per worker.
 */
export function builtRefcheck(): Promise<string> {
	bundle ??= (async () => {
		const folder = mkdtempSync(join(inject("runFolder"), "bin-"));
		// Readable by the unprivileged user some tests run it as.
		chmodSync(folder, 0o755);
		const out = join(folder, "refcheck.cjs");
		await build({
			banner: { js: "#!/usr/bin/env node" },
			entryPoints: ["src/cli/refcheck.ts"],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node20",
			logLevel: "silent",
			outfile: out,
		});
		return out;
	})();
	return bundle;
}

export interface ProcessRun {
	code: number | null;
	signal: string | null;
	stdout: string;
	stderr: string;
	/** Killed after `killAfterMs` (a run that would not end by itself). */
	killed: boolean;
}

/**
 * Runs the built CLI as a process (asynchronously: a fake server in this process keeps answering).
 * `killAfterMs` is a ceiling, not a wait: the process is killed only if it has not ended by then.
 */
export function spawnRefcheck(
	args: string[],
	opts: { env?: Record<string, string>; nodeArgs?: string[]; uid?: number; gid?: number; killAfterMs?: number } = {},
): Promise<ProcessRun> {
	return builtRefcheck().then(
		(cli) =>
			new Promise<ProcessRun>((resolve, reject) => {
				const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), cli, ...args], {
					env: { PATH: process.env.PATH ?? "", ...opts.env },
					uid: opts.uid,
					gid: opts.gid,
					stdio: ["ignore", "pipe", "pipe"],
				});
				let stdout = "";
				let stderr = "";
				let killed = false;
				child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
				// A runaway process may print without end: keep the first megabyte.
				child.stderr.setEncoding("utf8").on("data", (s: string) => {
					if (stderr.length < 1 << 20) stderr += s;
				});
				const timer = setTimeout(() => {
					killed = true;
					child.kill("SIGKILL");
				}, opts.killAfterMs ?? 60_000);
				child.on("error", reject);
				child.on("close", (code, signal) => {
					clearTimeout(timer);
					resolve({ code, signal, stdout, stderr, killed });
				});
			}),
	);
}

/** Runs as root: permission tests then run the CLI as another user (root reads everything). */
export const IS_ROOT = process.getuid?.() === 0;
/** The unprivileged user the CLI runs as in those tests. */
export const NOBODY = 65534;
