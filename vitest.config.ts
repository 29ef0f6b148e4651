import { defineConfig } from "vitest/config";
import { fileURLToPath } from "url";
import { GroupedLongestFirst } from "./test/support/sequencer";

// Three projects: `unit` (pure logic and UI on the fake Obsidian, in memory), `integration`
// (`*.int.test.ts`: the fake OpenAlex server over real HTTP, the built plugin bundle, files on
// disk, the CLI as a process) and `ship` (what is released: manifest checks, the build, the demo,
// screenshots in Chromium). `npx vitest --project unit` gives quick feedback; `npm test` runs all.
const SHIP = ["test/ship/**/*.test.ts", "test/browser/**/*.test.ts"];
const INTEGRATION = ["test/**/*.int.test.ts"];
const SHARED_WORKER = { isolate: false, setupFiles: ["test/support/fresh-fake-app.ts"] };

export default defineConfig({
	resolve: {
		alias: {
			// Tests run the plugin against an in-repo fake of Obsidian's API.
			obsidian: fileURLToPath(new URL("./test/fake-obsidian/index.ts", import.meta.url)),
		},
	},
	test: {
		environment: "node",
		// Generous ceilings, not waits: tests run on fake clocks and wait on conditions. A ceiling only
		// ends a test that hangs, so it is sized for a machine busy with other heavy work (a CPU hog
		// beside the suite, or several suites at once on two cores: up to about 7 times slower than a
		// quiet run), never for a quiet one; the files' own longer ceilings are scaled the same way.
		testTimeout: 150_000,
		hookTimeout: 150_000,
		pool: "threads",
		// One temporary folder per run, removed at its end (what outlives a test file, e.g. the CLI bundle).
		globalSetup: ["test/support/run-folder.ts"],
		// Unit and integration files share their worker (`isolate: false`): a file does not import and
		// transform the sources, the fake Obsidian and the fixtures again, and files under happy-dom
		// share its window. With the order below, 78 files run in about 10 workers instead of 78.
		// What a file could leave behind for the next is reset before each file by
		// test/support/fresh-fake-app.ts; `npx vitest run --sequence.seed=<n>` (a shuffled order,
		// test/support/sequencer.ts) checks that no file depends on the order. The ship files build,
		// spawn and launch Chromium: isolation costs them little, and they stay isolated.
		// Worker threads start faster than forked processes. The machines this runs on have 2
		// cores: one test file per core.
		maxWorkers: 2,
		// One queue over the projects (test/support/sequencer.ts): files of one project and test
		// environment together, so a shared worker goes on to the next file instead of ending; the
		// longest first, so no long file is left to run alone at the end.
		sequence: { sequencer: GroupedLongestFirst },
		projects: [
			{ extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...INTEGRATION, ...SHIP], ...SHARED_WORKER } },
			{ extends: true, test: { name: "integration", include: INTEGRATION, exclude: SHIP, ...SHARED_WORKER } },
			{ extends: true, test: { name: "ship", include: SHIP } },
		],
	},
});
