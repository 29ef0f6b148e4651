import type { Rule } from "./types";

/**
 * Publishers' DOI schemes that name the venue: IEEE/CVF conference DOIs carry its acronym
 * ("10.1109/CVPR52729.2023.…"), ACL Anthology DOIs the event ("10.18653/v1/2022.acl-long.…", old
 * letters P/D/N/E/C/Q), IJCAI and AAAI their own prefixes. Canonical ids as in venues.ts.
 */
const SCHEMES: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
	[/^10\.1109\/(cvpr|iccv|icassp|icde|sp|focs)\d*\./, (m) => m[1]],
	[/^10\.18653\/v1\/\d{4}\.(acl|emnlp|naacl|eacl|coling|tacl)\b/, (m) => m[1]],
	[/^10\.18653\/v1\/([pdneqc])\d{2}-\d+/, (m) => ({ p: "acl", d: "emnlp", n: "naacl", e: "eacl", c: "coling", q: "tacl" } as Record<string, string>)[m[1]] ?? null],
	[/^10\.1162\/tacl_/, () => "tacl"],
	[/^10\.24963\/ijcai\.\d{4}\//, () => "ijcai"],
	[/^10\.1609\/aaai\.v\d+i\d+/, () => "aaai"],
	[/^10\.1609\/icwsm\.v\d+i\d+/, () => "icwsm"],
	[/^10\.1073\/pnas\./, () => "pnas"],
];

/** The canonical id of the venue a DOI's scheme names, or null. */
export function venueOfDoi(doi: string | null): string | null {
	if (!doi) return null;
	for (const [re, id] of SCHEMES) {
		const m = re.exec(doi.toLowerCase());
		if (m) return id(m);
	}
	return null;
}

export const doiVenue: Rule = {
	id: "doi-venue",
	name: "Venue named by the DOI",
	summary: "When the record has no venue, a DOI whose publisher scheme names the venue (IEEE/CVF conference acronyms, ACL Anthology events, IJCAI, AAAI) stands for it, so another venue in the note is minor.",
	examples: [
		{
			local: { citekey: "sato2022cvpr", title: "Reef Mosaics from Sparse Drone Frames", authors: ["Haruki Sato", "Zainab Idowu"], year: 2022, booktitle: "ICML", doi: "10.1109/CVPR52688.2022.09876" },
			remote: { title: "Reef mosaics from sparse drone frames", authors: ["Haruki Sato", "Zainab Idowu"], year: 2022, venue: null, doi: "10.1109/cvpr52688.2022.09876" },
			verdict: "minor",
			note: "venue: the record has no venue, but its DOI names CVPR, not 'ICML'",
		},
		{
			local: { citekey: "idowu2022acl", title: "Lexical Drift in Port Logbooks", authors: ["Zainab Idowu"], year: 2022, booktitle: "ACL", doi: "10.18653/v1/2022.acl-long.977" },
			remote: { title: "Lexical drift in port logbooks", authors: ["Zainab Idowu"], year: 2022, venue: null, doi: "10.18653/v1/2022.acl-long.977" },
			verdict: "confirmed",
			note: "venue: the record has no venue; its DOI names ACL",
		},
	],
};
