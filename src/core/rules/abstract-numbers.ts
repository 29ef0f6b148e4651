import type { Rule } from "./types";

/**
 * A meeting abstract's or poster's number in front of its title, as journal supplements print
 * them: "Abstract 2541:", "Abstract P123.", "P-117:", "PO-045 –", "OP-12.3:", "LBA5:". Poster codes
 * need their hyphen: "MP3:", "P450:" and "PD-1" without one name models and molecules.
 */
const ABSTRACT_NUMBER = /^\s*(?:abstract\s+[a-z]{0,3}-?\d{1,5}[a-z]?|lba-?\d{1,4}|(?:p|po|op|oc)-\d{1,4}(?:\.\d{1,3})?)\s*[.:–—-]\s+(?=\S)/i;

/**
 * ESMO's numbers, printed before the title with a space alone: "1201P " (poster), "LBA12 ", "88MO "
 * (mini oral), "104PD ", "312TiP ": case-sensitive, for "5p deletion" names a chromosome arm.
 */
const ESMO_NUMBER = /^\s*(?:LBA\d{1,4}|\d{1,4}(?:P|MO|PD|TiP))\s+(?=[A-Z])/;

/** The title without an abstract or poster number in front; null when it has none. */
export function withoutAbstractNumber(title: string): string | null {
	const m = ABSTRACT_NUMBER.exec(title) ?? ESMO_NUMBER.exec(title);
	return m ? title.slice(m[0].length) : null;
}

export const abstractNumbers: Rule = {
	id: "abstract-numbers",
	name: "Abstract and poster numbers",
	summary: "The number a journal supplement prints before a meeting abstract's title (\"Abstract 2541:\", \"P-117:\", \"LBA5:\", ESMO's \"1201P \" and \"88MO \") belongs to the abstract on one side and not the other, so the titles are compared without it.",
	examples: [
		{
			// ESMO's poster number before the record's title, with a space alone
			local: { citekey: "osei2021esmo", title: "Durvalumab Consolidation in Elderly Patients with Stage III NSCLC", authors: ["Kwame Osei", "Ruth Mensah"], year: 2021, journal: "Annals of Oncology" },
			remote: { candidates: [{ title: "1201P Durvalumab consolidation in elderly patients with stage III NSCLC", authors: ["Kwame Osei", "Ruth Mensah"], year: 2021, venue: "Annals of Oncology" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "mensah2022abs", title: "Circulating Tumour DNA Kinetics during Immunotherapy", authors: ["Ruth Mensah", "Kwame Osei"], year: 2022, journal: "Journal of Clinical Oncology" },
			remote: { candidates: [{ title: "Abstract 2541: Circulating tumour DNA kinetics during immunotherapy", authors: ["Ruth Mensah", "Kwame Osei"], year: 2022, venue: "Journal of Clinical Oncology" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "mensah2023abs", title: "P-117: Tumour Fraction as a Marker of Early Relapse", authors: ["Ruth Mensah", "Kwame Osei"], year: 2023, journal: "Annals of Oncology", doi: "10.5555/rules.an.2" },
			remote: { title: "Tumour fraction as a marker of early relapse", authors: ["Ruth Mensah", "Kwame Osei"], year: 2023, venue: "Annals of Oncology", doi: "10.5555/rules.an.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "mensah2024abs", title: "Abstract 1877: Tumour Fraction after Adjuvant Chemotherapy", authors: ["Ruth Mensah", "Kwame Osei"], year: 2024, journal: "Cancer Research", doi: "10.5555/rules.an.3" },
			remote: { title: "Abstract 1877: Tumour fraction after neoadjuvant radiotherapy", authors: ["Ruth Mensah", "Kwame Osei"], year: 2024, venue: "Cancer Research", doi: "10.5555/rules.an.3" },
			verdict: "major",
			note: "title: different title",
		},
		{
			// a model's name is no poster code: "OP4" (no hyphen) is the title, the rest its subtitle
			local: { citekey: "osei2021mp", title: "OP4", authors: ["Kwame Osei", "Ruth Mensah"], year: 2021, doi: "10.5555/rules.an.4" },
			remote: { title: "OP4: A compact model of tumour growth", authors: ["Kwame Osei", "Ruth Mensah"], year: 2021, venue: "Computational Oncology", doi: "10.5555/rules.an.4" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
	],
};
