import esbuild from "esbuild";
import { builtinModules } from "node:module";
import process from "node:process";

const prod = process.argv[2] === "production";

const banner = "/* Reference Check: bundled by esbuild. Source: src/ */";

// The Obsidian plugin bundle.
const plugin = await esbuild.context({
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
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
});

// The headless CLI (Node only).
const cli = await esbuild.context({
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli/refcheck.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "info",
	minify: false,
	outfile: "dist/refcheck.cjs",
});

if (prod) {
	await plugin.rebuild();
	await cli.rebuild();
	process.exit(0);
} else {
	await Promise.all([plugin.watch(), cli.watch()]);
}
