// Mismatch panel over 5,000 problem entries (happy-dom + the in-repo fake Obsidian):
// - the plugin-wide index of entries is built in the background at start-up, in slices: its total
//   time and longest slice (the longest the UI is blocked) are printed;
// - time to first paint (opening the view until its rows are in the DOM) < 100 ms, against a naive
//   full render of every row measured in the same run;
// - updating one entry re-renders only that entry: DOM mutations counted with a MutationObserver,
//   against the naive approach (re-render every row) measured in the same run.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { Window } from "happy-dom";

const ENTRIES = 5_000;
const FIRST_PAINT_TARGET_MS = 100;
const RUNS = 5;

type Harness = typeof import("../../test/panel/harness") & typeof import("../../src/panel/entry-view") & typeof import("../../src/panel/model");

/** Puts a happy-dom window's DOM classes on globalThis, as vitest's happy-dom environment does. */
function installDom(): Window {
	const win = new Window({ url: "http://localhost/", width: 400, height: 900 });
	const g = globalThis as unknown as Record<string, unknown>;
	for (const key of ["window", "document", "Node", "Element", "HTMLElement", "HTMLInputElement", "HTMLButtonElement", "HTMLTextAreaElement", "SVGElement", "DocumentFragment", "Event", "MouseEvent", "KeyboardEvent", "MutationObserver", "CSS", "getComputedStyle"]) {
		g[key] = (win as unknown as Record<string, unknown>)[key];
	}
	return win;
}

async function loadHarness(): Promise<{ h: Harness; cleanup: () => void }> {
	const result = await build({
		stdin: {
			contents: [
				'export * from "./test/panel/harness";',
				'export { renderEntryRow } from "./src/panel/entry-view";',
				'export { panelEntry } from "./src/panel/model";',
			].join("\n"),
			resolveDir: process.cwd(),
			loader: "ts",
		},
		bundle: true,
		format: "esm",
		platform: "node",
		alias: { obsidian: "./test/fake-obsidian/index.ts" },
		external: ["yaml", "diff", "fastest-levenshtein", "happy-dom"],
		write: false,
		logLevel: "silent",
	});
	// Inside node_modules so the bundle's imports of yaml, diff, … resolve from there.
	const file = join(process.cwd(), "node_modules", ".panel-bench.mjs");
	writeFileSync(file, result.outputFiles[0].text);
	const h = (await import(pathToFileURL(file).href)) as Harness;
	return { h, cleanup: () => rmSync(file, { force: true }) };
}

/** A reference note whose log makes it a problem entry (mismatches, not found, stale). */
function problemNote(i: number): string {
	const kind = i % 4;
	const year = 1990 + (i % 30);
	const title = `Learning representations number ${i} for data leverage`;
	const remoteTitle = kind === 0 ? `Learning representation ${i} for data leverage` : title;
	const lines = [
		"---",
		"type: bibtex_entry",
		`citation_key: author${i}${year}`,
		`title: ${title}`,
		"authors:",
		`  - 'Author${i}, Ada'`,
		`  - 'Second${i % 97}, Bob'`,
		`year: '${year}'`,
		`venue: Proceedings of Conference ${i % 50}`,
		"check_log:",
		`  checked_at: '${kind === 3 ? "2020-01-01" : "2026-11-01"}T00:00:00.000Z'`,
		"  checked_with: 'auto:openalex'",
	];
	if (kind === 2) {
		lines.push("  status: not_found");
	} else {
		lines.push(
			`  status: ${kind === 3 ? "confirmed" : "mismatch"}`,
			...(kind === 3 ? [] : [`  mismatch_severity: ${kind === 0 ? "major" : "minor"}`]),
			`  paper_id: 'https://openalex.org/W${1000 + i}'`,
			"  fields:",
			"    title:",
			`      local: ${title}`,
			`      remote: ${remoteTitle}`,
			`      match: ${kind !== 0}`,
			"    venue:",
			`      local: Proceedings of Conference ${i % 50}`,
			`      remote: ${kind === 1 ? "arXiv (Cornell University)" : `Proceedings of Conference ${i % 50}`}`,
			`      match: ${kind !== 1}`,
			"  remote:",
			`    title: ${remoteTitle}`,
			"    authors:",
			`      - Ada Author${i}`,
			`      - Bob Second${i % 97}`,
			`    year: ${year}`,
		);
	}
	lines.push("---", `Notes on paper ${i}.`, "");
	return lines.join("\n");
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

interface MutationCount {
	records: number;
	rowsAdded: number;
	rowsRemoved: number;
}

function countMutations(target: Node, act: () => Promise<void>): Promise<MutationCount> {
	const records: MutationRecord[] = [];
	const observer = new MutationObserver((m) => records.push(...m));
	observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
	return act().then(async () => {
		await new Promise((r) => setTimeout(r, 0));
		records.push(...observer.takeRecords());
		observer.disconnect();
		const isRow = (n: Node) => n instanceof HTMLElement && n.classList.contains("reference-check-entry");
		return {
			records: records.length,
			rowsAdded: records.reduce((n, r) => n + [...r.addedNodes].filter(isRow).length, 0),
			rowsRemoved: records.reduce((n, r) => n + [...r.removedNodes].filter(isRow).length, 0),
		};
	});
}

export default async function panelBench(): Promise<void> {
	const win = installDom();
	const { h, cleanup } = await loadHarness();
	try {
		const files: Record<string, string> = {};
		for (let i = 0; i < ENTRIES; i++) files[`refs/${String(i).padStart(5, "0")}.md`] = problemNote(i);
		const app = h.appWith(files);
		const services = h.testServices(app);

		// Background build of the index, as at start-up: total time and longest slice (UI blocked).
		const builds: Array<{ total: number; longest: number }> = [];
		let index = null as Awaited<ReturnType<typeof h.panelIndex>> | null;
		for (let r = 0; r < RUNS; r++) {
			index?.unload();
			let longest = 0;
			let last = performance.now();
			const t0 = performance.now();
			// Measure the gaps between event-loop turns while the build runs.
			let done = false;
			const probe = async () => {
				while (!done) {
					await new Promise((res) => setTimeout(res, 0));
					const now = performance.now();
					longest = Math.max(longest, now - last);
					last = now;
				}
			};
			const probing = probe();
			index = await h.panelIndex(app, services);
			done = true;
			await probing;
			builds.push({ total: performance.now() - t0, longest });
		}
		if (!index) throw new Error("no index");

		// Time to first paint: open the view until its first rows exist.
		const paint: number[] = [];
		let view = null as Awaited<ReturnType<typeof h.openPanel>> | null;
		for (let r = 0; r < RUNS; r++) {
			view?.leaf.detach();
			const t0 = performance.now();
			view = await h.openPanel(app, services, index);
			if (!view.contentEl.querySelector(".reference-check-entry")) throw new Error("no rows rendered");
			paint.push(performance.now() - t0);
		}
		if (!view) throw new Error("no view");
		const entries = view.model.size;
		if (entries !== ENTRIES) throw new Error(`expected ${ENTRIES} entries, got ${entries}`);
		const rendered = view.contentEl.querySelectorAll(".reference-check-entry").length;

		// Baseline: the naive panel renders every row (same row renderer, same entries).
		const all = view.model.rows().flatMap((row) => (row.kind === "entry" ? [row.entry] : []));
		const naive: number[] = [];
		let naiveHost = document.createElement("div");
		for (let r = 0; r < RUNS; r++) {
			naiveHost = document.createElement("div");
			document.body.appendChild(naiveHost);
			const t0 = performance.now();
			for (const e of all) naiveHost.appendChild(h.renderEntryRow(e, { selected: false, active: false, expanded: false, where: null, marked: false }));
			naive.push(performance.now() - t0);
			if (r < RUNS - 1) naiveHost.remove();
		}

		// One entry changes (a re-check wrote its log): mutations in the panel.
		const target = view.contentEl.querySelectorAll<HTMLElement>(".reference-check-entry")[3];
		const path = target.getAttribute("data-path")!;
		const file = app.vault.getFileByPath(path)!;
		const one = await countMutations(view.contentEl, async () => {
			await app.vault.process(file, (t) => t.replace("  checked_with: 'auto:openalex'\n", "  checked_with: 'auto:openalex'\n  notes:\n    - re-checked\n"));
			await h.settle();
		});
		const updated = view.model.get(path);
		if (!updated || !Array.isArray(updated.log?.notes)) throw new Error("the update did not reach the panel");

		// Baseline: the naive panel re-renders every row on a change.
		const naiveUpdate = await countMutations(naiveHost, async () => {
			const fresh = all.map((e) => h.renderEntryRow(e.path === path ? updated : e, { selected: false, active: false, expanded: false, where: null, marked: false }));
			naiveHost.replaceChildren(...fresh);
		});

		const paintMs = median(paint);
		console.log(`entries: ${entries}; rows in the DOM after opening: ${rendered}`);
		console.log(`background index build at start-up, median of ${RUNS}: ${median(builds.map((b) => b.total)).toFixed(1)} ms in total, longest UI block ${median(builds.map((b) => b.longest)).toFixed(1)} ms`);
		console.log(`time to first paint (open → rows in DOM), median of ${RUNS}: ${paintMs.toFixed(1)} ms (target < ${FIRST_PAINT_TARGET_MS} ms)`);
		console.log(`baseline, naive full render of ${all.length} rows, median of ${RUNS}: ${median(naive).toFixed(1)} ms (${(median(naive) / paintMs).toFixed(1)}× slower)`);
		console.log(`update one entry: ${one.records} mutation records, ${one.rowsAdded} row added, ${one.rowsRemoved} row removed`);
		console.log(`baseline, naive re-render on update: ${naiveUpdate.records} mutation records, ${naiveUpdate.rowsAdded} rows added, ${naiveUpdate.rowsRemoved} rows removed`);

		if (paintMs >= FIRST_PAINT_TARGET_MS) throw new Error(`time to first paint ${paintMs.toFixed(1)} ms ≥ ${FIRST_PAINT_TARGET_MS} ms`);
		if (one.rowsAdded !== 1 || one.rowsRemoved !== 1) throw new Error(`updating one entry replaced ${one.rowsAdded} rows (expected exactly 1)`);
		if (one.records > 4) throw new Error(`updating one entry made ${one.records} DOM mutations (expected ≤ 4)`);
	} finally {
		cleanup();
		await win.happyDOM.close();
	}
}
