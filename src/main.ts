// Lifecycle and wiring only. Feature modules hook in through a register function taking the
// plugin and the services (src/plugin/services.ts); they add views, post-processors and events
// with the plugin's register* methods so unload removes them.
import { Plugin } from "obsidian";
import { ReferenceCheckSettingTab } from "./settings";
import { PluginServices } from "./plugin/plugin-services";
import { registerCommands, registerMenus } from "./plugin/commands";
import { StatusBar } from "./plugin/status-bar";
import { registerPanelView } from "./ui/panel/register";
import { registerCitedIn } from "./plugin/cited-in-register";

export default class ReferenceCheckPlugin extends Plugin {
	async onload(): Promise<void> {
		const services = new PluginServices(this.app, this, await this.loadData());
		this.addSettingTab(new ReferenceCheckSettingTab(this.app, this, services));
		registerCommands(this, services);
		registerMenus(this, services);
		// A run in progress stops with the plugin (no requests after unload).
		this.register(() => services.runs.cancel());

		// Feature modules (mismatch panel: src/ui/panel/, cited_in: src/plugin/cited-in-*.ts).
		registerPanelView(this, services);
		registerCitedIn(this, services);

		this.addChild(new StatusBar(this.addStatusBarItem(), services));
	}
}
