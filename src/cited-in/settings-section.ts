// The "Citations" section of the settings tab. The tab is plugin-wide; main.ts hands it this
// section, so plugin code never imports the feature.
import { Setting } from "obsidian";
import { validateKeyName, type CitedInSettings } from "../core/cited-in/settings";

/** The "Citations" part of the settings tab. */
export function displayCitedInSettings(containerEl: HTMLElement, s: Readonly<CitedInSettings>, save: (patch: Partial<CitedInSettings>) => Promise<void>): void {
	new Setting(containerEl).setName("Citations").setHeading();
	new Setting(containerEl)
		.setName("Show cited in section")
		.setDesc("In reference notes, list the pages named in cited_in as links (reading view).")
		.addToggle((t) => t.setValue(s.showCitedInSection).onChange((v) => save({ showCitedInSection: v })));
	new Setting(containerEl)
		.setName("Show references section")
		.setDesc("In pages, list the references they cite with their verification state (reading view).")
		.addToggle((t) => t.setValue(s.showReferencesSection).onChange((v) => save({ showReferencesSection: v })));
	keySetting(containerEl, "Cited in key", "Frontmatter key listing the pages or folders that cite a reference.", s.citedInKey, (v) => save({ citedInKey: v }));
	keySetting(containerEl, "Citation key field", "Frontmatter key holding a reference's citation key, as cited with [@key].", s.citationKeyField, (v) => save({ citationKeyField: v }));
	new Setting(containerEl)
		.setName("New cited in values")
		.setDesc("How the update command names a citing page: its folder, the note itself, or whichever the vault already uses.")
		.addDropdown((d) =>
			d
				.addOptions({ auto: "Follow existing values", folder: "Folder names", note: "Note names" })
				.setValue(s.citedInValueStyle)
				.onChange((v) => save({ citedInValueStyle: v === "folder" || v === "note" ? v : "auto" })),
		);
}

function keySetting(containerEl: HTMLElement, name: string, desc: string, value: string, save: (v: string) => Promise<void>): void {
	const setting = new Setting(containerEl).setName(name).setDesc(desc);
	const message = setting.descEl.createDiv({ cls: "reference-check-setting-error" });
	setting.addText((t) =>
		t.setValue(value).onChange(async (input) => {
			const r = validateKeyName(input);
			t.inputEl.toggleClass("reference-check-input-invalid", "error" in r);
			if ("error" in r) {
				message.setText(r.error);
				return;
			}
			message.setText("");
			await save(r.value);
		}),
	);
}
