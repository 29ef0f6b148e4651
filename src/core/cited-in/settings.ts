// cited_in's settings: what the "Citations" section of the settings tab edits and the index,
// the reading-view sections and the update command read. Pure; stored with the plugin's other
// settings (settings.ts reads them with readCitedInSettings).
import type { Result } from "../../lib/result";

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
export function validateKeyName(input: string): Result<string> {
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
