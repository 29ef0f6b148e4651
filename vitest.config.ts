import { defineConfig } from "vitest/config";
import { fileURLToPath } from "url";

export default defineConfig({
	resolve: {
		alias: {
			// Tests run the plugin against an in-repo fake of Obsidian's API.
			obsidian: fileURLToPath(new URL("./test/fake-obsidian/index.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts"],
		environment: "node",
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: "forks",
	},
});
