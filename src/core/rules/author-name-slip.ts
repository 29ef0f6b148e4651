import type { Rule } from "./types";

export const authorNameSlip: Rule = {
	id: "author-name-slip",
	name: "Slip in a name",
	summary: "The same family name with an incompatible given name, or a one- or two-letter slip in a long family name (two neighbouring letters swapped in one of five letters) with the same given name, is probably one person written wrongly, shown as minor.",
	examples: [
		{
			local: { citekey: "okonkwo2020", title: "Fault Trees for Irrigation Pumps", authors: ["Ada Okonkwo", "Ryan Feld"], year: 2020, doi: "10.5555/rules.ns.1" },
			remote: { title: "Fault trees for irrigation pumps", authors: ["Ada Okonkwo", "Raymond Feld"], year: 2020, venue: "Agricultural Engineering Letters", doi: "10.5555/rules.ns.1" },
			verdict: "minor",
			note: "have the same family name but different given names",
		},
		{
			local: { citekey: "okonkwo2021", title: "Pump Wear under Saline Load", authors: ["Ada Okonkwo", "Benedikt Hartlieb"], year: 2021, doi: "10.5555/rules.ns.2" },
			remote: { title: "Pump wear under saline load", authors: ["Ada Okonkwo", "Benedikt Hartlief"], year: 2021, venue: "Agricultural Engineering Letters", doi: "10.5555/rules.ns.2" },
			verdict: "minor",
			note: "differ by a slip in the family name",
		},
		{
			// two neighbouring letters swapped in a family name of five letters
			local: { citekey: "okonkwo2022", title: "Pump Seals in Brackish Wells", authors: ["Ada Okonkwo", "Chidi Okyoe"], year: 2022, doi: "10.5555/rules.ns.3" },
			remote: { title: "Pump seals in brackish wells", authors: ["Ada Okonkwo", "Chidi Okoye"], year: 2022, venue: "Agricultural Engineering Letters", doi: "10.5555/rules.ns.3" },
			verdict: "minor",
			note: "differ by a slip in the family name",
		},
	],
};
