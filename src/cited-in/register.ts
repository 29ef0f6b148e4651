// cited_in's entry points: `registerCitedIn` wires the feature into the plugin (the index service,
// the reading-view sections, the sidebar view, the hover source and the commands), and
// `CITED_IN_SETTINGS_SECTION` is its section of the settings tab. main.ts uses both.
import type { Plugin } from "obsidian";
import type { CitedInIndexSettings } from "../core/cited-in/reverse-index";
import { isNotAReference, readReference } from "../core/reference";
import { noteVerdict } from "../core/verdict";
import { noteStatus } from "../plugin/note-status";
import type { ReferenceCheckServices } from "../plugin/services";
import type { ReferenceCheckSettings } from "../core/settings";
import type { CitedInHost } from "./host";
import { CitedInIndexService } from "./index-service";
import { runCitedInUpdate } from "./update-command";
import { citedInPostProcessor } from "./reading-section";
import { CITED_IN_VIEW_TYPE, CitedInView } from "./view";

export { CITED_IN_SETTINGS_SECTION } from "./settings-section";

export function registerCitedIn(plugin: Plugin, services: ReferenceCheckServices): void {
	const { app } = plugin;
	const indexSettingsOf = (s: Readonly<ReferenceCheckSettings>): CitedInIndexSettings => ({
		citedInKey: s.citedInKey,
		citationKeyField: s.citationKeyField,
		typeValue: s.referenceTypeValue || undefined,
	});
	let indexSettings = indexSettingsOf(services.settings());
	const indexes = new CitedInIndexService(app, indexSettings);
	indexes.start(plugin);
	plugin.register(
		services.onSettingsChange((s) => {
			const next = indexSettingsOf(s);
			if (next.citedInKey === indexSettings.citedInKey && next.citationKeyField === indexSettings.citationKeyField && next.typeValue === indexSettings.typeValue) return;
			indexSettings = next;
			void indexes.rebuild(next);
		}),
	);

	const host: CitedInHost = {
		app,
		indexes,
		settings: () => services.settings(),
		onSettingsChange: (cb) => services.onSettingsChange(() => cb()),
		onStatusChange: (cb) => services.runs.onResult(() => cb()),
		status: (path) => {
			const file = app.vault.getFileByPath(path);
			const fm = (file && app.metadataCache.getFileCache(file)?.frontmatter) ?? {};
			const settings = services.settings();
			const read = readReference(fm, { citationKeyField: settings.citationKeyField });
			const reference = isNotAReference(read) ? null : read;
			return noteStatus(noteVerdict(fm, { staleDays: settings.staleDays, now: new Date(), error: services.runs.errorFor(path), reference }));
		},
	};

	plugin.registerMarkdownPostProcessor(citedInPostProcessor(host));
	plugin.registerView(CITED_IN_VIEW_TYPE, (leaf) => new CitedInView(leaf, host));
	plugin.registerHoverLinkSource(CITED_IN_VIEW_TYPE, { display: plugin.manifest.name, defaultMod: true });

	plugin.addCommand({
		id: "update-cited-in",
		name: "Update cited_in from citations",
		callback: () => {
			void runCitedInUpdate(app, indexes, services.settings());
		},
	});
	plugin.addCommand({
		id: "open-citations-view",
		name: "Open citations for the current note",
		callback: () => {
			void app.workspace.ensureSideLeaf(CITED_IN_VIEW_TYPE, "right", { active: true, reveal: true });
		},
	});
}
