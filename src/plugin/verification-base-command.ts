// "Create verification base": writes the Bases file of core/verification-base.ts at the vault's
// root and opens it. An existing file of that name is opened, never overwritten (a person may
// have edited its views).
import { Notice, normalizePath, type App, type TFile } from "obsidian";
import { VERIFICATION_BASE_NAME, verificationBaseText } from "../core/verification-base";
import type { ReferenceCheckSettings } from "../core/settings";

export async function createVerificationBase(app: App, settings: Readonly<ReferenceCheckSettings>): Promise<TFile | null> {
	const path = normalizePath(VERIFICATION_BASE_NAME);
	let file = app.vault.getFileByPath(path);
	if (file) {
		new Notice(`${path} already exists: opened it. Delete it to write a fresh one.`);
	} else {
		try {
			file = await app.vault.create(path, verificationBaseText(settings));
		} catch (e) {
			new Notice(`Could not create ${path}: ${e instanceof Error ? e.message : String(e)}`);
			return null;
		}
		new Notice(`Created ${path}: views of reference notes that need attention, not found, retracted, stale and unchecked.`);
	}
	await app.workspace.getLeaf(false).openFile(file);
	return file;
}
