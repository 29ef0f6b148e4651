// Publishers name a new journal after their flagship with a word after its name: "Physical Review
// Letters", "The Journal of Physical Chemistry Letters", "Environmental Science & Technology
// Letters", "PNAS Nexus", "JACS Au", "Journal of Neuroscience Methods", "Astronomy and Astrophysics
// Supplement Series". The name holds the flagship's word for word, so it was read as the flagship
// ("one name contains the other"): a paper of one cited as the other's passed as confirmed. A
// lettered section ("Physical Review B") or a subject after a colon ("Journal of Geophysical Research:
// Atmospheres") is still the journal, and a name that begins with such a word ("Letters in Applied
// Microbiology") is a journal of its own, compared as before. The same containment read a field's
// name as the journals that take it with a word in front ("Neurology" as "JAMA Neurology" or "Annals
// of Neurology", "Genetics" as "Nature Genetics"): a short journal name held at the end of another
// journal's is now that field's other journal.
import type { Rule } from "./types";

/**
 * The last word (or two) of a sibling journal's name, with the abbreviations ISO 4 and MEDLINE give
 * it, by kind: a name ending in one names the sibling, and the other side names it only with a word
 * of the same kind.
 */
const SIBLING_KINDS: ReadonlyArray<{ kind: string; words: RegExp }> = [
	{ kind: "letters", words: /^(?:letters?|lett?)$/ },
	{ kind: "methods", words: /^(?:methods|meth)$/ },
	{ kind: "nexus", words: /^nexus$/ },
	{ kind: "au", words: /^au$/ },
	{ kind: "supplement", words: /^(?:supplement|suppl|supp)$/ },
];

/** The words of a venue name, lower case, letters and digits only ("Phys. Rev. Lett." → phys rev lett). */
function words(name: string): string[] {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** The sibling kind a name ends in ("… Letters", "… Supplement Series", "… Nexus"), or null. */
function siblingKindAtEnd(name: string): string | null {
	const w = words(name);
	if (w.length < 2) return null;
	const last = w[w.length - 1];
	// "Supplement Series" and "Suppl. Ser." name a journal; a supplement alone is an issue of the journal ("Blood … Supplement")
	if ((last === "series" || last === "ser") && SUPPLEMENT.test(w[w.length - 2])) return "supplement";
	for (const k of SIBLING_KINDS) if (k.kind !== "supplement" && k.words.test(last)) return k.kind;
	return null;
}

const SUPPLEMENT = /^(?:supplement|suppl|supp)$/;

/** Words beside a journal's acronym that add nothing to its name ("PNAS USA", "The BMJ", "JAMA (Online)"). */
const ACRONYM_FILLER = new Set(["the", "of", "and", "usa", "us", "online", "print", "ed", "edn", "journal", "j"]);

/**
 * A journal's acronym (`acronym`, one of `nameWords`) with a word of its own beside it ("NEJM
 * Evidence", "NEJM AI", "APSR Open", "BMJ Open"): a younger journal of the family named after the
 * flagship, never the flagship. Not the acronym's own expansion ("BMJ British Medical Journal"), a
 * number or a year ("PNAS 2020"), or a word that adds nothing ("PNAS USA", "The BMJ").
 */
export function journalAcronymWithOwnWord(nameWords: string[], acronym: string): boolean {
	const own = nameWords.filter((w) => w !== acronym && /^\p{L}{2,}$/u.test(w) && !ACRONYM_FILLER.has(w));
	if (own.length === 0) return false;
	const initials = own.map((w) => w[0]).join("");
	return !acronym.startsWith(initials) && !initials.startsWith(acronym);
}

/** True when a name ends in a sibling journal's word ("PNAS Nexus", "JACS Au"). */
export function endsInSiblingWord(name: string): boolean {
	return name.length <= 300 && siblingKindAtEnd(name) !== null;
}

/** True when a name has a word of that kind anywhere ("Phys. Rev. Lett.", "Lett. Appl. Microbiol."). */
function hasSiblingWord(name: string, kind: string): boolean {
	const k = SIBLING_KINDS.find((x) => x.kind === kind);
	return k !== undefined && words(name).some((w) => k.words.test(w));
}

/**
 * True when one name ends in a sibling journal's word ("Physical Review Letters") that the other
 * does not give ("Physical Review"), or is the other's whole name narrowed by a scope after "in" or
 * "for" ("Psychological Science in the Public Interest", "Journal of Politics in Latin America"):
 * two journals of one family, even when their names otherwise agree. Short names only (a venue
 * name, not a reference line).
 */
export function siblingJournalsDiffer(a: string, b: string): boolean {
	if (a.length > 300 || b.length > 300) return false;
	for (const [x, y] of [[a, b], [b, a]] as const) {
		const kind = siblingKindAtEnd(x);
		if (kind !== null && !hasSiblingWord(y, kind)) return true;
		if (narrowedByScope(x, y)) return true;
	}
	return false;
}

/**
 * `long` is `short`'s words (two or more) and then words of its own, set after them with nothing
 * between (no colon, bracket, dash or stop), opened by "in", "for" or "and": a scope ("… in the
 * Public Interest", "Journal of Politics in Latin America") or another field ("Journal of
 * Personality and Social Psychology") — a journal of its own beside the family's. Any other word
 * after the name is left alone: OpenAlex drops the colon before many journals' subtitles and
 * sections ("Journal of Geophysical Research Atmospheres", "Human Factors The Journal of …"), so a
 * field's word there ("… Public Health Policy") cannot be told from a section. A publisher's
 * packaging ("… eBooks", "… UK", "… Publishing"), a number, a lettered section and meetings' names
 * are left alone too.
 */
function narrowedByScope(long: string, short: string): boolean {
	const l = words(long);
	const sh = words(short);
	if (sh.length < 2 || l.length <= sh.length || MEETING_WORD.test(long) || MEETING_WORD.test(short)) return false;
	if (!sh.every((w, i) => l[i] === w)) return false;
	const rest = l.slice(sh.length);
	if (rest.some((w) => PACKAGING.has(w) || /\d/.test(w) || w.length === 1)) return false;
	// what follows the short name in the long one's own writing: a space and a letter, nothing else between
	const at = foldedStart(long, sh.length);
	return at !== null && /^ \p{L}/u.test(at) && SCOPE_WORDS.has(rest[0]);
}

/** The words that open a scope or another field after a journal family's name. */
const SCOPE_WORDS = new Set(["in", "for", "and"]);

/** Words a record adds to a publisher's or a journal's name that name no other journal. */
const PACKAGING = new Set(["ebooks", "ebook", "books", "book", "online", "uk", "us", "usa", "publishing", "publishers", "publisher", "press", "verlag", "ltd", "inc", "gmbh", "llc", "series", "section", "part", "edition", "ed", "official", "journal", "society"]);

/** The long name's text after its first `n` words (letters and digits runs), or null. */
function foldedStart(name: string, n: number): string | null {
	const re = /[\p{L}\p{N}\p{M}]+/gu;
	let m: RegExpExecArray | null = null;
	for (let i = 0; i < n; i++) {
		m = re.exec(name);
		if (m === null) return null;
	}
	return m === null ? null : name.slice(m.index + m[0].length);
}

/**
 * A journal name of one or two words ("Neurology", "Plant Physiology") held at the end of a longer
 * journal's name, after words of its own ("JAMA Neurology", "Annals of Neurology", "Nature Genetics",
 * "Journal of Plant Physiology"): the field's name, which many journals take with a word in front.
 * Words after it ("Philosophical Transactions of the Royal Society …", a subtitle) and meetings'
 * names ("… Conference on Humanoid Robots (Humanoids)") are read as before.
 */
export function fieldNameInAnother(short: string, long: string, names: readonly string[]): boolean {
	if (short === long || short.split(" ").length > 2 || ` ${long} `.startsWith(` ${short} `)) return false;
	return names.every((n) => n.length <= 300 && !n.includes("(") && !MEETING_WORD.test(n));
}

const MEETING_WORD = /\b(?:conference|conf|symposium|symp|workshops?|meeting|proceedings|proc|congress|convention|colloquium|summit)\b/i;

export const venueSiblingJournals: Rule = {
	id: "venue-sibling-journals",
	name: "A journal and its sibling journals",
	summary: "A journal's name followed by a word that names another journal of its family (\"Physical Review Letters\", \"The Journal of Physical Chemistry Letters\", \"PNAS Nexus\", \"JACS Au\", \"Journal of Neuroscience Methods\", \"… Supplement Series\") names that sibling, and a journal's short name held at the end of another journal's after words of its own (\"Neurology\" in \"JAMA Neurology\" or \"Annals of Neurology\", \"Genetics\" in \"Nature Genetics\") names a journal of that field, and so does a journal's acronym with a word of its own beside it (\"NEJM Evidence\", \"APSR Open\"; not \"PNAS USA\" or \"The BMJ\"), and the family's name with words of its own after it (a scope after \"in\" or \"for\", another field after \"and\": \"Psychological Science in the Public Interest\", \"Journal of Personality and Social Psychology\"; not any other word, which OpenAlex's names without a subtitle's colon leave open: \"Journal of Geophysical Research Atmospheres\" is still the journal; nor a publisher's \"… eBooks\", a number or a section), so a note naming one on the other's record is a venue mismatch, minor, while the sibling written in any form (ISO 4's abbreviation, the ADS macro, its acronym) is the same venue and a lettered section, a subject after a colon or a subtitle is still the journal.",

	examples: [
		{
			// the family's name narrowed by a scope after "in": another journal of the family
			local: { citekey: "clarke2018", entry_type: "article", title: "Praise Framing and Persistence in Middle School", author: "Clarke, Imani", journal: "Psychological Science in the Public Interest", year: 2018, doi: "10.5555/rules.vsj.scope" },
			remote: { title: "Praise framing and persistence in middle school", authors: ["Imani Clarke"], year: 2018, venue: "Psychological Science", doi: "10.5555/rules.vsj.scope" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// another field after "and"
			local: { citekey: "vermeulen2017", entry_type: "article", title: "Agreeableness and Volunteering in Later Life", author: "Vermeulen, Lotte", journal: "Journal of Personality", year: 2017, doi: "10.5555/rules.vsj.and" },
			remote: { title: "Agreeableness and volunteering in later life", authors: ["Lotte Vermeulen"], year: 2017, venue: "Journal of Personality and Social Psychology", doi: "10.5555/rules.vsj.and" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// guard: a section or subtitle after the name with its colon dropped, as OpenAlex names many
			// journals, is still the journal (so a field's word there cannot name a sibling)
			local: { citekey: "quispe2022", entry_type: "article", title: "Convective Rainfall Over Andean Mining Towns", author: "Quispe, Rosa", journal: "Journal of Geophysical Research", year: 2022, doi: "10.5555/rules.vsj.section" },
			remote: { title: "Convective rainfall over Andean mining towns", authors: ["Rosa Quispe"], year: 2022, venue: "Journal of Geophysical Research Atmospheres", doi: "10.5555/rules.vsj.section" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a journal's acronym with a word of its own: a younger journal named after the flagship
			local: { citekey: "marsh2023", entry_type: "article", title: "Oral Iron and Fatigue after Bariatric Surgery", author: "Marsh, Helena and Kapoor, Ravi", journal: "NEJM Evidence", year: 2023, doi: "10.5555/rules.vsj.nejm" },
			remote: { title: "Oral iron and fatigue after bariatric surgery", authors: ["Helena Marsh", "Ravi Kapoor"], year: 2023, venue: "New England Journal of Medicine", doi: "10.5555/rules.vsj.nejm" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "aranda2022", entry_type: "article", title: "Term Limits and Party Switching in Provincial Legislatures", author: "Aranda, Luis", journal: "APSR Open", year: 2022, doi: "10.5555/rules.vsj.apsr" },
			remote: { title: "Term limits and party switching in provincial legislatures", authors: ["Luis Aranda"], year: 2022, venue: "American Political Science Review", doi: "10.5555/rules.vsj.apsr" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// guard: a word that adds nothing to the acronym ("PNAS USA"), and the flagship's own acronym alone
			local: { citekey: "okafor2021", entry_type: "article", title: "Arsenic Uptake in Paddy Rice under Alternate Wetting", author: "Okafor, Chidi", journal: "PNAS USA", year: 2021, doi: "10.5555/rules.vsj.pnasusa" },
			remote: { title: "Arsenic uptake in paddy rice under alternate wetting", authors: ["Chidi Okafor"], year: 2021, venue: "Proceedings of the National Academy of Sciences of the United States of America", doi: "10.5555/rules.vsj.pnasusa" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and the other way round, by a title search
			local: { citekey: "aranda2019", entry_type: "article", title: "Governors and Legislative Coalitions in the Andes", author: "Aranda, Luis", journal: "Journal of Politics", year: 2019 },
			remote: { candidates: [{ title: "Governors and legislative coalitions in the Andes", authors: ["Luis Aranda"], year: 2019, venue: "Journal of Politics in Latin America" }] },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "lindqvist2019", title: "Spin Currents in Twisted Bilayer Magnets", authors: ["Erik Lindqvist", "Aiko Mori"], year: 2019, journal: "Physical Review", doi: "10.5555/rules.sj.1" },
			remote: { title: "Spin currents in twisted bilayer magnets", authors: ["Erik Lindqvist", "Aiko Mori"], year: 2019, venue: "Physical Review Letters", doi: "10.5555/rules.sj.1" },
			verdict: "minor",
			note: "venue: 'Physical Review' vs 'Physical Review Letters'",
		},
		{
			// the ADS macro \apj is the Astrophysical Journal, not its Letters
			local: { citation_key: "2021ApJ...912L..14M", entry_type: "article", title: "A Cold Stream Feeding a Dwarf Galaxy", author: "{Mori}, A. and {Lindqvist}, E.", journal: "\\apj", year: 2021, doi: "10.5555/rules.sj.2" },
			remote: { title: "A cold stream feeding a dwarf galaxy", authors: ["Aiko Mori", "Erik Lindqvist"], year: 2021, venue: "The Astrophysical Journal Letters", doi: "10.5555/rules.sj.2" },
			verdict: "minor",
			note: "vs 'The Astrophysical Journal Letters'",
		},
		{
			// an acronym that is the flagship's alias is no licence for the sibling named after it
			local: { citekey: "okafor2023", title: "Groundwater Arsenic and Rice Yields in the Niger Delta", authors: ["Chidi Okafor"], year: 2023, journal: "Proceedings of the National Academy of Sciences", doi: "10.5555/rules.sj.3" },
			remote: { title: "Groundwater arsenic and rice yields in the Niger Delta", authors: ["Chidi Okafor"], year: 2023, venue: "PNAS Nexus", doi: "10.5555/rules.sj.3" },
			verdict: "minor",
			note: "vs 'PNAS Nexus'",
		},
		{
			local: { citekey: "haugen2018", title: "Automated Spike Sorting for Silicon Probes", authors: ["Tore Haugen"], year: 2018, journal: "Journal of Neuroscience", doi: "10.5555/rules.sj.4" },
			remote: { title: "Automated spike sorting for silicon probes", authors: ["Tore Haugen"], year: 2018, venue: "Journal of Neuroscience Methods", doi: "10.5555/rules.sj.4" },
			verdict: "minor",
			note: "vs 'Journal of Neuroscience Methods'",
		},
		{
			local: { citekey: "brandt1995", title: "Photometry of Open Clusters in Cygnus", authors: ["Ilse Brandt"], year: 1995, journal: "Astronomy and Astrophysics", doi: "10.5555/rules.sj.5" },
			remote: { title: "Photometry of open clusters in Cygnus", authors: ["Ilse Brandt"], year: 1995, venue: "Astronomy and Astrophysics Supplement Series", doi: "10.5555/rules.sj.5" },
			verdict: "minor",
			note: "vs 'Astronomy and Astrophysics Supplement Series'",
		},
		{
			// the other way round: the note names the sibling, the record the flagship
			local: { citekey: "sato2022", title: "Copper Hydride Catalysts for Alkyne Semireduction", authors: ["Haruki Sato", "Grace Mwangi"], year: 2022, journal: "JACS Au", doi: "10.5555/rules.sj.6" },
			remote: { title: "Copper hydride catalysts for alkyne semireduction", authors: ["Haruki Sato", "Grace Mwangi"], year: 2022, venue: "Journal of the American Chemical Society", doi: "10.5555/rules.sj.6" },
			verdict: "minor",
			note: "venue: 'JACS Au' vs 'Journal of the American Chemical Society'",
		},
		{
			local: { citekey: "lindqvist2020", title: "Magnon Drag in Thin Iron Films", authors: ["Erik Lindqvist"], year: 2020, journal: "Phys. Rev. Lett.", doi: "10.5555/rules.sj.7" },
			remote: { title: "Magnon drag in thin iron films", authors: ["Erik Lindqvist"], year: 2020, venue: "Physical Review Letters", doi: "10.5555/rules.sj.7" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citation_key: "2020ApJS..247...3B", entry_type: "article", title: "A Catalogue of Wide Binaries in the Halo", author: "{Brandt}, I.", journal: "\\apjs", year: 2020, doi: "10.5555/rules.sj.8" },
			remote: { title: "A catalogue of wide binaries in the halo", authors: ["Ilse Brandt"], year: 2020, venue: "The Astrophysical Journal Supplement Series", doi: "10.5555/rules.sj.8" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			// a field's name is many journals' name, each with a word of its own in front
			local: { citekey: "freitas2019", title: "Serum Tau after Mild Head Injury in Rugby Players", authors: ["Rui Freitas", "Sara Lindgren"], year: 2019, journal: "Neurology", doi: "10.5555/rules.sj.12" },
			remote: { title: "Serum tau after mild head injury in rugby players", authors: ["Rui Freitas", "Sara Lindgren"], year: 2019, venue: "JAMA Neurology", doi: "10.5555/rules.sj.12" },
			verdict: "minor",
			note: "venue: 'Neurology' vs 'JAMA Neurology'",
		},
		{
			local: { citekey: "nair2021", title: "Heat Tolerance Loci in Sorghum Landraces", authors: ["Priya Nair"], year: 2021, journal: "Plant Physiology", doi: "10.5555/rules.sj.13" },
			remote: { title: "Heat tolerance loci in sorghum landraces", authors: ["Priya Nair"], year: 2021, venue: "Journal of Plant Physiology", doi: "10.5555/rules.sj.13" },
			verdict: "minor",
			note: "vs 'Journal of Plant Physiology'",
		},
		{
			// a journal's name cut short before its own words, and a meeting named with its acronym, are read as before
			local: { citekey: "lund1899", title: "On the Tides of Enclosed Seas", authors: ["Petra Lund"], year: 1899, journal: "Philosophical Transactions", doi: "10.5555/rules.sj.14" },
			remote: { title: "On the tides of enclosed seas", authors: ["Petra Lund"], year: 1899, venue: "Philosophical Transactions of the Royal Society of London A", doi: "10.5555/rules.sj.14" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the sibling abbreviated as ISO 4 does it is the sibling
			local: { citekey: "brandt1996", title: "Radial Velocities of Cepheids in Cygnus", authors: ["Ilse Brandt"], year: 1996, journal: "Astron. Astrophys. Suppl. Ser.", doi: "10.5555/rules.sj.11" },
			remote: { title: "Radial velocities of Cepheids in Cygnus", authors: ["Ilse Brandt"], year: 1996, venue: "Astronomy and Astrophysics Supplement Series", doi: "10.5555/rules.sj.11" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a subject after a colon and a lettered section are the journal's
			local: { citekey: "dahl2017", title: "Aerosol Optical Depth over Svalbard", authors: ["Lise Dahl"], year: 2017, journal: "Journal of Geophysical Research", doi: "10.5555/rules.sj.9" },
			remote: { title: "Aerosol optical depth over Svalbard", authors: ["Lise Dahl"], year: 2017, venue: "Journal of Geophysical Research: Atmospheres", doi: "10.5555/rules.sj.9" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a name that begins with the sibling's word is a journal of its own
			local: { citekey: "nair2016", title: "Phage Resistance in Dairy Starter Cultures", authors: ["Priya Nair"], year: 2016, journal: "Lett Appl Microbiol", doi: "10.5555/rules.sj.10" },
			remote: { title: "Phage resistance in dairy starter cultures", authors: ["Priya Nair"], year: 2016, venue: "Letters in Applied Microbiology", doi: "10.5555/rules.sj.10" },
			verdict: "confirmed",
			note: "",
		},
	],
};
