import type { Rule } from "./types";

export const noteOrganizationAuthor: Rule = {
	id: "note-organization-author",
	name: "Note names an organisation",
	summary: "A note whose only author is an organisation (a team, lab, institute, consortium) cannot be compared with the record's people and is accepted with a note.",
	examples: [
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
	],
};
