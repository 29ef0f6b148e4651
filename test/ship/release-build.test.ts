// The release workflow's build step (.github/workflows/release.yml), exercised in CI: on a copy of
// the sources, `npm run build` then `check-manifest --release` — the three assets exist and the
// manifest version equals package.json's. A copy, so the shared tree's main.js/dist are not rewritten
// while other tests use them.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const COPIED = ["package.json", "tsconfig.json", "esbuild.config.mjs", "manifest.json", "versions.json", "styles.css", "src"];

const work = mkdtempSync(join(tmpdir(), "refcheck-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("release build step", () => {
	it("npm run build produces main.js, manifest.json and styles.css with matching versions", () => {
		for (const entry of COPIED) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
		symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");

		const build = spawnSync("npm", ["run", "build"], { cwd: work, encoding: "utf8" });
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

		for (const asset of ["main.js", "manifest.json", "styles.css"]) {
			expect(existsSync(join(work, asset)), asset).toBe(true);
			expect(statSync(join(work, asset)).size, asset).toBeGreaterThan(0);
		}
		// The bundle is a CommonJS plugin module exporting the plugin class.
		expect(readFileSync(join(work, "main.js"), "utf8")).toMatch(/module\.exports/);

		const check = spawnSync(process.execPath, [join(ROOT, "scripts/check-manifest.mjs"), "--dir", work, "--release"], {
			encoding: "utf8",
		});
		expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

		const manifest = JSON.parse(readFileSync(join(work, "manifest.json"), "utf8")) as { version: string };
		const pkg = JSON.parse(readFileSync(join(work, "package.json"), "utf8")) as { version: string };
		expect(manifest.version).toBe(pkg.version);
	}, 180_000);
});
