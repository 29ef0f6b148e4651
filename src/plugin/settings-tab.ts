// The settings tab: one section per group of the settings model (src/core/settings.ts), each
// value validated as it is typed and saved only when valid.
import { App, Plugin, PluginSettingTab, Setting } from "obsidian";
import {
	DEFAULT_BASE_URL,
	DEFAULT_REQUESTS_PER_SECOND,
	parseFolderList,
	parseTypeList,
	validateApiKey,
	validateBaseUrl,
	validateEmail,
	validateRequestsPerSecond,
	validateStaleDays,
	type ReferenceCheckSettings,
} from "../core/settings";
import type { Result } from "../lib/result";

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
	settings(): Readonly<ReferenceCheckSettings>;
	saveSettings(patch: Partial<ReferenceCheckSettings>): Promise<void>;
	/** Sends one free request; resolves to a message for the user. */
	testConnection(): Promise<{ ok: boolean; message: string }>;
}

/**
 * A part of the tab that a feature adds (cited_in's "Citations"). main.ts passes the sections in,
 * so the tab, shared by every feature, never imports one.
 */
export type SettingsSection = (containerEl: HTMLElement, settings: Readonly<ReferenceCheckSettings>, save: (patch: Partial<ReferenceCheckSettings>) => Promise<void>) => void;

export class ReferenceCheckSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private host: SettingsHost,
		private readonly sections: readonly SettingsSection[] = [],
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.host.settings();

		new Setting(containerEl).setName("Connection").setHeading();
		this.textSetting({
			name: "API key",
			desc: "Free key from openalex.org. It raises the daily budget and is never written into notes.",
			value: s.apiKey,
			password: true,
			validate: validateApiKey,
			save: (v) => ({ apiKey: v }),
		});
		this.textSetting({
			name: "Contact email",
			desc: "Sent with each request so OpenAlex can contact you about your traffic.",
			value: s.contactEmail,
			placeholder: "you@example.org",
			validate: validateEmail,
			save: (v) => ({ contactEmail: v }),
		});
		this.textSetting({
			name: "API base URL",
			desc: "Change only to use a mirror or a proxy.",
			value: s.baseUrl,
			placeholder: DEFAULT_BASE_URL,
			validate: validateBaseUrl,
			save: (v) => ({ baseUrl: v }),
		});
		this.textSetting({
			name: "Requests per second",
			desc: `Default ${DEFAULT_REQUESTS_PER_SECOND}. Keep this under OpenAlex's limit (about 10 without a key, 30 with one).`,
			value: String(s.requestsPerSecond),
			validate: validateRequestsPerSecond,
			save: (v) => ({ requestsPerSecond: v }),
		});
		const status = new Setting(containerEl).setName("Test connection").setDesc("Sends one free request and shows the remaining daily budget.");
		const result = status.descEl.createDiv({ cls: "reference-check-setting-result" });
		status.addButton((b) =>
			b.setButtonText("Test connection").onClick(async () => {
				b.setDisabled(true);
				result.setText("Testing…");
				result.removeClass("reference-check-setting-error");
				const r = await this.host.testConnection();
				result.setText(r.message);
				result.toggleClass("reference-check-setting-error", !r.ok);
				b.setDisabled(false);
			}),
		);

		new Setting(containerEl).setName("Checks").setHeading();
		this.textSetting({
			name: "Days before a check is stale",
			desc: "Older checks are shown as stale and checked again by a vault run.",
			value: String(s.staleDays),
			validate: validateStaleDays,
			save: (v) => ({ staleDays: v }),
		});
		new Setting(containerEl)
			.setName("Write the remote record")
			.setDesc("Keep the remote title, authors, year, venue and identifier in each check log.")
			.addToggle((t) => t.setValue(s.writeRemote).onChange((v) => this.host.saveSettings({ writeRemote: v })));

		new Setting(containerEl).setName("Reference notes").setHeading();
		this.textSetting({
			name: "Type value",
			desc: "Only notes whose frontmatter type equals this value are reference notes. Leave empty to recognize citation frontmatter automatically.",
			value: s.referenceTypeValue,
			placeholder: "bibtex_entry",
			validate: (v) => ({ value: v.trim() }),
			save: (v) => ({ referenceTypeValue: v }),
		});
		this.folderSetting("Include folders", "Only these folders are searched, one per line. Leave empty for the whole vault.", s.includeFolders, (v) => ({ includeFolders: v }));
		this.folderSetting("Exclude folders", "Notes in these folders are never checked, one per line.", s.excludeFolders, (v) => ({ excludeFolders: v }));

		new Setting(containerEl)
			.setName("Entry types not looked up")
			.setDesc("References of these entry types without an identifier (web pages, software, datasets…) are not sent to OpenAlex, which does not index them. One per line.")
			.addTextArea((t) => t.setValue(s.notIndexedTypes.join("\n")).onChange((input) => this.host.saveSettings({ notIndexedTypes: parseTypeList(input) })));

		for (const section of this.sections) section(containerEl, s, (patch) => this.host.saveSettings(patch));
	}

	private textSetting<T>(o: {
		name: string;
		desc: string;
		value: string;
		placeholder?: string;
		password?: boolean;
		validate: (input: string) => Result<T>;
		save: (value: T) => Partial<ReferenceCheckSettings>;
	}): Setting {
		const setting = new Setting(this.containerEl).setName(o.name).setDesc(o.desc);
		const message = setting.descEl.createDiv({ cls: "reference-check-setting-error" });
		setting.addText((t) => {
			if (o.password) t.inputEl.type = "password";
			if (o.placeholder) t.setPlaceholder(o.placeholder);
			t.setValue(o.value).onChange(async (input) => {
				const r = o.validate(input);
				// An invalid value is shown, never saved.
				t.inputEl.toggleClass("reference-check-input-invalid", "error" in r);
				if ("error" in r) {
					message.setText(r.error);
					return;
				}
				message.setText("");
				await this.host.saveSettings(o.save(r.value));
			});
		});
		return setting;
	}

	private folderSetting(name: string, desc: string, value: string[], save: (v: string[]) => Partial<ReferenceCheckSettings>): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addTextArea((t) => t.setValue(value.join("\n")).onChange((input) => this.host.saveSettings(save(parseFolderList(input)))));
	}
}
