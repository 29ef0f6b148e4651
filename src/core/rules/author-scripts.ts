// Chinese, Japanese, Korean, Russian or Greek notes often write authors in their own script while
// OpenAlex romanizes them ("邱浩然" is "Haoran Qiu", "Воронцов, Г." is "Gleb Vorontsov"), or the reverse.
// Names in two scripts cannot be compared without transliteration, so the list is not reported
// as changed: the title, year and identifier still decide, and the note says the names were not
// compared (minor: a wrong author in another script stays visible, never confirmed).
import type { Rule } from "./types";
import { foldText, oneTransliteration } from "../normalize";

/** A name with letters, none of them Latin, in a script without a letter table below ("邱浩然", "محمد"). */
function nonLatin(name: string): boolean {
	return /\p{L}/u.test(name) && !/\p{Script=Latin}/u.test(name) && !lettered(name);
}

/**
 * The letters of the alphabets whose names are romanized letter by letter, as the usual systems
 * write them (Russian, Ukrainian, Belarusian, Bulgarian and Serbian Cyrillic as BGN/PCGN does;
 * Greek as ELOT 743 does; Georgian as the national system does), and the Latin letters of ISO 9
 * and the scholarly system for Cyrillic ("Ŝukin", "Žukov", "Čajkin") in the digraphs of the others.
 * A script's letters, no names: a name's own customary spelling stays for the other rules.
 */
const LETTERS: ReadonlyMap<string, string> = new Map(
	(
		"а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya " +
		"і i ї yi є ye ґ g ў u ј j љ lj њ nj ћ c ђ dj џ dz " +
		"α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o " +
		"ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p ქ k ღ gh ყ q შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h " +
		"ŝ shch ž zh š sh č ch ë e ê e û yu â ya ǎ a"
	)
		.split(" ")
		.reduce<Array<[string, string]>>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [w, all[i + 1] === "_" ? "" : all[i + 1]]] : pairs), []),
);
/** Greek vowel pairs written as one sound ("ου" is "ou", "αυ" "av", "ευ" "ev", "μπ" at a word's start "b"). */
const GREEK_PAIRS: ReadonlyMap<string, string> = new Map([["ου", "ou"], ["αυ", "av"], ["ευ", "ev"], ["ηυ", "iv"], ["γγ", "ng"], ["γκ", "gk"]]);

/** A name written in a lettered non-Latin alphabet (Cyrillic, Greek, Georgian), every letter of it in the table. */
function lettered(name: string): boolean {
	// no key of LETTERS is a plain Latin letter, nor becomes one: a name holding one is not lettered (most names: checked first)
	if (/[A-Za-z]/.test(name)) return false;
	const letters = name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").match(/\p{L}/gu) ?? [];
	return letters.length > 0 && letters.every((ch) => LETTERS.has(ch.normalize("NFC")));
}

/**
 * A name in Cyrillic, Greek or Georgian romanized letter by letter, or a Latin name in ISO 9's or
 * German's transliteration of Cyrillic ("Ŝukin", "Schtschukin", "Shurawljowa") in BGN's digraphs,
 * then in the one spelling of a romanized Slavic name (normalize.ts, oneTransliteration), as any
 * other Latin name is: "Щукин" and "Shchukin", "Журавлёва" and "Zhuravleva", "Ю." and "Yulia" read
 * alike. Null for a name in another script, or already in that one spelling.
 */
export function romanizedName(name: string): string | null {
	const nfc = name.normalize("NFC");
	let latin: string;
	if (/[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}]/u.test(nfc)) {
		if (!lettered(nfc)) return null;
		// Greek's accents are no letters; its pairs first, then letter by letter keeping a capital's case
		const plain = nfc.replace(/\p{Script=Greek}/gu, (ch) => ch.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
		latin = plain.replace(/ου|αυ|ευ|ηυ|γγ|γκ|\p{L}/giu, (m) => {
			const out = GREEK_PAIRS.get(m.toLowerCase()) ?? letterOf(m);
			return m[0] !== m[0].toLowerCase() && out !== "" ? out[0].toUpperCase() + out.slice(1) : out;
		});
	} else if (/[ŝžščëêûâǎŜŽŠČËÊÛÂ]/.test(nfc)) {
		latin = nfc.replace(/[ŝžščëêûâǎŜŽŠČËÊÛÂ]/g, (m) => {
			const out = LETTERS.get(m.toLowerCase()) ?? m;
			return m !== m.toLowerCase() ? out[0].toUpperCase() + out.slice(1) : out;
		});
	} else if (/sch|[a-z][eo]wa?(?:$|[\s,])/i.test(nfc)) {
		// German writes Щ "schtsch", Ч "tsch", Ш and Ж "sch", В "w", Й and the glide of Я, Ю, Е, Ё "j"
		latin = nfc.replace(/schtsch/gi, "shch").replace(/tsch/gi, "ch").replace(/sch/gi, "sh").replace(/w/g, "v").replace(/W/g, "V").replace(/j(?=[aeiou])/g, "y").replace(/J(?=[aeiou])/g, "Y");
	} else if (/(?:^|[\s,.-])j[aeiou]/i.test(nfc) && /[a-z](?:ov|ev|in)a?(?:$|[\s,])/i.test(nfc)) {
		// South Slavic and Czech spellings write Й "j" ("Jordanov", "Jovanov")
		latin = nfc.replace(/j(?=[aeiou])/g, "y").replace(/J(?=[aeiou])/g, "Y");
	} else {
		if (!/\p{Script=Latin}/u.test(nfc)) return null;
		const one = oneTransliteration(nfc) ?? foldText(nfc);
		const loose = looseSlavic(one);
		return loose === foldText(nfc) ? null : loose;
	}
	const out = looseSlavic(oneTransliteration(latin) ?? foldText(latin));
	return out === foldText(name) ? null : out;
}

/**
 * A romanized Russian family name's Ж and Ш, and Ё after a consonant, each in one spelling: German
 * writes both sibilants "sch" ("Schukow" for Жуков), and Ё is "yo", "jo", "ë" or "e" ("Zhuravlyova",
 * "Zhuravleva"). Only names with a Slavic family ending ("-ov", "-eva", "-in").
 */
function looseSlavic(s: string): string {
	if (!/zh|yo/.test(s) || !/[a-z](?:ov|ev|in)a?\b/.test(s)) return s;
	return s.replace(/zh/g, "sh").replace(/([bcdfgklmnprstvz])yo/g, "$1e");
}

function letterOf(ch: string): string {
	return LETTERS.get(ch.toLowerCase()) ?? ch;
}

/** A name whose letters are all Latin ("Haoran Qiu"). */
function latin(name: string): boolean {
	return /\p{L}/u.test(name) && !/[^\P{L}\p{Script=Latin}]/u.test(name);
}

/**
 * Every name of one list is in Cyrillic, Greek or Georgian and every name of the other in Latin
 * letters: compared romanized (romanizedName), unless no name of one list is any of the other's,
 * when the two spellings are more likely two romanizations than two lists of other people.
 */
export function namesInOtherAlphabets(local: string[], remote: string[]): boolean {
	if (local.length === 0 || remote.length === 0) return false;
	return (local.every(lettered) && remote.every(latin)) || (local.every(latin) && remote.every(lettered));
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
	summary: "When the note writes every author in a non-Latin script and the record romanizes them, or the reverse, names in an alphabet romanized letter by letter (Cyrillic, Greek, Georgian; also ISO 9's \"Ŝukin\" and German's \"Schtschukin\" for \"Shchukin\") are compared romanized, one of them another person as in one script (a wrong first author major), unless none of the one list is found in the other, while names in Han, kana, Hangul, Arabic, Hebrew, Devanagari or Thai cannot be compared without them: compared by the Latin list the note gives beside them (`author_en`, `authors_en`), else minor with a note that they were not compared, never a different first author (nor, behind the note's DOI, a namesake's paper of the same few-word title), while names in one script are compared as usual; names in Han, kana or Hangul separated by commas (\"张晓辉, 李伟, 王磊\") are each a whole name, never a \"Family, Given\" pair (two names of one or two characters each, \"佐藤, 花子\", still are, unless the note's title is in Han characters without kana, Chinese, and the list is not BibTeX's `author` field, whose comma always separates a family from a given name: \"李伟, 高敏\" are two people; or unless the work's bylines print either part as a whole name and neither order of the two as one: \"森舞, 林健\" against the bylines \"森 舞\", \"林 健\" are two people, and against \"森 舞\", \"石田 誠\" a second author the record lacks).",
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
			verdict: "confirmed",
			note: "authors: 'Г. Воронцов' vs 'Gleb Vorontsov'",
		},
		{
			// Bulgarian's Й romanized "j" before a vowel, Х "h"
			local: { citekey: "khristova2016", title: "Карстови извори в Родопите", authors: ["Христова, Е.", "Йорданов, П."], year: 2016, doi: "10.5555/rules.as.bg" },
			remote: { title: "Карстови извори в Родопите", authors: ["Elena Hristova", "Petar Jordanov"], year: 2016, venue: "Проблеми на географията", doi: "10.5555/rules.as.bg" },
			verdict: "confirmed",
			note: "authors: 'П. Йорданов' vs 'Petar Jordanov'",
		},
		{
			// none of the names found romanized: more likely another romanization than other people
			local: { citekey: "chatzidakis2014", title: "Διάβρωση των ακτών της Κρήτης", authors: ["Χατζηδάκης, Ι."], year: 2014, doi: "10.5555/rules.as.none" },
			remote: { title: "Διάβρωση των ακτών της Κρήτης", authors: ["Ioannis Hadjidakis"], year: 2014, venue: "Geografies", doi: "10.5555/rules.as.none" },
			verdict: "minor",
			note: "not compared",
		},
		{
			// Greek romanized letter by letter: the same people
			local: { citekey: "papadopoulos2012", title: "Coastal Erosion in the Cyclades", authors: ["Nikos Papadopoulos"], year: 2012, doi: "10.5555/rules.as.3" },
			remote: { title: "Coastal erosion in the Cyclades", authors: ["Νίκος Παπαδόπουλος"], year: 2012, venue: "Geografies", doi: "10.5555/rules.as.3" },
			verdict: "confirmed",
			note: "authors: 'Nikos Papadopoulos' vs 'Νίκος Παπαδόπουλος'",
		},
		{
			// Cyrillic romanized letter by letter: the second author found, the first another person
			local: { citekey: "shchukin2018", title: "Термокарст в долине Лены", authors: "Щукин, А. В.; Журавлёва, Е. И.", year: 2018, doi: "10.5555/rules.as.cyr" },
			remote: { title: "Термокарст в долине Лены", authors: ["Aleksandr V. Zhukov", "Elena I. Zhuravleva"], year: 2018, venue: "Криосфера Земли", doi: "10.5555/rules.as.cyr" },
			verdict: "major",
			note: "different first author",
		},
		{
			// ISO 9's letters for BGN's digraphs
			local: { citekey: "sukin2019", title: "Ice Wedge Growth in Central Yakutia", authors: "Ŝukin, A. V.; Žuravlëva, E. I.", year: 2019, doi: "10.5555/rules.as.iso" },
			remote: { title: "Ice wedge growth in Central Yakutia", authors: ["Aleksandr V. Shchukin", "Elena I. Zhuravleva"], year: 2019, venue: "Permafrost and Periglacial Processes", doi: "10.5555/rules.as.iso" },
			verdict: "confirmed",
			note: "authors: 'A. V. Ŝukin' vs 'Aleksandr V. Shchukin'",
		},
		{
			// the note's own Latin list beside the Han names: compared by it
			local: { citekey: "qiu2023", title: "淤地坝淤积速率的遥感估算", authors: "邱浩然, 舒琳", author_en: "Qiu Haoran; Shu Lin", year: 2023, doi: "10.5555/rules.as.en" },
			remote: { title: "淤地坝淤积速率的遥感估算", authors: ["Haoran Qiu", "Lin Shu"], year: 2023, venue: "地理学报", doi: "10.5555/rules.as.en" },
			verdict: "confirmed",
			note: "compared by the Latin list it gives beside them",
		},
		{
			// and by it a wrong first author is one
			local: { citekey: "qiu2024", title: "淤地坝淤积速率的季节变化", authors: "邱浩然, 舒琳", author_en: "Qiu Haoran; Shu Lin", year: 2024, doi: "10.5555/rules.as.en2" },
			remote: { title: "淤地坝淤积速率的季节变化", authors: ["Min Gao", "Lin Shu"], year: 2024, venue: "地理学报", doi: "10.5555/rules.as.en2" },
			verdict: "major",
			note: "different first author",
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
