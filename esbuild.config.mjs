import esbuild from "esbuild";
import { builtinModules } from "node:module";
import process from "node:process";

//   node esbuild.config.mjs              the plugin, rebuilt on change, inline sourcemap (npm run dev)
//   node esbuild.config.mjs production   the plugin: minified main.js (npm run build)
//   node esbuild.config.mjs cli          the refcheck CLI for Node: dist/refcheck.cjs (npm run build:cli)
//
// `production` is what the community directory's build verification reruns and compares with the
// release's main.js, so it builds the plugin only and its output depends on the sources and the
// locked esbuild alone: no timestamps, no absolute paths, no environment (test/ship/reproducible-build.test.ts
// builds it twice from clean copies and compares the bytes).
const mode = process.argv[2] ?? "dev";

const banner = "/* Reference Check: bundled by esbuild. Source: src/ */";

/** The Obsidian plugin bundle. */
const plugin = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
	],
	format: "cjs",
	target: "es2018",
	logLevel: "info",
	sourcemap: mode === "production" ? false : "inline",
	treeShaking: true,
	minify: mode === "production",
	outfile: "main.js",
};

/** The headless CLI (Node only, never part of a release). */
const cli = {
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli/refcheck.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "info",
	minify: false,
	outfile: "dist/refcheck.cjs",
};

if (mode === "production") {
	await esbuild.build(plugin);
} else if (mode === "cli") {
	await esbuild.build(cli);
} else if (mode === "dev") {
	await (await esbuild.context(plugin)).watch();
} else {
	console.error(`unknown mode "${mode}": use production, cli or no argument (watch)`);
	process.exit(2);
}
