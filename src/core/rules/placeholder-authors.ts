import { foldText } from "../normalize";
import type { Rule } from "./types";

/**
 * Names templates and generators put where authors belong. Not "Anonymous": anonymous works and
 * submissions under review are cited that way on purpose.
 */
const PLACEHOLDER_AUTHOR = /^((john|jane) doe|(first|second|third|fourth|fifth|last|corresponding) author|author (one|two|three|four|five|\d+|[a-z])|[a-z] author|(firstname|first name|given name) (lastname|last name|surname|family name)|(author|your) name|unknown author|anonymous author \d+)$/;

/** A placeholder in the note's author list ("John Doe", "A. Author", "Author One"): no person's name. */
export function isPlaceholderAuthor(name: string): boolean {
	return PLACEHOLDER_AUTHOR.test(foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

export const placeholderAuthors: Rule = {
	id: "placeholder-authors",
	name: "Placeholder authors",
	summary: "A placeholder where an author belongs (\"John Doe\", \"Author One\", \"First Author\") is no one's name and the record does not list it, major even when the record lists no authors to compare.",
	examples: [
		{
			local: { citekey: "one2021", title: "Ferry Timetables as Network Data", authors: ["Author One", "Ines Marchetti"], year: 2021, doi: "10.5555/rules.pa.1" },
			remote: { title: "Ferry timetables as network data", authors: [], year: 2021, venue: "Transport Data Notes", doi: "10.5555/rules.pa.1" },
			verdict: "major",
			note: "authors: 'Author One' is a placeholder, not an author's name",
		},
		{
			local: { citekey: "author2022", title: "Harbour Crane Scheduling", authors: ["A. Author", "B. Author"], year: 2022, doi: "10.5555/rules.pa.2" },
			remote: { title: "Harbour crane scheduling", authors: ["Lorenz Abt", "Yusuf Zeller"], year: 2022, venue: "Port Operations Review", doi: "10.5555/rules.pa.2" },
			verdict: "major",
			note: "authors: 'A. Author', 'B. Author' are placeholders, not an author's name",
		},
	],
};
