import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "test/fixtures/", ".tmp/", "scripts/", "eval/", "example-vault/", "docs/", "*.mjs", "vitest.config.ts"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// OpenAlex is a proper name, not a word to lower-case.
			"obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: ["OpenAlex"] }],
			"no-restricted-properties": ["error",
				{ property: "innerHTML", message: "Build DOM with createEl/setText." },
				{ property: "outerHTML", message: "Build DOM with createEl/setText." },
				{ property: "insertAdjacentHTML", message: "Build DOM with createEl/setText." },
			],
		},
	},
	{
		// The core is shared with the CLI: it must never see Obsidian.
		files: ["src/lib/**/*.ts", "src/core/**/*.ts", "src/vault/**/*.ts", "src/openalex/**/*.ts", "src/check/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "src/lib, src/core, src/vault, src/openalex and src/check are shared with the CLI: no obsidian import." }] }],
		},
	},
	{
		// The CLI runs in Node, not in Obsidian: Node APIs and fetch are its transport, and with no
		// Vault#configDir it looks for a vault's settings under Obsidian's default folder (--settings
		// names another file).
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// Tests run in Node against fakes: the fake Obsidian builds DOM and timers the way Obsidian
		// does, tests read and write real files, start servers and child processes, write a vault's
		// .obsidian settings, and read JSON whose shape the assertions then check.
		files: ["test/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"no-restricted-globals": "off",
			"no-restricted-properties": "off",
			"obsidianmd/no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/regex-lookbehind": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-return": "off",
		},
	},
]);
