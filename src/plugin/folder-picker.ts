// Picks a vault folder by fuzzy search: how the settings tab adds an include or exclude folder,
// in both of its forms (settings-tab.ts).
import { FuzzySuggestModal, type App, type TFolder } from "obsidian";

export class FolderPickerModal extends FuzzySuggestModal<TFolder> {
	constructor(
		app: App,
		/** Folders already listed, not offered again. */
		private readonly listed: readonly string[],
		private readonly onPick: (path: string) => void,
	) {
		super(app);
		this.setPlaceholder("Choose a folder");
	}

	getItems(): TFolder[] {
		return this.app.vault.getAllFolders(false).filter((f) => !this.listed.includes(f.path));
	}

	getItemText(folder: TFolder): string {
		return folder.path;
	}

	onChooseItem(folder: TFolder): void {
		this.onPick(folder.path);
	}
}
