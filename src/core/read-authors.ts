// A note's author list, from every shape notes hold it in: BibTeX's "and" strings, CSL name
// objects, Zotero creators, Vancouver and APA lists, names in other scripts and languages, with
// "et al.", credentials, affiliation marks and editors told apart from the authors.
import { citationKeyIn } from "./citation-key";
import { firstText, unlink } from "./field-values";
import { inInitialsStyle, isOrganizationAuthor } from "./match";
import { foldText, isFamilyGenerationWord, isMissing, latexToUnicode, NAME_PARTICLES, parsePersonName } from "./normalize";
import { familyBeforeInitials, splitOtherLanguageAnd } from "./rules/authors-joined-in-other-languages";
import { readInitialsStyle } from "./rules/capital-initials";
import { withoutAdjacentRepeats } from "./rules/duplicate-authors";
import { authorsAmongCreators } from "./rules/editors-not-authors";

/**
 * "et al." in the languages citations are written in: German "u. a." (und andere), French "et
 * coll." / "et collab.", Spanish "y cols." / "y col." / "y otros", Portuguese "e col." / "e cols." / "e outros", Swedish and Danish "m.fl.", Norwegian "mfl.",
 * Dutch "e.a.", Italian "e coll.", Polish "i in.", Finnish "ym.", Russian "и др.", Chinese "等" (GB/T
 * 7714), Japanese "他" / "ほか", Korean "외". In lower case
 * only: "Schmidt, U. A." and "Jansen, E.A." are initials.
 */
const OTHERS_IN_LANGUAGES = String.raw`u\.\s?a\.|et\s+coll(?:ab)?\.?|y\s+cols?\.?|e\s+cols?\.?|m\.\s?fl\.?|mfl\.|e\.\s?a\.|e\s+coll\.?|i\s+in\.|ym\.|и\s+др\.?|y\s+otros|e\s+outros|等|他|ほか|외`;
/**
 * "and co-workers" / "and colleagues", as chemists and life scientists name a group by its head
 * ("Ruiz and co-workers"): the people named first and a truncated list, as "et al." is.
 */
const GROUP_OTHERS = String.raw`co-?workers|colleagues|collaborators`;
const TRUNCATION = new RegExp(String.raw`^(and\s+)?(others|et\.?\s*al\.?|\.\s?\.\s?\.|…|${GROUP_OTHERS})$`, "i");
const TRUNCATION_IN_LANGUAGES = new RegExp(`^(?:${OTHERS_IN_LANGUAGES})$`);
/** An ellipsis standing for authors left out: before names, the gap of APA 7's "first 19, . . ., last". */
const ELLIPSIS = /^(\.\s?\.\s?\.|…)$/;
// one separator before them, the rest of its run walked back by hand (trailingTruncation): a pattern
// starting with the whole run was tried from every space of a long one, seconds on an author string
// of 20,000 spaces (and a lookbehind, which would start it at the run's start, breaks the plugin on
// iOS before 16.4)
const TRAILING_ET_AL = new RegExp(String.raw`[\s,;](et\.?\s*al\.?|and\s+others|(?:and|&)\s+(?:${GROUP_OTHERS}))[\s.]*$`, "i");
const CJK_NAME_THEN_OTHERS = /[\p{Script=Han}\p{Script=Hangul}]{2}等\s*[.。]?\s*$/u;
const TRAILING_OTHERS_IN_LANGUAGES = new RegExp(`[\\s,;](?:${OTHERS_IN_LANGUAGES})[\\s.]*$`);

/** Where an author string's closing "et al." (or another language's) and the separators before it begin; null when it has none. */
function trailingTruncation(s: string): number | null {
	const m = TRAILING_ET_AL.exec(s) ?? TRAILING_OTHERS_IN_LANGUAGES.exec(s);
	// Chinese "等" written straight after the last name, as GB/T 7714 lists often do ("王磊等")
	if (!m) {
		if (!CJK_NAME_THEN_OTHERS.test(s)) return null;
		let end = s.length;
		while (end > 0 && /[\s.。]/.test(s[end - 1])) end--;
		return end - 1;
	}
	let start = m.index;
	while (start > 0 && /[\s,;]/.test(s[start - 1])) start--;
	// BibTeX's list separator before it, as the ADS writes a capped list ("{Okafor}, C. and
	// {Lindqvist}, E. and et al."): no part of the last name
	if (/\sand$/i.test(s.slice(Math.max(0, start - 4), start)) && !/^\s*and\s/i.test(m[0].slice(1))) {
		start -= 3;
		while (start > 0 && /[\s,;]/.test(s[start - 1])) start--;
	}
	return start;
}

/**
 * Degrees and credentials after a written-out name, as medical and nursing journals print bylines
 * ("Anna Krüger, MD, PhD", "Jonas Weber, RN, MSN", "Grace Mwangi, MPH"): no part of the name. Only
 * after a name of two words or more, since "Smith, MA" is a family name and initials.
 */
const CREDENTIAL_NAMES = "MD|PhD|DPhil|MPhil|MPH|MSPH|MHS|MSc|MS|MA|MBA|BSc|BA|BS|RN|MSN|BSN|DNP|NP|PA-C|PharmD|DO|DDS|DMD|DVM|DrPH|ScD|MBBS|MBChB|MB|BChir|FRCP|FRCPC|FRCS|FRCSC|FRACP|FACS|FACP|FAAP|FACC|MRCP|MRCPCH|CPH|LCSW|PsyD|EdD|JD|OTR|DPT|PT|RD|CNM|Dipl";
const CREDENTIAL = new Set(CREDENTIAL_NAMES.split("|"));
const CREDENTIALS = new RegExp(`^(\\S+\\s+[^,]*\\S)(?:,\\s*(?:${CREDENTIAL_NAMES})\\.?)+$`);

/** The name without degrees after it; a name whose last comma is followed by none is returned as it is (most names: one Set lookup). */
function withoutCredentials(t: string): string {
	const last = t.slice(t.lastIndexOf(",") + 1).trim().replace(/\.$/, "");
	return CREDENTIAL.has(last) ? t.replace(CREDENTIALS, "$1") : t;
}

/** One author value → "Given Family" display string; null when empty. */
/**
 * The name without a page name's closing "(…)" after a space. Found from the bracket, not with
 * "\s+\(" (tried from each space of a long run, that pattern took a second on 40,000 spaces).
 */
function withoutDisambiguation(t: string): string {
	const m = /\([^()]*\)$/.exec(t);
	if (!m || m.index === 0 || !/\s/.test(t[m.index - 1])) return t;
	return t.slice(0, m.index).trimEnd();
}

/**
 * A person written as a link to their page with the name shown after "|" ("[[Doe, Jane|J. Doe]]"):
 * the name shown, unless it and the page name the same family with other initials ("[[Haddad,
 * Rania|O. Haddad]]"), when the page's fuller name is read so that the comparison sees which
 * person the note links (rules/author-name-forms).
 */
function personLink(s: string): string {
	const shown = unlink(s);
	const m = /^\[\[([^|\]]+)\|([^\]]+)\]\]$/.exec(s);
	if (!m) return shown;
	const page = withoutDisambiguation((m[1].split("/").pop() ?? m[1]).trim());
	const a = parsePersonName(page);
	const b = parsePersonName(shown);
	if (!a.given || !b.given || foldText(a.family) !== foldText(b.family)) return shown;
	const initial = (given: string) => foldText(given).replace(/[^a-z]/g, "").charAt(0);
	return initial(a.given) !== initial(b.given) ? page : shown;
}

function personToString(v: unknown): string | null {
	if (typeof v === "string") {
		if (isMissing(v)) return null;
		// "[[Ada Okonkwo (ecologist)]]": a page name's disambiguation is not part of the name
		let t = withoutDisambiguation(personLink(v.trim()));
		const extended = t.includes("=") ? extendedName(t) : null;
		if (extended !== null) return extended;
		if (t.includes(",")) t = withoutCredentials(withoutSocietyGrades(t));
		if (t.includes(",") && !/^\{.*\}$/.test(t)) {
			const { given, family } = parsePersonName(t);
			// a generational suffix as a part of its own ("Banks, M., Jr.") stays with the name: a "Sr." is another person
			const last = t.slice(t.lastIndexOf(",") + 1).trim();
			const suffix = given && t.indexOf(",") < t.lastIndexOf(",") && GENERATION_SUFFIX.test(last) ? ` ${last}` : "";
			return given ? `${given} ${family}${suffix}` : family;
		}
		return familyBeforeInitials(t) ?? t;
	}
	if (v && typeof v === "object") {
		const o = v as Record<string, unknown>;
		// INSPIRE's `full_name` and DataCite's personal `name` are "Family, Given"; another `name`
		// (Semantic Scholar's, Zotero's single-field creator, an organisation) is kept as written
		const inverted = firstText(o, "full_name") ?? (o.nameType === "Personal" ? firstText(o, "name") : null);
		if (inverted) return personToString(inverted);
		const literal = firstText(o, "literal", "name", "display_name");
		if (literal) return literal;
		const family = firstText(o, "family", "last", "lastName", "last_name");
		const given = firstText(o, "given", "first", "firstName", "first_name");
		const particle = firstText(o, "non-dropping-particle", "dropping-particle");
		const fam = particle ? `${particle} ${family ?? ""}`.trim() : family;
		if (fam && given) return `${given} ${fam}`;
		return fam ?? given;
	}
	return null;
}

/**
 * A byline pasted from a PDF marks each name with its affiliations and roles right after the name
 * ("María López1,2, Jian Wang2* and Peter Kim1,3", "Lise Dahl¹, Erik Lund²,³", "Anna Lindqvist†"):
 * marks written against a name's last letter are no part of it (DBLP's " 0003", after a space, is
 * read apart). Plain digits count only in a pasted string: an importer's list entry is one name as
 * the importer keeps it. Cheap for every other name: most hold no digit, star or dagger.
 */
const MARK = "\\u00b9\\u00b2\\u00b3\\u2070-\\u2079*\\u2020\\u2021\\u00a7\\u00b6#";
// the name's last letter (and a full stop) is matched and put back: a lookbehind breaks the plugin on iOS before 16.4
const marksAfterNames = (mark: string) => new RegExp(`(\\p{L}\\.?)[${mark}]+(?:,[${mark}]+)*(?=\\s*[,;&]|\\s+(?:and|&)\\s|\\s*$)`, "gu");
const MARKS_IN_STRING = marksAfterNames(`\\d${MARK}`);
const MARKS_IN_ENTRY = marksAfterNames(MARK);
const ANY_MARK = /[\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7\u00b6#]/;
/** ACS prints the marks after the comma that ends the name ("Hiroshi Tanaka,*,† Mei Lin,‡ and …"): the comma kept, the marks dropped. */
const MARKS_AFTER_COMMA = new RegExp(`(\\p{L}\\.?),[${MARK}]+(?:,[${MARK}]+)*(?=\\s|$)`, "gu");
/**
 * Elsevier marks affiliations with lower-case letters, which a PDF copy sets apart from the name
 * ("Marek Dvořák a, Oluwaseun Adeyemi b, Mei Lin a,*"): a lone letter a–h (and more after commas)
 * closing a name. Read so only when two names or more carry one: a name never ends in one.
 */
const LETTER_MARKS = /(\p{L}\.?) [a-h](?:, ?[a-h*\u2020\u2021])*\*?(?=\s*[,;]|\s+(?:and|&)\s|\s*$)/gu;
function withoutLetterMarks(s: string): string {
	if (!/ [a-h]\b/.test(s)) return s;
	const found = s.matchAll(LETTER_MARKS);
	let marked = 0;
	while (marked < 2 && !found.next().done) marked++;
	return marked > 1 ? s.replace(LETTER_MARKS, "$1") : s;
}
function withoutAffiliationMarks(s: string, inString: boolean): string {
	const lettered = inString ? withoutLetterMarks(s) : s;
	if (!ANY_MARK.test(lettered)) return lettered;
	const t = inString ? lettered.replace(MARKS_AFTER_COMMA, "$1,") : lettered;
	return t.replace(inString ? MARKS_IN_STRING : MARKS_IN_ENTRY, "$1");
}

/** "Stolz, Margarethe", "Stolz, M.": one comma, letters before it and a given name right after it. */
function isFamilyCommaGiven(part: string): boolean {
	const c = part.indexOf(",");
	return c > 0 && part.indexOf(",", c + 1) < 0 && /\p{L}/u.test(part.slice(0, c)) && /^ ?\p{L}/u.test(part.slice(c + 1));
}

/**
 * An editors', translators' or compilers' role written once after a list of names, in the
 * languages reference styles use: a plural, or a word of both numbers ("Hrsg.", "red.", "a cura
 * di"). A singular ("ed.", "trans.") marks the name it follows, as it does beside other marked names.
 */
const LIST_ROLE = / \(((?:eds|editors|éds|hrsg|hgg?|translators|comps|coords|orgs|dirs|red|a cura di)\.?)\)$/i;

/**
 * IEEE (and OSA, SPIE, ASME, AIAA) print each author's membership grade after the name ("Sofia
 * Lindgren, Member, IEEE, and Peter Okonkwo, Senior Member, IEEE"), and a byline copied from the
 * paper keeps it: no part of a name.
 */
const SOCIETY_GRADE = /, ?(?:(?:Life|Graduate|Student|Senior|Associate) ){0,2}(?:Member|Fellow), ?(?:IEEE|OSA|SPIE|ASME|AIAA|ACM)\b/g;
function withoutSocietyGrades(t: string): string {
	return t.includes("IEEE") || t.includes("OSA") || t.includes("SPIE") || t.includes("ASME") || t.includes("AIAA") || t.includes("ACM") ? t.replace(SOCIETY_GRADE, "") : t;
}

/**
 * Split a concatenated author string: BibTeX "A and B", "A; B", "Last, First", or "First Last,
 * First Last". What BibTeX protects with braces is one name whatever it holds: a corporate author
 * "{Centers for Disease Control and Prevention}" (a braced part holding a separator is set aside
 * while the string is split, then put back).
 */
/**
 * biblatex's extended name format, which Better BibTeX and biber write for names the plain form
 * cannot hold ("family=Beek, given=Anna, prefix=van, useprefix=true"): the name it spells, given
 * names first; null for any other string.
 */
function extendedName(t: string): string | null {
	if (!/^\s*(?:family|given|prefix|suffix)\s*=/i.test(t)) return null;
	const parts: Record<string, string> = {};
	for (const item of t.split(",")) {
		const m = /^\s*([A-Za-z-]+)\s*=(.*)$/.exec(item);
		if (!m) return null;
		parts[m[1].toLowerCase()] = m[2].trim().replace(/^\{(.*)\}$/, "$1").replace(/^"(.*)"$/, "$1").trim();
	}
	if (!parts.family) return null;
	return [parts.given, parts.prefix, parts.family, parts.suffix].filter((p) => p).join(" ");
}

function splitAuthorString(s: string, roleRead = false): string[] {
	// names in biblatex's extended format, joined by "and" as BibTeX joins names
	if (/(?:family|given)\s*=/i.test(s)) {
		// spaces made single first: "\s+and\s+" tried from each space of a long run is quadratic
		const parts = s.replace(/\s+/g, " ").split(/ and /i);
		const names = parts.map(extendedName);
		if (names.some((n) => n !== null)) return parts.flatMap((p, i) => names[i] ?? splitAuthorString(p, roleRead));
	}
	if (!s.includes("{")) return splitAuthors(s, roleRead);
	const kept: string[] = [];
	const masked = s.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, (m) => (/\sand\s|[,;&/]/i.test(m) ? `\uE000${kept.push(m) - 1}\uE000` : m));
	if (kept.length === 0) return splitAuthors(s, roleRead);
	return splitAuthors(masked, roleRead).map((p) => p.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => kept[Number(i)]));
}

function splitAuthors(s: string, roleRead = false): string[] {
	const t = withoutSocietyGrades(s.replace(/\s+/g, " ").trim());
	// a role after the last name marks the whole list ("Paredes, Lucía y Soto, Andrés (comps.)",
	// "Weber, J. and Krüger, A. (Hrsg.)"): every name of it, not the last one alone (rules/editors-not-authors)
	const role = !roleRead && t.includes("(") ? LIST_ROLE.exec(t) : null;
	if (role && role.index > 0 && !t.slice(0, role.index).includes("(")) {
		const names = splitAuthors(t.slice(0, role.index), true);
		if (names.length > 1) return names.map((n) => (TRUNCATION.test(n.trim()) ? n : `${n} (${role[1]})`));
	}
	// German styles join "Family, Given" names with a slash ("Stolz, M./Lindahl, P.", "Stolz, Margarethe / Lindahl, Per")
	if (t.includes("/")) {
		const slashed = t.split(/ ?\/ ?/);
		if (slashed.length > 1 && slashed.every(isFamilyCommaGiven)) return slashed;
	}
	// an organisation's own name holding "and" ("Centers for Disease Control and Prevention", "Food
	// and Agriculture Organization"): a part of one word is no person, and no part is "Family, Given"
	if (/\sand\s/i.test(t) && !t.includes(",") && isOrganizationAuthor(t) && t.split(/\s+and\s+/i).some((p) => !p.trim().includes(" "))) return [t];
	if (/\sand\s/i.test(t)) {
		// a written-out list ends in a bare name ("…, Bram de Vries and Chen Lei") or an Oxford comma;
		// when every part has a comma, each is a BibTeX "Last, First" ("de Miranda Cardoso, José Vinícius")
		const parts = t.split(/\s+and\s+/i);
		// "Okoro, Bassey, and Eze": family names alone, the last after an Oxford comma (a "Last,
		// First" list's last name has its own comma: "Okoro, Chinedu, and Eze, Ngozi")
		if (parts.length === 2 && /,\s*$/.test(parts[0])) {
			const items = [...parts[0].split(","), parts[1]].map((p) => p.trim()).filter((p) => p !== "");
			if (items.every((p) => isFamilyLike(p) && /^\p{Lu}[\p{L}'’-]+$/u.test(p.split(" ").pop() ?? ""))) return items;
		}
		const written = parts.some((p) => !p.includes(",") || /,\s*$/.test(p));
		return written ? parts.flatMap(splitNameList) : parts;
	}
	// "Müller, K. und Schmidt, P.": another language's "and", where every part reads as a whole name
	const joined = splitOtherLanguageAnd(t, splitAuthors);
	if (joined) return joined;
	// PubMed names a group after the people, past a semicolon ("Okoye C, Haddad R, et al; PRISM
	// Study Group"): a part that is itself a Vancouver list is its people (rules/capital-initials)
	const bySemicolon = t.includes(";") ? splitAtSemicolons(t) : [t];
	if (bySemicolon.length > 1) return bySemicolon.flatMap(vancouverList);
	// APA 7 lists 21 or more authors as the first 19, ". . ." and the last: the names on both sides,
	// the ellipsis between them marking the gap (readAuthors)
	const elided = /,?\s*(?:\.\s?\.\s?\.|…)\s+(?=\S)/.exec(t);
	if (elided && elided.index > 0) return [...splitAuthors(t.slice(0, elided.index)), "…", ...splitAuthors(t.slice(elided.index + elided[0].length))];
	// APA "Okonkwo, A., & de Vries, B." (also before a group: "…, & World Health Organization") and
	// "Ada Okonkwo & Bram de Vries"; not "Food & Drug Administration" nor "Department of Health &
	// Human Services" (an organisation's name, not a list of "Family, I." names)
	const amp = t.split(/,?\s+&\s+/);
	const apaList = /,\s*(\p{Lu}\.\s*)+$/u.test(amp[0]);
	if (amp.length > 1 && (apaList || amp.every((p) => (p.includes(",") || p.trim().split(" ").length >= 2) && !isOrganizationAuthor(p)))) return amp.flatMap((p) => splitAuthors(p));
	if (!t.includes(",")) return [t];
	const items = t.split(",").map((p) => p.trim()).filter((p) => p !== "");
	// a generational suffix is a part of its own ("King, M. L., Jr." as APA writes it, BibTeX's
	// "King, Jr., Martin"): it stays with the part before it, so the pairs below are the names'
	const groups: string[][] = [];
	for (const item of items) {
		if (GENERATION_SUFFIX.test(item) && groups.length > 0) groups[groups.length - 1].push(item);
		else groups.push([item]);
	}
	const parts = groups.map((g) => g[0]);
	// "Smith, John" or "Smith, J., van Doe, Jane" → pairs of Last, First; so is "García Márquez,
	// Lucía, Núñez, P. A.", whose given parts are one word or initials (a written-out list's
	// entries are never a lone given name)
	const givenLike = (p: string) => p.split(" ").length === 1 || p.split(" ").every((w) => /^\p{Lu}\.?(-\p{Lu}\.?)?$/u.test(w));
	// "Souza e Silva Filho, Carlos Eduardo": a double family name joined by "e", "y" or "i", or
	// closed by a generational word, before the given names
	if (parts.length === 2 && isJoinedFamily(parts[0]) && parts[1].split(" ").length <= 3) return [[...groups[0], ...groups[1]].join(", ")];
	// names in a script written without spaces between family and given name ("张晓辉, 李伟, 王磊",
	// "田中 博, 佐藤 由紀"): each part is a whole name, never a "Family, Given" pair, when there are three
	// or more, or one holds its own space or three characters; two short parts may be one name
	// ("佐藤, 花子", BibTeX's form: a family and a given name are one or two characters each)
	if (parts.every((p) => CJK_NAME.test(p)) && (parts.length > 2 || parts.some((p) => p.includes(" ") || [...p].length >= 3))) return items;
	const even = parts.length % 2 === 0;
	const pairs = even && (parts.every((p, i) => i % 2 === 0 ? isFamilyLike(p) : p.split(" ").length <= 3) || parts.every((p, i) => i % 2 === 0 ? p.split(" ").length <= 3 : givenLike(p)));
	if (!pairs) return items;
	const out: string[] = [];
	for (let i = 0; i < parts.length; i += 2) out.push([...groups[i], ...groups[i + 1]].join(", "));
	return out;
}

/** A name written in Han, kana or Hangul, without Latin letters. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s·・]*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u;
const FAMILY_JOINERS_IN_NAMES = new Set(["e", "y", "i"]);

/**
 * "García Márquez, Ana Lucía": one comma between parts of several words reads as two people
 * ("Ada Okonkwo, Bram de Vries") or as one "Family, Given" name (a double family name, two given
 * names). The note's citation key, made from the first author's family name ("garcia2022",
 * "garciamarquez2022"), tells which: it names the part before the comma, not the last word after it.
 */
function keyNamesFamilyCommaGiven(text: string, fm: Record<string, unknown>): boolean {
	const t = text.replace(/\s+/g, " ").trim();
	const c = t.indexOf(",");
	if (c < 0 || t.indexOf(",", c + 1) >= 0) return false;
	// both parts names written out: capitalised words (the family's joined by a particle, "e", "y" or
	// "i": "Pereira da Silva"), no initials, no capitals throughout ("Okafor CN, Varga H")
	const written = (p: string, joined: boolean) => {
		const words = p.trim().split(" ");
		const joiner = (w: string, i: number) => joined && i > 0 && i < words.length - 1 && (NAME_PARTICLES.has(w) || FAMILY_JOINERS_IN_NAMES.has(w));
		return words.length >= 2 && words.length <= (joined ? 4 : 3) && words.every((w, i) => CAPITALISED_WORD.test(w) || joiner(w, i));
	};
	if (!written(t.slice(0, c), true) || !written(t.slice(c + 1), false)) return false;
	const key = foldText(citationKeyIn(fm) ?? "");
	const family = foldText(t.slice(0, c)).split(/[\s-]+/).filter((w) => w !== "" && !NAME_PARTICLES.has(w));
	const last = foldText(t.slice(c + 1)).trim().split(/[\s-]+/).pop() ?? "";
	const first = family[0] ?? "";
	const whole = foldText(t.slice(0, c)).replace(/[^a-z]/g, "");
	if (first.length < 3 || !key.startsWith(first) || (/^[a-z]/.test(key.slice(first.length)) && !key.startsWith(family.join("")) && !key.startsWith(whole))) return false;
	return !(last.length >= 3 && key.startsWith(last));
}

/** A generational suffix written as a part of its own in a "Family, Given" list. */
const GENERATION_SUFFIX = /^(?:[Jj]r|[Ss]r|JR|SR|II|III|IV)\.?$/;

/** The parts between semicolons, where a ";" closing an HTML entity ("d&apos;Amore", as DBLP exports write names) separates nobody. */
function splitAtSemicolons(t: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (const m of t.matchAll(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);|;/gi)) {
		if (m[0] !== ";") continue;
		parts.push(t.slice(from, m.index));
		from = m.index + 1;
	}
	parts.push(t.slice(from));
	return parts;
}

/** "Okoye C, Haddad R, et al" → its names when every one is written in PubMed/Vancouver style, else [part]. */
function vancouverList(part: string): string[] {
	if (!part.includes(",")) return [part];
	const names = part.split(",").map((p) => p.trim()).filter((p) => p !== "");
	const people = names.filter((n) => !TRUNCATION.test(n));
	return people.length >= 2 && readInitialsStyle(people) !== null ? names : [part];
}

/**
 * One part of an "and" list: a BibTeX "Last, First" name, or the head of a written-out list
 * ("Ada Okonkwo, Bram de Vries" of "Ada Okonkwo, Bram de Vries(,) and Chen Lei"), told apart by
 * the shape of the first piece: a list's entries are full names of two words or more, a
 * "Last, First" name's first piece is a family name.
 */
function splitNameList(part: string): string[] {
	const pieces = part.split(",").map((p) => p.trim());
	const named = pieces.filter((p) => p !== "");
	const list = named.length >= 2 && !isFamilyLike(named[0]) && named.every((p) => p.split(" ").length >= 2 && !/^[A-Z]\.?(\s|$)/.test(p.split(" ").slice(-1)[0]));
	return list || (pieces.length > 1 && pieces[pieces.length - 1] === "" && named.length === 1) ? named : [part];
}

/** "Souza e Silva", "Ramón y Cajal", "de Souza Filho": a family name of several words joined by "e"/"y"/"i" or closed by Filho, Neto… */
function isJoinedFamily(p: string): boolean {
	const words = p.split(" ");
	const joiner = (w: string) => w === "e" || w === "y" || w === "i";
	if (words.length < 2 || words.length > 6 || !(words.some(joiner) || isFamilyGenerationWord(words[words.length - 1]))) return false;
	return words.every((w) => /^\p{Lu}/u.test(w) || joiner(w) || NAME_PARTICLES.has(w)) && !joiner(words[0]) && !joiner(words[words.length - 1]);
}

/** One word, optionally after lower-case particles ("Smith", "van der Berg"). */
function isFamilyLike(p: string): boolean {
	const words = p.split(" ");
	return words.slice(0, -1).every((w) => NAME_PARTICLES.has(w) && w === w.toLowerCase());
}


const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * Whether `s` holds a comma, then " and ", then a comma, each "and" with the text to a comma on
 * either side on one line: what /,.*\sand\s.*,/ tests, found in one pass each way (the pattern ran
 * from every comma to the end: seconds on an entry of 10,000 ", ").
 */
export function commaAndComma(s: string): boolean {
	// per position, whether a comma comes before it on its line, and after it on its line
	const commaBefore: boolean[] = new Array<boolean>(s.length + 1).fill(false);
	for (let i = 0, seen = false; i < s.length; i++) {
		commaBefore[i] = seen;
		if (s[i] === ",") seen = true;
		else if (LINE_END.test(s[i])) seen = false;
	}
	const commaAfter: boolean[] = new Array<boolean>(s.length + 1).fill(false);
	for (let i = s.length - 1, seen = false; i >= 0; i--) {
		commaAfter[i] = seen;
		if (s[i] === ",") seen = true;
		else if (LINE_END.test(s[i])) seen = false;
	}
	// each " and " (its spaces any whitespace, a line's end too): a comma before its first space on that space's line, and after its last on that one's
	const and = /\sand\s/g;
	for (let m = and.exec(s); m; and.lastIndex = m.index + 1, m = and.exec(s)) {
		if (commaBefore[m.index] && commaAfter[m.index + 4]) return true;
	}
	return false;
}

/**
 * "李伟, 高敏": two Chinese names of two characters each, which read as one Japanese "Family,
 * Given" name ("佐藤, 花子") would; a note whose title is in Han characters without kana is
 * Chinese, and its comma separates two people (outside BibTeX's `author` field, whose comma is
 * always "Family, Given": "森下, 健太" beside an all-kanji Japanese title). Null for any other list.
 */
function chineseNamePair(text: string, fm: Record<string, unknown>): string[] | null {
	const m = /^\s*(\p{Script=Han}{2}),\s*(\p{Script=Han}{2})\s*$/u.exec(text);
	const title = fm.title;
	if (!m || typeof title !== "string" || !/\p{Script=Han}/u.test(title) || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title)) return null;
	return [m[1], m[2]];
}

/** The authors; `contributors` are the editors and translators the list marks among them (rules/editors-not-authors). */
export function readAuthors(fm: Record<string, unknown>, raw: unknown = fm.authors ?? fm.author ?? fm.creators): { authors: string[]; truncated: boolean; afterGap: number; repeated: number; contributors: string[] } {
	let creators: { authors: unknown[]; contributors: unknown[] };
	let truncated = false;
	// "Smith, John et al." written as one entry or string: the people named, and a truncated list
	const withoutEtAl = (raw: unknown): unknown => {
		if (typeof raw !== "string") return raw;
		// Chinese and Japanese lists separate names with a full-width comma or semicolon, or the
		// enumeration comma ("张晓辉，李伟，王磊，等", "李伟、张晓辉、高敏"): read as "," and ";"
		// (Arabic and Persian write "،" and "؛")
		const x = /[，、；،؛]/.test(raw) ? raw.replace(/[，、،]\s*/g, ", ").replace(/[；؛]\s*/g, "; ") : raw;
		const at = trailingTruncation(x);
		if (at === null) return x;
		truncated = true;
		return x.slice(0, at);
	};
	// a list whose item is itself a BibTeX "A, B and C, D" string is split like the string form
	// (in a list of several, the importer has separated the people: another language's "and" splits
	// an item only between family-first or initialled names, as "Souza e Silva Santos" is one person)
	if (Array.isArray(raw)) {
		const entry = (item: unknown): unknown[] => {
			if (typeof item !== "string") return [item];
			const x = withoutAffiliationMarks(item, false);
			return commaAndComma(x) ? splitAuthorString(x) : (splitOtherLanguageAnd(x.replace(/\s+/g, " ").trim(), splitAuthorString, { givenFirst: raw.length === 1 }) ?? [x]);
		};
		creators = authorsAmongCreators(raw.map(withoutEtAl).flatMap(entry));
	} else if (typeof raw === "string" && !isMissing(raw)) {
		const text = withoutAffiliationMarks(withoutEtAl(raw) as string, true);
		// BibTeX's `author` field writes one name "Family, Given" ("森下, 健太"): never two people there
		const names = (raw !== fm.author ? chineseNamePair(text, fm) : null) ?? splitAuthorString(text);
		creators = authorsAmongCreators(names.length === 2 && keyNamesFamilyCommaGiven(text, fm) ? [text.replace(/\s+/g, " ").trim()] : names);
	}
	else if (raw && typeof raw === "object") creators = { authors: [raw], contributors: [] };
	else creators = { authors: [], contributors: [] };
	const head: string[] = [];
	// the names after an ellipsis that has names before it (APA 7's last author), else null
	let tail: string[] | null = null;
	for (const item of creators.authors) {
		const name = personToString(item);
		if (!name) continue;
		const marker = latexToUnicode(name).trim();
		if (TRUNCATION.test(marker) || TRUNCATION_IN_LANGUAGES.test(marker)) {
			if (ELLIPSIS.test(marker) && head.length > 0 && tail === null) tail = [];
			else truncated = true;
			continue;
		}
		// DBLP tells homonyms apart by a number after the name ("Wei Li 0003"): not part of the name
		(tail ?? head).push(name.replace(/\s+/g, " ").trim().replace(/ \d{4}$/, ""));
	}
	// an ellipsis with nobody after it ends a truncated list, as "others" does
	if (tail !== null && tail.length === 0) truncated = true;
	const gapAt = tail !== null && tail.length > 0 ? head.length : null;
	const read = inInitialsStyle([...head, ...(tail ?? [])]);
	const once = withoutAdjacentRepeats(gapAt === null ? read : read.slice(0, gapAt));
	const after = gapAt === null ? [] : read.slice(gapAt);
	const contributors = creators.contributors.map(personToString).filter((n): n is string => n !== null);
	return { authors: [...once.names, ...after], truncated, afterGap: after.length, repeated: once.dropped, contributors };
}
