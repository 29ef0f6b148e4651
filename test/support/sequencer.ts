// The order test files start in. Two things decide a run's length on 2 cores:
//
// - **Workers kept, not restarted.** The unit and integration projects share their worker between
//   files (`isolate: false`), but vitest keeps a worker only when the *next file in the queue* has
//   the same project and test environment (its pool's `isEqualRunner`); any other next file ends the
//   worker, and the file after starts a new one that imports vitest, the sources, `yaml` and the fake
//   Obsidian again. Longest-first over the whole queue interleaved node and happy-dom files and the
//   projects, so 78 files ran in 49 workers. Files of one project and environment now run together.
// - **No long file alone at the end**: within a group, and between groups, the longest go first. A
//   file's length is its duration in the last run (vitest's results cache); files never timed (a
//   fresh clone) go by project (ship, then integration, then unit: the ship files build, bundle and
//   drive Chromium) and then by size.
//
// A seed (`npx vitest run --sequence.seed=<n>`) shuffles instead: the groups and the files within
// them in an order drawn from the seed, still grouped, so files share workers as in a normal run and
// a file that depends on what another left behind shows up. (vitest's own `--sequence.shuffle.files`
// does nothing here: it only picks vitest's random sequencer when no sequencer is configured.)
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { relative } from "path";
import { openSync, readSync, closeSync, statSync } from "fs";
import { seededRandom } from "./prng";

const PROJECT_ORDER = ["ship", "integration", "unit"];

/** What the order needs to know of one test file. */
export interface QueuedFile {
	project: string;
	/** The test environment its docblock asks for (`node` when it names none). */
	environment: string;
	/** Its duration in the last run, if it ran. */
	lastDuration: number | undefined;
	size: number;
}

/**
 * Files grouped by project and environment, each group longest file first; groups in project
 * order, and within a project the group holding the longest file first. Untimed files (new or
 * renamed, likely the ones being worked on) come before timed ones of their group.
 */
export function startOrder<F extends QueuedFile>(files: readonly F[]): F[] {
	const rank = (f: QueuedFile) => {
		const i = PROJECT_ORDER.indexOf(f.project);
		return i < 0 ? PROJECT_ORDER.length : i;
	};
	const longestFirst = (a: QueuedFile, b: QueuedFile) => {
		const da = a.lastDuration;
		const db = b.lastDuration;
		if (da !== undefined && db !== undefined) return db - da || b.size - a.size;
		if (da !== undefined || db !== undefined) return da === undefined ? -1 : 1;
		return b.size - a.size;
	};
	const ordered = byProjectAndEnvironment(files).map((g) => g.sort(longestFirst));
	ordered.sort((a, b) => rank(a[0]) - rank(b[0]) || longestFirst(a[0], b[0]));
	return ordered.flat();
}

/** The files in an order drawn from `seed`, files of one project and environment still together. */
export function shuffledOrder<F extends QueuedFile>(files: readonly F[], seed: number): F[] {
	const random = seededRandom(seed);
	const shuffle = <T>(items: T[]): T[] => {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[items[i], items[j]] = [items[j], items[i]];
		}
		return items;
	};
	return shuffle(byProjectAndEnvironment(shuffle([...files]))).flat();
}

/** The files in groups of one project and test environment, in the order each group first appears. */
function byProjectAndEnvironment<F extends QueuedFile>(files: readonly F[]): F[][] {
	const groups = new Map<string, F[]>();
	for (const f of files) {
		const key = `${f.project}\u0000${f.environment}`;
		const group = groups.get(key);
		if (group) group.push(f);
		else groups.set(key, [f]);
	}
	return [...groups.values()];
}

/** The environment a file's docblock names (`// @vitest-environment happy-dom`), else `node`. */
export function docblockEnvironment(head: string): string {
	return /@vitest-environment\s+([\w-]+)/.exec(head)?.[1] ?? "node";
}

function fileHead(path: string): string {
	const fd = openSync(path, "r");
	try {
		const buffer = Buffer.alloc(1024);
		return buffer.toString("utf8", 0, readSync(fd, buffer, 0, buffer.length, 0));
	} finally {
		closeSync(fd);
	}
}

export class GroupedLongestFirst extends BaseSequencer {
	override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const root = this.ctx.config.root;
		const queued = files.map((spec) => ({
			spec,
			project: spec.project.name,
			environment: docblockEnvironment(fileHead(spec.moduleId)),
			lastDuration: this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(root, spec.moduleId)}`)?.duration,
			size: statSync(spec.moduleId).size,
		}));
		const seed = this.ctx.config.sequence.seed;
		return Promise.resolve((seed === undefined ? startOrder(queued) : shuffledOrder(queued, seed)).map((q) => q.spec));
	}
}
