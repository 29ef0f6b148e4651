import type { Rule } from "./types";

export const venueAliases: Rule = {
	id: "venue-aliases",
	name: "Venue names and abbreviations",
	summary: "An abbreviation and the full name of a venue, \"Proceedings of the …\" wording, years and ordinals, a leading \"The\", word-by-word abbreviations and a publisher series that holds the conference are one venue.",
	examples: [
		{
			local: { citekey: "idowu2022", title: "Token Budgets for Long Documents", authors: ["Zainab Idowu"], year: 2022, booktitle: "NeurIPS 2022", doi: "10.5555/rules.va.1" },
			remote: { title: "Token budgets for long documents", authors: ["Zainab Idowu"], year: 2022, venue: "Advances in Neural Information Processing Systems 35", doi: "10.5555/rules.va.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "idowu2019", title: "Sparse Lexicons for Code Search", authors: ["Zainab Idowu", "Tomas Halloran"], year: 2019, booktitle: "ECCV", doi: "10.5555/rules.va.2" },
			remote: { title: "Sparse lexicons for code search", authors: ["Zainab Idowu", "Tomas Halloran"], year: 2019, venue: "Lecture Notes in Computer Science", doi: "10.5555/rules.va.2" },
			verdict: "confirmed",
			note: "venue: the remote venue is the LNCS series that holds ECCV",
		},
		{
			local: { citekey: "halloran2018", title: "Wage Floors and Firm Entry", authors: ["Tomas Halloran"], year: 2018, journal: "Quarterly Journal of Economics", doi: "10.5555/rules.va.3" },
			remote: { title: "Wage floors and firm entry", authors: ["Tomas Halloran"], year: 2018, venue: "The Quarterly Journal of Economics", doi: "10.5555/rules.va.3" },
			verdict: "confirmed",
			note: "",
		},
	],
};
