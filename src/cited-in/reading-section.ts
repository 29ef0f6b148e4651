// Reading view: the "Cited in" and "References" sections, added by a Markdown post-processor to
// the note's first section (the frontmatter block, or the first paragraph of a note without one),
// so they sit at the top like properties. A MarkdownRenderChild keeps them current: it re-renders
// on index, settings and verification changes and is unloaded with the rendered section.
// Live preview gets the same sections from the sidebar view (view.ts): a CodeMirror ViewPlugin
// would duplicate this rendering inside the editor for little gain.
import { MarkdownRenderChild, type HoverPopover, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from "obsidian";
import { citedInSectionModel, referencesSectionModel, sectionsFor } from "./model";
import { linkHandlers, modelSource, rerenderOnChanges, type CitedInHost } from "./host";
import { renderCitedInSection, renderReferencesSection } from "./render";

function isFirstSection(el: HTMLElement, ctx: MarkdownPostProcessorContext): boolean {
	if (el.querySelector("pre.frontmatter") || el.hasClass("mod-frontmatter")) return true;
	return ctx.getSectionInfo(el)?.lineStart === 0;
}

export class CitedInSectionsChild extends MarkdownRenderChild {
	hoverPopover: HoverPopover | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly host: CitedInHost,
		private readonly sourcePath: string,
	) {
		super(containerEl);
	}

	onload(): void {
		this.render();
		rerenderOnChanges(this, this.host, () => this.render());
	}

	render(): void {
		const el = this.containerEl;
		el.empty();
		const settings = this.host.settings();
		const index = this.host.indexes.index;
		const show = sectionsFor(index, this.sourcePath);
		const handlers = linkHandlers(this.host.app, this.sourcePath, "preview", this);
		const src = modelSource(this.host);
		if (settings.showCitedInSection && show.citedIn) renderCitedInSection(el, citedInSectionModel(src, this.sourcePath), handlers);
		if (settings.showReferencesSection && show.references) renderReferencesSection(el, referencesSectionModel(src, this.sourcePath), handlers);
		el.toggleClass("reference-check-hidden", el.childElementCount === 0);
	}
}

export function citedInPostProcessor(host: CitedInHost): MarkdownPostProcessor {
	return (el, ctx) => {
		if (!ctx.sourcePath || !isFirstSection(el, ctx)) return;
		const container = el.createDiv({ cls: "reference-check-reading-sections" });
		ctx.addChild(new CitedInSectionsChild(container, host, ctx.sourcePath));
	};
}
