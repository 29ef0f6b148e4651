// The settings tab, in two forms drawn from one model (settings-model.ts): declarative definitions
// for Obsidian 1.13+ (settings-definitions.ts; Obsidian draws them and finds them in its settings
// search) and display() for older apps, which Obsidian 1.13+ no longer calls. Every value is
// validated by the model as it is typed and saved only when valid.
import { App, Notice, Plugin, PluginSettingTab, SecretComponent, Setting, requireApiVersion, type SettingDefinitionItem } from "obsidian";
import { parseNumber, type ReferenceCheckSettings } from "../core/settings";
import type { Result } from "../lib/result";
import { FolderPickerModal } from "./folder-picker";
import { controlField, settingDefinitions, writeControl, type DefinitionsUi } from "./settings-definitions";
import type { ActionField, ActionHost, ApiKeyField, FoldersField, SettingField, SettingsPatch, SettingsSection, TypedValues } from "./settings-model";

/** What the settings tab needs from the plugin. */
export interface SettingsHost extends ActionHost {
	settings(): Readonly<ReferenceCheckSettings>;
	saveSettings(patch: SettingsPatch): Promise<void>;
}

export class ReferenceCheckSettingTab extends PluginSettingTab implements DefinitionsUi {
	/** Text fields' values as typed since the tab was shown (an invalid one is not saved, but tested). */
	private typedValues: TypedValues = {};

	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
		/** The plugin's sections, then the features' (main.ts passes them: the tab imports no feature). */
		private readonly sections: readonly SettingsSection[],
	) {
		super(app, plugin);
	}

	settings(): Readonly<ReferenceCheckSettings> {
		return this.host.settings();
	}

	// ---- Obsidian 1.13+: declarative ----

	getSettingDefinitions(): SettingDefinitionItem[] {
		return settingDefinitions(this.sections, this);
	}

	getControlValue(key: string): unknown {
		return controlField(this.sections, key)?.read(this.host.settings());
	}

	async setControlValue(key: string, value: unknown): Promise<void> {
		const field = controlField(this.sections, key);
		if (!field) return;
		if (typeof value === "string") this.typed(key, value);
		const r = writeControl(field, value);
		if ("value" in r) await this.host.saveSettings(r.value);
	}

	/** Shows the settings as they are now (after a folder was added or removed, or a sync). */
	refresh(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else if (this.containerEl.hasChildNodes()) this.draw();
	}

	// ---- Before 1.13: drawn here ----

	display(): void {
		this.draw();
	}

	hide(): void {
		this.typedValues = {};
		super.hide();
	}

	typed(key: string, value: string): void {
		this.typedValues[key] = value;
	}

	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.typedValues = {};
		const s = this.host.settings();
		for (const section of this.sections) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const field of section.fields) this.displayField(field, s);
		}
	}

	private displayField(field: SettingField, s: Readonly<ReferenceCheckSettings>): void {
		const setting = new Setting(this.containerEl).setName(field.name).setDesc(field.desc);
		switch (field.kind) {
			case "text":
				this.addValidatedText(setting, field.read(s), field.placeholder, false, (input) => field.write(input), field.key);
				return;
			case "number":
				this.addValidatedText(setting, String(field.read(s)), undefined, false, (input) => {
					const n = parseNumber(input, field.bounds);
					return "error" in n ? n : field.write(n.value);
				});
				return;
			case "toggle":
				setting.addToggle((t) => t.setValue(field.read(s)).onChange((on) => this.host.saveSettings(field.write(on))));
				return;
			case "dropdown":
				setting.addDropdown((d) =>
					d
						.addOptions(field.options)
						.setValue(field.read(s))
						.onChange(async (v) => {
							const r = field.write(v);
							if ("value" in r) await this.host.saveSettings(r.value);
						}),
				);
				return;
			case "lines":
				setting.addTextArea((t) =>
					t.setValue(field.read(s)).onChange(async (text) => {
						const r = field.write(text);
						if ("value" in r) await this.host.saveSettings(r.value);
					}),
				);
				return;
			case "folders":
				setting.addButton((b) => b.setButtonText("Add folder").onClick(() => this.pickFolder(field)));
				field.read(s).forEach((folder, i) => {
					new Setting(this.containerEl)
						.setName(folder)
						.setClass("reference-check-folder-row")
						.addExtraButton((b) => b.setIcon("x").setTooltip("Remove").onClick(() => this.removeFolder(field, i)));
				});
				return;
			case "apiKey":
				this.renderApiKey(setting, field);
				return;
			case "action": {
				const result = setting.descEl.createDiv({ cls: "reference-check-setting-result" });
				setting.addButton((b) =>
					b.setButtonText(field.button).onClick(async () => {
						b.setDisabled(true);
						await this.runActionInto(field, (text, ok) => {
							result.setText(text);
							result.toggleClass("reference-check-setting-error", ok === false);
						});
						b.setDisabled(false);
					}),
				);
				return;
			}
		}
	}

	/** A text input whose value is saved when the model accepts it, and otherwise explained. */
	private addValidatedText(setting: Setting, value: string, placeholder: string | undefined, password: boolean, write: (input: string) => Result<SettingsPatch>, key?: string): void {
		const message = setting.descEl.createDiv({ cls: "reference-check-setting-error" });
		setting.addText((t) => {
			if (password) t.inputEl.type = "password";
			if (placeholder) t.setPlaceholder(placeholder);
			t.setValue(value).onChange(async (input) => {
				if (key) this.typed(key, input);
				const r = write(input);
				// An invalid value is shown, never saved.
				t.inputEl.toggleClass("reference-check-input-invalid", "error" in r);
				if ("error" in r) {
					message.setText(r.error);
					return;
				}
				message.setText("");
				await this.host.saveSettings(r.value);
			});
		});
	}

	// ---- Shared by both forms ----

	renderApiKey(setting: Setting, field: ApiKeyField): void {
		const s = this.host.settings();
		if (requireApiVersion("1.11.4")) {
			// The secret's name is saved; its value stays in this device's secret storage.
			setting.addComponent((el) =>
				new SecretComponent(this.app, el).setValue(field.secret.read(s)).onChange(async (name) => {
					const r = field.secret.write(name);
					if ("value" in r) await this.host.saveSettings(r.value);
				}),
			);
			return;
		}
		// No secret storage before 1.11.4: the key itself, in a password field, kept in data.json.
		this.addValidatedText(setting, field.legacy.read(s), undefined, true, (input) => field.legacy.write(input), field.legacy.key);
	}

	pickFolder(field: FoldersField): void {
		const listed = field.read(this.host.settings());
		new FolderPickerModal(this.app, listed, (path) => void this.saveAndRefresh(field.write([...listed, path]))).open();
	}

	removeFolder(field: FoldersField, index: number): void {
		const listed = field.read(this.host.settings());
		void this.saveAndRefresh(field.write(listed.filter((_, i) => i !== index)));
	}

	runAction(field: ActionField): void {
		void this.runActionInto(field, (text, ok) => {
			if (ok !== null) new Notice(text);
		});
	}

	private async runActionInto(field: ActionField, show: (text: string, ok: boolean | null) => void): Promise<void> {
		show(field.busy, null);
		const r = await field.run(this.host, { ...this.typedValues });
		show(r.message, r.ok);
	}

	private async saveAndRefresh(patch: SettingsPatch): Promise<void> {
		await this.host.saveSettings(patch);
		this.refresh();
	}
}
