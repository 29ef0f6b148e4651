// cited_in settings: part of ReferenceCheckSettings (settings.ts extends this interface, reads it
// with readCitedInSettings and shows displayCitedInSettings in its tab).
import { Setting } from "obsidian";

export type CitedInValueStyleSetting = "auto" | "folder" | "note";

export interface CitedInSettings {
	/** Show the "Cited in" section in reference notes (reading view). */
	showCitedInSection: boolean;
	/** Show the "References" section in pages that cite references (reading view). */
	showReferencesSection: boolean;
	/** Frontmatter key listing where a reference is cited. */
	citedInKey: string;
	/** Frontmatter key holding a reference's citation key. */
	citationKeyField: string;
	/** How "Update cited_in from citations" names pages: auto follows the values already in the vault. */
	citedInValueStyle: CitedInValueStyleSetting;
}

export const DEFAULT_CITED_IN_SETTINGS: CitedInSettings = {
	showCitedInSection: true,
	showReferencesSection: true,
	citedInKey: "cited_in",
	citationKeyField: "citation_key",
	citedInValueStyle: "auto",
};

/** A frontmatter key as typed: trimmed, no spaces around, not empty. */
export function validateKeyName(input: string): { value: string } | { error: string } {
	const t = input.trim();
	if (t === "") return { error: "Enter a frontmatter key." };
	if (/[:#\n]/.test(t)) return { error: "A frontmatter key cannot contain ':' or '#'." };
	return { value: t };
}

/** Stored data → cited_in settings; invalid or missing values fall back to the defaults. */
export function readCitedInSettings(d: Record<string, unknown>): CitedInSettings {
	const s: CitedInSettings = { ...DEFAULT_CITED_IN_SETTINGS };
	if (typeof d.showCitedInSection === "boolean") s.showCitedInSection = d.showCitedInSection;
	if (typeof d.showReferencesSection === "boolean") s.showReferencesSection = d.showReferencesSection;
	for (const k of ["citedInKey", "citationKeyField"] as const) {
		const v = d[k];
		if (typeof v !== "string") continue;
		const r = validateKeyName(v);
		if ("value" in r) s[k] = r.value;
	}
	if (d.citedInValueStyle === "auto" || d.citedInValueStyle === "folder" || d.citedInValueStyle === "note") s.citedInValueStyle = d.citedInValueStyle;
	return s;
}

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
