// Text normalization shared by reading and comparing: titles, person names, DOIs, arXiv ids.
// One place for folding (case, diacritics, LaTeX, HTML entities) so every comparison agrees.
import { stripDoiResolver } from "../lib/ids";
import { decodeUtf8 } from "../lib/utf8";

/** LaTeX accent commands → the combining mark they stand for (folded away later anyway). */
const LATEX_ACCENTS: Record<string, string> = {
	"\"": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
	".": "\u0307", "u": "\u0306", "v": "\u030C", "H": "\u030B", "c": "\u0327", "k": "\u0328",
	"r": "\u030A", "d": "\u0323", "b": "\u0331",
};

/** LaTeX letter macros without an argument. */
const LATEX_LETTERS: Record<string, string> = {
	ss: "ß", o: "ø", O: "Ø", aa: "å", AA: "Å", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", l: "ł", L: "Ł",
	i: "ı", j: "ȷ", dh: "ð", DH: "Ð", th: "þ", TH: "Þ", ng: "ŋ", NG: "Ŋ",
};

/** Letters that Unicode decomposition does not split into base + mark. */
const SPECIAL_FOLDS: Record<string, string> = {
	"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
	"ȷ": "j", "ŋ": "n", "ħ": "h", "ŧ": "t",
};

/** Greek letter macros of LaTeX math ("$\\alpha$-synuclein"), as records write them: the letter. */
const LATEX_GREEK: Record<string, string> = {
	alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ",
	vartheta: "θ", iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ",
	varsigma: "ς", tau: "τ", upsilon: "υ", phi: "φ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ",
	Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Upsilon: "Υ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
	ell: "ℓ",
};

/** Greek letters → their names, so "α-synuclein", "$\\alpha$-synuclein" and "alpha-synuclein" are one title. */
const GREEK_NAMES: Record<string, string> = {
	α: "alpha", β: "beta", γ: "gamma", δ: "delta", ε: "epsilon", ζ: "zeta", η: "eta", θ: "theta", ι: "iota",
	κ: "kappa", λ: "lambda", μ: "mu", ν: "nu", ξ: "xi", π: "pi", ρ: "rho", σ: "sigma", ς: "sigma", τ: "tau",
	υ: "upsilon", φ: "phi", ϕ: "phi", χ: "chi", ψ: "psi", ω: "omega",
};

const HTML_ENTITIES: Record<string, string> = {
	amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " ", ndash: "–", mdash: "—",
	rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…", reg: "®", trade: "™", copy: "©",
};

/** Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 reads them as control characters). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** A UTF-8 lead byte read as Latin-1/Windows-1252, then a continuation byte read the same way ("Ã©", "Å™"). */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * Text whose UTF-8 bytes were decoded as Latin-1 or Windows-1252 on the way into a record or a
 * note ("JosÃ© GarcÃ­a", "DvoÅ™Ã¡k", "Ã©lites") → the text it was ("José García"). Only when
 * every character maps back to one byte and the bytes are valid UTF-8; anything else is kept.
 */
export function repairMojibake(s: string): string {
	if (!MOJIBAKE.test(s)) return s;
	const bytes = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const high = CP1252_HIGH.indexOf(s[i]);
		if (c <= 0xff && !(c >= 0x80 && c <= 0x9f && CP1252_HIGH[c - 0x80] !== s[i])) bytes[i] = c;
		else if (high >= 0) bytes[i] = 0x80 + high;
		else return s;
	}
	return decodeUtf8(bytes) ?? s;
}

/** Replace LaTeX accents/macros and braces with plain Unicode ("{\"o}" → "ö", "\'e" → "é"). */
export function latexToUnicode(s: string): string {
	if (!s.includes("\\") && !s.includes("{") && !s.includes("$")) return s;
	// literal "\n"/"\t" escapes and "\\" line breaks left in exported titles are spaces
	let out = s.replace(/\\\\|\\[ntr](?=[\s\\]|$)/g, " ");
	// Mendeley Desktop writes a title's HTML tags as "{\textless}i{\textgreater}": the tags again, for the tag stripping after
	if (out.includes("\\text")) out = out.replace(/\{?\\text(less|greater)(?![A-Za-z])\s*(?:\{\})?\}?/g, (_m, w: string) => (w === "less" ? "<" : ">"));
	// in math, "_" and "^" only lower or raise what follows: "$\\ell_1$" is the index's "ℓ1"
	// ("$\\ell_p$" is "ℓp": the command's name ends at the mark, not at the index's letter)
	out = out.replace(/\$([^$]*)\$/g, (_m, math: string) => `$${math.replace(/(\\[A-Za-z]+)?(\\?)[_^]/g, (m, command: string | undefined, escaped: string) => (escaped ? m : command ? `${command}{}` : ""))}$`);
	// \"{o}, \"o, {\"o}, \c{c}, \v s
	out = out.replace(/\\([`'^"~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))/g, (_m, acc: string, a?: string, b?: string) =>
		accent(acc, (a ?? b ?? "")));
	out = out.replace(/\\([uvHckrdb])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+(\\?[A-Za-z]))/g, (_m, acc: string, a?: string, b?: string) =>
		accent(acc, (a ?? b ?? "")));
	out = out.replace(/\\(ss|aa|AA|ae|AE|oe|OE|dh|DH|th|TH|ng|NG|o|O|l|L|i|j)(?![A-Za-z])\s?/g, (_m, name: string) => LATEX_LETTERS[name] ?? name);
	out = out.replace(/\\&/g, "&").replace(/\\%/g, "%").replace(/\\_/g, "_").replace(/\\\$/g, "$").replace(/\\#/g, "#");
	out = out.replace(/~/g, " ");
	// named operators are typeset as words: "$O(n\\log n)$" reads "O(n log n)", the index's form
	out = out.replace(/(\S?)\\(log|ln|exp|sin|cos|tan|max|min|sup|inf|lim|det|dim|ker|deg|arg|gcd|Pr|argmax|argmin)(?![A-Za-z])\s*(?=(.?))/g, (_m, before: string, name: string, after: string) =>
		`${before}${before && !/[({[$]/.test(before) ? " " : ""}${name}${/[\p{L}\p{N}\\]/u.test(after) ? " " : ""}`);
	out = out.replace(/\\([A-Za-z]+)(?![A-Za-z])\s*/g, (m, name: string) => LATEX_GREEK[name] ?? m);
	// \textit{x}, \emph{x} → x ; other commands dropped
	out = out.replace(/\\[A-Za-z]+\*?\s*/g, "");
	out = out.replace(/[{}$]/g, "");
	return out;
}

function accent(acc: string, letter: string): string {
	const base = letter.startsWith("\\") ? (LATEX_LETTERS[letter.slice(1)] ?? letter.slice(1)) : letter;
	const mark = LATEX_ACCENTS[acc];
	return mark ? (base + mark).normalize("NFC") : base;
}

function decodeHtmlEntities(s: string): string {
	if (!s.includes("&")) return s;
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
		if (body[0] === "#") {
			const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return HTML_ENTITIES[body.toLowerCase()] ?? m;
	});
}

const UMLAUT_SPELLING: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ø: "oe", Ø: "Oe", å: "aa", Å: "Aa" };

/**
 * The text with umlauts and Nordic vowels spelled out as German and Scandinavian writing does
 * without them ("Müller" → "Mueller", "Sørensen" → "Soerensen", "Åse" → "Aase"), or null when it
 * has none. Folding drops the marks instead ("Muller"); a note and a record may use either.
 */
export function spelledOutUmlauts(s: string): string | null {
	const t = latexToUnicode(s).normalize("NFC");
	return /[äöüÄÖÜøØåÅ]/.test(t) ? t.replace(/[äöüÄÖÜøØåÅ]/g, (ch) => UMLAUT_SPELLING[ch] ?? ch) : null;
}

/**
 * A romanized Slavic name in one spelling: the systems that transliterate Russian, Ukrainian and
 * Bulgarian (BGN, ISO 9, passports, library catalogues) write "Sergey"/"Sergei", "Yuliya"/"Yulia"/
 * "Iuliia", "Dmitriy"/"Dmitry"/"Dmitrii", "Alexey"/"Aleksei", "Yevgeny"/"Evgeniy", a family name's
 * "Zaytseva"/"Zaitseva", the initials
 * "Yu."/"Iu."/"Ju.", and a Ukrainian family name's "h"/"g" and "kh"/"h" — read alike here.
 * Null when the spelling is already the one form (or the name is not in plain Latin letters).
 */
export function oneTransliteration(s: string): string | null {
	const words = foldText(s).split(/([\s.,-]+)/);
	const out = words.map((w, i) => (i % 2 === 1 ? w : /^[a-z]{3,}$/.test(w) ? transliterated(w) : (words[i + 1] ?? "").startsWith(".") ? initialTransliterated(w) : w)).join("");
	return out === foldText(s) ? null : out;
}

/**
 * A two-letter initial of Ю, Я or Е ("Yu.", "Iu.", "Ju."; "Ya.", "Ia.", "Ja."; "Ye.", "Je.") in one
 * spelling, the one transliterated names take ("iu" of "Iuliia", "ia" of "Iakov", "e" of "Evgenii"),
 * so "Yu." stands for "Yulia" and not for "Yana".
 */
function initialTransliterated(w: string): string {
	return /^[yij]u$/.test(w) ? "iu" : /^[yij]a$/.test(w) ? "ia" : /^[yj]e$/.test(w) ? "e" : w;
}

/**
 * A Ukrainian family name ("-enko", "-uk", "-chuk", "-skyi", …, or one starting with "h" before a
 * consonant, as Ukrainian's Г is romanized: "Hnatiuk") with Г and Х in one spelling: Ukrainian
 * writes Г as "h" where Russian-style spellings write "g", and Х is "kh" or "h" ("Kharchenko",
 * "Harchenko"; "Hnatiuk", "Gnatyuk"). Other names keep their "h": "Hill" and "Gill" are two.
 */
const SLAVIC_FAMILY_ENDING = /(?:enko|[iy]?uk|chuk|[iy]ch|ko|sk[iy][iy]?|ska|ov|ova|ev|eva)$/;

function oneUkrainianH(w: string): string {
	if (!w.includes("h") || !(SLAVIC_FAMILY_ENDING.test(w) || /^h[^aeiouy]/.test(w))) return w;
	return w.replace(/kh/g, "h").replace(/([csz]?)h/g, (m, p: string) => (p ? m : "g"));
}

function transliterated(w: string): string {
	// Й inside a family name is "y" or "i" before a consonant ("Zaytseva", "Zaitseva"; "Voytenko", "Voitenko")
	const glide = SLAVIC_FAMILY_ENDING.test(w) ? w.replace(/([aou])y(?=[^aeiouy])/g, "$1i") : w;
	return oneUkrainianH(glide)
		.replace(/x/g, "ks")
		.replace(/^ye/, "e")
		.replace(/yu/g, "iu")
		.replace(/ya/g, "ia")
		.replace(/ey/g, "ei")
		.replace(/[iy]+$/, "i")
		.replace(/ii/g, "i");
}

/**
 * A romanized Japanese name with its long vowels written short: Hepburn's macrons (folded away:
 * "Satō", "Ōta", "Yūki"), passport and Kunrei spellings with "oh", "ou", "oo" or "uu" ("Satoh",
 * "Satou", "Ohta", "Oono", "Yuuki") and the plain "Sato", "Ota", "Yuki" are one name. "oh" is a
 * long vowel only before a consonant or at a word's end ("Ohashi" keeps it) and never after "j"
 * ("John", "Johansson"). Null when no such spelling is in the name.
 */
export function shortLongVowels(s: string): string | null {
	const f = foldText(s);
	if (!/o[hou]|uu/.test(f)) return null;
	// only a name written in Japanese syllables: "Young" / "Yong" or "Wood" / "Wod" are other names
	const words = f.split(/[\s.,-]+/).filter((w) => w !== "");
	if (!words.every((w) => JAPANESE_SYLLABLES.test(w))) return null;
	// "joh" is matched whole and kept (a lookbehind breaks the plugin on iOS before 16.4)
	const out = f.replace(/(j?)oh(?![aeiouy])|o[ou]|uu/g, (m, j?: string) => (j ? m : m[0]));
	return out === f ? null : out;
}

/**
 * A word of romanized Japanese: consonant(s), a vowel, an "h" lengthening it; "n"; a doubled
 * consonant. Each piece can be read only one way (an "h" or "n" before a vowel starts the next
 * syllable, "y" is only the glide), so a long word that fails fails at once: a pattern with two
 * readings of "ahah…" took seconds on a 50-letter name.
 */
const JAPANESE_SYLLABLES = /^(?:(?:sh|ch|ts|[kgsztdnhbpmrwfj])?y?[aeiou](?:h(?![aeiouy]))?|n(?![aeiouy])|([kstpc])(?=\1)|t(?=ch))+$/;

/**
 * The romanizations of one Korean family name (Revised Romanization, McCune–Reischauer and the
 * spellings people chose for their passports): "Jeong"/"Jung"/"Chung", "Choi"/"Choe", "Lee"/"Yi"/
 * "Rhee", "Park"/"Bak"/"Pak", "Kang"/"Gang". Each group's first spelling stands for it; a name written
 * family first without a comma ("Yi Ha-eun") is read so too.
 */
const KOREAN_FAMILY_SPELLINGS = [
	["lee", "yi", "rhee", "rhie", "ri"], ["park", "bak", "pak", "bahk"], ["choi", "choe", "chey"], ["jeong", "jung", "chung", "joung", "cheong"],
	["cho", "jo", "joe"], ["kang", "gang"], ["yoon", "yun", "youn"], ["shin", "sin", "shinn"], ["lim", "im", "rim", "yim"], ["oh", "o"],
	["seo", "suh", "sur"], ["kwon", "gwon"], ["ahn", "an"], ["jang", "chang"], ["noh", "roh", "no", "ro"], ["baek", "paik", "paek", "back"],
	["heo", "huh", "hur"], ["moon", "mun"], ["ko", "go", "koh"], ["kim", "gim"], ["jeon", "jun", "chun", "chon"], ["koo", "gu", "ku"],
	["bae", "pae"], ["son", "sohn"], ["kwak", "gwak"], ["sung", "seong"], ["eom", "um", "uhm"], ["byun", "byeon", "pyun"], ["kong", "gong"],
];
const KOREAN_FAMILY = new Map(KOREAN_FAMILY_SPELLINGS.flatMap((group) => group.map((spelling) => [spelling, group[0]] as const)));
/** A syllable of romanized Korean: an initial, a vowel (with its glide), a final. */
const KOREAN_SYLLABLE = "(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhcyw])?(?:yeo|yae|wae|ae|eo|eu|ui|oe|wa|wo|we|wi|ya|ye|yo|yu|oo|ee|a|e|i|o|u)(?:ng|[knltmp])?";
const KOREAN_GIVEN = new RegExp(`^(?:${KOREAN_SYLLABLE})(?:[-\\s]?(?:${KOREAN_SYLLABLE}))$`);

/**
 * A Korean name with its family name in one romanization: "Min-ji Jung" and "Min-ji Jeong" are one
 * person. Only for a given name of two Korean syllables written out ("Min-ji", "Seunghoon"): a
 * family name alone ("Jung, A.") or beside another given name ("Carl Jung") is kept. Null when the
 * name is not such a name or is already in that spelling.
 */
export function oneKoreanFamily(s: string): string | null {
	const { given, family } = parsePersonName(s);
	const asRead = koreanName(given, family);
	if (asRead !== null || s.includes(",")) return asRead;
	// written family first without a comma ("Yi Ha-eun", "Rhee Min-jun"): the first word is the family
	const words = s.trim().split(/\s+/);
	return words.length === 2 ? koreanName(words[1], words[0]) : null;
}

/**
 * A Korean name's family name in its group's first spelling and its given name of two syllables, in
 * either order ("Kim Chong-il", "Jong-Il Kim", "Pak Su-yŏn"); null for any other name.
 */
export function koreanParts(s: string): { given: string; family: string } | null {
	const read = (given: string, family: string) => {
		const fam = KOREAN_FAMILY.get(foldText(family).replace(/[^a-z]/g, ""));
		const g = foldText(given).replace(/['’]/g, "").trim();
		return fam !== undefined && KOREAN_GIVEN.test(g) && KOREAN_MARK.test(g) ? { given: g, family: fam } : null;
	};
	const { given, family } = parsePersonName(s);
	const words = s.trim().split(/\s+/);
	return read(given, family) ?? (words.length === 2 && !s.includes(",") ? read(words[1], words[0]) : null);
}

function koreanName(given: string, family: string): string | null {
	const fam = foldText(family).replace(/[^a-z]/g, "");
	const canonical = KOREAN_FAMILY.get(fam);
	if (canonical === undefined || canonical === fam) return null;
	const g = foldText(given).trim();
	// beside a spelling that is also a Western family name ("Jung", "Lee", "Park", "Moon") or a very
	// short one, the given name must be recognisably Korean: "Anna Jung" and "Anna Chung" stay two
	const sure = !WESTERN_TOO.has(fam) && fam.length > 2;
	return KOREAN_GIVEN.test(g) && (sure || KOREAN_MARK.test(g)) ? `${g} ${canonical}` : null;
}

/**
 * "Abd" and the article after it, in every transliteration of an Arabic compound name ("Abd
 * al-Rahman", "Abdel Rahman", "Abdelrahman", "Abdul-Rahman", "Abdurrahman" with the article
 * assimilated): the article's vowel and the spaces or hyphens around it vary, the name does not.
 */
const ABD_AL = /\babd(?:[ -]?(?:[aeuo][lrsdnzt]|[aeu]sh))?[ -]?(?=\p{L})/giu;

/** An Arabic compound name with "Abd al-" written one way ("Abd al-Rahman" → "Abdrahman"), or null for any other name. */
export function oneArabicCompound(s: string): string | null {
	if (!/abd/i.test(s)) return null;
	const out = s.replace(ABD_AL, "Abd");
	return out === s && !/abd[ -]/i.test(s) ? null : out;
}

/** Romanizations that are also common Western family names. */
const WESTERN_TOO = new Set(["lee", "park", "jung", "moon", "back", "son", "joe"]);

/**
 * What a romanized Korean given name has and other two-syllable names seldom have: its syllables
 * set apart ("Min-ji", "Min Ji") or a vowel English names seldom have ("Seung", "Hyeon", "Jae",
 * "Woo", "Ryeong"). "Anna", "Dana", "Nina" read as two Korean syllables too.
 */
const KOREAN_MARK = /[-\s]|eo|eu|ae|ui|oe|y[aeou]|w[aeio]|oo|ng/;

/** Lower case, no diacritics, no LaTeX, no HTML entities; punctuation kept. */
export function foldText(s: string): string {
	// fast path: plain ASCII without LaTeX, entities or tags only needs lower case
	if (/^[\x20-\x7e]*$/.test(s) && !/[\\{}&<$~]/.test(s)) return s.toLowerCase();
	const plain = decodeHtmlEntities(latexToUnicode(repairMojibake(s))).replace(/<\/?[a-z][^>]*>/gi, "");
	// a trade or service mark ("Kevlar™") is no part of a word: NFKD would spell it "TM" into the word before it (rules/title-formatting)
	const lower = plain.replace(/[\u2120\u2122]/g, " ").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
	return /[^\u0020-\u007e]/.test(lower) ? lower.replace(/[ßøæœłđðþıȷŋħŧ]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch) : lower;
}

/**
 * A trade or registered mark as plain-text exports write it, in brackets against the word
 * ("Matrigel(TM)", "Kevlar(R)"): no part of the title, as "™" and "®" are not (rules/title-formatting).
 * Not before a hyphen or a letter, where "(R)" is a stereo descriptor ("…(R)-enantiomer").
 */
const ASCII_MARK = /(\p{L})\((?:TM|R|SM)\)(?![\p{L}\p{N}-])/gu;

/** Title comparison key: folded, punctuation → space, whitespace collapsed. */
export function normalizeTitle(s: string): string {
	const folded = foldText(s.includes("(") ? s.replace(ASCII_MARK, "$1 ") : s);
	return (/[\u0370-\u03ff]/.test(folded) ? folded.replace(/[\u0370-\u03ff]/g, (ch) => GREEK_NAMES[ch] ?? ch) : folded)
		.replace(/['’‘`´]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/**
 * A template's placeholder left unfilled: "{{containerTitle}}", "{{ year }}", "{{date | format}}"
 * (Citations, Zotero Integration and Web Clipper templates when the item lacks the variable),
 * "<% tp.date %>" (Templater). It names a field the importer had no value for, never the value.
 * Template variables start lower-case or are DOI/URL/ISBN; a BibTeX value in double braces
 * ("{{OpenAI}}", "{{NASA}}") is a protected name, not a placeholder.
 */
const UNFILLED_PLACEHOLDER = /^(\{\{\s*(?:[a-z][\w.-]*|DOI|URL|ISBN|ISSN|PMID)\s*(?:\|[^{}]*)?\}\}|<%[\s\S]*%>)$/;

/** True when `s` is missing: null/undefined, empty, the string "null", or an unfilled template placeholder. */
export function isMissing(s: unknown): boolean {
	if (s === null || s === undefined) return true;
	if (typeof s === "string") {
		const t = s.trim();
		return t === "" || t.toLowerCase() === "null" || t.toLowerCase() === "undefined" || UNFILLED_PLACEHOLDER.test(t);
	}
	return false;
}

/** Bare lower-case DOI from "10.x/y", "doi:10.x/y", "https://doi.org/10.x/y"…; null if not a DOI. */
export function normalizeDoi(s: unknown): string | null {
	if (typeof s !== "string" || isMissing(s)) return null;
	// quote marks around a DOI copied out of text or a citation ("“10.1000/xyz”"): never part of one
	// a DOI copied from a web page may carry the page's invisible break hints (zero-width spaces, soft hyphens)
	let t = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "").trim().replace(LEADING_QUOTES, "");
	// a DOI written as a Markdown link ("[10.x/y](https://doi.org/10.x/y)", "[doi](https://…)"):
	// the link's target is the DOI a click follows, its text when the target names none (rules/doi-forms)
	const link = MARKDOWN_LINK.exec(t);
	if (link) return normalizeDoi(link[2]) ?? normalizeDoi(link[1]);
	// a resolver link's own query or fragment ("…?via=ihub", "…#abstract"); a "#" or "?" in a DOI is
	// escaped in a link, and a SICI DOI's check character "#" is never followed by a word
	if (/^(?:https?:\/\/)?(?:dx\.)?(?:www\.)?doi\.org\//i.test(t)) t = t.replace(/(?:\?[\w.-]+=\S*|#[a-z][\w-]*)$/i, "");
	try {
		if (/%[0-9a-f]{2}/i.test(t)) t = decodeURIComponent(t);
	} catch {
		// keep the raw text: a stray % is not worth failing over
	}
	t = stripDoiResolver(t).replace(/^doi(?::\s*|\s+(?=10\.))/i, "").trim().replace(LEADING_QUOTES, "");
	// a DOI copied out of a PDF keeps the line break after a "/", "." or "-" as a space
	// ("10.1016/j.jhydrol. 2019.123456", "10.1002/ anie.201901234"): the last piece continues it
	if (/\s/.test(t)) t = t.replace(/^(10\.\d{4,9}\/(?:\S*[./-])?)\s+(?=[\w(]\S*$)/, "$1");
	const m = /10\.\d{4,9}\/\S+/.exec(t);
	if (!m || m.index !== 0) return null;
	const doi = withoutClosingBracket(m[0].replace(TRAILING_PUNCTUATION, "")).replace(TRAILING_PUNCTUATION, "").toLowerCase();
	// arXiv's DataCite DOIs name the paper, never a version: "10.48550/arXiv.2602.12271v1" is 10.48550/arxiv.2602.12271
	return /^10\.48550\/arxiv\./.test(doi) ? doi.replace(/v\d+$/, "") : doi;
}

const LEADING_QUOTES = /^["'“”‘’«»„]+/;
/** A whole value written as a Markdown link: "[text](target)"; the target runs to the value's last ")". */
const MARKDOWN_LINK = /^\[([^\]]{0,500})\]\((\S+)\)$/;
/** What ends a sentence or a quotation after a DOI: a DOI's last character is never one of them. */
const TRAILING_PUNCTUATION = /[.,;"'“”‘’«»]+$/;

/**
 * A DOI copied out of running text keeps the bracket that closed it ("(doi:10.1000/xyz)"): a
 * final ")" or "]" without its opening partner is not part of it. Balanced ones are: SICI DOIs
 * and many others carry "(…)" ("10.1016/0004-3702(82)90040-6").
 */
function withoutClosingBracket(doi: string): string {
	for (const [open, close] of [["(", ")"], ["[", "]"]] as const) {
		if (doi.endsWith(close) && doi.split(open).length < doi.split(close).length) return doi.slice(0, -1);
	}
	return doi;
}

/**
 * The DOI a versioned DOI belongs to: eLife's reviewed versions ("….2"), figshare's ".v3",
 * bioRxiv/medRxiv page addresses ("…v2"), Research Square's "/v2", Cochrane's updates (".pub2"); null when it has no such
 * suffix. The one definition of rules/doi-forms' "DOI plus a version suffix".
 */
export function doiVersionBase(doi: string): string | null {
	const m = /(?:\.(?:v|pub)?\d{1,2}|\/v\d{1,2}|v\d{1,2})$/.exec(doi);
	if (!m || m.index === 0) return null;
	const base = doi.slice(0, m.index);
	return /^10\.\d{4,9}\/./.test(base) ? base : null;
}

/** What a component DOI names within its article. */
export type DoiComponent = "figure" | "table" | "supplementary file";

const COMPONENT_LETTERS: Record<string, DoiComponent> = { g: "figure", t: "table", s: "supplementary file", fig: "figure", table: "table", supp: "supplementary file" };

/**
 * The article a component DOI belongs to (rules/doi-forms): a DOI registered for one figure,
 * table or supplementary file of it, the article's DOI plus a marked suffix (PLOS's ".g002",
 * ".t001", ".s003"; PeerJ's "/fig-2", "/table-1", "/supp-3"). Null for any other DOI: a bare
 * number (".003") is many journals' own numbering, never read as a component.
 */
export function doiComponentOf(doi: string): { base: string; part: DoiComponent } | null {
	const m = /(?:\.([gts])\d{3,4}|\/(fig|table|supp)-\d{1,3})$/.exec(doi);
	if (!m) return null;
	const base = doi.slice(0, m.index);
	return /^10\.\d{4,9}\/./.test(base) ? { base, part: COMPONENT_LETTERS[m[1] ?? m[2]] } : null;
}

/** Characters a DOI link percent-encodes, which some records keep so encoded in their DOI (SICI DOIs' "<" and ">"). */
const DOI_ESCAPED = /[<>[\]{}"^`\\#]/;
const DOI_ESCAPED_ALL = new RegExp(DOI_ESCAPED.source, "g");

/**
 * A DOI as some records hold it, with the characters a link percent-encodes so encoded
 * ("10.1002/(sici)…12:1<33::aid-x1>3.0.co;2-y" → "…12:1%3C33::aid-x1%3E3.0.co;2-y"; rules/doi-forms).
 * Null for a DOI without such characters. Only a DOI OpenAlex does not hold as written is read so.
 */
export function doiPercentEncoded(doi: string): string | null {
	if (!DOI_ESCAPED.test(doi)) return null;
	return doi.replace(DOI_ESCAPED_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * The DOI before a publisher page's tail (rules/doi-forms): a DOI copied out of an article page's
 * address keeps the page's last segment ("…/fpsyg.2019.01234/full", "…/anie.201915678/abstract",
 * "…/epdf", "…/full/html"). Null for any other DOI. Only a DOI OpenAlex does not hold is read so.
 */
export function doiPageTailBase(doi: string): string | null {
	const m = /\/(?:full(?:\/(?:html|pdf))?|fulltext|abstract|summary|pdf|epdf|pdfdirect|html|references|figures|suppinfo|meta)$/.exec(doi);
	if (!m) return null;
	const base = doi.slice(0, m.index);
	return /^10\.\d{4,9}\/./.test(base) ? base : null;
}

/**
 * The book a chapter's DOI belongs to (rules/chapter-in-book): many publishers register a chapter
 * as the book's ISBN DOI plus the chapter's number ("…/978-3-030-12345-6_7", "…/9781119123456.ch7",
 * "…/978-1-5225-1234-5.ch007", "…/9781315123456-7"). Null for any other DOI. After a hyphenated
 * ISBN only "_" or ".ch" mark the chapter (its own last hyphen ends the ISBN).
 */
export function doiChapterBook(doi: string): string | null {
	const m = /(97[89](?:-?\d){10})(?:_|\.ch)\d{1,3}$|(97[89]\d{10})-\d{1,3}$/.exec(doi);
	if (!m) return null;
	const base = doi.slice(0, m.index + (m[1] ?? m[2]).length);
	return /^10\.\d{4,9}\/./.test(base) ? base : null;
}

/**
 * The DOI without a version suffix that says "v" (figshare's ".v3", bioRxiv's "…976543v2",
 * Research Square's "/v2") or "pub" (Cochrane's ".pub3"), or null: two DOIs with the same such base are two versions of one
 * deposit. A bare number (eLife's ".2") names a version only beside the DOI it extends
 * (doiVersionBase): "…2020.01.01" and "…2020.01.02" are two works.
 */
export function doiMarkedVersionBase(doi: string): string | null {
	// a living review's update (Cochrane's ".pub2", ".pub3"): the base is its first version
	const pub = /\.pub\d{1,2}$/.exec(doi);
	if (pub) return /^10\.\d{4,9}\/./.test(doi.slice(0, pub.index)) ? doi.slice(0, pub.index) : null;
	// the "v" follows a separator or a digit: "…/dev2" and "…/dev3" are two DOIs, not two versions
	const m = /([./]|\d)v\d{1,2}$/.exec(doi);
	if (!m) return null;
	// a digit before the "v" stays with the base ("…976543"), a separator goes ("…1234567.v3")
	const base = doi.slice(0, /\d/.test(m[1]) ? m.index + 1 : m.index);
	return /^10\.\d{4,9}\/./.test(base) ? base : null;
}

/**
 * The DOIs of a living review's next two updates (Cochrane's "….pub2" → "….pub3", "….pub4"; its
 * unmarked first version "…/14651858.CD004366" → "….pub2", "….pub3"), or none for a DOI of no such
 * scheme: rules/doi-forms looks them up (two free singletons) when the note dates a later version
 * than the one its DOI names.
 */
export function laterVersionDois(doi: string): string[] {
	const m = /\.pub(\d{1,2})$/.exec(doi);
	if (m) return [1, 2].map((k) => `${doi.slice(0, m.index)}.pub${Number(m[1]) + k}`);
	return LIVING_WORK_FIRST_VERSION.test(doi) ? [2, 3].map((k) => `${doi}.pub${k}`) : [];
}

/**
 * The DOIs of a living review's two versions before the update a ".pubN" DOI names ("….pub3" →
 * "….pub2", its unmarked first version; "….pub2" → the first version), newest first, or none:
 * rules/doi-forms looks them up (free singletons) when the note dates an earlier version than the
 * update its DOI names.
 */
export function earlierVersionDois(doi: string): string[] {
	const review = livingReview(doi);
	if (review === null) return [];
	const n = review.version;
	return [n - 1, n - 2].filter((k) => k >= 1).map((k) => (k === 1 ? review.base : `${review.base}.pub${k}`));
}

/**
 * The update number a living review's DOI names: 1 for its unmarked first version, N for "….pubN";
 * null for a DOI of no such scheme.
 */
export function livingReviewVersion(doi: string): number | null {
	return livingReview(doi)?.version ?? null;
}

/** A living review's DOI read as its first version's DOI and the update it names, or null. */
function livingReview(doi: string): { base: string; version: number } | null {
	const m = /\.pub(\d{1,2})$/.exec(doi);
	const base = m ? doi.slice(0, m.index) : doi;
	return LIVING_WORK_FIRST_VERSION.test(base) ? { base, version: m ? Number(m[1]) : 1 } : null;
}

/**
 * The unmarked first version of a work the ".pubN" scheme updates: the suffix is the serial's ISSN
 * or the book's ISBN, a dot and the item's code ("14651858.cd004366" of a Cochrane review,
 * "9780470015902.a0001234" of a living reference work's article); ".pub2" is its first update.
 */
const LIVING_WORK_FIRST_VERSION = /^10\.\d{4,9}\/(?:\d{7}[\dx]|\d{13})\.[a-z]{1,2}\d{4,}$/;

const NEW_ARXIV = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])/;
// an old-style id's subject class ("math.AG/0404188", "physics.optics/0401001") is no part of the
// id: arXiv and its DOIs name the paper "math/0404188"
const OLD_ARXIV = /([a-z-]+)(?:\.[a-z-]+)?\/(\d{7})(?:v\d+)?/i;

/** arXiv id without version ("2203.02155", "math/0404188") from an id, URL, "arXiv:" or 10.48550 DOI. */
export function normalizeArxivId(s: unknown): string | null {
	if (typeof s !== "string" || isMissing(s)) return null;
	const t = s.trim();
	const lower = t.toLowerCase();
	const bare = stripDoiResolver(lower)
		.replace(/^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\//, "")
		.replace(/^10\.48550\/arxiv\./, "")
		.replace(/^arxiv:\s*/, "")
		.replace(/\.pdf$/, "");
	const n = NEW_ARXIV.exec(bare);
	if (n && (bare.startsWith(n[1]) || /arxiv/.test(lower))) return n[1];
	const o = OLD_ARXIV.exec(bare);
	if (o && (o.index === 0 || /arxiv/.test(lower))) return `${o[1]}/${o[2]}`.toLowerCase();
	return null;
}

const PREPRINT_PATTERNS = [
	/\barxiv\b/, /\bcorr\b/, /\bssrn\b/, /social science research network/, /\bbiorxiv\b/, /\bmedrxiv\b/,
	/research square/, /\bzenodo\b/, /\bpsyarxiv\b/, /\bsocarxiv\b/, /\bedarxiv\b/, /\bchemrxiv\b/,
	/\btechrxiv\b/, /\bearth ?arxiv\b/, /\bosf preprints\b/, /\bpreprints\.org\b/, /\bpreprint\b/,
	/\bauthorea\b/, /\bhal\b.*\barchives?\b/, /\bopenreview\b/, /\beconstor\b/, /\bnber\b/, /national bureau of economic research/,
	/\brepec\b/, /research papers in economics/, /\bosf\b/, /open science framework/, /\bworking papers?\b/, /\bdiscussion papers?\b/,
];

/** True for preprint servers and preprint wording ("arXiv (Cornell University)", "SSRN", "arXiv preprint …"). */
export function isPreprintVenue(name: string | null): boolean {
	if (!name || isMissing(name)) return false;
	let known = preprintCache.get(name);
	if (known === undefined) {
		if (preprintCache.size > 20_000) preprintCache.clear();
		const f = foldText(name);
		known = PREPRINT_PATTERNS.some((re) => re.test(f));
		preprintCache.set(name, known);
	}
	return known;
}

/** Venue names recur across a vault; the answer for each is remembered. */
const preprintCache = new Map<string, boolean>();

const HONORIFICS = new Set(["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame"]);
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "phd", "md"]);
export const NAME_PARTICLES = new Set([
	"van", "von", "der", "den", "de", "del", "della", "delle", "di", "da", "du", "la", "le", "dos", "das",
	"do", "ter", "ten", "zu", "zur", "af", "av", "bin", "ibn", "al", "el", "vander", "vanden",
]);

/** The generational suffixes that tell a father from a son ("V" is left out: it is as often an initial). */
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * A name's generational suffix ("jr" of "Marcus Banks Jr." or "Banks, Marcus, Jr."), folded; null
 * when it has none. Only a name of three words or more has one ("Aa Jr" is a family name Jr).
 */
export function generationOf(name: string): string | null {
	const words = foldText(name).split(/[\s,]+/).filter((w) => w !== "");
	const last = (words[words.length - 1] ?? "").replace(/\./g, "");
	return words.length >= 3 && GENERATIONS.has(last) ? last : null;
}

/**
 * The words that open an Irish family name ("Siobhán Ní Bhriain", "Seán Ó Briain", "Áine Nic
 * Giolla"), written capitalised and apart from the name they lead: part of the family name
 * (rules/double-family-name), never a given name.
 */
const IRISH_FAMILY_WORDS = new Set(["Ní", "Nic", "Ó", "Uí", "Mac", "Mhic"]);

/** "Filho", "Neto", "Sobrinho", "Júnior": part of a Portuguese family name, never a given name (rules/double-family-name). */
const FAMILY_GENERATION_WORDS = new Set(["filho", "neto", "sobrinho", "junior"]);

export function isFamilyGenerationWord(word: string): boolean {
	return FAMILY_GENERATION_WORDS.has(foldText(word));
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Split a display name into given and family parts. Handles "Last, First", "First Last",
 * particles ("Aäron van den Oord" → family "van den Oord"), suffixes ("Jr."), DBLP
 * disambiguation numbers ("John Langford 0001"), braces ("{Tatsu Lab}") and CJK names
 * written without spaces (family first).
 */
export function parsePersonName(s: string): { given: string; family: string } {
	// "J.A.Smith": initials written without spaces are words of their own
	let t = latexToUnicode(repairMojibake(s)).replace(/(\p{Lu})\.(?=\p{L})/gu, "$1. ").replace(/\s+/g, " ").trim();
	t = t.replace(/\s+\d{4}$/, "").trim();
	if (t.includes(",")) {
		const parts = t.split(",").map((p) => p.trim()).filter((p) => p !== "");
		const family = parts[0] ?? "";
		const rest = parts.slice(1).filter((p) => !NAME_SUFFIXES.has(p.toLowerCase().replace(/\./g, "")));
		// "Oord, Aäron van den": trailing particles of the given part belong to the family
		const givenWords = rest.join(" ").split(" ").filter((w) => w !== "");
		const moved: string[] = [];
		while (givenWords.length > 1 && NAME_PARTICLES.has(givenWords[givenWords.length - 1].toLowerCase())) {
			moved.unshift(givenWords.pop() as string);
		}
		return { given: givenWords.join(" "), family: [...moved, family].join(" ") };
	}
	if (!t.includes(" ") && CJK.test(t)) {
		// Chinese/Korean names without spaces are written family first; most families are one character.
		const chars = [...t];
		return { family: chars[0] ?? "", given: chars.slice(1).join("") };
	}
	const words = t.split(" ").filter((w) => w !== "");
	// "Dr. Ada Okonkwo", "Prof. Dr. Hans Weber": honorifics are not given names
	while (words.length > 2 && HONORIFICS.has(words[0].toLowerCase().replace(/\.$/, ""))) words.shift();
	// "Jr." after given and family names; a two-word name keeps its last word ("Aa Jr" is family Jr)
	while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/\./g, ""))) words.pop();
	if (words.length <= 1) return { given: "", family: words[0] ?? "" };
	let i = words.length - 1;
	// Portuguese generational words close a family name of their own ("Carlos de Souza Filho" is
	// family "de Souza Filho", cited "SOUZA FILHO, C."): the word before them is a family word too
	if (i > 1 && isFamilyGenerationWord(words[i])) i--;
	// "Souza e Silva", "Ramón y Cajal", "Pujol i Soley": two family names joined by "e", "y" or "i"
	if (i > 2 && /^(?:e|y|i)$/.test(words[i - 1]) && /^\p{Lu}/u.test(words[i - 2])) i -= 2;
	// particles directly before the last word belong to the family; keep at least one given word
	while (i > 1 && NAME_PARTICLES.has(words[i - 1].toLowerCase())) i--;
	// an Irish family name opens with "Ní", "Ó", "Mac"…: "Siobhán Ní Bhriain" is family "Ní Bhriain"
	if (i > 1 && IRISH_FAMILY_WORDS.has(words[i - 1].normalize("NFC"))) i--;
	return { given: words.slice(0, i).join(" "), family: words.slice(i).join(" ") };
}

/** Folded name key: family without particles/hyphens/spaces, and given-name tokens. */
export interface NameKey {
	/** All tokens run together ("aaronvandenoord"): equal keys = same name. */
	joined: string;
	/** Tokens run together with the first token moved last (family-first written names). */
	rotated: string;
	family: string;
	/** Family with particles kept, all separators removed ("vandenoord"). */
	familyFull: string;
	given: string[];
	/** All tokens in written order (for family-first matching). */
	tokens: string[];
}

export function nameKey(s: string): NameKey {
	const { given, family } = parsePersonName(s);
	// "St-Pierre", "St. Onge", "Ste-Marie": the saint's name written out or not ("Saint-Pierre")
	const famTokens = splitNameTokens(family).map((t) => (t === "st" ? "saint" : t === "ste" ? "sainte" : t));
	const core = famTokens.filter((w) => !NAME_PARTICLES.has(w));
	const givenTokens = splitNameTokens(given);
	const tokens = [...givenTokens, ...famTokens];
	return {
		joined: tokens.join(""),
		rotated: tokens.length > 1 ? [...tokens.slice(1), tokens[0]].join("") : tokens.join(""),
		family: (core.length ? core : famTokens).join(""),
		familyFull: famTokens.join(""),
		given: givenTokens,
		tokens,
	};
}

function splitNameTokens(s: string): string[] {
	const f = foldText(s);
	const out: string[] = [];
	// "J.-P." / "Jean-Pierre" / "J.P." → separate initials/names
	for (const raw of f.split(/[\s\-‐–.]+/)) {
		const w = raw.replace(/[^\p{L}\p{N}]/gu, "");
		if (!w) continue;
		if (/^\d+$/.test(w)) continue;
		out.push(w);
	}
	return out;
}
