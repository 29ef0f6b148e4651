// Two meetings held together publish one proceedings, and OpenAlex names it by both ("Proceedings of
// the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International
// Joint Conference on Natural Language Processing (Volume 1: Long Papers)"). A note naming the venue
// by either meeting ("ACL", "IJCNLP 2021") names that venue; a third meeting ("EMNLP") does not.
// DBLP names a volume by its title and its meeting, after a colon: the title names the venue.
import type { Rule } from "./types";

/** Words that make a part of a name a meeting. */
const MEETING_WORD = /\b(?:conference|meeting|workshop|symposium|congress|colloquium)\b/i;
/** The second meeting's start: an ordinal or a capital after " and the ". */
const SECOND_MEETING_START = /^(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?\p{Lu}/u;

/** The name without a last bracket ("(Volume 1: Long Papers)"), found without a scan from every "(". */
function withoutLastBracket(name: string): string {
	const t = name.trim();
	if (!t.endsWith(")")) return t;
	const open = t.lastIndexOf("(");
	return open > 0 ? t.slice(0, open).trim() : t;
}

/**
 * The two meetings of a joint proceedings' name, each a meeting by its wording ("… Annual Meeting of
 * … and the 11th International Joint Conference on …"): [first, second], else [].
 */
export function jointMeetingNames(name: string): string[] {
	if (name.length > 400) return [];
	const t = withoutLastBracket(name);
	const at = t.toLowerCase().indexOf(" and the ");
	if (at < 0) return [];
	const first = t.slice(0, at).trim();
	const second = t.slice(at + " and the ".length).trim();
	if (!MEETING_WORD.test(first) || !SECOND_MEETING_START.test(second)) return [];
	// the second part names a meeting within its first words ("11th International Joint Conference on …")
	if (!MEETING_WORD.test(second.split(/\s+/).slice(0, 6).join(" "))) return [];
	return [first, second];
}

/** The part after a volume's colon that describes the meeting ("Annual Conference on …", "International Workshop …"). */
const MEETING_AFTER_COLON = /^(?:(?:\d{1,3}(?:st|nd|rd|th)|annual|international|joint)\s+)*(?:conference|meeting|workshop|symposium)\b/i;

/**
 * DBLP names a proceedings volume by its title and the meeting's ("Advances in Neural Information
 * Processing Systems 34: Annual Conference on Neural Information Processing Systems 2021, NeurIPS
 * 2021, …"): the title before the colon, when the rest describes the meeting; else [].
 */
export function volumeTitleBeforeMeeting(name: string): string[] {
	if (name.length > 400) return [];
	const at = name.indexOf(": ");
	if (at <= 0) return [];
	return MEETING_AFTER_COLON.test(name.slice(at + 2).trim()) ? [name.slice(0, at).trim()] : [];
}

export const venueJointMeetings: Rule = {
	id: "venue-joint-meetings",
	name: "Proceedings of two meetings, or of a volume and its meeting",
	summary: "A record whose venue is the proceedings of two meetings held together (\"… Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)\") names the venue a note gives by either meeting, and DBLP's name of a volume and its meeting (\"Advances in Neural Information Processing Systems 34: Annual Conference on …, NeurIPS 2021, …\") names the volume; a third meeting's name stays a venue mismatch.",
	examples: [
		{
			local: { citekey: "idowu2021harbour", title: "Speaker Turns in Harbour Radio Traffic", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, booktitle: "ACL", doi: "10.5555/rules.vj.1" },
			remote: { title: "Speaker turns in harbour radio traffic", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, venue: "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)", doi: "10.5555/rules.vj.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2021", title: "Call Signs as Named Entities", authors: ["Omar Haddadi"], year: 2021, booktitle: "Proc. ACL 2021" },
			remote: { candidates: [{ title: "Call signs as named entities", authors: ["Omar Haddadi"], year: 2021, venue: "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 2: Short Papers)" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "DBLP:conf/nips/Idowu21", title: "Noise Schedules for Speech Denoisers", authors: ["Zainab Idowu"], year: 2021, booktitle: "Advances in Neural Information Processing Systems 34: Annual Conference on Neural Information Processing Systems 2021, NeurIPS 2021, December 6-14, 2021, virtual", doi: "10.5555/rules.vj.3" },
			remote: { title: "Noise schedules for speech denoisers", authors: ["Zainab Idowu"], year: 2021, venue: "Advances in Neural Information Processing Systems 34", doi: "10.5555/rules.vj.3" },
			verdict: "confirmed",
			note: "",
		},
	],
};
