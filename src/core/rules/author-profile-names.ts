import type { Rule } from "./types";

/** An author the note names as the work prints them, whose record profile carries another name. */
export interface PrintedName {
	profile: string;
	byline: string;
}

/**
 * The record's list with an author's printed name (the work's byline, OpenAlex `raw_author_name`)
 * in place of the profile's name where the note names that author as printed and no one as the
 * profile does. OpenAlex lists each author under their profile's `display_name`, which the author
 * may have changed since (a new family name), which may spell the name another way, or which may
 * belong to another person whose profile the work was attached to; the byline is what the work says.
 */
export function withBylines(
	local: string[],
	remote: string[],
	bylines: ReadonlyArray<string | null> | undefined,
	sameName: (local: string, remote: string) => boolean,
	familyOf: (name: string) => string,
): { names: string[]; printed: PrintedName[] } {
	if (!bylines || local.length === 0) return { names: remote, printed: [] };
	const printed: PrintedName[] = [];
	const inNote = (name: string) => local.some((l) => sameName(l, name));
	// a byline names one of the note's authors by their family name: only those are compared in
	// full (a long list against another would otherwise compare every byline with every name)
	const families = new Set(local.map(familyOf));
	// a Chinese, Japanese or Korean name written with or without the space between family and given
	// name ("森下健太", "森下 健太") is one name, whichever part a family-name key takes for the family
	const compact = (name: string) => name.replace(/\s+/g, "");
	const whole = new Set(local.map(compact));
	// a byline printed family first ("Громов А. В." as GOST sets it, "吉村 誠") has its family name as
	// its first word, which a given-first key would miss: the note's "А. В. Громов" is that byline
	const familyFirst = (name: string) => {
		const words = name.trim().split(/\s+/);
		return words.length < 2 ? name : [...words.slice(1), words[0]].join(" ");
	};
	const namesANotedFamily = (byline: string) => families.has(familyOf(byline)) || families.has(familyOf(familyFirst(byline))) || whole.has(compact(byline));
	const names = remote.map((profile, i) => {
		const byline = bylines[i];
		// a profile in another script than the byline is matched only romanized: the byline the note copied says more
		if (!byline || !namesANotedFamily(byline) || (inNote(profile) && LATIN.test(byline) === LATIN.test(profile)) || !inNote(byline)) return profile;
		printed.push({ profile, byline });
		return byline;
	});
	return { names, printed };
}

/** Latin letters: a name written in them can be compared with another written in them. */
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/**
 * The record's authors whose profile the note names while the work prints a wholly other person
 * (another family name and another first initial: not a changed family name, not a spelling): the
 * work may be attached to another person's profile, and the note copied that profile's name.
 * Only the entries whose byline differs from the profile are looked at (OpenAlex's bylines are
 * mostly the profiles' names), each against the note's list.
 */
export function printedOtherPerson(
	local: string[],
	remote: string[],
	bylines: ReadonlyArray<string | null> | undefined,
	sameName: (local: string, remote: string) => boolean,
	keyOf: (name: string) => { family: string; given: string[] },
): PrintedName[] {
	if (!bylines || local.length === 0) return [];
	const out: PrintedName[] = [];
	remote.forEach((profile, i) => {
		const byline = bylines[i];
		// a byline naming the profile's person, family first too ("Szabó János" for "János Szabó"), is no other person
		if (!byline || !local.some((l) => sameName(l, profile)) || local.some((l) => sameName(l, byline)) || sameName(byline, profile)) return;
		// a byline in another script than the profile ("王伟" for "Wei Wang") cannot be told from it
		if (LATIN.test(byline) !== LATIN.test(profile)) return;
		const [b, p] = [keyOf(byline), keyOf(profile)];
		if (b.family === "" || p.family === "" || b.family === p.family || (b.given[0] ?? "")[0] === (p.given[0] ?? "")[0]) return;
		out.push({ profile, byline });
	});
	return out;
}

export const authorProfileNames: Rule = {
	id: "author-profile-names",
	name: "Author profile under another name",
	summary: "OpenAlex lists an author under their profile's name, which can differ from the name printed on the work (changed since, spelled another way, or a profile merged with another person's): a note naming the author as printed is compared with the printed name and confirmed with a note (a name in Han, kana or Hangul with or without the space between its family and given name, \"森下健太\", \"森下 健太\", as printed; a byline printed family first, \"Громов А. В.\" as GOST sets it or \"吉村 誠\", against the note's name read given-first), a note naming the profile where the work prints a wholly other person (another family name and first initial) is minor with a note, and a note naming neither is still wrong.",
	examples: [
		{
			// GOST's family-first names against bylines printed family first, the profiles romanized
			local: { citekey: "gromov2019", title: "Коррозионная стойкость сварных швов", authors: "Громов А. В., Зайцева Е. Н.", year: 2019, doi: "10.5555/rules.apn.gost" },
			remote: { title: "Коррозионная стойкость сварных швов", authors: ["Andrei V. Gromov", "Elena N. Zaitseva"], bylines: ["Громов А. В.", "Зайцева Е. Н."], year: 2019, venue: "Физика металлов и металловедение", doi: "10.5555/rules.apn.gost" },
			verdict: "confirmed",
			note: "the work prints 'Громов А. В.' (the note's name)",
		},
		{
			// BibTeX's "Family, Given" in kanji, read given-first, against bylines printed family first
			local: { citekey: "yoshimura2021", entry_type: "article", title: "防災教育における中学生の役割", author: "吉村, 誠 and 川口, 彩", year: 2021, doi: "10.5555/rules.apn.kanji" },
			remote: { title: "防災教育における中学生の役割", authors: ["Makoto Yoshimura", "Aya Kawaguchi"], bylines: ["吉村 誠", "川口 彩"], year: 2021, venue: "安全教育学研究", doi: "10.5555/rules.apn.kanji" },
			verdict: "confirmed",
			note: "the work prints '吉村 誠' (the note's name)",
		},
		{
			// CiNii writes a Japanese name without the space the work's byline (raw_author_name) has; the profile is romanized
			local: { citekey: "noguchi2019", title: "道路法面の凍上対策", authors: "野口彩花，森下健太", year: 2019, doi: "10.5555/rules.apn.cjk" },
			remote: { title: "道路法面の凍上対策", authors: ["Ayaka Noguchi", "Kenta Morishita"], bylines: ["野口 彩花", "森下 健太"], year: 2019, venue: "雪氷", doi: "10.5555/rules.apn.cjk" },
			verdict: "confirmed",
			note: "the work prints",
		},
		{
			// a family name changed after the work: the profile carries the new one
			local: { citekey: "lindqvist2009", title: "Grazing Pressure on Alpine Meadows", authors: ["Tove Lindqvist", "Hugo Varga"], year: 2009, journal: "Alpine Ecology", doi: "10.5555/rules.ap.1" },
			remote: { title: "Grazing pressure on alpine meadows", authors: ["Tove Aaltonen", "Hugo Varga"], bylines: ["Tove Lindqvist", "Hugo Varga"], year: 2009, venue: "Alpine Ecology", doi: "10.5555/rules.ap.1" },
			verdict: "confirmed",
			note: "authors: the work prints 'Tove Lindqvist' (the note's name); the record's author profile is named 'Tove Aaltonen'",
		},
		{
			// the work attached to another person's profile: the second author's byline is the note's
			local: { citekey: "okafor2017", title: "Salt Marsh Accretion under Sea-Level Rise", authors: ["Okafor, C.", "Ferreira, M."], year: 2017, journal: "Estuarine Letters", doi: "10.5555/rules.ap.2" },
			remote: { title: "Salt marsh accretion under sea-level rise", authors: ["Chidi Okafor", "Pedro Almeida"], bylines: ["C. Okafor", "M. Ferreira"], year: 2017, venue: "Estuarine Letters", doi: "10.5555/rules.ap.2" },
			verdict: "confirmed",
			note: "the work prints 'M. Ferreira' (the note's name); the record's author profile is named 'Pedro Almeida'",
		},
		{
			// found by its title: the byline keeps the first author's name as printed then
			local: { citekey: "berg2012", title: "Nitrate Leaching from Cover-Cropped Fields", authors: ["Anna Berg", "Rui Almeida"], year: 2012, journal: "Soil Use Notes" },
			remote: { candidates: [{ title: "Nitrate leaching from cover-cropped fields", authors: ["Anna Sandberg-Kovács", "Rui Almeida"], bylines: ["Anna Berg", "Rui Almeida"], year: 2012, venue: "Soil Use Notes" }] },
			verdict: "confirmed",
			note: "the work prints 'Anna Berg'",
		},
		{
			// neither the profile nor the byline is the note's first author: still another author
			local: { citekey: "moreau2015", title: "Firn Densification in Coastal Ice Caps", authors: ["Julien Moreau", "Hugo Varga"], year: 2015, journal: "Cryosphere Letters", doi: "10.5555/rules.ap.4" },
			remote: { title: "Firn densification in coastal ice caps", authors: ["Signe Aaltonen", "Hugo Varga"], bylines: ["Signe Kettunen", "Hugo Varga"], year: 2015, venue: "Cryosphere Letters", doi: "10.5555/rules.ap.4" },
			verdict: "major",
			note: "different first author",
		},
		{
			// the note copies a profile the work was attached to by mistake: the work prints another person there
			local: { citekey: "aaltonen2014", title: "Meltwater Ponds on Outlet Glaciers", authors: ["Signe Aaltonen", "Hugo Varga"], year: 2014, journal: "Cryosphere Letters", doi: "10.5555/rules.ap.5" },
			remote: { title: "Meltwater ponds on outlet glaciers", authors: ["Signe Aaltonen", "Hugo Varga"], bylines: ["Julien Moreau", "Hugo Varga"], year: 2014, venue: "Cryosphere Letters", doi: "10.5555/rules.ap.5" },
			verdict: "minor",
			note: "authors: the work prints 'Julien Moreau' where the note and the record's author profile name 'Signe Aaltonen'",
		},
	],
};
