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
	summary: "When the note writes every author in a non-Latin script (Chinese, Japanese, Korean, Cyrillic, Greek…) and the record romanizes them, or the reverse, the names cannot be compared: minor with a note that they were not compared, never a different first author (nor, behind the note's DOI, a namesake's paper of the same few-word title), while names in one script are compared as usual; names in Han, kana or Hangul separated by commas (\"张晓辉, 李伟, 王磊\") are each a whole name, never a \"Family, Given\" pair (two names of one or two characters each, \"佐藤, 花子\", still are, unless the note's title is in Han characters without kana, Chinese, and the list is not BibTeX's `author` field, whose comma always separates a family from a given name: \"李伟, 高敏\" are two people).",
	examples: [
		{
			// two Chinese names of two characters each beside a Chinese title: two people, not a Japanese "Family, Given"
			local: { citekey: "shu2019", title: "淤地坝拦沙的流域差异", authors: "舒琳, 高敏", year: 2019, doi: "10.5555/rules.as.two" },
			remote: { title: "淤地坝拦沙的流域差异", authors: ["舒琳", "高敏"], year: 2019, venue: "地理学报", doi: "10.5555/rules.as.two" },
			verdict: "confirmed",
			note: "",
		},
		{
			// Chinese names separated by commas, as CNKI lists them: two people, not one "Family, Given" name
			local: { citekey: "qiu2022", title: "黄土高原梯田撂荒的时空格局", authors: "邱浩然, 舒琳", year: 2022, doi: "10.5555/rules.as.comma" },
			remote: { title: "黄土高原梯田撂荒的时空格局", authors: ["邱浩然", "舒琳"], year: 2022, venue: "地理学报", doi: "10.5555/rules.as.comma" },
			verdict: "confirmed",
			note: "",
		},
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
