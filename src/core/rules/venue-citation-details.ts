// IEEE's reference style, and people who copy a reference line into the venue field, write the
// venue with the rest of the citation after it: the meeting's place, the date, the volume, number
// and pages ("in Proc. ICRA, Montreal, QC, Canada, 2019, pp. 1–7", "IEEE Robot. Autom. Lett., vol.
// 4, no. 2, pp. 1234–1241, Apr. 2019"). Those parts say where and when, not which venue: the name is
// what comes before them, or, with a place between, the part before the first comma.
import type { Rule } from "./types";

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** A comma-separated part of a reference line that is a year, a date, pages, a volume, a number or an article number. */
const DETAIL = new RegExp(`^(?:(?:19|20)\\d{2}[a-z]?|${MONTH} (?:\\d{1,2}(?:[-–]\\d{1,2})? )?(?:19|20)\\d{2}|(?:pp?|vol|no|art|article|paper)\\.? ?(?:no\\.? ?)?[\\dA-Z][\\w–-]*|[\\d–-]+ pp\\.?)$`, "i");

/** The venue's name before the place, date, volume and pages a reference line gives after it; [] for a name without them. */
export function venueBeforeCitationDetails(name: string): string[] {
	if (!name.includes(",")) return [];
	const parts = name.split(",").map((p) => p.trim());
	const at = parts.findIndex((p, i) => i > 0 && DETAIL.test(p));
	if (at < 1) return [];
	const before = parts.slice(0, at).join(", ");
	return at > 1 ? [before, parts[0]] : [before];
}

export const venueCitationDetails: Rule = {
	id: "venue-citation-details",
	name: "A venue with the citation's place, date and pages",
	summary: "A note's venue written as the tail of a reference line (\"in ICRA, Montreal, QC, Canada, 2019, pp. 1–7\", \"IEEE Access, vol. 7, no. 2, pp. 1234–1241, Apr. 2019\") names the venue before the place, date, volume and pages; that name is compared, and another name there is another venue.",
	examples: [
		{
			local: { citation_key: "ek2019", entry_type: "inproceedings", title: "Under-Ice Docking for Survey Drones", authors: ["Sven Ek"], year: 2019, booktitle: "in Proc. IEEE Int. Conf. Robot. Autom. (ICRA), Montreal, QC, Canada, 2019, pp. 1–7", doi: "10.5555/rules.vcd.1" },
			remote: { title: "Under-ice docking for survey drones", authors: ["Sven Ek"], year: 2019, venue: "2019 International Conference on Robotics and Automation (ICRA)", doi: "10.5555/rules.vcd.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "nyberg2019", title: "Passive Compliance in Hull Crawlers", authors: ["Elin Nyberg"], year: 2019, journal: "IEEE Robot. Autom. Lett., vol. 4, no. 2, pp. 1234–1241, Apr. 2019", doi: "10.5555/rules.vcd.2" },
			remote: { title: "Passive compliance in hull crawlers", authors: ["Elin Nyberg"], year: 2019, venue: "IEEE Robotics and Automation Letters", doi: "10.5555/rules.vcd.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2017", title: "Sonar Mosaics under Sea Ice", authors: ["Sven Ek"], year: 2017, journal: "IEEE J. Ocean. Eng., vol. 42, no. 3, pp. 610–622, Jul. 2017", doi: "10.5555/rules.vcd.3" },
			remote: { title: "Sonar mosaics under sea ice", authors: ["Sven Ek"], year: 2017, venue: "IEEE Robotics and Automation Letters", doi: "10.5555/rules.vcd.3" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
