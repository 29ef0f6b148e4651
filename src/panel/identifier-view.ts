// The head of an entry whose DOI or arXiv id names another paper: that fact first, both papers
// named (the note's, and the one its identifier resolves to, with links), and what to do about
// the identifier — remove it, or look the note up by its title and see what that finds (and use
// the DOI found). Nothing of the other paper is offered for the note's fields.
import { openAlexWorkUrl } from "../lib/ids";
import { parsePersonName } from "../core/normalize";
import { identifierName } from "../core/messages";
import type { CheckLog, RemoteWork, WrongIdentifier } from "../core/types";
import { recordedWork } from "../core/verdict";
import type { TitleLookup } from "../plugin/services";
import type { PanelEntry } from "./model";

/** Where a title lookup for an entry stands (kept by the view across re-renders). */
export type LookupState = { kind: "pending" } | TitleLookup;

/** The first line of such an entry, as the panel and its tests read it. */
export function wrongIdentifierLead(w: WrongIdentifier): string {
	return `This ${identifierName(w.kind)} points to another paper.`;
}

/** "Family, Family and Family" (first three), "Family et al." beyond. */
function byline(authors: string[]): string {
	const families = authors.map((a) => parsePersonName(a).family || a);
	if (families.length === 0) return "no authors";
	if (families.length > 3) return `${families[0]} et al.`;
	return families.length === 1 ? families[0] : `${families.slice(0, -1).join(", ")} and ${families[families.length - 1]}`;
}

/** An https link to a DOI, or null. */
export function doiLink(doi: string | null): string | null {
	if (!doi) return null;
	const url = `https://doi.org/${encodeURI(doi)}`;
	try {
		return new URL(url).protocol === "https:" ? url : null;
	} catch {
		return null;
	}
}

function link(parent: HTMLElement, text: string, href: string | null): void {
	if (href) parent.createEl("a", { text, href, attr: { target: "_blank", rel: "noopener" } });
}

/** One paper: title, byline and year, then its links. */
function paper(parent: HTMLElement, label: string, title: string | null, authors: string[], year: string | number | null, links: (el: HTMLElement) => void): void {
	const row = parent.createDiv({ cls: "reference-check-paper" });
	row.createDiv({ cls: "reference-check-side-label", text: label });
	const what = row.createDiv({ cls: "reference-check-paper-what" });
	what.createSpan({ cls: "reference-check-paper-title", text: title ?? "(no title)" });
	what.createSpan({ cls: "reference-check-muted", text: ` — ${byline(authors)}${year !== null ? `, ${year}` : ""}` });
	links(row.createDiv({ cls: "reference-check-links" }));
}

function button(parent: HTMLElement, label: string, action: string, extra: Record<string, string> = {}): HTMLElement {
	return parent.createEl("button", { cls: "reference-check-button", text: label, attr: { "data-action": action, ...extra } });
}

function renderLookup(box: HTMLElement, lookup: LookupState | undefined, kind: WrongIdentifier["kind"]): void {
	if (!lookup) return;
	const out = box.createDiv({ cls: "reference-check-lookup", attr: { "aria-live": "polite" } });
	if (lookup.kind === "pending") {
		out.createDiv({ cls: "reference-check-hint", text: "Looking the title up in OpenAlex…" });
		return;
	}
	if (lookup.kind === "error") {
		out.createDiv({ cls: "reference-check-error", text: `Look-up failed: ${lookup.message}` });
		return;
	}
	if (lookup.kind === "not_found") {
		out.createDiv({ cls: "reference-check-hint", text: `By its title, OpenAlex has no work that is surely this paper (${lookup.message}).` });
		return;
	}
	const w: RemoteWork = lookup.work;
	paper(out, "Found by title", w.title, w.authors, w.year, (links) => {
		link(links, "Record on openalex.org", openAlexWorkUrl(w.id));
		link(links, w.doi ? `DOI ${w.doi}` : "DOI", doiLink(w.doi));
	});
	if (w.doi && kind === "doi") button(out, `Use DOI ${w.doi}`, "use-found-doi", { "data-doi": w.doi });
	else if (!w.doi) out.createDiv({ cls: "reference-check-hint", text: "This record has no DOI to use." });
}

/** The block that leads such an entry's details. */
export function renderWrongIdentifier(el: HTMLElement, entry: PanelEntry, w: WrongIdentifier, log: CheckLog, lookup: LookupState | undefined): void {
	const box = el.createDiv({ cls: "reference-check-field reference-check-wrong-identifier", attr: { "data-field": w.kind } });
	box.createDiv({ cls: "reference-check-wrong-identifier-lead", text: wrongIdentifierLead(w) });
	box.createDiv({
		cls: "reference-check-hint",
		text: `The note's ${identifierName(w.kind)} ${w.value} resolves to a paper with ${entry.title ? "another title or other authors" : "other metadata"}. Its fields are not the note's: fix the ${identifierName(w.kind)}, not the fields.`,
	});
	paper(box, "This note", entry.title, entry.authors, entry.year, (links) => {
		links.createEl("button", { cls: "reference-check-link-button", text: "Open note", attr: { "data-action": "open" } });
	});
	const record = recordedWork(log);
	paper(box, `The ${identifierName(w.kind)} resolves to`, record?.title ?? null, record?.authors ?? [], record?.year ?? null, (links) => {
		link(links, "Record on openalex.org", openAlexWorkUrl(log.paper_id));
		link(links, `DOI ${record?.doi ?? w.value}`, doiLink(record?.doi ?? (w.kind === "doi" ? w.value : null)));
	});
	const actions = box.createDiv({ cls: "reference-check-actions" });
	button(actions, `Remove ${identifierName(w.kind)}`, "remove-identifier");
	const pending = lookup?.kind === "pending";
	const look = button(actions, pending ? "Looking up…" : "Look up by title", "look-up-title");
	if (pending) look.setAttr("disabled", "true");
	renderLookup(box, lookup, w.kind);
}
