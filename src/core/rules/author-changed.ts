import type { Rule } from "./types";

export const authorChanged: Rule = {
	id: "author-changed",
	name: "Author missing, added or replaced",
	summary: "A different first author, a named author missing from the middle of the note's list or an author the record does not have is a real error, major.",
	examples: [
		{
			local: { citekey: "feld2019", title: "Drip Schedules for Arid Orchards", authors: ["Ryan Feld", "Ada Okonkwo", "Mirela Dobre"], year: 2019, doi: "10.5555/rules.ac.1" },
			remote: { title: "Drip schedules for arid orchards", authors: ["Ryan Feld", "Zainab Idowu", "Ada Okonkwo", "Mirela Dobre"], year: 2019, venue: "Irrigation Science Letters", doi: "10.5555/rules.ac.1" },
			verdict: "major",
			note: "authors: missing from the note: 'Zainab Idowu'",
		},
		{
			local: { citekey: "dobre2020", title: "Orchard Canopy Thermal Maps", authors: ["Tomas Halloran", "Ada Okonkwo", "Mirela Dobre"], year: 2020, doi: "10.5555/rules.ac.2" },
			remote: { title: "Orchard canopy thermal maps", authors: ["Mirela Dobre", "Ada Okonkwo", "Ryan Feld"], year: 2020, venue: "Irrigation Science Letters", doi: "10.5555/rules.ac.2" },
			verdict: "major",
			note: "different first author",
		},
		{
			local: { citekey: "okonkwo2022", title: "Root Zone Sensing with Cheap Probes", authors: ["Ada Okonkwo", "Nadia Brenner", "Mirela Dobre"], year: 2022, doi: "10.5555/rules.ac.3" },
			remote: { title: "Root zone sensing with cheap probes", authors: ["Ada Okonkwo", "Mirela Dobre"], year: 2022, venue: "Irrigation Science Letters", doi: "10.5555/rules.ac.3" },
			verdict: "major",
			note: "authors: not in the remote record: 'Nadia Brenner'",
		},
	],
};
