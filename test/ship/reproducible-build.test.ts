// Build verification: the community directory rebuilds the plugin from the tagged sources and
// compares the result with the release's main.js. `npm run build` is a type check that writes
// nothing, then the bundler, whose output is what the directory compares. So: the bundler run as
// `npm run build` runs it, in two clean copies of the repository in different folders, at different
// times with a different time zone and locale, must give byte-identical main.js — and `npm run build`
// must build the plugin only (the CLI is `npm run build:cli`).
// The type check itself runs once per test run, in the release workflow's copy
// (test/ship/release-build.test.ts, which also checks that `npm run build` writes main.js and
// nothing else): running it here again would add time and no bytes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { cleanCopy, clonedPaths, filesIn, ROOT } from "./clean-copy";

// Two clean copies in different folders (names of different lengths): the bundler runs in both;
// the CLI build then runs in the second, made clean again (its main.js removed, the one file the
// bundler adds, as the bundle test checks).
let a = "";
let b = "";
beforeAll(() => {
	a = cleanCopy("refcheck-build-a-");
	b = cleanCopy("refcheck-build-bb-");
});
afterAll(() => {
	for (const c of [a, b]) if (c) rmSync(c, { recursive: true, force: true });
});

const TYPE_CHECK = /^tsc --noEmit(\s|$)/;
const BUNDLE = "node esbuild.config.mjs production";

/** `npm run build`'s steps, in order (`a && b && …`). */
function buildSteps(): string[] {
	const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
	return scripts.build.split("&&").map((s) => s.trim());
}

/** Runs a package script's step in `dir` as npm does (the package's bin folder first on PATH). */
function runStep(dir: string, step: string, env: Record<string, string>): void {
	const r = spawnSync("sh", ["-c", step], {
		cwd: dir,
		encoding: "utf8",
		env: { ...process.env, ...env, PATH: `${join(dir, "node_modules", ".bin")}:${process.env.PATH ?? ""}` },
	});
	expect(r.status, `${step}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("npm run build on a clean clone", () => {
	it("is a type check that writes nothing, then the plugin's bundler", () => {
		const steps = buildSteps();
		expect(steps.at(-1)).toBe(BUNDLE);
		expect(steps.length).toBeGreaterThanOrEqual(2);
		for (const step of steps.slice(0, -1)) expect(step, "every step before the bundler is a type check (tsc --noEmit)").toMatch(TYPE_CHECK);
	});

	it("bundles a byte-identical main.js twice, and nothing but the plugin", () => {
		expect(existsSync(join(a, "main.js")), "a clean copy has no main.js").toBe(false);
		const before = filesIn(a);

		runStep(a, BUNDLE, { TZ: "UTC", LANG: "C" });
		runStep(b, BUNDLE, { TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" });
		const first = readFileSync(join(a, "main.js"));
		const second = readFileSync(join(b, "main.js"));

		expect(first.length).toBeGreaterThan(50_000);
		expect(sha256(second)).toBe(sha256(first));
		expect(second.equals(first)).toBe(true);
		// Nothing machine-specific leaks in: neither copy's folder name appears in the bundle.
		for (const dir of [a, b]) expect(first.includes(dir)).toBe(false);
		// The plugin only: main.js is the one file written (no CLI bundle, no dist/).
		for (const dir of [a, b]) expect(filesIn(dir).filter((f) => !before.includes(f)), dir).toEqual(["main.js"]);
	});

	it("builds the CLI with npm run build:cli into dist/refcheck.cjs", () => {
		const dir = b;
		rmSync(join(dir, "main.js"), { force: true });
		expect(filesIn(dir), "the copy is as a fresh clone has it").toEqual([...clonedPaths()].sort());
		const r = spawnSync("npm", ["run", "build:cli"], { cwd: dir, encoding: "utf8" });
		expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
		expect(existsSync(join(dir, "main.js"))).toBe(false);
		const help = spawnSync(process.execPath, [join(dir, "dist", "refcheck.cjs"), "--help"], { encoding: "utf8" });
		expect(help.status, help.stderr).toBe(0);
		expect(help.stdout).toContain("refcheck check <folder>");
	}, 300_000);
});
