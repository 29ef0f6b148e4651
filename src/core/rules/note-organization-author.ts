import { foldText } from "../normalize";
import type { Rule } from "./types";

/** "Anonymous", "Anon.": a work published without a name (pamphlets, early modern books, reviews). */
export function isAnonymousAuthor(name: string): boolean {
	return /^(anonymous|anon|anonym|anonyme|anonimo|unknown)$/.test(foldText(name).replace(/[^\p{L}]+/gu, ""));
}

export const noteOrganizationAuthor: Rule = {
	id: "note-organization-author",
	name: "Note names an organisation",
	summary: "A note whose only authors are organisations (a team, lab, institute, consortium, one or several collaborations, an agency such as WHO, the IMF or the OECD) cannot be compared with the record's people, nor with a record that lists nobody (OpenAlex lists people), and is accepted with a note (a short report title on a record listing nobody when title and year are the very same; an organisation's name holding \"and\", braced as BibTeX protects it or not, is one author), like a work the note cites as anonymous (\"Anonymous\"), whether the record lists nobody or the author it was later attributed to; the group the record lists after its members is the note's, while a record that names another group, beside its people or alone (another collaboration's paper), is major (so is the same name with another number after it, a later detector's collaboration), and not the note's work when only a title search found it.",
	examples: [
		{
			// BibTeX's braces keep an organisation's "and" from splitting it; written plainly, a part of one word is no person
			local: { citekey: "fao2018", title: "Coastal Fisheries Statistics for West Africa", author: "{Food and Fisheries Organization}", year: 2018, doi: "10.5555/rules.no.and1" },
			remote: { title: "Coastal fisheries statistics for West Africa", authors: ["Tove Lindqvist"], year: 2018, venue: "Fisheries Reports", doi: "10.5555/rules.no.and1" },
			verdict: "confirmed",
			note: "the note names an organization (Food and Fisheries Organization)",
		},
		{
			local: { citekey: "cdc2016", title: "Harbour Worker Injury Surveillance", author: "Centers for Harbour Safety and Prevention", year: 2016, doi: "10.5555/rules.no.and2" },
			remote: { title: "Harbour worker injury surveillance", authors: ["Kai Sorlie"], year: 2016, venue: "Maritime Health Reports", doi: "10.5555/rules.no.and2" },
			verdict: "confirmed",
			note: "the note names an organization (Centers for Harbour Safety and Prevention)",
		},
		{
			local: { citekey: "harbourlab2021", title: "Open Tide Tables for the Baltic", authors: ["{Harbour Data Lab}"], year: 2021, doi: "10.5555/rules.no.1" },
			remote: { title: "Open tide tables for the Baltic", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2021, venue: "Baltic Data Reports", doi: "10.5555/rules.no.1" },
			verdict: "confirmed",
			note: "the note names an organization (Harbour Data Lab)",
		},
		{
			local: { citekey: "soilconsortium2020", title: "Soil Microbe Reference Panel", authors: ["Soil Microbe Consortium"], year: 2020, doi: "10.5555/rules.no.2" },
			remote: { title: "Soil microbe reference panel", authors: ["Nkem Abara", "Lise Dufresne"], year: 2020, venue: "Soil Biology Letters", doi: "10.5555/rules.no.2" },
			verdict: "confirmed",
			note: "the note names an organization",
		},
		{
			local: { citekey: "strokeburden2022", title: "Incidence of Stroke in Young Adults, 1990-2019", authors: ["Stroke Burden 2019 Collaborators"], year: 2022, journal: "Lancet Neurology", doi: "10.5555/rules.no.3" },
			remote: { title: "Incidence of stroke in young adults, 1990–2019", authors: ["Rosa Quintero", "Aarav Mehta", "Lena Vogt"], year: 2022, venue: "The Lancet Neurology", doi: "10.5555/rules.no.3" },
			verdict: "confirmed",
			note: "the note names an organization (Stroke Burden 2019 Collaborators)",
		},
		{
			local: { citekey: "who2018air", entry_type: "report", title: "Guidelines on Household Air Quality in Cold Climates", authors: ["World Health Organization"], year: 2018, doi: "10.5555/rules.no.4" },
			remote: { title: "Guidelines on household air quality in cold climates", authors: [], year: 2018, venue: null, type: "report", doi: "10.5555/rules.no.4" },
			verdict: "confirmed",
			note: "the note names an organization (World Health Organization); the remote record lists no authors",
		},
		{
			// two collaborations publishing together, each protected by braces
			local: { citekey: "heron2018", title: "Joint Limits on Axion Dark Matter from Two Haloscopes", author: "{HERON Collaboration} and {Lantern Collaboration}", year: 2018, doi: "10.5555/rules.no.7" },
			remote: { title: "Joint limits on axion dark matter from two haloscopes", authors: ["Ilse Brandt", "Tomasz Wrona", "Keiko Arai"], year: 2018, venue: "Physical Review Letters", doi: "10.5555/rules.no.7" },
			verdict: "confirmed",
			note: "the note names organizations (HERON Collaboration, Lantern Collaboration)",
		},
		{
			// two collaborations publish the same search in the same year: the DOI is the other one's paper
			local: { citekey: "HERON:2021hnl", title: "Search for Heavy Neutral Leptons in W Boson Decays", author: "{HERON Collaboration}", year: 2021, doi: "10.5555/rules.no.other1" },
			remote: { title: "Search for heavy neutral leptons in W boson decays", authors: ["Lantern Collaboration", "Keiko Arai", "Ilse Brandt", "Tomasz Wrona"], year: 2021, venue: "Journal of High Energy Physics", doi: "10.5555/rules.no.other1" },
			verdict: "major",
			note: "authors: the note names HERON Collaboration; the record's authors are Lantern Collaboration",
		},
		{
			local: { citekey: "HERON:2020dm", title: "Limits on Dark Photons from a Beam Dump", author: "{HERON Collaboration}", year: 2020, doi: "10.5555/rules.no.other2" },
			remote: { title: "Limits on dark photons from a beam dump", authors: ["The Lantern Collaboration"], year: 2020, venue: "Physical Review D", doi: "10.5555/rules.no.other2" },
			verdict: "major",
			note: "authors: the note names HERON Collaboration; the record's authors are The Lantern Collaboration",
		},
		{
			// the same name with another number is another group (a detector's successor and its collaboration)
			local: { citekey: "HERONII:2022tau", title: "Measurement of the Tau Lepton Lifetime", author: "{HERON II Collaboration}", year: 2022, doi: "10.5555/rules.no.other3" },
			remote: { title: "Measurement of the tau lepton lifetime", authors: ["Keiko Arai", "Ilse Brandt", "HERON Collaboration"], year: 2022, venue: "Physical Review D", doi: "10.5555/rules.no.other3" },
			verdict: "major",
			note: "authors: the note names HERON II Collaboration; the record's authors are HERON Collaboration",
		},
		{
			// the record lists the collaboration after its members
			local: { citekey: "HERON:2018pid", title: "Performance of the Particle Identification System", author: "{HERON Collaboration}", year: 2018, doi: "10.5555/rules.no.last" },
			remote: { title: "Performance of the particle identification system", authors: ["Keiko Arai", "Ilse Brandt", "Tomasz Wrona", "HERON Collaboration"], year: 2018, venue: "Journal of Instrumentation", doi: "10.5555/rules.no.last" },
			verdict: "confirmed",
			note: "authors: the note names HERON Collaboration, which the record lists beside 3 members",
		},
		{
			// found by its title only, another collaboration's paper of the same title is not the note's
			local: { citekey: "HERON:2021hnl2", title: "Search for Heavy Neutral Leptons in Z Boson Decays", author: "{HERON Collaboration}", year: 2021 },
			remote: { candidates: [{ title: "Search for heavy neutral leptons in Z boson decays", authors: ["Lantern Collaboration", "Keiko Arai", "Ilse Brandt"], year: 2021, venue: "Journal of High Energy Physics" }] },
			verdict: "not_found",
			note: "no convincing match",
		},
		{
			// a series title of a few words, published every year: the record of the very year
			local: { citekey: "imf2017ghana", entry_type: "techreport", title: "Ghana: Selected Issues", author: "{International Monetary Fund}", institution: "International Monetary Fund", number: "17/264", year: 2017 },
			remote: {
				candidates: [
					{ title: "Ghana: Selected Issues", authors: [], year: 2014, venue: "IMF Staff Country Reports", type: "report" },
					{ title: "Ghana: Selected Issues", authors: [], year: 2017, venue: "IMF Staff Country Reports", type: "report" },
				],
			},
			verdict: "confirmed",
			note: "the note names an organization (International Monetary Fund); the remote record lists no authors",
		},
		{
			local: { citekey: "imf2015ghana", entry_type: "techreport", title: "Ghana: Selected Issues", author: "{International Monetary Fund}", year: 2015 },
			remote: { candidates: [{ title: "Ghana: Selected Issues", authors: [], year: 2014, venue: "IMF Staff Country Reports", type: "report" }] },
			verdict: "not_found",
			note: "short title needs first author and year agreement",
		},
		{
			local: { citekey: "anon1723", entry_type: "book", title: "A Modest Proposal for the Relief of Weavers", authors: ["Anonymous"], year: 1723 },
			remote: { candidates: [{ title: "A modest proposal for the relief of weavers", authors: [], year: 1723, type: "book" }] },
			verdict: "confirmed",
			note: "authors: the note names no person (Anonymous); the remote record lists no authors",
		},
		{
			// published without a name, attributed since
			local: { citekey: "anon1729", entry_type: "book", title: "A Discourse on the Grain Bounty", authors: ["Anon."], year: 1729 },
			remote: { candidates: [{ title: "A discourse on the grain bounty", authors: ["Josiah Whitcombe"], year: 1729, type: "book" }] },
			verdict: "confirmed",
			note: "authors: the note cites the work as anonymous (Anon.); the record names 'Josiah Whitcombe'",
		},
	],
};
