import { foldText, parsePersonName } from "../normalize";
import type { Rule } from "./types";

/** Key under which two author entries are the same entry written twice (case, accents, punctuation aside). */
function entryKey(name: string): string {
	return foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The name's given part has a word of two or more letters ("Chidi", not "C." or "CJ."). */
function givenWrittenOut(name: string): boolean {
	return parsePersonName(name).given.split(/[\s.-]+/).some((w) => /^\p{L}{2,}$/u.test(w) && w !== w.toUpperCase());
}

/**
 * A note's author list without entries repeated right after themselves (BibLib writes every CSL
 * author twice in a row). A list doubled pair by pair is halved, so two people written alike stay
 * two; otherwise a repeat is dropped only when its given name is written out: two co-authors are
 * often alike as initials ("S. Singh", "S. Singh"), never in full. Non-adjacent repeats are left
 * for the comparison to weigh against the record.
 */
export function withoutAdjacentRepeats(names: string[]): { names: string[]; dropped: number } {
	const doubled = names.length >= 4 && names.length % 2 === 0 && names.every((n, i) => i % 2 === 1 || entryKey(n) === entryKey(names[i + 1]));
	if (doubled) {
		const halved = names.filter((_, i) => i % 2 === 0);
		return { names: halved, dropped: halved.length };
	}
	const out: string[] = [];
	for (const n of names) if (out.length === 0 || entryKey(out[out.length - 1]) !== entryKey(n) || !givenWrittenOut(n)) out.push(n);
	return { names: out, dropped: names.length - out.length };
}

/**
 * The record's author list without the copies of a name the record lists more often than the
 * note does (one person listed twice is a record defect); `repeated` names them.
 */
export function withoutRecordRepeats(local: string[], remote: string[]): { names: string[]; repeated: string[] } {
	const allowed = new Map<string, number>();
	for (const n of local) allowed.set(entryKey(n), (allowed.get(entryKey(n)) ?? 0) + 1);
	const seen = new Map<string, number>();
	const names: string[] = [];
	const repeated: string[] = [];
	for (const n of remote) {
		const k = entryKey(n);
		const count = (seen.get(k) ?? 0) + 1;
		seen.set(k, count);
		if (count > 1 && count > (allowed.get(k) ?? 0)) {
			if (!repeated.includes(n)) repeated.push(n);
		} else names.push(n);
	}
	return { names, repeated };
}

export const duplicateAuthors: Rule = {
	id: "duplicate-authors",
	name: "Author listed twice",
	summary: "An author entry repeated on the note's side (BibLib writes every CSL author twice in a row, so a list doubled pair by pair is halved and two people written alike stay two) or on the record's is compared once, accepted with a note for the note and minor for the record, whose list looks defective.",
	examples: [
		{
			local: {
				type: "article-journal",
				"citation-key": "okafor2020reefs",
				title: "Tidal Mixing over Shallow Reefs",
				author: [
					{ family: "Okafor", given: "Chidi" },
					{ family: "Okafor", given: "Chidi" },
					{ family: "Varga", given: "Hugo" },
					{ family: "Varga", given: "Hugo" },
				],
				issued: { "date-parts": [[2020]] },
				"container-title": "Coastal Dynamics",
				DOI: "10.5555/rules.da.1",
			},
			remote: { title: "Tidal mixing over shallow reefs", authors: ["Chidi Okafor", "Hugo Varga"], year: 2020, venue: "Coastal Dynamics", doi: "10.5555/rules.da.1" },
			verdict: "confirmed",
			note: "authors: the note lists 2 authors twice in a row; each compared once",
		},
		{
			local: {
				type: "paper-conference",
				"citation-key": "aaltonen2019melt",
				title: "Melt Ponds in Sea-Ice Models",
				author: [
					{ family: "Aaltonen", given: "Signe" },
					{ family: "Aaltonen", given: "Signe" },
					{ family: "Kettunen", given: "Pia" },
					{ family: "Kettunen", given: "Pia" },
					{ family: "Almeida", given: "Rui" },
					{ family: "Almeida", given: "Rui" },
				],
				issued: { "date-parts": [[2019, 6]] },
			},
			remote: { title: "Melt ponds in sea-ice models", authors: ["Signe Aaltonen", "Pia Kettunen", "Rui Almeida"], year: 2019, venue: "Polar Modelling Workshop" },
			verdict: "confirmed",
			note: "authors: the note lists 3 authors twice in a row",
		},
		{
			local: {
				type: "article-journal",
				"citation-key": "okafor2021sediment",
				title: "Sediment Plumes from Reef Dredging",
				author: [
					{ family: "Okafor", given: "C." },
					{ family: "Okafor", given: "C." },
					{ family: "Okafor", given: "C." },
					{ family: "Okafor", given: "C." },
					{ family: "Varga", given: "H." },
					{ family: "Varga", given: "H." },
				],
				issued: { "date-parts": [[2021]] },
				DOI: "10.5555/rules.da.4",
			},
			remote: { title: "Sediment plumes from reef dredging", authors: ["Chidi Okafor", "Chioma Okafor", "Hugo Varga"], year: 2021, venue: "Coastal Dynamics", doi: "10.5555/rules.da.4" },
			verdict: "confirmed",
			note: "authors: the note lists 3 authors twice in a row",
		},
		{
			local: { citekey: "okafor2022plumes", title: "Plume Tracking from Drone Imagery", authors: ["C. Okafor", "C. Okafor", "H. Varga"], year: 2022, doi: "10.5555/rules.da.5" },
			remote: { title: "Plume tracking from drone imagery", authors: ["Chidi Okafor", "Chioma Okafor", "Hugo Varga"], year: 2022, venue: "Coastal Dynamics", doi: "10.5555/rules.da.5" },
			verdict: "confirmed",
			note: "authors: 'C. Okafor' vs 'Chioma Okafor' differ only by initials",
		},
		{
			local: { citekey: "varga2022", title: "Ice Shelf Crevasse Detection", authors: ["Hugo Varga", "Signe Aaltonen", "Tove Lindqvist"], year: 2022, doi: "10.5555/rules.da.3" },
			remote: { title: "Ice shelf crevasse detection", authors: ["Hugo Varga", "Signe Aaltonen", "Signe Aaltonen", "Tove Lindqvist"], year: 2022, venue: "Cryosphere Letters", doi: "10.5555/rules.da.3" },
			verdict: "minor",
			note: "authors: the remote record lists 'Signe Aaltonen' twice (the record looks defective); compared once",
		},
	],
};
