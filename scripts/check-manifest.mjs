#!/usr/bin/env node
// Checks manifest.json, versions.json and the release assets against the rules of the Obsidian
// community directory, so a bad manifest fails CI here rather than in the directory's review.
//
// Since May 2026 plugins are submitted on the community directory site (community.obsidian.md), not
// by pull request to obsidianmd/obsidian-releases (whose validation workflow was removed). The
// directory reads manifest.json at the HEAD of the default branch and reviews every GitHub release
// automatically: manifest, release assets, source lint (eslint-plugin-obsidianmd, see
// eslint.directory.config.mjs) and build verification (it rebuilds main.js and compares it with the
// release's). A version that fails is not installable. The manifest rules here are those of the
// manifest reference, the submission requirements for plugins and eslint-plugin-obsidianmd's
// validate-manifest rule (e.g. the description's character set).
//
//   node scripts/check-manifest.mjs [--dir DIR] [--release] [--tag TAG]
//
// --release also checks the release assets after `npm run build`: main.js, manifest.json and
// styles.css exist and are non-empty (what the release workflow attaches and attests).
// --tag checks that the pushed tag equals the manifest version (Obsidian downloads the release whose
// tag is exactly the manifest version, without a "v" prefix).
// Exit code 0 when there are no errors; warnings are printed but do not fail.

import { existsSync, readFileSync, statSync } from "fs";
import { join, resolve } from "path";
import { fileURLToPath } from "url";

const STANDARD_KEYS = [
	"id",
	"name",
	"version",
	"minAppVersion",
	"description",
	"author",
	"authorUrl",
	"fundingUrl",
	"isDesktopOnly",
];
const REQUIRED_KEYS = ["id", "name", "version", "minAppVersion", "description", "author", "isDesktopOnly"];
const RELEASE_ASSETS = ["main.js", "manifest.json", "styles.css"];
const VERSION_RE = /^\d+\.\d+\.\d+$/;
/** The files the directory expects at the repository root besides the manifest. */
const REPOSITORY_FILES = ["README.md", "LICENSE"];
/** The description's character set (eslint-plugin-obsidianmd validate-manifest: no emoji or special characters). */
const DESCRIPTION_CHARS = /^[A-Za-z0-9\s.,!?'"-]+$/;

/**
 * @param {{manifest: any, versions: any, packageJson: any}} input
 * @returns {{errors: string[], warnings: string[]}}
 */
export function checkManifest({ manifest, versions, packageJson }) {
	const errors = [];
	const warnings = [];
	if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
		return { errors: ["manifest.json must be a JSON object"], warnings };
	}

	for (const key of REQUIRED_KEYS) {
		if (!(key in manifest)) errors.push(`manifest.json is missing "${key}"`);
	}
	for (const key of Object.keys(manifest)) {
		if (!STANDARD_KEYS.includes(key)) errors.push(`manifest.json has a non-standard key "${key}"`);
	}
	for (const key of ["id", "name", "version", "minAppVersion", "description", "author"]) {
		if (key in manifest && typeof manifest[key] !== "string") errors.push(`"${key}" must be a string`);
	}
	if ("isDesktopOnly" in manifest && typeof manifest.isDesktopOnly !== "boolean") {
		errors.push(`"isDesktopOnly" must be true or false`);
	}

	const id = typeof manifest.id === "string" ? manifest.id : "";
	if (id) {
		if (id.toLowerCase().includes("obsidian")) errors.push(`id "${id}" must not contain "obsidian"`);
		if (id.toLowerCase().includes("plugin")) errors.push(`id "${id}" must not contain "plugin"`);
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
			errors.push(`id "${id}" must be lower-case letters and digits separated by single dashes`);
		}
	}

	const name = typeof manifest.name === "string" ? manifest.name : "";
	if (name) {
		if (name.toLowerCase().includes("obsidian")) errors.push(`name "${name}" must not contain "Obsidian"`);
		if (name.toLowerCase().includes("plugin")) errors.push(`name "${name}" must not contain "Plugin"`);
		if (name.trim() !== name) errors.push(`name has leading or trailing spaces`);
	}

	const description = typeof manifest.description === "string" ? manifest.description : "";
	if ("description" in manifest && typeof manifest.description === "string") {
		const length = [...description].length;
		if (length < 10 || length > 250) {
			errors.push(`description must be 10 to 250 characters (it has ${length})`);
		}
		if (!/^[A-Z]/.test(description)) errors.push(`description must start with a capital letter`);
		if (!description.endsWith(".")) errors.push(`description must end with a period`);
		if (/obsidian/i.test(description)) errors.push(`description must not mention "Obsidian"`);
		if (/plugin/i.test(description)) errors.push(`description must not say "plugin" (say what it does)`);
		if (/^this (is a )?/i.test(description)) errors.push(`description should not start with "This …"`);
		if (!DESCRIPTION_CHARS.test(description)) {
			const odd = [...new Set([...description].filter((c) => !DESCRIPTION_CHARS.test(c)))];
			errors.push(
				`description may use only letters, digits, spaces and . , ! ? ' " - (no emoji or special characters); found ${odd.map((c) => JSON.stringify(c)).join(" ")}`,
			);
		}
	}

	if (typeof manifest.version === "string" && !VERSION_RE.test(manifest.version)) {
		errors.push(`version "${manifest.version}" must be x.y.z (numbers and dots only)`);
	}
	if (typeof manifest.minAppVersion === "string" && !VERSION_RE.test(manifest.minAppVersion)) {
		errors.push(`minAppVersion "${manifest.minAppVersion}" must be x.y.z`);
	}

	if (typeof manifest.author === "string" && /^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/.test(manifest.author)) {
		warnings.push(`author is an e-mail address; the manifest reference asks for a name`);
	}
	if ("authorUrl" in manifest && typeof manifest.authorUrl !== "string") errors.push(`"authorUrl" must be a string`);
	if (typeof manifest.authorUrl === "string" && /^https?:\/\/(www\.)?obsidian\.md\/?$/.test(manifest.authorUrl)) {
		errors.push(`authorUrl must not point to the Obsidian website`);
	}
	if ("fundingUrl" in manifest) {
		const funding = manifest.fundingUrl;
		const urls =
			typeof funding === "string" ? [funding] : funding && typeof funding === "object" && !Array.isArray(funding) ? Object.values(funding) : null;
		if (urls === null) errors.push(`"fundingUrl" must be a URL or an object of named URLs`);
		else if (urls.length === 0 || urls.some((u) => typeof u !== "string" || u.length === 0)) {
			errors.push(`"fundingUrl" must not be empty, and each of its URLs must be a non-empty string`);
		} else if (urls.some((u) => u.includes("obsidian.md/pricing"))) {
			errors.push(`fundingUrl must not point to the Obsidian website`);
		}
	}

	if (versions === undefined) {
		errors.push(`versions.json is missing`);
	} else if (versions === null || typeof versions !== "object" || Array.isArray(versions)) {
		errors.push(`versions.json must be an object mapping plugin versions to minimum app versions`);
	} else if (typeof manifest.version === "string") {
		if (!(manifest.version in versions)) {
			errors.push(`versions.json has no entry for version ${manifest.version}`);
		} else if (versions[manifest.version] !== manifest.minAppVersion) {
			errors.push(
				`versions.json maps ${manifest.version} to ${versions[manifest.version]}, manifest minAppVersion is ${manifest.minAppVersion}`,
			);
		}
		for (const [v, app] of Object.entries(versions)) {
			if (!VERSION_RE.test(v) || typeof app !== "string" || !VERSION_RE.test(app)) {
				errors.push(`versions.json entry "${v}": "${app}" is not version: appVersion`);
			}
		}
	}

	if (packageJson === undefined) {
		errors.push(`package.json is missing`);
	} else if (packageJson?.version !== manifest.version) {
		errors.push(`manifest version ${manifest.version} differs from package.json version ${packageJson?.version}`);
	}

	return { errors, warnings };
}

/** README.md and LICENSE at the repository root: the directory shows the one and requires the other. */
export function checkRepositoryFiles(dir) {
	return REPOSITORY_FILES.filter((f) => !existsSync(join(dir, f))).map((f) => `${f} is missing at the repository root`);
}

/** The release assets the workflow attaches: present and non-empty. */
export function checkReleaseAssets(dir) {
	const errors = [];
	for (const asset of RELEASE_ASSETS) {
		const path = join(dir, asset);
		if (!existsSync(path)) errors.push(`release asset ${asset} is missing (run npm run build)`);
		else if (statSync(path).size === 0) errors.push(`release asset ${asset} is empty`);
	}
	return errors;
}

function readJson(path, errors) {
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, "utf8"));
	} catch (e) {
		errors.push(`${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}

/**
 * The command: checks the directory named by `--dir` (default: the working directory), prints to
 * `io` (default: the console) and returns the exit code.
 * @param {string[]} argv
 * @param {{log: (s: string) => void, warn: (s: string) => void, error: (s: string) => void}} [io]
 * @returns {number}
 */
export function main(argv, io = console) {
	let dir = process.cwd();
	let release = false;
	let tag = null;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === "--dir") dir = resolve(argv[++i] ?? ".");
		else if (argv[i] === "--release") release = true;
		else if (argv[i] === "--tag") tag = argv[++i] ?? "";
		else {
			io.error(`unknown argument ${argv[i]}`);
			return 2;
		}
	}
	const parseErrors = [];
	const manifest = readJson(join(dir, "manifest.json"), parseErrors);
	if (manifest === undefined) {
		io.error(`error: ${join(dir, "manifest.json")} not found`);
		return 1;
	}
	const versions = readJson(join(dir, "versions.json"), parseErrors);
	const packageJson = readJson(join(dir, "package.json"), parseErrors);
	const { errors, warnings } = parseErrors.length
		? { errors: parseErrors, warnings: [] }
		: checkManifest({ manifest, versions, packageJson });
	errors.push(...checkRepositoryFiles(dir));
	if (release) errors.push(...checkReleaseAssets(dir));
	if (tag !== null && manifest && tag !== manifest.version) {
		errors.push(`tag "${tag}" must equal the manifest version "${manifest.version}"`);
	}
	for (const w of warnings) io.warn(`warning: ${w}`);
	for (const e of errors) io.error(`error: ${e}`);
	if (errors.length) return 1;
	const what = release ? "manifest.json and release assets" : "manifest.json";
	io.log(`${what} OK: ${manifest.id} ${manifest.version} (minAppVersion ${manifest.minAppVersion})`);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}
