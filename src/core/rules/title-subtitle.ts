import type { Rule } from "./types";

export const titleSubtitle: Rule = {
	id: "title-subtitle",
	name: "Subtitle on one side",
	summary: "A subtitle (after a colon, dash or question mark, also the full-width \"：\" of Chinese and Japanese titles) or a parenthesised acronym written on one side only is the same title, shown as minor (a subtitle in a field of its own, as biblatex keeps it, is part of the note's title), and a title search takes a main title of fewer than four words without its subtitle only when first author and year agree.",
	examples: [
		{
			// a Japanese title's subtitle after a full-width colon
			local: { citekey: "noguchi2020", title: "室戸半島における海成段丘の隆起速度", authors: ["野口 彩花"], year: 2020, doi: "10.5555/rules.st.fw" },
			remote: { title: "室戸半島における海成段丘の隆起速度：テフラ年代による再検討", authors: ["野口 彩花"], year: 2020, venue: "地学雑誌", doi: "10.5555/rules.st.fw" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			// biblatex's `subtitle` field: the title cited is both
			local: { citekey: "moreau2018", entry_type: "article", title: "Sediment Budgets in Regulated Rivers", subtitle: "A Review of Methods", author: "Moreau, Lise and Dahl, Erik", journaltitle: "Geomorphology", date: "2018-03", doi: "10.5555/rules.st.field" },
			remote: { title: "Sediment budgets in regulated rivers: a review of methods", authors: ["Lise Moreau", "Erik Dahl"], year: 2018, venue: "Geomorphology", doi: "10.5555/rules.st.field" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2020glacier", title: "Glacier Memory", authors: ["Hugo Varga", "Signe Aaltonen"], year: 2020, doi: "10.5555/rules.ts.1" },
			remote: { title: "Glacier memory: long-horizon recall in melt models", authors: ["Hugo Varga", "Signe Aaltonen"], year: 2020, venue: "Cryosphere Letters", doi: "10.5555/rules.ts.1" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			local: { citekey: "aaltonen2018", title: "Lattice Audit Protocol (LAP): Auditing Grid Schedulers at Scale", authors: ["Signe Aaltonen"], year: 2018 },
			remote: { title: "Lattice audit protocol: auditing grid schedulers at scale", authors: ["Signe Aaltonen"], year: 2018, venue: "Grid Systems Review" },
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			local: { citekey: "aaltonen2021", title: "GRIDLOCK", authors: ["Signe Aaltonen", "Hugo Varga"], year: 2021, booktitle: "Grid Systems Review" },
			remote: {
				candidates: [
					{ title: "GRIDLOCK: deadlock-free schedulers for lattice grids", authors: ["Signe Aaltonen", "Hugo Varga"], year: 2021, venue: "Grid Systems Review" },
				],
			},
			verdict: "minor",
			note: "title: a subtitle appears on one side only",
		},
		{
			local: { citekey: "aaltonen2023", title: "GRIDLOCK", authors: ["Signe Aaltonen"], year: 2023 },
			remote: {
				candidates: [
					{ title: "GRIDLOCK: deadlock-free schedulers for lattice grids", authors: ["Signe Aaltonen", "Hugo Varga"], year: 2021, venue: "Grid Systems Review" },
				],
			},
			verdict: "not_found",
			note: "title differs",
		},
	],
};
