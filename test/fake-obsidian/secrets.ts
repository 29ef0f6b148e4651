// Obsidian's secret storage (1.11.4+): secrets kept per device under a name any plugin can use,
// and the settings control that picks one by name.
import type * as O from "obsidian";
import { Events } from "./events";
import { BaseComponent } from "./ui";
import { requireApiVersion } from "./version";
import type { App } from "./workspace";

export class SecretStorage extends Events implements Pick<O.SecretStorage, "getSecret" | "setSecret" | "listSecrets"> {
	private secrets = new Map<string, string>();

	setSecret(id: string, secret: string): void {
		// As documented: "Lowercase alphanumeric ID with optional dashes", else it throws.
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`Invalid secret id: ${id}`);
		this.secrets.set(id, secret);
	}

	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}

	listSecrets(): string[] {
		return [...this.secrets.keys()].sort();
	}
}

/**
 * Picks a secret by name. Obsidian draws a button that opens its secret list; the fake draws a
 * select of the stored names, so a test chooses one with `choose`.
 */
export class SecretComponent extends BaseComponent {
	readonly selectEl: HTMLSelectElement;
	private changeCallbacks: Array<(value: string) => unknown> = [];

	constructor(app: App, containerEl: HTMLElement) {
		super();
		if (!requireApiVersion("1.11.1") || !app.secretStorage) throw new Error("SecretComponent does not exist before Obsidian 1.11.1");
		this.selectEl = containerEl.createEl("select", { cls: "secret-component" });
		this.selectEl.createEl("option", { value: "", text: "None" });
		for (const id of app.secretStorage.listSecrets()) this.selectEl.createEl("option", { value: id, text: id });
		this.selectEl.addEventListener("change", () => {
			for (const cb of this.changeCallbacks) void cb(this.selectEl.value);
		});
	}

	setValue(value: string): this {
		if (value && ![...this.selectEl.options].some((o) => o.value === value)) this.selectEl.createEl("option", { value, text: value });
		this.selectEl.value = value;
		return this;
	}

	onChange(cb: (value: string) => unknown): this {
		this.changeCallbacks.push(cb);
		return this;
	}

	/** Test helper: the user picks the secret named `id`. */
	choose(id: string): void {
		this.setValue(id);
		this.selectEl.dispatchEvent(new Event("change"));
	}
}
