// Notes the resolve stage must find (or refuse) as importers and people write them: identifiers
// copied out of running text, versioned DOIs, titles in LaTeX math or non-Latin scripts — each
// against records shaped as OpenAlex answers, with the most requests an ordinary note may cost.
// True errors stay caught. Invented names and DOIs (10.5555 is a test prefix).
import type { RemoteRecord } from "../../src/core/rules/types";

export interface ResolveCase {
	id: string;
	/** The general pattern the case is an example of. */
	pattern: string;
	local: Record<string, unknown>;
	remote: RemoteRecord[];
	verdicts: string[];
	/** A substring of the check_log's notes or the not-found reason. */
	note?: string;
	/** Requests the note may cost at most (free singletons count too). */
	maxRequests?: number;
	/** Whether the run may spend credits on a title search. */
	search?: false;
}

const R = (title: string, authors: string[], year: number, venue: string | null, doi: string | null = null, extra: Partial<RemoteRecord> = {}): RemoteRecord => ({ title, authors, year, venue, doi, ...extra });
const OA = ["Oksana Antonenko", "Taras Melnyk"];
const KT = ["Kenji Takahashi", "Yui Sato"];
const VERSION = "a DOI with a version suffix OpenAlex does not hold is looked up as the DOI it versions";
const TEXT_DOI = "a DOI copied from running text keeps a prefix word or the closing bracket around it";
const MATH = "LaTeX named operators in a title are words";
const SCRIPT = "titles in non-Latin scripts are searched and matched as written";
const TWIN = "of two records of one paper a year apart, the one the note dates is compared";

export const RESOLVE_CASES: ResolveCase[] = [
	// ---------- versioned DOIs ----------
	{ id: "elife-reviewed-version-subtitle", pattern: VERSION, local: { citekey: "antonenko2023", title: "Dendritic Spine Turnover in Songbirds: Reviewed Preprint", author: "Antonenko, Oksana and Melnyk, Taras", year: 2023, journal: "eLife", doi: "10.5555/elife.88123.2" }, remote: [R("Dendritic spine turnover in songbirds", OA, 2023, "eLife", "10.5555/elife.88123")], verdicts: ["minor"], note: "names a version of this work's DOI", maxRequests: 2, search: false },
	{ id: "figshare-dataset-version", pattern: VERSION, local: { citekey: "melnyk2021", title: "Songbird Spine Imaging Data", author: "Melnyk, Taras", year: 2021, publisher: "figshare", doi: "10.5555/m9.figshare.4412.v3" }, remote: [R("Songbird spine imaging data", ["Taras Melnyk"], 2021, "Figshare", "10.5555/m9.figshare.4412", { type: "dataset" })], verdicts: ["confirmed"], note: "names a version of this work's DOI", maxRequests: 2, search: false },
	{ id: "biorxiv-page-address-version", pattern: VERSION, local: { citekey: "antonenko2020", title: "Sleep Spindles Gate Song Learning", author: "Antonenko, Oksana and Melnyk, Taras", year: 2020, journal: "bioRxiv", doi: "10.5555/2020.05.11.088765v3" }, remote: [R("Sleep spindles gate song learning", OA, 2020, "bioRxiv (Cold Spring Harbor Laboratory)", "10.5555/2020.05.11.088765")], verdicts: ["confirmed"], note: "names a version of this work's DOI", maxRequests: 3, search: false },
	{ id: "err-versioned-looking-doi-of-another-paper", pattern: VERSION, local: { citekey: "antonenko2019", title: "Auditory Feedback in Juvenile Finches", author: "Antonenko, Oksana and Melnyk, Taras", year: 2019, journal: "Journal of Avian Neuroscience", doi: "10.5555/jan.2019.3.1" }, remote: [R("Auditory feedback in juvenile finches", OA, 2019, "Journal of Avian Neuroscience", "10.5555/jan.2019.7"), R("Vocal tract modelling in parrots", ["Ines Duarte"], 2019, "Journal of Avian Neuroscience", "10.5555/jan.2019.3")], verdicts: ["major"], note: "doi: the note has 10.5555/jan.2019.3.1" },
	// ---------- DOIs copied from running text ----------
	{ id: "doi-closing-bracket", pattern: TEXT_DOI, local: { citekey: "melnyk2018", title: "Syllable Timing under Noise", author: "Melnyk, Taras", year: 2018, journal: "Journal of Avian Neuroscience", doi: "10.5555/jan.2018.42)" }, remote: [R("Syllable timing under noise", ["Taras Melnyk"], 2018, "Journal of Avian Neuroscience", "10.5555/jan.2018.42")], verdicts: ["confirmed"], maxRequests: 1 },
	{ id: "doi-prefix-word-no-colon", pattern: TEXT_DOI, local: { citekey: "melnyk2017", title: "Syllable Timing in Quiet Rooms", author: "Melnyk, Taras", year: 2017, journal: "Journal of Avian Neuroscience", doi: "DOI 10.5555/jan.2017.8" }, remote: [R("Syllable timing in quiet rooms", ["Taras Melnyk"], 2017, "Journal of Avian Neuroscience", "10.5555/jan.2017.8")], verdicts: ["confirmed"], maxRequests: 1 },
	{ id: "sici-doi-balanced-brackets", pattern: TEXT_DOI, local: { citekey: "melnyk1998", title: "Song Nuclei Volumes across Seasons", author: "Melnyk, Taras", year: 1998, journal: "Journal of Avian Neuroscience", doi: "10.5555/(SICI)1097-4695(199808)36:2<171::AID-NEU5>3.0.CO;2-X" }, remote: [R("Song nuclei volumes across seasons", ["Taras Melnyk"], 1998, "Journal of Avian Neuroscience", "10.5555/(sici)1097-4695(199808)36:2<171::aid-neu5>3.0.co;2-x")], verdicts: ["confirmed"], maxRequests: 1 },
	{ id: "err-fabricated-doi", pattern: TEXT_DOI, local: { citekey: "melnyk2016", title: "Syllable Timing in Open Fields", author: "Melnyk, Taras", year: 2016, journal: "Journal of Avian Neuroscience", doi: "10.5555/jan.2016.999)" }, remote: [R("Syllable timing in open fields", ["Taras Melnyk"], 2016, "Journal of Avian Neuroscience", "10.5555/jan.2016.5")], verdicts: ["major"], note: "doi: the note has 10.5555/jan.2016.999" },
	// ---------- LaTeX math in titles ----------
	{ id: "latex-log-in-big-o", pattern: MATH, local: { citekey: "takahashi2015", title: "An $O(n \\log n)$ Algorithm for Interval Scheduling with Deadlines", author: "Takahashi, Kenji and Sato, Yui", year: 2015, booktitle: "Symposium on Discrete Algorithms" }, remote: [R("An O(n log n) algorithm for interval scheduling with deadlines", KT, 2015, "Symposium on Discrete Algorithms")], verdicts: ["confirmed"] },
	{ id: "latex-max-prefix", pattern: MATH, local: { citekey: "takahashi2016", title: "$\\max$-Margin Clustering of Sparse Graphs", author: "Takahashi, Kenji and Sato, Yui", year: 2016, booktitle: "Conference on Learning Theory" }, remote: [R("Max-margin clustering of sparse graphs", KT, 2016, "Conference on Learning Theory")], verdicts: ["confirmed"] },
	{ id: "latex-exp-concave", pattern: MATH, local: { citekey: "takahashi2017", title: "Logarithmic Regret for $\\exp$-Concave Losses", author: "Takahashi, Kenji", year: 2017, booktitle: "Conference on Learning Theory" }, remote: [R("Logarithmic regret for exp-concave losses", ["Kenji Takahashi"], 2017, "Conference on Learning Theory")], verdicts: ["confirmed"] },
	{ id: "err-latex-title-other-bound", pattern: MATH, local: { citekey: "takahashi2018", title: "An $O(n \\log n)$ Algorithm for Interval Scheduling with Release Times", author: "Sato, Yui", year: 2018, booktitle: "Symposium on Discrete Algorithms" }, remote: [R("An O(n log n) algorithm for interval scheduling with deadlines", KT, 2015, "Symposium on Discrete Algorithms")], verdicts: ["major", "not_found"] },
	{ id: "latex-ell-subscript", pattern: MATH, local: { citekey: "takahashi2019", title: "$\\ell_1$-Regularized Estimation of Sparse Graphs", author: "Takahashi, Kenji and Sato, Yui", year: 2019, journal: "Journal of Machine Learning Research" }, remote: [R("ℓ1-regularized estimation of sparse graphs", KT, 2019, "Journal of Machine Learning Research")], verdicts: ["confirmed"] },
	// ---------- one paper held twice ----------
	{ id: "twin-records-earlier-listed-first", pattern: TWIN, local: { citekey: "melnyk2020", title: "Seasonal Plasticity of Song Nuclei in Starlings", author: "Melnyk, Taras and Antonenko, Oksana", year: 2020, journal: "Journal of Avian Neuroscience" }, remote: [R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2019, "Journal of Avian Neuroscience"), R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2020, "Journal of Avian Neuroscience")], verdicts: ["confirmed"] },
	{ id: "twin-records-later-listed-first", pattern: TWIN, local: { citekey: "melnyk2019", title: "Seasonal Plasticity of Song Nuclei in Starlings", author: "Melnyk, Taras and Antonenko, Oksana", year: 2019, journal: "Journal of Avian Neuroscience" }, remote: [R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2020, "Journal of Avian Neuroscience"), R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2019, "Journal of Avian Neuroscience")], verdicts: ["confirmed"] },
	{ id: "err-twin-records-neither-year", pattern: TWIN, local: { citekey: "melnyk2015", title: "Seasonal Plasticity of Song Nuclei in Starlings", author: "Melnyk, Taras and Antonenko, Oksana", year: 2015, journal: "Journal of Avian Neuroscience" }, remote: [R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2019, "Journal of Avian Neuroscience"), R("Seasonal plasticity of song nuclei in starlings", ["Taras Melnyk", "Oksana Antonenko"], 2020, "Journal of Avian Neuroscience")], verdicts: ["major", "not_found"] },
	// ---------- non-Latin scripts ----------
	{ id: "japanese-title", pattern: SCRIPT, local: { citekey: "takahashi2012", title: "深層学習による音声認識の改善", author: "Takahashi, Kenji and Sato, Yui", year: 2012, journal: "情報処理学会論文誌" }, remote: [R("深層学習による音声認識の改善", KT, 2012, "情報処理学会論文誌")], verdicts: ["confirmed"] },
	{ id: "cyrillic-title", pattern: SCRIPT, local: { citekey: "antonenko2014", title: "Пластичность дендритных шипиков у певчих птиц", author: "Antonenko, Oksana and Melnyk, Taras", year: 2014, journal: "Журнал высшей нервной деятельности" }, remote: [R("Пластичность дендритных шипиков у певчих птиц", OA, 2014, "Журнал высшей нервной деятельности")], verdicts: ["confirmed"] },
	{ id: "greek-title", pattern: SCRIPT, local: { citekey: "papadaki2019", title: "Η γλωσσική ποικιλία στην Κρήτη", author: "Papadaki, Eleni", year: 2019, journal: "Γλωσσολογία" }, remote: [R("Η γλωσσική ποικιλία στην Κρήτη", ["Eleni Papadaki"], 2019, "Γλωσσολογία")], verdicts: ["confirmed"] },
	{ id: "err-cyrillic-title-no-work-has", pattern: SCRIPT, local: { citekey: "antonenko2015", title: "Квантовая гравитация морских огурцов", author: "Antonenko, Oksana", year: 2015, journal: "Журнал высшей нервной деятельности" }, remote: [R("Пластичность дендритных шипиков у певчих птиц", OA, 2014, "Журнал высшей нервной деятельности")], verdicts: ["not_found"] },
	{ id: "err-cyrillic-title-other-authors", pattern: SCRIPT, local: { citekey: "antonenko2016", title: "Пластичность дендритных шипиков у певчих птиц", author: "Kovalenko, Ivan", year: 2014, journal: "Журнал высшей нервной деятельности" }, remote: [R("Пластичность дендритных шипиков у певчих птиц", OA, 2014, "Журнал высшей нервной деятельности")], verdicts: ["major", "not_found"] },
];
