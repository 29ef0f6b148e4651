// Lifecycle and wiring only. Shared glue lives in src/plugin/ (services, commands, status bar,
// settings tab); each feature folder (src/panel/, src/cited-in/) hooks in through its one
// `register` function, taking the plugin and the services (src/plugin/services.ts), and adds its
// views, post-processors and events with the plugin's register* methods so unload removes them.
import { Plugin } from "obsidian";
import type { Clock } from "./lib/clock";
import { windowClock } from "./plugin/clock";
import { ReferenceCheckSettingTab } from "./plugin/settings-tab";
import { PLUGIN_SECTIONS } from "./plugin/settings-model";
import { PluginServices } from "./plugin/plugin-services";
import { registerCommands, registerMenus } from "./plugin/commands";
import { StatusBar } from "./plugin/status-bar";
import { AutoChecker } from "./plugin/auto-check";
import { registerPanel } from "./panel/register";
import { CITED_IN_SETTINGS_SECTION, registerCitedIn } from "./cited-in/register";

export default class ReferenceCheckPlugin extends Plugin {
	private services: PluginServices | null = null;
	private settingTab: ReferenceCheckSettingTab | null = null;
	/** The automatic checks (set in onload; tests read their outcomes). */
	autoChecks: AutoChecker | null = null;

	/** Time that paces OpenAlex requests and back-off (tests of the bundle pass a fake clock). */
	protected clock(): Clock {
		return windowClock;
	}

	async onload(): Promise<void> {
		const services = new PluginServices(this.app, this, this.clock());
		await services.load(await this.loadData());
		this.services = services;
		// Features' settings sections are handed to the shared tab here: plugin code never imports a feature.
		this.settingTab = new ReferenceCheckSettingTab(this.app, this, services, [...PLUGIN_SECTIONS, CITED_IN_SETTINGS_SECTION]);
		this.addSettingTab(this.settingTab);
		registerCommands(this, services);
		registerMenus(this, services);
		// A run in progress stops with the plugin (no requests after unload).
		this.register(() => services.runs.cancel());

		registerPanel(this, services);
		registerCitedIn(this, services);

		this.autoChecks = this.addChild(new AutoChecker(this.app, services, this.clock()));
		this.addChild(new StatusBar(this.addStatusBarItem(), services, this.autoChecks));
		this.register(() => {
			this.services = null;
			this.settingTab = null;
		});
	}

	/** data.json changed on disk (a sync from another device): the new settings apply now. */
	async onExternalSettingsChange(): Promise<void> {
		if (!this.services) return;
		await this.services.load(await this.loadData());
		this.settingTab?.refresh();
	}
}
