// The settings model (settings-model.ts) as Obsidian 1.13's declarative setting definitions: what
// Obsidian draws on 1.13+ and indexes for its settings search. Each section is a group; a folder
// list is a list of its own (add with the folder picker, delete per row); the API key is drawn by
// the tab (secret storage), test connection is an action. Control values are read and written
// through the model (`field.read`, `writeControl`), so the validation is the model's.
import type { Setting, SettingDefinition, SettingDefinitionItem, SettingDefinitionList, SettingGroupItem } from "obsidian";
import type { ReferenceCheckSettings } from "../core/settings";
import type { Result } from "../lib/result";
import { isControlField, type ActionField, type ApiKeyField, type ControlField, type FoldersField, type SettingField, type SettingsPatch, type SettingsSection } from "./settings-model";

/** What the definitions call back into (the settings tab). */
export interface DefinitionsUi {
	settings(): Readonly<ReferenceCheckSettings>;
	renderApiKey(setting: Setting, field: ApiKeyField): void;
	pickFolder(field: FoldersField): void;
	removeFolder(field: FoldersField, index: number): void;
	runAction(field: ActionField): void;
	/** Told each value typed into a text control, valid or not (Test connection uses them). */
	typed(key: string, value: string): void;
}

/** A model's verdict as a control's `validate` answers: the message, or nothing when valid. */
function message(r: Result<unknown>): string | undefined {
	return "error" in r ? r.error : undefined;
}

export function settingDefinitions(sections: readonly SettingsSection[], ui: DefinitionsUi): SettingDefinitionItem[] {
	const out: SettingDefinitionItem[] = [];
	for (const section of sections) {
		let items: SettingGroupItem[] = [];
		out.push({ type: "group", heading: section.heading, items });
		for (const field of section.fields) {
			if (field.kind !== "folders") {
				items.push(definition(field, ui));
				continue;
			}
			// A list cannot sit inside a group: it follows the group, and the section goes on after it.
			out.push(folderList(field, ui));
			items = [];
			out.push({ type: "group", items });
		}
	}
	return out.filter((item) => !("type" in item && item.type === "group" && item.items?.length === 0));
}

function definition(field: Exclude<SettingField, FoldersField>, ui: DefinitionsUi): SettingDefinition {
	const base = { name: field.name, desc: field.desc, aliases: field.aliases };
	switch (field.kind) {
		case "text":
			return {
				...base,
				control: {
					type: "text",
					key: field.key,
					placeholder: field.placeholder,
					validate: (v: string) => {
						ui.typed(field.key, v);
						return message(field.write(v));
					},
				},
			};
		case "number":
			return {
				...base,
				control: {
					type: "number",
					key: field.key,
					min: field.bounds.min,
					max: field.bounds.max,
					step: field.bounds.integer ? 1 : "any",
					defaultValue: field.fallback,
					validate: (n: number) => message(field.write(n)),
				},
			};
		case "toggle":
			return { ...base, control: { type: "toggle", key: field.key } };
		case "dropdown":
			return { ...base, control: { type: "dropdown", key: field.key, options: field.options, validate: (v: string) => message(field.write(v)) } };
		case "lines":
			return { ...base, control: { type: "textarea", key: field.key, rows: 4 } };
		case "apiKey":
			return { ...base, render: (setting: Setting) => ui.renderApiKey(setting, field) };
		case "action":
			return { ...base, action: () => ui.runAction(field) };
	}
}

function folderList(field: FoldersField, ui: DefinitionsUi): SettingDefinitionList {
	return {
		type: "list",
		heading: field.name,
		emptyState: field.emptyState,
		addItem: { name: "Add folder", action: () => ui.pickFolder(field) },
		onDelete: (index) => ui.removeFolder(field, index),
		// Rows are values, not settings: settings search finds the list, not each folder.
		items: field.read(ui.settings()).map((folder) => ({ name: folder, searchable: false })),
	};
}

/** The control field stored under `key`, if any. */
export function controlField(sections: readonly SettingsSection[], key: string): ControlField | null {
	for (const section of sections) {
		for (const field of section.fields) if (isControlField(field) && field.key === key) return field;
	}
	return null;
}

/** A value from a control → the change to save, through the model's validation. */
export function writeControl(field: ControlField, value: unknown): Result<SettingsPatch> {
	switch (field.kind) {
		case "number":
			return typeof value === "number" ? field.write(value) : { error: `Enter a number for ${field.bounds.what}.` };
		case "toggle":
			return typeof value === "boolean" ? { value: field.write(value) } : { error: "Expected on or off." };
		default:
			return typeof value === "string" ? field.write(value) : { error: "Expected text." };
	}
}
