// The app version the fake Obsidian reports (`apiVersion`, `requireApiVersion`). Tests set an
// older one to run the plugin as it runs on an app without the newer APIs: the fake then leaves
// those APIs out (no `app.secretStorage` before 1.11.4, no `SettingTab.update` before 1.13.0),
// so code that reached them unguarded fails as it would there.

/** The version of the `obsidian` types the project builds against. */
export const CURRENT_API_VERSION = "1.13.1";

let version = CURRENT_API_VERSION;

export function currentApiVersion(): string {
	return version;
}

function parts(v: string): number[] {
	return v.split(".").map((p) => Number.parseInt(p, 10) || 0);
}

/** True when the simulated app is `wanted` or newer (Obsidian's semantics). */
export function requireApiVersion(wanted: string): boolean {
	const have = parts(version);
	const want = parts(wanted);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const d = (have[i] ?? 0) - (want[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

/** Test helper: simulates another app version; returns the previous one (restore it after). */
export function setApiVersion(v: string): string {
	const previous = version;
	version = v;
	return previous;
}
