// Asks before a write that cannot keep everything: a value's comments that YAML leaves no place
// for once the value is rewritten.
import { Modal, Setting, type App } from "obsidian";

export class ConfirmModal extends Modal {
	private confirmed = false;

	constructor(
		app: App,
		private readonly title: string,
		private readonly lines: string[],
		private readonly confirmLabel: string,
		private readonly onAnswer: (confirmed: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(this.title);
		for (const line of this.lines) this.contentEl.createEl("p", { text: line });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(this.confirmLabel)
					.setCta()
					.onClick(() => {
						this.confirmed = true;
						this.close();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
		this.onAnswer(this.confirmed);
	}
}
