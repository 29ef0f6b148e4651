// `refcheck check` options: command-line flags over the vault's own plugin settings
// (<folder>/.obsidian/plugins/reference-check/data.json, read with the plugin's settings model)
// over the defaults, so a run from the command line selects and checks the same notes the plugin
// would. The API key and base URL come only from flags or the environment: a key stored in a vault
// is never sent anywhere the command line did not name.
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from "fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "path";
import { parseArgs } from "util";
import { tty, type TerminalText } from "./terminal";
import { DEFAULT_BASE_URL, DEFAULT_REQUESTS_PER_SECOND, parseFolderList, settingsFromData, validateBaseUrl, validateStaleDays, type ReferenceCheckSettings } from "../core/settings";

export type FailOn = "major" | "minor" | "never";

/** A run longer than this stops (and the next run continues): nothing unattended runs for ever. */
export const DEFAULT_MAX_MINUTES = 60;

/** Where the plugin keeps its settings, relative to the vault folder (`--settings` names another file). */
export const VAULT_SETTINGS = ".obsidian/plugins/reference-check/data.json";

// Our own text, several lines: built with the `tty` tag (no outside value in it), so its line breaks
// reach the terminal (interpolated into a `tty` line, a value's line breaks become spaces).
export const USAGE: TerminalText = tty`Usage: refcheck check <folder> [options]

Checks the citation frontmatter of the reference notes under <folder> against OpenAlex and
writes a check_log into each note (nothing else in the note changes). When <folder> is a vault
with Reference Check's settings (${VAULT_SETTINGS}), its reference type value, folders,
staleness, entry types not looked up, remote record, rate and contact email apply; flags win.

Options:
  --api-base URL        OpenAlex API base (default ${DEFAULT_BASE_URL}; env OPENALEX_API_BASE)
  --api-key KEY         OpenAlex API key (env OPENALEX_API_KEY); free, 10,000 credits a day
  --mailto EMAIL        contact address sent with each request (env OPENALEX_MAILTO)
  --dry-run             check but write nothing
  --force               re-check notes whose check_log is still fresh
  --stale-days N        a check_log older than N days is re-checked (default 30; 0: never)
  --rate N              requests per second (default ${DEFAULT_REQUESTS_PER_SECOND})
  --type-value VALUE    only notes whose frontmatter type is VALUE are references
  --include FOLDER      only check notes in FOLDER (relative to <folder>; repeatable)
  --exclude FOLDER      never check notes in FOLDER (repeatable)
  --settings FILE       read the plugin settings from FILE instead of the vault's
  --no-vault-settings   ignore the vault's plugin settings
  --json FILE           also write the results as JSON (outside <folder>)
  --fail-on LEVEL       exit 1 when a result reaches major | minor | never (default major)
  --max-minutes N       stop the run after N minutes (default ${DEFAULT_MAX_MINUTES}; 0: no limit)
  -h, --help            show this help

Exit codes (the first that applies):
  2  usage error, or the run stopped: daily budget exhausted, API key rejected, OpenAlex
     asked to wait too long or kept failing, --max-minutes reached
  1  a result reached --fail-on
  3  some notes could not be read, checked or written (named in the summary)
  0  every note in scope checked and written, or up to date`;

export interface CheckOptions {
	folder: string;
	/** Selection and check settings: the vault's, with the flags applied. */
	settings: ReferenceCheckSettings;
	apiBase: string;
	apiKey: string | null;
	mailto: string | null;
	dryRun: boolean;
	force: boolean;
	json: string | null;
	failOn: FailOn;
	/** The run's time limit in minutes; null: none. */
	maxMinutes: number | null;
}

/** `usage`: a mistake in the command line (help follows); `error`: the command cannot run as given. */
export type ParsedArgs = { help: true } | { usage: string } | { error: string } | { options: CheckOptions };

export function parseCheckArgs(argv: string[], env: Record<string, string | undefined>): ParsedArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				"api-base": { type: "string" },
				"api-key": { type: "string" },
				mailto: { type: "string" },
				"dry-run": { type: "boolean", default: false },
				force: { type: "boolean", default: false },
				"stale-days": { type: "string" },
				rate: { type: "string" },
				"type-value": { type: "string" },
				include: { type: "string", multiple: true },
				exclude: { type: "string", multiple: true },
				settings: { type: "string" },
				"no-vault-settings": { type: "boolean", default: false },
				json: { type: "string" },
				"fail-on": { type: "string" },
				"max-minutes": { type: "string" },
				help: { type: "boolean", short: "h", default: false },
			},
		});
	} catch (e) {
		return { usage: e instanceof Error ? e.message : String(e) };
	}
	const { values, positionals } = parsed;
	if (values.help) return { help: true };
	if (positionals[0] !== "check" || positionals.length !== 2) return { usage: positionals.length === 0 ? "missing command" : "expected: refcheck check <folder>" };
	const folder = positionals[1];
	if (!existsSync(folder) || !statSync(folder).isDirectory()) return { usage: `not a folder: ${folder}` };
	const failOn = (values["fail-on"] ?? "major") as FailOn;
	if (!["major", "minor", "never"].includes(failOn)) return { usage: "--fail-on must be major, minor or never" };
	// The plugin's own validation (whole days, 0 = never), so a flag accepts what the settings tab does.
	const staleDays = values["stale-days"] === undefined ? undefined : validateStaleDays(values["stale-days"]);
	if (staleDays && "error" in staleDays) return { usage: `--stale-days: ${staleDays.error}` };
	const rate = values.rate === undefined ? undefined : Number(values.rate);
	if (rate !== undefined && !(rate > 0 && rate <= 100)) return { usage: "--rate must be between 0 and 100 requests per second" };
	const maxMinutes = values["max-minutes"] === undefined ? DEFAULT_MAX_MINUTES : Number(values["max-minutes"]);
	if (!(Number.isFinite(maxMinutes) && maxMinutes >= 0)) return { usage: "--max-minutes must be a number of minutes (0: no limit)" };
	// Never echo the URL: it may hold a password.
	const apiBase = validateBaseUrl(values["api-base"] ?? env.OPENALEX_API_BASE ?? DEFAULT_BASE_URL);
	if ("error" in apiBase) return { usage: `--api-base (or OPENALEX_API_BASE): ${apiBase.error} (https, or http on this computer; no user name, password, query or fragment)` };
	if (values.settings !== undefined && values["no-vault-settings"]) return { usage: "--settings and --no-vault-settings exclude each other" };
	const json = values.json === undefined ? null : jsonDestination(values.json, folder);
	if (json !== null && "error" in json) return { usage: json.error };

	const stored = values["no-vault-settings"] ? { data: {} } : readStoredSettings(values.settings ?? join(folder, VAULT_SETTINGS), values.settings !== undefined);
	if ("error" in stored) return { error: stored.error };
	const settings = settingsFromData(stored.data);
	if (staleDays) settings.staleDays = staleDays.value;
	if (rate !== undefined) settings.requestsPerSecond = rate;
	if (values["type-value"] !== undefined) settings.referenceTypeValue = values["type-value"].trim();
	if (values.include) settings.includeFolders = parseFolderList(values.include.join("\n"));
	if (values.exclude) settings.excludeFolders = parseFolderList(values.exclude.join("\n"));
	const mailto = values.mailto ?? env.OPENALEX_MAILTO ?? (settings.contactEmail || null);
	return {
		options: {
			folder,
			settings,
			apiBase: apiBase.value,
			apiKey: values["api-key"] ?? env.OPENALEX_API_KEY ?? null,
			mailto,
			dryRun: values["dry-run"] === true,
			force: values.force === true,
			json: json?.value ?? null,
			failOn,
			maxMinutes: maxMinutes > 0 ? maxMinutes : null,
		},
	};
}

/**
 * The plugin's stored settings without the connection (key and base URL stay the command line's).
 * No file: the defaults. A file that is not JSON is an error, not the defaults: checking with
 * defaults could check, or skip, other notes than the vault's settings say.
 */
function readStoredSettings(path: string, named: boolean): { data: Record<string, unknown> } | { error: string } {
	if (!existsSync(path)) return named ? { error: `no settings file: ${path}` } : { data: {} };
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, "utf8"));
	} catch (e) {
		return { error: `cannot read the plugin settings ${path} (${e instanceof Error ? e.message : String(e)}); fix it or pass --no-vault-settings` };
	}
	if (!data || typeof data !== "object" || Array.isArray(data)) return { error: `the plugin settings ${path} are not a JSON object; fix them or pass --no-vault-settings` };
	const rest: Record<string, unknown> = { ...data };
	delete rest.apiKey;
	delete rest.baseUrl;
	return { data: rest };
}

/**
 * Where the JSON report may go, checked before the run: a file outside the checked folder (never
 * over a note), in a folder that exists, that we may write (and not a folder itself).
 */
function jsonDestination(path: string, folder: string): { value: string } | { error: string } {
	const target = resolve(path);
	const parent = dirname(target);
	if (!existsSync(parent) || !statSync(parent).isDirectory()) return { error: `--json: no such folder: ${parent}` };
	// Through links: the real place the report would be written.
	const real = existsSync(target) ? realpathSync(target) : join(realpathSync(parent), basename(target));
	const inside = relative(realpathSync(folder), real);
	const outside = inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
	if (!outside) return { error: `--json must name a file outside the checked folder: ${path}` };
	if (existsSync(target) && !statSync(target).isFile()) return { error: `--json: not a file: ${path}` };
	try {
		accessSync(parent, constants.W_OK);
		if (existsSync(target)) accessSync(target, constants.W_OK);
	} catch {
		return { error: `--json: cannot write ${path}` };
	}
	return { value: target };
}
