import type { Rule } from "./types";

/**
 * The label a withdrawn review's record carries in front of its title ("WITHDRAWN: …", Cochrane's
 * and PubMed's form for a review taken out of date, or withdrawn by its authors). In capitals only,
 * at the front: a title that speaks of withdrawal ("Withdrawn patients in …") is not labelled.
 * Anchored, each part optional once: linear on any input.
 */
const WITHDRAWN_LABEL = /^\s?WITHDRAWN\s?[:.]\s?/;

/** The title without a withdrawn review's label, or null when it has none. */
export function withoutWithdrawnLabel(title: string): string | null {
	const m = WITHDRAWN_LABEL.exec(title);
	return m && m[0].length < title.length ? title.slice(m[0].length) : null;
}

/** The check_log note of a record labelled withdrawn. */
export const WITHDRAWN_CITED_NOTE = "withdrawn: the note cites the review as withdrawn ('WITHDRAWN: …')";
/** The check_log note of a record labelled withdrawn the note cites without the label. */
export const WITHDRAWN_NOTE = "withdrawn: the record is labelled 'WITHDRAWN' (a review withdrawn or replaced, no longer current); worth a look";

export const withdrawn: Rule = {
	id: "withdrawn",
	name: "Withdrawn review",
	summary: "A record labelled \"WITHDRAWN: …\" (a Cochrane review withdrawn or replaced, as PubMed and Crossref title it) is the review itself, no longer current: the label is no part of the title the note cites, and the reference is minor with a note, not another paper; a note citing it with the label is compared with it, the note said, and a record labelled so of another title is compared as any other.",
	examples: [
		{
			// the DOI of the withdrawn version: the same review, worth a look
			local: { citekey: "brandvold2014", title: "Bladder Training for Urge Incontinence in Older Women", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2014, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019020.pub3" },
			remote: { title: "WITHDRAWN: Bladder training for urge incontinence in older women", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2014, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019020.pub3", type: "review" },
			verdict: "minor",
			note: "withdrawn: the record is labelled 'WITHDRAWN'",
		},
		{
			// PubMed's title, label and all: the note knows, the review is the one cited
			local: { citekey: "okafor2013", title: "WITHDRAWN: Pessaries for Pelvic Organ Prolapse", authors: ["Ruth Okafor"], year: 2013, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019021.pub2" },
			remote: { title: "WITHDRAWN: Pessaries for pelvic organ prolapse", authors: ["Ruth Okafor"], year: 2013, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019021.pub2", type: "review" },
			verdict: "confirmed",
			note: "withdrawn: the note cites the review as withdrawn",
		},
		{
			// found by its title: the withdrawn record is the review the note cites
			local: { citekey: "okafor2016", title: "Vaginal Oestrogen for Recurrent Urinary Tract Infection", authors: ["Ruth Okafor", "Ilse Brandvold"], year: 2016, journal: "Cochrane Database Syst Rev" },
			remote: { candidates: [{ title: "WITHDRAWN: Vaginal oestrogen for recurrent urinary tract infection", authors: ["Ruth Okafor", "Ilse Brandvold"], year: 2016, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019023.pub2", type: "review" }] },
			verdict: "minor",
			note: "withdrawn: the record is labelled 'WITHDRAWN'",
		},
	],
};
