// The community directory's source scan, reproduced for CI (`npm run lint:directory`, which runs it
// through scripts/lint-directory.mjs: no error, and only the warnings README explains).
//
// Since May 2026 the Obsidian community directory reviews every release automatically; its source
// check lints a clone of the repository with eslint-plugin-obsidianmd's recommended config, skipping
// a fixed list of paths. Errors block installation. Our own rule choices (eslint.config.mjs) and
// inline disables of the guarded rules do not count there, so this file adds NO rule settings: the
// stock recommended config, the scanner's parser options and the scanner's ignore list, nothing else.
// The scanner also turns most rules down to warnings; we keep the stock severities, which is stricter.
//
// Ignore list and parser options: eslint-plugin-obsidianmd docs/configuration.md, "Community plugin
// scanner configuration". Files git ignores (node_modules/, main.js, dist/, …) are not in a clone, so
// they are skipped here too — they are what `npm run build` and `npm ci` leave behind locally;
// main.js also by name, for copies of the repository that are not git checkouts.
import { execFileSync } from "node:child_process";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

/** The paths the directory's scanner does not lint. */
export const DIRECTORY_IGNORES = [
	"node_modules",
	"dist",
	"build",
	"pkg",
	"test-vault",
	".obsidian",
	"**/.obsidian/**",
	"esbuild.config.mjs",
	"version-bump.mjs",
	"**/*.test.*",
	"**/*.tests.*",
	"**/*.spec.*",
	"**/*.specs.*",
	"**/test/**",
	"**/tests/**",
	"**/__tests__/**",
	"**/mocks/**",
	"**/__mocks__/**",
	"**/testUtils**",
	"**/*.cjs",
	"**/*.mjs",
	"**/*.cts",
	"**/*.mts",
	"**/vite*",
	"**/scripts/**",
	"**/docs/**",
	"**/i18n/**",
	"**/i18next/**",
	"**/locale/**",
	"**/locales/**",
	"**/translations/**",
	"**/l10n/**",
	".pnpm-store",
	"automation/**",
	"e2e-tests/**",
];

/** What git ignores in this working tree (build output, installs): absent from the scanner's clone. */
function notInAClone() {
	try {
		const out = execFileSync("git", ["ls-files", "--others", "--ignored", "--exclude-standard", "--directory"], {
			cwd: import.meta.dirname,
			encoding: "utf8",
			stdio: ["ignore", "pipe", "ignore"],
		});
		return out.split("\n").filter(Boolean);
	} catch {
		return []; // not a git checkout (e.g. an unpacked tarball): nothing extra to skip
	}
}

export default defineConfig([
	globalIgnores([...DIRECTORY_IGNORES, "main.js", ...notInAClone()]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.js", "manifest.json"] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: [".json"],
			},
		},
	},
]);
