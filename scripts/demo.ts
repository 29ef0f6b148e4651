// `npm run demo`: Reference Check end to end, offline, without an API key.
//
// Copies example-vault/ to a temporary folder, serves the recorded OpenAlex index
// (scripts/example-vault-openalex.json) on 127.0.0.1 with the fake server the tests use, runs the
// built `refcheck` CLI (dist/refcheck.cjs) on the copy — progress, summary table, check_logs written
// into the copy — then prints one line per reference and, when a Chromium is available, renders the
// screenshots of that run (scripts/screenshots/render.ts, as `npm run screenshots -- --vault <the
// copy>` does, without the signals vault, which is not part of this run).
//
//   npm run demo                      the run above
//   npm run demo -- --screenshots-out DIR   render the screenshots of the run into DIR
//                                     (default: beside the temporary copy)
//   npm run demo -- --serve [--port N] keep the replay running on 127.0.0.1:8787 for Obsidian
//   npm run build:example             build and copy main.js, manifest.json, styles.css into
//                                     example-vault/.obsidian/plugins/reference-check/
import { spawn, spawnSync } from "child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import http from "http";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EXAMPLE_INDEX, EXAMPLE_VAULT } from "./example-vault-index";
import { startFakeOpenAlex } from "../test/support/fake-openalex";

const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "dist", "refcheck.cjs");
const PLUGIN_DIR = join(EXAMPLE_VAULT, ".obsidian", "plugins", "reference-check");
export const SERVE_PORT = 8787;

/**
 * What the example vault is for (example-vault/README.md says the same):
 * - major: a deliberate error, must be a major mismatch;
 * - flagged: an error found in the original bibliography, major mismatch or not found;
 * - not major: a false-alarm case of the earlier checker (or a plain correct note): confirmed or minor;
 * - abstain: not found or skipped, never a mismatch against some other work;
 * - skipped: a web page OpenAlex does not index, not queried;
 * - verified: verified by a person, not re-checked by a normal run.
 */
export type Expectation = "major" | "flagged" | "not major" | "abstain" | "skipped" | "verified";

export const EXPECTED: Record<string, Expectation> = {
	// deliberate errors
	eloundou2024gptsgpts: "major", // wrong first author
	gabriel2020alignment: "major", // year off by 3
	pruthi2020tracin: "major", // title of another paper
	toxtli2021invisiblelabor: "major", // DOI of another paper
	dakos2019tippingpoints: "major", // middle author dropped
	// errors found in the original bibliography
	flew2021: "flagged", // DOI of a different paper with a similar title
	clark2021: "flagged", // "Sofia Serber" is Sofia Serrano
	// false-alarm cases of the earlier checker
	ouyang2022instructgpt: "not major",
	belrose2023leace: "not major",
	christiano2017: "not major",
	brown2020fewshot: "not major",
	agarwal2018reductions: "not major",
	bai2022: "not major",
	kiela2021: "not major",
	zheng2023: "not major",
	arrietaibarra2018datalabor: "not major",
	hadfieldmenell2019incomplete: "not major",
	dodge2021: "not major",
	chowdhury2021ceam: "not major",
	resnick1997recommender: "not major",
	gebru2021: "not major",
	kittur2013crowdwork: "not major",
	vonahn2004: "not major",
	buolamwini_gender_shades_2018: "not major",
	selbst_fairness_abstraction_2019: "not major",
	mcdonald2019privacy: "not major",
	roth2014dp: "verified", // year one off from the record, accepted by a person (manually_verified)
	// plainly correct
	hardin1968: "not major",
	coase1960: "not major",
	searle1980: "not major",
	obermeyer_bias_health_2019: "not major",
	narayanan_shmatikov_2008: "not major",
	ajmani2023friction: "not major",
	bender2018: "not major",
	// abstain rather than guess
	zuboff2019: "abstain", // OpenAlex only has a review of the book
	amodei2024machines: "abstain", // an essay on a personal site
	nostalgebraist2020: "skipped", // a LessWrong post
};

/** Whether a result meets its expectation (`undefined`: the note was not re-checked). */
export function meets(expectation: Expectation, result: { status: string; severity: string | null } | undefined): boolean {
	if (expectation === "verified") return result === undefined;
	if (!result) return false;
	const major = result.status === "mismatch" && result.severity === "major";
	switch (expectation) {
		case "major":
			return major;
		case "flagged":
			return major || result.status === "not_found";
		case "not major":
			return result.status === "confirmed" || (result.status === "mismatch" && result.severity === "minor");
		case "abstain":
			return result.status === "not_found" || result.status === "skipped";
		case "skipped":
			return result.status === "skipped";
	}
}

export interface DemoResult {
	path: string;
	citation_key: string | null;
	status: string;
	severity: string | null;
	notes: string[];
}

export interface DemoRun {
	/** The checked copy of the vault. */
	vault: string;
	exitCode: number;
	results: DemoResult[];
	summary: Record<string, number>;
	/** Requests the replay server answered. */
	requests: number;
	screenshots: "rendered" | "skipped" | "failed";
	screenshotDir: string | null;
	/** Citation keys whose verdict does not meet EXPECTED. */
	unmet: string[];
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
	}
	return newest;
}

/** The bundles the demo uses, with the esbuild.config.mjs mode that builds each. */
const BUNDLES = [
	{ file: CLI, mode: "cli", what: "dist/refcheck.cjs (the refcheck CLI)" },
	{ file: join(ROOT, "main.js"), mode: "production", what: "main.js (the plugin)" },
] as const;

/**
 * Bundles the CLI and the plugin when missing or older than src/ or the build config, so
 * `npm run demo` works on a fresh clone after `npm run build` (which builds the plugin only).
 * The type check stays `npm run build`'s and `npm run typecheck`'s.
 */
export function ensureBuilt(log: (s: string) => void): void {
	const sources = Math.max(newestMtime(join(ROOT, "src")), statSync(join(ROOT, "esbuild.config.mjs")).mtimeMs);
	for (const bundle of BUNDLES) {
		if (existsSync(bundle.file) && statSync(bundle.file).mtimeMs >= sources) continue;
		log(`Building ${bundle.what}…\n`);
		const r = spawnSync(process.execPath, [join(ROOT, "esbuild.config.mjs"), bundle.mode], { cwd: ROOT, encoding: "utf8" });
		if (r.status !== 0) throw new Error(`build of ${bundle.what} failed:\n${r.stdout}${r.stderr}`);
	}
}

/** Put the built plugin into the example vault so opening it in Obsidian shows the plugin working. */
export function installPlugin(): void {
	mkdirSync(PLUGIN_DIR, { recursive: true });
	for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(ROOT, f), join(PLUGIN_DIR, f));
}

function loadIndex(): object[] {
	return JSON.parse(readFileSync(EXAMPLE_INDEX, "utf8")) as object[];
}

function run(cmd: string, args: string[], out: (s: string) => void, err: (s: string) => void, env?: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolveRun, reject) => {
		const child = spawn(cmd, args, { cwd: ROOT, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
		child.stdout.on("data", (d: Buffer) => out(d.toString()));
		child.stderr.on("data", (d: Buffer) => err(d.toString()));
		child.on("error", reject);
		child.on("close", (code) => resolveRun(code ?? 1));
	});
}

/**
 * Renders the screenshots of the checked copy in this process (no second tsx start-up), or says
 * why not: "skipped" when there is no Chromium where the renderer looks.
 */
async function renderRun(vault: string, outDir: string, out: (s: string) => void, err: (s: string) => void): Promise<"rendered" | "skipped" | "failed"> {
	// Loaded here: playwright and esbuild are only needed for the pictures.
	const { chromiumPath, renderScreenshots } = await import("./screenshots/render");
	try {
		chromiumPath();
	} catch (e) {
		out(`\n(Screenshots skipped: ${e instanceof Error ? e.message : String(e)}.)\n`);
		return "skipped";
	}
	out(`\nRendering screenshots of this run (scripts/screenshots/render.ts)…\n`);
	try {
		const result = await renderScreenshots({ vault, out: outDir });
		out(`panel on ${result.picked.panel}, cited-in on ${result.picked.citedIn ?? "-"}, references on ${result.picked.references ?? "-"}\n`);
		for (const w of result.warnings) err(`warning: ${w}\n`);
		return "rendered";
	} catch (e) {
		err(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
		return "failed";
	}
}

export async function runDemo(opts: { out?: (s: string) => void; err?: (s: string) => void; screenshots?: boolean; screenshotDir?: string } = {}): Promise<DemoRun> {
	const out = opts.out ?? ((s: string) => process.stdout.write(s));
	const err = opts.err ?? ((s: string) => process.stderr.write(s));
	ensureBuilt(out);
	installPlugin();

	const vault = join(mkdtempSync(join(tmpdir(), "reference-check-demo-")), "example-vault");
	cpSync(EXAMPLE_VAULT, vault, { recursive: true });
	const jsonFile = join(vault, "..", "refcheck-results.json");
	const server = await startFakeOpenAlex({ works: loadIndex() });
	let exitCode: number;
	let requests: number;
	try {
		out(`Checking a copy of the example vault (${vault})\nagainst the recorded OpenAlex index served at ${server.url} — no network, no API key.\n\n`);
		exitCode = await run(
			process.execPath,
			// The replay runs on this machine: no OpenAlex per-second cap to keep under, so the
			// highest rate the CLI takes (at its default, 8 a second, the run waited ~4 s on pacing).
			[CLI, "check", vault, "--api-base", server.url, "--mailto", "demo@example.org", "--json", jsonFile, "--fail-on", "never", "--rate", "100"],
			out,
			err,
			{ ...process.env, OPENALEX_API_KEY: "" },
		);
		requests = server.requests.length;
	} finally {
		await server.close();
	}
	if (!existsSync(jsonFile)) throw new Error(`refcheck wrote no results (exit ${exitCode})`);
	const report = JSON.parse(readFileSync(jsonFile, "utf8")) as { summary: Record<string, number>; results: DemoResult[] };

	out(`\n${"Reference".padEnd(34)} ${"Verdict".padEnd(15)} ${"Expected".padEnd(10)} Why\n`);
	const byKey = new Map(report.results.map((r) => [r.citation_key ?? r.path, r]));
	for (const key of [...new Set([...byKey.keys(), ...Object.keys(EXPECTED)])].sort()) {
		const r = byKey.get(key);
		const verdict = !r ? "not re-checked" : r.status === "mismatch" ? `${r.severity} mismatch` : r.status;
		const expected = EXPECTED[key];
		const mark = expected === undefined ? "" : meets(expected, r) ? expected : `${expected} ✗`;
		const why = r ? r.notes.join("; ") : "verified by a person (manually_verified)";
		out(`${key.padEnd(34)} ${verdict.padEnd(15)} ${mark.padEnd(10)} ${why.length > 100 ? `${why.slice(0, 99)}…` : why}\n`);
	}

	const unmet = Object.entries(EXPECTED).filter(([key, expected]) => !meets(expected, byKey.get(key)));
	out(
		unmet.length === 0
			? `\nAll ${Object.keys(EXPECTED).length} expectations met: the deliberate errors are major mismatches, the false-alarm cases are not.\n`
			: `\n${unmet.length} expectation(s) not met: ${unmet.map(([k, e]) => `${k} (expected ${e})`).join(", ")}\n`,
	);

	let screenshots: DemoRun["screenshots"] = "skipped";
	let screenshotDir: string | null = null;
	if (opts.screenshots !== false) {
		const dir = opts.screenshotDir ?? join(vault, "..", "screenshots");
		screenshots = await renderRun(vault, dir, out, err);
		if (screenshots !== "skipped") screenshotDir = dir;
		if (screenshots === "rendered") out(`Screenshots of this run are in ${dir}\n`);
	}
	out(`\nThe checked notes (with their check_log) are in ${vault}\n`);
	return { vault, exitCode, results: report.results, summary: report.summary, requests, screenshots, screenshotDir, unmet: unmet.map(([k]) => k) };
}

/** Keep the replay running on a fixed port so the example vault can be used in Obsidian. */
async function serve(port: number): Promise<void> {
	const server = await startFakeOpenAlex({ works: loadIndex() });
	const target = new URL(server.url);
	const proxy = http.createServer((req, res) => {
		const upstream = http.request(
			{ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on("error", () => {
			res.writeHead(502);
			res.end();
		});
		req.pipe(upstream);
	});
	await new Promise<void>((ok, fail) => {
		proxy.once("error", fail);
		proxy.listen(port, "127.0.0.1", ok);
	});
	process.stdout.write(
		`Recorded OpenAlex index served at http://127.0.0.1:${port}` +
			(port === SERVE_PORT ? " (the base URL in example-vault's plugin settings).\n" : ` (example-vault's plugin settings use port ${SERVE_PORT}).\n`) +
			`Open example-vault/ in Obsidian and run "Reference Check: Verify all references in vault". Ctrl-C stops.\n`,
	);
	process.once("SIGINT", () => {
		proxy.close();
		void server.close().then(() => process.exit(0));
	});
}

async function main(argv: string[]): Promise<number> {
	if (argv.includes("--install-plugin")) {
		ensureBuilt((s) => process.stdout.write(s));
		installPlugin();
		process.stdout.write(`Installed main.js, manifest.json and styles.css into ${PLUGIN_DIR}\n`);
		return 0;
	}
	if (argv.includes("--serve")) {
		const i = argv.indexOf("--port");
		await serve(i >= 0 ? Number(argv[i + 1]) : SERVE_PORT);
		return -1; // keep running
	}
	const dirAt = argv.indexOf("--screenshots-out");
	const screenshotDir = dirAt >= 0 && argv[dirAt + 1] ? resolve(argv[dirAt + 1]) : undefined;
	const result = await runDemo({ screenshots: !argv.includes("--no-screenshots"), screenshotDir });
	return result.exitCode === 0 && result.unmet.length === 0 && result.screenshots !== "failed" ? 0 : 1;
}

if (require.main === module) {
	main(process.argv.slice(2)).then(
		(code) => {
			if (code >= 0) process.exitCode = code;
		},
		(e: unknown) => {
			process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
			process.exitCode = 2;
		},
	);
}
