// Software and datasets are cited by release: Zenodo's GitHub integration titles each archived
// release "owner/repo: v2.1.0", while the note names the package ("fjordtide", APA's "Fjordtide
// (Version 2.1.0) [Computer software]", a CITATION.cff title); a dataset's record puts its version in
// the title (", version 3") that the note gives in a field. Such a title is the package's or the
// dataset's, with its version beside it. Another release or version of the same deposit (another
// tag, the concept DOI's first release, "Version 2" against "Version 3", a package DOI that names all
// of a CRAN package's versions) is the same software or dataset: worth a look, minor, never another
// work — while another repository of the same owner, another package, or a note dated before the
// release it names stays major.
import { foldText, isPreprintVenue, normalizeTitle } from "../normalize";
import type { Reference, RemoteWork } from "../types";
import { isDataRepositoryDoi } from "./data-and-software-dois";
import type { Rule } from "./types";
import { versionMarkers } from "./version-markers";

/** Zenodo's title of an archived GitHub release: "owner/repo: release name". */
const RELEASE_TITLE = /^\s*[A-Za-z0-9][\w.-]{0,80}\/([A-Za-z0-9][\w.-]{0,100}):\s*(\S.{0,200})$/;

/** APA's description of software after its title: "[Computer software]", "[Software]", "[Computer program]". */
const SOFTWARE_LABEL = /\[\s*(?:computer\s+)?(?:software|program)\s*\]/i;

/** A package name as compared: case, hyphens, dots and underscores aside ("Fjord-Tide" / "fjordtide"). */
function packageKey(name: string): string {
	return foldText(name).replace(/[^a-z0-9]/g, "");
}

/**
 * The package a note's title names, without its version and APA's bracketed description:
 * "Fjordtide (Version 2.1.0) [Computer software]" → "Fjordtide", "fjordtide v2.1" → "fjordtide";
 * null for a title of more than one word (a paper's, as a JOSS paper's "soilflux: A Python package
 * for …", whose code's archive is another work).
 */
function notePackage(title: string): string | null {
	const bare = title
		.replace(/\[[^\]]{0,80}\]/g, " ")
		.replace(/\((?:version|v)\s?[^()]{0,40}\)/gi, " ")
		.replace(/(?:^|\s)(?:version|v)\s?\d[\w.-]{0,40}\s*$/i, " ")
		.trim();
	// APA's "Name: Description (Version 2.1.0) [Computer software]" says it is the software, not its paper
	const name = SOFTWARE_LABEL.test(title) ? bare.split(":")[0].trim() : bare;
	return /^[A-Za-z0-9][\w.-]{0,100}$/.test(name) ? name : null;
}

/** Entry types of software (BibTeX, biblatex, Zotero, CSL, RIS as read). */
const SOFTWARE_TYPES = /^(?:software|computerprogram|computer_program|comp)$/;

/**
 * The title a note typed as software is compared by against the record of a release: the package
 * name its title opens with ("tidewater: Tidal harmonic analysis…", CRAN's, PyPI's and Zotero's
 * software titles) when that name is the release's repository, with the title's version kept — the
 * note's type says it cites the software, not a paper about it ("soilflux: A Python package for …",
 * a JOSS paper, stays its title); the note's title otherwise.
 */
export function titleForRelease(ref: Reference, recordTitle: string | null): string {
	if (recordTitle === null || !SOFTWARE_TYPES.test((ref.entryType ?? "").toLowerCase())) return ref.title;
	const release = RELEASE_TITLE.exec(recordTitle);
	const colon = ref.title.indexOf(":");
	if (release === null || colon <= 0) return ref.title;
	const head = ref.title.slice(0, colon).trim();
	if (notePackage(head) === null || packageKey(head) !== packageKey(release[1])) return ref.title;
	const version = versionMarkers(ref.title).get("version");
	return version === undefined ? head : `${head} v${version}`;
}

/**
 * How a record's release title ("owner/repo: v2.1.0") relates to a note's title naming the package:
 * "same" when the note's package is the repository and its version (if it names one) the release's,
 * "version" when it names another version, null when the titles are not a package and its release.
 */
export function relateReleaseTitles(a: string, b: string): "same" | "version" | null {
	const ra = RELEASE_TITLE.exec(a);
	const rb = RELEASE_TITLE.exec(b);
	if ((ra === null) === (rb === null)) return null;
	const release = (ra ?? rb) as RegExpExecArray;
	const other = ra ? b : a;
	const name = notePackage(other);
	if (name === null || packageKey(name) !== packageKey(release[1])) return null;
	const mine = versionMarkers(other).get("version");
	const theirs = versionMarkers(` ${release[2]}`).get("version") ?? releaseNumber(release[2]);
	return mine !== undefined && theirs !== undefined && mine !== theirs ? "version" : "same";
}

/** A release name's bare version number ("2.1.0" → "2.1"), without the "v". */
function releaseNumber(name: string): string | undefined {
	const m = /^\s*(\d+(?:\.\d+)*)\s*$/.exec(name);
	return m ? m[1].replace(/(\.0)+$/, "") : undefined;
}

/** A version after a title: ", version 3", " (v2.1)", " - Version 1.0" (the punctuation before it goes when titles are normalized). */
const TRAILING_VERSION = /\bv(?:ersion)?\s?\d{1,6}(?:\.\d{1,6}){0,4}\)?\s*$/;

/** A title without the version after it, normalized. */
function withoutTrailingVersion(title: string): string {
	return normalizeTitle(foldText(title).replace(TRAILING_VERSION, " "));
}

/**
 * The record's title `b` is the note's `a` with a version after it (", version 3", " v2.1"), the
 * note's naming none (a version only the note's title names is another version: rules/version-markers).
 */
export function versionOnOneSide(a: string, b: string): boolean {
	if (versionMarkers(a).has("version") || !versionMarkers(b).has("version")) return false;
	return withoutTrailingVersion(a) === withoutTrailingVersion(b);
}

/**
 * The record is another release or version of the software or dataset the note cites: a deposit
 * whose title is the note's but for the version after it ("owner/repo: v1.0.0" / "…: v2.1.0",
 * "…, Version 2" / "…, Version 3"), or the release of the package the note names at another version.
 */
export function anotherRelease(noteTitle: string, work: RemoteWork): boolean {
	if (!isDepositRecord(work) || !work.title) return false;
	if (relateReleaseTitles(noteTitle, work.title) === "version") return true;
	const mine = versionMarkers(noteTitle);
	const theirs = versionMarkers(work.title);
	if (!mine.has("version") || !theirs.has("version")) return false;
	for (const kind of ["part", "volume", "edition", "revisited"] as const) if (mine.get(kind) !== theirs.get(kind)) return false;
	return withoutTrailingVersion(noteTitle) === withoutTrailingVersion(work.title);
}

/**
 * A record of a deposited dataset or software release: its type, or a data or software
 * repository's DOI on a record typed "other" or untyped (CRAN's packages); a preprint or an article
 * a repository holds is not one.
 */
export function isDepositRecord(work: RemoteWork): boolean {
	const type = (work.type ?? "").toLowerCase();
	return type === "dataset" || type === "software" || ((type === "other" || type === "") && work.doi !== null && isDataRepositoryDoi(work.doi));
}

/** Entry types of a data set. */
const DATA_SET_TYPES = /^(?:dataset|data)$/;
/** Entry types of a data set or software (BibTeX, biblatex, Zotero, CSL, RIS as read). */
const DEPOSIT_TYPES = /^(?:dataset|data|software|computerprogram|computer_program|comp)$/;
/** A repository or data centre written where a journal goes ("Zenodo", "Dryad Digital Repository", "Harvard Dataverse"). */
const REPOSITORY_VENUE = /\b(?:zenodo|dryad|figshare|dataverse|pangaea|icpsr|gbif|open science framework|osf|github|cran|pypi|repository|archive|data (?:centre|center|service|portal))\b/;

/** The note is typed as a data set or software. */
export function citesDeposit(ref: Reference): boolean {
	return DEPOSIT_TYPES.test((ref.entryType ?? "").toLowerCase());
}

/** The note names a journal that is not a repository or a preprint server. */
export function citesJournalNotRepository(ref: Reference): boolean {
	if (ref.venue === null || ref.venueIsPublisher || isPreprintVenue(ref.venue)) return false;
	return !REPOSITORY_VENUE.test(foldText(ref.venue));
}

/**
 * Why the note's own DOI names the other of a paper and its data or code, or null: a note citing a
 * journal whose DOI reached a data or software deposit, or a note typed as a data set or software
 * whose DOI reached a journal's article (the paper describing it).
 */
export function depositDoiMismatch(ref: Reference, work: RemoteWork): string | null {
	if (ref.doi === null || work.doi === null || ref.doi.toLowerCase() !== work.doi.toLowerCase()) return null;
	const type = (work.type ?? "").toLowerCase();
	const journal = work.locations.length > 0 && work.locations[0].sourceType === "journal";
	// a data journal's record typed as a data set is still the journal's paper
	if ((type === "dataset" || type === "software") && !journal && citesJournalNotRepository(ref) && !citesDeposit(ref)) {
		return `doi: the note cites a paper in ${ref.venue ?? "a journal"}; its DOI names a ${type} deposit (its data or code?)`;
	}
	// software is often cited by its paper's DOI, as JOSS asks: only a data set's note is held to its
	// own, and only one naming no journal (a "dataset" typed note naming "Data in Brief" cites its article)
	if (DATA_SET_TYPES.test((ref.entryType ?? "").toLowerCase()) && !citesJournalNotRepository(ref) && (type === "article" || type === "review") && journal && !isDataRepositoryDoi(work.doi)) {
		return `doi: the note cites a data set; its DOI names an article in ${work.venue ?? "a journal"} (the paper describing it?)`;
	}
	return null;
}

/** The version of the software or dataset a note cites: its title's marker, a version field, BibTeX's "R package version 1.4-2". */
function noteReleaseVersion(ref: Reference): string | null {
	const inTitle = versionMarkers(ref.title).get("version");
	if (inTitle !== undefined) return inTitle;
	return ref.releaseVersion ?? null;
}

/** The version a deposit's title names: ", version 3", Zenodo's "owner/repo: v2.1.0" or "owner/repo: 2.1.0". */
function recordVersion(title: string): string | undefined {
	return versionMarkers(title).get("version") ?? releaseNumber(RELEASE_TITLE.exec(title)?.[2] ?? "");
}

/** Why a note whose version field names another version than the deposit's title is worth a look, or null. */
export function releaseFieldNote(ref: Reference, work: RemoteWork): string | null {
	if (ref.releaseVersion === undefined || !work.title || !isDepositRecord(work) || versionMarkers(ref.title).has("version")) return null;
	const theirs = recordVersion(work.title);
	if (theirs === undefined || theirs === ref.releaseVersion) return null;
	return `title: the note cites version ${ref.releaseVersion}; the record is version ${theirs} of the same software or dataset`;
}

/** A CRAN package's DOI, one for all its versions. */
const CRAN_PACKAGE_DOI = /^10\.32614\/cran\.package\./i;

/** Two version numbers in order: negative when `a` is the earlier ("1.4-2" < "2.0.1"). */
function compareVersions(a: string, b: string): number {
	const pa = a.split(/[.-]/).map(Number);
	const pb = b.split(/[.-]/).map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0 && !Number.isNaN(d)) return d;
	}
	return 0;
}

/**
 * Why a year that differs is another release's, or null: the record is a deposit of software or
 * data, the note names a version of it, and the years fall the way the versions do (a later version
 * later; a record naming no version, as a package's DOI for all its versions, dates its first
 * release, so the note's may only be later).
 */
export function releaseYearNote(ref: Reference, work: RemoteWork): string | null {
	if (!isDepositRecord(work) || ref.year === null || work.year === null || !work.title) return null;
	const mine = noteReleaseVersion(ref);
	// a CRAN package's DOI names all its versions: a later year is one of theirs, named or not
	if (mine === null) return CRAN_PACKAGE_DOI.test(work.doi ?? "") && Number(ref.year) > work.year ? `year: ${ref.year} vs ${work.year}: the package's DOI names all its versions; the record dates the first release` : null;
	const theirs = recordVersion(work.title);
	const later = Number(ref.year) - work.year;
	if (theirs === undefined) {
		return later > 0 ? `year: ${ref.year} vs ${work.year}: the note cites version ${mine}; the record (naming no version) dates the first release of the software or dataset` : null;
	}
	const order = compareVersions(mine, theirs);
	if (order === 0 || Math.sign(order) !== Math.sign(later)) return null;
	return `year: ${ref.year} vs ${work.year}: the note cites version ${mine}, the record is version ${theirs} of the software or dataset`;
}

export const softwareReleases: Rule = {
	id: "software-releases",
	name: "Releases of software and versions of datasets",
	summary: "A Zenodo record of a GitHub release (\"owner/repo: v2.1.0\") names the package the note's title names (\"fjordtide\", \"Fjordtide (Version 2.1.0) [Computer software]\", or a software item's \"fjordtide: Tidal forecasting for fjords\"), and a dataset's record that puts its version in its title names the note's dataset (\"v2.0\" and \", version 2\" are one version); another release or version of the same software or dataset (another tag, \"Version 2\" for \"Version 3\", a CRAN package's DOI dated by its first release) is minor, its year the other version's, while another repository or package, a note dated before the release it names, or a note whose own DOI names the data or code deposit beside the paper it cites (or the paper beside the data set it cites) is major.",
	examples: [
		{
			// the package's name in the note, Zenodo's release title in the record
			local: { itemType: "computerProgram", title: "quaykit", creators: [{ creatorType: "programmer", firstName: "Nadia", lastName: "Brenner" }], versionNumber: "1.3.0", date: "2022", DOI: "10.5281/zenodo.5550101" },
			remote: { title: "nbrenner/quaykit: v1.3.0", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550101" },
			verdict: "confirmed",
			note: "",
		},
		{
			// APA's form of a software reference
			local: { title: "Quaykit (Version 1.3.0) [Computer software]", author: "Brenner, N.", year: 2022, doi: "https://doi.org/10.5281/zenodo.5550101" },
			remote: { title: "nbrenner/quaykit: v1.3.0", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550101" },
			verdict: "confirmed",
			note: "compared without the label",
		},
		{
			// the concept DOI resolves to the first release: another version of the same software
			local: { citekey: "brenner_quaykit_2024", entry_type: "software", title: "nbrenner/quaykit: v2.0.0", author: "Brenner, Nadia", year: 2024, doi: "10.5281/zenodo.5550100" },
			remote: { title: "nbrenner/quaykit: v1.0.0", authors: ["Nadia Brenner"], year: 2021, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550100" },
			verdict: "minor",
			note: "another release or version of the same software or dataset",
		},
		{
			// a dataset's record names its version in the title, the note in a field
			local: { citekey: "abt2022berths", entry_type: "dataset", title: "Baltic Berth Occupancy Records", author: "Abt, Lorenz", version: "2", year: 2022, doi: "10.5555/rules.sr.4" },
			remote: { title: "Baltic berth occupancy records, version 2", authors: ["Lorenz Abt"], year: 2022, venue: "PANGAEA", type: "dataset", doi: "10.5555/rules.sr.4" },
			verdict: "confirmed",
			note: "the record names the version",
		},
		{
			// an R package's DOI names all its versions; its record is dated by the first
			local: { citation_key: "quaystat2024", entry_type: "manual", title: "quaystat: Berth Statistics", author: "Brenner, Nadia", year: 2024, note: "R package version 2.0.1", doi: "10.32614/CRAN.package.quaystat" },
			remote: { title: "quaystat: Berth Statistics", authors: ["Nadia Brenner"], year: 2019, venue: "CRAN: Contributed Packages", type: "other", doi: "10.32614/cran.package.quaystat" },
			verdict: "minor",
			note: "dates the first release",
		},
		{
			// …but a note dated before the release it names has a wrong year
			local: { citekey: "brenner_quaykit_2018", entry_type: "software", title: "nbrenner/quaykit: v1.3.0", author: "Brenner, Nadia", year: 2018, doi: "10.5281/zenodo.5550101" },
			remote: { title: "nbrenner/quaykit: v1.3.0", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550101" },
			verdict: "major",
			note: "year: 2018 vs 2022",
		},
		{
			// …and another repository of the same owner is another work
			local: { citekey: "brenner_quaykit_2022", entry_type: "software", title: "nbrenner/quaykit: v1.3.0", author: "Brenner, Nadia", year: 2022, doi: "10.5281/zenodo.5550177" },
			remote: { title: "nbrenner/berthsim: v0.4.0", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550177" },
			verdict: "major",
			note: "title",
		},
		{
			// a CRAN package's DOI names all its versions: a later year without a version named is one of them
			local: { citation_key: "quaystat2023", entry_type: "manual", title: "quaystat: Berth Statistics", author: "Brenner, Nadia", year: 2023, doi: "10.32614/CRAN.package.quaystat" },
			remote: { title: "quaystat: Berth Statistics", authors: ["Nadia Brenner"], year: 2019, venue: "CRAN: Contributed Packages", type: "other", doi: "10.32614/cran.package.quaystat" },
			verdict: "minor",
			note: "the package's DOI names all its versions",
		},
		{
			// a note citing a data paper whose DOI is the data set's deposit under the same title
			local: { title: "A Berth Occupancy Archive for Baltic Ports", authors: ["Lorenz Abt", "Nadia Brenner"], journal: "Scientific Data", year: 2023, doi: "10.5555/rules.sr.9d" },
			remote: { candidates: [{ title: "A berth occupancy archive for Baltic ports", authors: ["Lorenz Abt", "Nadia Brenner"], year: 2023, venue: "Zenodo", type: "dataset", doi: "10.5555/rules.sr.9d" }, { title: "A berth occupancy archive for Baltic ports", authors: ["Lorenz Abt", "Nadia Brenner"], year: 2023, venue: "Scientific Data", doi: "10.5555/rules.sr.9" }] },
			verdict: "major",
			note: "its DOI names a dataset deposit",
		},
		{
			// …and the reverse: a note citing the data set with its data paper's DOI
			local: { itemType: "dataset", title: "A Berth Occupancy Archive for Baltic Ports", creators: [{ creatorType: "author", firstName: "Lorenz", lastName: "Abt" }], repository: "figshare", date: "2023", DOI: "10.5555/rules.sr.9" },
			remote: { candidates: [{ title: "A berth occupancy archive for Baltic ports", authors: ["Lorenz Abt", "Nadia Brenner"], year: 2023, venue: "Scientific Data", doi: "10.5555/rules.sr.9" }] },
			verdict: "major",
			note: "its DOI names an article in Scientific Data",
		},
		{
			// a standard's record adding its version is no deposit: the version stays a subtitle's difference
			local: { title: "Harbour Data Exchange Format", author: "{Nordic Standards Council}", year: 2024, doi: "10.5555/rules.sr.10" },
			remote: { title: "Harbour data exchange format, version 1.4", authors: [], year: 2024, venue: "Nordic Standards Council", type: "standard", doi: "10.5555/rules.sr.10" },
			verdict: "minor",
			note: "a subtitle appears on one side only",
		},
		{
			// APA's software reference with the package's description after its name
			local: { title: "Quaykit: Berth scheduling for small ports (Version 1.3.0) [Computer software]", author: "Brenner, Nadia", year: 2022, doi: "https://doi.org/10.5281/zenodo.5550101" },
			remote: { title: "nbrenner/quaykit: v1.3.0", authors: ["Nadia Brenner"], year: 2022, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5281/zenodo.5550101" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a data journal's paper that OpenAlex types as a data set is the journal's paper, not a deposit
			local: { itemType: "journalArticle", title: "Hourly Berth Occupancy at Baltic Ferry Terminals, 2015-2022", creators: [{ creatorType: "author", firstName: "Lorenz", lastName: "Abt" }], publicationTitle: "Geoscience Data Journal", date: "2023", DOI: "10.5555/rules.sr.12" },
			remote: { title: "Hourly berth occupancy at Baltic ferry terminals, 2015-2022", authors: ["Lorenz Abt"], year: 2023, venue: "Geoscience Data Journal", type: "dataset", doi: "10.5555/rules.sr.12" },
			verdict: "confirmed",
			note: "",
		},
		{
			// software cited by its JOSS paper's DOI, as JOSS asks: the paper's longer title is worth a look, no more
			local: { itemType: "computerProgram", title: "quaykit", creators: [{ creatorType: "programmer", firstName: "Nadia", lastName: "Brenner" }], versionNumber: "1.3.0", date: "2022", DOI: "10.5555/joss.rules.sr.13" },
			remote: { title: "quaykit: Berth scheduling for small ports in Python", authors: ["Nadia Brenner"], year: 2022, venue: "Journal of Open Source Software", doi: "10.5555/joss.rules.sr.13" },
			verdict: "minor",
			note: "a subtitle appears on one side only",
		},
		{
			// one version written two ways ("v2.0", ", version 2"): the same dataset (the markers of rules/version-markers)
			local: { citekey: "marchetti2024index2", title: "The Harbour Congestion Index v2.0", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2024 },
			remote: { candidates: [{ title: "The harbour congestion index, version 2", authors: ["Ines Marchetti", "Dario Pellegrini"], year: 2024, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "dataset" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a note typed as a data set that names the data journal of its DOI's article cites that article
			local: { citekey: "abt2022dib", entry_type: "dataset", title: "Dataset of Ferry Berth Dwell Times in Baltic Ports", author: "Abt, Lorenz", journal: "Data in Brief", year: 2022, doi: "10.5555/rules.sr.15" },
			remote: { title: "Dataset of ferry berth dwell times in Baltic ports", authors: ["Lorenz Abt"], year: 2022, venue: "Data in Brief", doi: "10.5555/rules.sr.15" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a software item titled "name: description", as CRAN, PyPI and Zotero write it, against its release's record
			local: { itemType: "computerProgram", title: "berthsim: Discrete-event simulation of small-port berths", creators: [{ creatorType: "programmer", firstName: "Nadia", lastName: "Brenner" }], versionNumber: "0.9.1", company: "Zenodo", date: "2023", DOI: "10.5555/rules.sr.16" },
			remote: { title: "brenner-lab/berthsim: v0.9.1", authors: ["Nadia Brenner"], year: 2023, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5555/rules.sr.16" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …while a software item whose name is another repository's stays another work
			local: { itemType: "computerProgram", title: "berthopt: Berth allocation by mixed-integer programming", creators: [{ creatorType: "programmer", firstName: "Nadia", lastName: "Brenner" }], versionNumber: "0.9.1", company: "Zenodo", date: "2023", DOI: "10.5555/rules.sr.17" },
			remote: { title: "brenner-lab/berthsim: v0.9.1", authors: ["Nadia Brenner"], year: 2023, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5555/rules.sr.17" },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// …and a journal paper titled so is the paper, not its code's archive
			local: { itemType: "journalArticle", title: "berthsim: Discrete-event simulation of small-port berths", creators: [{ creatorType: "author", firstName: "Nadia", lastName: "Brenner" }], publicationTitle: "Journal of Open Source Software", date: "2023", DOI: "10.5555/rules.sr.18" },
			remote: { title: "brenner-lab/berthsim: v0.9.1", authors: ["Nadia Brenner"], year: 2023, venue: "Zenodo (CERN European Organization for Nuclear Research)", type: "software", doi: "10.5555/rules.sr.18" },
			verdict: "major",
			note: "identifier points to another paper",
		},
	],
};
