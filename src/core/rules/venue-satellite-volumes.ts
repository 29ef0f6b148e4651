// A meeting publishes its main proceedings and volumes beside them: its workshops' ("2021 IEEE/CVF
// Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)", "Computer Vision – ECCV
// 2020 Workshops"), a companion or adjunct volume ("Companion Proceedings of the Web Conference
// 2021", "… Genetic and Evolutionary Computation Conference Companion", "The Adjunct Publication of
// the 32nd Annual ACM Symposium on …"), extended abstracts ("Extended Abstracts of the 2020 CHI
// Conference …"), a demonstrations or student-research track ("…: System Demonstrations"), the
// ACL's Findings (rules/venue-acl-findings, one kind of these). Each name holds the main meeting's,
// so a satellite's paper cited as the main meeting's read as the same venue. The reverse is not
// read as a slip: OpenAlex often files a workshop's paper under its main meeting's source. A
// journal's supplement ("Blood 136 (Supplement 1)", "European Heart Journal Supplements") is the
// journal.
import type { Rule } from "./types";
import { namesAclFindings, aclFindingsDiffer } from "./venue-acl-findings";

/** Words that mark a satellite volume when they end a name ("… Workshops", "GECCO '20 Companion", "CHI EA"). */
const TRAILING_MARKS = [
	"student research workshop", "srw", "doctoral consortium", "system demonstrations", "demonstrations", "demos", "demo",
	"posters and demos", "workshops", "workshop", "companion proceedings", "companion volume", "companion", "adjunct proceedings", "adjunct publication", "adjunct",
	"extended abstracts", "ea", "posters", "poster", "late-breaking results", "industry track",
];
/** A name that starts with the satellite ("Companion Proceedings of the …", "Extended Abstracts of the …"). */
const LEADING_MARK = /^\s*(?:the\s+)?(?:companion|adjunct|extended abstracts)(?:\s+(?:proceedings|publication|volume))?\s+of\s+(?:the\s+)?/i;
/** A workshop named after its meeting's acronym and year ("NeurIPS 2021 Workshop on …", "ICML Workshop on …"). */
const WORKSHOP_ON = /^\s*(\S+(?:\s+\S+){0,2}?)\s+workshops?\s+on\b/i;
/** A workshop's volume named by its meeting's acronym of four capitals or more and a final W ("CVPRW", "ICCVW", "ICDMW"; never "CSCW", a meeting of its own). */
const ACRONYM_W = /^(\p{Lu}{4,}[\p{Lu}\d]*)W$/u;
/** Any word of a satellite: what keeps a note that names one from being read as naming the main meeting. */
const SATELLITE_WORD = /\b(?:workshops?|companion|adjunct|extended abstracts?|demos?|demonstrations?|posters?|doctoral consortium|findings|late-breaking|industry track|satellite)\b/i;
/** "CHI EA", "ACL-SRW", "CVPRW": a satellite's mark in capitals. */
const SATELLITE_CAPITALS = /\b(?:EA|SRW)\b|\b\p{Lu}{4,}[\p{Lu}\d]*W\b/u;
/** Words that make the rest a meeting's name (or a known acronym, in capitals). */
const MEETING_WORD = /\b(?:conference|meeting|symposium|congress|colloquium)\b/i;
const MEETING_ACRONYM = /\p{Lu}[\p{Lu}\d]+|\p{Lu}\p{Ll}+\p{Lu}/u;
function namesMeeting(name: string): boolean {
	return MEETING_WORD.test(name) || MEETING_ACRONYM.test(name);
}
const YEAR = /\b(?:19|20)\d{2}\b|['’]\d{2}\b/;
const SEPARATORS = " ,.:;-–—/";

/** The name without trailing separators, read without a pattern (a run of spaces in a pattern is quadratic). */
function trimSeparators(s: string): string {
	let end = s.length;
	while (end > 0 && SEPARATORS.includes(s[end - 1])) end--;
	return s.slice(0, end);
}

/** The name without a last "(…)" holding an acronym or a year, and without a final year ("'20", "2021"). */
function withoutEnding(name: string): { rest: string; acronym: string | null } {
	let t = name.trim();
	let acronym: string | null = null;
	if (t.endsWith(")")) {
		const open = t.lastIndexOf("(");
		const inside = open >= 0 ? t.slice(open + 1, -1).trim() : "";
		if (open > 0 && inside.length <= 20 && !inside.includes(" ")) {
			acronym = inside;
			t = t.slice(0, open).trim();
		}
	}
	const words = t.split(" ");
	if (words.length > 1 && /^(?:['’]\d{2}|(?:19|20)\d{2})$/.test(words[words.length - 1])) t = words.slice(0, -1).join(" ");
	return { rest: trimSeparators(t.trim()), acronym };
}

/**
 * The main meeting a satellite volume's name holds ("2021 IEEE/CVF Conference on Computer Vision and
 * Pattern Recognition" for its "… Workshops (CVPRW)", "Web Conference 2021" for its companion, "CVPR"
 * for "CVPRW"); null for a name that is no meeting's satellite (a workshop named on its own: "…
 * Workshop on Semantic Evaluation") or too long to be a venue.
 */
export function satelliteMainMeeting(name: string): string | null {
	if (name.length > 400 || namesAclFindings(name)) return null;
	// "NeurIPS 2021 Workshop on …": the meeting's name before its workshop's
	const workshop = WORKSHOP_ON.exec(name);
	if (workshop) return namesMeeting(workshop[1]) ? workshop[1] : null;
	const lead = LEADING_MARK.exec(name);
	if (lead) {
		const rest = name.slice(lead[0].length).trim();
		return namesMeeting(rest) ? rest : null;
	}
	const { rest, acronym } = withoutEnding(name);
	const wAcronym = acronym !== null ? ACRONYM_W.exec(acronym) : ACRONYM_W.exec(rest);
	if (wAcronym && acronym === null) return wAcronym[1];
	const lower = rest.toLowerCase();
	for (const mark of TRAILING_MARKS) {
		if (!lower.endsWith(mark)) continue;
		const before = lower.length - mark.length;
		if (before === 0 || !SEPARATORS.includes(lower[before - 1])) continue;
		// "EA" and "SRW" in capitals only ("CHI EA", "ACL-SRW"), never another language's word
		if ((mark === "ea" || mark === "srw") && rest.slice(before) !== mark.toUpperCase()) continue;
		const main = trimSeparators(rest.slice(0, before).trim());
		return main !== "" && (namesMeeting(main) || wAcronym !== null) ? main : null;
	}
	return wAcronym ? rest : null;
}

/** True when a venue's name says it is a satellite volume of some kind (a workshop, companion, extended abstracts, demos, Findings). */
export function namesSatellite(name: string): boolean {
	return name.length <= 400 && (SATELLITE_WORD.test(name) || SATELLITE_CAPITALS.test(name));
}

/**
 * A satellite's paper cited as the main meeting's: the record names a meeting's satellite volume and
 * the note names a venue with no satellite's word (checked once the two names are read as one venue).
 */
export function satelliteCitedAsMain(local: string, remote: string): boolean {
	return satelliteMainMeeting(remote) !== null && !namesSatellite(local);
}

/** Two satellite volumes of another year, both giving one ("… 2020 … Workshops" / "… 2021 … Workshops"), or another meeting's or year's Findings. */
export function satellitesDiffer(a: string, b: string): boolean {
	if (aclFindingsDiffer(a, b)) return true;
	if (satelliteMainMeeting(a) === null || satelliteMainMeeting(b) === null) return false;
	const ya = YEAR.exec(a);
	const yb = YEAR.exec(b);
	return ya !== null && yb !== null && ya[0].slice(-2) !== yb[0].slice(-2);
}

/** A journal's supplement ("Supplement 1", "Suppl. 2", "Supplements", "Supplementum"), in brackets or ending the name. */
const SUPPLEMENT = /^suppl(?:ement(?:s|um)?)?\.?(?:[\s_]+(?:\d{1,3}|[ivx]{1,4})|\d{1,3})?$/i;

/**
 * A journal's name without its supplement ("Blood 136 (Supplement 1)" → "Blood 136", "European Heart
 * Journal Supplements" → "European Heart Journal"); [] for a name without one. A series named
 * "… Supplement Series" is a journal of its own and is kept.
 */
export function journalWithoutSupplement(name: string): string[] {
	if (name.length > 400) return [];
	const t = name.trim();
	if (t.endsWith(")")) {
		const open = t.lastIndexOf("(");
		if (open > 0 && SUPPLEMENT.test(t.slice(open + 1, -1).trim())) return [trimSeparators(t.slice(0, open).trim())];
	}
	const words = t.split(" ");
	for (let k = 1; k <= 2 && k < words.length; k++) {
		if (SUPPLEMENT.test(words.slice(-k).join(" "))) return [trimSeparators(words.slice(0, -k).join(" "))];
	}
	return [];
}

export const venueSatelliteVolumes: Rule = {
	id: "venue-satellite-volumes",
	name: "A meeting's satellite volumes",
	summary: "A meeting's workshops, companion or adjunct volume, extended abstracts and demonstration or student tracks (\"… Workshops (CVPRW)\", \"Companion Proceedings of the Web Conference 2021\", \"Extended Abstracts of the 2020 CHI Conference …\", \"…: System Demonstrations\") are a venue beside its main proceedings: a note naming the satellite in any written form (\"CVPR Workshops\", \"CVPRW\", \"CHI EA '20\", \"GECCO '20 Companion\") is right, a note naming only the main meeting on such a record is a venue mismatch, minor, and so is another year's satellite when both name one; a note naming the satellite on a record of the main meeting or a series is not (OpenAlex files workshops' papers there), a workshop's standing is its meeting's (a workshop of a meeting whose papers OpenAlex holds as preprints is accepted on the preprint's record), and a journal's supplement (\"Blood 136 (Supplement 1)\", \"… Supplements\") is the journal, but a \"… Supplement Series\" is a journal of its own.",
	examples: [
		{
			// a workshop's paper cited as the main conference's
			local: { citekey: "ek2021cvpr", entry_type: "inproceedings", title: "Ice Floe Tracking from Drone Video", authors: ["Sven Ek"], year: 2021, booktitle: "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", doi: "10.5555/rules.sat.1" },
			remote: { title: "Ice floe tracking from drone video", authors: ["Sven Ek"], year: 2021, venue: "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)", doi: "10.5555/rules.sat.1" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// a workshop's paper OpenAlex files under its main meeting's proceedings
			local: { citekey: "ek2021neuripsw", entry_type: "inproceedings", title: "Sparse Codes for Sonar Returns", authors: ["Sven Ek"], year: 2021, booktitle: "NeurIPS 2021 Workshop on Efficient Natural Language and Speech Processing" },
			remote: { candidates: [{ title: "Sparse codes for sonar returns", authors: ["Sven Ek"], year: 2021, venue: "Advances in Neural Information Processing Systems" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// extended abstracts cited as the main proceedings
			local: { citekey: "nyberg2020chi", entry_type: "inproceedings", title: "Tide Clocks for Ferry Crews", authors: ["Elin Nyberg"], year: 2020, booktitle: "Proceedings of the 2020 CHI Conference on Human Factors in Computing Systems", doi: "10.5555/rules.sat.3" },
			remote: { title: "Tide clocks for ferry crews", authors: ["Elin Nyberg"], year: 2020, venue: "Extended Abstracts of the 2020 CHI Conference on Human Factors in Computing Systems", doi: "10.5555/rules.sat.3" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "nyberg2020gecco", entry_type: "inproceedings", title: "Evolved Hull Shapes for Ice Breakers", authors: ["Elin Nyberg"], year: 2020, booktitle: "Proceedings of the 2020 Genetic and Evolutionary Computation Conference", doi: "10.5555/rules.sat.4" },
			remote: { title: "Evolved hull shapes for ice breakers", authors: ["Elin Nyberg"], year: 2020, venue: "Proceedings of the 2020 Genetic and Evolutionary Computation Conference Companion", doi: "10.5555/rules.sat.4" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "nyberg2021www", entry_type: "inproceedings", title: "Ferry Timetables as Linked Data", authors: ["Elin Nyberg"], year: 2021, booktitle: "Proceedings of the Web Conference 2021", doi: "10.5555/rules.sat.5" },
			remote: { title: "Ferry timetables as linked data", authors: ["Elin Nyberg"], year: 2021, venue: "Companion Proceedings of the Web Conference 2021", doi: "10.5555/rules.sat.5" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "ek2019uist", entry_type: "inproceedings", title: "Paper Dials for Harbour Cranes", authors: ["Sven Ek"], year: 2019, booktitle: "UIST '19 Adjunct", doi: "10.5555/rules.sat.6" },
			remote: { title: "Paper dials for harbour cranes", authors: ["Sven Ek"], year: 2019, venue: "The Adjunct Publication of the 32nd Annual ACM Symposium on User Interface Software and Technology", doi: "10.5555/rules.sat.6" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a demonstrations track cited as the main conference
			local: { citekey: "ek2021emnlp", entry_type: "inproceedings", title: "A Viewer for Ship Log Annotations", authors: ["Sven Ek"], year: 2021, booktitle: "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing", doi: "10.5555/rules.sat.7" },
			remote: { title: "A viewer for ship log annotations", authors: ["Sven Ek"], year: 2021, venue: "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing: System Demonstrations", doi: "10.5555/rules.sat.7" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// a journal's supplement is the journal
			local: { citekey: "nyberg2020blood", entry_type: "article", title: "Cold Exposure and Platelet Counts in Ferry Crews", authors: ["Elin Nyberg"], year: 2020, journal: "Blood 136 (Supplement 1)", doi: "10.5555/rules.sat.8" },
			remote: { title: "Cold exposure and platelet counts in ferry crews", authors: ["Elin Nyberg"], year: 2020, venue: "Blood", doi: "10.5555/rules.sat.8" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the ACL's student research workshop by its acronym
			local: { citekey: "ek2020srw", entry_type: "inproceedings", title: "Ice Terms in Whaling Logbooks", authors: ["Sven Ek"], year: 2020, booktitle: "ACL-SRW 2020", doi: "10.5555/rules.sat.12" },
			remote: { title: "Ice terms in whaling logbooks", authors: ["Sven Ek"], year: 2020, venue: "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: Student Research Workshop", doi: "10.5555/rules.sat.12" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a journal named "… Supplement Series" is a journal of its own
			local: { citekey: "ek2018apjs", entry_type: "article", title: "A Catalogue of Ice Giants in Young Clusters", authors: ["Sven Ek"], year: 2018, journal: "The Astrophysical Journal Supplement Series", doi: "10.5555/rules.sat.10" },
			remote: { title: "A catalogue of ice giants in young clusters", authors: ["Sven Ek"], year: 2018, venue: "The Astrophysical Journal", doi: "10.5555/rules.sat.10" },
			verdict: "minor",
			note: "venue:",
		},
		{
			// a workshop of a meeting whose papers OpenAlex holds as preprints, on the preprint's record
			local: { citekey: "nyberg2021icmlw", entry_type: "inproceedings", title: "Sea Ice Forecasts with Calibrated Ensembles", authors: ["Elin Nyberg"], year: 2021, booktitle: "ICML 2021 Workshop on Tackling Climate Change with Machine Learning" },
			remote: { candidates: [{ title: "Sea ice forecasts with calibrated ensembles", authors: ["Elin Nyberg"], year: 2021, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2107.05555" }] },
			verdict: "confirmed",
			note: "venue: remote record is the arXiv preprint",
		},
		{
			// another year's workshops, both naming one
			local: { citekey: "ek2021cvprw2", entry_type: "inproceedings", title: "Ice Floe Counting from Satellites", authors: ["Sven Ek"], year: 2021, booktitle: "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)", doi: "10.5555/rules.sat.9" },
			remote: { title: "Ice floe counting from satellites", authors: ["Sven Ek"], year: 2021, venue: "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)", doi: "10.5555/rules.sat.9" },
			verdict: "minor",
			note: "venue:",
		},
	],
};
