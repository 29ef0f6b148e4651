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
	summary: "A record without authors, or with a placeholder venue such as \"(No Title)\", cannot confirm the note and looks incomplete, minor with a note; a placeholder title (\"Untitled\", \"[No title available]\") is no title, as if the record had none, never a sign that the DOI names another paper; a DOI OpenAlex holds on a stub and on the full record is the full record's, whichever the index answers with, and of two records of one title and authors the one without a year or venue gives way to the fuller one in the venue the note names when it is the only one and the title is not a short one many works share (found by title, or by a free autocomplete when the note's identifier names the stub), so its gaps neither confirm the note nor hide a wrong year, and an authorship naming no one (the first one too) leaves as many of the note's names unconfirmed, minor, not missing.",
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
		{
			// one paper held twice, a stub without year or venue ranked first: the full record's year is the one compared
			local: { citekey: "zeller2008", title: "Barge Convoys on the Upper Danube", authors: ["Yusuf Zeller"], year: 2008, journal: "Inland Shipping Review" },
			remote: { candidates: [{ title: "Barge convoys on the upper Danube", authors: ["Yusuf Zeller"], year: null, venue: null }, { title: "Barge convoys on the upper Danube", authors: ["Yusuf Zeller"], year: 2012, venue: "Inland Shipping Review", doi: "10.5555/rules.rs.7" }] },
			verdict: "major",
			note: "year: 2008 vs 2012",
		},
		{
			// the same paper's stub without a venue ranked first, the note's year on both: the full record confirms it
			local: { citekey: "zeller2013", title: "Lock Maintenance Windows and Barge Delays", authors: ["Yusuf Zeller", "Lorenz Abt"], year: 2013, journal: "Inland Shipping Review" },
			remote: { candidates: [{ title: "Lock maintenance windows and barge delays", authors: ["Yusuf Zeller", "Lorenz Abt"], year: 2013, venue: null }, { title: "Lock maintenance windows and barge delays", authors: ["Yusuf Zeller", "Lorenz Abt"], year: 2013, venue: "Inland Shipping Review", doi: "10.5555/rules.rs.8" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// an authorship naming no one (neither profile nor byline): the note's name there cannot be confirmed, not an error
			local: { citekey: "abt2019", title: "Tug Assistance Times in Narrow Ports", authors: ["Lorenz Abt", "Yusuf Zeller", "Mira Tanaka"], year: 2019, journal: "Port Operations Review", doi: "10.5555/rules.rs.9" },
			remote: { title: "Tug assistance times in narrow ports", authors: ["Lorenz Abt", "", "Mira Tanaka"], year: 2019, venue: "Port Operations Review", doi: "10.5555/rules.rs.9" },
			verdict: "minor",
			note: "authors: the record has 1 authorship without a name (the record looks incomplete); not confirmed: 'Yusuf Zeller'",
		},
		{
			// the first authorship names no one: the note's first author is unconfirmed, not another person
			local: { citekey: "tanaka2020", title: "Pilot Boarding Delays in Fog", authors: ["Mira Tanaka", "Lorenz Abt"], year: 2020, journal: "Port Operations Review", doi: "10.5555/rules.rs.10" },
			remote: { title: "Pilot boarding delays in fog", authors: ["", "Lorenz Abt"], year: 2020, venue: "Port Operations Review", doi: "10.5555/rules.rs.10" },
			verdict: "minor",
			note: "authors: the record has 1 authorship without a name (the record looks incomplete); not confirmed: 'Mira Tanaka'",
		},
		{
			// the note's DOI names a stub without year or venue; its twin in the note's journal dates the paper four years later
			local: { citekey: "zeller2005", title: "Ice Breaking Schedules on the Saimaa Canal", authors: ["Yusuf Zeller"], year: 2005, journal: "Inland Shipping Review", doi: "10.5555/rules.rs.11" },
			remote: { candidates: [{ title: "Ice breaking schedules on the Saimaa Canal", authors: ["Yusuf Zeller"], year: null, venue: null, doi: "10.5555/rules.rs.11" }, { title: "Ice breaking schedules on the Saimaa Canal", authors: ["Yusuf Zeller"], year: 2009, venue: "Inland Shipping Review" }] },
			verdict: "major",
			note: "year: 2005 vs 2009",
		},
	],
};
