// Venue aliases: abbreviations and full names of common CS, ML, HCI, statistics and economics
// venues, plus publisher series that hold many venues (LNCS, PMLR, ACM/IEEE proceedings).
import { foldText } from "./normalize";
import { twoVenueTitles } from "./rules/venue-two-titles";
import { jointMeetingNames, volumeTitleBeforeMeeting } from "./rules/venue-joint-meetings";
import { namesAclFindings } from "./rules/venue-acl-findings";
import { journalWithoutSupplement, satelliteCitedAsMain, satelliteMainMeeting, satellitesDiffer } from "./rules/venue-satellite-volumes";
import { editionsDiffer, editionsInDigits } from "./rules/venue-edition-numbers";
import { endsInSiblingWord, fieldNameInAnother, journalAcronymWithOwnWord, siblingJournalsDiffer } from "./rules/venue-sibling-journals";
import { acronymAlone, acronymSpells, meetingNameParts } from "./rules/venue-meeting-acronym";
import { venueBeforeCitationDetails } from "./rules/venue-citation-details";
import { MEETING_SERIES, meetingSeriesHolding, namesAJournal } from "./rules/venue-proceedings-series";
import { bracketedSpans, lastBracket, replaceBracketed } from "../lib/brackets";

/** Canonical id → names and abbreviations (written naturally; keys are derived by venueKey). */
const VENUE_ALIASES: Record<string, string[]> = {
	neurips: ["NeurIPS", "NIPS", "Neural Information Processing Systems", "Advances in Neural Information Processing Systems", "Conference on Neural Information Processing Systems", "NeurIPS Datasets and Benchmarks"],
	icml: ["ICML", "International Conference on Machine Learning"],
	iclr: ["ICLR", "International Conference on Learning Representations"],
	aaai: ["AAAI", "AAAI Conference on Artificial Intelligence", "Proceedings of the AAAI Conference on Artificial Intelligence", "National Conference on Artificial Intelligence"],
	ijcai: ["IJCAI", "International Joint Conference on Artificial Intelligence"],
	aistats: ["AISTATS", "Artificial Intelligence and Statistics", "International Conference on Artificial Intelligence and Statistics"],
	colt: ["COLT", "Conference on Learning Theory", "Annual Conference on Learning Theory", "Conference on Computational Learning Theory"],
	uai: ["UAI", "Uncertainty in Artificial Intelligence", "Conference on Uncertainty in Artificial Intelligence"],
	kdd: ["KDD", "SIGKDD", "ACM SIGKDD", "Knowledge Discovery and Data Mining", "ACM SIGKDD International Conference on Knowledge Discovery and Data Mining", "International Conference on Knowledge Discovery and Data Mining", "Knowledge Discovery in Databases"],
	www: ["WWW", "The Web Conference", "World Wide Web Conference", "International World Wide Web Conference", "International Conference on World Wide Web", "ACM Web Conference", "Web Conference"],
	wsdm: ["WSDM", "Web Search and Data Mining", "International Conference on Web Search and Data Mining"],
	cvpr: ["CVPR", "Computer Vision and Pattern Recognition", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", "IEEE Conference on Computer Vision and Pattern Recognition"],
	iccv: ["ICCV", "International Conference on Computer Vision", "IEEE/CVF International Conference on Computer Vision", "IEEE International Conference on Computer Vision"],
	eccv: ["ECCV", "European Conference on Computer Vision"],
	acl: ["ACL", "Annual Meeting of the Association for Computational Linguistics", "Association for Computational Linguistics", "Meeting of the Association for Computational Linguistics"],
	emnlp: ["EMNLP", "Empirical Methods in Natural Language Processing", "Conference on Empirical Methods in Natural Language Processing"],
	naacl: ["NAACL", "NAACL-HLT", "North American Chapter of the Association for Computational Linguistics", "North American Chapter of the Association for Computational Linguistics: Human Language Technologies"],
	eacl: ["EACL", "European Chapter of the Association for Computational Linguistics"],
	coling: ["COLING", "International Conference on Computational Linguistics"],
	tacl: ["TACL", "Transactions of the Association for Computational Linguistics"],
	// rules/venue-acl-findings: the Findings of any ACL meeting, never the meeting's main proceedings
	aclfindings: ["Findings of ACL", "Findings of the Association for Computational Linguistics"],
	jmlr: ["JMLR", "Journal of Machine Learning Research"],
	tmlr: ["TMLR", "Transactions on Machine Learning Research"],
	mlsys: ["MLSys", "SysML", "Machine Learning and Systems", "Conference on Machine Learning and Systems"],
	corl: ["CoRL", "Conference on Robot Learning"],
	facct: ["FAccT", "FAT*", "ACM FAccT", "Fairness, Accountability, and Transparency", "Conference on Fairness, Accountability, and Transparency", "ACM Conference on Fairness, Accountability, and Transparency", "Conference on Fairness, Accountability and Transparency"],
	aies: ["AIES", "AAAI/ACM Conference on AI, Ethics, and Society", "AI, Ethics, and Society", "Conference on AI, Ethics, and Society"],
	chi: ["CHI", "ACM CHI", "Human Factors in Computing Systems", "CHI Conference on Human Factors in Computing Systems", "Conference on Human Factors in Computing Systems", "SIGCHI Conference on Human Factors in Computing Systems", "CHI Extended Abstracts", "Extended Abstracts of the CHI Conference on Human Factors in Computing Systems", "CHI Conference on Human Factors in Computing Systems Extended Abstracts"],
	cscw: ["CSCW", "Computer-Supported Cooperative Work", "Computer Supported Cooperative Work", "Conference on Computer-Supported Cooperative Work and Social Computing", "Proceedings of the ACM on Human-Computer Interaction", "PACM HCI", "PACMHCI", "Computer Supported Cooperative Work and Social Computing"],
	uist: ["UIST", "User Interface Software and Technology", "Annual ACM Symposium on User Interface Software and Technology", "ACM Symposium on User Interface Software and Technology"],
	dis: ["DIS", "Designing Interactive Systems", "ACM Designing Interactive Systems Conference"],
	iui: ["IUI", "Intelligent User Interfaces", "International Conference on Intelligent User Interfaces"],
	icwsm: ["ICWSM", "International AAAI Conference on Web and Social Media", "Proceedings of the International AAAI Conference on Web and Social Media", "Web and Social Media"],
	sigir: ["SIGIR", "Research and Development in Information Retrieval", "International ACM SIGIR Conference on Research and Development in Information Retrieval"],
	recsys: ["RecSys", "ACM Conference on Recommender Systems", "Recommender Systems"],
	cikm: ["CIKM", "Conference on Information and Knowledge Management", "International Conference on Information and Knowledge Management"],
	ec: ["EC", "ACM EC", "Economics and Computation", "ACM Conference on Economics and Computation", "Electronic Commerce", "ACM Conference on Electronic Commerce"],
	itcs: ["ITCS", "Innovations in Theoretical Computer Science", "Innovations in Theoretical Computer Science Conference"],
	stoc: ["STOC", "Symposium on Theory of Computing", "ACM Symposium on Theory of Computing", "Annual ACM Symposium on Theory of Computing"],
	focs: ["FOCS", "Foundations of Computer Science", "IEEE Symposium on Foundations of Computer Science", "Annual Symposium on Foundations of Computer Science"],
	soda: ["SODA", "Symposium on Discrete Algorithms", "ACM-SIAM Symposium on Discrete Algorithms"],
	sigmod: ["SIGMOD", "International Conference on Management of Data", "ACM SIGMOD International Conference on Management of Data", "Management of Data"],
	vldb: ["VLDB", "PVLDB", "Proceedings of the VLDB Endowment", "Very Large Data Bases", "International Conference on Very Large Data Bases"],
	icde: ["ICDE", "International Conference on Data Engineering", "IEEE International Conference on Data Engineering"],
	usenixsec: ["USENIX Security", "USENIX Security Symposium"],
	sp: ["IEEE S&P", "S&P", "IEEE Symposium on Security and Privacy", "Symposium on Security and Privacy"],
	ccs: ["CCS", "ACM CCS", "Computer and Communications Security", "ACM Conference on Computer and Communications Security", "ACM SIGSAC Conference on Computer and Communications Security"],
	icassp: ["ICASSP", "International Conference on Acoustics, Speech and Signal Processing", "IEEE International Conference on Acoustics, Speech and Signal Processing"],
	interspeech: ["Interspeech", "Annual Conference of the International Speech Communication Association"],
	tpami: ["TPAMI", "PAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence", "Transactions on Pattern Analysis and Machine Intelligence"],
	tochi: ["TOCHI", "ACM Transactions on Computer-Human Interaction", "Transactions on Computer-Human Interaction"],
	cacm: ["CACM", "Communications of the ACM"],
	pnas: ["PNAS", "Proceedings of the National Academy of Sciences", "Proceedings of the National Academy of Sciences of the United States of America"],
	jasa: ["JASA", "Journal of the American Statistical Association"],
	aos: ["Ann. Statist.", "Annals of Statistics", "The Annals of Statistics"],
	jrssb: ["JRSS B", "JRSSB", "Journal of the Royal Statistical Society Series B", "Journal of the Royal Statistical Society: Series B (Statistical Methodology)", "Journal of the Royal Statistical Society Series B: Statistical Methodology", "Journal of the Royal Statistical Society. Series B (Methodological)"],
	jrssa: ["JRSS A", "Journal of the Royal Statistical Society Series A", "Journal of the Royal Statistical Society: Series A (Statistics in Society)"],
	aer: ["AER", "American Economic Review", "The American Economic Review"],
	qje: ["QJE", "Quarterly Journal of Economics", "The Quarterly Journal of Economics"],
	jep: ["JEP", "Journal of Economic Perspectives", "The Journal of Economic Perspectives"],
	jpe: ["JPE", "Journal of Political Economy"],
	restud: ["REStud", "Review of Economic Studies", "The Review of Economic Studies"],
	nmi: ["Nat. Mach. Intell.", "Nature Machine Intelligence"],
	nathumbehav: ["Nat. Hum. Behav.", "Nature Human Behaviour"],
	bds: ["BD&S", "Big Data & Society", "Big Data and Society"],
	ijhcs: ["IJHCS", "International Journal of Human-Computer Studies"],
	tist: ["TIST", "ACM Transactions on Intelligent Systems and Technology"],
	tkdd: ["TKDD", "ACM Transactions on Knowledge Discovery from Data"],
	tkde: ["TKDE", "IEEE Transactions on Knowledge and Data Engineering"],
	tois: ["TOIS", "ACM Transactions on Information Systems"],
	csur: ["CSUR", "ACM Computing Surveys", "Computing Surveys"],
	jair: ["JAIR", "Journal of Artificial Intelligence Research"],
	aij: ["AIJ", "Artificial Intelligence"],
	mlj: ["Mach. Learn.", "Machine Learning"],
	plosone: ["PLOS ONE", "PLoS ONE"],
	// the physical sciences' and mathematics' journals by the initialisms INSPIRE, chemists and mathematicians write
	jhep: ["JHEP", "Journal of High Energy Physics"],
	jcap: ["JCAP", "Journal of Cosmology and Astroparticle Physics"],
	prl: ["PRL", "Physical Review Letters"],
	epjc: ["EPJC", "European Physical Journal C"],
	plb: ["PLB", "Physics Letters B"],
	npb: ["NPB", "Nuclear Physics B"],
	cqg: ["CQG", "Classical and Quantum Gravity"],
	cmp: ["CMP", "Communications in Mathematical Physics"],
	jacs: ["JACS", "Journal of the American Chemical Society"],
	pccp: ["PCCP", "Physical Chemistry Chemical Physics"],
	jams: ["JAMS", "Journal of the American Mathematical Society"],
	cpam: ["CPAM", "Communications on Pure and Applied Mathematics"],
	imrn: ["IMRN", "International Mathematics Research Notices"],
	gafa: ["GAFA", "Geometric and Functional Analysis"],
	jinst: ["JINST", "Journal of Instrumentation"],
	// medicine's, law's and the social sciences' journals by the initialisms their fields write
	nejm: ["NEJM", "New England Journal of Medicine", "The New England Journal of Medicine"],
	apsr: ["APSR", "American Political Science Review"],
	ajps: ["AJPS", "American Journal of Political Science"],
	icon: ["I-CON", "I·CON", "International Journal of Constitutional Law"],
	jpsp: ["JPSP", "Journal of Personality and Social Psychology"],
	// meetings of abstracts as notes and OpenAlex name them (rules/venue-aliases): APS's meetings (their Bulletin holds them, below), ISMRM's proceedings
	apsmarch: ["APS March Meeting", "APS March Meeting Abstracts", "March Meeting of the American Physical Society"],
	apsapril: ["APS April Meeting", "APS April Meeting Abstracts", "April Meeting of the American Physical Society"],
	apsdfd: ["APS Division of Fluid Dynamics Meeting", "APS Division of Fluid Dynamics Meeting Abstracts", "Annual Meeting of the APS Division of Fluid Dynamics"],
	egu: ["EGU General Assembly", "EGU General Assembly Conference Abstracts", "Geophysical Research Abstracts", "European Geosciences Union General Assembly"],
	sfn: ["SfN", "Society for Neuroscience", "Society for Neuroscience Abstracts", "Neuroscience Meeting Planner", "SfN Annual Meeting"],
	ismrm: ["ISMRM", "International Society for Magnetic Resonance in Medicine", "Proceedings of the International Society for Magnetic Resonance in Medicine", "Proc. Intl. Soc. Mag. Reson. Med.", "Annual Meeting of ISMRM", "ISMRM Annual Meeting", "Annual Meeting of the International Society for Magnetic Resonance in Medicine"],
	// publishers as OpenAlex names their book series
	oup: ["OUP", "Oxford University Press", "OUP Catalogue", "Oxford Academic", "Oxford University Press eBooks"],
	cup: ["CUP", "Cambridge University Press", "Cambridge University Press eBooks"],
	mitpress: ["MIT Press", "The MIT Press", "MIT Press eBooks", "The MIT Press eBooks"],
	pup: ["Princeton University Press", "PUP"],
	hup: ["Harvard University Press", "HUP"],
	yup: ["Yale University Press"],
	ucp: ["University of Chicago Press", "Chicago University Press"],
};

/**
 * Venues that publish without DOIs (proceedings on their own sites, PMLR, OpenReview): OpenAlex
 * often holds their papers only as the arXiv preprint, so a preprint record is what to expect.
 */
const PREPRINT_HOSTED = new Set(["neurips", "icml", "iclr", "aistats", "colt", "uai", "corl", "mlsys", "tmlr", "jmlr"]);

/** How a canonical venue id is usually written ("cvpr" → "CVPR"). */
export function venueLabel(id: string): string {
	return VENUE_ALIASES[id]?.[0] ?? id;
}

/** The canonical ids of the known venues a name denotes (empty for a venue the table does not know). */
export function venueIds(name: string): Set<string> {
	return canonicalVenues(name);
}

/**
 * How much a preprint-only record says about a venue: "preprint-hosted" when the venue's papers
 * live in OpenAlex as preprints, "known" for a known venue that publishes with DOIs (its papers get
 * a published record), "unknown" when no known conference or journal has this name.
 */
export function venueStanding(name: string): "preprint-hosted" | "known" | "unknown" {
	const main = satelliteMainMeeting(name);
	// a satellite volume stands as its meeting (rules/venue-satellite-volumes: "ICML 2021 Workshop on …" as ICML)
	const ids = main !== null && canonicalVenues(name).size === 0 ? canonicalVenues(main) : canonicalVenues(name);
	if (ids.size === 0) return SERIES.some((s) => s.pattern.test(seriesKey(name))) || namesMeetingSeries(name) ? "known" : "unknown";
	return [...ids].some((id) => PREPRINT_HOSTED.has(id)) ? "preprint-hosted" : "known";
}

/** A meeting series by name, or by name and volume as SPIE cites its own ("Proc. SPIE 11352, Optics and Photonics…"). */
function namesMeetingSeries(name: string): boolean {
	const volume = seriesKey(name.split(",")[0]).replace(/ \d+$/, "");
	return MEETING_SERIES.some((s) => s.pattern.test(seriesKey(name)) || s.pattern.test(volume));
}

/** Words that name a journal or proceedings (a forum's or a site's name has none). */
const JOURNAL_WORDING = /\b(journal|proceedings|conference|transactions|letters|annals|workshop|symposium|bulletin|quarterly|acta|revista|zeitschrift|review of)\b/i;

/** A name that reads as a journal's or a proceedings': by its wording, or a venue the table knows. */
export function namesAVenue(name: string): boolean {
	return JOURNAL_WORDING.test(name) || venueStanding(name) === "known";
}

/**
 * A name that reads as a journal's, not a meeting's ("Journal of Maps", "Annals of …", "… Letters"):
 * a map or an event that names one is a paper typed as such (rules/not-indexed-sources).
 */
export function namesAJournalNotAMeeting(name: string): boolean {
	const key = foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
	return namesAJournal(key) && !/\b(conference|meeting|congress|symposium|workshop|assembly|proceedings|festival|exhibition|magazine|newspaper)\b/.test(key);
}

/** Venue names OpenAlex gives that say nothing about where a work appeared. */
const GENERIC_VENUES = new Set(["books", "book", "ebooks", "journal", "proceedings", "conference", "unknown", "n a", "na", "other"]);

/** True for placeholder venues like "Books" that cannot contradict any local venue. */
export function isGenericVenue(name: string): boolean {
	return GENERIC_VENUES.has(foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

/**
 * Publisher series and proceedings containers: a remote venue like "Lecture Notes in Computer
 * Science" or "Proceedings of Machine Learning Research" holds the local conference.
 * Each series lists the canonical venues it is known to hold; `null` = any venue.
 */
const SERIES: Array<{ name: string; pattern: RegExp; holds: string[] | null }> = [
	{ name: "LNCS", pattern: /^(lecture notes in (computer science|artificial intelligence)|lncs|lnai)$/, holds: null },
	{ name: "PMLR", pattern: /^(proceedings of machine learning research|pmlr|jmlr workshop and conference proceedings|jmlr w ?cp)$/, holds: ["icml", "aistats", "colt", "uai", "corl", "mlsys", "facct", "neurips"] },
	{ name: "CCIS", pattern: /^communications in computer and information science$/, holds: null },
	// CEUR-WS publishes workshops' proceedings, and OpenAlex files every paper under the series
	{ name: "CEUR-WS", pattern: /^(ceur workshop proceedings|ceur ws( org)?)$/, holds: null },
	{ name: "ACM proceedings", pattern: /^(acm (digital library|ebooks|conferences)|association for computing machinery|acm)$/, holds: null },
	{ name: "IEEE proceedings", pattern: /^(ieee (xplore|conference proceedings|ebooks)|ieee|institute of electrical and electronics engineers)$/, holds: null },
	{ name: "OpenReview", pattern: /^openreview( net)?$/, holds: ["iclr", "neurips", "tmlr"] },
	// the APS's Bulletin prints the abstracts of each of its meetings (rules/venue-aliases)
	{ name: "Bulletin of the APS", pattern: /^(bulletin of (the )?american physical society|bull am phys soc)$/, holds: ["apsmarch", "apsapril", "apsdfd"] },
	{ name: "ACL Anthology", pattern: /^(acl anthology|association for computational linguistics)$/, holds: ["acl", "emnlp", "naacl", "eacl", "coling", "tacl", "aclfindings"] },
];

// ISO 4 drops articles, prepositions and conjunctions in every language ("Zeitschrift für
// Physik" is "Z. Phys.", "Biochimica et Biophysica Acta" "Biochim. Biophys. Acta")
// (not one-letter words: "Physical Review E" and "D" are sections, and elided "l'", "d'" go with their word)
const OTHER_LANGUAGES_FILLERS = new Set([
	"der", "die", "das", "des", "dem", "den", "fur", "und", "zur", "zum", "le", "la", "les", "du", "de", "et",
	"di", "del", "della", "dei", "da", "do", "dos", "voor", "van", "en", "och", "og",
]);
const DROP_WORDS = new Set([
	"proceedings", "proc", "of", "the", "in", "on", "annual", "annu", "international", "int", "intl", "conference", "conf",
	"symposium", "symp", "workshop", "meeting", "and", "for", "ebooks", "press", "inc", "ltd", "llc",
	"publishing", "publishers", "volume", "vol", "part", "st", "nd", "rd", "th",
	...OTHER_LANGUAGES_FILLERS,
]);
/** Short words written with a full stop: abbreviations ("J. Mech. Des." for Design), never another language's article. */
const ABBREVIATED_SHORT_WORD = /\b[a-z]{2,4}\./g;

const keyCache = new Map<string, string>();

/** Comparison key: folded, without years, ordinals, volume numbers and filler words. */
function venueKey(name: string): string {
	let key = keyCache.get(name);
	if (key === undefined) {
		// a vault has few distinct venue names: remember their keys
		if (keyCache.size > 20_000) keyCache.clear();
		key = computeVenueKey(name);
		keyCache.set(name, key);
	}
	return key;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** A segment of a proceedings name that is the meeting's date ("23-29 July 2023", "July 25–30") or an online meeting. */
const MEETING_DATE = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]+\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*)?${MONTH}(?:\\s|$)|${MONTH}\\s+\\d{1,2}(?:\\D|$)|virtual event\\b|online\\b)`, "i");
/** The meeting's acronym and year after its full name ("ICML 2023", "{SIGIR} '20"). */
const MEETING_EDITION = /^\{?\p{Lu}[\p{L}\d/&-]*\}?(?:[- ]\p{Lu}+)?\s+(?:(?:19|20)\d{2}|'\d{2})$/u;

/**
 * A proceedings name without the meeting's acronym, date and place that DBLP and publishers append
 * ("…, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA", "…, July 25-30, 2020, Virtual Event"):
 * they say which year, when and where, not which venue. The name is cut at the first
 * comma-separated part that is the acronym and year, or starts with a date.
 */
function withoutMeetingDetails(name: string): string {
	if (!name.includes(",")) return name;
	const parts = name.split(",");
	const at = parts.findIndex((p, i) => i > 0 && (MEETING_DATE.test(p.trim()) || MEETING_EDITION.test(p.trim())));
	return at > 0 ? parts.slice(0, at).join(",") : name;
}

/**
 * Another language's "and" written as a lower-case word between two words ("Ciencia e Saude
 * Coletiva", "Tecnología y Ciencias del Agua") is the "&" the other side may write; a capital
 * letter there is a section ("Physical Review E"), never a conjunction, unless the whole name is
 * in capitals ("CIENCIA E SAUDE COLETIVA") and the word before it names no section or series.
 */
const CONJUNCTION_LETTER = / [eyi] /g;
const SECTION_WORD = /^(?:SECTION|SECT|SEC|SERIES|SER|PART|SECCI[OÓ]N|S[EÉ]RIE|TEIL|REIHE)\.?$/;

function conjunctionsAsAmpersand(name: string): string {
	const t = name.replace(CONJUNCTION_LETTER, " & ");
	if (/\p{Ll}/u.test(t) || !/ [EYI] /.test(t)) return t;
	const words = t.split(" ");
	for (let i = 1; i < words.length - 1; i++) if (/^[EYI]$/.test(words[i]) && !SECTION_WORD.test(words[i - 1])) words[i] = "&";
	return words.join(" ");
}

/** The international words, dropped from keys ("International Conference on …" is the conference). */
const INTERNATIONAL_WORDS = new Set(["international", "int", "intl"]);
const DROP_WORDS_BUT_INTERNATIONAL = new Set([...DROP_WORDS].filter((w) => !INTERNATIONAL_WORDS.has(w)));

function computeVenueKey(name: string, drop: ReadonlySet<string> = DROP_WORDS): string {
	const folded = foldText(conjunctionsAsAmpersand(withoutMeetingDetails(name)));
	const abbreviated = folded.includes(".") ? new Set((folded.match(ABBREVIATED_SHORT_WORD) ?? []).map((w) => w.slice(0, -1)).filter((w) => OTHER_LANGUAGES_FILLERS.has(w))) : null;
	return folded
		.replace(/&/g, " and ")
		.replace(/\b[ld]['’](?=\p{L})/gu, " ")
		.replace(/\b(19|20)\d{2}\b/g, " ")
		.replace(/['’]\d{2}\b/g, " ")
		.replace(/\b\d+(st|nd|rd|th)\b/g, " ")
		.replace(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/g, " ")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.split(" ")
		.filter((w) => w !== "" && (!drop.has(w) || (abbreviated?.has(w) ?? false)) && !/^\d+$/.test(w))
		.join(" ");
}

/** Full-words key (fillers kept) so series patterns can be matched. */
function seriesKey(name: string): string {
	return foldText(withoutMeetingDetails(name)).replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/\b(the|ebooks)\b/g, " ").replace(/\s+/g, " ").trim();
}

let aliasIndex: Map<string, string> | null = null;
let exactIndex: Map<string, string> | null = null;

function index(): Map<string, string> {
	if (aliasIndex) return aliasIndex;
	aliasIndex = new Map();
	for (const [id, names] of Object.entries(VENUE_ALIASES)) {
		for (const n of names) {
			const k = venueKey(n);
			if (k && !aliasIndex.has(k)) aliasIndex.set(k, id);
		}
		aliasIndex.set(id, id);
	}
	return aliasIndex;
}

/**
 * Aliases by their whole name, filler words kept: the key drops "International Conference on",
 * so ICML's key is the journal Machine Learning's; a name that is exactly one venue's alias is
 * that venue.
 */
function exactAliases(): Map<string, string> {
	if (exactIndex) return exactIndex;
	exactIndex = new Map();
	for (const [id, names] of Object.entries(VENUE_ALIASES)) {
		for (const n of names) {
			const k = seriesKey(n);
			if (k && !exactIndex.has(k)) exactIndex.set(k, id);
		}
	}
	return exactIndex;
}

/**
 * Canonical venue ids ("neurips") a name may denote: the alias table on the whole name, a
 * parenthesised acronym ("… (NeurIPS)"), an acronym among the first words ("AAAI ICWSM",
 * "NeurIPS 2022 Workshop"), or the name without a society prefix ("ACM CHI", "IEEE CVPR").
 */
function canonicalVenues(name: string): Set<string> {
	let out = canonicalCache.get(name);
	if (!out) {
		if (canonicalCache.size > 20_000) canonicalCache.clear();
		out = lookupVenues(name);
		canonicalCache.set(name, out);
	}
	return out;
}

const canonicalCache = new Map<string, Set<string>>();

function lookupVenues(name: string): Set<string> {
	// the ACL's Findings hold a meeting's name ("…: EMNLP 2021"), never its main proceedings
	if (namesAclFindings(name)) return new Set(["aclfindings"]);
	const idx = index();
	const out = new Set<string>();
	const key = venueKey(name);
	const exact = exactAliases().get(seriesKey(name));
	const direct = exact ?? idx.get(key);
	if (direct) out.add(direct);
	const folded = foldText(withoutMeetingDetails(name));
	// the first "(…)" holding something (as /\(([^)]+)\)/ finds it, without its scan from every "(")
	const paren = bracketedSpans(folded, "()").find(([a, b]) => b - a > 2);
	if (paren) {
		const inside = idx.get(venueKey(folded.slice(paren[0] + 1, paren[1] - 1)));
		if (inside) out.add(inside);
		const outside = idx.get(venueKey(replaceBracketed(folded, "()", " ")));
		if (outside) out.add(outside);
	}
	const words = key.split(" ");
	// a short name's acronym word names its venue ("PNAS 2020"), unless the name is a sibling journal's ("PNAS Nexus", rules/venue-sibling-journals)
	if (words.length <= 4 && !endsInSiblingWord(name)) {
		for (const w of words.slice(0, 3)) {
			const hit = w.length >= 2 ? idx.get(w) : undefined;
			// …nor a younger journal named after a journal's acronym with a word of its own ("NEJM Evidence", "APSR Open")
			if (hit && VENUE_ALIASES[hit]?.some((a) => venueKey(a) === w) && !(journalAcronymWithOwnWord(words, w) && journalAlias(hit))) out.add(hit);
		}
	}
	const noSociety = words.filter((w) => !SOCIETIES.has(w)).join(" ");
	if (noSociety !== key && noSociety !== "") {
		const hit = idx.get(noSociety);
		if (hit) out.add(hit);
	}
	// ISO-style abbreviations of a full name ("Proc. ACM Hum.-Comput. Interact.")
	if (out.size === 0 && words.length >= 2) {
		for (const [k, id] of idx) if (isAbbreviation(key, k)) out.add(id);
	}
	return out;
}

const SOCIETIES = new Set(["acm", "ieee", "cvf", "sigchi", "aaai", "usenix", "siam", "springer", "elsevier"]);

/** The table's entry names a journal (one of its names does, none a meeting's). */
function journalAlias(id: string): boolean {
	return (VENUE_ALIASES[id] ?? []).some(namesAJournalNotAMeeting);
}

/** ISO 4's one-letter abbreviations of a word, good in a name of any length ("J. Phys.", "Z. Phys."). */
const ONE_LETTER_WORDS: Record<string, string> = { j: "journal", z: "zeitschrift" };

/**
 * Word-by-word abbreviations, ISO 4 and NLM style ("Proc. ACM Hum. Comput. Interact.", "J. Am. Chem.
 * Soc.", "N Engl J Med", "Annu. Rev. Psychol.", "J. Phys. Soc. Jpn.") vs "Proceedings of the ACM on
 * Human-Computer Interaction": word for word once fillers are dropped, each the word itself, its
 * start ("Am.", "Chem."), a contraction ("Natl" for national, "Jpn" for Japan), "J" for journal and
 * "Z" for Zeitschrift, an initialism of two or more words beside other words ("USA" for United
 * States of America, "ACM" for Association for Computing Machinery) or, in a name of three or more
 * words of which one is abbreviated longer, its initial ("N", "Q").
 */
function isAbbreviation(a: string, b: string): boolean {
	const x = a.split(" ");
	const y = b.split(" ");
	// no venue's name has more words (and the word-by-word reading recurses once per word)
	if (x.length < 2 || y.length < 2 || x.length > MOST_VENUE_WORDS || y.length > MOST_VENUE_WORDS) return false;
	const m = matchWords(x, y, 0, 0, new Map());
	return m !== null && m.units >= 2 && (m.initials === 0 || (m.units >= 3 && m.longer >= 1));
}

const MOST_VENUE_WORDS = 40;

interface WordMatch {
	/** Aligned units (a word, or an initialism and the words it stands for). */
	units: number;
	initials: number;
	longer: number;
}

/**
 * The word-for-word reading of x[i…] against y[j…] (an initialism may stand for several words), or
 * null. Each (i, j) is read once (`seen`): without it, names of many short words that fail late
 * ("Part II Part II …") took seconds, the two readings at each word doubling the work.
 */
function matchWords(x: string[], y: string[], i: number, j: number, seen: Map<number, WordMatch | null>): WordMatch | null {
	const at = i * (y.length + 1) + j;
	const known = seen.get(at);
	if (known !== undefined) return known;
	const m = matchWordsAt(x, y, i, j, seen);
	seen.set(at, m);
	return m;
}

function matchWordsAt(x: string[], y: string[], i: number, j: number, seen: Map<number, WordMatch | null>): WordMatch | null {
	if (i === x.length || j === y.length) return i === x.length && j === y.length ? { units: 0, initials: 0, longer: 0 } : null;
	const [short, long] = x[i].length <= y[j].length ? [x[i], y[j]] : [y[j], x[i]];
	const kind = short === long || ONE_LETTER_WORDS[short] === long ? "same" : short.length === 1 && long.startsWith(short) ? "initial" : short.length >= 2 && isContraction(short, long) ? "longer" : null;
	if (kind !== null) {
		const rest = matchWords(x, y, i + 1, j + 1, seen);
		if (rest) return { units: rest.units + 1, initials: rest.initials + (kind === "initial" ? 1 : 0), longer: rest.longer + (kind === "longer" ? 1 : 0) };
	}
	// "usa" / "united states america": one side's word is the initials of the other's next words
	for (const [word, words, from, step] of [[x[i], y, j, (k: number) => matchWords(x, y, i + 1, j + k, seen)], [y[j], x, i, (k: number) => matchWords(x, y, i + k, j + 1, seen)]] as const) {
		const k = word.length;
		if (k >= 2 && from + k <= words.length && words.slice(from, from + k).every((w, n) => w[0] === word[n])) {
			const rest = step(k);
			if (rest) return { units: rest.units + 1, initials: rest.initials, longer: rest.longer + 1 };
		}
	}
	return null;
}

/**
 * "am" / "american", "chem" / "chemical", "natl" / "national", "jpn" / "japan": the start, the
 * first two letters then letters in order, or the first letter then only consonants in order
 * (ISO 4's contractions: "Jpn", "Mgmt", "Bldg").
 */
function isContraction(short: string, long: string): boolean {
	if (long.startsWith(short)) return true;
	if (short.length < 3 || short[0] !== long[0]) return false;
	const skeleton = !/[aeiouy]/.test(short.slice(1));
	if (short[1] !== long[1] && !skeleton) return false;
	let at = 1;
	for (const c of short.slice(1)) {
		at = long.indexOf(c, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

export type VenueRelation =
	| { kind: "same" }
	| { kind: "alias"; id: string }
	| { kind: "series"; series: string; noteNamesSeries?: boolean }
	| { kind: "different" };

/**
 * How two venue names relate: the same, aliases of one venue, a publisher series holding it, or
 * different. A name that is two titles of one source ("Physical review. B./Physical review. B",
 * rules/venue-two-titles) or a meeting's acronym, year and name ("IGARSS 2019 - 2019 IEEE …",
 * rules/venue-meeting-acronym) relates as the nearest of its forms.
 */
export function relateVenues(localName: string, remoteName: string): VenueRelation {
	// an edition written in words is its number, as records write it ("the Thirty-Ninth …": "the 39th …")
	const local = editionsInDigits(localName);
	const remote = editionsInDigits(remoteName);
	// another edition or volume of the venue (rules/venue-edition-numbers), another meeting's or year's Findings or satellite volume (rules/venue-acl-findings, rules/venue-satellite-volumes)
	if (editionsDiffer(local, remote)) return { kind: "different" };
	if (satellitesDiffer(local, remote)) return { kind: "different" };
	const rel = relateNameForms(local, remote);
	// two satellite volumes, each named in its own way ("CVPR Workshops" / "… Workshops (CVPRW)"): by their meetings
	const mains = [satelliteMainMeeting(local), satelliteMainMeeting(remote)];
	if (rel.kind === "different" && mains[0] !== null && mains[1] !== null) return relateNameForms(mains[0], mains[1]);
	// a satellite's paper the record files under its main meeting, a venue the table knows ("NeurIPS 2021 Workshop on …" / "Advances in Neural …")
	if (rel.kind === "different" && mains[0] !== null && canonicalVenues(mains[0]).size > 0) {
		const main = relateNameForms(mains[0], remote);
		if (main.kind === "same" || main.kind === "alias") return main;
	}
	// a meeting's satellite volume (workshops, companion, extended abstracts, demos) cited as the main meeting (rules/venue-satellite-volumes)
	if ((rel.kind === "same" || rel.kind === "alias") && satelliteCitedAsMain(local, remote)) return { kind: "different" };
	return rel;
}

function relateNameForms(local: string, remote: string): VenueRelation {
	const whole = relateVenueNames(local, remote);
	if (whole.kind !== "different") return whole;
	const locals = [local, ...otherNameForms(local)];
	const remotes = [remote, ...otherNameForms(remote)];
	for (const l of locals) {
		for (const r of remotes) {
			if (l === local && r === remote) continue;
			const rel = relateVenueNames(l, r);
			if (rel.kind !== "different") return rel;
		}
	}
	return whole;
}

/**
 * What else a venue's name may name it by: two titles of one source, each of two meetings held together, a meeting's acronym and full
 * name, a lettered section's name, MEDLINE's title without its qualifiers, the name before a
 * reference line's place, date and pages (and that name's own forms).
 */
function otherNameForms(name: string): string[] {
	const own = [...twoVenueTitles(name), ...jointMeetingNames(name), ...volumeTitleBeforeMeeting(name), ...meetingNameParts(name), ...sectionName(name), ...medlineTitleBase(name), ...journalWithoutSupplement(name), ...withoutEditionLanguage(name), ...withoutSubtitleArticle(name), ...beforeJournalSubtitle(name)];
	const cut = venueBeforeCitationDetails(name);
	return cut.length === 0 ? own : [...own, ...cut, ...cut.flatMap((n) => [...meetingNameParts(n), ...medlineTitleBase(n)])];
}

/**
 * A journal split into lettered sections names each by its letter and subject ("Proceedings of the
 * Royal Society A: Mathematical, Physical and Engineering Sciences"); the abbreviation gives the
 * name and letter ("Proc. R. Soc. A"): the name up to the letter.
 */
function sectionName(name: string): string[] {
	const m = /^(.*\s[A-Z])\s*:\s*\S/.exec(name);
	return m ? [m[1]] : [];
}

/**
 * MEDLINE's journal title (PubMed's JT, which many notes copy) tells journals of one name apart by
 * a place or edition in brackets ("Lancet (London, England)", "Cancers (Basel)", "BMJ (Clinical
 * research ed.)") and keeps a subtitle after " : " ("Brain : a journal of neurology"): the title
 * without them. A bracket of several words without a comma ("(Conference Series)") is part of a name.
 */
/** "International Edition", "Int. Ed.", "English Edition", "(Engl Ed)", "Int Ed Engl" closing a journal's name: its edition for readers abroad. */
const INTERNATIONAL_EDITION = /\b(?:int(?:ernational|l)?|engl(?:ish)?)\.?,? ?ed(?:ition|\.)?(?: (?:in )?engl(?:ish|\.)?)?\)?\.?$/i;

/** The name closes with an international edition's words, before any year, volume or pages ("Angew. Chem. Int. Ed. 2019, 58, 1234"). */
function namesInternationalEdition(name: string): boolean {
	// walked back by hand: a pattern for the closing run was tried from each of its characters
	let end = name.length;
	while (end > 0 && /[\s\d,.;:()\u2013-]/.test(name[end - 1])) end--;
	if (end === 0) return false;
	// the edition's own closing full stop or bracket ("Int. Ed.", "(Engl Ed)") is put back
	return INTERNATIONAL_EDITION.test(name.slice(0, Math.min(name.length, end + 1)).trim()) || INTERNATIONAL_EDITION.test(name.slice(0, end));
}

/**
 * A journal's edition named with its language after it, as MEDLINE abbreviates it ("Angew Chem Int
 * Ed Engl", "… International Edition in English") and brackets it in its journal title ("Angewandte
 * Chemie (International ed. in English)"): the edition without the language or the brackets. Only after an
 * edition's word, so a journal whose name holds "English" keeps it.
 */
function withoutEditionLanguage(name: string): string[] {
	const m = /\(?((?:\bint(?:ernational|l)?\.?\s+)?\bed(?:ition)?\.?)\s+(?:in\s+)?engl(?:ish|\.)?\s*(?:\)\s*)?$/i.exec(name);
	return m ? [`${name.slice(0, m.index).trimEnd()} ${m[1]}`] : [];
}

/**
 * A journal's name with an article after a dash ("Chemistry – A European Journal"), which ISO 4
 * leaves out ("Chem. Eur. J."): the name without the dash and the article. Never a lone letter at
 * the end ("Physical Review A" names a section).
 */
function withoutSubtitleArticle(name: string): string[] {
	const m = /\s[-\u2010\u2013\u2014]\s?(?:a|an|the)\s+(?=\S)/i.exec(name);
	return m ? [`${name.slice(0, m.index)} ${name.slice(m.index + m[0].length)}`] : [];
}

/** Words that may open a journal's subtitle before "journal of" ("The Journal of the …", "An International Journal of …", "Official Journal of …"). */
const SUBTITLE_OPENERS = new Set(["the", "a", "an", "official", "international"]);

/**
 * A journal's name before its subtitle when the subtitle is a "journal of" descriptor, which
 * OpenAlex runs on without the colon ("Human Factors The Journal of the Human Factors and Ergonomics
 * Society", "Transportation Research Record Journal of the Transportation Research Board") and
 * abbreviations leave out ("Hum. Factors", "Transp. Res. Rec."): the name up to it, never empty.
 */
function beforeJournalSubtitle(name: string): string[] {
	const words = [...name.matchAll(/\S+/g)];
	const bare = words.map((w) => foldText(w[0]).replace(/[^a-z]/g, ""));
	for (let i = 1; i < words.length; i++) {
		let j = i;
		while (j < words.length && SUBTITLE_OPENERS.has(bare[j])) j++;
		if (bare[j] === "journal" && ["of", "for", "on"].includes(bare[j + 1] ?? "")) {
			// the name ends before the openers, or after the first when it is the name's last word
			// ("Chronobiology International The Journal of …"; two heads at most, linear on a run of openers)
			const heads: string[] = [];
			for (let k = i; k === i || (k === i + 1 && k < j); k++) {
				// trimmed by a loop: a pattern anchored at the end was tried from each place of a long inner run of spaces and commas
				let end = words[k].index;
				while (end > 0 && /[\s:.,\u2013\u2014-]/.test(name[end - 1])) end--;
				const head = name.slice(0, end);
				if (head !== "" && head !== name) heads.push(head);
			}
			return heads;
		}
		// the words up to j open nothing from any later start either: go on after them (linear on a run of openers)
		if (j > i) i = j - 1;
	}
	return [];
}

function medlineTitleBase(name: string): string[] {
	const noSubtitle = name.includes(" : ") ? name.slice(0, name.indexOf(" : ")).trim() : name;
	const q = lastBracket(noSubtitle);
	const qualifier = q && (q.inside.includes(",") || !/\s/.test(q.inside.trim()) || /\bed\.$/i.test(q.inside.trim()));
	const base = qualifier && q ? noSubtitle.slice(0, q.start).trim() : noSubtitle;
	return base !== name && base !== "" ? [base] : [];
}


function relateVenueNames(local: string, remote: string): VenueRelation {
	// a journal's international (English) edition is a journal of its own beside the original, with its own DOIs (rules/venue-aliases)
	if (namesInternationalEdition(local) !== namesInternationalEdition(remote)) return { kind: "different" };
	const lk = venueKey(local);
	const rk = venueKey(remote);
	const lc = canonicalVenues(local);
	const rc = canonicalVenues(remote);
	// two known venues are two venues even when their keys agree (ICML / the journal Machine Learning)
	const twoKnown = lc.size > 0 && rc.size > 0 && ![...lc].some((id) => rc.has(id));
	// a journal named with "International" and one named without it are two journals, whose keys
	// (which drop the word for meetings' sake) agree: "Parasitology International" / "Parasitology",
	// "Int. J. Cardiol." / "Journal of Cardiology"
	const [li, ri] = [holdsInternationalWord(local), holdsInternationalWord(remote)];
	const internationalOnOneSide = li !== ri && !namesMeetingWord(local) && !namesMeetingWord(remote);
	const twoJournals = twoKnown || internationalOnOneSide;
	if (!twoJournals && lk !== "" && lk === rk) return { kind: "same" };
	if (!twoJournals && isAbbreviation(lk, rk)) return { kind: "same" };
	// IEEE-style abbreviations name the society and drop the acronym ("Proc. IEEE Int. Conf. Robot.
	// Autom." / "International Conference on Robotics and Automation (ICRA)"), records the reverse
	if (!twoJournals && (isAbbreviation(withoutSocieties(lk), withoutSocieties(rk)) || isAbbreviation(bareKey(local), bareKey(remote)))) return { kind: "same" };
	// "Int." after a word cut short ("Chronobiol. Int." / "Chronobiology International"): without its
	// international word the key is that one cut word, which is read as an abbreviation of nothing
	// (one word alone says too little: "Parasitol." is Parasitology's and Parasitology International's);
	// with the word kept on both sides it is two words, read word by word
	if (!twoKnown && lk.length > 0 && !lk.includes(" ") && !rk.includes(" ") && li && ri && isAbbreviation(computeVenueKey(local, DROP_WORDS_BUT_INTERNATIONAL), computeVenueKey(remote, DROP_WORDS_BUT_INTERNATIONAL))) return { kind: "same" };
	for (const id of lc) if (rc.has(id)) return { kind: "alias", id };
	const rs = seriesKey(remote);
	// the series by its name and volume too ("Proceedings of Machine Learning Research 139"); a note
	// naming a series that lists the record's known venue names it as well (rules/venue-series-volumes)
	const rsBare = seriesWithoutVolume(rs);
	const lsBare = seriesWithoutVolume(seriesKey(local));
	for (const s of SERIES) {
		if ((s.pattern.test(rs) || s.pattern.test(rsBare)) && (s.holds === null || s.holds.some((id) => lc.has(id)))) return { kind: "series", series: s.name };
		if (s.holds !== null && s.pattern.test(lsBare) && s.holds.some((id) => rc.has(id))) return { kind: "series", series: s.name, noteNamesSeries: true };
	}
	// rules/venue-meeting-acronym: "MobiSys '19" for "… Mobile Systems, Applications, and Services"
	const acronym = acronymAlone(local);
	if (acronym !== null && lc.size === 0 && !namesAJournal(rk) && (acronymSpells(acronym, withoutSocieties(rk).split(" ")) || acronymSpells(acronym, meetingWords(remote)))) return { kind: "same" };
	const remoteAcronym = acronymAlone(remote);
	if (remoteAcronym !== null && rc.size === 0 && !namesAJournal(lk) && (acronymSpells(remoteAcronym, withoutSocieties(lk).split(" ")) || acronymSpells(remoteAcronym, meetingWords(local)))) return { kind: "same" };
	// rules/venue-proceedings-series: engineering societies' series of many meetings' proceedings
	const meetings = meetingSeriesHolding(seriesKey(local), rs);
	if (meetings !== null) return { kind: "series", series: meetings };
	// one name contains the other as whole words ("Human Factors" / "Human Factors: The Journal of…"),
	// long enough to mean something; records write names long, but a note's name that is a known
	// venue's plus words of its own ("… on Quantum Machine Learning" / ICML's "Machine Learning") is another venue
	const qualified = lc.size === 0 && rc.size > 0 && containsWords(lk, rk);
	// …and a name that is the other's plus a sibling journal's word ("Physical Review Letters") is the sibling (rules/venue-sibling-journals)
	// …and a journal's short name (one or two words) held at the end of a longer journal's names a journal of its field, not that journal ("Neurology" / "JAMA Neurology", "Annals of Neurology"; "Plant Physiology" / "Journal of Plant Physiology")
	const held = containsWords(rk, lk) ? { short: lk, long: rk } : containsWords(lk, rk) ? { short: rk, long: lk } : null;
	if (lk.length >= 8 && rk.length >= 8 && !(lc.size > 0 && rc.size > 0) && !internationalOnOneSide && !qualified && held !== null && !fieldNameInAnother(held.short, held.long, [local, remote]) && !siblingJournalsDiffer(local, remote)) return { kind: "same" };
	return { kind: "different" };
}

/** The name holds "International" or its abbreviation ("Chronobiol. Int.", "Intl J …"). */
function holdsInternationalWord(name: string): boolean {
	// most names hold no "int" at all: spare them the folding
	return /int/i.test(name) && foldText(name).split(/[^\p{L}\p{N}]+/u).some((w) => INTERNATIONAL_WORDS.has(w));
}

const MEETING_WORD = /\b(?:conf(?:erence)?|meeting|congress|symp(?:osium)?|workshop|assembly|proc(?:eedings)?|colloquium|summit|forum)\b/;

/** The name is a meeting's or its proceedings' ("International Conference on …"), where "International" comes and goes. */
function namesMeetingWord(name: string): boolean {
	return MEETING_WORD.test(foldText(name));
}

/** Words an acronym is made of, "International Conference" kept ("icse": "international conference software engineering"); "of", "on", societies, years and ordinals left out. */
const NOT_IN_ACRONYMS = new Set(["proceedings", "proc", "of", "the", "on", "and", "for", "in", "at", "a"]);
function meetingWords(name: string): string[] {
	return seriesKey(name).split(" ").filter((w) => w !== "" && !NOT_IN_ACRONYMS.has(w) && !SOCIETIES.has(w) && !/^\d/.test(w));
}

/** A series key without the volume number that ends it ("proceedings of machine learning research 139"). */
function seriesWithoutVolume(key: string): string {
	return key.replace(/ (?:vol |volume )?\d{1,4}$/, "");
}

function withoutSocieties(key: string): string {
	return key.split(" ").filter((w) => !SOCIETIES.has(w)).join(" ");
}

/** A venue's key without its society and without what it says in brackets (the acronym). */
function bareKey(name: string): string {
	return withoutSocieties(venueKey(replaceBracketed(name, "()", " ")));
}

function containsWords(hay: string, needle: string): boolean {
	return ` ${hay} `.includes(` ${needle} `);
}
