// `npm run demo` (issue 9 acceptance): the real refcheck CLI on a copy of the example vault against
// the recorded index on 127.0.0.1 — deliberate errors are major mismatches, false-alarm cases are not,
// check_logs are written into the copy and the example vault itself is left untouched, and the panel
// and status bar are rendered for that run (E1's scripts/screenshots.ts; CI installs Chromium).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, rmSync, statSync } from "fs";
import { dirname, join } from "path";
import { parse } from "yaml";
import { EXPECTED, meets, runDemo, type DemoRun } from "../../scripts/demo";
import { EXAMPLE_VAULT } from "../../scripts/example-vault-index";
import { pickNotes, readVault } from "../../scripts/screenshots/pick";
import { isNotAReference, readReference } from "../../src/core/reference";
import { noteVerdict } from "../../src/core/verdict";

/** Width and height from a PNG's IHDR. */
function pngSize(file: string): [number, number] {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString("latin1"), file).toBe("PNG");
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const ROOT = join(__dirname, "..", "..");

function frontmatter(path: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"));
	return m ? (parse(m[1]) as Record<string, unknown>) : {};
}

const referenceFiles = readdirSync(join(EXAMPLE_VAULT, "references")).filter((f) => f.endsWith(".md"));

describe("npm run demo", () => {
	let run: DemoRun;
	let output = "";
	beforeAll(async () => {
		const collect = (s: string) => {
			output += s;
		};
		run = await runDemo({ out: collect, err: collect });
	}, 450_000);
	afterAll(() => {
		if (run) rmSync(dirname(run.vault), { recursive: true, force: true });
	});

	it("completes against the local replay and prints the summary", () => {
		expect(run.exitCode, output).toBe(0);
		expect(run.requests).toBeGreaterThan(0);
		expect(output).toContain("Reference check");
		expect(output).toMatch(/All \d+ expectations met/);
		expect(run.results.filter((r) => r.status === "error")).toEqual([]);
	});

	it("has an expectation for every reference note of the example vault", () => {
		const keys = referenceFiles.map((f) => String(frontmatter(join(EXAMPLE_VAULT, "references", f)).citation_key)).sort();
		expect(Object.keys(EXPECTED).sort()).toEqual(keys);
	});

	it("reports every deliberate error as a major mismatch", () => {
		const deliberate = Object.entries(EXPECTED).filter(([, e]) => e === "major");
		expect(deliberate.length).toBeGreaterThanOrEqual(5);
		for (const [key] of deliberate) {
			const r = run.results.find((x) => x.citation_key === key);
			expect(r, key).toBeDefined();
			expect({ key, status: r?.status, severity: r?.severity }).toEqual({ key, status: "mismatch", severity: "major" });
		}
	});

	it("reports none of the false-alarm cases as a major mismatch or not found", () => {
		const cases = Object.entries(EXPECTED).filter(([, e]) => e === "not major");
		expect(cases.length).toBeGreaterThanOrEqual(20);
		for (const [key] of cases) {
			const r = run.results.find((x) => x.citation_key === key);
			expect(r, key).toBeDefined();
			expect(["confirmed", "mismatch"], `${key}: ${r?.status}`).toContain(r?.status);
			expect(r?.severity ?? null, `${key}: ${r?.notes.join("; ")}`).not.toBe("major");
		}
	});

	it("meets every expectation (found errors flagged, abstentions, the person-verified note kept)", () => {
		const unmet = Object.entries(EXPECTED)
			.filter(([key, e]) => !meets(e, run.results.find((x) => x.citation_key === key)))
			.map(([key, e]) => `${key}: expected ${e}`);
		expect(unmet).toEqual([]);
		expect(run.unmet).toEqual([]);
	});

	it("writes the check_logs into the copy, not into the example vault", () => {
		const copied = frontmatter(join(run.vault, "references", "gabriel2020alignment.md"));
		const log = copied.check_log as Record<string, unknown>;
		expect(log.status).toBe("mismatch");
		expect(log.mismatch_severity).toBe("major");
		expect((log.fields as { year: { local: string; remote: string } }).year).toMatchObject({ local: "2023", remote: "2020" });
		for (const f of referenceFiles) {
			expect(frontmatter(join(EXAMPLE_VAULT, "references", f)).check_log, f).toBeUndefined();
		}
	});

	it("renders the panel and status-bar screenshots of this run", () => {
		expect(run.screenshots, output).toBe("rendered");
		for (const png of ["panel-light.png", "panel-dark.png", "status-bar-light.png", "status-bar-dark.png"]) {
			expect(statSync(join(String(run.screenshotDir), png)).size, png).toBeGreaterThan(1000);
		}
		for (const png of ["panel-light.png", "panel-dark.png"]) expect(pngSize(join(String(run.screenshotDir), png)), png).toEqual([1200, 800]);
	});

	it("shows in the panel screenshots a reference whose DOI names another paper, as README's do (issue 16)", () => {
		const files = readVault(run.vault);
		const picked = pickNotes(files, new Date()).panel;
		const fm = parse(/^---\n([\s\S]*?)\n---/.exec(files[picked])![1]) as Record<string, unknown>;
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error(ref.reason);
		expect(noteVerdict(fm, { staleDays: 180, now: new Date(), reference: ref }).wrongIdentifier?.kind).toBe("doi");
		expect(["toxtli2021invisiblelabor", "flew2021"]).toContain(fm.citation_key);
		// README shows this run's panel, light and dark, at the directory's size.
		const readme = readFileSync(join(ROOT, "README.md"), "utf8");
		for (const theme of ["light", "dark"]) {
			const png = `docs/screenshots/demo/panel-${theme}.png`;
			expect(readme, png).toContain(`(${png})`);
			expect(pngSize(join(ROOT, png)), png).toEqual([1200, 800]);
		}
	});
});
