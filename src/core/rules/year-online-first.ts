import type { Rule } from "./types";

export const yearOnlineFirst: Rule = {
	id: "year-online-first",
	name: "Online-first year",
	summary: "A note's year one after a record published online in October to December is the issue's year, and a note's year one before the record's that is the year of its publication date (OpenAlex's earliest, online date) is the online version's, accepted with a note (minor when the issue is two or more years later).",
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
		{
			// the record's publication_year is the issue's, its publication_date the online version's of the year before
			local: { citekey: "kettunen2017", title: "Reindeer Trails and Lichen Loss", authors: ["Pia Kettunen"], year: 2017, journal: "Arctic Ecology" },
			remote: { title: "Reindeer trails and lichen loss", authors: ["Pia Kettunen"], year: 2018, date: "2017-12-04", venue: "Arctic Ecology", doi: "10.5555/rules.yo.3" },
			verdict: "confirmed",
			note: "is the year of the record's publication date (2017-12-04)",
		},
		{
			// the record's own date two years before its issue: the note's year is the record's date's, worth a look
			local: { citekey: "kettunen2015", title: "Lichen Mats and Soil Frost", authors: ["Pia Kettunen"], year: 2015, journal: "Arctic Ecology" },
			remote: { title: "Lichen mats and soil frost", authors: ["Pia Kettunen"], year: 2017, date: "2015-06-10", venue: "Arctic Ecology", doi: "10.5555/rules.yo.4" },
			verdict: "minor",
			note: "is the year of the record's publication date (2015-06-10)",
		},
	],
};
