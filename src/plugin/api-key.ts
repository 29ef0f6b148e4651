// Where the OpenAlex API key lives. From Obsidian 1.11.4 in the app's secret storage (kept per
// device, shareable by name with other plugins) with only the secret's name in data.json; on older
// apps in data.json, as before. A key found in data.json where secret storage exists is moved
// there once. The key is never logged, shown, or written into notes.
import { requireApiVersion, type App } from "obsidian";
import type { ReferenceCheckSettings } from "../core/settings";

/** The part of Obsidian's SecretStorage the plugin uses. */
export interface SecretStore {
	getSecret(id: string): string | null;
	setSecret(id: string, secret: string): void;
}

/** The app's secret storage; null on an app without one. */
export function appSecretStore(app: App): SecretStore | null {
	if (requireApiVersion("1.11.4")) return app.secretStorage;
	return null;
}

/** The name a migrated key is stored under (other plugins that use OpenAlex can pick it too). */
export const API_KEY_SECRET_NAME = "openalex-api-key";

/** The name to store `key` under: the usual one, unless another secret holds it ("…-2", "…-3"…). */
function nameFor(store: SecretStore, key: string): string {
	for (let n = 1; ; n++) {
		const name = n === 1 ? API_KEY_SECRET_NAME : `${API_KEY_SECRET_NAME}-${n}`;
		const held = store.getSecret(name);
		if (held === null || held === key) return name;
	}
}

/**
 * Settings with the key moved out of data.json into secret storage, for the caller to save; null
 * when there is nothing to move (no key in data.json, or no secret storage). A secret already
 * chosen and present on this device is kept (the stale copy in data.json is dropped); a secret
 * chosen but missing here (secret storage is per device) receives the key.
 */
export function migrateApiKey(settings: Readonly<ReferenceCheckSettings>, store: SecretStore | null): ReferenceCheckSettings | null {
	if (!store || settings.apiKey === "") return null;
	const chosen = settings.apiKeySecret;
	if (chosen && store.getSecret(chosen) !== null) return { ...settings, apiKey: "" };
	const name = chosen || nameFor(store, settings.apiKey);
	try {
		store.setSecret(name, settings.apiKey);
	} catch {
		return null; // the storage refused it: the key stays where it was, and still works
	}
	return { ...settings, apiKey: "", apiKeySecret: name };
}

/** The key to send: the chosen secret's value, else a key still kept in the settings; null: none. */
export function resolveApiKey(settings: Readonly<ReferenceCheckSettings>, store: SecretStore | null): string | null {
	if (store && settings.apiKeySecret) return store.getSecret(settings.apiKeySecret) || null;
	return settings.apiKey || null;
}
