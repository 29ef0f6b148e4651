import type { Rule } from "./types";

/**
 * A journal issue that is a supplement ("Supplement_1", "15_suppl", "Suppl 2", "S1"), where journals
 * print a meeting's abstracts under the journal's own name. Short fixed alternatives: linear.
 */
export function isSupplementIssue(issue: string): boolean {
	return /suppl|^\s?s ?\d{1,3}\s?$/i.test(issue);
}

export const notTheWork: Rule = {
	id: "not-the-work",
	name: "A record about the work",
	summary: "A search hit that is a review of the book, an erratum, a correction or a reply with the same title, a letter or editorial by someone other than the note's first author, or a meeting abstract (\"… Meeting Abstracts\", \"… Conference Abstracts\", or one a journal printed in a supplement issue, \"Supplement_1\", \"15_suppl\", on one page, on none before the note's year and not its online-first year, or on one or two pages that are not the ones the note gives in an issue of its own) or a data or software deposit (a JOSS paper's code archive, a data descriptor's data set) when the note cites a journal that is not a repository, is not the work, so the reference is not found rather than compared with it, while a letter or editorial under the note's title by its first author, or the notice itself when the note cites it by its very title (\"Correction to: …\"), is the work the note cites; of records the scorer rates alike, the kind the note cites comes first (its paper before a data, software or thesis deposit or a preprint under the same title, unless it cites that kind).",
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
	],
};
