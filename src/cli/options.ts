// `refcheck check` options: command-line flags over the vault's own plugin settings
// (<folder>/.obsidian/plugins/reference-check/data.json, read with the plugin's settings model)
// over the defaults, so a run from the command line selects and checks the same notes the plugin
// would. The API key and base URL come only from flags or the environment: a key stored in a vault
// is never sent anywhere the command line did not name.
import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { parseArgs } from "util";
import { DEFAULT_BASE_URL, DEFAULT_REQUESTS_PER_SECOND, parseFolderList, settingsFromData, validateStaleDays, type ReferenceCheckSettings } from "../core/settings";

export type FailOn = "major" | "minor" | "never";

/** Where the plugin keeps its settings, relative to the vault folder (`--settings` names another file). */
export const VAULT_SETTINGS = ".obsidian/plugins/reference-check/data.json";

export const USAGE = `Usage: refcheck check <folder> [options]

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
  --json FILE           also write the results as JSON
  --fail-on LEVEL       exit 1 when a result reaches major | minor | never (default major)
  -h, --help            show this help

Exit codes: 0 done, 1 a result reached --fail-on, 2 usage or fatal error (budget exhausted,
API key rejected, unreadable folder or settings).`;

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
	const apiBase = values["api-base"] ?? env.OPENALEX_API_BASE ?? DEFAULT_BASE_URL;
	if (!/^https?:\/\//i.test(apiBase)) return { usage: "--api-base must be an http(s) URL" };
	if (values.settings !== undefined && values["no-vault-settings"]) return { usage: "--settings and --no-vault-settings exclude each other" };

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
			apiBase,
			apiKey: values["api-key"] ?? env.OPENALEX_API_KEY ?? null,
			mailto,
			dryRun: values["dry-run"] === true,
			force: values.force === true,
			json: values.json ?? null,
			failOn,
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
