// DOM of one panel row: a group header, or a reference (title, key, first author, year, what
// differs) with, when expanded, the differing fields side by side and the actions. Every value
// from a note or from OpenAlex is set as text, never parsed as HTML. Buttons carry data-action
// attributes; the view handles clicks for all rows with one delegated listener.
import { setIcon } from "obsidian";
import { scalarText } from "../lib/guards";
import { openAlexWorkUrl, stripDoiResolver } from "../lib/ids";
import type { FieldName } from "../core/verdict";
import { GROUP_LABELS, type PanelEntry, type PanelGroup } from "./model";
import { authorDiffRows, diffText, type DiffSegment } from "../core/text-diff";
import type { CheckLog, PublishedVersion } from "../core/types";
import type { PublishedField } from "./note-writes";
import { copyableFields, remoteValue } from "./remote-value";
import { formatDay, verifiedSentence } from "../core/messages";
import { renderWrongIdentifier, doiLink, type LookupState } from "./identifier-view";
import { wrongIdentifierLabel } from "../plugin/note-status";
import { duplicateLabel } from "../core/duplicates";
import { fileName, withoutMd } from "../lib/paths";

export type PanelAction =
	| "mark"
	| "mark-group"
	| "open"
	| "open-other"
	| "recheck"
	| "use-remote"
	| "use-published"
	| "verify"
	| "ignore"
	| "unignore"
	| "toggle"
	| "toggle-group"
	| "remove-identifier"
	| "look-up-title"
	| "use-found-doi";

const FIELD_LABELS: Record<FieldName, string> = { title: "Title", year: "Year", venue: "Venue", doi: "DOI", authors: "Authors" };

/** Row heights in pixels; must match styles.css (.reference-check-group / .reference-check-entry). */
export const GROUP_ROW_HEIGHT = 32;
export const ENTRY_ROW_HEIGHT = 52;
/** Estimate for an expanded entry before it is measured. */
export const EXPANDED_ROW_ESTIMATE = 320;

export interface EntryRowState {
	selected: boolean;
	active: boolean;
	expanded: boolean;
	/** The note's path, when another entry has its key or title (see PanelModel.whereShown). */
	where: string | null;
	/** A title look-up started from the entry (wrong identifier), if any. */
	lookup?: LookupState;
	/** Chosen for a bulk fix. */
	marked: boolean;
}

export function renderGroupRow(group: PanelGroup, count: number, collapsed: boolean): HTMLElement {
	const el = createDiv({ cls: `reference-check-row reference-check-group reference-check-group-${group}`, attr: { "data-group": group, "data-action": "toggle-group", role: "heading", "aria-expanded": String(!collapsed) } });
	setIcon(el.createSpan({ cls: "reference-check-group-icon" }), collapsed ? "chevron-right" : "chevron-down");
	el.createSpan({ cls: "reference-check-group-label", text: GROUP_LABELS[group] });
	el.createSpan({ cls: "reference-check-count", text: String(count) });
	if (!collapsed && group !== "ignored") {
		el.createEl("button", { cls: "reference-check-link-button reference-check-mark-group", text: "Select all", attr: { "data-action": "mark-group", "data-group": group, "aria-label": `Select every reference in ${GROUP_LABELS[group].toLowerCase()} for a bulk fix` } });
	}
	return el;
}

function meta(entry: PanelEntry): string {
	return [entry.citationKey, entry.firstAuthor, entry.year].filter((s): s is string => !!s).join(" · ");
}

export function renderEntryRow(entry: PanelEntry, state: EntryRowState): HTMLElement {
	const el = createDiv({
		cls: "reference-check-row reference-check-entry",
		attr: { "data-path": entry.path, role: "option", "aria-selected": String(state.selected), "aria-expanded": String(state.expanded) },
	});
	el.toggleClass("is-selected", state.selected);
	el.toggleClass("is-active", state.active);
	el.toggleClass("is-expanded", state.expanded);
	el.toggleClass("is-marked", state.marked);
	el.createSpan({
		cls: "reference-check-mark",
		text: state.marked ? "☑" : "☐",
		attr: { "data-action": "mark", role: "checkbox", "aria-checked": String(state.marked), "aria-label": "Select for a bulk fix (x)" },
	});
	const summary = el.createDiv({ cls: "reference-check-summary", attr: { "data-action": "toggle" } });
	summary.createDiv({ cls: "reference-check-title", text: entry.title });
	const line = summary.createDiv({ cls: "reference-check-meta" });
	line.createSpan({ cls: "reference-check-meta-text", text: meta(entry) });
	if (state.where) line.createSpan({ cls: "reference-check-where", text: state.where, attr: { "aria-label": `Note: ${entry.path}` } });
	const badges = line.createSpan({ cls: "reference-check-badges" });
	if (entry.retracted) badges.createSpan({ cls: "reference-check-field-badge reference-check-field-badge-retracted", text: "retracted" });
	if (entry.duplicates.length > 1) badges.createSpan({ cls: "reference-check-field-badge reference-check-field-badge-duplicate", text: duplicateLabel(entry.duplicates.length) });
	// A wrong identifier is the one thing to fix; the fields only differ because of it.
	if (entry.wrongIdentifier) badges.createSpan({ cls: "reference-check-field-badge reference-check-field-badge-identifier", text: wrongIdentifierLabel(entry.wrongIdentifier.kind) });
	else for (const f of entry.differing) badges.createSpan({ cls: "reference-check-field-badge", text: FIELD_LABELS[f].toLowerCase() });
	if (entry.stale && entry.group !== "stale") badges.createSpan({ cls: "reference-check-field-badge reference-check-field-badge-stale", text: "stale" });
	if (state.expanded) renderDetails(el.createDiv({ cls: "reference-check-details" }), entry, state);
	return el;
}

function renderSegments(parent: HTMLElement, segments: DiffSegment[], mark: "removed" | "added"): void {
	for (const s of segments) {
		if (s.differs) parent.createEl("mark", { cls: `reference-check-diff-${mark}`, text: s.text });
		else parent.appendText(s.text);
	}
}

function fieldValues(log: CheckLog, field: Exclude<FieldName, "authors">): { local: string | null; remote: string | null } {
	const check = (log.fields as Record<string, unknown> | undefined)?.[field] as Record<string, unknown> | undefined;
	const remote = remoteValue(log, field);
	return { local: scalarText(check?.local), remote: typeof remote === "string" ? remote : scalarText(check?.remote) };
}

function side(parent: HTMLElement, label: string): HTMLElement {
	const el = parent.createDiv({ cls: "reference-check-side" });
	el.createDiv({ cls: "reference-check-side-label", text: label });
	return el.createDiv({ cls: "reference-check-value" });
}

function renderTextField(parent: HTMLElement, log: CheckLog, field: Exclude<FieldName, "authors">): void {
	const { local, remote } = fieldValues(log, field);
	const diff = diffText(local ?? "", remote ?? "");
	const compare = parent.createDiv({ cls: "reference-check-compare" });
	const l = side(compare, "Note");
	if (local === null) l.createSpan({ cls: "reference-check-missing", text: "(none)" });
	else renderSegments(l, diff.local, "removed");
	const r = side(compare, "OpenAlex");
	if (remote === null) r.createSpan({ cls: "reference-check-missing", text: "(none)" });
	else renderSegments(r, diff.remote, "added");
}

/** The record's authors: the `remote:` block, else the remote side of the log's author rows. */
function remoteAuthors(log: CheckLog): string[] {
	const fromRemote = remoteValue(log, "authors");
	if (Array.isArray(fromRemote)) return fromRemote;
	const details = (log.fields?.authors?.details ?? []) as Array<{ remote?: unknown }>;
	return details.map((d) => scalarText(d.remote)).filter((s): s is string => s !== null);
}

/** "A, B, C, D, E and 12 more". */
function someNames(names: string[]): string {
	const shown = names.slice(0, 5).join(", ");
	return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function renderAuthors(parent: HTMLElement, entry: PanelEntry, log: CheckLog): void {
	const { rows, trailing } = authorDiffRows(entry.authors, remoteAuthors(log), entry.authorsAfterGap);
	const table = parent.createDiv({ cls: "reference-check-authors" });
	const head = table.createDiv({ cls: "reference-check-author-row reference-check-author-head" });
	head.createDiv({ text: "Note" });
	head.createDiv({ text: "OpenAlex" });
	for (const row of rows) {
		const r = table.createDiv({ cls: "reference-check-author-row" });
		r.toggleClass("reference-check-author-differs", row.differs);
		const l = r.createDiv({ cls: "reference-check-value" });
		const rr = r.createDiv({ cls: "reference-check-value" });
		if (row.local === null) l.createSpan({ cls: "reference-check-missing", text: "(missing)" });
		else if (row.diff) renderSegments(l, row.diff.local, "removed");
		else l.setText(row.local);
		if (row.remote === null) rr.createSpan({ cls: "reference-check-missing", text: "(missing)" });
		else if (row.diff) renderSegments(rr, row.diff.remote, "added");
		else rr.setText(row.remote);
	}
	if (trailing.length > 0) table.createDiv({ cls: "reference-check-hint", text: `OpenAlex lists ${trailing.length} more author${trailing.length === 1 ? "" : "s"}: ${someNames(trailing)}.` });
}

function doiUrl(log: CheckLog): string | null {
	const doi = remoteValue(log, "doi");
	return typeof doi === "string" ? doiLink(stripDoiResolver(doi)) : null;
}

function button(parent: HTMLElement, label: string, action: PanelAction, extra: Record<string, string> = {}): HTMLElement {
	return parent.createEl("button", { cls: "reference-check-button", text: label, attr: { "data-action": action, ...extra } });
}

/** A preprint reference that has been published: what the published record says, and buttons to use it. */
function renderPublished(el: HTMLElement, published: PublishedVersion): void {
	const box = el.createDiv({ cls: "reference-check-field reference-check-published" });
	const head = box.createDiv({ cls: "reference-check-field-head" });
	head.createSpan({ cls: "reference-check-field-name", text: "Published version" });
	box.createDiv({ cls: "reference-check-hint", text: "This reference cites a preprint that has since been published." });
	const rows: Array<[PublishedField, string, string | null]> = [
		["venue", "Venue", published.venue],
		["year", "Year", published.year === null ? null : String(published.year)],
		["doi", "DOI", published.doi],
	];
	for (const [field, label, value] of rows) {
		if (value === null || value === "") continue;
		const row = box.createDiv({ cls: "reference-check-published-row" });
		row.createSpan({ cls: "reference-check-muted", text: `${label}: ` });
		row.createSpan({ text: value });
		button(row, `Use published ${label === "DOI" ? "DOI" : label.toLowerCase()}`, "use-published", { "data-field": field });
	}
}

/** The other notes for the same work, each a link that opens it. */
function renderDuplicates(el: HTMLElement, entry: PanelEntry): void {
	const box = el.createDiv({ cls: "reference-check-field reference-check-duplicates" });
	box.createDiv({ cls: "reference-check-field-name", text: `${duplicateLabel(entry.duplicates.length)}: same OpenAlex work or DOI` });
	const list = box.createEl("ul", { cls: "reference-check-duplicate-list" });
	for (const path of entry.duplicates) {
		const li = list.createEl("li");
		if (path === entry.path) {
			li.createSpan({ text: withoutMd(fileName(path)) });
			li.createSpan({ cls: "reference-check-muted", text: " (this note)" });
		} else {
			li.createEl("button", { cls: "reference-check-link-button reference-check-duplicate-link", text: withoutMd(fileName(path)), attr: { "data-action": "open-other", "data-target": path, "aria-label": path } });
		}
	}
}

function renderDetails(el: HTMLElement, entry: PanelEntry, state: EntryRowState): void {
	const log = entry.log;
	if (entry.error) el.createDiv({ cls: "reference-check-error", text: `Last run: ${entry.error}` });
	if (log && entry.wrongIdentifier) renderWrongIdentifier(el, entry, entry.wrongIdentifier, log, state.lookup);
	el.createDiv({ cls: "reference-check-path reference-check-muted", text: entry.path });
	if (entry.retracted) el.createDiv({ cls: "reference-check-error reference-check-retracted", text: "OpenAlex marks this work as retracted. Cite it only to discuss the retraction." });
	if (entry.duplicates.length > 1) renderDuplicates(el, entry);
	if (log?.status === "not_found") el.createDiv({ cls: "reference-check-hint", text: "OpenAlex has no record that is surely this reference." });
	if (entry.group === "stale" && log) el.createDiv({ cls: "reference-check-hint", text: `Last checked ${formatDay(String(log.checked_at))}.` });
	if (entry.verified) el.createDiv({ cls: "reference-check-verified", text: verifiedSentence(entry.verified) });
	const published = log && entry.group === "published" ? log.published_version : undefined;
	if (published) renderPublished(el, published);
	// Nothing of another paper is offered for the note's fields.
	const copyable = new Set(entry.wrongIdentifier ? [] : copyableFields(log, entry.differing));
	if (log) {
		for (const field of entry.differing) {
			const box = el.createDiv({ cls: "reference-check-field", attr: { "data-field": field } });
			const head = box.createDiv({ cls: "reference-check-field-head" });
			head.createSpan({ cls: "reference-check-field-name", text: FIELD_LABELS[field] });
			if (copyable.has(field)) button(head, "Use remote value", "use-remote", { "data-field": field });
			if (field === "authors") renderAuthors(box, entry, log);
			else renderTextField(box, log, field);
		}
		const notes = Array.isArray(log.notes) ? log.notes.filter((n): n is string => typeof n === "string") : [];
		if (notes.length > 0) {
			const list = el.createEl("ul", { cls: "reference-check-notes" });
			for (const n of notes) list.createEl("li", { text: n });
		}
		if (!entry.wrongIdentifier) {
			const links = el.createDiv({ cls: "reference-check-links" });
			const record = openAlexWorkUrl(log.paper_id);
			if (record) links.createEl("a", { text: "Record on openalex.org", href: record, attr: { target: "_blank", rel: "noopener" } });
			const doi = doiUrl(log);
			if (doi) links.createEl("a", { text: "DOI", href: doi, attr: { target: "_blank", rel: "noopener" } });
		}
	}
	const actions = el.createDiv({ cls: "reference-check-actions" });
	button(actions, "Open note", "open");
	button(actions, "Re-check", "recheck");
	if (log && !entry.verified) button(actions, "Mark verified", "verify");
	if (entry.ignored) button(actions, "Unignore", "unignore");
	else button(actions, "Ignore", "ignore");
}
