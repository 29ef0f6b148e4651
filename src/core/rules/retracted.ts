import type { Rule } from "./types";

export const retracted: Rule = {
	id: "retracted",
	name: "Retracted work",
	summary: "A work OpenAlex marks as retracted is a major problem whatever else agrees.",
	examples: [
		{
			local: { citekey: "fraudsen2014", title: "Room-Temperature Superconductivity in Cheese", authors: ["Egil Fraudsen"], year: 2014, doi: "10.5555/rules.rt.1" },
			remote: { title: "Room-temperature superconductivity in cheese", authors: ["Egil Fraudsen"], year: 2014, venue: "Letters in Applied Physics", doi: "10.5555/rules.rt.1", retracted: true },
			verdict: "major",
			note: "retracted: OpenAlex marks this work as retracted",
		},
		{
			local: { citekey: "fraudsen2015", title: "Cheese Superconductors Revisited Once More", authors: ["Egil Fraudsen"], year: 2015 },
			remote: { title: "Cheese superconductors revisited once more", authors: ["Egil Fraudsen"], year: 2015, venue: "Letters in Applied Physics", retracted: true },
			verdict: "major",
			note: "retracted",
		},
	],
};
