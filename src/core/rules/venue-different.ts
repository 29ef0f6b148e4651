import type { Rule } from "./types";

export const venueDifferent: Rule = {
	id: "venue-different",
	name: "Different venue",
	summary: "Any other venue difference is minor, because title, authors and year identify a paper and the venue does not, and a note's venue that is a known venue's name plus words of its own, or another known venue whose name differs only by filler words, is another venue.",
	examples: [
		{
			local: { citekey: "dufresne2020", title: "Nitrogen Pulses in Alpine Soils", authors: ["Lise Dufresne"], year: 2020, journal: "Alpine Soil Science", doi: "10.5555/rules.vd.1" },
			remote: { title: "Nitrogen pulses in alpine soils", authors: ["Lise Dufresne"], year: 2020, venue: "Mountain Research and Development", doi: "10.5555/rules.vd.1" },
			verdict: "minor",
			note: "venue: 'Alpine Soil Science' vs 'Mountain Research and Development'",
		},
		{
			local: { citekey: "dufresne2021", title: "Alpine Soil Carbon under Warming", authors: ["Lise Dufresne", "Pia Kettunen"], year: 2021, booktitle: "ICML", doi: "10.5555/rules.vd.2" },
			remote: { title: "Alpine soil carbon under warming", authors: ["Lise Dufresne", "Pia Kettunen"], year: 2021, venue: "Neural Information Processing Systems", type: "article", doi: "10.5555/rules.vd.2" },
			verdict: "minor",
			note: "venue: 'ICML' vs 'Neural Information Processing Systems'",
		},
		{
			local: { citekey: "dufresne2022", title: "Soil Respiration Forecasts with Gradient Boosting", authors: ["Lise Dufresne"], year: 2022, booktitle: "Symposium on Tidal Machine Learning", doi: "10.5555/rules.vd.3" },
			remote: { title: "Soil respiration forecasts with gradient boosting", authors: ["Lise Dufresne"], year: 2022, venue: "International Conference on Machine Learning", type: "article", doi: "10.5555/rules.vd.3" },
			verdict: "minor",
			note: "venue: 'Symposium on Tidal Machine Learning' vs 'International Conference on Machine Learning'",
		},
		{
			local: { citekey: "dufresne2023", title: "Frost Heave Prediction from Sparse Probes", authors: ["Lise Dufresne"], year: 2023, booktitle: "International Conference on Machine Learning", doi: "10.5555/rules.vd.4" },
			remote: { title: "Frost heave prediction from sparse probes", authors: ["Lise Dufresne"], year: 2023, venue: "Machine Learning", type: "article", doi: "10.5555/rules.vd.4" },
			verdict: "minor",
			note: "venue: 'International Conference on Machine Learning' vs 'Machine Learning'",
		},
	],
};
