import type { Rule } from "./types";

export const recordOrganizationAuthor: Rule = {
	id: "record-organization-author",
	name: "Record names an organisation",
	summary: "A record whose only author is an organisation or group (a team, consortium, collaboration, a trial's investigators or trialists) while the note names people looks incomplete, minor with a note when the note's identifier led to it and not found when only a title search did, and a group the record lists beside its members is left out of the comparison with a note.",
	examples: [
		{
			local: { citekey: "sorlie2020", title: "A Reference Genome for the Arctic Char", authors: ["Kai Sorlie", "Signe Aaltonen", "Tove Lindqvist"], year: 2020, doi: "10.5555/rules.ro.1" },
			remote: { title: "A reference genome for the Arctic char", authors: ["Nordic Fish Genome Consortium"], year: 2020, venue: "Genome Notes", doi: "10.5555/rules.ro.1" },
			verdict: "minor",
			note: "authors: the record names a group ('Nordic Fish Genome Consortium') instead of the note's 3 authors (the record looks incomplete)",
		},
		{
			local: { citekey: "lindqvist2022", title: "Char Migration Tracked by Acoustic Tags", authors: ["Tove Lindqvist", "Kai Sorlie"], year: 2022, doi: "10.5555/rules.ro.2" },
			remote: { title: "Char migration tracked by acoustic tags", authors: ["Arctic Tagging Collaboration"], year: 2022, venue: "Fish Ecology Letters", doi: "10.5555/rules.ro.2" },
			verdict: "minor",
			note: "instead of the note's 2 authors",
		},
		{
			local: { citekey: "sorlie2023", title: "Char Spawning Grounds in Glacial Lakes", authors: ["Kai Sorlie", "Tove Lindqvist"], year: 2023 },
			remote: { candidates: [{ title: "Char spawning grounds in glacial lakes", authors: ["Arctic Tagging Collaboration"], year: 2023, venue: "Fish Ecology Letters" }] },
			verdict: "not_found",
			note: "the record names a group instead of the note's authors, so a title search cannot confirm it",
		},
		{
			local: { citekey: "aaltonen2021neutrino", title: "Seasonal Variation of the Atmospheric Neutrino Flux", author: "Aaltonen, S. and Varga, H. and others", year: 2021, doi: "10.5555/rules.ro.4" },
			remote: { title: "Seasonal variation of the atmospheric neutrino flux", authors: ["Polar Neutrino Collaboration", "Signe Aaltonen", "Hugo Varga", "Pia Kettunen", "Rui Almeida"], year: 2021, venue: "Astroparticle Letters", doi: "10.5555/rules.ro.4" },
			verdict: "confirmed",
			note: "authors: the record lists the group 'Polar Neutrino Collaboration' beside its members; compared without it",
		},
		{
			local: { citekey: "lindqvist2021neutrino", title: "Seasonal Variation of the Atmospheric Neutrino Flux", author: "Lindqvist, T. and Varga, H. and others", year: 2021, doi: "10.5555/rules.ro.5" },
			remote: { title: "Seasonal variation of the atmospheric neutrino flux", authors: ["Polar Neutrino Collaboration", "Signe Aaltonen", "Hugo Varga", "Pia Kettunen", "Rui Almeida"], year: 2021, venue: "Astroparticle Letters", doi: "10.5555/rules.ro.5" },
			verdict: "major",
			note: "different first author",
		},
		{
			// medicine: trial groups sign as "Investigators", "Trialists", "Collaborators"
			local: { citekey: "solberg2019", title: "Home Oxygen after Bronchiolitis Admission", authors: ["Henrik Solberg", "Folake Adeyemi"], year: 2019, journal: "Pediatrics", doi: "10.5555/rules.ro.3" },
			remote: { title: "Home oxygen after bronchiolitis admission", authors: ["Nordic Bronchiolitis Trialists"], year: 2019, venue: "Pediatrics", doi: "10.5555/rules.ro.3" },
			verdict: "minor",
			note: "authors: the record names a group ('Nordic Bronchiolitis Trialists') instead of the note's 2 authors",
		},
	],
};
