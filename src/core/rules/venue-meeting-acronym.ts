// IEEE Xplore names many meetings "ACRONYM YEAR - full name or organiser and place", and OpenAlex
// keeps those names ("IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing
// Symposium", "OCEANS 2015 - MTS/IEEE Washington", "GLOBECOM 2017 - 2017 IEEE Global Communications
// Conference"). A note naming the meeting by its acronym ("Proc. IGARSS", "OCEANS 2015") or by the
// name after the dash names that venue. Xplore and the ACM DL also name a meeting "YEAR full name
// (ACRONYM)" ("2019 International Conference on Robotics and Automation (ICRA)"): a note naming it
// by the acronym alone ("Proc. ICRA", "IROS 2019") names that venue too.
import type { Rule } from "./types";

/** "IGARSS 2019 - …": an acronym in capitals (letters, digits, "&", "-"), a year, a dash, the rest. */
const ACRONYM_YEAR_DASH = /^\s*(\p{Lu}[\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d&-]*)\s+(?:19|20)\d{2}\s+[-–—]\s+(\S.*)$/u;

/** "… (ICRA)", "… (MobiCom)": a last bracket holding one short word with two capitals or more, the meeting's acronym. */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}[\p{L}\d&/-]{1,15})\)$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** The meeting's acronym and the name after the dash for a venue named "ACRONYM YEAR - name", the acronym of "… (ACRONYM)"; [] for any other name. */
export function meetingNameParts(name: string): string[] {
	const m = ACRONYM_YEAR_DASH.exec(name);
	if (m) return [m[1], m[2]];
	const trimmed = name.trim();
	const b = trimmed.endsWith(")") ? ACRONYM_IN_BRACKETS.exec(trimmed) : null;
	return b && b.index > 0 && TWO_CAPITALS.test(b[1]) ? [b[1]] : [];
}

export const venueMeetingAcronym: Rule = {
	id: "venue-meeting-acronym",
	name: "A meeting named by acronym, year and dash",
	summary: "A record whose venue is a meeting named \"ACRONYM YEAR - name\" as IEEE Xplore names them (\"IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing Symposium\", \"OCEANS 2015 - MTS/IEEE Washington\") names the venue a note gives by the acronym or by the name after the dash, and so does one named \"YEAR name (ACRONYM)\" (\"2019 International Conference on Robotics and Automation (ICRA)\") for a note's \"ICRA\" or \"IROS 2019\"; another acronym is another venue.",
	examples: [
		{
			local: { citation_key: "ek2019", entry_type: "inproceedings", title: "Sea Ice Drift from Radar Altimetry", authors: ["Sven Ek"], year: 2019, booktitle: "Proc. IGARSS", doi: "10.5555/rules.vm.1" },
			remote: { title: "Sea ice drift from radar altimetry", authors: ["Sven Ek"], year: 2019, venue: "IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing Symposium", doi: "10.5555/rules.vm.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2015", entry_type: "inproceedings", title: "Acoustic Tags for Tracking Harbour Seals", authors: ["Sven Ek", "Elin Nyberg"], year: 2015, booktitle: "OCEANS 2015", doi: "10.5555/rules.vm.2" },
			remote: { title: "Acoustic tags for tracking harbour seals", authors: ["Sven Ek", "Elin Nyberg"], year: 2015, venue: "OCEANS 2015 - MTS/IEEE Washington", doi: "10.5555/rules.vm.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2017", entry_type: "inproceedings", title: "Glacier Velocity from Interferometric Radar", authors: ["Sven Ek"], year: 2017, booktitle: "IEEE International Geoscience and Remote Sensing Symposium", doi: "10.5555/rules.vm.3" },
			remote: { title: "Glacier velocity from interferometric radar", authors: ["Sven Ek"], year: 2017, venue: "IGARSS 2017 - 2017 IEEE International Geoscience and Remote Sensing Symposium", doi: "10.5555/rules.vm.3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2019icra", entry_type: "inproceedings", title: "Ice Anchors for Tethered Sea Drones", authors: ["Sven Ek", "Elin Nyberg"], year: 2019, booktitle: "Proc. ICRA", doi: "10.5555/rules.vm.5" },
			remote: { title: "Ice anchors for tethered sea drones", authors: ["Sven Ek", "Elin Nyberg"], year: 2019, venue: "2019 International Conference on Robotics and Automation (ICRA)", doi: "10.5555/rules.vm.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "nyberg2021", entry_type: "inproceedings", title: "Hull Crawlers on Fouled Plates", authors: ["Elin Nyberg"], year: 2021, booktitle: "IROS 2021", doi: "10.5555/rules.vm.6" },
			remote: { title: "Hull crawlers on fouled plates", authors: ["Elin Nyberg"], year: 2021, venue: "2021 IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)", doi: "10.5555/rules.vm.6" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2020", entry_type: "inproceedings", title: "Ice Anchors for Tethered Sea Gliders", authors: ["Sven Ek"], year: 2020, booktitle: "Proc. IROS", doi: "10.5555/rules.vm.7" },
			remote: { title: "Ice anchors for tethered sea gliders", authors: ["Sven Ek"], year: 2020, venue: "2020 IEEE International Conference on Robotics and Automation (ICRA)", doi: "10.5555/rules.vm.7" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citation_key: "ek2018", entry_type: "inproceedings", title: "Snow Depth on Sea Ice from Dual-Band Radar", authors: ["Sven Ek"], year: 2018, booktitle: "Proc. ICASSP", doi: "10.5555/rules.vm.4" },
			remote: { title: "Snow depth on sea ice from dual-band radar", authors: ["Sven Ek"], year: 2018, venue: "IGARSS 2018 - 2018 IEEE International Geoscience and Remote Sensing Symposium", doi: "10.5555/rules.vm.4" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
