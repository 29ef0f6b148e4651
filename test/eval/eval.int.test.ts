// `npm run eval` in CI: the real pipeline on the labelled fixture corpus must keep false alarms on
// same-paper notes at or under 2% and catch every injected error (issue 12's thresholds; issue 8 had 3%).
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "yaml";
import { BIBTEX_DIR } from "../support/corpus-works";
import { formatReport, loadLabels, MUTATION_KINDS, runEval, type EvalReport } from "../../scripts/eval/run";

function notesWithRemote(): string[] {
	const keys: string[] = [];
	for (const file of readdirSync(BIBTEX_DIR).filter((f) => f.endsWith(".md"))) {
		const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(BIBTEX_DIR, file), "utf8"));
		const fm = m ? (parse(m[1]) as Record<string, unknown>) : null;
		const log = fm?.check_log as Record<string, unknown> | undefined;
		if (log?.remote) keys.push(file.replace(/\.md$/, ""));
	}
	return keys.sort();
}

describe("labelled evaluation set", () => {
	it("labels every corpus note with a recorded remote block exactly once, with a reason", () => {
		const labels = loadLabels();
		const keys = labels.map((l) => l.key).sort();
		expect(keys).toEqual(notesWithRemote());
		expect(new Set(keys).size).toBe(keys.length);
		for (const l of labels) expect(l.reason.length, l.key).toBeGreaterThan(10);
	});
});

describe("npm run eval", () => {
	let report: EvalReport;
	beforeAll(async () => {
		report = await runEval();
	}, 300_000);

	it("checks every same-paper note and produces no errors", () => {
		const same = loadLabels().filter((l) => l.label === "same_paper").length;
		expect(report.sameDone.length).toBe(same);
		expect(report.sameDone.filter((c) => c.verdict === "error")).toEqual([]);
	});

	it("keeps false alarms on same-paper notes at or under 2%", () => {
		expect(report.falseAlarmRate, formatReport(report)).toBeLessThanOrEqual(0.02);
	});

	it("catches every injected error", () => {
		for (const kind of MUTATION_KINDS) {
			expect(report.mutants.filter((m) => m.kind === kind).length, kind).toBeGreaterThanOrEqual(50);
		}
		expect(report.missed, formatReport(report)).toEqual([]);
		expect(report.caughtRate).toBe(1);
		expect(report.passed).toBe(true);
	});

	it("beats the earlier checker on the same notes", () => {
		expect(report.sameFalseAlarms.length).toBeLessThan(report.earlierFlagged);
	});
});
