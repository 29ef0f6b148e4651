// Reading view, as far as the cited_in sections need it: a note's first section rendered through
// the registered Markdown post-processors, their render children loaded (and kept in `children`,
// for the caller to unload).
import type { MarkdownPostProcessorContext, MarkdownRenderChild } from "obsidian";
import type { App } from "../fake-obsidian/index";

export function renderReading(app: App, path: string, children: MarkdownRenderChild[]): HTMLElement {
	const el = document.createElement("div");
	el.addClass("el-pre", "mod-frontmatter");
	el.createEl("pre", { cls: "frontmatter" });
	document.body.appendChild(el);
	const ctx = {
		docId: "doc",
		sourcePath: path,
		frontmatter: app.metadataCache.getCache(path)?.frontmatter,
		addChild: (child: MarkdownRenderChild) => {
			child.load();
			children.push(child);
		},
		getSectionInfo: () => ({ text: "", lineStart: 0, lineEnd: 3 }),
	} as unknown as MarkdownPostProcessorContext;
	for (const pp of app.postProcessors) void pp(el, ctx);
	return el;
}
