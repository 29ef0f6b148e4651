import type { Rule } from "./types";

export const searchIdentity: Rule = {
	id: "search-identity",
	name: "Search hit by other people or from another year",
	summary: "A title-search hit is the work only when its first author agrees and, unless the title is identical, its year too, so a similar paper by other people or years apart is not found rather than a mismatch, and a note citing a thesis is not the article of its title two or more years apart, nor a note citing anything else a thesis of its title two or more years apart (theses and the articles made from them share titles), nor a note citing a meeting abstract (a venue such as \"AGU Fall Meeting Abstracts\" or \"51st Lunar and Planetary Science Conference\", or a note saying \"Abstract nr 1234\") the paper of its title two or more years later; of one paper held twice alike but for the journal (Angewandte Chemie's international and German editions), the record in the venue the note names is compared.",
	examples: [
		{
			local: { citekey: "roux2019", title: "Attention Budgets in Meeting Transcripts", authors: ["Amelie Roux", "Kai Sorlie"], year: 2019 },
			remote: { candidates: [{ title: "Attention budgets in meeting transcripts", authors: ["Bertil Nyqvist", "Sanna Holm"], year: 2019, venue: "Speech Letters" }] },
			verdict: "not_found",
			note: "first author differs",
		},
		{
			local: { citekey: "roux2012", title: "Meeting Transcripts as Organisational Memory", authors: ["Amelie Roux"], year: 2012 },
			remote: { candidates: [{ title: "Meeting transcripts as organizational memory", authors: ["Amelie Roux"], year: 2019, venue: "Speech Letters" }] },
			verdict: "not_found",
			note: "year differs",
		},
		{
			// a thesis and the article made from it two years later, the index holding only the article
			local: { citekey: "roux2015these", entry_type: "phdthesis", title: "Meeting Transcripts and Collective Memory in Public Agencies", authors: ["Amelie Roux"], year: 2015, school: "Université de Rennes" },
			remote: { candidates: [{ title: "Meeting transcripts and collective memory in public agencies", authors: ["Amelie Roux", "Kai Sorlie"], year: 2017, venue: "Speech Letters" }] },
			verdict: "not_found",
			note: "probably the article made from the thesis",
		},
		{
			// the reverse: a note citing the journal article, the index holding only the thesis two years before it
			local: { citekey: "roux2019article", title: "Minutes and Memory in Rural Municipal Councils", authors: ["Amelie Roux", "Kai Sorlie"], year: 2019, journal: "Speech Letters" },
			remote: { candidates: [{ title: "Minutes and memory in rural municipal councils", authors: ["Amelie Roux"], year: 2017, venue: "HAL (Le Centre pour la Communication Scientifique Directe)", type: "dissertation" }] },
			verdict: "not_found",
			note: "probably the thesis the article the note cites was made from",
		},
		{
			// a meeting abstract and the paper made from it two years later, the index holding only the paper
			local: { citekey: "roux2017agu", entry_type: "inproceedings", title: "Tidal Asymmetry in Engineered Estuaries", authors: ["Amelie Roux", "Kai Sorlie"], year: 2017, booktitle: "AGU Fall Meeting Abstracts", pages: "EP21C-1834" },
			remote: { candidates: [{ title: "Tidal asymmetry in engineered estuaries", authors: ["Amelie Roux", "Kai Sorlie"], year: 2019, venue: "Estuarine Letters", doi: "10.5555/rules.si.abs" }] },
			verdict: "not_found",
			note: "probably the paper made from the meeting abstract",
		},
		{
			// the same for a meeting of abstracts named without the word (LPSC's, the EGU General Assembly's)
			local: { citekey: "roux2019lpsc", entry_type: "inproceedings", title: "Layered Ejecta of Small Craters in Utopia Planitia", author: "Roux, Amelie and Sorlie, Kai", booktitle: "50th Lunar and Planetary Science Conference", note: "LPI Contribution No. 2132", pages: "2044", year: 2019 },
			remote: { candidates: [{ title: "Layered ejecta of small craters in Utopia Planitia", authors: ["Amelie Roux", "Kai Sorlie"], year: 2021, venue: "Journal of Geophysical Research Planets", doi: "10.5555/rules.si.lpsc" }] },
			verdict: "not_found",
			note: "probably the paper made from the meeting abstract",
		},
		{
			// …and for LPSC's volume as its abstracts are cited in journals' reference lists ("Lunar Planet. Sci. 46, 1822")
			local: { citekey: "sorlie2015", entry_type: "article", title: "Thermal Contraction Cracks in Ice-Rich Mantles", author: "Sorlie, K. and Roux, A.", journal: "Lunar Planet. Sci.", volume: "46", pages: "1822", year: 2015 },
			remote: { candidates: [{ title: "Thermal contraction cracks in ice-rich mantles", authors: ["Kai Sorlie", "Amelie Roux"], year: 2017, venue: "Journal of Geophysical Research Planets", doi: "10.5555/rules.si.lps" }] },
			verdict: "not_found",
			note: "probably the paper made from the meeting abstract",
		},
		{
			// …and for a journal supplement's abstract the note says it cites ("Abstract nr 1234")
			local: { citekey: "roux2020aacr", entry_type: "article", title: "Tertiary Lymphoid Structures in Hepatocellular Carcinoma", author: "Roux, Amelie and Sorlie, Kai", journal: "Oncology Research Letters", volume: "80", number: "16 Supplement", note: "Abstract nr 1234", year: 2020 },
			remote: { candidates: [{ title: "Tertiary lymphoid structures in hepatocellular carcinoma", authors: ["Amelie Roux", "Kai Sorlie"], year: 2022, venue: "Oncology Research Letters", doi: "10.5555/rules.si.aacr" }] },
			verdict: "not_found",
			note: "probably the paper made from the meeting abstract",
		},
		{
			// one paper held twice, in a journal's two editions (Angewandte Chemie's German one listed first): the note's is compared
			local: { citekey: "roux2020ie", title: "Chiral Nickel Hydrides for Alkene Isomerization", authors: ["Amelie Roux", "Kai Sorlie"], year: 2020, journal: "Angew. Chem. Int. Ed." },
			remote: { candidates: [{ title: "Chiral nickel hydrides for alkene isomerization", authors: ["Amelie Roux", "Kai Sorlie"], year: 2020, venue: "Angewandte Chemie", doi: "10.5555/rules.si.ange" }, { title: "Chiral nickel hydrides for alkene isomerization", authors: ["Amelie Roux", "Kai Sorlie"], year: 2020, venue: "Angewandte Chemie International Edition", doi: "10.5555/rules.si.anie" }] },
			verdict: "confirmed",
			note: "",
		},
	],
};
