// The plugin's services (see services.ts): settings storage, the run controller, the OpenAlex
// client factory, "verify this note" and opening the panel.
import type { App, Plugin, TFile } from "obsidian";
import type { Clock } from "../lib/clock";
import { Emitter } from "../lib/emitter";
import { OpenAlexClient } from "../openalex/client";
import { OpenAlexError } from "../openalex/errors";
import { settingsFromData, type ReferenceCheckSettings } from "../core/settings";
import { cachedReference } from "./note-store";
import { RunController } from "./run-controller";
import { runWithNotice } from "./run-notice";
import { PANEL_VIEW_TYPE, type ReferenceCheckServices, type RunSummary } from "./services";
import type { SettingsHost } from "./settings-tab";
import { requestUrlTransport } from "./transport";

/** A known, free singleton used by "Test connection" (any answer, even 404, proves the link). */
const PROBE_WORK = "W2741809807";

export function createOpenAlexClient(settings: ReferenceCheckSettings, clock: Clock, overrides: { maxRetries?: number } = {}): OpenAlexClient {
	return new OpenAlexClient({
		transport: requestUrlTransport,
		baseUrl: settings.baseUrl,
		apiKey: settings.apiKey || null,
		mailto: settings.contactEmail || null,
		requestsPerSecond: settings.requestsPerSecond,
		clock,
		...overrides,
	});
}

export class PluginServices implements ReferenceCheckServices, SettingsHost {
	readonly runs: RunController;
	private current: ReferenceCheckSettings;
	private readonly settingsEvents = new Emitter<Readonly<ReferenceCheckSettings>>();

	/** `clock` paces every OpenAlex request (main.ts passes the system clock). */
	constructor(
		readonly app: App,
		private readonly plugin: Plugin,
		storedData: unknown,
		private readonly clock: Clock,
	) {
		this.current = settingsFromData(storedData);
		this.runs = new RunController({
			vault: app.vault,
			metadataCache: app.metadataCache,
			settings: () => this.current,
			createClient: (s) => createOpenAlexClient(s, clock),
		});
	}

	settings(): Readonly<ReferenceCheckSettings> {
		return this.current;
	}

	onSettingsChange(cb: (settings: Readonly<ReferenceCheckSettings>) => void): () => void {
		return this.settingsEvents.on(cb);
	}

	async saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void> {
		this.current = { ...this.current, ...patch };
		await this.plugin.saveData(this.current);
		this.settingsEvents.emit(this.current);
	}

	async testConnection(): Promise<{ ok: boolean; message: string }> {
		const client = createOpenAlexClient(this.current, this.clock, { maxRetries: 1 });
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
