// The plugin's services (see services.ts): settings storage, the run controller, the OpenAlex
// client factory, "verify this note" and opening the panel.
import type { App, Plugin, TFile } from "obsidian";
import { OpenAlexClient } from "../openalex/client";
import { OpenAlexError } from "../openalex/errors";
import { settingsFromData, type ReferenceCheckSettings } from "../core/settings";
import type { SettingsHost } from "./settings-tab";
import { RunController } from "./run-controller";
import { runWithNotice } from "./run-notice";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices, type RunSummary } from "./services";
import { requestUrlTransport } from "./transport";
import { cachedReference } from "./vault-scan";

/** A known, free singleton used by "Test connection" (any answer, even 404, proves the link). */
const PROBE_WORK = "W2741809807";

export function createOpenAlexClient(settings: ReferenceCheckSettings, overrides: { maxRetries?: number } = {}): OpenAlexClient {
	return new OpenAlexClient({
		transport: requestUrlTransport,
		baseUrl: settings.baseUrl,
		apiKey: settings.apiKey || null,
		mailto: settings.contactEmail || null,
		requestsPerSecond: settings.requestsPerSecond,
		...overrides,
	});
}

export class PluginServices implements ReferenceCheckServices, SettingsHost {
	readonly runs: RunController;
	private current: ReferenceCheckSettings;
	private readonly settingsListeners = new Set<(s: Readonly<ReferenceCheckSettings>) => void>();

	constructor(
		readonly app: App,
		private readonly plugin: Plugin,
		storedData: unknown,
	) {
		this.current = settingsFromData(storedData);
		this.runs = new RunController({
			vault: app.vault,
			metadataCache: app.metadataCache,
			settings: () => this.current,
			createClient: (s) => createOpenAlexClient(s),
		});
	}

	settings(): Readonly<ReferenceCheckSettings> {
		return this.current;
	}

	onSettingsChange(cb: (settings: Readonly<ReferenceCheckSettings>) => void): () => void {
		this.settingsListeners.add(cb);
		return () => this.settingsListeners.delete(cb);
	}

	async saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void> {
		this.current = { ...this.current, ...patch };
		await this.plugin.saveData(this.current);
		for (const cb of [...this.settingsListeners]) cb(this.current);
	}

	async testConnection(): Promise<{ ok: boolean; message: string }> {
		const client = createOpenAlexClient(this.current, { maxRetries: 1 });
		try {
			await client.getWork(PROBE_WORK);
		} catch (e) {
			if (e instanceof OpenAlexError && e.kind === "auth") return { ok: false, message: "OpenAlex rejected the API key." };
			if (e instanceof OpenAlexError && e.kind === "budget") return { ok: false, message: "Connected, but today's OpenAlex budget is used up." };
			return { ok: false, message: `Could not reach OpenAlex: ${e instanceof Error ? e.message : String(e)}` };
		}
		const left = client.stats.remainingCredits;
		return { ok: true, message: left === null ? "Connected. OpenAlex did not report the remaining budget." : `Connected. ${left.toLocaleString("en-US")} credits left today.` };
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
