// Since 2020 the ACL's meetings publish a second volume of accepted papers, "Findings of the
// Association for Computational Linguistics: EMNLP 2021" (ACL-IJCNLP 2021, NAACL 2022, …), a venue
// of its own that notes write "Findings of EMNLP", "Findings of ACL" or "ACL Findings". Its name
// holds the main meeting's, word for word: read as that meeting, a Findings paper cited as a main
// conference paper passed, and a right "Findings of ACL" was a mismatch.
import type { Rule } from "./types";

/** "Findings of the Association for Computational Linguistics: …", "Findings of EMNLP 2021", "ACL Findings", "{Findings} of …". */
const FINDINGS = /^\s*\{?(?:findings\}? of (?:the )?(?:acl|emnlp|naacl|eacl|aacl|association for computational linguistics)\b|(?:acl|emnlp|naacl|eacl|aacl)(?:[- ](?:19|20)\d{2})?[- ]findings\b)/i;

/** True when a venue's name is the ACL's Findings (of any of its meetings). */
export function namesAclFindings(name: string): boolean {
	return name.length <= 300 && FINDINGS.test(name);
}

/** The meeting a Findings name gives ("Findings of EMNLP 2021", "…: NAACL 2022", "ACL Findings"), lower case; null for none or no Findings. */
const FINDINGS_MEETING = /^\s*\{?(?:findings\}? of (?:the )?(?:association for computational linguistics\s*:\s*)?(acl|emnlp|naacl|eacl|aacl)\b|(acl|emnlp|naacl|eacl|aacl)(?:[- ](?:19|20)\d{2})?[- ]findings\b)/i;
export function aclFindingsMeeting(name: string): string | null {
	const m = name.length <= 300 ? FINDINGS_MEETING.exec(name) : null;
	return m ? (m[1] ?? m[2]).toLowerCase() : null;
}

/** The year a Findings name gives ("…: EMNLP 2021", "Findings of NAACL 2022", "EMNLP 2021 Findings"); null for none or no Findings. */
const YEAR = /\b((?:19|20)\d{2})\b/;
export function aclFindingsYear(name: string): number | null {
	if (!namesAclFindings(name)) return null;
	const m = YEAR.exec(name);
	return m ? Number(m[1]) : null;
}

/** Two Findings names of another meeting, or of the same meeting in another year (both giving one). */
export function aclFindingsDiffer(a: string, b: string): boolean {
	const meetings = [aclFindingsMeeting(a), aclFindingsMeeting(b)];
	if (meetings[0] !== null && meetings[1] !== null && meetings[0] !== meetings[1]) return true;
	const years = [aclFindingsYear(a), aclFindingsYear(b)];
	return years[0] !== null && years[1] !== null && years[0] !== years[1];
}

export const venueAclFindings: Rule = {
	id: "venue-acl-findings",
	name: "Findings of the ACL",
	summary: "The ACL's Findings volumes (\"Findings of the Association for Computational Linguistics: EMNLP 2021\", \"Findings of EMNLP\", \"ACL Findings\") are one venue of their own: a note naming them on such a record is right, and a note naming the main meeting (\"Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics\", \"EMNLP\") or another meeting's Findings, or another year's when both name one, on it is a venue mismatch, minor.",
	examples: [
		{
			local: { citekey: "idowu2021findings", title: "Radio Call Transcripts as Low-Resource Speech", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, booktitle: "Findings of ACL", doi: "10.5555/rules.af.1" },
			remote: { title: "Radio call transcripts as low-resource speech", authors: ["Zainab Idowu", "Omar Haddadi"], year: 2021, venue: "Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021", doi: "10.5555/rules.af.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2021findings", title: "Harbour Names in Maritime Weather Bulletins", authors: ["Omar Haddadi"], year: 2021, booktitle: "EMNLP 2021 Findings" },
			remote: { candidates: [{ title: "Harbour names in maritime weather bulletins", authors: ["Omar Haddadi"], year: 2021, venue: "Findings of the Association for Computational Linguistics: EMNLP 2021" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a Findings paper cited as one of the main conference
			local: { citekey: "idowu2021acl", title: "Code-Switching in Port Control Dialogues", authors: ["Zainab Idowu"], year: 2021, booktitle: "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics", doi: "10.5555/rules.af.3" },
			remote: { title: "Code-switching in port control dialogues", authors: ["Zainab Idowu"], year: 2021, venue: "Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021", doi: "10.5555/rules.af.3" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// the same meeting's Findings of another year: another volume
			local: { citekey: "haddadi2021findings2", title: "Tide Table Questions for Reading Comprehension", authors: ["Omar Haddadi"], year: 2021, booktitle: "Findings of the Association for Computational Linguistics: EMNLP 2020", doi: "10.5555/rules.af.4" },
			remote: { title: "Tide table questions for reading comprehension", authors: ["Omar Haddadi"], year: 2021, venue: "Findings of the Association for Computational Linguistics: EMNLP 2021", doi: "10.5555/rules.af.4" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
