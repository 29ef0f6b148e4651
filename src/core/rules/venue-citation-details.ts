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
	const vancouver = journalBeforeVancouverDetails(name);
	if (vancouver !== null) return [vancouver];
	if (!name.includes(",")) return [];
	const parts = name.split(",").map((p) => p.trim());
	const at = parts.findIndex((p, i) => i > 0 && DETAIL.test(p));
	if (at < 1) return [];
	const before = parts.slice(0, at).join(", ");
	return at > 1 ? [before, parts[0]] : [before];
}

const VANCOUVER_DATE = /^(?:19|20)\d{2}$|^[a-z]{3,9}\.?$|^\d{1,2}$/i;

/**
 * The journal before a Vancouver (NLM) reference line's date, volume, issue and pages ("J Clin Oncol.
 * 2020;38(15_suppl):e13521", "Lancet. 2019 Mar 2;393(10174):899-909"): the words before a year
 * (and month and day) that ends at the first ";", a volume after it; null for any other name.
 */
function journalBeforeVancouverDetails(name: string): string | null {
	const semi = name.length <= 400 ? name.indexOf(";") : -1;
	if (semi < 0 || !/^\s*\d/.test(name.slice(semi + 1))) return null;
	const words = name.slice(0, semi).trim().split(" ");
	const year = words.findIndex((w) => /^(?:19|20)\d{2}$/.test(w));
	if (year < 1 || words.length - year > 3 || !words.slice(year).every((w) => VANCOUVER_DATE.test(w))) return null;
	let journal = words.slice(0, year).join(" ");
	while (journal.endsWith(".") || journal.endsWith(",")) journal = journal.slice(0, -1);
	return journal.trim() === "" ? null : journal.trim();
}

export const venueCitationDetails: Rule = {
	id: "venue-citation-details",
	name: "A venue with the citation's place, date and pages",
	summary: "A note's venue written as the tail of a reference line (\"in ICRA, Montreal, QC, Canada, 2019, pp. 1–7\", \"IEEE Access, vol. 7, no. 2, pp. 1234–1241, Apr. 2019\", Vancouver's \"J Clin Oncol. 2020;38(15_suppl):e13521\") names the venue before the place, date, volume and pages; that name is compared, and another name there is another venue.",
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
			// a Vancouver (NLM) reference line: the journal, then year;volume(issue):pages
			local: { citation_key: "nyberg2020jco", title: "Cold Exposure in Trawler Crews with Lymphoma", authors: ["Elin Nyberg"], year: 2020, journal: "J Clin Oncol. 2020;38(15_suppl):e19012", doi: "10.5555/rules.vcd.4" },
			remote: { title: "Cold exposure in trawler crews with lymphoma", authors: ["Elin Nyberg"], year: 2020, venue: "Journal of Clinical Oncology", doi: "10.5555/rules.vcd.4" },
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
