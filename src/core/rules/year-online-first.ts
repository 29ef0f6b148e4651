import type { Rule } from "./types";

export const yearOnlineFirst: Rule = {
	id: "year-online-first",
	name: "Online-first year",
	summary: "A note's year one after a record published online in October to December is the issue's year, accepted with a note.",
	examples: [
		{
			local: { citekey: "kettunen2019", title: "Lichen Cover and Reindeer Grazing", authors: ["Pia Kettunen"], year: 2019, doi: "10.5555/rules.yo.1" },
			remote: { title: "Lichen cover and reindeer grazing", authors: ["Pia Kettunen"], year: 2018, date: "2018-11-20", venue: "Arctic Ecology", doi: "10.5555/rules.yo.1" },
			verdict: "confirmed",
			note: "is the issue's year; the remote record dates the online-first version (2018-11-20)",
		},
		{
			local: { citekey: "kettunen2020", title: "Snow Depth and Lichen Recovery", authors: ["Pia Kettunen", "Rui Almeida"], year: 2020, doi: "10.5555/rules.yo.2" },
			remote: { title: "Snow depth and lichen recovery", authors: ["Pia Kettunen", "Rui Almeida"], year: 2019, date: "2019-04-02", venue: "Arctic Ecology", doi: "10.5555/rules.yo.2" },
			verdict: "minor",
			note: "year: differs by one (2020 vs 2019)",
		},
	],
};
