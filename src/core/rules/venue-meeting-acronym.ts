// IEEE Xplore names many meetings "ACRONYM YEAR - full name or organiser and place", and OpenAlex
// keeps those names ("IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing
// Symposium", "OCEANS 2015 - MTS/IEEE Washington", "GLOBECOM 2017 - 2017 IEEE Global Communications
// Conference"). A note naming the meeting by its acronym ("Proc. IGARSS", "OCEANS 2015") or by the
// name after the dash names that venue.
import type { Rule } from "./types";

/** "IGARSS 2019 - …": an acronym in capitals (letters, digits, "&", "-"), a year, a dash, the rest. */
const ACRONYM_YEAR_DASH = /^\s*(\p{Lu}[\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d&-]*)\s+(?:19|20)\d{2}\s+[-–—]\s+(\S.*)$/u;

/** The meeting's acronym and the name after the dash, for a venue named "ACRONYM YEAR - name"; [] for any other name. */
export function meetingNameParts(name: string): string[] {
	const m = ACRONYM_YEAR_DASH.exec(name);
	return m ? [m[1], m[2]] : [];
}

export const venueMeetingAcronym: Rule = {
	id: "venue-meeting-acronym",
	name: "A meeting named by acronym, year and dash",
	summary: "A record whose venue is a meeting named \"ACRONYM YEAR - name\" as IEEE Xplore names them (\"IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing Symposium\", \"OCEANS 2015 - MTS/IEEE Washington\") names the venue a note gives by the acronym or by the name after the dash; another acronym is another venue.",
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
			local: { citation_key: "ek2018", entry_type: "inproceedings", title: "Snow Depth on Sea Ice from Dual-Band Radar", authors: ["Sven Ek"], year: 2018, booktitle: "Proc. ICASSP", doi: "10.5555/rules.vm.4" },
			remote: { title: "Snow depth on sea ice from dual-band radar", authors: ["Sven Ek"], year: 2018, venue: "IGARSS 2018 - 2018 IEEE International Geoscience and Remote Sensing Symposium", doi: "10.5555/rules.vm.4" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
