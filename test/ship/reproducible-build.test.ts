// Build verification: the community directory rebuilds the plugin from the tagged sources and
// compares the result with the release's main.js. Two clean copies of the repository, in different
// folders, built at different times with a different time zone and locale, must give byte-identical
// main.js — and `npm run build` must build the plugin only (the CLI is `npm run build:cli`).
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { cleanCopy } from "./clean-copy";

const copies: string[] = [];
afterAll(() => {
	for (const c of copies) rmSync(c, { recursive: true, force: true });
});

function buildIn(dir: string, env: Record<string, string>): Buffer {
	const r = spawnSync("npm", ["run", "build"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
	expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
	return readFileSync(join(dir, "main.js"));
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("npm run build on a clean clone", () => {
	it("builds a byte-identical main.js twice, and nothing but the plugin", () => {
		const a = cleanCopy("refcheck-build-a-");
		copies.push(a);
		const b = cleanCopy("refcheck-build-bb-");
		copies.push(b);
		expect(existsSync(join(a, "main.js")), "a clean copy has no main.js").toBe(false);

		const first = buildIn(a, { TZ: "UTC", LANG: "C" });
		const second = buildIn(b, { TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" });

		expect(first.length).toBeGreaterThan(50_000);
		expect(sha256(second)).toBe(sha256(first));
		expect(second.equals(first)).toBe(true);
		// Nothing machine-specific leaks in: neither copy's folder name appears in the bundle.
		for (const dir of [a, b]) expect(first.includes(dir)).toBe(false);
		// The plugin only: the CLI bundle is not part of `npm run build`.
		for (const dir of [a, b]) expect(existsSync(join(dir, "dist")), `${dir}/dist`).toBe(false);
	}, 180_000);

	it("builds the CLI with npm run build:cli into dist/refcheck.cjs", () => {
		const dir = cleanCopy("refcheck-build-cli-");
		copies.push(dir);
		const r = spawnSync("npm", ["run", "build:cli"], { cwd: dir, encoding: "utf8" });
		expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
		expect(existsSync(join(dir, "main.js"))).toBe(false);
		const help = spawnSync(process.execPath, [join(dir, "dist", "refcheck.cjs"), "--help"], { encoding: "utf8" });
		expect(help.status, help.stderr).toBe(0);
		expect(help.stdout).toContain("refcheck check <folder>");
	}, 120_000);
});
