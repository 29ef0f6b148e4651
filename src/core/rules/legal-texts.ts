import type { Reference } from "../types";
import type { Rule } from "./types";

/**
 * Entry types of court decisions, statutes and other legal texts in BibLaTeX (jurisdiction,
 * legislation, legal), CSL (legal_case, legislation, bill, treaty, regulation) and Zotero (case,
 * statute, bill, hearing).
 */
const LEGAL_TYPES = new Set(["jurisdiction", "legislation", "legal", "legal_case", "legal-case", "case", "statute", "bill", "hearing", "regulation", "treaty"]);

/** A case name: "Party v. Party", "Party vs Party", "In re Party", "Ex parte Party". */
const CASE_NAME = /^(?:(?:in re|ex parte|re)\s+\S|[^\s].{0,120}?\s+vs?\.?\s+\S)/i;
/**
 * A statute's or an EU act's name: "Data Protection Act 2018", "Civil Rights Act of 1964",
 * "Regulation (EU) 2016/679", "Directive 95/46/EC", "42 U.S.C. § 1983".
 */
const STATUTE_NAME = /\b(?:act|code|statute|ordinance)\s+(?:of\s+)?(?:1[6-9]|20)\d{2}\b|^(?:council\s+)?(?:regulation|directive|decision)\s+(?:\((?:eu|ec|eec|euratom)\)\s+)?(?:no\.?\s+)?\d{2,4}\/\d+|\bU\.?\s?S\.?\s?C\.?\s*§|§\s*\d/i;

/**
 * Why the note cites a legal text OpenAlex does not index (a court decision or a statute), or
 * null: a legal entry type, or a case's or statute's name as the title of a note without authors
 * or identifier (a law-review article about a case has authors and is looked up).
 */
export function legalTextReason(ref: Reference): string | null {
	if (ref.doi || ref.arxivId) return null;
	const type = ref.entryType ?? "";
	if (LEGAL_TYPES.has(type)) return `not indexed: legal text (${type} entry without DOI)`;
	if (ref.authors.length > 0 || !(type === "" || type === "misc")) return null;
	const title = ref.title.trim();
	if (CASE_NAME.test(title)) return "not indexed: a court case (a case name as title, no authors)";
	if (STATUTE_NAME.test(title)) return "not indexed: a statute or regulation (its name as title, no authors)";
	return null;
}

export const legalTexts: Rule = {
	id: "legal-texts",
	name: "Court cases and statutes",
	summary: "Court decisions and statutes (a legal entry type such as jurisdiction, legislation, case or statute, or a case or statute name such as \"Smith v Jones\" or \"Data Protection Act 2018\" as the title of a note without authors) are not indexed by OpenAlex, so they are skipped as not indexed, never reported not found, while an article about a case is checked.",
	examples: [
		{
			local: { citekey: "harlow1954", entry_type: "jurisdiction", title: "Harlow v. Board of Trustees", year: 1954, note: "347 U.S. 483" },
			remote: { candidates: [{ title: "Harlow v. Board of Trustees", authors: ["Gideon Marsh"], year: 1955, venue: "Law Review of the Midlands" }] },
			verdict: "skipped",
			note: "not indexed: legal text (jurisdiction entry without DOI)",
		},
		{
			local: { citekey: "tenancy1988", type: "statute", title: "Housing (Tenancies) Act 1988", year: 1988 },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: legal text (statute entry without DOI)",
		},
		{
			local: { citekey: "marsh2003", entry_type: "misc", title: "Marsh v. Northern Rail Ltd", year: 2003, howpublished: "[2003] EWCA Civ 112" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: a court case",
		},
		{
			local: { citekey: "marsh1955", entry_type: "article", title: "Harlow v. Board of Trustees", authors: ["Gideon Marsh"], year: 1955, journal: "Law Review of the Midlands" },
			remote: { candidates: [{ title: "Harlow v. Board of Trustees", authors: ["Gideon Marsh"], year: 1955, venue: "Law Review of the Midlands" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "gdpr2016", title: "Regulation (EU) 2016/679 on the Protection of Natural Persons", year: 2016, entry_type: "misc" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: a statute or regulation",
		},
	],
};
