// The release workflow (.github/workflows/release.yml), exercised: its YAML is parsed and its `run:`
// steps are executed in order, with bash as GitHub runs them, on a clean copy of the repository —
// what actions/checkout gives. Two commands stand in for what a test may not do: `npm ci` (the
// registry) links this checkout's node_modules, and `gh` (creating a GitHub release) records its
// arguments. Then: the assets it attaches exist, match `npm run build`'s, and are the ones attested;
// a tag that is not the manifest version stops the workflow before the release. This is the one place
// the suite runs `npm run build` whole, type check included (test/ship/reproducible-build.test.ts
// compares the bundler's bytes).
// The `uses:` steps are checked for what they do here: current action majors, a maintained Node LTS,
// the attestation of main.js, manifest.json and styles.css with the permissions it needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "yaml";
import { cleanCopy, filesIn, ROOT } from "./clean-copy";

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push?: { tags?: string[] } };
	jobs: Record<string, { "runs-on": string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8")) as Workflow;
const job = workflow.jobs.build;
const steps = job.steps;
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string };
const ASSETS = ["main.js", "manifest.json", "styles.css"];

/** The workflow's `${{ … }}` expressions this test knows how to fill in; any other fails the test. */
function expand(text: string): string {
	return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
		if (expr === "secrets.GITHUB_TOKEN") return "test-token";
		throw new Error(`release.yml uses the expression \${{ ${expr} }}, which this test does not emulate`);
	});
}

const stepName = (s: Step) => s.name ?? s.uses ?? s.run?.split("\n")[0] ?? "?";

interface WorkflowRun {
	/** Names of the run: steps that succeeded, in order, then the one that failed (if any). */
	ran: string[];
	failed: string | null;
	output: string;
	/** Arguments `gh` was called with, one call per line. */
	gh: string[][];
}

/** Stand-ins for `npm ci` and `gh`, first on PATH. */
function shims(dir: string, ghLog: string): string {
	const bin = join(dir, "bin");
	mkdirSync(bin);
	const realNpm = spawnSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).stdout.trim();
	writeFileSync(
		join(bin, "npm"),
		`#!/usr/bin/env bash
# npm ci: the lockfile must be there; the installed tree is this checkout's (linked by the copy).
if [ "$1" = "ci" ]; then
  test -f package-lock.json && test -d node_modules/.bin || { echo "npm ci: no lockfile or node_modules" >&2; exit 1; }
  echo "npm ci (test stand-in): using the linked node_modules"
  exit 0
fi
exec "${realNpm}" "$@"
`,
	);
	writeFileSync(
		join(bin, "gh"),
		`#!/usr/bin/env bash
# Records the call; each file argument must exist, as gh release create uploads it.
printf '%s\\0' "$@" >> "${ghLog}"; printf '\\n' >> "${ghLog}"
for a in "$@"; do case "$a" in -*) ;; *.js|*.json|*.css) test -s "$a" || { echo "gh: $a missing or empty" >&2; exit 1; } ;; esac; done
`,
	);
	chmodSync(join(bin, "npm"), 0o755);
	chmodSync(join(bin, "gh"), 0o755);
	return bin;
}

/**
 * Runs the `run:` steps of the job in `dir`, as GitHub does for a push of `tag`, until one fails;
 * from the step named `from` on when given (the earlier ones already ran in `dir`).
 */
function runWorkflow(dir: string, tag: string, from?: string): WorkflowRun {
	const scratch = mkdtempSync(join(tmpdir(), "refcheck-workflow-"));
	const ghLog = join(scratch, "gh.log");
	writeFileSync(ghLog, "");
	const bin = shims(scratch, ghLog);
	const result: WorkflowRun = { ran: [], failed: null, output: "", gh: [] };
	try {
		const start = from === undefined ? 0 : steps.findIndex((s) => s.name === from);
		if (start < 0) throw new Error(`release.yml has no step named ${from}`);
		for (const step of steps.slice(start)) {
			if (step.run === undefined) continue;
			const env = {
				...process.env,
				PATH: `${bin}:${process.env.PATH ?? ""}`,
				CI: "true",
				GITHUB_ACTIONS: "true",
				GITHUB_WORKSPACE: dir,
				GITHUB_REF: `refs/tags/${tag}`,
				GITHUB_REF_NAME: tag,
				GITHUB_REF_TYPE: "tag",
				...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))])),
			};
			// GitHub's default shell on Linux when a bash is present.
			const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", expand(step.run)], { cwd: dir, env, encoding: "utf8" });
			result.output += `\n--- ${stepName(step)}\n${r.stdout}${r.stderr}`;
			if (r.status !== 0) {
				result.failed = stepName(step);
				break;
			}
			result.ran.push(stepName(step));
		}
		result.gh = readFileSync(ghLog, "utf8")
			.split("\n")
			.filter(Boolean)
			.map((line) => line.split("\0").filter(Boolean));
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	return result;
}

describe("release workflow: the actions it uses", () => {
	const uses = (prefix: string) => steps.find((s) => s.uses?.startsWith(`${prefix}@`));

	it("runs on a pushed tag, on current majors of checkout and setup-node, with a maintained Node LTS", () => {
		expect(workflow.on.push?.tags).toEqual(["*"]);
		expect(uses("actions/checkout")?.uses).toBe("actions/checkout@v7");
		const node = uses("actions/setup-node");
		expect(node?.uses).toBe("actions/setup-node@v7");
		// Node 20 reached end of life in April 2026; 22 (maintenance) and 24 (active) are the LTS lines.
		expect(node?.with?.["node-version"]).toMatch(/^(22|24)(\.x)?$/);
		expect(steps.indexOf(uses("actions/checkout") as Step)).toBe(0);
	});

	it("attests main.js, manifest.json and styles.css after the build, before the release, with the permissions that needs", () => {
		const attest = uses("actions/attest-build-provenance");
		expect(attest?.uses).toBe("actions/attest-build-provenance@v4");
		const subjects = String(attest?.with?.["subject-path"] ?? "")
			.split("\n")
			.map((s) => s.trim())
			.filter(Boolean);
		expect(subjects.sort()).toEqual([...ASSETS].sort());
		const at = steps.indexOf(attest as Step);
		const build = steps.findIndex((s) => /npm run build/.test(s.run ?? ""));
		const release = steps.findIndex((s) => /gh release create/.test(s.run ?? ""));
		expect(build).toBeGreaterThanOrEqual(0);
		expect(build).toBeLessThan(at);
		expect(at).toBeLessThan(release);
		expect(job.permissions).toEqual({ contents: "write", "id-token": "write", attestations: "write" });
	});
});

describe("release workflow: its run steps on a clean clone", () => {
	let dir = "";
	let run: WorkflowRun;
	let cloned: string[] = [];
	beforeAll(() => {
		dir = cleanCopy("refcheck-release-");
		cloned = filesIn(dir);
		run = runWorkflow(dir, manifest.version);
	}, 600_000);
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it("runs every step, lint included, and creates a draft release named after the tag", () => {
		expect(run.failed, run.output).toBeNull();
		expect(run.ran).toEqual(steps.filter((s) => s.run !== undefined).map(stepName));
		expect(run.output).toContain("npm ci (test stand-in)");
		expect(run.output).toMatch(/Directory scan: 0 errors, \d+ warnings/); // the directory's scan ran (and passed)
		expect(run.gh).toHaveLength(1);
		const [sub, cmd, tag, ...rest] = run.gh[0];
		expect([sub, cmd, tag]).toEqual(["release", "create", manifest.version]);
		expect(rest).toContain("--draft");
		expect(rest).toContain(`--title=${manifest.version}`);
		expect(rest.filter((a) => !a.startsWith("--")).sort()).toEqual([...ASSETS].sort());
	});

	it("attaches a CommonJS plugin bundle, the manifest and the styles: what npm run build gives, nothing else built", () => {
		for (const asset of ASSETS) {
			expect(existsSync(join(dir, asset)), asset).toBe(true);
			expect(readFileSync(join(dir, asset)).length, asset).toBeGreaterThan(0);
		}
		const bundle = readFileSync(join(dir, "main.js"), "utf8");
		expect(bundle).toMatch(/module\.exports/);
		// It loads nothing but Obsidian's API: no Node module (the CLI's fs, path, crypto…) reaches
		// the plugin, which runs on mobile too.
		expect([...new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))]).toEqual(["obsidian"]);
		expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(readFileSync(join(ROOT, "manifest.json"), "utf8"));
		expect(existsSync(join(dir, "dist")), "the release does not build the CLI").toBe(false);
		// The type check writes nothing (the reproducibility test bundles without it): main.js is
		// the one file the whole workflow adds to the clone.
		expect(filesIn(dir).filter((f) => !cloned.includes(f))).toEqual(["main.js"]);
	});

	it("stops before the release when the tag is not the manifest version", () => {
		// The same job for a tag "v0.1.0", from the step after the build (already run in this copy).
		const bad = runWorkflow(dir, `v${manifest.version}`, "Check manifest and release assets");
		expect(bad.failed, bad.output).toBe("Check manifest and release assets");
		expect(bad.output).toContain(`tag "v${manifest.version}" must equal the manifest version`);
		expect(bad.gh).toEqual([]);
	}, 600_000);
});
