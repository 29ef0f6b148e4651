// The layering of src/ (docs/ARCHITECTURE.md), checked on the real import graph: every import of
// every file under src/ (type-only ones too), read with the TypeScript compiler's own scanner.
//
// Layers, lowest first; an import may only go down the list, or stay inside its own folder:
//   lib → core → vault → openalex → check → front-ends (cli, plugin) → features (panel, cited-in) → main.ts
// Front-ends never import each other, nor do features. Obsidian is imported only by the plugin,
// the features and main.ts; Node's modules only by the CLI (and what runs on top of it). No cycles.
import { readdirSync, readFileSync, statSync } from "fs";
import { builtinModules } from "module";
import { dirname, join, relative } from "path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Units of the layering (a folder of src/, or main.ts), lowest layer first. Units of one layer never import each other. */
const LAYERS: string[][] = [["lib"], ["core"], ["vault"], ["openalex"], ["check"], ["cli", "plugin"], ["panel", "cited-in"], ["main.ts"]];
/** Units that run outside Obsidian (the CLI, tests, benchmarks) and never import it. */
const NO_OBSIDIAN = ["lib", "core", "vault", "openalex", "check", "cli"];
/** Units that run anywhere (Obsidian on mobile has no Node): no Node modules. */
const NO_NODE = ["lib", "core", "vault", "openalex", "check"];

const SRC = "src";
const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** One file's imports: other src files (paths relative to src/) and bare module names. */
interface FileImports {
	files: string[];
	modules: string[];
}

type Graph = Map<string, FileImports>;

function tsFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return tsFiles(p);
		return p.endsWith(".ts") ? [p] : [];
	});
}

function resolve(fromFile: string, spec: string, known: Set<string>): string | null {
	const base = join(dirname(fromFile), spec);
	for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) if (known.has(candidate)) return candidate;
	return null;
}

/** The import graph of src/: for each file (relative to src/), the files and modules it imports. */
function importGraph(): Graph {
	const files = tsFiles(SRC);
	const known = new Set(files);
	const graph: Graph = new Map();
	for (const file of files) {
		const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
		const out: FileImports = { files: [], modules: [] };
		for (const ref of info.importedFiles) {
			const spec = ref.fileName;
			if (spec.startsWith(".")) {
				const target = resolve(file, spec, known);
				if (target === null) throw new Error(`${file}: cannot resolve "${spec}"`);
				out.files.push(relative(SRC, target).split("\\").join("/"));
			} else {
				out.modules.push(spec);
			}
		}
		graph.set(relative(SRC, file).split("\\").join("/"), out);
	}
	return graph;
}

/** The unit of a file: its top folder under src/, or the file name at the top. */
function unitOf(path: string): string {
	return path.split("/")[0];
}

function rankOf(unit: string): number {
	return LAYERS.findIndex((layer) => layer.includes(unit));
}

function packageName(spec: string): string {
	const parts = spec.split("/");
	return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Every breach of the layering, as "file: what", sorted. */
function layeringViolations(graph: Graph): string[] {
	const out: string[] = [];
	for (const [file, imports] of graph) {
		const unit = unitOf(file);
		const rank = rankOf(unit);
		if (rank < 0) {
			out.push(`${file}: not in any layer (put it in one of ${LAYERS.flat().join(", ")})`);
			continue;
		}
		for (const target of imports.files) {
			const targetUnit = unitOf(target);
			if (targetUnit === unit) continue;
			const targetRank = rankOf(targetUnit);
			if (targetRank === rank) out.push(`${file}: ${unit} imports ${target}, of the same layer (${LAYERS[rank].join(", ")} never import each other)`);
			else if (targetRank > rank) out.push(`${file}: ${unit} imports ${target} from the layer above (${targetUnit})`);
		}
		for (const spec of imports.modules) {
			if (NO_OBSIDIAN.includes(unit) && packageName(spec) === "obsidian") out.push(`${file}: ${unit} imports obsidian`);
			if (NO_NODE.includes(unit) && NODE.has(packageName(spec))) out.push(`${file}: ${unit} imports the Node module ${spec}`);
		}
	}
	return out.sort();
}

/** Import cycles between files (strongly connected components of more than one file, or a file importing itself). */
function importCycles(graph: Graph): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, counter);
		low.set(v, counter);
		counter++;
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v)?.files ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) {
				low.set(v, Math.min(low.get(v)!, index.get(w)!));
			}
		}
		if (low.get(v) === index.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1 || (graph.get(v)?.files ?? []).includes(v)) cycles.push(component.sort());
		}
	};
	for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
	return cycles;
}

/** Files reachable from `start` through src imports. */
function reachable(graph: Graph, start: string): Set<string> {
	const seen = new Set<string>([start]);
	const todo = [start];
	while (todo.length) {
		for (const next of graph.get(todo.pop()!)?.files ?? []) {
			if (seen.has(next)) continue;
			seen.add(next);
			todo.push(next);
		}
	}
	return seen;
}

describe("layering of src/ (real import graph)", () => {
	const graph = importGraph();

	it("reads a graph of the whole tree", () => {
		expect(graph.size).toBeGreaterThan(40);
		expect(graph.get("main.ts")?.modules).toContain("obsidian");
		expect(graph.get("main.ts")?.files.length).toBeGreaterThan(3);
	});

	it("every file is in a layer, every import goes down, obsidian and Node only where allowed", () => {
		expect(layeringViolations(graph)).toEqual([]);
	});

	it("has no import cycles", () => {
		expect(importCycles(graph)).toEqual([]);
	});

	it("the CLI never reaches obsidian, even through other files", () => {
		const cliEntries = [...graph.keys()].filter((f) => unitOf(f) === "cli");
		expect(cliEntries.length).toBeGreaterThan(0);
		for (const entry of cliEntries) {
			const withObsidian = [...reachable(graph, entry)].filter((f) => graph.get(f)?.modules.some((m) => packageName(m) === "obsidian"));
			expect(withObsidian, entry).toEqual([]);
		}
	});
});

describe("the layering checks catch what they are meant to", () => {
	const g = (entries: Record<string, Partial<FileImports>>): Graph =>
		new Map(Object.entries(entries).map(([file, i]) => [file, { files: i.files ?? [], modules: i.modules ?? [] }]));

	it("an upward import, features importing each other, front-ends importing each other", () => {
		const graph = g({
			"core/a.ts": { files: ["plugin/b.ts"] },
			"plugin/b.ts": { files: ["cli/c.ts"] },
			"cli/c.ts": {},
			"panel/p.ts": { files: ["cited-in/q.ts", "plugin/b.ts", "core/a.ts", "panel/r.ts"] },
			"panel/r.ts": {},
			"cited-in/q.ts": {},
			"ui/x.ts": {},
		});
		expect(layeringViolations(graph)).toEqual([
			"core/a.ts: core imports plugin/b.ts from the layer above (plugin)",
			"panel/p.ts: panel imports cited-in/q.ts, of the same layer (panel, cited-in never import each other)",
			"plugin/b.ts: plugin imports cli/c.ts, of the same layer (cli, plugin never import each other)",
			"ui/x.ts: not in any layer (put it in one of lib, core, vault, openalex, check, cli, plugin, panel, cited-in, main.ts)",
		]);
	});

	it("obsidian outside the plugin, Node where the plugin runs", () => {
		const graph = g({
			"lib/a.ts": { modules: ["obsidian"] },
			"check/b.ts": { modules: ["node:fs", "path"] },
			"cli/c.ts": { modules: ["fs", "obsidian"] },
			"plugin/d.ts": { modules: ["obsidian", "yaml"] },
			"openalex/e.ts": { modules: ["fastest-levenshtein"] },
		});
		expect(layeringViolations(graph)).toEqual([
			"check/b.ts: check imports the Node module node:fs",
			"check/b.ts: check imports the Node module path",
			"cli/c.ts: cli imports obsidian",
			"lib/a.ts: lib imports obsidian",
		]);
	});

	it("cycles, long and short", () => {
		const graph = g({
			"core/a.ts": { files: ["core/b.ts"] },
			"core/b.ts": { files: ["core/c.ts"] },
			"core/c.ts": { files: ["core/a.ts"] },
			"core/d.ts": { files: ["core/d.ts"] },
			"core/e.ts": { files: ["core/a.ts"] },
		});
		expect(importCycles(graph)).toEqual([["core/a.ts", "core/b.ts", "core/c.ts"], ["core/d.ts"]]);
	});
});
