// DOM for the "Cited in" and "References" sections, built from plain models (model.ts) so the
// same code renders in reading view, in the sidebar view, in tests and in screenshots. No
// `obsidian` import: opening, hovering and icons come in through `LinkHandlers`.
import type { CitationVia } from "../core/cited-in/reverse-index";

/** A link to a note; `resolved` false renders like Obsidian's unresolved links. */
export interface LinkModel {
	/** What Obsidian's openLinkText / hover preview take. */
	linktext: string;
	display: string;
	resolved: boolean;
}

export type CitedInEntryModel =
	| { kind: "note"; value: string; link: LinkModel; cites: boolean }
	| { kind: "folder"; value: string; folder: string; note: LinkModel | null; pages: LinkModel[] }
	| { kind: "unresolved"; value: string; link: LinkModel; reason: string };

export interface CitedInSectionModel {
	citationKey: string | null;
	entries: CitedInEntryModel[];
}

export type BadgeKind = "retracted" | "verified" | "mismatch" | "not-found" | "unchecked";

export interface BadgeModel {
	kind: BadgeKind;
	label: string;
	/** Full sentence for the tooltip. */
	detail: string;
	/** Major mismatches are coloured like the panel's major group. */
	major?: boolean;
}

export interface ReferenceItemModel {
	link: LinkModel;
	title: string;
	citationKey: string | null;
	badge: BadgeModel;
	via: CitationVia[];
}

export interface ReferencesSectionModel {
	items: ReferenceItemModel[];
	/** Citation keys in the page with no reference note. */
	unknownKeys: string[];
	/** Cited references whose work OpenAlex marks as retracted (a warning at the top). */
	retracted: LinkModel[];
	/** Cited references never checked against OpenAlex. */
	neverChecked: LinkModel[];
}

export interface LinkHandlers {
	/** Click (newTab: the event asked for a new tab, e.g. Ctrl/Cmd-click or middle click). */
	open(evt: MouseEvent, linktext: string): void;
	/** Mouse over a link: trigger Obsidian's hover preview. */
	hover(evt: MouseEvent, targetEl: HTMLElement, linktext: string): void;
	/** Sets a Lucide icon (Obsidian's setIcon); optional so tests and screenshots may skip it. */
	icon?(el: HTMLElement, name: string): void;
}

const VIA_LABEL: Record<CitationVia, string> = {
	citation: "cited",
	link: "linked",
	cited_in: "cited_in",
	folder: "cited_in folder",
};

const VIA_DETAIL: Record<CitationVia, string> = {
	citation: "Cited in this page's text with [@key]",
	link: "Linked from this page's text",
	cited_in: "Its cited_in names this page",
	folder: "Its cited_in names a folder holding this page",
};

/** An internal link that opens on click (new tab with Ctrl/Cmd or middle click) and previews on hover. */
export function renderLink(parent: HTMLElement, link: LinkModel, handlers: LinkHandlers, cls?: string): HTMLAnchorElement {
	const a = parent.createEl("a", {
		cls: ["internal-link", ...(link.resolved ? [] : ["is-unresolved"]), ...(cls ? [cls] : [])],
		text: link.display,
		attr: { "data-href": link.linktext, href: link.linktext, target: "_blank", rel: "noopener" },
	});
	// Handled here, not by reading view's own link handler (stopPropagation): one open per click.
	a.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		handlers.open(evt, link.linktext);
	});
	a.addEventListener("auxclick", (evt) => {
		if (evt.button !== 1) return;
		evt.preventDefault();
		evt.stopPropagation();
		handlers.open(evt, link.linktext);
	});
	a.addEventListener("mouseover", (evt) => handlers.hover(evt, a, link.linktext));
	return a;
}

function sectionShell(el: HTMLElement, cls: string, title: string, handlers: LinkHandlers, icon: string): HTMLElement {
	const section = el.createDiv({ cls: ["reference-check-section", cls] });
	const heading = section.createDiv({ cls: "reference-check-section-title" });
	if (handlers.icon) handlers.icon(heading.createSpan({ cls: "reference-check-section-icon" }), icon);
	heading.createSpan({ text: title });
	return section;
}

/** The "Cited in" section of a reference note. */
export function renderCitedInSection(el: HTMLElement, model: CitedInSectionModel, handlers: LinkHandlers): HTMLElement {
	const section = sectionShell(el, "reference-check-cited-in", "Cited in", handlers, "quote");
	if (model.entries.length === 0) {
		section.createDiv({ cls: "reference-check-empty", text: "No cited_in values." });
		return section;
	}
	const list = section.createEl("ul", { cls: "reference-check-cited-in-list" });
	for (const entry of model.entries) {
		const li = list.createEl("li", { cls: `reference-check-cited-in-${entry.kind}` });
		if (entry.kind === "note") {
			renderLink(li, entry.link, handlers);
			if (!entry.cites && model.citationKey) {
				li.createSpan({ cls: "reference-check-muted", text: ` (no [@${model.citationKey}] there)` });
			}
		} else if (entry.kind === "unresolved") {
			const a = renderLink(li, entry.link, handlers);
			a.setAttr("aria-label", entry.reason);
		} else {
			const head = li.createDiv({ cls: "reference-check-folder" });
			if (handlers.icon) handlers.icon(head.createSpan({ cls: "reference-check-folder-icon" }), "folder");
			if (entry.note) renderLink(head, { ...entry.note, display: entry.value }, handlers);
			else head.createSpan({ cls: "reference-check-folder-name", text: entry.value, attr: { "aria-label": entry.folder } });
			const count = entry.pages.length;
			head.createSpan({
				cls: "reference-check-muted",
				text: count === 0 ? " no page here cites it" : ` ${count} ${count === 1 ? "page cites" : "pages cite"} it`,
			});
			if (count > 0) {
				const pages = li.createEl("ul", { cls: "reference-check-pages" });
				for (const p of entry.pages) renderLink(pages.createEl("li"), p, handlers);
			}
		}
	}
	return section;
}

function renderReferenceList(parent: HTMLElement, items: ReferenceItemModel[], handlers: LinkHandlers): void {
	const list = parent.createEl("ul", { cls: "reference-check-references-list" });
	for (const item of items) {
		const li = list.createEl("li", { cls: "reference-check-reference" });
		li.createSpan({
			cls: ["reference-check-badge", `reference-check-badge-${item.badge.kind}`, ...(item.badge.major ? ["reference-check-badge-major"] : [])],
			text: item.badge.label,
			attr: { "aria-label": item.badge.detail },
		});
		const body = li.createDiv({ cls: "reference-check-reference-body" });
		renderLink(body, item.link, handlers, "reference-check-reference-link");
		const meta = body.createDiv({ cls: "reference-check-reference-meta" });
		if (item.citationKey) meta.createSpan({ cls: "reference-check-citekey", text: `@${item.citationKey}` });
		const via = meta.createSpan({ cls: "reference-check-via" });
		for (const v of item.via) via.createSpan({ cls: `reference-check-via-${v.replace("_", "-")}`, text: VIA_LABEL[v], attr: { "aria-label": VIA_DETAIL[v] } });
	}
}

/** The "References" section of a page: the references it cites, with their verification badges. */
export function renderReferencesSection(el: HTMLElement, model: ReferencesSectionModel, handlers: LinkHandlers): HTMLElement {
	const section = sectionShell(el, "reference-check-references", "References", handlers, "book-open");
	if (model.items.length === 0 && model.unknownKeys.length === 0) {
		section.createDiv({ cls: "reference-check-empty", text: "This note cites no references." });
		return section;
	}
	if (model.retracted.length > 0) {
		const warning = section.createDiv({ cls: "reference-check-section-warning reference-check-retracted-warning", attr: { role: "alert" } });
		if (handlers.icon) handlers.icon(warning.createSpan({ cls: "reference-check-section-icon" }), "ban");
		warning.appendText(model.retracted.length === 1 ? "Cites a retracted work: " : `Cites ${model.retracted.length} retracted works: `);
		model.retracted.forEach((link, i) => {
			if (i > 0) warning.appendText(", ");
			renderLink(warning, link, handlers);
		});
	}
	// References tied only through a folder's cited_in come last, folded: in a big project folder
	// they would bury the ones this page really cites.
	const direct = model.items.filter((i) => i.via.some((v) => v !== "folder"));
	const folderOnly = model.items.filter((i) => i.via.every((v) => v === "folder"));
	if (direct.length > 0) renderReferenceList(section, direct, handlers);
	if (folderOnly.length > 0) {
		const details = section.createEl("details", { cls: "reference-check-folder-references" });
		if (direct.length === 0) details.setAttr("open", true);
		details.createEl("summary", { text: `Listed for this folder (${folderOnly.length})` });
		renderReferenceList(details, folderOnly, handlers);
	}
	if (model.neverChecked.length > 0) {
		const never = section.createDiv({ cls: "reference-check-never-checked" });
		never.createSpan({ cls: "reference-check-muted", text: `Never checked (${model.neverChecked.length}): ` });
		model.neverChecked.forEach((link, i) => {
			if (i > 0) never.appendText(", ");
			renderLink(never, link, handlers);
		});
	}
	if (model.unknownKeys.length > 0) {
		const unknown = section.createDiv({ cls: "reference-check-unknown-keys" });
		unknown.createSpan({ cls: "reference-check-muted", text: "No reference note for: " });
		model.unknownKeys.forEach((k, i) => {
			if (i > 0) unknown.appendText(", ");
			unknown.createSpan({ cls: "reference-check-citekey is-unresolved", text: `@${k}` });
		});
	}
	return section;
}
