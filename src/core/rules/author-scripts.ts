// Chinese, Japanese, Korean, Russian or Greek notes often write authors in their own script while
// OpenAlex romanizes them ("邱浩然" is "Haoran Qiu", "Воронцов, Г." is "Gleb Vorontsov"), or the reverse.
// Names in two scripts cannot be compared without transliteration, so the list is not reported
// as changed: the title, year and identifier still decide, and the note says the names were not
// compared (minor: a wrong author in another script stays visible, never confirmed).
import type { Rule } from "./types";

/** A name with letters, none of them Latin ("邱浩然", "Воронцов, Г."). */
function nonLatin(name: string): boolean {
	return /\p{L}/u.test(name) && !/\p{Script=Latin}/u.test(name);
}

/** A name whose letters are all Latin ("Haoran Qiu"). */
function latin(name: string): boolean {
	return /\p{L}/u.test(name) && !/[^\P{L}\p{Script=Latin}]/u.test(name);
}

/** Every name of one list is in a non-Latin script and every name of the other in Latin letters. */
export function namesInOtherScripts(local: string[], remote: string[]): boolean {
	if (local.length === 0 || remote.length === 0) return false;
	return (local.every(nonLatin) && remote.every(latin)) || (local.every(latin) && remote.every(nonLatin));
}

export const authorScripts: Rule = {
	id: "author-scripts",
	name: "Names in another script",
	summary: "When the note writes every author in a non-Latin script (Chinese, Japanese, Korean, Cyrillic, Greek…) and the record romanizes them, or the reverse, the names cannot be compared: minor with a note that they were not compared, never a different first author, while names in one script are compared as usual.",
	examples: [
		{
			local: { citekey: "qiu2018", title: "淤地坝与土壤侵蚀", author: "邱浩然 and 舒琳", year: 2018, doi: "10.5555/rules.as.1" },
			remote: { title: "淤地坝与土壤侵蚀", authors: ["Haoran Qiu", "Lin Shu"], year: 2018, venue: "地理学报", doi: "10.5555/rules.as.1" },
			verdict: "minor",
			note: "authors: the note writes the names in another script than the record ('邱浩然' vs 'Haoran Qiu'); not compared",
		},
		{
			local: { citekey: "vorontsov2015", title: "Термокарстовые озёра Якутии", authors: ["Воронцов, Г.", "Белова, Ю."], year: 2015, doi: "10.5555/rules.as.2" },
			remote: { title: "Термокарстовые озёра Якутии", authors: ["Gleb Vorontsov", "Yulia Belova"], year: 2015, venue: "Криосфера Земли", doi: "10.5555/rules.as.2" },
			verdict: "minor",
			note: "not compared",
		},
		{
			local: { citekey: "papadopoulos2012", title: "Coastal Erosion in the Cyclades", authors: ["Nikos Papadopoulos"], year: 2012, doi: "10.5555/rules.as.3" },
			remote: { title: "Coastal erosion in the Cyclades", authors: ["Νίκος Παπαδόπουλος"], year: 2012, venue: "Geografies", doi: "10.5555/rules.as.3" },
			verdict: "minor",
			note: "not compared",
		},
		{
			local: { citekey: "shu2020", title: "黄土高原梯田的水文效应", author: "舒琳 and 邱浩然", year: 2020, doi: "10.5555/rules.as.4" },
			remote: { title: "黄土高原梯田的水文效应", authors: ["邱浩然", "高敏"], year: 2020, venue: "地理学报", doi: "10.5555/rules.as.4" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "qiu2021", title: "淤地坝的泥沙来源", author: "邱浩然", year: 2021, doi: "10.5555/rules.as.5" },
			remote: { title: "长江流域的洪水风险评估", authors: ["Haoran Qiu"], year: 2021, venue: "地理学报", doi: "10.5555/rules.as.5" },
			verdict: "major",
			note: "title",
		},
	],
};
