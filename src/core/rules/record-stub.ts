import { foldText } from "../normalize";
import type { Rule } from "./types";

const PLACEHOLDER_VENUE = /^(no title|untitled|unknown( (journal|venue|source|publisher))?|n ?a|none|null|undefined|not available)$/;

/** A venue name that stands for a missing one ("(No Title)", "Unknown", "N/A"): a record defect. */
export function isPlaceholderVenue(name: string): boolean {
	return PLACEHOLDER_VENUE.test(foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

export const recordStub: Rule = {
	id: "record-stub",
	name: "Stub record",
	summary: "A record without authors, or with a placeholder venue such as \"(No Title)\", cannot confirm the note and looks incomplete, minor with a note.",
	examples: [
		{
			local: { citekey: "abt2021", title: "Ferry Timetables as Network Data", authors: ["Lorenz Abt", "Yusuf Zeller"], year: 2021, doi: "10.5555/rules.rs.1" },
			remote: { title: "Ferry timetables as network data", authors: [], year: 2021, venue: "Transport Data Notes", doi: "10.5555/rules.rs.1" },
			verdict: "minor",
			note: "authors: the remote record lists no authors (the record looks incomplete)",
		},
		{
			local: { citekey: "abt2022", title: "Harbour Crane Scheduling", authors: ["Lorenz Abt"], year: 2022, journal: "Port Operations Review", doi: "10.5555/rules.rs.2" },
			remote: { title: "Harbour crane scheduling", authors: ["Lorenz Abt"], year: 2022, venue: "(No Title)", doi: "10.5555/rules.rs.2" },
			verdict: "minor",
			note: "venue: the remote venue '(No Title)' is a placeholder (the record looks incomplete)",
		},
	],
};
