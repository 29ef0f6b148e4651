import { foldText } from "../normalize";
import type { Rule } from "./types";

const PLACEHOLDER_VENUE = /^(no title|untitled|unknown( (journal|venue|source|publisher))?|n ?a|none|null|undefined|not available)$/;

/** A venue name that stands for a missing one ("(No Title)", "Unknown", "N/A"): a record defect. */
export function isPlaceholderVenue(name: string): boolean {
	return PLACEHOLDER_VENUE.test(foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

const PLACEHOLDER_TITLE = /^(no title( available)?|untitled|title|n ?a|none|null|undefined|not available|unknown)$/;

/**
 * A record title that stands for a missing one ("Untitled", "[No title available]", "N/A"): the
 * record has no title to compare, as when it is null. A note citing a work so titled (an artist's
 * "Untitled") is compared as usual: its own title is a placeholder too.
 */
export function isPlaceholderTitle(title: string): boolean {
	return PLACEHOLDER_TITLE.test(foldText(title).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

export const recordStub: Rule = {
	id: "record-stub",
	name: "Stub record",
	summary: "A record without authors, or with a placeholder venue such as \"(No Title)\", cannot confirm the note and looks incomplete, minor with a note; a placeholder title (\"Untitled\", \"[No title available]\") is no title, as if the record had none, never a sign that the DOI names another paper; a DOI OpenAlex holds on a stub and on the full record is the full record's, whichever the index answers with.",
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
		{
			local: { citekey: "zeller2019", title: "Lock Queue Lengths on Inland Waterways", authors: ["Yusuf Zeller"], year: 2019, journal: "Inland Shipping Review", doi: "10.5555/rules.rs.3" },
			remote: { title: "Untitled", authors: ["Yusuf Zeller"], year: 2019, venue: "Inland Shipping Review", doi: "10.5555/rules.rs.3" },
			verdict: "confirmed",
			note: "title: the remote title 'Untitled' is a placeholder",
		},
		{
			local: { citekey: "zeller2020", title: "Barge Convoys and Bridge Clearance", authors: ["Yusuf Zeller", "Lorenz Abt"], year: 2020, journal: "Inland Shipping Review", doi: "10.5555/rules.rs.4" },
			remote: { title: "[No title available]", authors: ["Yusuf Zeller", "Lorenz Abt"], year: 2020, venue: "Inland Shipping Review", doi: "10.5555/rules.rs.4" },
			verdict: "confirmed",
			note: "is a placeholder",
		},
		{
			// one DOI on two works, the index answering its singleton with the stub: the full record is compared
			local: { citekey: "dobre2016", title: "Dredging Budgets of Danube Ports", authors: ["Mirela Dobre", "Yusuf Zeller"], year: 2016, journal: "Inland Shipping Review", doi: "10.5555/rules.rs.6" },
			remote: { candidates: [{ title: "Dredging budgets of Danube ports", authors: ["Mirela Dobre", "Yusuf Zeller"], year: 2016, venue: "Inland Shipping Review", doi: "10.5555/rules.rs.6" }, { title: "Dredging budgets of Danube ports", authors: [], year: 2016, venue: null, doi: "10.5555/rules.rs.6" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// the placeholder title hides nothing else: other people, years apart
			local: { citekey: "abt2018", title: "Canal Tolls in the Age of Rail", authors: ["Lorenz Abt"], year: 2018, journal: "Inland Shipping Review", doi: "10.5555/rules.rs.5" },
			remote: { title: "Untitled", authors: ["Mirela Dobre"], year: 2011, venue: "Coastal Law Review", doi: "10.5555/rules.rs.5" },
			verdict: "major",
			note: "authors: different first author",
		},
	],
};
