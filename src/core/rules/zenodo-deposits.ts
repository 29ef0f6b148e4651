// Zenodo gives a deposit a concept DOI ("all versions", the one its citation box recommends) and
// each version a DOI of its own, all plain numbers under 10.5281/zenodo.; OpenAlex often holds only
// a version. A note with the concept DOI or another version's DOI, whose title finds the deposit,
// cites that deposit: a mismatch to show, not another paper. Two numbers cannot be tied to one
// deposit without asking Zenodo, so it stays minor; a Zenodo DOI against any other DOI stays major.
import type { Rule } from "./types";

const ZENODO_DOI = /^10\.5281\/zenodo\.\d+$/;

/** Both DOIs are Zenodo deposit DOIs (a concept DOI and a version's, or two versions'). */
export function areZenodoDois(a: string, b: string): boolean {
	return ZENODO_DOI.test(a) && ZENODO_DOI.test(b);
}

export const zenodoDeposits: Rule = {
	id: "zenodo-deposits",
	name: "Zenodo concept and version DOIs",
	summary: "A Zenodo DOI the index does not hold, on a note whose title finds a Zenodo record with another Zenodo DOI, is the deposit's concept DOI or another version's: minor with a note, never another paper; a Zenodo DOI against a journal's DOI stays major.",
	examples: [
		{
			local: { citekey: "brenner2022tool", entry_type: "software", title: "Quaykit: Berth Scheduling Tools", authors: ["Nadia Brenner"], year: 2022, doi: "10.5281/zenodo.5550000" },
			remote: { candidates: [{ title: "Quaykit: berth scheduling tools", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550001" }] },
			verdict: "minor",
			note: "both Zenodo DOIs",
		},
		{
			local: { citekey: "brenner2023data", entry_type: "misc", title: "Berth Occupancy Records of Baltic Ports", authors: ["Nadia Brenner", "Lorenz Abt"], year: 2023, doi: "https://doi.org/10.5281/zenodo.7010002" },
			remote: { candidates: [{ title: "Berth occupancy records of Baltic ports", authors: ["Nadia Brenner", "Lorenz Abt"], year: 2023, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "dataset", doi: "10.5281/zenodo.7010005" }] },
			verdict: "minor",
			note: "both Zenodo DOIs",
		},
		{
			// a deposit's DOI on a note whose paper OpenAlex holds under a journal's DOI: not one deposit
			local: { citekey: "abt2021", title: "Queueing at Container Terminals", authors: ["Lorenz Abt"], year: 2021, journal: "Maritime Economics", doi: "10.5281/zenodo.4400000" },
			remote: { candidates: [{ title: "Queueing at container terminals", authors: ["Lorenz Abt"], year: 2021, venue: "Maritime Economics", doi: "10.5555/rules.zd.3" }] },
			verdict: "major",
			note: "doi: the note has 10.5281/zenodo.4400000, the work has 10.5555/rules.zd.3",
		},
	],
};
