import type { Rule } from "./types";
import { koreanParts } from "../normalize";

/**
 * A Chinese name in Wade–Giles as Taiwanese and older bylines write it ("Wei-ting Chang", "Ming-te
 * Hsu", "Kuo", "Ch'en"): its given name's syllables hyphenated with the second in lower case, or
 * Wade–Giles's own letters ("hs", an aspirate's apostrophe, "ieh", a final "ih" or "ung").
 */
const WADE_GILES = /\bhs[iu]|[ckpt]s?h?['’][aeiou]|ieh\b|[^aeiou\s]ih\b|[a-z]ung\b|\b[A-Z][a-z]{1,5}-[a-z]{1,5}\b/;

function wadeGiles(name: string): boolean {
	return WADE_GILES.test(name) || WADE_GILES_LETTERS.test(name.toLowerCase());
}
const WADE_GILES_LETTERS = /\bhs[iu]|[a-z]ung\b|ieh\b|\bjh|\bsy[uo]/;

/**
 * A romanized Mandarin name with Wade–Giles's and pinyin's letters for one sound made one (a script's
 * letters, no names): "ch", "zh", "j", "q" → "c"; "k", "g" → "k"; "t", "d" → "t"; "p", "b" → "p"; "ts",
 * "tz", "z" → "c"; "hs", "x" → "x"; finals "ung"/"ong", "ieh"/"ie", "ien"/"ian"; apostrophes, hyphens and
 * case dropped, the words sorted (either order).
 */
function mandarinSkeleton(name: string): string {
	return name
		.toLowerCase()
		.replace(/['’]/g, "")
		.split(/[\s,.]+/)
		.filter((w) => w !== "")
		.map((w) => w.split("-").map(syllableSkeleton).join(""))
		.sort()
		.join(" ");
}

function syllableSkeleton(w: string): string {
	return w
		.replace(/ieh/g, "ie")
		.replace(/ien/g, "ian")
		.replace(/ung/g, "ong")
		// Tongyong's and Wade–Giles' "ih" after a retroflex or dental initial is pinyin's "i" ("jhih", "chih", "shih", "sih", "cih")
		.replace(/([csjz]h|[csz])ih$/, "$1i")
		.replace(/hs|x|sy(?=[uo])/g, "X")
		.replace(/ts|tz|zh|jh|ch|[jqzc]/g, "C")
		.replace(/[kg]/g, "K")
		.replace(/[td]/g, "T")
		.replace(/[pb]/g, "P");
}

/** One syllable of romanized Mandarin, Wade–Giles or pinyin, without tones. */
const SYLLABLE = "(?:[csjz]h|hs|ts|tz|sy|[bpmfdtnlgkhjqxrzcswy])?['’]?(?:iang|iong|uang|ueng|iao|ian|ieh|ien|uai|uan|ang|eng|ing|ong|ung|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ih|a|e|i|o|u)";
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`);
const ONE_OR_TWO = new RegExp(`^${SYLLABLE}(?:-?${SYLLABLE})?$`);

/** A name of Mandarin syllables: each word one or two of them, hyphened or not, and one word (the family) just one. */
function mandarinName(name: string): boolean {
	const words = name.toLowerCase().split(/[\s,.]+/).filter((w) => w !== "");
	return words.length >= 2 && words.length <= 3 && words.every((w) => ONE_OR_TWO.test(w)) && words.some((w) => ONE_SYLLABLE.test(w));
}

/**
 * A Korean given name with McCune–Reischauer's and Revised Romanization's letters for one sound made
 * one: "ŏ" (folded "o") and "eo", "ŭ" and "eu", "ch" and "j", "k" and "g", "t" and "d", "p" and "b".
 */
function koreanGivenSkeleton(given: string): string {
	return given.replace(/[-\s]/g, "").replace(/eo/g, "o").replace(/eu/g, "u").replace(/ch|j/g, "J").replace(/[kg]/g, "K").replace(/[td]/g, "T").replace(/[pb]/g, "P");
}

/** koreanParts remembered: asked of the same names in every pairing of two author lists. */
const KOREAN_PARTS = new Map<string, ReturnType<typeof koreanParts>>();
function cachedKoreanParts(name: string): ReturnType<typeof koreanParts> {
	let parts = KOREAN_PARTS.get(name);
	if (parts === undefined) {
		if (KOREAN_PARTS.size > 50_000) KOREAN_PARTS.clear();
		parts = koreanParts(name);
		KOREAN_PARTS.set(name, parts);
	}
	return parts;
}

/**
 * Two romanizations of one Korean name ("Kim Chong-il" in McCune–Reischauer and "Jong-Il Kim" in
 * Revised Romanization; "Pak Su-yŏn" and "Su-Yeon Park"): one family name by the table of its
 * spellings, and given names of two syllables alike once the letters the systems write otherwise
 * are made one.
 */
export function oneKoreanName(a: string, b: string): boolean {
	const [x, y] = [cachedKoreanParts(a), cachedKoreanParts(b)];
	return x !== null && y !== null && x.family === y.family && x.given !== y.given && koreanGivenSkeleton(x.given) === koreanGivenSkeleton(y.given);
}

/**
 * Two romanizations of one Chinese name, one of them in Wade–Giles and the other not ("Wei-ting
 * Chang" and "Weiting Zhang"; "Ming-te Hsu" and "Mingde Xu"): each word the same syllables once the
 * letters the two systems write otherwise are made one. Names both in pinyin, or both in Wade–Giles,
 * are compared as written ("Chang" and "Zhang" in pinyin are two families).
 */
export function oneMandarinName(a: string, b: string): boolean {
	if (wadeGiles(a) === wadeGiles(b) || !mandarinName(a) || !mandarinName(b)) return false;
	return mandarinSkeleton(a) === mandarinSkeleton(b);
}

export const authorNameForms: Rule = {
	id: "author-name-forms",
	name: "How a name is written",
	summary: "Initials for given names, a given name abbreviated by its letters (\"Wm.\", \"Chas.\", \"Ma.\" for María) or transliterated with a letter doubled or not (\"Mohammed\", \"Mohamed\") or with \"o\" for \"u\" and \"e\" for \"a\" inside it, its first and last letters alike (\"Muhammad\", \"Mohammad\"; \"Ahmed\", \"Ahmad\"; \"Hussein\", \"Hossein\"), a middle name or initial on one side, diacritics (also a name whose UTF-8 was read as Windows-1252: \"DvoÅ™Ã¡k\"), umlauts spelled out (\"Müller\", \"Mueller\"), the spellings of one transliterated Slavic name (\"Sergey\", \"Sergei\"; \"Yuliya\", \"Iuliia\"; \"Zaytseva\", \"Zaitseva\"; the initials \"Yu.\", \"Iu.\", \"Ju.\"; a Ukrainian family name's \"h\" or \"kh\" where Russian-style spellings write \"g\" or \"h\": \"Hnatiuk\", \"Gnatyuk\"), a Japanese name's long vowel written with a macron, \"oh\", \"ou\", \"oo\", \"uu\" or short (\"Satō\", \"Satoh\", \"Sato\"; \"Ōta\", \"Ohta\"), a Chinese name in Wade–Giles against pinyin, one side in each (\"Wei-ting Chang\", \"Weiting Zhang\"; \"Ming-te Hsu\", \"Mingde Xu\"; Tongyong's \"Jhang\", \"Syu\", \"Jhih-wei\"; two pinyin spellings stay two families), a Korean name in McCune–Reischauer against Revised Romanization (\"Kim Chong-il\", \"Jong-Il Kim\"; \"Pak Su-yŏn\", \"Su-Yeon Park\"), a Korean family name in another romanization beside a Korean given name (\"Min-ji Jung\", \"Min-ji Jeong\"; \"Choi\", \"Choe\"; also written family first without a comma: \"Yi Ha-eun\", \"Ha-eun Lee\"), an Arabic compound name's \"Abd\" and article however transliterated (\"Abd al-Rahman\", \"Abdelrahman\", \"Abdul Rahman\"), particles, \"St-\" for \"Saint-\", hyphens, \"Last, First\" or family-first order (also every part reversed, and a generational suffix written after the given names as APA does: \"King, Martin, Jr.\", and biblatex's extended name format: \"family=Beek, given=Anna, prefix=van\"), name-disambiguation numbers and a PDF byline's marks after a name, also after its comma as ACS prints them (\"Hana Sato,*,† Lars Olsen,‡\") or set apart as lower-case letters as Elsevier's do (\"Hana Sato a, Lars Olsen b\"), are one person, accepted with a note (a generational suffix written on both sides and different, \"Jr.\" and \"Sr.\", \"II\" and \"III\", names two people of one family: minor); a person linked to their page under a shown name of the same family with another initial (\"[[Haddad, Rania|Omar Haddad]]\") is read by the page's name, so the comparison sees the person the note links.",
	examples: [
		{
			// biblatex's extended name format, as Better BibTeX writes a name with a particle
			local: { citekey: "vanbeek2017", entry_type: "article", title: "Peatland Subsidence under Drainage", author: "family=Beek, given=Anna, prefix=van, useprefix=true and Dahl, Erik", journaltitle: "Geoderma", date: "2017", doi: "10.5555/rules.anf.ext" },
			remote: { title: "Peatland subsidence under drainage", authors: ["Anna van Beek", "Erik Dahl"], year: 2017, venue: "Geoderma", doi: "10.5555/rules.anf.ext" },
			verdict: "confirmed",
			note: "",
		},
		{
			// eLibrary's "Iu.A." (ALA-LC) against the record's "Yu. A." (BGN) and a written-out "Yuliya"
			local: { citekey: "belova2018amur", title: "Thaw Subsidence along the Amur Railway", author: "Belova, Iu.A. and Kovalevskii, D.V.", year: 2018, doi: "10.5555/rules.anf.iu1" },
			remote: { title: "Thaw subsidence along the Amur railway", authors: ["Yu. A. Belova", "D. V. Kovalevsky"], year: 2018, venue: "Earth's Cryosphere", doi: "10.5555/rules.anf.iu1" },
			verdict: "confirmed",
			note: "differ only in how the name is transliterated",
		},
		{
			local: { citekey: "belova2019amur", title: "Frost Heave of Railway Embankments on the Amur", author: "Belova, Ju. and Kovalevskii, D.", year: 2019, doi: "10.5555/rules.anf.iu2" },
			remote: { title: "Frost heave of railway embankments on the Amur", authors: ["Yuliya Belova", "Dmitry Kovalevsky"], year: 2019, venue: "Earth's Cryosphere", doi: "10.5555/rules.anf.iu2" },
			verdict: "confirmed",
			note: "'Ju. Belova' vs 'Yuliya Belova' differ only by initials",
		},
		{
			// a Ukrainian family name romanized from Ukrainian (Г as "h") and in Russian style ("g"; Х as "h")
			local: { citekey: "hnatiuk2020", title: "Gully Erosion in the Carpathian Foothills", author: "Hnatiuk, Oksana and Kharchenko, Olena", year: 2020, doi: "10.5555/rules.anf.uk1" },
			remote: { title: "Gully erosion in the Carpathian foothills", authors: ["Oksana Gnatyuk", "Olena Harchenko"], year: 2020, venue: "Ukrainian Geographical Journal", doi: "10.5555/rules.anf.uk1" },
			verdict: "confirmed",
			note: "differ only in how the name is transliterated",
		},
		{
			// an Arabic compound name: "Abd al-" with the article written apart, or run together as "Abdel"
			local: { citekey: "abdalrahman2020", title: "Groundwater Salinity on the Nile Delta Fringes", author: "Abd al-Rahman, Khalid and Al-Rashid, Omar", year: 2020, doi: "10.5555/rules.anf.abd1" },
			remote: { title: "Groundwater salinity on the Nile Delta fringes", authors: ["Khalid Abdelrahman", "Omar Alrashid"], year: 2020, venue: "Water Science", doi: "10.5555/rules.anf.abd1" },
			verdict: "confirmed",
			note: "differ only in how an Arabic compound name",
		},
		{
			local: { citekey: "abdulrahman2021", title: "Date Palm Water Use under Deficit Irrigation", authors: ["Abdulrahman, Khalid"], year: 2021, journal: "Water Science" },
			remote: { candidates: [{ title: "Date palm water use under deficit irrigation", authors: ["Khalid Abd El-Rahman"], year: 2021, venue: "Water Science" }] },
			verdict: "confirmed",
			note: "differ only in how an Arabic compound name",
		},
		{
			// APA 7 writes a generational suffix after the initials, a part of its own in the list
			local: { citekey: "kingsley2018", title: "Levee Failures on the Lower Mississippi", author: "Kingsley, M. L., Jr., & Abernathy, R. D.", year: 2018, doi: "10.5555/rules.anf.jr" },
			remote: { title: "Levee failures on the lower Mississippi", authors: ["Marcus Lee Kingsley Jr.", "Ralph D. Abernathy"], year: 2018, venue: "River Engineering Letters", doi: "10.5555/rules.anf.jr" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			// a family name before dotted initials (GOST), one author per list entry
			local: { citekey: "belova2019", title: "Термокарстовые озёра дельты Лены", authors: ["Белова Ю. А.", "Орлов Д. С."], year: 2019, doi: "10.5555/rules.anf.gost" },
			remote: { title: "Термокарстовые озёра дельты Лены", authors: ["Юлия Белова", "Дмитрий Орлов"], year: 2019, venue: "Криосфера Земли", doi: "10.5555/rules.anf.gost" },
			verdict: "confirmed",
			note: "'Ю. А. Белова' vs 'Юлия Белова'",
		},
		{
			// a Korean name written family first without a comma, its family name in McCune–Reischauer
			local: { citekey: "yi2019", title: "Green Roof Runoff Retention in Seoul", authors: ["Yi Ha-eun", "Kim Min-jun"], year: 2019, doi: "10.5555/rules.anf.ko-ff" },
			remote: { title: "Green roof runoff retention in Seoul", authors: ["Ha-eun Lee", "Min-jun Kim"], year: 2019, venue: "Journal of Hydrology", doi: "10.5555/rules.anf.ko-ff" },
			verdict: "confirmed",
			note: "differ only in how a Korean family name is romanized",
		},
		{
			// a father and a son: the generational suffixes on both sides differ
			local: { citekey: "banks2015", title: "Blue Crab Harvest and Hypoxia", author: "Banks Jr., Marcus and Whitfield, Harold", year: 2015, doi: "10.5555/rules.anf.sr" },
			remote: { title: "Blue crab harvest and hypoxia", authors: ["Marcus Banks Sr.", "Harold Whitfield"], year: 2015, venue: "Estuaries and Coasts", doi: "10.5555/rules.anf.sr" },
			verdict: "minor",
			note: "differ in their generational suffix (two people of one family)",
		},
		{
			// APA's suffix as a part of its own after the initials is kept with the name
			local: { citekey: "banks2016", title: "Oyster Leases and Water Clarity", author: "Banks, M., Jr. and Whitfield, H.", year: 2016, doi: "10.5555/rules.anf.sr2" },
			remote: { title: "Oyster leases and water clarity", authors: ["Marcus Banks Sr.", "Harold Whitfield"], year: 2016, venue: "Aquaculture", doi: "10.5555/rules.anf.sr2" },
			verdict: "minor",
			note: "differ in their generational suffix",
		},
		{
			// Й inside a family name as "i" (library catalogues) or "y" (BGN, passports)
			local: { citekey: "zaitseva2020", title: "Precipitation Kinetics in Al–Zn–Mg Alloys", author: "Gromov, A. V. and Zaitseva, E. N.", year: 2020, doi: "10.5555/rules.anf.tr3" },
			remote: { title: "Precipitation kinetics in Al–Zn–Mg alloys", authors: ["Andrey Gromov", "Elena Zaytseva"], year: 2020, venue: "Physics of Metals and Metallography", doi: "10.5555/rules.anf.tr3" },
			verdict: "confirmed",
			note: "'E. N. Zaitseva' vs 'Elena Zaytseva'",
		},
		{
			local: { citekey: "vorontsov2016", title: "Thaw Lakes of the Lena Delta", author: "Vorontsov, Sergei and Belova, Yulia and Orlov, Dmitry", year: 2016, doi: "10.5555/rules.anf.tr1" },
			remote: { title: "Thaw lakes of the Lena delta", authors: ["Sergey Vorontsov", "Iuliia Belova", "Dmitrii Orlov"], year: 2016, venue: "Permafrost Letters", doi: "10.5555/rules.anf.tr1" },
			verdict: "confirmed",
			note: "differ only in how the name is transliterated",
		},
		{
			local: { citekey: "orlov2018", title: "Ice Wedges under Warming Summers", author: "Orlov, Alexey and Vorontsov, Yevgeny", year: 2018, doi: "10.5555/rules.anf.tr2" },
			remote: { title: "Ice wedges under warming summers", authors: ["Aleksei Orlov", "Evgenii Vorontsov"], year: 2018, venue: "Permafrost Letters", doi: "10.5555/rules.anf.tr2" },
			verdict: "confirmed",
			note: "differ only in how the name is transliterated",
		},
		{
			// Hepburn's macrons in the note, passport spellings in the record
			local: { citekey: "sato2019", title: "Tsunami Run-up on Terraced Coasts", author: "Satō, Hiroshi and Ōta, Yuki", year: 2019, doi: "10.5555/rules.anf.jp1" },
			remote: { title: "Tsunami run-up on terraced coasts", authors: ["Hiroshi Satoh", "Yuki Ohta"], year: 2019, venue: "Natural Hazards", doi: "10.5555/rules.anf.jp1" },
			verdict: "confirmed",
			note: "differ only in how a long vowel is romanized",
		},
		{
			// the vowel written short in the note, doubled with "u" in the record (a title search)
			local: { citekey: "kono2017", title: "Liquefaction of Reclaimed Land in Tokyo Bay", author: "Kono, Taro and Ito, Kenji", year: 2017, journal: "Soils and Foundations" },
			remote: { title: "Liquefaction of reclaimed land in Tokyo Bay", authors: ["Taro Kohno", "Kenji Itou"], year: 2017, venue: "Soils and Foundations" },
			verdict: "confirmed",
			note: "differ only in how a long vowel is romanized",
		},
		{
			// Korean family names in the record's Revised Romanization, the note's passport spellings
			local: { citekey: "jung2020", title: "Fine Dust Episodes and Asthma Admissions", author: "Jung, Min-ji and Choi, Seung-hoon", year: 2020, doi: "10.5555/rules.anf.ko1" },
			remote: { title: "Fine dust episodes and asthma admissions", authors: ["Min-ji Jeong", "Seung-hoon Choe"], year: 2020, venue: "Environmental Research", doi: "10.5555/rules.anf.ko1" },
			verdict: "confirmed",
			note: "differ only in how a Korean family name is romanized",
		},
		{
			// a 19th-century byline's abbreviated given names
			local: { citekey: "taylor1898", title: "On the Tides of the Bay of Fundy", author: "Taylor, Wm. H. and Brown, Chas. E.", year: 1898, journal: "Philosophical Transactions" },
			remote: { title: "On the tides of the Bay of Fundy", authors: ["William H. Taylor", "Charles E. Brown"], year: 1898, venue: "Philosophical Transactions of the Royal Society of London A" },
			verdict: "confirmed",
			note: "differ only by initials or the written form of the given name",
		},
		{
			// Arabic given names transliterated with a doubled letter or not
			local: { citekey: "elmasry2019", title: "Brine Disposal from Coastal Desalination Plants", author: "El-Masry, Mohammed and Hassan, Yousef", year: 2019, doi: "10.5555/rules.anf.ar1" },
			remote: { title: "Brine disposal from coastal desalination plants", authors: ["Mohamed El-Masry", "Youssef Hassan"], year: 2019, venue: "Desalination", doi: "10.5555/rules.anf.ar1" },
			verdict: "confirmed",
			note: "differ only by initials or the written form of the given name",
		},
		{
			// a Taiwanese author in Wade–Giles in the note, the record's profiles in pinyin
			local: { citekey: "chang2018", title: "Typhoon Rainfall and Landslide Frequency in Central Taiwan", author: "Chang, Wei-ting and Hsu, Ming-te", year: 2018, doi: "10.5555/rules.anf.wg" },
			remote: { title: "Typhoon rainfall and landslide frequency in central Taiwan", authors: ["Weiting Zhang", "Mingde Xu"], year: 2018, venue: "Geomorphology", doi: "10.5555/rules.anf.wg" },
			verdict: "confirmed",
			note: "differ only in how a Chinese name is romanized",
		},
		{
			// another family name in Wade–Giles: not a romanization of the record's
			local: { citekey: "chen2019", title: "Rock Slope Failures along the Cross-Island Highway", author: "Chen, Wei-ting and Hsu, Ming-te", year: 2019, doi: "10.5555/rules.anf.wg2" },
			remote: { title: "Rock slope failures along the Cross-Island Highway", authors: ["Weiting Zhang", "Mingde Xu"], year: 2019, venue: "Engineering Geology", doi: "10.5555/rules.anf.wg2" },
			verdict: "major",
			note: "different first author",
		},
		{
			// Tongyong's "Jhih" for pinyin's "Zhi" in a given name, as Taiwan's own notes write it
			local: { citekey: "jhang2020", title: "Debris Flow Fans in the Central Range", author: "Jhang, Jhih-wei and Syu, Yu-ting", year: 2020, doi: "10.5555/rules.anf.ty" },
			remote: { title: "Debris flow fans in the Central Range", authors: ["Zhiwei Zhang", "Yuting Xu"], year: 2020, venue: "Geomorphology", doi: "10.5555/rules.anf.ty" },
			verdict: "confirmed",
			note: "differ only in how a Chinese name is romanized",
		},
		{
			// McCune–Reischauer in the note, family first, the record in Revised Romanization
			local: { citekey: "kim2015", title: "Fine Dust and Pediatric Asthma Visits", authors: ["Kim Chong-il", "Pak Su-yŏn"], year: 2015, doi: "10.5555/rules.anf.mr" },
			remote: { title: "Fine dust and pediatric asthma visits", authors: ["Jong-Il Kim", "Su-Yeon Park"], year: 2015, venue: "Environmental Health", doi: "10.5555/rules.anf.mr" },
			verdict: "confirmed",
			note: "differ only in how a Korean name is romanized",
		},
		{
			// a Persian given name with its vowels transliterated otherwise
			local: { citekey: "rezaei2020", title: "Groundwater Depletion in the Rafsanjan Plain", authors: ["Muhammad Rezaei", "Hussein Karimi"], year: 2020, doi: "10.5555/rules.anf.fa" },
			remote: { title: "Groundwater depletion in the Rafsanjan plain", authors: ["Mohammad Rezaei", "Hossein Karimi"], year: 2020, venue: "Journal of Hydrology", doi: "10.5555/rules.anf.fa" },
			verdict: "confirmed",
			note: "differ only by initials or the written form of the given name",
		},
		{
			// another given name of one family, its last letter not the same: two people
			local: { citekey: "ricci2018", title: "Beach Nourishment on the Adriatic Coast", authors: ["Carla Ricci", "Paolo Greco"], year: 2018, doi: "10.5555/rules.anf.it" },
			remote: { title: "Beach nourishment on the Adriatic coast", authors: ["Carlo Ricci", "Paolo Greco"], year: 2018, venue: "Coastal Engineering", doi: "10.5555/rules.anf.it" },
			verdict: "minor",
			note: "have the same family name but different given names",
		},
		{
			// a French-Canadian family name with its saint abbreviated
			local: { citekey: "stpierre2019", title: "Ice Jams on the Chaudière River", author: "St-Pierre, Marie and Ste-Croix, Luc", year: 2019, doi: "10.5555/rules.anf.st" },
			remote: { title: "Ice jams on the Chaudière River", authors: ["Marie Saint-Pierre", "Luc Sainte-Croix"], year: 2019, venue: "Canadian Journal of Civil Engineering", doi: "10.5555/rules.anf.st" },
			verdict: "confirmed",
			note: "",
		},
		{
			// another family name, not another spelling of it
			local: { citekey: "sato2021", title: "Debris Flow Thresholds in Kyushu", author: "Sato, Hiroshi", year: 2021, doi: "10.5555/rules.anf.jp3" },
			remote: { title: "Debris flow thresholds in Kyushu", authors: ["Hiroshi Saito"], year: 2021, venue: "Landslides", doi: "10.5555/rules.anf.jp3" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "orlov2019", title: "Ice Wedges on Coastal Bluffs", author: "Orlov, Sergei", year: 2019, doi: "10.5555/rules.anf.tr3" },
			remote: { title: "Ice wedges on coastal bluffs", authors: ["Stepan Orlov"], year: 2019, venue: "Permafrost Letters", doi: "10.5555/rules.anf.tr3" },
			verdict: "minor",
			note: "have the same family name but different given names",
		},
		{
			local: { citekey: "marchetti2019", title: "Queue Depth as a Signal of Market Stress", author: "Marchetti, Ines R. and van der Ploeg, Joost and Sørlie, Kai", year: 2019, doi: "10.5555/rules.nf.1" },
			remote: { title: "Queue depth as a signal of market stress", authors: ["Ines Marchetti", "Joost Ploeg", "Kai Sorlie 0002"], year: 2019, venue: "Market Microstructure Review", doi: "10.5555/rules.nf.1" },
			verdict: "confirmed",
			note: "differ only by a middle name or initial",
		},
		{
			local: { citekey: "zhang2021", title: "Coupled Oscillators in Wind Farms", authors: ["Zhenhua Wu", "Priya Raman-Iyer"], year: 2021, doi: "10.5555/rules.nf.2" },
			remote: { title: "Coupled oscillators in wind farms", authors: ["Wu Zhenhua", "P. Raman-Iyer"], year: 2021, venue: "Wind Energy Letters", doi: "10.5555/rules.nf.2" },
			verdict: "confirmed",
			note: "are the same name in family-first order",
		},
		{
			local: { citekey: "pham2020", title: "Salinity Fronts in Tidal Estuaries", authors: ["Pham Quoc Bao", "Ines R. Marchetti"], year: 2020, doi: "10.5555/rules.nf.3" },
			remote: { title: "Salinity fronts in tidal estuaries", authors: ["Bao Quoc Pham", "I. R. Marchetti"], year: 2020, venue: "Estuarine Letters", doi: "10.5555/rules.nf.3" },
			verdict: "confirmed",
			note: "'Pham Quoc Bao' vs 'Bao Quoc Pham' are the same name in family-first order",
		},
		{
			local: { citekey: "groessl2016", title: "Scree Slope Creep in Cold Winters", author: "Groessl, Baerbel and Sørlie, Kai", year: 2016 },
			remote: { candidates: [{ title: "Scree slope creep in cold winters", authors: ["Bärbel Größl", "Kai Soerlie"], year: 2016, venue: "Periglacial Letters" }] },
			verdict: "confirmed",
			note: "'Baerbel Groessl' vs 'Bärbel Größl' differ only in how umlauts are written",
		},
		{
			// the record's names went through a wrong encoding (UTF-8 read as Windows-1252)
			local: { citekey: "dvorak2014", title: "Frost Heave under Rail Beds", author: "Dvořák, Jiří and García, José", year: 2014, doi: "10.5555/rules.nf.5" },
			remote: { title: "Frost heave under rail beds", authors: ["JiÅ™Ã­ DvoÅ™Ã¡k", "JosÃ© GarcÃ­a"], year: 2014, venue: "Periglacial Letters", doi: "10.5555/rules.nf.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			// mis-encoded, still another person
			local: { citekey: "dvorak2015", title: "Frost Heave under Road Beds", author: "Dvořák, Jiří and García, José", year: 2015, doi: "10.5555/rules.nf.6" },
			remote: { title: "Frost heave under road beds", authors: ["TomÃ¡Å¡ NovÃ¡k", "JosÃ© GarcÃ­a"], year: 2015, venue: "Periglacial Letters", doi: "10.5555/rules.nf.6" },
			verdict: "major",
			note: "different first author",
		},
		{
			// a person linked to their page with another name shown: the page names Rania, the text "O." — read the page's, a look
			local: { title: "Dune Migration on the Namib Coast", authors: ["[[Haddad, Rania|O. Haddad]]"], year: 2021, doi: "10.5555/rules.anf.link1" },
			remote: { title: "Dune migration on the Namib coast", authors: ["Omar Haddad"], year: 2021, venue: "Aeolian Research", doi: "10.5555/rules.anf.link1" },
			verdict: "minor",
			note: "have the same family name but different given names",
		},
		{
			// an ACS byline pasted with its marks after each name's comma
			local: { title: "Ligand Effects in Cobalt Hydroformylation", authors: "Hana Sato,*,† Lars Olsen,‡ and Ines Ferreira*,†", year: 2021, doi: "10.5555/rules.anf.acs" },
			remote: { title: "Ligand effects in cobalt hydroformylation", authors: ["Hana Sato", "Lars Olsen", "Ines Ferreira"], year: 2021, venue: "Organometallics", doi: "10.5555/rules.anf.acs" },
			verdict: "confirmed",
			note: "",
		},
		{
			// an Elsevier byline pasted with its affiliation letters set apart from the names
			local: { title: "Cobalt Phosphides for Alkaline Water Splitting", authors: "Hana Sato a, Lars Olsen b, Ines Ferreira a,*", year: 2020, doi: "10.5555/rules.anf.els" },
			remote: { title: "Cobalt phosphides for alkaline water splitting", authors: ["Hana Sato", "Lars Olsen", "Ines Ferreira"], year: 2020, venue: "Applied Catalysis B: Environmental", doi: "10.5555/rules.anf.els" },
			verdict: "confirmed",
			note: "",
		},
	],
};
