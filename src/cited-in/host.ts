// What the cited_in views need from the plugin, and the Obsidian side of links: open on click
// (new tab with Ctrl/Cmd or middle click) and Obsidian's hover preview.
import { debounce, Keymap, setIcon, type App, type Component, type HoverParent } from "obsidian";
import type { NoteStatus } from "../plugin/note-status";
import type { CitedInIndexService } from "./index-service";
import type { CitedInSettings } from "../core/cited-in/settings";
import type { ModelSource } from "./model";
import type { LinkHandlers } from "./render";

export interface CitedInHost {
	readonly app: App;
	readonly indexes: CitedInIndexService;
	settings(): Readonly<CitedInSettings>;
	/** Called after settings are saved. Returns an unsubscribe function. */
	onSettingsChange(cb: () => void): () => void;
	/** A reference note's verdict, in the status bar's words. */
	status(path: string): NoteStatus;
	/** Called after a verification result was written. Returns an unsubscribe function. */
	onStatusChange(cb: () => void): () => void;
}

/** Delay before re-rendering after a change, so a burst of events renders once. */
const RERENDER_MS = 150;

/**
 * Re-renders (once per burst) whenever the index, the settings or a verification state changes;
 * the subscriptions and a pending render end with `component`. Returns the scheduler, for other
 * events the caller watches.
 */
export function rerenderOnChanges(component: Component, host: CitedInHost, render: () => void): () => void {
	const later = debounce(render, RERENDER_MS);
	component.register(host.indexes.onChange(() => later()));
	component.register(host.onSettingsChange(() => later()));
	component.register(host.onStatusChange(() => later()));
	component.register(() => later.cancel());
	return () => later();
}

export function modelSource(host: CitedInHost): ModelSource {
	const { vault, metadataCache } = host.app;
	return {
		index: host.indexes.index,
		frontmatter: (path) => {
			const file = vault.getFileByPath(path);
			return file ? (metadataCache.getFileCache(file)?.frontmatter ?? null) : null;
		},
		linktext: (path, sourcePath) => {
			const file = vault.getFileByPath(path);
			return file ? metadataCache.fileToLinktext(file, sourcePath, true) : path;
		},
		status: (path) => host.status(path),
	};
}

/** `source` is a hover-link source id: "preview" in reading view, the view type in the sidebar. */
export function linkHandlers(app: App, sourcePath: string, source: string, hoverParent: HoverParent): LinkHandlers {
	return {
		open: (evt, linktext) => {
			void app.workspace.openLinkText(linktext, sourcePath, Keymap.isModEvent(evt));
		},
		hover: (evt, targetEl, linktext) => {
			app.workspace.trigger("hover-link", { event: evt, source, hoverParent, targetEl, linktext, sourcePath });
		},
		icon: (el, name) => setIcon(el, name),
	};
}
