import type { Rule } from "./types";

/**
 * A distributor's or a series' document number ("ERIC Document Reproduction Service No. ED456789",
 * "Report No. NCEE 2019-4001", "Working Paper No. 412"): a report's source, not a journal's or a
 * conference's name, so no venue table can judge it.
 */
const DOCUMENT_NUMBER = /\bNo\.? ?[A-Z]{0,5}[- ]?\d[\d-]{2,}\b/;
export function namesADocumentNumber(venue: string): boolean {
	return DOCUMENT_NUMBER.test(venue);
}

export const venueUnconfirmed: Rule = {
	id: "venue-unconfirmed",
	name: "Venue the index cannot confirm",
	summary: "When the record is only the preprint or has no venue, a venue that matches no conference or journal we know is not silently confirmed (a fabricated venue is a classic error of generated references), and neither is a known venue that publishes with DOIs when OpenAlex holds no published version, both minor; a report's document number (\"ERIC Document Reproduction Service No ED456789\") names no journal and is not judged.",
	examples: [
		{
			local: { title: "Dual enrollment and persistence in harbour-town colleges", authors: ["Nadia Brenner"], year: 2001, journal: "ERIC Document Reproduction Service No. ED456789" },
			remote: { candidates: [{ title: "Dual enrollment and persistence in harbour-town colleges", authors: ["Nadia Brenner"], year: 2001, venue: null, type: "report" }] },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
		{
			local: { title: "Summer reading programs in harbour towns", authors: ["Nadia Brenner"], year: 2019, journal: "Report No. NCEE 2019-4001" },
			remote: { candidates: [{ title: "Summer reading programs in harbour towns", authors: ["Nadia Brenner"], year: 2019, venue: null, type: "report" }] },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
		{
			local: { citekey: "halloran2023sym", title: "Learned Wage Posting Policies", authors: ["Tomas Halloran", "Nadia Brenner"], year: 2023, booktitle: "Symposium on Adaptive Labour Markets", doi: "10.48550/arxiv.2303.07777" },
			remote: { title: "Learned wage posting policies", authors: ["Tomas Halloran", "Nadia Brenner"], year: 2023, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2303.07777" },
			verdict: "minor",
			note: "venue: 'Symposium on Adaptive Labour Markets' matches no conference or journal we know, and the record is only the arXiv preprint",
		},
		{
			local: { citekey: "brenner2020j", title: "Search Intensity over the Business Cycle", authors: ["Nadia Brenner"], year: 2020, journal: "Journal of Frictional Labour Dynamics", doi: "10.5555/rules.vu.2" },
			remote: { title: "Search intensity over the business cycle", authors: ["Nadia Brenner"], year: 2020, venue: null, doi: "10.5555/rules.vu.2" },
			verdict: "minor",
			note: "venue: 'Journal of Frictional Labour Dynamics' matches no conference or journal we know, and the record has no venue",
		},
		{
			local: { citekey: "idowu2021acl", title: "Dialect Tags for Harbour Radio Transcripts", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, booktitle: "ACL" },
			remote: { candidates: [{ title: "Dialect tags for harbour radio transcripts", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, venue: "arXiv (Cornell University)" }] },
			verdict: "minor",
			note: "venue: ACL publishes its papers with DOIs, but OpenAlex holds only the arXiv preprint",
		},
		{
			local: { citekey: "idowu2023neurips", title: "Token Pruning for Harbour Radio", authors: ["Zainab Idowu"], year: 2023, booktitle: "Advances in Neural Information Processing Systems" },
			remote: { candidates: [{ title: "Token pruning for harbour radio", authors: ["Zainab Idowu"], year: 2023, venue: "arXiv (Cornell University)" }] },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			local: { citekey: "idowu2022merged", title: "Speech Repair in Noisy Channels", authors: ["Zainab Idowu"], year: 2022, booktitle: "ICML", doi: "10.48550/arxiv.2201.03333" },
			remote: { title: "Speech repair in noisy channels", authors: ["Zainab Idowu"], year: 2022, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2201.03333", otherVenues: [{ venue: "Neural Information Processing Systems", sourceType: "conference" }] },
			verdict: "minor",
			note: "venue: 'ICML' vs 'Neural Information Processing Systems'",
		},
	],
};
