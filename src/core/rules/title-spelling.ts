import type { Rule } from "./types";

export const titleSpelling: Rule = {
	id: "title-spelling",
	name: "British and American spelling",
	summary: "A title written in British on one side and American spelling on the other (\"-ise\"/\"-ize\", \"-our\"/\"-or\", \"-tre\"/\"-ter\", the \"ae\"/\"oe\" of \"paediatric\" and \"oesophageal\", \"sulphur\"/\"sulfur\", \"grey\"/\"gray\") is the same title, shown as minor, and a title search leaves such words out when the title as written finds nothing.",
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
		{
			// the ae/oe of medical words, and a title search that starts with one
			local: { citekey: "halloran2016", title: "Oesophageal Varices after Band Ligation", authors: ["Tomas Halloran"], year: 2016, journal: "Endoscopy Notes" },
			remote: { title: "Esophageal varices after band ligation", authors: ["Tomas Halloran"], year: 2016, venue: "Endoscopy Notes" },
			verdict: "minor",
			note: "title: British vs American spelling",
		},
		{
			local: { citekey: "quist2019", title: "Haemoglobin Thresholds in Paediatric Anaemia", authors: ["Maren Quist"], year: 2019, doi: "10.5555/rules.sp.4" },
			remote: { title: "Hemoglobin thresholds in pediatric anemia", authors: ["Maren Quist"], year: 2019, venue: "Transfusion Notes", doi: "10.5555/rules.sp.4" },
			verdict: "minor",
			note: "title: British vs American spelling",
		},
		{
			// the American form in the note, the British in the record
			local: { citekey: "pellegrini2012", title: "Sulfur Isotopes in Hydrothermal Vent Fluids", authors: ["Dario Pellegrini"], year: 2012, journal: "Vent Geochemistry" },
			remote: { title: "Sulphur isotopes in hydrothermal vent fluids", authors: ["Dario Pellegrini"], year: 2012, venue: "Vent Geochemistry" },
			verdict: "minor",
			note: "title: British vs American spelling",
		},
	],
};
