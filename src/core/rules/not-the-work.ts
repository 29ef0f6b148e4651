import type { Rule } from "./types";

/**
 * A journal issue that is a supplement ("Supplement_1", "15_suppl", "Suppl 2", "S1"), where journals
 * print a meeting's abstracts under the journal's own name. Short fixed alternatives: linear.
 */
export function isSupplementIssue(issue: string): boolean {
	return /suppl|^\s?s ?\d{1,3}\s?$/i.test(issue);
}

/**
 * Venues of meeting abstracts: "EGU General Assembly Conference Abstracts", "AGU Fall Meeting
 * Abstracts", "Abstracts with Programs": a meeting's word with "Abstracts" after it (looked for after
 * the first such word, so that no pattern rescans the text from every one: linear).
 */
function namesMeetingAbstracts(folded: string): boolean {
	if (/\babstracts with programs\b|^abstracts of (papers|the)\b/.test(folded)) return true;
	const meeting = /\b(meeting|conference|congress|assembly|symposium|annual)\b/.exec(folded);
	return meeting !== null && /\babstracts?\b/.test(folded.slice(meeting.index + meeting[0].length));
}

/**
 * Meetings whose contributions are abstracts, as notes and records name them without the word
 * "Abstracts" ("51st Lunar and Planetary Science Conference", "EGU General Assembly 2021", "AGU Fall
 * Meeting 2019", APS's March Meeting and its Bulletin, SfN's Neuroscience Meeting Planner, ISMRM's
 * proceedings): a closed list, for "Annual Meeting" alone names proceedings of full papers too.
 */
const ABSTRACT_MEETINGS = /\b(lunar and planetary science|lunar planet\W{0,2}sci|lpsc|egu general assembly|european geosciences union general assembly|geophysical research abstracts|agu (fall|spring) meeting|ocean sciences meeting|aps (march|april) meeting|bulletin of the american physical society|bull\W{0,2}am\W{0,2}phys\W{0,2}soc|neuroscience meeting planner|society for neuroscience|ismrm|international society for magnetic resonance in medicine|proc\W{0,2}intl\W{0,2}soc\W{0,2}mag\W{0,2}reson\W{0,2}med|goldschmidt (abstracts|conference)|goldschmidt ?\d{4})\b/;

/**
 * The Lunar and Planetary Science Conference's proceedings of full papers (1970–1992): "Proc. Lunar
 * Planet. Sci. Conf.", "Lunar and Planetary Science Conference Proceedings".
 */
function namesLunarProceedings(folded: string): boolean {
	return /\blunar\b/.test(folded) && /\bproc(eedings)?\b/.test(folded);
}

/** A venue (folded: lower case, no diacritics) of meeting abstracts, by its "Abstracts" or by the meeting's name. */
export function isAbstractsVenue(folded: string): boolean {
	return namesMeetingAbstracts(folded) || (ABSTRACT_MEETINGS.test(folded) && !namesLunarProceedings(folded));
}

/**
 * What a note's `note`, `howpublished` or `extra` says of a meeting abstract or poster it cites:
 * "Abstract #1873", "Abstract H21A-01", "Abstract nr 1234", "Program No. 512.07", "Late-breaking
 * abstract", "Poster presented at …", or, where the field names the publication (`howpublished`), an
 * abstracts meeting's name: a paper's note may say it was presented there first. Bounded
 * alternatives: linear.
 */
export function isAbstractLabel(text: string, namesPublication: boolean): boolean {
	const t = text.toLowerCase();
	if (namesPublication && isAbstractsVenue(t)) return true;
	return /\babstract\s{0,3}(#|no\.?\s{0,3}\d|nr\.?\s{0,3}\d|number\s{0,3}\d|id\.?\s{0,3}[a-z]{0,4}\d|[a-z]{0,4}\d)|\bprogram no\.?\s{0,3}\d|\blate-breaking abstract|\bposter (presented|session|no\b|nr\b|number|#|abstract)|\bpresented as a poster\b/.test(t);
}

export const notTheWork: Rule = {
	id: "not-the-work",
	name: "A record about the work",
	summary: "A search hit that is a review of the book, an erratum, a correction or a reply with the same title, a letter or editorial by someone other than the note's first author, or a meeting abstract (\"… Meeting Abstracts\", \"… Conference Abstracts\", a meeting of abstracts named without the word, \"Lunar and Planetary Science Conference\", \"EGU General Assembly 2020\", \"AGU Fall Meeting 2019\", \"Goldschmidt Abstracts\", \"Geophysical Research Abstracts\", LPSC abbreviated as reference lists do, but not the Proceedings of the Lunar and Planetary Science Conference's full papers, or one a journal printed in a supplement issue, \"Supplement_1\", \"15_suppl\", on one or two pages, or on none, before the note's year and not its online-first year, or of any year when the note's pages or issue are a paper's: pages the note gives in an issue of its own outside the record's one or two, an issue \"31\" that is not the supplement's own number, a DOI naming such an abstract beside a paper's range of pages or such an issue being major) or a data or software deposit (a JOSS paper's code archive, a data descriptor's data set) when the note cites a journal that is not a repository rather than an abstract (its `note` or `howpublished` saying \"Abstract #1873\", \"Program No. 512.07\", or its `howpublished` naming such a meeting, not a paper's note saying it was presented there), and a note citing the supplement's abstract, \"15_suppl\" on a page, whose DOI names a paper of a regular issue is major, is not the work, so the reference is not found rather than compared with it, while a letter or editorial under the note's title by its first author, or the notice itself when the note cites it by its very title (\"Correction to: …\"), is the work the note cites; of records the scorer rates alike, the kind the note cites comes first (its paper before a data, software or thesis deposit or a preprint under the same title, unless it cites that kind).",
	examples: [
		{
			local: { citekey: "varga2020peat", title: "Peat Fires and Mercury Release", authors: ["Hugo Varga", "Signe Aaltonen"], year: 2020, journal: "Biogeosciences" },
			remote: { candidates: [{ title: "Peat fires and mercury release", authors: ["Hugo Varga", "Signe Aaltonen"], year: 2017, venue: "EGU General Assembly Conference Abstracts" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract",
		},
		{
			local: { citekey: "varga2018peat", title: "Peat Fires and Black Carbon Deposition", authors: ["Hugo Varga"], year: 2018, journal: "Biogeosciences" },
			remote: { candidates: [{ title: "Peat fires and black carbon deposition", authors: ["Hugo Varga"], year: 2016, venue: "AGU Fall Meeting Abstracts" }, { title: "Peat fires and black carbon deposition", authors: ["Hugo Varga"], year: 2018, venue: "Biogeosciences" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2016peat", title: "Peat Fires and Black Carbon Deposition", authors: ["Hugo Varga"], year: 2016, booktitle: "AGU Fall Meeting Abstracts" },
			remote: { candidates: [{ title: "Peat fires and black carbon deposition", authors: ["Hugo Varga"], year: 2016, venue: "AGU Fall Meeting Abstracts" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "weller2015", title: "The Grain Merchants of Riga", authors: ["Jonas Weller"], year: 2015, entry_type: "book" },
			remote: { candidates: [{ title: "The grain merchants of Riga", authors: ["Amelie Roux"], year: 2016, venue: "Choice Reviews Online", type: "review" }] },
			verdict: "not_found",
			note: "remote is a review",
		},
		{
			local: { citekey: "kettunen2017", title: "Reindeer Lichen Biomass Models", authors: ["Pia Kettunen"], year: 2017 },
			remote: { candidates: [{ title: "Correction to: Reindeer lichen biomass models", authors: ["Pia Kettunen"], year: 2018, venue: "Arctic Ecology", type: "erratum" }] },
			verdict: "not_found",
			note: "remote is a erratum",
		},
		{
			local: { citekey: "vogt2020letter", title: "Hip Fracture Audits Miss Delirium", authors: ["Lena Vogt", "Chidi Okafor"], year: 2020, journal: "BMJ" },
			remote: { candidates: [{ title: "Hip fracture audits miss delirium", authors: ["Lena Vogt", "Chidi Okafor"], year: 2020, venue: "BMJ", type: "letter" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddad2016", title: "Lactate Clearance in Rural Sepsis Care", authors: ["Rami Haddad", "Leila Nasser"], year: 2016, journal: "Annals of Emergency Medicine" },
			remote: { candidates: [{ title: "Lactate clearance in rural sepsis care", authors: ["Tove Lindqvist"], year: 2016, venue: "Annals of Emergency Medicine", type: "letter" }] },
			verdict: "not_found",
			note: "remote is a letter",
		},
		{
			// a data deposit under the paper's title, listed first, naming its curator too: the paper is compared
			local: { citekey: "sandoval2022", title: "Snowpack Loss in Andean Headwaters", authors: ["Lucía Sandoval", "Tariq Rahimi"], year: 2022 },
			remote: { candidates: [{ title: "Snowpack loss in Andean headwaters", authors: ["Lucía Sandoval", "Tariq Rahimi", "Ines Mbeki"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "dataset" }, { title: "Snowpack loss in Andean headwaters", authors: ["Lucía Sandoval", "Tariq Rahimi"], year: 2022, venue: "Mountain Hydrology Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a thesis deposit and the article from it, the thesis listed first with its author alone
			local: { citekey: "rahimi2019", title: "Glacial Lake Outburst Risk in the Hindu Kush", authors: ["Tariq Rahimi", "Lucía Sandoval"], year: 2019 },
			remote: { candidates: [{ title: "Glacial lake outburst risk in the Hindu Kush", authors: ["Tariq Rahimi"], year: 2019, venue: "University Repository", type: "dissertation" }, { title: "Glacial lake outburst risk in the Hindu Kush", authors: ["Tariq Rahimi", "Lucía Sandoval"], year: 2019, venue: "Mountain Hydrology Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a note that cites the thesis is compared with the thesis
			local: { citekey: "rahimi2019thesis", entry_type: "phdthesis", title: "Glacial Lake Outburst Risk in the Hindu Kush", authors: ["Tariq Rahimi"], year: 2019, school: "University of Kabul" },
			remote: { candidates: [{ title: "Glacial lake outburst risk in the Hindu Kush", authors: ["Tariq Rahimi", "Lucía Sandoval"], year: 2019, venue: "Mountain Hydrology Letters" }, { title: "Glacial lake outburst risk in the Hindu Kush", authors: ["Tariq Rahimi"], year: 2019, venue: "University Repository", type: "dissertation" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// the note cites the correction notice itself, under the record's very title
			local: { citekey: "ferreira2016corr", title: "Correction to: Mangrove Crab Burrows and Sediment Oxygen", authors: ["Lucas Ferreira"], year: 2016, journal: "Estuarine Notes" },
			remote: { candidates: [{ title: "Mangrove crab burrows and sediment oxygen", authors: ["Lucas Ferreira"], year: 2015, venue: "Estuarine Notes", doi: "10.5555/rules.ntw.20" }, { title: "Correction to: Mangrove crab burrows and sediment oxygen", authors: ["Lucas Ferreira"], year: 2016, venue: "Estuarine Notes", doi: "10.5555/rules.ntw.21", type: "erratum" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a meeting abstract the journal printed in a supplement issue, under the title of the paper that followed it
			local: { citekey: "okafor2020aml", title: "Ferritin Kinetics After Induction in Older Adults with AML", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2020, journal: "Haematology Letters" },
			remote: { candidates: [{ title: "Ferritin kinetics after induction in older adults with AML", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2018, venue: "Haematology Letters", doi: "10.5555/rules.ntw.30", issue: "Supplement_1" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Haematology Letters, issue Supplement_1)",
		},
		{
			// the same with the issue written as an oncology journal's abstracts issue, a year before the note's
			local: { citekey: "lindqvist2022crc", title: "Circulating Tumour DNA After Resection of Colorectal Liver Metastases", authors: ["Tove Lindqvist"], year: 2022, journal: "Journal of Oncology Letters" },
			remote: { candidates: [{ title: "Circulating tumour DNA after resection of colorectal liver metastases", authors: ["Tove Lindqvist", "Chidi Okafor"], year: 2021, venue: "Journal of Oncology Letters", doi: "10.5555/rules.ntw.31", issue: "15_suppl" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract",
		},
		{
			// an abstract's one page in a haematology journal's supplement, dated in the year before the note's but not online first
			local: { citekey: "okafor2021mds", title: "Luspatercept in Transfusion-Dependent Lower-Risk MDS Without Ring Sideroblasts", authors: ["Chidi Okafor"], year: 2021, journal: "Haematology Letters" },
			remote: { candidates: [{ title: "Luspatercept in transfusion-dependent lower-risk MDS without ring sideroblasts", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2020, date: "2020-05-14", venue: "Haematology Letters", doi: "10.5555/rules.ntw.32", issue: "Supplement_2", pages: ["1187", "1187"] }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Haematology Letters, issue Supplement_2)",
		},
		{
			// one page in a supplement dated in November: the abstract of a December meeting, not the paper of the next year's issue
			local: { citekey: "lindqvist2020all", title: "Inotuzumab Before Transplant in Older Adults with B-ALL", authors: ["Tove Lindqvist", "Chidi Okafor"], year: 2020, journal: "Haematology Letters" },
			remote: { candidates: [{ title: "Inotuzumab before transplant in older adults with B-ALL", authors: ["Tove Lindqvist", "Chidi Okafor"], year: 2019, date: "2019-11-13", venue: "Haematology Letters", doi: "10.5555/rules.ntw.33", issue: "Supplement_1", pages: ["3845", "3845"] }] },
			verdict: "not_found",
			note: "remote is a meeting abstract",
		},
		{
			// a two-page abstract in the supplement, beside a note citing the paper's pages in a regular issue
			local: { citekey: "okafor2021iron", entry_type: "article", title: "Oral Iron before Hip Arthroplasty in Older Adults", author: "Okafor, Chidi and Lindqvist, Tove", journal: "Haematology Letters", volume: "108", number: "9", pages: "1043--1052", year: 2021 },
			remote: { candidates: [{ title: "Oral iron before hip arthroplasty in older adults", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2021, venue: "Haematology Letters", doi: "10.5555/rules.ntw.40", volume: "108", issue: "Supplement_2", pages: ["S245", "S246"] }] },
			verdict: "not_found",
			note: "remote is a supplement item (issue Supplement_2, pages S245–S246); the note cites pages 1043–1052 of issue 9",
		},
		{
			local: { citekey: "okafor2021ironabs", entry_type: "article", title: "Oral Iron before Hip Arthroplasty in Older Adults", author: "Okafor, Chidi and Lindqvist, Tove", journal: "Haematology Letters", volume: "108", number: "Suppl 2", pages: "S245-6", year: 2021 },
			remote: { candidates: [{ title: "Oral iron before hip arthroplasty in older adults", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2021, venue: "Haematology Letters", doi: "10.5555/rules.ntw.40", volume: "108", issue: "Supplement_2", pages: ["S245", "S246"] }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a paper the supplement printed (eight pages) is the work, the note's pages merely wrong
			local: { citekey: "okafor2020frail", entry_type: "article", title: "Frailty Scores before Hip Arthroplasty in Older Adults", author: "Okafor, Chidi and Lindqvist, Tove", journal: "Haematology Letters", volume: "107", pages: "1043--1051", year: 2020 },
			remote: { candidates: [{ title: "Frailty scores before hip arthroplasty in older adults", authors: ["Chidi Okafor", "Tove Lindqvist"], year: 2020, venue: "Haematology Letters", doi: "10.5555/rules.ntw.41", volume: "107", issue: "Supplement_1", pages: ["S120", "S128"] }] },
			verdict: "minor",
			note: "pages: the note has 1043–1051, the record S120–S128",
		},
		{
			// a software paper's journal cited, the index holding only its code's archive under the same title
			local: { citekey: "Brenner2022", entry_type: "article", title: "quaykit: Berth scheduling for small ports in Python", author: "Nadia Brenner", journal: "Journal of Open Source Software", year: 2022 },
			remote: { candidates: [{ title: "quaykit: Berth scheduling for small ports in Python", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5555/rules.ntw.43" }] },
			verdict: "not_found",
			note: "remote is a software deposit, not the journal paper the note cites",
		},
		{
			// a data descriptor cited in its journal, the index holding only the data set it describes
			local: { title: "A Harbour Sediment Core Archive for the Western Baltic", authors: ["Lorenz Abt", "Nadia Brenner"], journal: "Scientific Data", year: 2021 },
			remote: { candidates: [{ title: "A harbour sediment core archive for the Western Baltic", authors: ["Lorenz Abt", "Nadia Brenner"], year: 2021, venue: "Zenodo", type: "dataset", doi: "10.5555/rules.ntw.44" }] },
			verdict: "not_found",
			note: "remote is a dataset deposit",
		},
		{
			// …while a note naming the repository where a journal goes cites the deposit
			local: { title: "A Harbour Sediment Core Archive for the Western Baltic", authors: ["Lorenz Abt", "Nadia Brenner"], journal: "Zenodo", year: 2021 },
			remote: { candidates: [{ title: "A harbour sediment core archive for the Western Baltic", authors: ["Lorenz Abt", "Nadia Brenner"], year: 2021, venue: "Zenodo", type: "dataset", doi: "10.5555/rules.ntw.44" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and a data journal's paper that OpenAlex types as a data set, in the journal itself, is the paper
			local: { title: "Hourly Water Levels at Baltic Ferry Ports, 2010-2020", authors: ["Lorenz Abt"], journal: "Geoscience Data Journal", year: 2022 },
			remote: { candidates: [{ title: "Hourly water levels at Baltic ferry ports, 2010-2020", authors: ["Lorenz Abt"], year: 2022, venue: "Geoscience Data Journal", type: "dataset", doi: "10.5555/rules.ntw.45" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// an abstracts meeting named without "Abstracts" (LPSC's, as OpenAlex names it): not the journal paper the note cites
			local: { citekey: "abara2022ceres", title: "Faculae Brightness Changes on Ceres from Dawn Imaging", author: "Abara, Chinwe and Lindholm, Eero", journal: "Icarus", year: 2022 },
			remote: { candidates: [{ title: "Faculae brightness changes on Ceres from Dawn imaging", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2020, venue: "Lunar and Planetary Science Conference" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Lunar and Planetary Science Conference)",
		},
		{
			// …while a note naming that meeting another way ("AGU Fall Meeting 2019", no "Abstracts") cites the abstract
			local: { citekey: "lindholm2019agu", entry_type: "inproceedings", title: "Snow Drought Propagation in Boreal Headwaters", author: "Lindholm, Eero and Abara, Chinwe", booktitle: "AGU Fall Meeting 2019", note: "Abstract H21A-01", year: 2019 },
			remote: { candidates: [{ title: "Snow drought propagation in boreal headwaters", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2019, venue: "AGU Fall Meeting Abstracts" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a haematology abstract's two pages in the journal's supplement, two years before the paper the note cites
			local: { citekey: "abara2022mf", title: "Ruxolitinib and Fedratinib Sequencing in Myelofibrosis", author: "Abara, Chinwe and Lindholm, Eero", journal: "Haematology Letters", year: 2022 },
			remote: { candidates: [{ title: "Ruxolitinib and fedratinib sequencing in myelofibrosis", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2020, date: "2020-11-05", venue: "Haematology Letters", doi: "10.5555/rules.ntw.50", issue: "Supplement 1", pages: ["45", "46"] }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Haematology Letters, issue Supplement 1)",
		},
		{
			// an abstract's one page of the note's very year, while the note's pages are a paper's range
			local: { citekey: "lindholm2020gc", entry_type: "article", title: "Nivolumab Plus Chemotherapy in Gastric Adenocarcinoma: Nordic Subgroup", author: "Lindholm, Eero and Abara, Chinwe", journal: "Journal of Oncology Letters", volume: "38", number: "31", pages: "3650--3661", year: 2020 },
			remote: { candidates: [{ title: "Nivolumab plus chemotherapy in gastric adenocarcinoma: Nordic subgroup", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2020, venue: "Journal of Oncology Letters", doi: "10.5555/rules.ntw.51", issue: "15_suppl", pages: ["4538", "4538"] }] },
			verdict: "not_found",
			note: "the note cites pages 3650–3661 of issue 31",
		},
		{
			// the same told by the note's DOI: it names the abstract, not the paper its pages give
			local: { citekey: "abara2021rc", entry_type: "article", title: "Adjuvant Capecitabine After Chemoradiation in Rectal Cancer", author: "Abara, Chinwe and Lindholm, Eero", journal: "Journal of Oncology Letters", volume: "39", pages: "2201--2212", year: 2021, doi: "10.5555/rules.ntw.52" },
			remote: { title: "Adjuvant capecitabine after chemoradiation in rectal cancer", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2020, venue: "Journal of Oncology Letters", doi: "10.5555/rules.ntw.52", issue: "15_suppl", pages: ["4020", "4020"] },
			verdict: "major",
			note: "doi: the note's DOI names a meeting abstract (Journal of Oncology Letters, issue 15_suppl)",
		},
		{
			// guard: the note cites the abstract itself, its two pages as the supplement prints them
			local: { citekey: "lindholm2020mm", entry_type: "article", title: "Teclistamab After CAR-T in Relapsed Myeloma", author: "Lindholm, Eero and Abara, Chinwe", journal: "Haematology Letters", volume: "136", number: "Supplement 1", pages: "12--13", year: 2020, doi: "10.5555/rules.ntw.53" },
			remote: { title: "Teclistamab after CAR-T in relapsed myeloma", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2020, date: "2020-11-05", venue: "Haematology Letters", doi: "10.5555/rules.ntw.53", issue: "Supplement 1", pages: ["12", "13"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a geochemistry meeting's abstracts volume named without a meeting's word ("Goldschmidt Abstracts"), two years before the note's paper
			local: { citekey: "abara2021zn", entry_type: "article", title: "Zinc Isotope Fractionation During Serpentinization", author: "Abara, Chinwe and Lindholm, Eero", journal: "Geochim. Cosmochim. Acta", pages: "112--130", year: 2021 },
			remote: { candidates: [{ title: "Zinc isotope fractionation during serpentinization", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2019, venue: "Goldschmidt Abstracts" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Goldschmidt Abstracts)",
		},
		{
			// a supplement record without pages, the note's DOI naming it while its issue is a regular one: the abstract, not the paper
			local: { citekey: "lindholm2021la", entry_type: "article", title: "Left Atrial Strain and Stroke Recurrence", author: "Lindholm, Eero and Abara, Chinwe", journal: "Cardiology Letters", volume: "42", number: "18", pages: "1780--1791", year: 2021, doi: "10.5555/rules.ntw.54" },
			remote: { title: "Left atrial strain and stroke recurrence", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2020, date: "2020-11-01", venue: "Cardiology Letters", doi: "10.5555/rules.ntw.54", issue: "Supplement_2" },
			verdict: "major",
			note: "the note's issue 18 is not the supplement's",
		},
		{
			// guard: the supplement's number written without the word ("15" for "15_suppl"), the abstract's one page: the abstract itself
			local: { citekey: "abara2020asco", entry_type: "article", title: "Neoadjuvant Chemotherapy in Resectable Pancreatic Cancer", author: "Abara, Chinwe and Lindholm, Eero", journal: "Journal of Oncology Letters", volume: "38", number: "15", pages: "4512", year: 2020, doi: "10.5555/rules.ntw.55" },
			remote: { title: "Neoadjuvant chemotherapy in resectable pancreatic cancer", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2020, venue: "Journal of Oncology Letters", doi: "10.5555/rules.ntw.55", issue: "15_suppl", pages: ["4512", "4512"] },
			verdict: "confirmed",
			note: "",
		},

		{
			// a paper's note saying where it was first presented is no abstract's: the abstract is set aside
			local: { citekey: "abara2021pits", entry_type: "article", title: "Collapse Pits Along the Noctis Fracture Network", author: "Abara, Chinwe and Lindholm, Eero", journal: "Icarus", pages: "114210", year: 2021, note: "Presented at the 50th Lunar and Planetary Science Conference" },
			remote: { candidates: [{ title: "Collapse pits along the Noctis fracture network", authors: ["Chinwe Abara", "Eero Lindholm"], year: 2019, venue: "Lunar and Planetary Science Conference" }] },
			verdict: "not_found",
			note: "remote is a meeting abstract (Lunar and Planetary Science Conference)",
		},
		{
			// the reverse of a DOI naming the abstract: a note citing the supplement's abstract whose DOI names the paper of a regular issue
			local: { citekey: "lindholm2020rt", entry_type: "article", title: "Short-Course Radiotherapy in Rectal Cancer", author: "Lindholm, Eero and Abara, Chinwe", journal: "Journal of Oncology Letters", volume: "38", number: "15_suppl", pages: "4012", year: 2020, doi: "10.5555/rules.ntw.56" },
			remote: { title: "Short-course radiotherapy in rectal cancer", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2021, venue: "Journal of Oncology Letters", doi: "10.5555/rules.ntw.56", issue: "20", pages: ["2201", "2212"] },
			verdict: "major",
			note: "doi: the note's DOI names a paper (12 pages in a regular issue); the note cites a meeting abstract (issue 15_suppl, page 4012)",
		},
		{
			// guard: a full paper in a supplement whose record lost the word ("1" for the note's "Suppl 1"): the paper, not an abstract
			local: { citekey: "lindholm2020gl", entry_type: "article", title: "Guidelines for Perioperative Anticoagulation with Mechanical Valves", author: "Lindholm, Eero and Abara, Chinwe", journal: "Cardiology Letters", volume: "54", number: "Suppl 1", year: 2020, doi: "10.5555/rules.ntw.57" },
			remote: { title: "Guidelines for perioperative anticoagulation with mechanical valves", authors: ["Eero Lindholm", "Chinwe Abara"], year: 2020, venue: "Cardiology Letters", doi: "10.5555/rules.ntw.57", issue: "1", pages: ["1", "24"] },
			verdict: "confirmed",
			note: "",
		},
		{
			// guard: the Lunar and Planetary Science Conference's old proceedings printed full papers
			local: { citekey: "abara1991", entry_type: "article", title: "Impact Melt Sheets in Lunar Complex Craters", author: "Abara, Chinwe", journal: "Proceedings of the Lunar and Planetary Science Conference", volume: "21", pages: "197--212", year: 1991 },
			remote: { candidates: [{ title: "Impact melt sheets in lunar complex craters", authors: ["Chinwe Abara"], year: 1991, venue: "Lunar and Planetary Science Conference Proceedings" }] },
			verdict: "confirmed",
			note: "",
		},
	],
};
