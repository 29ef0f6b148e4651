// The plugin's services (see services.ts): settings storage (with the API key in secret storage,
// api-key.ts), the run controller, the OpenAlex client factory, "verify this note" and opening the
// panel.
import type { App, Plugin, TFile } from "obsidian";
import type { Clock } from "../lib/clock";
import { Emitter } from "../lib/emitter";
import { OpenAlexClient } from "../openalex/client";
import { OpenAlexError } from "../openalex/errors";
import { dataFromSettings, DEFAULT_BASE_URL, DEFAULT_SETTINGS, settingsFromData, validateApiKey, validateBaseUrl, validateEmail, type ReferenceCheckSettings } from "../core/settings";
import { creditsLeft, sentence } from "../core/messages";
import { appSecretStore, migrateApiKey, resolveApiKey, type SecretStore } from "./api-key";
import { cachedReference } from "./note-store";
import { RunController } from "./run-controller";
import { runWithNotice } from "./run-notice";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices, type RunSummary, type CitationProblems, type StatusSignal, type StatusSignalSource, type TitleLookup } from "./services";
import { resolveReferences } from "../openalex/resolver";
import { withoutIdentifiers } from "../core/reference";
import type { SettingsHost } from "./settings-tab";
import type { TypedValues } from "./settings-model";
import { requestUrlTransport } from "./transport";

/** A known, free singleton used by "Test connection" (any answer, even 404, proves the link). */
const PROBE_WORK = "W2741809807";

export function createOpenAlexClient(settings: ReferenceCheckSettings, apiKey: string | null, clock: Clock, overrides: { maxRetries?: number } = {}): OpenAlexClient {
	return new OpenAlexClient({
		transport: requestUrlTransport,
		baseUrl: settings.baseUrl,
		apiKey,
		mailto: settings.contactEmail || null,
		requestsPerSecond: settings.requestsPerSecond,
		clock,
		...overrides,
	});
}

export class PluginServices implements ReferenceCheckServices, SettingsHost {
	readonly runs: RunController;
	private current: ReferenceCheckSettings = DEFAULT_SETTINGS;
	private readonly settingsEvents = new Emitter<Readonly<ReferenceCheckSettings>>();
	private readonly secrets: SecretStore | null;
	private readonly signalSources: StatusSignalSource[] = [];
	private readonly statusRefresh = new Emitter();
	private citationSource: (() => CitationProblems) | null = null;

	/** `clock` paces every OpenAlex request (main.ts passes the window's). Call `load` next. */
	constructor(
		readonly app: App,
		private readonly plugin: Plugin,
		private readonly clock: Clock,
	) {
		this.secrets = appSecretStore(app);
		this.runs = new RunController({
			vault: app.vault,
			metadataCache: app.metadataCache,
			settings: () => this.current,
			createClient: (s) => createOpenAlexClient(s, resolveApiKey(s, this.secrets), clock),
		});
	}

	/**
	 * Takes the stored data (data.json) as the settings: at load, and again when it changed on disk
	 * (Obsidian Sync or another program), so synced settings apply without a reload. A key still in
	 * data.json moves into secret storage, and data.json is saved without it.
	 */
	async load(storedData: unknown): Promise<void> {
		const read = settingsFromData(storedData);
		const migrated = migrateApiKey(read, this.secrets);
		this.current = migrated ?? read;
		if (migrated) await this.plugin.saveData(dataFromSettings(migrated));
		this.settingsEvents.emit(this.current);
	}

	settings(): Readonly<ReferenceCheckSettings> {
		return this.current;
	}

	onSettingsChange(cb: (settings: Readonly<ReferenceCheckSettings>) => void): () => void {
		return this.settingsEvents.on(cb);
	}

	async saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void> {
		this.current = { ...this.current, ...patch };
		await this.plugin.saveData(dataFromSettings(this.current));
		this.settingsEvents.emit(this.current);
	}

	/**
	 * One free request with the connection settings as the tab shows them (`typed`: what is in its
	 * fields now, saved or not): an invalid one is named and nothing is sent.
	 */
	async testConnection(typed: TypedValues = {}): Promise<{ ok: boolean; message: string }> {
		const baseUrl = validateBaseUrl(typed.baseUrl ?? this.current.baseUrl);
		if ("error" in baseUrl) return { ok: false, message: `Not tested: the API base URL is not valid. ${sentence(baseUrl.error)}` };
		const email = validateEmail(typed.contactEmail ?? this.current.contactEmail);
		if ("error" in email) return { ok: false, message: `Not tested: the contact email is not valid. ${sentence(email.error)}` };
		// A key typed into the password field (apps without secret storage), else the stored one.
		const typedKey = typed.apiKey === undefined ? null : validateApiKey(typed.apiKey);
		if (typedKey && "error" in typedKey) return { ok: false, message: `Not tested: the API key is not valid. ${sentence(typedKey.error)}` };
		const settings = { ...this.current, baseUrl: baseUrl.value, contactEmail: email.value, ...(typedKey ? { apiKey: typedKey.value } : {}) };
		const key = resolveApiKey(settings, this.secrets);
		const where = baseUrl.value === DEFAULT_BASE_URL ? "OpenAlex" : baseUrl.value;
		const client = createOpenAlexClient(settings, key, this.clock, { maxRetries: 1 });
		// Secret storage is per device: a name synced from another device may have no secret here.
		const name = settings.apiKeySecret;
		const missing = name && key === null ? ` No API key was sent: this device has no secret named "${name}".` : "";
		try {
			await client.getWork(PROBE_WORK);
		} catch (e) {
			if (e instanceof OpenAlexError && e.kind === "auth") return { ok: false, message: `${where} rejected the API key.` };
			if (e instanceof OpenAlexError && e.kind === "budget") return { ok: false, message: `Connected to ${where}, but today's OpenAlex budget is used up.` };
			return { ok: false, message: `Could not reach ${where}: ${sentence(e instanceof Error ? e.message : String(e))}` };
		}
		const left = client.stats.remainingCredits;
		return { ok: true, message: `Connected to ${where}. ${left === null ? "It did not report the remaining budget." : `${creditsLeft(left)}.`}${missing}` };
	}

	isReferenceFile(file: TFile): boolean {
		return cachedReference(file, this.app.metadataCache, this.current) !== null;
	}

	verifyFile(file: TFile, opts: { quiet?: boolean } = {}): Promise<RunSummary | null> {
		return runWithNotice(this.runs, { kind: "files", paths: [file.path] }, true, { quiet: opts.quiet });
	}

	async lookUpByTitle(file: TFile): Promise<TitleLookup> {
		const found = cachedReference(file, this.app.metadataCache, this.current);
		if (!found) return { kind: "error", message: "the note is not a reference note" };
		// The identifiers set aside, so the title, authors and year decide alone.
		const reference = withoutIdentifiers(found.reference);
		const client = createOpenAlexClient(this.current, resolveApiKey(this.current, this.secrets), this.clock, { maxRetries: 1 });
		try {
			const r = (await resolveReferences([{ key: file.path, reference }], client)).get(file.path);
			if (r?.kind === "found") return { kind: "found", work: r.work };
			if (r?.kind === "not_found") return { kind: "not_found", message: r.message };
			return { kind: "error", message: r?.kind === "error" ? r.error.message : "no answer" };
		} catch (e) {
			return { kind: "error", message: e instanceof Error ? e.message : String(e) };
		}
	}

	addStatusSignal(source: StatusSignalSource): () => void {
		this.signalSources.push(source);
		return () => {
			const i = this.signalSources.indexOf(source);
			if (i >= 0) this.signalSources.splice(i, 1);
		};
	}

	statusSignals(file: TFile): StatusSignal[] {
		return this.signalSources.map((source) => source(file)).filter((s): s is StatusSignal => s !== null);
	}

	refreshStatus(): void {
		this.statusRefresh.emit();
	}

	onStatusRefresh(cb: () => void): () => void {
		return this.statusRefresh.on(cb);
	}

	provideCitationProblems(source: () => CitationProblems): () => void {
		this.citationSource = source;
		return () => {
			if (this.citationSource === source) this.citationSource = null;
		};
	}

	citationProblems(): CitationProblems | null {
		return this.citationSource ? this.citationSource() : null;
	}

	async openPanel(file?: TFile | null): Promise<void> {
		await this.app.workspace.ensureSideLeaf(PANEL_VIEW_TYPE, "right", {
			active: true,
			reveal: true,
			state: file ? { file: file.path } : undefined,
		});
	}
}
