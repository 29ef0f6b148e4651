// Section models from the cited_in index: what render.ts draws. No `obsidian` import: the vault
// is seen through `ModelSource` (frontmatter, link text, verification state).
import type { CitedInIndex } from "../core/cited-in/reverse-index";
import type { NoteState } from "../plugin/note-state";
import type { BadgeModel, CitedInSectionModel, LinkModel, ReferencesSectionModel } from "./render";

export interface ModelSource {
	index: CitedInIndex;
	frontmatter(path: string): Record<string, unknown> | null;
	/** Shortest unambiguous link text (Obsidian's fileToLinktext). */
	linktext(path: string, sourcePath: string): string;
	/** Verification state of a reference note (plugin/note-state.ts). */
	state(path: string): NoteState;
}

/** Labels of the states without a current verdict (the status bar's wording). */
const UNCHECKED_LABELS: Partial<Record<NoteState["kind"], string>> = { stale: "Stale", skipped: "Not checkable", error: "Check failed" };

/** The four badges of the References section; the status bar's finer states map onto them. */
export function badgeFor(state: NoteState): BadgeModel {
	switch (state.kind) {
		case "verified":
		case "manual":
			return { kind: "verified", label: state.kind === "manual" ? "Verified by you" : "Verified", detail: state.detail };
		case "mismatch":
			return state.severity === "major"
				? { kind: "mismatch", label: "Major mismatch", detail: state.detail, major: true }
				: { kind: "mismatch", label: "Minor mismatch", detail: state.detail };
		case "not_found":
			return { kind: "not-found", label: "Not found", detail: state.detail };
		default:
			// Unchecked, stale, skipped, error: no current verdict to rely on.
			return { kind: "unchecked", label: UNCHECKED_LABELS[state.kind] ?? "Unchecked", detail: state.detail };
	}
}

function fileName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}

function link(src: ModelSource, path: string, sourcePath: string, display?: string): LinkModel {
	return { linktext: src.linktext(path, sourcePath), display: display ?? fileName(path), resolved: true };
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
	return {
		items: report.references.map((r) => {
			const fm = src.frontmatter(r.path);
			const title = typeof fm?.title === "string" && fm.title.trim() ? fm.title.trim() : fileName(r.path);
			return { link: link(src, r.path, pagePath, title), title, citationKey: r.citationKey, badge: badgeFor(src.state(r.path)), via: r.via };
		}),
		unknownKeys: report.unknownKeys,
	};
}

/** Which sections a note gets in reading view: only non-empty ones. */
export function sectionsFor(index: CitedInIndex, path: string): { citedIn: boolean; references: boolean } {
	const report = index.referencesOf(path);
	return {
		citedIn: index.isReference(path) && index.citedInOf(path).length > 0,
		references: report.references.length > 0 || report.unknownKeys.length > 0,
	};
}
