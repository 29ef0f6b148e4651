import type { Rule } from "./types";

export const titleSpelling: Rule = {
	id: "title-spelling",
	name: "British and American spelling",
	summary: "A title written in British on one side and American spelling on the other (\"-ise\"/\"-ize\", \"-our\"/\"-or\", \"-tre\"/\"-ter\") is the same title, shown as minor.",
	examples: [
		{
			local: { citekey: "pellegrini2017", title: "Optimising Harbour Behaviour under Uncertainty", authors: ["Dario Pellegrini"], year: 2017, doi: "10.5555/rules.sp.1" },
			remote: { title: "Optimizing harbor behavior under uncertainty", authors: ["Dario Pellegrini"], year: 2017, venue: "Maritime Operations Quarterly", doi: "10.5555/rules.sp.1" },
			verdict: "minor",
			note: "title: British vs American spelling",
		},
		{
			local: { citekey: "quist2015", title: "Centre of Colour Perception", authors: ["Maren Quist", "Dario Pellegrini"], year: 2015, doi: "10.5555/rules.sp.2" },
			remote: { title: "Center of color perception", authors: ["Maren Quist", "Dario Pellegrini"], year: 2015, venue: "Vision Notes", doi: "10.5555/rules.sp.2" },
			verdict: "minor",
			note: "title: British vs American spelling",
		},
	],
};
