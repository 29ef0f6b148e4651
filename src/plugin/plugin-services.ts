// The plugin's services (see services.ts): settings storage (with the API key in secret storage,
// api-key.ts), the run controller, the OpenAlex client factory, "verify this note" and opening the
// panel.
import type { App, Plugin, TFile } from "obsidian";
import type { Clock } from "../lib/clock";
import { Emitter } from "../lib/emitter";
import { OpenAlexClient } from "../openalex/client";
import { OpenAlexError } from "../openalex/errors";
import { dataFromSettings, DEFAULT_SETTINGS, settingsFromData, type ReferenceCheckSettings } from "../core/settings";
import { appSecretStore, migrateApiKey, resolveApiKey, type SecretStore } from "./api-key";
import { cachedReference } from "./note-store";
import { RunController } from "./run-controller";
import { runWithNotice } from "./run-notice";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices, type RunSummary } from "./services";
import type { SettingsHost } from "./settings-tab";
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

	async testConnection(): Promise<{ ok: boolean; message: string }> {
		const key = resolveApiKey(this.current, this.secrets);
		const client = createOpenAlexClient(this.current, key, this.clock, { maxRetries: 1 });
		// Secret storage is per device: a name synced from another device may have no secret here.
		const name = this.current.apiKeySecret;
		const missing = name && key === null ? ` No API key was sent: this device has no secret named "${name}".` : "";
		try {
			await client.getWork(PROBE_WORK);
		} catch (e) {
			if (e instanceof OpenAlexError && e.kind === "auth") return { ok: false, message: "OpenAlex rejected the API key." };
			if (e instanceof OpenAlexError && e.kind === "budget") return { ok: false, message: "Connected, but today's OpenAlex budget is used up." };
			return { ok: false, message: `Could not reach OpenAlex: ${e instanceof Error ? e.message : String(e)}` };
		}
		const left = client.stats.remainingCredits;
		const budget = left === null ? "OpenAlex did not report the remaining budget." : `${left.toLocaleString("en-US")} credits left today.`;
		return { ok: true, message: `Connected. ${budget}${missing}` };
	}

	isReferenceFile(file: TFile): boolean {
		return cachedReference(file, this.app.metadataCache, this.current) !== null;
	}

	verifyFile(file: TFile): Promise<RunSummary | null> {
		return runWithNotice(this.runs, { kind: "files", paths: [file.path] }, true);
	}

	async openPanel(file?: TFile | null): Promise<void> {
		await this.app.workspace.ensureSideLeaf(PANEL_VIEW_TYPE, "right", {
			active: true,
			reveal: true,
			state: file ? { file: file.path } : undefined,
		});
	}
}
