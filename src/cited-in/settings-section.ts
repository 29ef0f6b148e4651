// The "Citations" section of the settings tab, as settings-model fields. The tab is plugin-wide;
// main.ts hands it this section, so plugin code never imports the feature.
import { validateKeyName } from "../core/cited-in/settings";
import { dropdownField, textField, toggleField, type SettingsSection } from "../plugin/settings-model";

export const CITED_IN_SETTINGS_SECTION: SettingsSection = {
	heading: "Citations",
	fields: [
		toggleField("showCitedInSection", { name: "Show cited in section", desc: "In reference notes, list the pages named in cited_in as links (reading view)." }),
		toggleField("showReferencesSection", { name: "Show references section", desc: "In pages, list the references they cite with their verification state (reading view)." }),
		textField("citedInKey", { name: "Cited in key", desc: "Frontmatter key listing the pages or folders that cite a reference." }, validateKeyName),
		textField("citationKeyField", { name: "Citation key field", desc: "Frontmatter key holding a reference's citation key, as cited with [@key].", aliases: ["citekey"] }, validateKeyName),
		dropdownField(
			"citedInValueStyle",
			{ name: "New cited in values", desc: "How the update command names a citing page: its folder, the note itself, or whichever the vault already uses." },
			{ auto: "Follow existing values", folder: "Folder names", note: "Note names" },
		),
	],
};
