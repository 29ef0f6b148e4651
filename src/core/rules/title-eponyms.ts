// Medicine names many diseases, signs and laws after people, and its style guides disagree on the
// possessive: AMA (since its 10th edition) and NLM write "Parkinson disease", "Down syndrome",
// journals and most authors "Parkinson's disease", "Down's syndrome"; other fields do the same with
// "Bayes' theorem" / "Bayes theorem". A reference formatted in one style against a record in the
// other is the same title, not a one-letter typo.
import type { Rule } from "./types";

/** A capitalised name with its possessive ("Parkinson's", "Alzheimer’s", "Bayes'"), brackets and punctuation around it kept. */
const POSSESSIVE_NAME = /^([(["“]?)(\p{Lu}[\p{L}-]*)['’]s?([,;:.?!)\]"”]*)$/u;

/** The title with every capitalised name's possessive dropped (the same string when it has none). */
export function withoutEponymPossessives(title: string): string {
	if (!/['’]/.test(title)) return title;
	// word by word, so that a long run of capitals is not scanned again from each of its letters
	const words = title.split(/(\s+)/);
	let changed = false;
	for (let i = 0; i < words.length; i += 2) {
		const m = POSSESSIVE_NAME.exec(words[i]);
		if (m) {
			words[i] = m[1] + m[2] + m[3];
			changed = true;
		}
	}
	return changed ? words.join("") : title;
}

export const titleEponyms: Rule = {
	id: "title-eponyms",
	name: "Eponyms with and without the possessive",
	summary: "A name written with its possessive on one side and without it on the other (\"Parkinson's disease\" / \"Parkinson disease\", as AMA and NLM style write eponyms, \"Bayes' theorem\" / \"Bayes theorem\") is the same title, while another name is another title.",
	examples: [
		{
			// a reference in AMA style against the journal's own title
			local: { citekey: "varga2019", title: "Gut Microbiota in Early Parkinson Disease", author: "Varga, Ilona and Holm, Sanna", year: 2019, doi: "10.5555/rules.ep.1" },
			remote: { title: "Gut microbiota in early Parkinson's disease", authors: ["Ilona Varga", "Sanna Holm"], year: 2019, venue: "Movement Disorders Letters", doi: "10.5555/rules.ep.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the other way round, with a curly apostrophe, found by its title search
			local: { citekey: "holm2021", title: "Outcomes of Children with Down’s Syndrome after Cardiac Surgery", authors: ["Sanna Holm"], year: 2021 },
			remote: { candidates: [{ title: "Outcomes of children with Down syndrome after cardiac surgery", authors: ["Sanna Holm"], year: 2021, venue: "Pediatric Cardiology Notes" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a possessive after an "s": the apostrophe alone
			local: { citekey: "lindqvist2018", title: "Bayes' Theorem for Tide Gauge Fusion", authors: ["Tove Lindqvist"], year: 2018, doi: "10.5555/rules.ep.3" },
			remote: { title: "Bayes theorem for tide gauge fusion", authors: ["Tove Lindqvist"], year: 2018, venue: "Hydrology Letters", doi: "10.5555/rules.ep.3" },
			verdict: "confirmed",
			note: "",
		},
		{
			// another person's disease is another title
			local: { citekey: "varga2023", title: "Gut Microbiota in Early Parkinson Disease", author: "Varga, Ilona and Holm, Sanna", year: 2023, doi: "10.5555/rules.ep.4" },
			remote: { title: "Gut microbiota in early Huntington's disease", authors: ["Ilona Varga", "Sanna Holm"], year: 2023, venue: "Movement Disorders Letters", doi: "10.5555/rules.ep.4" },
			verdict: "major",
			note: "title: different title",
		},
	],
};
