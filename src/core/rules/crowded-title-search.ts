// Rule "A title many works share": OpenAlex ranks a title search by relevance and citations, so
// when many works carry the note's very title ("Machine learning in medicine", "Climate change and
// health"), the first page may hold only the most cited of them and not the note's. The resolver
// then searches once more within the note's years (openalex/resolve-by-title.ts).
import type { Reference, RemoteWork } from "../types";
import { normalizeTitle } from "../normalize";
import { withoutLeadingArticle } from "./leading-article";
import type { Rule } from "./types";

/**
 * The search should look again within the note's years: a full page of results, none accepted,
 * and some of them carry the note's very title (so more works of that title may follow), or hold
 * it whole inside a longer title (more cited works "… of cocoa farms with Sentinel-2" ranked above
 * the note's "Remote sensing of cocoa farms"); a leading article is no part of it. Only a note
 * with a year can be narrowed.
 */
export function crowdedTitle(ref: Reference, works: RemoteWork[], perPage: number): boolean {
	if (ref.year === null || works.length < perPage) return false;
	const title = withoutLeadingArticle(normalizeTitle(ref.title));
	if (title === "") return false;
	return works.some((w) => {
		if (w.title === null) return false;
		const t = withoutLeadingArticle(normalizeTitle(w.title));
		return t === title || ` ${t} `.includes(` ${title} `);
	});
}

const JOURNALS = ["Journal of Clinical Informatics", "Annals of Internal Practice", "Medical Letters", "Health Data Review", "Clinical Reviews", "Hospital Practice Quarterly"];
const namesakes = (title: string, people: string[]) => people.map((p, i) => ({ title, authors: [p], year: 2014 + i, venue: JOURNALS[i % JOURNALS.length] }));
const OTHERS = ["Ruth Ambler", "Sam Okafor", "Ivo Brandt", "Mara Lind", "Jun Park", "Pia Sund"];

export const crowdedTitleSearch: Rule = {
	id: "crowded-title-search",
	name: "A title many works share",
	summary: "When a title search's first page holds works with the note's very title, or longer titles holding it whole, but none the note's authors and year accept, the title is searched once more within the note's years, because many works share such a title and the most cited fill the page first.",
	examples: [
		{
			local: { citekey: "abara2019", title: "Triage Algorithms in Rural Clinics", authors: ["Ngozi Abara", "Tomasz Wierzbicki"], year: 2019, journal: "Rural Health Letters" },
			remote: { candidates: [...namesakes("Triage algorithms in rural clinics", OTHERS), { title: "Triage algorithms in rural clinics", authors: ["Ngozi Abara", "Tomasz Wierzbicki"], year: 2019, venue: "Rural Health Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "wierzbicki2017", title: "Nurse Staffing and Patient Outcomes Revisited", authors: ["Tomasz Wierzbicki"], year: 2017, journal: "Hospital Practice Quarterly", doi: "10.5555/rules.cts.2" },
			remote: { candidates: [...namesakes("Nurse staffing and patient outcomes revisited", OTHERS), { title: "Nurse staffing and patient outcomes revisited", authors: ["Tomasz Wierzbicki"], year: 2016, venue: "Hospital Practice Quarterly" }] },
			verdict: "minor",
			note: "doi: the remote record has no DOI to confirm the note's",
		},
		{
			// none of that title by the note's author in its years: not found, never a namesake
			local: { citekey: "abara2021", title: "Triage Algorithms in Rural Clinics", authors: ["Ngozi Abara"], year: 2021, journal: "Rural Health Letters" },
			remote: { candidates: namesakes("Triage algorithms in rural clinics", OTHERS) },
			verdict: "not_found",
			note: "first author differs",
		},
		{
			// longer, more cited titles holding the note's whole title fill the first page; the note writes a leading "The"
			local: { citekey: "abara2018", title: "The Triage of Burns in Rural Clinics", authors: ["Ngozi Abara"], year: 2018, journal: "Rural Health Letters" },
			remote: { candidates: [...["with telemedicine", "by community nurses", "during floods", "and referral delays", "in East Africa", "using smartphone photographs"].map((tail, i) => ({ title: `Triage of burns in rural clinics ${tail}`, authors: [OTHERS[i]], year: 2017 + (i % 3), venue: JOURNALS[i % JOURNALS.length], cited: 600 - i * 50 })), { title: "Triage of burns in rural clinics", authors: ["Ngozi Abara"], year: 2018, venue: "Rural Health Letters", cited: 1 }] },
			verdict: "confirmed",
			note: "",
		},
	],
};
