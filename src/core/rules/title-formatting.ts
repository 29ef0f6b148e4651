import type { Rule } from "./types";

export const titleFormatting: Rule = {
	id: "title-formatting",
	name: "Title formatting",
	summary: "Case, punctuation, diacritics, LaTeX braces and escapes, HTML entities and tags, umlauts spelled out (\"Über\", \"Ueber\"), Greek letters written as letters, LaTeX macros or names, \"&\" for \"and\" and where a compound word is split are not title differences.",
	examples: [
		{
			local: { citekey: "okafor2019tidal", title: "Tidal {Forecasting} with \\emph{Sparse} Gauges", authors: ["Chidi Okafor"], year: 2019, doi: "10.5555/rules.tf.1" },
			remote: { title: "Tidal forecasting with sparse gauges.", authors: ["Chidi Okafor"], year: 2019, venue: "Journal of Coastal Prediction", doi: "10.5555/rules.tf.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "brannstrom2021", title: "Pre-training &amp; Fine-Tuning for Caf\\'e Reviews", authors: ["Lea Brännström", "Hugo Varga"], year: 2021, doi: "10.5555/rules.tf.2" },
			remote: { title: "Pretraining and fine-tuning for café reviews", authors: ["Lea Brannstrom", "Hugo Varga"], year: 2021, venue: "Workshop on Review Mining", doi: "10.5555/rules.tf.2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2017helix", title: "Folding of {$\\alpha$}-Helical Peptides in {\\textit{Sphagnum}} Mosses", authors: ["Hugo Varga"], year: 2017, doi: "10.5555/rules.tf.3" },
			remote: { title: "Folding of α-helical peptides in <i>Sphagnum</i> mosses", authors: ["Hugo Varga"], year: 2017, venue: "Bryology Letters", doi: "10.5555/rules.tf.3" },
			verdict: "confirmed",
			note: "",
		},
	],
};
