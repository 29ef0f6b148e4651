// scripts/check-manifest.mjs: the community directory's manifest and release rules, against the real
// manifest and against broken copies of it. CI runs the script as a child process on a directory; the
// first and the last cases do exactly that, the others call its command (`main`: the same arguments,
// output and exit code) in this process, which spares a Node start per case.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { main } from "../../scripts/check-manifest.mjs";

const ROOT = resolve(__dirname, "../..");
const SCRIPT = join(ROOT, "scripts/check-manifest.mjs");
const realManifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;
const realVersions = JSON.parse(readFileSync(join(ROOT, "versions.json"), "utf8")) as Record<string, string>;
const realPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;

const dirs: string[] = [];
afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** `node scripts/check-manifest.mjs …` as a child process: exit code, stdout and stderr. */
function runProcess(args: string[]): { code: number | null; out: string } {
	const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });
	return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The script's command in this process: exit code and everything it printed. */
function run(args: string[]): { code: number | null; out: string } {
	let out = "";
	const print = (s: string) => void (out += `${s}\n`);
	const code = main(args, { log: print, warn: print, error: print });
	return { code, out };
}

function project(opts: {
	manifest?: Record<string, unknown>;
	versions?: unknown;
	packageVersion?: string;
	assets?: string[];
	raw?: Record<string, string>;
	/** Repository files to leave out (README.md, LICENSE are written by default). */
	without?: string[];
}): string {
	const dir = mkdtempSync(join(tmpdir(), "refcheck-manifest-"));
	dirs.push(dir);
	const manifest = opts.manifest ?? realManifest;
	writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, "\t"));
	if (opts.versions !== undefined) writeFileSync(join(dir, "versions.json"), JSON.stringify(opts.versions));
	else writeFileSync(join(dir, "versions.json"), JSON.stringify(realVersions));
	writeFileSync(
		join(dir, "package.json"),
		JSON.stringify({ ...realPackage, version: opts.packageVersion ?? realPackage.version }),
	);
	for (const file of ["README.md", "LICENSE"]) if (!opts.without?.includes(file)) writeFileSync(join(dir, file), "x");
	for (const asset of opts.assets ?? []) writeFileSync(join(dir, asset), "x");
	for (const [name, text] of Object.entries(opts.raw ?? {})) writeFileSync(join(dir, name), text);
	return dir;
}

function withManifest(change: Record<string, unknown>, remove: string[] = []): string {
	const m: Record<string, unknown> = { ...realManifest, ...change };
	for (const k of remove) delete m[k];
	const version = typeof m.version === "string" ? m.version : String(realManifest.version);
	const versions = { [version]: m.minAppVersion };
	return project({ manifest: m, versions, packageVersion: version });
}

describe("check-manifest on the repository", () => {
	it("accepts the real manifest, versions.json and package.json (as a process)", () => {
		const r = runProcess(["--dir", ROOT]);
		expect(r.out).toContain("OK");
		expect(r.code).toBe(0);
	});
});

describe("check-manifest rejects what the community directory rejects", () => {
	const cases: Array<[string, Record<string, unknown>, string[], RegExp]> = [
		["id containing obsidian", { id: "obsidian-reference-check" }, [], /id .* must not contain "obsidian"/],
		["id ending with plugin", { id: "reference-check-plugin" }, [], /id .* must not contain "plugin"/],
		["id with capitals", { id: "Reference-Check" }, [], /lower-case letters and digits/],
		["id with spaces or underscores", { id: "reference_check" }, [], /lower-case letters and digits/],
		["name containing Obsidian", { name: "Obsidian Reference Check" }, [], /name .* must not contain "Obsidian"/],
		["name ending with Plugin", { name: "Reference Check Plugin" }, [], /name .* must not contain "Plugin"/],
		["description too short", { description: "Checks." }, [], /10 to 250 characters/],
		["description too long", { description: `A${"a".repeat(250)}.` }, [], /10 to 250 characters \(it has 252\)/],
		["description without final period", { description: "Verify reference notes against OpenAlex" }, [], /end with a period/],
		["description starting lower-case", { description: "verify reference notes against OpenAlex." }, [], /start with a capital/],
		["description mentioning Obsidian", { description: "Verify Obsidian reference notes against OpenAlex." }, [], /must not mention "Obsidian"/],
		["description saying plugin", { description: "A plugin to verify reference notes against OpenAlex." }, [], /must not say "plugin"/],
		["description with an emoji", { description: "Verify reference notes against OpenAlex \u{1F4DA}." }, [], /no emoji or special characters\); found "\u{1F4DA}"/u],
		["description with a dash and an ampersand", { description: "Verify notes \u2014 titles & authors \u2014 against OpenAlex." }, [], /found "\u2014" "&"/],
		["description with a colon", { description: "Verify reference notes: titles, authors and DOIs." }, [], /found ":"/],
		["empty fundingUrl", { fundingUrl: "" }, [], /fundingUrl" must not be empty/],
		["fundingUrl object with a non-string", { fundingUrl: { Sponsor: 3 } }, [], /fundingUrl" must not be empty, and each of its URLs must be a non-empty string/],
		["fundingUrl as a list", { fundingUrl: ["https://example.org"] }, [], /fundingUrl" must be a URL or an object of named URLs/],
		["non-standard key", { homepage: "https://example.org" }, [], /non-standard key "homepage"/],
		["missing minAppVersion", {}, ["minAppVersion"], /missing "minAppVersion"/],
		["missing description", {}, ["description"], /missing "description"/],
		["version with a v prefix", { version: "v0.1.0" }, [], /must be x\.y\.z/],
		["isDesktopOnly not a boolean", { isDesktopOnly: "no" }, [], /isDesktopOnly/],
		["authorUrl pointing to obsidian.md", { authorUrl: "https://obsidian.md" }, [], /authorUrl/],
	];
	for (const [what, change, remove, message] of cases) {
		it(`fails on ${what}`, () => {
			const r = run(["--dir", withManifest(change, remove)]);
			expect(r.out).toMatch(message);
			expect(r.code).toBe(1);
		});
	}

	it("accepts a description using every allowed punctuation mark, and named funding URLs", () => {
		const dir = withManifest({
			description: `Verify notes' "citations", titles, years - and DOIs! Why? Fewer errors.`,
			fundingUrl: { "GitHub Sponsors": "https://github.com/sponsors/example", "Buy Me a Coffee": "https://buymeacoffee.com/example" },
		});
		const r = run(["--dir", dir]);
		expect(r.out).toContain("OK");
		expect(r.code).toBe(0);
	});

	for (const file of ["README.md", "LICENSE"]) {
		it(`fails when ${file} is missing at the repository root`, () => {
			const r = run(["--dir", project({ without: [file] })]);
			expect(r.out).toContain(`${file} is missing at the repository root`);
			expect(r.code).toBe(1);
		});
	}

	it("fails when versions.json has no entry for the manifest version", () => {
		const dir = project({ versions: { "0.0.9": realManifest.minAppVersion } });
		const r = run(["--dir", dir]);
		expect(r.out).toMatch(/no entry for version 0\.1\.0/);
		expect(r.code).toBe(1);
	});

	it("fails when versions.json maps the version to another minAppVersion", () => {
		const dir = project({ versions: { [String(realManifest.version)]: "0.15.0" } });
		const r = run(["--dir", dir]);
		expect(r.out).toMatch(/maps 0\.1\.0 to 0\.15\.0/);
		expect(r.code).toBe(1);
	});

	it("fails when package.json has another version", () => {
		const r = run(["--dir", project({ packageVersion: "0.2.0" })]);
		expect(r.out).toMatch(/differs from package\.json version 0\.2\.0/);
		expect(r.code).toBe(1);
	});

	it("fails on a manifest that is not JSON", () => {
		const dir = project({});
		writeFileSync(join(dir, "manifest.json"), "{ id: reference-check");
		const r = run(["--dir", dir]);
		expect(r.out).toMatch(/not valid JSON/);
		expect(r.code).toBe(1);
	});

	it("fails when the pushed tag is not the manifest version (as a process: the exit code CI sees)", () => {
		const dir = project({ assets: ["main.js", "styles.css"] });
		const bad = runProcess(["--dir", dir, "--tag", "v0.1.0"]);
		expect(bad.out).toContain(`tag "v0.1.0" must equal the manifest version`);
		expect(bad.code).toBe(1);
		expect(runProcess(["--dir", dir, "--tag", String(realManifest.version)]).code).toBe(0);
	});
});

describe("check-manifest --release (the release workflow's asset check)", () => {
	it("passes when main.js, manifest.json and styles.css are present", () => {
		const r = run(["--dir", project({ assets: ["main.js", "styles.css"] }), "--release"]);
		expect(r.code).toBe(0);
	});

	it("fails when an asset is missing", () => {
		const r = run(["--dir", project({ assets: ["main.js"] }), "--release"]);
		expect(r.out).toMatch(/styles\.css is missing/);
		expect(r.code).toBe(1);
	});

	it("fails when main.js is empty", () => {
		const dir = project({ assets: ["styles.css"], raw: { "main.js": "" } });
		const r = run(["--dir", dir, "--release"]);
		expect(r.out).toMatch(/main\.js is empty/);
		expect(r.code).toBe(1);
	});
});
