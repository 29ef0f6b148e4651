import type { Rule } from "./types";

export const venueOtherLocation: Rule = {
	id: "venue-other-location",
	name: "Venue of another location",
	summary: "A venue that matches any location of the work (the published venue of a record whose primary location is a repository) is the work's venue, accepted with a note, but a note naming the repository that holds a copy (PubMed Central, Europe PMC, a university's, not a preprint server) where a journal or proceedings published the work is minor with a note naming that venue.",
	examples: [
		{
			local: { citekey: "brenner2021", title: "Calibrated Rankers for Job Search", authors: ["Nadia Brenner"], year: 2021, booktitle: "ICML", doi: "10.5555/rules.vl.1" },
			remote: { title: "Calibrated rankers for job search", authors: ["Nadia Brenner"], year: 2021, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "preprint", otherVenues: [{ venue: "International Conference on Machine Learning", sourceType: "conference" }], doi: "10.5555/rules.vl.1" },
			verdict: "confirmed",
			note: "venue: matches another location of the work (International Conference on Machine Learning)",
		},
		{
			local: { citekey: "brenner2022", title: "Job Search Frictions in Small Towns", authors: ["Nadia Brenner", "Tomas Halloran"], year: 2022, journal: "Journal of Labor Economics", doi: "10.5555/rules.vl.2" },
			remote: { title: "Job search frictions in small towns", authors: ["Nadia Brenner", "Tomas Halloran"], year: 2022, venue: "Research Papers in Economics", type: "article", otherVenues: [{ venue: "Journal of Labor Economics", sourceType: "journal" }], doi: "10.5555/rules.vl.2" },
			verdict: "confirmed",
			note: "venue: matches another location of the work",
		},
		{
			// the note names the repository holding a copy (Europe PMC), not the journal that published it
			local: { citekey: "varga2018", title: "Biofilm Growth in Drinking Water Mains", authors: ["Hugo Varga"], year: 2018, journal: "Europe PMC", doi: "10.5555/rules.vol.9" },
			remote: { title: "Biofilm growth in drinking water mains", authors: ["Hugo Varga"], year: 2018, venue: "Water Microbiology Letters", doi: "10.5555/rules.vol.9", otherVenues: [{ venue: "Europe PMC (PubMed Central)", sourceType: "repository" }] },
			verdict: "minor",
			note: "venue: 'Europe PMC' is a repository holding a copy of the work; it was published in 'Water Microbiology Letters'",
		},
	],
};
