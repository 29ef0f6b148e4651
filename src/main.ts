import { Plugin } from "obsidian";

export default class ReferenceCheckPlugin extends Plugin {
	async onload(): Promise<void> {}
}
