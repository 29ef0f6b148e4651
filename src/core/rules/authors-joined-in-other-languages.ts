// Author strings written in another language join the last name with that language's "and"
// ("Müller, K. und Schmidt, P.", "Dupont, J. et Martin, C.", "Иванов И. И. и Петров П. П."). The
// same small words also join the parts of one name ("Vidal y Barraquer, Marta", "Tomás Ferrán y
// Clua", "Puig i Ferrer"), so a string is split on them only where it has a list's shape: every part
// reads as a whole name, all in one form, as the English " and " list does. A double family name
// leaves a part that is no whole name ("Vidal", "Clua") and stays one person.
import { isFamilyGenerationWord, NAME_PARTICLES } from "../normalize";
import { isOrganizationAuthor } from "../match";
import type { Rule } from "./types";

/**
 * "And" in the languages whose author lists end with it: German, French and Latin, Russian,
 * Bulgarian and Serbian, Ukrainian, Italian and Portuguese, Dutch and Afrikaans, Swedish,
 * Norwegian and Danish, Polish, Catalan and Croatian, Spanish, Hungarian, Finnish and Estonian,
 * Turkish, Czech and Slovak, Lithuanian, Latvian. Lower case only: "И." and "I." are initials.
 */
const OTHER_ANDS = ["und", "et", "и", "і", "та", "e", "en", "och", "og", "i", "y", "és", "ja", "ve", "a", "ir", "un"];
const OTHER_AND = new RegExp(`\\s(${OTHER_ANDS.join("|")})\\s`, "u");
const OTHER_AND_SPLIT = new RegExp(`\\s(${OTHER_ANDS.join("|")})\\s`, "gu");

/** Most "and"s tried in one string (every way of grouping its parts is tried: 2^(n-1)). */
const MOST_PARTS = 8;

type NameForm = "family, given" | "family initials" | "initials family" | "given family";

/** "J.", "И.", "J.-P.", "И.И.": initials with their dots. */
const DOTTED_INITIALS = /^(\p{Lu}\.(-?\p{Lu}\.)*)+$/u;
/** "JA" after a family name (PubMed): read as initials by rules/capital-initials. */
const CAPITAL_INITIALS = /^\p{Lu}{1,3}$/u;
/** A written-out name word: a capital, then letters, apostrophes or hyphens ("O'Neill", "Nikolaev-Smirnov"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

function isNameWord(w: string): boolean {
	return NAME_WORD.test(w) && !CAPITAL_INITIALS.test(w);
}

/** A family name: name words, with lower-case particles or a joining "and" between them ("van der Berg", "Ortega y Gasset"). */
function isFamily(words: string[]): boolean {
	if (words.length === 0 || words.length > 4 || !isNameWord(words[words.length - 1])) return false;
	return words.every((w) => isNameWord(w) || NAME_PARTICLES.has(w) || OTHER_ANDS.includes(w));
}

/** The form a string has as one person's name, or null when it is not a whole name. */
function nameForm(name: string): NameForm | null {
	const t = name.trim().replace(/,$/, "").trim();
	if (t.includes(",")) {
		const [family, given, ...rest] = t.split(",").map((p) => p.trim());
		if (rest.length > 0 || !isFamily(family.split(" "))) return null;
		const g = given.split(" ").filter((w) => w !== "");
		const givenOk = g.length > 0 && g.length <= 3 && g.every((w) => DOTTED_INITIALS.test(w) || isNameWord(w) || CAPITAL_INITIALS.test(w));
		return givenOk ? "family, given" : null;
	}
	const words = t.split(" ").filter((w) => w !== "");
	if (words.length < 2) return null;
	const initial = (w: string) => DOTTED_INITIALS.test(w);
	const firstInitial = words.findIndex((w) => initial(w));
	if (firstInitial > 0 && words.slice(firstInitial).every(initial) && isFamily(words.slice(0, firstInitial))) return "family initials";
	if (firstInitial > 0 && CAPITAL_INITIALS.test(words[words.length - 1]) && isFamily(words.slice(0, -1))) return "family initials";
	const lastInitial = words.length - 1 - [...words].reverse().findIndex((w) => initial(w));
	if (firstInitial === 0 && words.slice(0, lastInitial + 1).every(initial) && isFamily(words.slice(lastInitial + 1))) return "initials family";
	// "Silva Filho": a family name closed by a Portuguese generational word, no given name before it
	// ("Carlos Eduardo de Souza e Silva Filho" is one person)
	if (words.length === 2 && isFamilyGenerationWord(words[1])) return null;
	// "Karl Heinz Müller", "Jan de Vries", "Anna K. Berg": a given name first, a family name last
	const given = isNameWord(words[0]);
	const inner = words.slice(1, -1).every((w) => isNameWord(w) || initial(w) || NAME_PARTICLES.has(w));
	return given && inner && isNameWord(words[words.length - 1]) && words.length <= 4 ? "given family" : null;
}

/**
 * "Иванов И. И." → "И. И. Иванов", "Smith J. A." → "J. A. Smith": a family name before dotted
 * initials (GOST and some European styles) in given-first order; null for any other name. Read
 * as written, the last initial would be taken for the family name.
 */
export function familyBeforeInitials(name: string): string | null {
	// dotted initials have a dot: most names are spared the split below
	if (!name.includes(".")) return null;
	const words = name.trim().split(/\s+/);
	const at = words.findIndex((w) => DOTTED_INITIALS.test(w));
	if (at <= 0 || !words.slice(at).every((w) => DOTTED_INITIALS.test(w)) || !isFamily(words.slice(0, at))) return null;
	return `${words.slice(at).join(" ")} ${words.slice(0, at).join(" ")}`;
}

/**
 * An author string whose names are joined by another language's "and", split into its names
 * (the part before the first "and" may itself be a comma or semicolon list, split by `splitList`);
 * null when the string has no such "and" or no grouping of its parts reads as names of one form.
 * `givenFirst: false` splits only names written family-first or with initials, for an item of a
 * list of several names, which its importer has already separated person by person.
 */
export function splitOtherLanguageAnd(text: string, splitList: (s: string) => string[], opts: { givenFirst?: boolean } = {}): string[] | null {
	if (!OTHER_AND.test(text)) return null;
	const pieces = text.split(OTHER_AND_SPLIT);
	// pieces: part, and, part, and, part…
	const parts = pieces.filter((_, i) => i % 2 === 0);
	const ands = pieces.filter((_, i) => i % 2 === 1);
	if (parts.length > MOST_PARTS) return null;
	let best: string[] | null = null;
	// bit i set: the i-th "and" separates two names; clear: it is inside a name
	for (let mask = 1; mask < 1 << ands.length; mask++) {
		const groups: string[] = [parts[0]];
		for (let i = 0; i < ands.length; i++) {
			if (mask & (1 << i)) groups.push(parts[i + 1]);
			else groups[groups.length - 1] += ` ${ands[i]} ${parts[i + 1]}`;
		}
		const names = [...splitList(groups[0]), ...groups.slice(1)];
		const forms = names.map(nameForm);
		// "Soil Science et Land Management Society": an organisation's name is no list of people
		// every part a whole name, in one form or in several ("Müller, K. und Peter Schmidt"): the
		// parts of a double family name are not ("Ortega" of "Ortega y Gasset, José", "Silva Filho")
		if (forms.some((f) => f === null) || names.some((n) => isOrganizationAuthor(n))) continue;
		// given-first parts are the ones a double family name imitates ("Souza e Silva Santos"): not
		// read as a list where the caller says the text is one person's entry
		if (forms.includes("given family") && opts.givenFirst === false) continue;
		if (!best || names.length > best.length) best = names.map((n) => n.trim().replace(/,$/, "").trim());
	}
	return best;
}

export const authorsJoinedInOtherLanguages: Rule = {
	id: "authors-joined-in-other-languages",
	name: "Author lists in another language",
	summary: "An author string whose last name is joined by another language's \"and\" (und, et, и, e, en, och, og, i, y…) is a list of those people when every part reads as a whole name (in one form or several: \"Müller, K. und Peter Schmidt\"), as an English \" and \" list, and so is a list of \"Family, Given\" names joined by slashes as German styles write it (\"Müller, K./Schmidt, P.\"), while a double family name joined by the same word (\"Vidal y Barraquer, Marta\", \"Tomás Ferrán y Clua\", \"Carlos de Souza e Silva Filho\") stays one person, and so does a given-first item of a list of several names.",
	examples: [
		{
			// German styles join "Family, Given" names with a slash
			local: { citekey: "weber2017", entry_type: "book", title: "Hafenstädte im Wandel", author: "Weber, Hanna/Brandt, Hedda (Hg.)", year: 2017 },
			remote: { candidates: [{ title: "Hafenstädte im Wandel", authors: ["Hanna Weber", "Hedda Brandt"], year: 2017, type: "book" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "weber2018", title: "Kaufleute und Kapitäne in Lübeck", author: "Weber, H. / Brandt, H.", year: 2018, doi: "10.5555/rules.oa.s2" },
			remote: { title: "Kaufleute und Kapitäne in Lübeck", authors: ["Marta Voss", "Hedda Brandt"], year: 2018, venue: "Hansische Geschichtsblätter", doi: "10.5555/rules.oa.s2" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "mueller2016", title: "Bodenverdichtung durch Erntemaschinen", author: "Müller, K. und Schmidt, P.", year: 2016, doi: "10.5555/rules.oa.1" },
			remote: { title: "Bodenverdichtung durch Erntemaschinen", authors: ["Katrin Müller", "Paul Schmidt"], year: 2016, venue: "Bodenkultur", doi: "10.5555/rules.oa.1" },
			verdict: "confirmed",
			note: "'K. Müller' vs 'Katrin Müller' differ only by initials",
		},
		{
			local: { citekey: "dupont2019", title: "La mobilité résidentielle des retraités", author: "Dupont, J., Lefèvre, A. et Martin, C.", year: 2019, journal: "Population" },
			remote: { candidates: [{ title: "La mobilité résidentielle des retraités", authors: ["Julien Dupont", "Anne Lefèvre", "Claire Martin"], year: 2019, venue: "Population" }] },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { citekey: "ivanov2015", title: "Мерзлотные почвы Якутии", author: "Иванов И. И. и Петров П. П.", year: 2015, doi: "10.5555/rules.oa.3" },
			remote: { title: "Мерзлотные почвы Якутии", authors: ["Иван Иванов", "Пётр Петров"], year: 2015, venue: "Почвоведение", doi: "10.5555/rules.oa.3" },
			verdict: "confirmed",
			note: "'И. И. Иванов' vs 'Иван Иванов'",
		},
		{
			local: { citekey: "jansen2020", title: "Veenweidegebieden en bodemdaling", author: "Pieter Jansen en Anouk de Vries", year: 2020, doi: "10.5555/rules.oa.4" },
			remote: { title: "Veenweidegebieden en bodemdaling", authors: ["Pieter Jansen", "Marloes Bakker"], year: 2020, venue: "Landschap", doi: "10.5555/rules.oa.4" },
			verdict: "major",
			note: "not in the remote record: 'Anouk de Vries'",
		},
		{
			// the names in two forms, as people type them
			local: { citekey: "keller2018", title: "Hangrutschungen im Molassebecken", author: "Keller, A. und Tobias Brandl", year: 2018, doi: "10.5555/rules.oa.9" },
			remote: { title: "Hangrutschungen im Molassebecken", authors: ["Anna Keller", "Tobias Brandl"], year: 2018, venue: "Grundwasser", doi: "10.5555/rules.oa.9" },
			verdict: "confirmed",
			note: "'A. Keller' vs 'Anna Keller' differ only by initials",
		},
		{
			// a double family name joined by "e" and closed by "Filho", family first: one person
			local: { citekey: "souza2019", title: "Cisternas e segurança hídrica no semiárido", author: "Souza e Silva Filho, Carlos Eduardo", year: 2019, doi: "10.5555/rules.oa.10" },
			remote: { title: "Cisternas e segurança hídrica no semiárido", authors: ["Carlos Eduardo Souza e Silva Filho"], year: 2019, venue: "Revista Brasileira de Recursos Hídricos", doi: "10.5555/rules.oa.10" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "vidal2012", title: "Cooperativas vitícolas del Penedès", author: "Vidal y Barraquer, Marta", year: 2012, doi: "10.5555/rules.oa.5" },
			remote: { title: "Cooperativas vitícolas del Penedès", authors: ["Marta Vidal y Barraquer"], year: 2012, venue: "Historia Agraria", doi: "10.5555/rules.oa.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "ferran2014", title: "Redes de riego en la huerta murciana", author: "Tomás Ferrán y Clua", year: 2014, doi: "10.5555/rules.oa.6" },
			remote: { title: "Redes de riego en la huerta murciana", authors: ["Tomás Ferrán y Clua"], year: 2014, venue: "Historia Agraria", doi: "10.5555/rules.oa.6" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "vidal2015", title: "Crédito rural y sindicatos agrícolas", author: "Vidal y Barraquer, M. y Soler, J. F.", year: 2015, doi: "10.5555/rules.oa.7" },
			remote: { title: "Crédito rural y sindicatos agrícolas", authors: ["Marta Vidal y Barraquer", "Joan Francesc Soler"], year: 2015, venue: "Historia Agraria", doi: "10.5555/rules.oa.7" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			// a Brazilian double family name joined by "e" and closed by "Filho", one list item: one person
			local: { citekey: "souza2019", title: "Cisternas e segurança hídrica no semiárido", authors: ["Carlos Eduardo de Souza e Silva Filho", "Núria Casals"], year: 2019, doi: "10.5555/rules.oa.9" },
			remote: { title: "Cisternas e segurança hídrica no semiárido", authors: ["Carlos Eduardo de Souza e Silva Filho", "Núria Casals"], year: 2019, venue: "Revista Brasileira de Recursos Hídricos", doi: "10.5555/rules.oa.9" },
			verdict: "confirmed",
			note: "",
		},
		{
			// an item of a list of several names written given-first is one person, whatever joiner it holds
			local: { citekey: "souza2021", title: "Barragens subterrâneas no sertão", authors: ["João Souza e Silva Santos", "Núria Casals"], year: 2021, doi: "10.5555/rules.oa.10" },
			remote: { title: "Barragens subterrâneas no sertão", authors: ["João Souza e Silva Santos", "Núria Casals"], year: 2021, venue: "Revista Brasileira de Recursos Hídricos", doi: "10.5555/rules.oa.10" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "puig2017", title: "Masies i paisatge agrari al Vallès", authors: ["Jordi Puig i Ferrer", "Núria Casals"], year: 2017, doi: "10.5555/rules.oa.8" },
			remote: { title: "Masies i paisatge agrari al Vallès", authors: ["Jordi Puig i Ferrer", "Núria Casals"], year: 2017, venue: "Estudis d'Història Agrària", doi: "10.5555/rules.oa.8" },
			verdict: "confirmed",
			note: "",
		},
	],
};
