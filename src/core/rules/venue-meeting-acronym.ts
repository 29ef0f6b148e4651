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

/**
 * A meeting named by its acronym alone as the ACM DL's `series` writes it ("MobiSys '19", "IDC
 * '18", "SenSys 2020", "MobiSys '19 Demos", or with a hyphen before the year as the ACL's workshops
 * write it: "SemEval-2020"): the acronym, else null. Two capitals at least, so that
 * a one-word journal ("Nature") is no acronym.
 */
const ACRONYM_ALONE = /^\{?(\p{Lu}[\p{L}\d]{1,11})\}?(?: ?['’]\d{2}|[ -](?:19|20)\d{2})?(?: (?:demos?|posters?|companion|adjunct|workshops?|extended abstracts|ea|wip))?$/iu;
export function acronymAlone(name: string): string | null {
	const m = name.length <= 40 ? ACRONYM_ALONE.exec(name.trim()) : null;
	return m && TWO_CAPITALS.test(m[1]) && !/\d/.test(m[1]) ? m[1].toLowerCase() : null;
}

/**
 * True when the acronym is spelt, in order, by the starts of a run of the name's words
 * ("mobisys": "mobile systems", "sensys": "sensor systems", "idc": "interaction design children",
 * "icse": "international conference software engineering", the name read with its meeting's words):
 * each word gives one or more of its first letters. An acronym of initials only must spell the
 * whole name, of three words at least: initials alone fit too many names.
 */
export function acronymSpells(acronym: string, words: string[]): boolean {
	if (acronym.length < 3 || words.length === 0 || words.length > 40) return false;
	for (let start = 0; start < words.length; start++) if (spellsFrom(acronym, 0, words, start, 0, start === 0)) return true;
	return false;
}

/**
 * Closed compounds whose acronyms take a letter from each part, as they were coined when the parts
 * were two words ("EDBT": "Extending Database Technology", "SSDBM", "DBPL"; "MMSys": "Multimedia
 * Systems").
 */
const COMPOUND_INITIALS: Readonly<Record<string, string>> = { database: "db", databases: "db", multimedia: "mm" };

function spellsFrom(acronym: string, at: number, words: string[], w: number, used: number, fromFirst: boolean): boolean {
	if (at === acronym.length) return used < acronym.length ? used >= 2 : used >= 3 && fromFirst && w === words.length;
	if (w === words.length) return false;
	const word = words[w];
	// the longest start of this word that the acronym continues with, then shorter ones
	let n = 0;
	while (n < word.length && at + n < acronym.length && word[n] === acronym[at + n]) n++;
	for (let k = n; k >= 1; k--) if (spellsFrom(acronym, at + k, words, w + 1, used + 1, fromFirst)) return true;
	// a closed compound giving its parts' initials
	const parts = Object.prototype.hasOwnProperty.call(COMPOUND_INITIALS, word) ? COMPOUND_INITIALS[word] : undefined;
	return parts !== undefined && acronym.startsWith(parts, at) && spellsFrom(acronym, at + parts.length, words, w + 1, used + 1, fromFirst);
}

export const venueMeetingAcronym: Rule = {
	id: "venue-meeting-acronym",
	name: "A meeting named by acronym, year and dash",
	summary: "A record whose venue is a meeting named \"ACRONYM YEAR - name\" as IEEE Xplore names them (\"IGARSS 2019 - 2019 IEEE International Geoscience and Remote Sensing Symposium\", \"OCEANS 2015 - MTS/IEEE Washington\") names the venue a note gives by the acronym or by the name after the dash, and so does one named \"YEAR name (ACRONYM)\" (\"2019 International Conference on Robotics and Automation (ICRA)\") for a note's \"ICRA\" or \"IROS 2019\", and a note naming the meeting by an acronym the ACM DL gives (\"MobiSys '19\", \"IDC '18\", \"SemEval-2020\") names a proceedings whose name's words spell it (\"… Mobile Systems, Applications, and Services\", \"… Interaction Design and Children\", \"ICSE\" for \"… International Conference on Software Engineering\", a closed compound giving a letter from each part: \"EDBT-2021\" for \"… Extending Database Technology\", \"MMSys '20\" for \"… Multimedia Systems Conference\"); another acronym is another venue.",
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
			local: { citation_key: "nyberg2019mobisys", entry_type: "inproceedings", title: "Battery-Free Tags on Fishing Nets", authors: ["Elin Nyberg"], year: 2019, booktitle: "MobiSys '19", doi: "10.5555/rules.vm.8" },
			remote: { title: "Battery-free tags on fishing nets", authors: ["Elin Nyberg"], year: 2019, venue: "Proceedings of the 17th Annual International Conference on Mobile Systems, Applications, and Services", doi: "10.5555/rules.vm.8" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "ek2018idc", entry_type: "inproceedings", title: "Tide Games for Coastal Schools", authors: ["Sven Ek"], year: 2018, booktitle: "IDC '18", doi: "10.5555/rules.vm.9" },
			remote: { title: "Tide games for coastal schools", authors: ["Sven Ek"], year: 2018, venue: "Proceedings of the 17th ACM Conference on Interaction Design and Children", doi: "10.5555/rules.vm.9" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a workshop of its own named by its acronym and year, hyphenated
			local: { citation_key: "nyberg2020semeval", entry_type: "inproceedings", title: "Ice Terms in Ship Logs as a Shared Task", authors: ["Elin Nyberg"], year: 2020, booktitle: "SemEval-2020", doi: "10.5555/rules.vm.11" },
			remote: { title: "Ice terms in ship logs as a shared task", authors: ["Elin Nyberg"], year: 2020, venue: "Proceedings of the Fourteenth Workshop on Semantic Evaluation", doi: "10.5555/rules.vm.11" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a closed compound gives a letter from each part, as when the acronym was coined it was two words
			local: { citation_key: "ek2021edbt", entry_type: "inproceedings", title: "Tiered Storage for Sonar Archives", authors: ["Sven Ek"], year: 2021, booktitle: "EDBT-2021", doi: "10.5555/rules.vm.13" },
			remote: { title: "Tiered storage for sonar archives", authors: ["Sven Ek"], year: 2021, venue: "Proceedings of the 24th International Conference on Extending Database Technology", doi: "10.5555/rules.vm.13" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "nyberg2020mmsys", entry_type: "inproceedings", title: "Streaming Hydrophone Audio over Satellite Links", authors: ["Elin Nyberg"], year: 2020, booktitle: "MMSys '20", doi: "10.5555/rules.vm.14" },
			remote: { title: "Streaming hydrophone audio over satellite links", authors: ["Elin Nyberg"], year: 2020, venue: "Proceedings of the 11th ACM Multimedia Systems Conference", doi: "10.5555/rules.vm.14" },
			verdict: "confirmed",
			note: "",
		},
		{
			// initials that stand for "International Conference", which the venue's key leaves out
			local: { citation_key: "ek2019icse", entry_type: "inproceedings", title: "Flaky Tests in Sonar Firmware", authors: ["Sven Ek"], year: 2019, booktitle: "ICSE 2019", doi: "10.5555/rules.vm.12" },
			remote: { title: "Flaky tests in sonar firmware", authors: ["Sven Ek"], year: 2019, venue: "Proceedings of the 41st International Conference on Software Engineering", doi: "10.5555/rules.vm.12" },
			verdict: "confirmed",
			note: "",
		},
		{
			// initials alone must spell the whole name, and a journal is no meeting
			local: { citation_key: "ek2018idc2", entry_type: "inproceedings", title: "Tide Games for Inland Schools", authors: ["Sven Ek"], year: 2018, booktitle: "IDC '18", doi: "10.5555/rules.vm.10" },
			remote: { title: "Tide games for inland schools", authors: ["Sven Ek"], year: 2018, venue: "Journal of Industrial Design and Chemistry", doi: "10.5555/rules.vm.10" },
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
