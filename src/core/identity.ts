// Does the note's identifier name another paper? The rule, its examples (the documentation and
// the table test/core/identity.int.test.ts runs through the whole pipeline) and the two questions
// it rests on: which identifier of the note names the record, and whether the record is the
// note's paper at all. Pure.
import type { Reference, RemoteWork, WrongIdentifier } from "./types";
import { compareNames, firstAuthorAgrees, isOrganizationAuthor, relateTitles, titleSimilarity } from "./match";
import { normalizeArxivId, parsePersonName } from "./normalize";

/** Prefix of the check_log note (the HALLMARK eval and older logs match on it). */
export const WRONG_IDENTIFIER_NOTE = "identifier points to another paper";

/**
 * True when the URL holds exactly this DOI ("https://doi.org/10.1/x?…"), not a longer one that
 * merely starts with it (a truncated DOI in the note must not pass as another location's).
 */
export function urlNamesDoi(url: string, doi: string): boolean {
	const u = url.toLowerCase();
	for (let i = u.indexOf(doi); i !== -1; i = u.indexOf(doi, i + 1)) {
		const end = i + doi.length;
		const before = u[i - 1];
		const after = u[end];
		const startsPart = before === undefined || before === "/" || before === "=";
		const endsPart = after === undefined || after === "?" || after === "#" || after === "&" || (after === "/" && end === u.length - 1);
		if (startsPart && endsPart) return true;
	}
	return false;
}

/** The work's arXiv id: its own, or the one in its arXiv DOI. */
export function remoteArxivId(work: RemoteWork): string | null {
	return work.arxivId ?? (work.doi?.startsWith("10.48550/arxiv.") ? normalizeArxivId(work.doi) : null);
}

/**
 * The note's identifier that names this record: its DOI (the record's DOI, the arXiv DOI of the
 * record's arXiv id, or a DOI on one of the record's locations), else its arXiv id; null when the
 * record was not reached through an identifier the note holds.
 */
export function identifierNaming(ref: Reference, work: RemoteWork): { kind: "doi" | "arxiv"; value: string } | null {
	const arxiv = remoteArxivId(work);
	if (ref.doi) {
		const doi = ref.doi;
		const local = doi.startsWith("10.48550/arxiv.") ? normalizeArxivId(doi) : null;
		if (doi === work.doi || (local !== null && local === arxiv) || work.locations.some((l) => l.landingPageUrl && urlNamesDoi(l.landingPageUrl, doi))) return { kind: "doi", value: doi };
	}
	if (ref.arxivId && arxiv && ref.arxivId === arxiv) return { kind: "arxiv", value: ref.arxivId };
	return null;
}

/** People named on the list (organizations say nothing about who wrote the paper). */
function people(names: string[]): string[] {
	return names.filter((n) => !isOrganizationAuthor(n));
}

/** True when both lists name people and no person is on both; false when either names nobody. */
function noAuthorInCommon(local: string[], remote: string[]): boolean {
	const a = people(local);
	const b = people(remote);
	if (a.length === 0 || b.length === 0) return false;
	return !a.some((l) => b.some((r) => compareNames(l, r).kind !== "different"));
}

function describe(title: string | null, authors: string[], year: string | number | null): string {
	const who = authors.length > 0 ? parsePersonName(authors[0]).family || authors[0] : "no authors";
	return `'${title ?? "(no title)"}' (${who}${authors.length > 1 ? " et al." : ""}${year !== null ? `, ${year}` : ""})`;
}

/**
 * Is the record another paper than the note's? Yes when the titles differ, or when they are only
 * variants of each other (a subtitle or edition on one side, a changed word) and no author is on
 * both lists: two independent signs against it. One sign alone is a field error of the note (a
 * wrong title, a wrong author list), compared field by field. Returns the check_log note naming
 * both papers, or null.
 */
export function identityProblem(ref: Reference, work: RemoteWork): string | null {
	if (!work.title) return null;
	const rel = relateTitles(ref.title, work.title);
	if (rel === "same") return null;
	const otherTitle = rel === "different" && titleSimilarity(ref.title, work.title) < 0.8;
	const strangers = noAuthorInCommon(ref.authors, work.authors);
	if (!otherTitle && !strangers) return null;
	const why = otherTitle
		? firstAuthorAgrees(ref, work) === true ? "; the first author agrees, so one of the titles may be wrong" : ""
		: "; the titles are alike but no author is on both";
	return `${WRONG_IDENTIFIER_NOTE}: the note has ${describe(ref.title, ref.authors, ref.year)}, the identifier resolves to ${describe(work.title, work.authors, work.year)}${why}`;
}

/** The wrong identifier of a note compared with the record its identifier names, or null. */
export function wrongIdentifier(ref: Reference, work: RemoteWork): WrongIdentifier | null {
	const named = identifierNaming(ref, work);
	if (!named) return null;
	const note = identityProblem(ref, work);
	return note ? { ...named, note } : null;
}

/** One example of the rule: a note's frontmatter, the record its identifier resolves to, the verdict. */
export interface IdentityExample {
	local: Record<string, unknown>;
	remote: { title: string; authors: string[]; year: number; venue: string; doi: string };
	/** Whether the record is another paper (the note's identifier is wrong). */
	wrongIdentifier: boolean;
	severity: "major" | "minor" | null;
	/** A substring of the check_log's notes that says why. */
	note: string;
}

/** The rule as the README and the rules table state it, with its examples (invented papers). */
export const WRONG_IDENTIFIER_RULE = {
	id: "identifier-of-another-paper",
	name: "Identifier of another paper",
	summary:
		"A DOI or arXiv id names another paper when the record it resolves to has another title, or only a variant of the note's title (a subtitle on one side, a changed word) and not one author in common with the note.",
	examples: [
		{
			// Another title altogether: the DOI was copied from another entry.
			local: { title: "Quantifying Unpaid Effort in Online Piecework", authors: ["Ines Marlow", "Tobias Renn"], year: "2021", doi: "10.5555/ident.1" },
			remote: { title: "How Edit Locks Shape Volunteer Engagement", authors: ["Priya Anand", "Lars Holm"], year: 2023, venue: "Journal of Peer Production", doi: "10.5555/ident.1" },
			wrongIdentifier: true,
			severity: "major",
			note: WRONG_IDENTIFIER_NOTE,
		},
		{
			// A similar title (the record adds a subtitle) by other people: a sibling paper's DOI.
			local: { title: "The Regional Broadcasting Levy", authors: ["Odile Ferrand", "Martin Szabo", "Yusuf Demir"], year: "2021", venue: "Journal of Media Policy", doi: "10.5555/ident.2" },
			remote: { title: "The Regional Broadcasting Levy: Lessons for Small Markets", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/ident.2" },
			wrongIdentifier: true,
			severity: "major",
			note: "no author is on both",
		},
		{
			// The same subtitle difference with the same people: the note's title is short, not wrong.
			local: { title: "The Regional Broadcasting Levy", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: "2021", venue: "Journal of Media Policy", doi: "10.5555/ident.3" },
			remote: { title: "The Regional Broadcasting Levy: Lessons for Small Markets", authors: ["Karin Lindgren", "Pablo Etxeberria"], year: 2021, venue: "Journal of Media Policy", doi: "10.5555/ident.3" },
			wrongIdentifier: false,
			severity: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			// The same title by other people: the note's authors are wrong, the identifier is right.
			local: { title: "Sparse Attention for Tide Forecasting", authors: ["Hannah Vogt", "Emil Sandberg"], year: "2022", venue: "Ocean Modelling Letters", doi: "10.5555/ident.4" },
			remote: { title: "Sparse Attention for Tide Forecasting", authors: ["Rosa Ilunga", "Kenji Maeda"], year: 2022, venue: "Ocean Modelling Letters", doi: "10.5555/ident.4" },
			wrongIdentifier: false,
			severity: "major",
			note: "authors: different first author",
		},
	] satisfies IdentityExample[],
};
