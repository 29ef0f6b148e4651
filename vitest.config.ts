import { defineConfig } from "vitest/config";
import { fileURLToPath } from "url";
import { LongestFirst } from "./test/support/sequencer";

// Three projects: `unit` (pure logic and UI on the fake Obsidian, in memory), `integration`
// (`*.int.test.ts`: the fake OpenAlex server over real HTTP, the built plugin bundle, files on
// disk, the CLI as a process) and `ship` (what is released: manifest checks, the build, the demo,
// screenshots in Chromium). `npx vitest --project unit` gives quick feedback; `npm test` runs all.
const SHIP = ["test/ship/**/*.test.ts", "test/browser/**/*.test.ts"];
const INTEGRATION = ["test/**/*.int.test.ts"];

export default defineConfig({
	resolve: {
		alias: {
			// Tests run the plugin against an in-repo fake of Obsidian's API.
			obsidian: fileURLToPath(new URL("./test/fake-obsidian/index.ts", import.meta.url)),
		},
	},
	test: {
		environment: "node",
		// Generous ceilings, not waits: tests run on fake clocks and wait on conditions.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: "threads",
		// Each test file keeps its own module graph (vitest's default `isolate: true`). Without it, measured
		// back to back on the unit project: about 10 s less CPU but a longer wall time (vitest then runs
		// non-isolated files in groups, on about one core, so the queue below no longer balances the two
		// workers), and the fake Obsidian's module state (notices, listener errors, the app version,
		// Platform) would carry from one file into the next.
		// Worker threads start faster than forked processes. The machines this runs on have 2
		// cores: one test file per core.
		maxWorkers: 2,
		// One queue over the projects, longest file first (test/support/sequencer.ts): the ship
		// project need not wait for the others, and no long file is left to run alone at the end.
		sequence: { sequencer: LongestFirst },
		projects: [
			{ extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...INTEGRATION, ...SHIP] } },
			{ extends: true, test: { name: "integration", include: INTEGRATION, exclude: SHIP } },
			{ extends: true, test: { name: "ship", include: SHIP } },
		],
	},
});
