// Asks for an optional note before marking a reference verified by a person.
import { Modal, Setting, type App } from "obsidian";

export class VerifyModal extends Modal {
	private notes = "";
	private done = false;

	constructor(
		app: App,
		private readonly referenceTitle: string,
		private readonly onSubmit: (notes: string) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle("Mark as verified");
		this.contentEl.createEl("p", { text: `You checked "${this.referenceTitle}" yourself. Add a note on how (optional).` });
		new Setting(this.contentEl).setName("Note").addTextArea((area) => {
			area.setPlaceholder("Checked against the publisher's page");
			area.onChange((value) => {
				this.notes = value;
			});
		});
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Mark verified")
					.setCta()
					.onClick(() => {
						this.done = true;
						this.close();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
		if (this.done) this.onSubmit(this.notes);
	}
}
