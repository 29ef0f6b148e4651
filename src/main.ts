// Lifecycle and wiring only. Shared glue lives in src/plugin/ (services, commands, status bar,
// settings tab); each feature folder (src/panel/, src/cited-in/) hooks in through its one
// `register` function, taking the plugin and the services (src/plugin/services.ts), and adds its
// views, post-processors and events with the plugin's register* methods so unload removes them.
import { Plugin } from "obsidian";
import type { Clock } from "./lib/clock";
import { windowClock } from "./plugin/clock";
import { ReferenceCheckSettingTab } from "./plugin/settings-tab";
import { PluginServices } from "./plugin/plugin-services";
import { registerCommands, registerMenus } from "./plugin/commands";
import { StatusBar } from "./plugin/status-bar";
import { registerPanel } from "./panel/register";
import { displayCitedInSettings, registerCitedIn } from "./cited-in/register";

export default class ReferenceCheckPlugin extends Plugin {
	/** Time that paces OpenAlex requests and back-off (tests of the bundle pass a fake clock). */
	protected clock(): Clock {
		return windowClock;
	}

	async onload(): Promise<void> {
		const services = new PluginServices(this.app, this, await this.loadData(), this.clock());
		// Features' settings sections are handed to the shared tab here: plugin code never imports a feature.
		this.addSettingTab(new ReferenceCheckSettingTab(this.app, this, services, [displayCitedInSettings]));
		registerCommands(this, services);
		registerMenus(this, services);
		// A run in progress stops with the plugin (no requests after unload).
		this.register(() => services.runs.cancel());

		registerPanel(this, services);
		registerCitedIn(this, services);

		this.addChild(new StatusBar(this.addStatusBarItem(), services));
	}
}
