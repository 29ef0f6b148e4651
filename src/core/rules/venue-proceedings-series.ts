// Engineering societies publish their meetings' papers in series whose names say nothing of the
// meeting: SPIE's Proceedings (each volume titled by its conference, "Optical Metrology and
// Inspection for Industrial Applications VI"), AIP Conference Proceedings, IOP's Conference
// Series, the Web of Conferences of EDP Sciences, IFAC-PapersOnLine for IFAC's congresses and
// symposia, and ASME's proceedings volumes, which OpenAlex names by volume ("Volume 5A: 42nd
// Mechanisms and Robotics Conference"). AIAA and ASME meeting papers are cited by their number
// ("AIAA Paper 2019-1234", "ASME Paper No. GT2018-76543"), which names the paper, not the forum.
import type { Rule } from "./types";

/** Series holding many meetings' proceedings, as their names' keys read (folded, punctuation as spaces, "the" dropped). */
export const MEETING_SERIES: Array<{ name: string; pattern: RegExp }> = [
	{ name: "Proceedings of SPIE", pattern: /^(proceedings of spie( international society for optical engineering)?|proc spie|spie proceedings)$/ },
	{ name: "AIP Conference Proceedings", pattern: /^aip conference proceedings$/ },
	{ name: "IOP Conference Series", pattern: /^(journal of physics conference series|iop conference series [a-z ]+)$/ },
	{ name: "Web of Conferences", pattern: /^(e3s|matec|shs|epj|bio|itm) web of conferences$/ },
	{ name: "IFAC-PapersOnLine", pattern: /^(ifac papersonline|ifac proceedings volumes)$/ },
	// ASME's volumes as OpenAlex names them ("Volume 5A: 42nd Mechanisms and Robotics Conference")
	{ name: "volume-titled proceedings", pattern: /^volume \d+[a-z]? / },
];

/** A journal's name (a meeting series holds no journal). */
const JOURNAL_NAME = /\b(journal|transactions|letters|magazine|annals|bulletin|quarterly|reviews?|acta|j)\b/;

/** True for a journal's name, as a key (folded, punctuation as spaces). */
export function namesAJournal(key: string): boolean {
	return JOURNAL_NAME.test(key);
}

/** "aiaa paper 2019 1234", "aiaa 2019 1234", "asme paper no gt2018 76543", "sae technical paper 2019 01 1234". */
const PAPER_NUMBER = /^(aiaa|asme|sae)( technical)?( paper)?( no)? [a-z]{0,6}\d{4} \d+( \d+)?$/;

/**
 * The series (by name) that holds the note's meeting when the record's venue is one of these
 * series and the note's venue is no journal, or the society whose meeting paper a note cites by
 * number when the record's venue is that society's meeting; null otherwise. Both names are keys
 * (folded, punctuation as spaces).
 */
export function meetingSeriesHolding(localKey: string, remoteKey: string): string | null {
	const paper = PAPER_NUMBER.exec(localKey);
	if (paper && remoteKey.startsWith(`${paper[1]} `)) return `${paper[1].toUpperCase()} meeting papers`;
	// a journal is no meeting, and a note naming the series itself is compared by name
	if (JOURNAL_NAME.test(localKey) || MEETING_SERIES.some((s) => s.pattern.test(localKey))) return null;
	return MEETING_SERIES.find((s) => s.pattern.test(remoteKey))?.name ?? null;
}

export const venueProceedingsSeries: Rule = {
	id: "venue-proceedings-series",
	name: "Proceedings series of engineering societies",
	summary: "A record filed under a series that holds many meetings' proceedings (Proceedings of SPIE, AIP Conference Proceedings, IOP Conference Series, the Web of Conferences, IFAC-PapersOnLine, an ASME proceedings volume named \"Volume 5A: …\") holds the meeting or volume a note names, unless the note names a journal, and a note citing an AIAA, ASME or SAE meeting paper by its number (\"AIAA Paper 2019-1234\") names a paper of that society's meeting the record gives.",
	examples: [
		{
			local: { citation_key: "ek2019spie", entry_type: "inproceedings", title: "Laser Speckle Imaging of Sea Ice Cores", authors: ["Sven Ek"], year: 2019, booktitle: "Optical Metrology and Inspection for Industrial Applications VI", publisher: "SPIE", doi: "10.5555/rules.vps.1" },
			remote: { title: "Laser speckle imaging of sea ice cores", authors: ["Sven Ek"], year: 2019, venue: "Proceedings of SPIE, the International Society for Optical Engineering/Proceedings of SPIE", doi: "10.5555/rules.vps.1" },
			verdict: "confirmed",
			note: "venue: the remote venue is the Proceedings of SPIE series that holds Optical Metrology and Inspection for Industrial Applications VI",
		},
		{
			local: { citation_key: "nyberg2020ifac", entry_type: "inproceedings", title: "Moving Horizon Estimation for Ballast Tanks", authors: ["Elin Nyberg"], year: 2020, booktitle: "Proceedings of the 21st IFAC World Congress", doi: "10.5555/rules.vps.2" },
			remote: { title: "Moving horizon estimation for ballast tanks", authors: ["Elin Nyberg"], year: 2020, venue: "IFAC-PapersOnLine", doi: "10.5555/rules.vps.2" },
			verdict: "confirmed",
			note: "venue: the remote venue is the IFAC-PapersOnLine series that holds Proceedings of the 21st IFAC World Congress",
		},
		{
			local: { citation_key: "ek2018asme", entry_type: "inproceedings", title: "Bistable Hatches for Ice-Class Hulls", authors: ["Sven Ek"], year: 2018, booktitle: "Proceedings of the ASME 2018 International Design Engineering Technical Conferences", doi: "10.5555/rules.vps.3" },
			remote: { title: "Bistable hatches for ice-class hulls", authors: ["Sven Ek"], year: 2018, venue: "Volume 5A: 42nd Mechanisms and Robotics Conference", doi: "10.5555/rules.vps.3" },
			verdict: "confirmed",
			note: "venue: the remote venue is the volume-titled proceedings series that holds Proceedings of the ASME 2018 International Design Engineering Technical Conferences",
		},
		{
			local: { citation_key: "nyberg2020aiaa", title: "Icing Loads on Rotor Blades of Survey Drones", authors: ["Elin Nyberg"], year: 2020, journal: "AIAA Paper 2020-1187", doi: "10.5555/rules.vps.4" },
			remote: { title: "Icing loads on rotor blades of survey drones", authors: ["Elin Nyberg"], year: 2020, venue: "AIAA Scitech 2020 Forum", doi: "10.5555/rules.vps.4" },
			verdict: "confirmed",
			note: "venue: the remote venue is the AIAA meeting papers series that holds AIAA Paper 2020-1187",
		},
		{
			// an ASME paper number, the record filed under its proceedings volume
			local: { citation_key: "nyberg2018gt", title: "Film Cooling of Ice-Breaker Turbines", authors: ["Elin Nyberg"], year: 2018, journal: "ASME Paper No. GT2018-76599", doi: "10.5555/rules.vps.7" },
			remote: { title: "Film cooling of ice-breaker turbines", authors: ["Elin Nyberg"], year: 2018, venue: "Volume 5B: Heat Transfer", doi: "10.5555/rules.vps.7" },
			verdict: "confirmed",
			note: "venue: the remote venue is the volume-titled proceedings series that holds ASME Paper No. GT2018-76599",
		},
		{
			// SPIE's own citation form, series and volume, on a record without a venue
			local: { citation_key: "ek2020spie", title: "Fringe Analysis of Drifting Ice Floes", authors: ["Sven Ek"], year: 2020, booktitle: "Proc. SPIE 11352, Optics and Photonics for Advanced Dimensional Metrology", doi: "10.5555/rules.vps.6" },
			remote: { title: "Fringe analysis of drifting ice floes", authors: ["Sven Ek"], year: 2020, venue: null, doi: "10.5555/rules.vps.6" },
			verdict: "confirmed",
			note: "venue: the remote record has no venue",
		},
		{
			// a journal is no meeting of the series
			local: { citation_key: "ek2021", title: "Ice Loads on Offshore Wind Monopiles", authors: ["Sven Ek"], year: 2021, journal: "Journal of Offshore Mechanics and Arctic Engineering", doi: "10.5555/rules.vps.5" },
			remote: { title: "Ice loads on offshore wind monopiles", authors: ["Sven Ek"], year: 2021, venue: "AIP Conference Proceedings", doi: "10.5555/rules.vps.5" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
