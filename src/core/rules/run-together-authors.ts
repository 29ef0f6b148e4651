import { foldText } from "../normalize";
import type { Rule } from "./types";

function words(name: string): string[] {
	return foldText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/**
 * The record's list with each entry that is two of the note's adjacent authors run together
 * ("Anna Berg Carl Dahl" for "Anna Berg" and "Carl Dahl") split back into those two.
 */
export function splitRunTogether(local: string[], remote: string[]): { names: string[]; joined: Array<{ record: string; note: [string, string] }> } {
	const names: string[] = [];
	const joined: Array<{ record: string; note: [string, string] }> = [];
	for (const r of remote) {
		const w = words(r).join(" ");
		let split: [string, string] | null = null;
		if (w.split(" ").length >= 4) {
			for (let i = 0; i + 1 < local.length && !split; i++) {
				const a = words(local[i]);
				const b = words(local[i + 1]);
				if (a.length >= 2 && b.length >= 2 && [...a, ...b].join(" ") === w) split = [local[i], local[i + 1]];
			}
		}
		if (split) {
			joined.push({ record: r, note: split });
			names.push(...split);
		} else names.push(r);
	}
	return { names, joined };
}

export const runTogetherAuthors: Rule = {
	id: "run-together-authors",
	name: "Two authors run together in the record",
	summary: "One record author whose name is two of the note's adjacent authors written as one is a record defect, compared as the two and shown as minor.",
	examples: [
		{
			local: { citekey: "berg2017", title: "Fjord Sediment Cores and Storm History", authors: ["Anna Berg", "Carl Dahl", "Mirela Dobre"], year: 2017, doi: "10.5555/rules.rt2.1" },
			remote: { title: "Fjord sediment cores and storm history", authors: ["Anna Berg Carl Dahl", "Mirela Dobre"], year: 2017, venue: "Quaternary Letters", doi: "10.5555/rules.rt2.1" },
			verdict: "minor",
			note: "authors: the record runs 'Anna Berg' and 'Carl Dahl' together as 'Anna Berg Carl Dahl' (the record looks defective)",
		},
		{
			local: { citekey: "dahl2018", title: "Storm Surges in Narrow Fjords", authors: ["Carl Dahl", "Anna Berg"], year: 2018 },
			remote: { candidates: [{ title: "Storm surges in narrow fjords", authors: ["Carl Dahl Anna Berg"], year: 2018, venue: "Quaternary Letters" }] },
			verdict: "minor",
			note: "together as 'Carl Dahl Anna Berg'",
		},
	],
};
