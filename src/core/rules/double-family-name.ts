import type { Rule } from "./types";

// The matching itself is person-name matching (match.ts: compareNames, firstFamilyOfDouble).
export const doubleFamilyName: Rule = {
	id: "double-family-name",
	name: "Double family names",
	summary: "A double family name (Spanish, Portuguese, hyphenated) written in full on one side and by one of its parts on the other (\"Lucía Ferrer Quintana\", \"Ferrer-Quintana, L.\" and \"Lucía Ferrer\"; two family names joined by a particle or by \"y\", \"i\" or \"e\" (\"Ortega y Gasset\", \"Oliveira dos Santos\") are still two; a Portuguese \"Filho\", \"Neto\" or \"Júnior\" closes the family name: \"Souza Filho, T.\" is \"Tomás de Souza Filho\") is one person, accepted with a note, an Irish family name opened by \"Ní\", \"Nic\", \"Ó\", \"Uí\", \"Mac\" or \"Mhic\" (\"Siobhán Ní Bhriain\") is read whole, as it is sorted (a list led by her is not alphabetical by \"Bhriain\"), and so is a name written \"Family, Given\" with several words on both sides of its one comma (\"García Márquez, Ana Lucía\", which reads as two people too) when the note's citation key is made from the family name before the comma, while another family name stays a different author.",
	examples: [
		{
			// "Ní Bhriain" is one family name, sorted under N: the record's list is not alphabetical, so the first author moved last is another first author (rules/author-order)
			local: { citekey: "moriarty2015", entry_type: "article", title: "Poor Law Unions and Assisted Passage", author: "Moriarty, Declan and Walsh, Peter and Ní Bhriain, Siobhán", journal: "Irish Historical Studies", year: 2015, doi: "10.5555/rules.dfn.irish" },
			remote: { title: "Poor law unions and assisted passage", authors: ["Siobhán Ní Bhriain", "Declan Moriarty", "Peter Walsh"], year: 2015, venue: "Irish Historical Studies", doi: "10.5555/rules.dfn.irish" },
			verdict: "major",
			note: "different first author",
		},
		{
			// one BibTeX author with a double family name and two given names: the citation key names the family
			local: { citekey: "garcia2022", title: "Recarga de acuíferos kársticos en Quintana Roo", author: "García Márquez, Ana Lucía", year: 2022, doi: "10.5555/rules.dfn.key1" },
			remote: { title: "Recarga de acuíferos kársticos en Quintana Roo", authors: ["Ana Lucía García-Márquez"], year: 2022, venue: "Tecnología y Ciencias del Agua", doi: "10.5555/rules.dfn.key1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the two family names joined by a particle, the key made of them all
			local: { citekey: "carvalhodosreis2023", title: "Karst Caves of the Serra do Ramalho", author: "Carvalho dos Reis, Inês Maria", year: 2023, doi: "10.5555/rules.dfn.key3" },
			remote: { title: "Karst caves of the Serra do Ramalho", authors: ["Inês Maria Carvalho dos Reis"], year: 2023, venue: "Iberian Hydrogeology", doi: "10.5555/rules.dfn.key3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "ferrerquintana2023", title: "Karst Springs of the Maestrazgo", author: "Ferrer Quintana, María José", year: 2023, journal: "Iberian Hydrogeology" },
			remote: { candidates: [{ title: "Karst springs of the Maestrazgo", authors: ["María José Ferrer Quintana"], year: 2023, venue: "Iberian Hydrogeology" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a double family name joined by "e", its particle left out on one side
			local: { citekey: "souza2016seca", title: "Secas e perdas agrícolas no semiárido", authors: ["Carlos Souza e Silva", "Ana Lima"], year: 2016, doi: "10.5555/rules.dfn.1" },
			remote: { title: "Secas e perdas agrícolas no semiárido", authors: ["Carlos de Souza e Silva", "Ana Lima"], year: 2016, venue: "Revista Brasileira de Meteorologia", doi: "10.5555/rules.dfn.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "ferrer2019karst", title: "Karst Springs under Drought Stress", author: "Ferrer Quintana, Lucía and Ibarra, Tomás", year: 2019, doi: "10.5555/rules.df.1" },
			remote: { title: "Karst springs under drought stress", authors: ["Lucía Ferrer", "Tomás Ibarra"], year: 2019, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.1" },
			verdict: "confirmed",
			note: "'Lucía Ferrer Quintana' vs 'Lucía Ferrer' differ only in a double family name",
		},
		{
			local: { citekey: "ferrer2020karst", title: "Recharge Estimates for Karst Springs of the Meseta", authors: ["Ferrer, L.", "Ibarra, Tomás"], year: 2020 },
			remote: { candidates: [{ title: "Recharge estimates for karst springs of the Meseta", authors: ["Lucía Ferrer‐Quintana", "Tomás Ibarra"], year: 2020, venue: "Iberian Hydrogeology" }] },
			verdict: "confirmed",
			note: "differ only in a double family name",
		},
		{
			local: { citekey: "ibarra2021karst", title: "Karst Springs under Drought Stress", authors: ["Tomás Ibarra", "Inês Moura"], year: 2021, doi: "10.5555/rules.df.3" },
			remote: { title: "Karst springs under drought stress", authors: ["Tomás Ibarra", "Inês Carvalho Moura"], year: 2021, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.3" },
			verdict: "confirmed",
			note: "'Inês Moura' vs 'Inês Carvalho Moura' differ only by a middle name or initial",
		},
		{
			local: { citekey: "ferrer2019other", title: "Karst Springs under Drought Stress", author: "Soler Quintana, Lucía and Ibarra, Tomás", year: 2019, doi: "10.5555/rules.df.4" },
			remote: { title: "Karst springs under drought stress", authors: ["Lucía Ferrer", "Tomás Ibarra"], year: 2019, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.4" },
			verdict: "major",
			note: "different first author",
		},
		{
			// Portuguese generational words (Filho, Neto, Júnior) close the family name, a particle before it or not
			local: { citekey: "souza2020karst", title: "Karst Aquifer Recharge in the Caatinga", author: "Souza Filho, Tomás and Carvalho Moura, Inês", year: 2020, doi: "10.5555/rules.df.5" },
			remote: { title: "Karst aquifer recharge in the Caatinga", authors: ["Tomás de Souza Filho", "Inês Carvalho Moura"], year: 2020, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the two family names joined by a particle ("dos", "de la"), the note citing the first
			local: { citekey: "carvalho2021karst", title: "Karst Conduits under the Chapada Diamantina", author: "Carvalho, Inês and Ibarra, Tomás", year: 2021, doi: "10.5555/rules.df.6" },
			remote: { title: "Karst conduits under the Chapada Diamantina", authors: ["Inês Carvalho dos Reis", "Tomás Ibarra"], year: 2021, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.6" },
			verdict: "confirmed",
			note: "'Inês Carvalho' vs 'Inês Carvalho dos Reis' differ only in a double family name",
		},
		{
			// Spanish "y", Catalan "i", Portuguese "e" between the two family names
			local: { citekey: "ferrer2022karst", title: "Karst Sinkholes of the Ebro Valley", author: "Ferrer, Lucía", year: 2022, doi: "10.5555/rules.df.7" },
			remote: { title: "Karst sinkholes of the Ebro valley", authors: ["Lucía Ferrer i Quintana"], year: 2022, venue: "Iberian Hydrogeology", doi: "10.5555/rules.df.7" },
			verdict: "confirmed",
			note: "'Lucía Ferrer' vs 'Lucía Ferrer i Quintana' differ only in a double family name",
		},
	],
};
