import type { Rule } from "./types";

export const venueOtherLocation: Rule = {
	id: "venue-other-location",
	name: "Venue of another location",
	summary: "A venue that matches any location of the work (the published venue of a record whose primary location is a repository) is the work's venue, accepted with a note.",
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
	],
};
