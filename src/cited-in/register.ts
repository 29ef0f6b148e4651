// cited_in's entry points: `registerCitedIn` wires the feature into the plugin (the index service,
// the reading-view sections, the sidebar view, the hover source and the commands), and
// `CITED_IN_SETTINGS_SECTION` is its section of the settings tab. main.ts uses both.
import type { Plugin } from "obsidian";
import type { CitedInIndexSettings } from "../core/cited-in/reverse-index";
import { isNotAReference, readReference } from "../core/reference";
import { noteVerdict } from "../core/verdict";
import { noteStatus } from "../plugin/note-status";
import type { CitationProblems, ReferenceCheckServices, StatusSignal } from "../plugin/services";
import type { ReferenceCheckSettings } from "../core/settings";
import type { CitedInHost } from "./host";
import { CitedInIndexService } from "./index-service";
import { runCitedInUpdate } from "./update-command";
import { checkPageReferences } from "./page-report";
import { citedInPostProcessor } from "./reading-section";
import { CITED_IN_VIEW_TYPE, CitedInView } from "./view";
import { count } from "../core/messages";

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

	registerCitationSignals(plugin, services, indexes, host);

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
		id: "check-page-references",
		name: "Check the references this page cites",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || services.runs.isRunning() || !indexes.index.isPage(file.path)) return false;
			const report = indexes.index.referencesOf(file.path);
			if (!report.references.some((r) => r.via.some((v) => v !== "folder")) && report.unknownKeys.length === 0) return false;
			if (!checking) void checkPageReferences(app, services, indexes, file.path, (path) => host.status(path));
			return true;
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

/**
 * What the pages cite, told elsewhere: the panel's list of unknown `[@key]`s and cited references
 * never checked (computed when asked, kept until the index or a verdict changes), and the status
 * bar's line for a page citing retracted works, unknown keys or never-checked references.
 */
function registerCitationSignals(plugin: Plugin, services: ReferenceCheckServices, indexes: CitedInIndexService, host: CitedInHost): void {
	let cached: CitationProblems | null = null;
	const changed = () => {
		cached = null;
		services.refreshStatus();
	};
	plugin.register(indexes.onChange(changed));
	plugin.register(services.runs.onResult(changed));
	plugin.register(
		services.provideCitationProblems(() => {
			if (cached) return cached;
			const index = indexes.index;
			const neverChecked: CitationProblems["neverChecked"] = [];
			for (const path of index.references()) {
				if (host.status(path).kind !== "unchecked") continue;
				const pages = index.pagesCiting(path);
				if (pages.length > 0) neverChecked.push({ path, pages });
			}
			cached = { unknownKeys: index.unknownKeys(), neverChecked };
			return cached;
		}),
	);
	plugin.register(
		services.addStatusSignal((file): StatusSignal | null => {
			const index = indexes.index;
			if (index.isReference(file.path) || !index.isPage(file.path)) return null;
			const report = index.referencesOf(file.path);
			const cited = report.references.filter((r) => r.via.some((v) => v !== "folder"));
			const kinds = cited.map((r) => host.status(r.path).kind);
			const retracted = kinds.filter((k) => k === "retracted").length;
			const never = kinds.filter((k) => k === "unchecked").length;
			const unknown = report.unknownKeys.length;
			const parts: string[] = [];
			if (retracted) parts.push(`cites ${count(retracted, "retracted work")}`);
			if (unknown) parts.push(count(unknown, "unknown citation"));
			if (never) parts.push(`${never} never checked`);
			if (parts.length === 0) return null;
			const label = parts.join(", ");
			const details: string[] = [];
			if (retracted) details.push(`This page cites ${count(retracted, "work")} OpenAlex marks as retracted.`);
			if (unknown) details.push(`No reference note for ${report.unknownKeys.map((k) => `@${k}`).join(", ")}.`);
			if (never) details.push(`${count(never, "cited reference was", "cited references were")} never checked against OpenAlex.`);
			return { kind: retracted ? "retracted" : "unknown", label: label[0].toUpperCase() + label.slice(1), detail: details.join(" ") };
		}),
	);
}
