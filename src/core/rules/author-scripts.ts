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

/** A name written in Han, kana or Hangul without a space inside ("原翔", "森下健太"). */
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * The note's names with two CJK names that a comma joined into one "Family, Given" name ("原翔,
 * 岡愛", read "岡愛 原翔") read as the two people they are, when the work's bylines
 * (`raw_author_name`) print either part as a whole name and neither order of the two as one: the
 * comma separated two people. A name a byline prints (in either order, with or without its space)
 * is left as read; without bylines nothing changes.
 */
export function cjkNamesSplitByBylines(local: string[], bylines: ReadonlyArray<string | null> | undefined): { names: string[]; split: Array<{ read: string; people: string[] }> } {
	if (!bylines || !local.some((l) => l.includes(" "))) return { names: local, split: [] };
	const printed = new Set(bylines.filter((b): b is string => typeof b === "string").map((b) => b.replace(/\s+/g, "")));
	const split: Array<{ read: string; people: string[] }> = [];
	const names = local.flatMap((name) => {
		const parts = name.trim().split(/\s+/);
		if (parts.length !== 2 || !parts.every((p) => CJK_WORD.test(p))) return [name];
		// rebuilt given-first from "Family, Given": the part written first is the second here
		const [given, family] = parts;
		if (printed.has(family + given) || printed.has(given + family) || !(printed.has(family) || printed.has(given))) return [name];
		split.push({ read: name, people: [family, given] });
		return [family, given];
	});
	return { names, split };
}

export const authorScripts: Rule = {
	id: "author-scripts",
	name: "Names in another script",
	summary: "When the note writes every author in a non-Latin script (Chinese, Japanese, Korean, Cyrillic, Greek…) and the record romanizes them, or the reverse, the names cannot be compared: minor with a note that they were not compared, never a different first author (nor, behind the note's DOI, a namesake's paper of the same few-word title), while names in one script are compared as usual; names in Han, kana or Hangul separated by commas (\"张晓辉, 李伟, 王磊\") are each a whole name, never a \"Family, Given\" pair (two names of one or two characters each, \"佐藤, 花子\", still are, unless the note's title is in Han characters without kana, Chinese, and the list is not BibTeX's `author` field, whose comma always separates a family from a given name: \"李伟, 高敏\" are two people; or unless the work's bylines print either part as a whole name and neither order of the two as one: \"森舞, 林健\" against the bylines \"森 舞\", \"林 健\" are two people, and against \"森 舞\", \"石田 誠\" a second author the record lacks).",
	examples: [
		{
			// two Japanese names typed without their space: "Family, Given" by their shape, two people by the work's bylines
			local: { citekey: "sawa2019", title: "幼児の外遊びと睡眠の関係", authors: "沢拓, 堀萌", year: 2019, doi: "10.5555/rules.as.bylines" },
			remote: { title: "幼児の外遊びと睡眠の関係", authors: ["Taku Sawa", "Moe Hori"], bylines: ["沢 拓", "堀 萌"], year: 2019, venue: "保育学研究", doi: "10.5555/rules.as.bylines" },
			verdict: "confirmed",
			note: "authors: the note's '沢拓, 堀萌' is read as two people, as the work prints them",
		},
		{
			// found by its title: the bylines vouch for the first author read from the comma
			local: { citekey: "sawa2018", title: "幼児の外遊びと食欲の関係", authors: "沢拓, 堀萌", year: 2018, journal: "保育学研究" },
			remote: { candidates: [{ title: "幼児の外遊びと食欲の関係", authors: ["Taku Sawa", "Moe Hori"], bylines: ["沢 拓", "堀 萌"], year: 2018, venue: "保育学研究" }] },
			verdict: "confirmed",
			note: "read as two people",
		},
		{
			// the same reading lets the second name be compared: the work prints another person there
			local: { citekey: "sawa2020", title: "幼児の外遊びと視力の関係", authors: "沢拓, 堀萌", year: 2020, doi: "10.5555/rules.as.bylines2" },
			remote: { title: "幼児の外遊びと視力の関係", authors: ["Taku Sawa", "Yu Ishihara"], bylines: ["沢 拓", "石原 優"], year: 2020, venue: "保育学研究", doi: "10.5555/rules.as.bylines2" },
			verdict: "major",
			note: "not in the remote record: '堀萌'",
		},
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
