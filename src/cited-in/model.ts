// Section models from the cited_in index: what render.ts draws. No `obsidian` import: the vault
// is seen through `ModelSource` (frontmatter, link text, a reference's status).
import type { CitedInIndex } from "../core/cited-in/reverse-index";
import { fileName, withoutMd } from "../lib/paths";
import type { NoteStatus } from "../plugin/note-status";
import type { BadgeModel, CitedInSectionModel, LinkModel, ReferencesSectionModel } from "./render";

export interface ModelSource {
	index: CitedInIndex;
	frontmatter(path: string): Record<string, unknown> | null;
	/** Shortest unambiguous link text (Obsidian's fileToLinktext). */
	linktext(path: string, sourcePath: string): string;
	/** The status bar's wording of a reference note's verdict (plugin/note-status.ts). */
	status(path: string): NoteStatus;
}

/**
 * The five badges of the References section, from the status bar's wording of the same verdict:
 * its finer kinds map onto them, with its label and sentence.
 */
export function badgeFor(status: NoteStatus): BadgeModel {
	switch (status.kind) {
		case "retracted":
			return { kind: "retracted", label: "Retracted", detail: status.detail };
		case "verified":
		case "manual":
			return { kind: "verified", label: status.label, detail: status.detail };
		case "mismatch":
			return status.severity === "major"
				? { kind: "mismatch", label: "Major mismatch", detail: status.detail, major: true }
				: { kind: "mismatch", label: "Minor mismatch", detail: status.detail };
		case "not_found":
			return { kind: "not-found", label: "Not found", detail: status.detail };
		default:
			// Unchecked, stale, not checkable, check failed: no current verdict to rely on.
			return { kind: "unchecked", label: status.label, detail: status.detail };
	}
}

/** How Obsidian names a note: its file name without ".md". */
function noteName(path: string): string {
	return withoutMd(fileName(path));
}

function link(src: ModelSource, path: string, sourcePath: string, display?: string): LinkModel {
	return { linktext: src.linktext(path, sourcePath), display: display ?? noteName(path), resolved: true };
}

export function citedInSectionModel(src: ModelSource, refPath: string): CitedInSectionModel {
	const entries = src.index.citedIn(refPath).map((e): CitedInSectionModel["entries"][number] => {
		const d = e.destination;
		const value = e.target.display;
		if (d.kind === "note") return { kind: "note", value, link: link(src, d.path, refPath, value), cites: e.citingPages.includes(d.path) };
		if (d.kind === "folder") {
			return {
				kind: "folder",
				value,
				folder: d.folder,
				note: d.note ? link(src, d.note, refPath) : null,
				pages: e.citingPages.map((p) => link(src, p, refPath)),
			};
		}
		return { kind: "unresolved", value, link: { linktext: e.target.linkpath, display: value, resolved: false }, reason: d.reason };
	});
	return { citationKey: src.index.citationKeyOf(refPath), entries };
}

export function referencesSectionModel(src: ModelSource, pagePath: string): ReferencesSectionModel {
	const report = src.index.referencesOf(pagePath);
	const retracted: LinkModel[] = [];
	const neverChecked: LinkModel[] = [];
	const items = report.references.map((r) => {
		const fm = src.frontmatter(r.path);
		const title = typeof fm?.title === "string" && fm.title.trim() ? fm.title.trim() : noteName(r.path);
		const status = src.status(r.path);
		const item = { link: link(src, r.path, pagePath, title), title, citationKey: r.citationKey, badge: badgeFor(status), via: r.via };
		if (status.kind === "retracted") retracted.push(item.link);
		// Only references the page itself cites (a folder's cited_in lists may be long and not this page's).
		if (status.kind === "unchecked" && r.via.some((v) => v !== "folder")) neverChecked.push(item.link);
		return item;
	});
	return { items, unknownKeys: report.unknownKeys, retracted, neverChecked };
}

/** Which sections a note gets in reading view: only non-empty ones. */
export function sectionsFor(index: CitedInIndex, path: string): { citedIn: boolean; references: boolean } {
	const report = index.referencesOf(path);
	return {
		citedIn: index.isReference(path) && index.citedInOf(path).length > 0,
		references: report.references.length > 0 || report.unknownKeys.length > 0,
	};
}
