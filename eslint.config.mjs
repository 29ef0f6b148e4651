import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "test/", "bench/", "scripts/", "eval/", "example-vault/", "docs/", "*.mjs", "vitest.config.ts"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			"no-restricted-properties": ["error",
				{ property: "innerHTML", message: "Build DOM with createEl/setText." },
				{ property: "outerHTML", message: "Build DOM with createEl/setText." },
				{ property: "insertAdjacentHTML", message: "Build DOM with createEl/setText." },
			],
		},
	},
	{
		// The issue and the sample plugin use builtin-modules for esbuild's externals.
		files: ["package.json"],
		rules: {
			"depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["builtin-modules"] }],
		},
	},
	{
		// The core is shared with the CLI: it must never see Obsidian.
		files: ["src/core/**/*.ts", "src/openalex/**/*.ts", "src/vault/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "src/core, src/openalex and src/vault are shared with the CLI: no obsidian import." }] }],
		},
	},
	{
		// The CLI runs in Node, not in Obsidian: Node APIs and fetch are its transport.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
		},
	},
]);
