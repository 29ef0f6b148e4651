// The order test files start in: one queue over the three projects, longest file first, so the two
// workers finish together instead of one running a long file alone at the end (vitest's own order
// takes the projects one after the other, by name). A file's length is its duration in the last run
// (vitest's results cache); files never timed yet (a fresh clone) go by project — ship, then
// integration, then unit: the ship files build, bundle and drive Chromium — and then by size.
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { relative } from "path";
import { statSync } from "fs";

const PROJECT_ORDER = ["ship", "integration", "unit"];

export class LongestFirst extends BaseSequencer {
	override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const root = this.ctx.config.root;
		const lastDuration = (f: TestSpecification) =>
			this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`)?.duration;
		const rank = (f: TestSpecification) => {
			const i = PROJECT_ORDER.indexOf(f.project.name);
			return i < 0 ? PROJECT_ORDER.length : i;
		};
		const size = (f: TestSpecification) => statSync(f.moduleId).size;
		return Promise.resolve(
			[...files].sort((a, b) => {
				const da = lastDuration(a);
				const db = lastDuration(b);
				if (da !== undefined && db !== undefined) return db - da;
				// Untimed files before timed ones (new or renamed files are likely the ones being worked on).
				if (da !== undefined || db !== undefined) return da === undefined ? -1 : 1;
				return rank(a) - rank(b) || size(b) - size(a);
			}),
		);
	}
}
