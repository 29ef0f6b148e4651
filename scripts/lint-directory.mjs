// The community directory's source scan (eslint.directory.config.mjs: the stock recommended config
// and the scanner's ignore list), held to what README promises: no error anywhere, and warnings
// only where README's "Warnings the directory's scan reports by design" explains them — the
// Node-only `refcheck` command in src/cli/, and only for those rules. Anything else fails, so a new
// warning is either fixed or explained there. Run by CI and the release workflow
// (`npm run lint:directory`).
import { ESLint } from "eslint";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Warnings README explains: where, and which rules. */
const BY_DESIGN = [
	{
		folder: "src/cli/",
		rules: new Set(["obsidianmd/no-nodejs-modules", "no-restricted-globals", "obsidianmd/hardcoded-config-path"]),
	},
];

const repo = fileURLToPath(new URL("..", import.meta.url));
const eslint = new ESLint({ cwd: repo, overrideConfigFile: join(repo, "eslint.directory.config.mjs") });
const results = await eslint.lintFiles(["."]);
const formatter = await eslint.loadFormatter("stylish");
const report = await formatter.format(results);
if (report) console.log(report);

let errors = 0;
let warnings = 0;
const unexplained = [];
for (const result of results) {
	const file = relative(repo, result.filePath).split("\\").join("/");
	for (const m of result.messages) {
		if (m.severity === 2) {
			errors++;
			continue;
		}
		warnings++;
		const explained = BY_DESIGN.some((d) => file.startsWith(d.folder) && d.rules.has(m.ruleId ?? ""));
		if (!explained) unexplained.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? "(no rule)"}`);
	}
}
console.log(`Directory scan: ${errors} errors, ${warnings} warnings (${warnings - unexplained.length} by design, see README).`);
if (unexplained.length > 0) {
	console.error(`Warnings not explained in README ("Warnings the directory's scan reports by design"): fix them or explain them there and in scripts/lint-directory.mjs.\n  ${unexplained.join("\n  ")}`);
}
process.exitCode = errors > 0 || unexplained.length > 0 ? 1 : 0;
