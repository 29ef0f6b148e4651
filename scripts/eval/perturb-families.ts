// The error families of the perturbation yardstick (perturb.ts): how citation generators and
// careless people get a real reference wrong, each applied with a seeded RNG to a VALID paper's
// fields, with the verdict that is RIGHT for it and why. Nothing here reads a hallucinated entry,
// a label or an explanation: the input is the VALID papers and what the index holds for them.
import { withoutDblpNumber } from "./hallmark-index";
import { splitByline, type CitationFields, type NoteStyle } from "./perturb-notes";

/**
 * The verdict class that is right for a family:
 *  alarm    major or not_found (another paper, or a fabricated reference);
 *  flag     minor, major or not_found (the note is wrong and must be shown; minor may be right);
 *  minor    exactly minor (the same paper written a known, harmless other way: shown, not alarmed);
 *  no-alarm confirmed or minor (a correct citation).
 */
export type Expected = "alarm" | "flag" | "minor" | "no-alarm";

/** What the index holds for a paper (built from VALID entries only). */
export interface PaperInfo {
	paperKey: string;
	fields: CitationFields;
	record: { year: number | null; hasPreprint: boolean; doi: string | null };
	/** An arXiv DOI the index holds for the paper (its record's, or its separate preprint's). */
	arxivDoi: string | null;
}

export interface Perturbation {
	fields: CitationFields;
	/** What was changed, for the report. */
	change: string;
}

export interface FamilyContext {
	random: () => number;
	papers: PaperInfo[];
	/** Every DOI the index holds: a fabricated DOI must not be one. */
	indexDois: Set<string>;
}

export interface Family {
	id: string;
	group: "year" | "authors" | "title" | "venue" | "identifier" | "unchanged";
	expected: Expected;
	/** Why that verdict is right. */
	why: string;
	/** "entry": the note keeps the entry's DOI or (seeded) leaves it out; "fixed": the family decides. */
	doi: "entry" | "fixed";
	/** Styles the notes are written in (seeded pick per case). */
	styles: NoteStyle[];
	make(p: PaperInfo, ctx: FamilyContext): Perturbation | null;
}

const FULL_STYLES: NoteStyle[] = ["bibtex", "bibtex-last-first", "biblib-csl", "zotero-integration", "semantic-scholar"];
const CURRENT_YEAR = 2026; // the eval's run date (run.ts checkAll: 2026-06-01)

const pickFrom = <T>(xs: readonly T[], random: () => number): T => xs[Math.floor(random() * xs.length)];

/** Another paper that passes `ok`, from a seeded starting point. */
function otherPaper(p: PaperInfo, ctx: FamilyContext, ok: (o: PaperInfo) => boolean): PaperInfo | null {
	const start = Math.floor(ctx.random() * ctx.papers.length);
	for (let k = 0; k < ctx.papers.length; k++) {
		const o = ctx.papers[(start + k) % ctx.papers.length];
		if (o.paperKey !== p.paperKey && ok(o)) return o;
	}
	return null;
}

const familyKey = (byline: string) => splitByline(byline).family.toLowerCase();
const plainName = (byline: string) => withoutDblpNumber(byline);

/** A person from another paper whose family name is not on this paper. */
function outsider(p: PaperInfo, ctx: FamilyContext): string | null {
	const families = new Set(p.fields.authors.map(familyKey));
	const o = otherPaper(p, ctx, (x) => x.fields.authors.some((a) => !families.has(familyKey(a))));
	if (!o) return null;
	return plainName(pickFrom(o.fields.authors.filter((a) => !families.has(familyKey(a))), ctx.random));
}

function withYear(p: PaperInfo, year: number, change: string): Perturbation | null {
	if (p.record.year !== null && year === p.record.year) return null; // the record says so too: nobody could tell
	return { fields: { ...p.fields, year: String(year) }, change };
}

const words = (t: string) => t.split(/\s+/).filter((w) => w !== "");
const letters = (w: string) => w.replace(/[^\p{L}]/gu, "").toLowerCase();
const STOP = new Set(["with", "from", "into", "over", "under", "via", "towards", "toward", "when", "what", "does", "your", "their", "that", "this", "than", "through", "using", "based", "about", "beyond", "without", "between", "across", "only"]);
const isContent = (w: string) => /^[\p{L}-]+[:,?]?$/u.test(w) && letters(w).length >= 4 && !STOP.has(letters(w));

/** Plausible stand-ins for common title words (a generator's near miss). */
const SUBSTITUTES: Record<string, string> = {
	learning: "training", training: "learning", network: "model", networks: "models", model: "network", models: "networks",
	neural: "deep", deep: "neural", efficient: "scalable", scalable: "efficient", robust: "reliable", generation: "synthesis",
	synthesis: "generation", image: "picture", images: "pictures", language: "text", detection: "recognition", recognition: "detection",
	segmentation: "parsing", estimation: "prediction", prediction: "forecasting", inference: "reasoning", reasoning: "inference",
	representation: "embedding", representations: "embeddings", optimization: "search", adversarial: "malicious", attention: "memory",
	graph: "relational", video: "motion", object: "instance", semantic: "contextual", policy: "strategy", adaptive: "dynamic",
	dynamic: "adaptive", sparse: "compact", bayesian: "probabilistic", probabilistic: "bayesian", generative: "predictive",
	transformer: "encoder", transformers: "encoders", diffusion: "flow", contrastive: "discriminative", federated: "distributed",
	distributed: "decentralized", convergence: "stability", analysis: "study", understanding: "explaining", multimodal: "crossmodal",
	vision: "perception", agents: "players", agent: "player", tasks: "problems", data: "samples", dataset: "benchmark",
	benchmark: "dataset", framework: "approach", approach: "method", method: "approach", methods: "approaches", theory: "analysis",
	features: "signals", gradient: "derivative", stochastic: "randomized", linear: "affine", kernel: "feature", reinforcement: "reward",
	unsupervised: "unlabeled", supervised: "guided", continual: "lifelong", transfer: "adaptation", fast: "rapid", large: "massive",
	point: "surface", clouds: "sets", temporal: "sequential", spatial: "geometric", self: "auto", online: "streaming", causal: "structural",
};

function sameCase(like: string, word: string): string {
	return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Replace the letters of token `w` by `to`, keeping its punctuation and capitalization. */
function replaceWord(w: string, to: string): string {
	return w.replace(/[\p{L}]+/u, (m) => sameCase(m, to));
}

function subtitleSplit(title: string): { head: string; tail: string } | null {
	const i = title.indexOf(": ");
	if (i <= 0) return null;
	const head = title.slice(0, i).trim();
	const tail = title.slice(i + 2).trim();
	return words(tail).length >= 2 ? { head, tail } : null;
}

const FUNCTION_WORDS = /^(for|of|and|the|a|an|with|in|on|to|via|by|from|as|at|is|are|using)$/i;

/** Made-up venues in the shapes real ones have. */
function fabricatedVenue(random: () => number): string {
	const prefix = pickFrom(["International Conference on", "Annual Symposium on", "Journal of", "Transactions on", "International Workshop on", "Conference on"], random);
	const adjective = pickFrom(["Adaptive", "Cognitive", "Integrative", "Scalable", "Autonomous", "Applied", "Generative", "Interpretable"], random);
	const noun = pickFrom(["Representation Systems", "Machine Cognition", "Learning Architectures", "Perception and Reasoning", "Intelligent Computation", "Data Intelligence", "Visual Computing Systems", "Statistical Inference Methods"], random);
	const name = `${prefix} ${adjective} ${noun}`;
	if (random() < 0.3) {
		const acronym = name.split(" ").filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
		return `${name} (${acronym})`;
	}
	return name;
}

/** Real venues of the field, each group one venue in DBLP's short form and its full name. */
const REAL_VENUES: string[][] = [
	["NeurIPS", "Advances in Neural Information Processing Systems"], ["ICML", "International Conference on Machine Learning"],
	["ICLR", "International Conference on Learning Representations"], ["CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition"],
	["ICCV", "IEEE/CVF International Conference on Computer Vision"], ["ECCV", "European Conference on Computer Vision"],
	["AAAI", "AAAI Conference on Artificial Intelligence"], ["IJCAI", "International Joint Conference on Artificial Intelligence"],
	["ACL", "Annual Meeting of the Association for Computational Linguistics"], ["EMNLP", "Conference on Empirical Methods in Natural Language Processing"],
	["KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining"], ["AISTATS", "International Conference on Artificial Intelligence and Statistics"],
	["UAI", "Conference on Uncertainty in Artificial Intelligence"], ["COLT", "Conference on Learning Theory"],
	["J. Mach. Learn. Res.", "Journal of Machine Learning Research"], ["Mach. Learn.", "Machine Learning"],
	["IEEE Trans. Pattern Anal. Mach. Intell.", "IEEE Transactions on Pattern Analysis and Machine Intelligence"], ["Pattern Recognit.", "Pattern Recognition"],
	["Neurocomputing", "Neurocomputing"], ["WACV", "IEEE/CVF Winter Conference on Applications of Computer Vision"],
	["BMVC", "British Machine Vision Conference"], ["Trans. Mach. Learn. Res.", "Transactions on Machine Learning Research"],
];

function digits(n: number, random: () => number): string {
	let s = "";
	for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10));
	return s;
}

function yearFamily(id: string, expected: Expected, why: string, delta: (p: PaperInfo, r: () => number) => number | null): Family {
	return {
		id, group: "year", expected, why, doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const d = delta(p, ctx.random);
			if (d === null) return null;
			const y = Number(p.fields.year) + d;
			return withYear(p, y, `year ${p.fields.year} → ${y}`);
		},
	};
}

const sign = (r: () => number) => (r() < 0.5 ? -1 : 1);

export const FAMILIES: Family[] = [
	// ---- year ----
	yearFamily("year ±1", "flag", "a year one off is a slip to show; minor is right (proceedings vs online year), never confirmed when no preprint explains it", (p, r) =>
		p.record.hasPreprint ? null : sign(r)),
	yearFamily("year ±2", "flag", "two years off is no online-first shift; at least minor (skipped: +2 over a preprint record, the published year)", (p, r) => {
		const d = 2 * sign(r);
		return d > 0 && p.record.hasPreprint ? null : d;
	}),
	yearFamily("year ±5", "alarm", "five years off is another paper or a made-up date", (_, r) => 5 * sign(r)),
	{
		id: "year after the check date", group: "year", expected: "flag",
		why: "the next year cannot be confirmed over a record of an earlier year; minor can be right (a forthcoming issue or proceedings)", doi: "entry", styles: FULL_STYLES,
		make: (p) => withYear(p, CURRENT_YEAR + 1, `year ${p.fields.year} → ${CURRENT_YEAR + 1} (next year)`),
	},
	{
		id: "year 2+ years after the check date", group: "year", expected: "alarm", why: "a year two or more after the check date is made up", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const y = CURRENT_YEAR + 2 + Math.floor(ctx.random() * 3);
			return withYear(p, y, `year ${p.fields.year} → ${y} (future)`);
		},
	},
	{
		id: "later year over a preprint record", group: "year", expected: "no-alarm",
		why: "the record is the arXiv preprint; one or two years later is the published version's year (rule year-preprint)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			if (!p.record.hasPreprint || p.record.year === null) return null;
			const y = p.record.year + (ctx.random() < 0.7 ? 1 : 2);
			return y > CURRENT_YEAR || String(y) === p.fields.year ? null : withYear(p, y, `year ${p.fields.year} → ${y} (record ${p.record.year})`);
		},
	},
	// ---- authors ----
	{
		id: "first author replaced", group: "authors", expected: "alarm", why: "another first author is another paper or a fabricated byline", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const who = outsider(p, ctx);
			if (!who || p.fields.authors.length === 0) return null;
			return { fields: { ...p.fields, authors: [who, ...p.fields.authors.slice(1)] }, change: `first author → ${who}` };
		},
	},
	{
		id: "first two authors swapped", group: "authors", expected: "flag", why: "the same people in another order is the same paper: minor is right (rule author-order), but it must be shown", doi: "entry", styles: FULL_STYLES,
		make: (p) => {
			const a = p.fields.authors;
			if (a.length < 2) return null;
			return { fields: { ...p.fields, authors: [a[1], a[0], ...a.slice(2)] }, change: "authors 1 and 2 swapped" };
		},
	},
	{
		id: "middle author dropped", group: "authors", expected: "alarm", why: "a person missing from the byline: no record defect explains a gap in the middle (rule author-changed)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = p.fields.authors;
			if (a.length < 3) return null;
			const i = 1 + Math.floor(ctx.random() * (a.length - 2));
			return { fields: { ...p.fields, authors: a.filter((_, k) => k !== i) }, change: `author ${i + 1} dropped` };
		},
	},
	{
		id: "middle author added", group: "authors", expected: "alarm", why: "a person who is not an author, inside the list: major (issue 12: an extra author in the middle stays major)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = p.fields.authors;
			const who = outsider(p, ctx);
			if (a.length < 2 || !who) return null;
			const i = 1 + Math.floor(ctx.random() * (a.length - 1));
			return { fields: { ...p.fields, authors: [...a.slice(0, i), who, ...a.slice(i)] }, change: `${who} added at ${i + 1}` };
		},
	},
	{
		id: "co-author appended", group: "authors", expected: "flag",
		why: "a person who is not an author; at least minor (a record listing a prefix of the note's authors may be cut, rule record-author-list-truncated)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const who = outsider(p, ctx);
			if (!who || p.fields.authors.length === 0) return null;
			return { fields: { ...p.fields, authors: [...p.fields.authors, who] }, change: `${who} appended` };
		},
	},
	{
		id: "family name misspelt", group: "authors", expected: "flag", why: "one letter off in a family name: minor is right when the name is long enough to be a slip (rule author-name-slip), else another person", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = p.fields.authors;
			const i = Math.floor(ctx.random() * a.length);
			if (a.length === 0) return null;
			const { given, family } = splitByline(a[i]);
			if (!given || !/^\p{L}{4,}$/u.test(family)) return null;
			const pos = 1 + Math.floor(ctx.random() * (family.length - 2));
			const vowels = "aeiou";
			const old = family[pos].toLowerCase();
			const pool = (vowels.includes(old) ? vowels : "bcdfghklmnprstvz").replace(old, "");
			const slipped = family.slice(0, pos) + pickFrom([...pool], ctx.random) + family.slice(pos + 1);
			const authors = [...a];
			authors[i] = `${given} ${slipped}`;
			return { fields: { ...p.fields, authors }, change: `${family} → ${slipped}` };
		},
	},
	{
		id: "placeholder authors", group: "authors", expected: "alarm", why: "placeholder names are no authors: a fabricated byline", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const names = pickFrom([["John Doe", "Jane Smith"], ["A. Author", "B. Author"], ["Author One", "Author Two", "Author Three"], ["First Author", "Second Author"], ["John Doe"]], ctx.random);
			return { fields: { ...p.fields, authors: names }, change: `authors → ${names.join(", ")}` };
		},
	},
	// ---- title ----
	{
		id: "title word replaced", group: "title", expected: "alarm", why: "a changed content word makes another title: a near-miss fabrication (rule title-different), not a typo", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const ws = words(p.fields.title);
			const known = ws.map((w, i) => [w, i] as const).filter(([w]) => SUBSTITUTES[letters(w)] !== undefined);
			let i: number;
			let to: string;
			if (known.length > 0) {
				[, i] = pickFrom(known, ctx.random);
				to = SUBSTITUTES[letters(ws[i])];
			} else {
				const content = ws.map((w, k) => [w, k] as const).filter(([w]) => isContent(w) && letters(w).length >= 5);
				const o = otherPaper(p, ctx, (x) => words(x.fields.title).some((w) => isContent(w) && letters(w).length >= 5));
				if (content.length === 0 || !o) return null;
				[, i] = pickFrom(content, ctx.random);
				to = letters(pickFrom(words(o.fields.title).filter((w) => isContent(w) && letters(w).length >= 5), ctx.random));
				if (to === letters(ws[i])) return null;
			}
			const out = [...ws];
			out[i] = replaceWord(ws[i], to);
			return { fields: { ...p.fields, title: out.join(" ") }, change: `title word ${ws[i]} → ${out[i]}` };
		},
	},
	{
		id: "title typing slip", group: "title", expected: "minor",
		why: "a letter dropped from a long word, two neighbouring letters swapped, a small word typed twice or left out: the same paper with a typo to fix, minor (rule title-typo)",
		doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const ws = words(p.fields.title);
			const kind = pickFrom(["dropped", "swapped", "doubled", "left out"] as const, ctx.random);
			// words of letters alone (a hyphenated or numbered word is left as it is)
			const spots = ws.map((w, i) => [letters(w), i] as const).filter(([w, i]) =>
				/^\p{L}+[,:;.?!]?$/u.test(ws[i]) && (kind === "dropped" ? w.length >= 7 : kind === "swapped" ? w.length >= 4 : FUNCTION_WORDS.test(w) && (kind === "doubled" || i > 0)));
			if (spots.length === 0) return null;
			const [w, i] = pickFrom(spots, ctx.random);
			const out = [...ws];
			if (kind === "doubled") out.splice(i, 0, ws[i]);
			else if (kind === "left out") out.splice(i, 1);
			else {
				// inside the word: its first letter kept, and a swap of two letters that differ
				const at = 1 + Math.floor(ctx.random() * (w.length - 2));
				if (kind === "swapped" && w[at] === w[at + 1]) return null;
				const slipped = kind === "dropped" ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
				out[i] = replaceWord(ws[i], slipped);
			}
			return { fields: { ...p.fields, title: out.join(" ") }, change: `title word ${ws[i]} ${kind}${kind === "doubled" || kind === "left out" ? "" : ` → ${out[i]}`}` };
		},
	},
	{
		id: "title words reordered", group: "title", expected: "flag", why: "the title as written is not the paper's; the paper may still be meant, so at least minor", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const ws = words(p.fields.title);
			const spots = ws.map((_, i) => i).filter((i) => i + 1 < ws.length && isContent(ws[i]) && isContent(ws[i + 1]) && letters(ws[i]) !== letters(ws[i + 1]) && !/[:,?]$/.test(ws[i]));
			if (spots.length === 0) return null;
			const i = pickFrom(spots, ctx.random);
			const out = [...ws];
			const trail = /[:,?]$/.exec(ws[i + 1])?.[0] ?? "";
			out[i] = ws[i + 1].slice(0, ws[i + 1].length - trail.length);
			out[i + 1] = ws[i] + trail;
			return { fields: { ...p.fields, title: out.join(" ") }, change: `words ${i + 1}–${i + 2} swapped` };
		},
	},
	{
		id: "title truncated", group: "title", expected: "flag", why: "a title cut mid-phrase is not the paper's title; at least minor", doi: "entry", styles: FULL_STYLES,
		make: (p) => {
			const ws = words(p.fields.title);
			if (ws.length < 6 || /[:?!]|\s[-–—]\s/.test(p.fields.title)) return null;
			const kept = ws.slice(0, Math.ceil(ws.length * 0.6));
			while (kept.length > 2 && FUNCTION_WORDS.test(kept[kept.length - 1])) kept.pop();
			return { fields: { ...p.fields, title: kept.join(" ") }, change: `title cut to ${kept.length} of ${ws.length} words` };
		},
	},
	{
		id: "subtitle dropped", group: "title", expected: "minor", why: "citing a paper by its main title is common: the same paper, shown as a minor difference (rule title-subtitle)", doi: "entry", styles: FULL_STYLES,
		make: (p) => {
			const s = subtitleSplit(p.fields.title);
			return s ? { fields: { ...p.fields, title: s.head }, change: `subtitle "${s.tail}" dropped` } : null;
		},
	},
	{
		id: "chimeric title", group: "title", expected: "alarm", why: "halves of two real titles name no paper", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = words(p.fields.title);
			const o = otherPaper(p, ctx, (x) => words(x.fields.title).length >= 4);
			if (a.length < 4 || !o) return null;
			const b = words(o.fields.title);
			const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(" ");
			return { fields: { ...p.fields, title }, change: `title second half from another paper` };
		},
	},
	// ---- venue ----
	{
		id: "venue replaced by another real venue", group: "venue", expected: "flag",
		why: "the paper did not appear there: at least minor (known gap: accepted on purpose when the record is only the arXiv preprint and the note names a venue that publishes without DOIs)",
		doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const v = p.fields.venue;
			if (v === null) return null;
			const groups = REAL_VENUES.filter((g) => !g.includes(v) && !(FULL_NAMES[v] !== undefined && g.includes(FULL_NAMES[v])));
			const g = pickFrom(groups, ctx.random);
			const to = ctx.random() < 0.6 ? g[0] : g[1];
			return { fields: { ...p.fields, venue: to }, change: `venue ${v} → ${to}` };
		},
	},
	{
		id: "fabricated venue", group: "venue", expected: "flag", why: "a venue that does not exist is a classic generated error: never confirmed (rule venue-unconfirmed)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const to = fabricatedVenue(ctx.random);
			return { fields: { ...p.fields, venue: to, venueField: p.fields.venueField }, change: `venue → ${to}` };
		},
	},
	// ---- identifiers ----
	{
		id: "another paper's DOI", group: "identifier", expected: "alarm", why: "the identifier names another paper (rule doi-different)", doi: "fixed", styles: FULL_STYLES,
		make: (p, ctx) => {
			const o = otherPaper(p, ctx, (x) => x.fields.doi !== null && x.fields.doi !== p.fields.doi);
			return o ? { fields: { ...p.fields, doi: o.fields.doi }, change: `doi → ${o.fields.doi}` } : null;
		},
	},
	{
		id: "nonexistent DOI", group: "identifier", expected: "flag", why: "a well-formed DOI that no record holds is a fabricated identifier: at least minor, never confirmed", doi: "fixed", styles: FULL_STYLES,
		make: (p, ctx) => {
			const own = p.fields.doi;
			let doi: string;
			if (own && !/^10\.48550\//i.test(own)) doi = own.replace(/\d+(?=\D*$)/, (m) => digits(m.length, ctx.random));
			else doi = `10.5555/${digits(7, ctx.random)}.${digits(7, ctx.random)}`;
			if (ctx.indexDois.has(doi.toLowerCase()) || doi === own) return null;
			return { fields: { ...p.fields, doi }, change: `doi → ${doi} (in no record)` };
		},
	},
	{
		id: "nonexistent arXiv DOI on a published venue", group: "identifier", expected: "flag",
		why: "a preprint DOI no record holds, on a note claiming a venue: a fabricated identifier, at least minor", doi: "fixed", styles: FULL_STYLES,
		make: (p, ctx) => {
			if (p.fields.venue === null) return null;
			const yy = String((Number(p.fields.year) - (ctx.random() < 0.5 ? 1 : 0)) % 100).padStart(2, "0");
			const month = String(1 + Math.floor(ctx.random() * 12)).padStart(2, "0");
			const doi = `10.48550/arXiv.${yy}${month}.${digits(5, ctx.random)}`;
			if (ctx.indexDois.has(doi.toLowerCase())) return null;
			return { fields: { ...p.fields, doi }, change: `doi → ${doi} (in no record)` };
		},
	},
	{
		id: "own arXiv DOI on a published venue", group: "identifier", expected: "no-alarm",
		why: "the paper's own preprint DOI beside its venue is how many cite conference papers: the same work (rule doi-forms)", doi: "fixed", styles: FULL_STYLES,
		make: (p) => {
			if (p.fields.venue === null || !p.arxivDoi || p.fields.doi === p.arxivDoi) return null;
			return { fields: { ...p.fields, doi: p.arxivDoi }, change: `doi → own arXiv DOI ${p.arxivDoi}` };
		},
	},
	// ---- two papers mixed ----
	{
		id: "another paper's title", group: "title", expected: "alarm", why: "the authors of one paper with the title of another: a merged citation", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const families = new Set(p.fields.authors.map(familyKey));
			const o = otherPaper(p, ctx, (x) => x.fields.authors.every((a) => !families.has(familyKey(a))));
			return o ? { fields: { ...p.fields, title: o.fields.title }, change: "title of another paper" } : null;
		},
	},
	{
		id: "another paper's authors", group: "authors", expected: "alarm", why: "the title of one paper with the byline of another: a merged citation", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const families = new Set(p.fields.authors.map(familyKey));
			const o = otherPaper(p, ctx, (x) => x.fields.authors.length > 0 && x.fields.authors.every((a) => !families.has(familyKey(a))));
			return o ? { fields: { ...p.fields, authors: o.fields.authors.map(plainName) }, change: "authors of another paper" } : null;
		},
	},
	{
		id: "author list cut without et al.", group: "authors", expected: "flag", why: "authors left out without saying so: at least minor (rule note-author-list-truncated says so only with \"others\")", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = p.fields.authors;
			if (a.length < 3) return null;
			const keep = 1 + Math.floor(ctx.random() * Math.min(3, a.length - 1));
			return { fields: { ...p.fields, authors: a.slice(0, keep) }, change: `first ${keep} of ${a.length} authors, no "others"` };
		},
	},
	{
		id: "given name replaced", group: "authors", expected: "flag", why: "the family name of an author with another person's given name: at least minor (rule author-name-slip)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const a = p.fields.authors;
			if (a.length === 0) return null;
			const i = Math.floor(ctx.random() * a.length);
			const { given, family } = splitByline(a[i]);
			const first = given.split(" ")[0] ?? "";
			if (first.length < 3 || first.includes(".")) return null;
			const others = ctx.papers.flatMap((x) => x.fields.authors.slice(0, 1)).map((b) => splitByline(b).given.split(" ")[0]).filter((g) => g.length >= 3 && !g.includes(".") && g[0] !== first[0]);
			if (others.length === 0) return null;
			const to = pickFrom(others, ctx.random);
			const authors = [...a];
			authors[i] = `${to} ${family}`;
			return { fields: { ...p.fields, authors }, change: `${plainName(a[i])} → ${authors[i]}` };
		},
	},
	// ---- the same paper written another way (the false-alarm side) ----
	{
		id: "venue with year or proceedings wording", group: "unchanged", expected: "no-alarm", why: "\"NeurIPS 2021\", \"Proc. of CVPR\", \"Advances in Neural Information Processing Systems 34\" name the same venue", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const v = p.fields.venue;
			if (v === null || p.fields.venueField !== "booktitle") return null;
			const full = FULL_NAMES[v] ?? v;
			const forms = [`${v} ${p.fields.year}`, `Proc. of ${v}`, `Proceedings of ${full}`, `${full} ${p.fields.year}`, `In ${full} (${v})`];
			const to = pickFrom(forms, ctx.random);
			return { fields: { ...p.fields, venue: to }, change: `venue ${v} → ${to}` };
		},
	},
	{
		id: "title case, braces or final period", group: "unchanged", expected: "no-alarm", why: "BibTeX braces, sentence or upper case and a closing period are formatting (rule title-formatting)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const t = p.fields.title;
			const how = Math.floor(ctx.random() * 3);
			const to = how === 0 ? t.replace(/\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b/g, "{$1}") + "." : how === 1 ? t.charAt(0) + t.slice(1).toLowerCase() : t.toUpperCase();
			return to === t ? null : { fields: { ...p.fields, title: to }, change: ["braces and period", "sentence case", "upper case"][how] };
		},
	},
	{
		id: "given names as initials", group: "unchanged", expected: "no-alarm", why: "\"J. A. Smith\" is \"John Andrew Smith\" (rule author-name-forms)", doi: "entry", styles: FULL_STYLES,
		make: (p) => {
			const authors = p.fields.authors.map((b) => {
				const { given, family } = splitByline(b);
				const initials = given.split(/\s+/).filter((g) => g !== "").map((g) => g.split("-").map((x) => `${x.charAt(0)}.`).join("-")).join(" ");
				return initials ? `${initials} ${family}` : family;
			});
			return authors.join() === p.fields.authors.join() ? null : { fields: { ...p.fields, authors }, change: "given names as initials" };
		},
	},
	{
		id: "author list cut with et al.", group: "unchanged", expected: "no-alarm", why: "the first authors and \"others\" is a complete citation (rule note-author-list-truncated)", doi: "entry", styles: ["bibtex", "bibtex-last-first"],
		make: (p, ctx) => {
			const a = p.fields.authors;
			if (a.length < 4) return null;
			const keep = 1 + Math.floor(ctx.random() * 3);
			return { fields: { ...p.fields, authors: [...a.slice(0, keep), "others"] }, change: `first ${keep} of ${a.length} authors and others` };
		},
	},
	{
		id: "DOI as a URL or in capitals", group: "unchanged", expected: "no-alarm", why: "https://doi.org/10.X and 10.X in capitals are one DOI (rule doi-forms)", doi: "fixed", styles: FULL_STYLES,
		make: (p, ctx) => {
			const d = p.fields.doi;
			if (!d) return null;
			const to = ctx.random() < 0.5 ? `https://doi.org/${d}` : d.toUpperCase();
			return { fields: { ...p.fields, doi: to }, change: `doi → ${to}` };
		},
	},
	{
		id: "title as a web page's title", group: "unchanged", expected: "no-alarm", why: "a note clipped from the paper's page keeps the page's title, the site's name around the work's title, and the page's address (rule web-page-titles)", doi: "entry", styles: FULL_STYLES,
		make: (p, ctx) => {
			const t = p.fields.title;
			const arxivId = p.arxivDoi?.replace(/^10\.48550\/arxiv\./, "") ?? null;
			const pages: Array<[string, string]> = [
				[`${t} - ScienceDirect`, "https://www.sciencedirect.com/science/article/pii/S0000000000000000"],
				// a Springer page's address names the item's own DOI (it is read as the note's DOI), so
				// only a paper with a DOI is clipped from there
				...(p.fields.doi ? ([[`${t} | SpringerLink`, `https://link.springer.com/chapter/${p.fields.doi}`]] as Array<[string, string]>) : []),
				[`(PDF) ${t}`, "https://www.researchgate.net/publication/000000000"],
				[`[PDF] ${t} | Semantic Scholar`, "https://www.semanticscholar.org/paper/0000"],
				[`${t} | OpenReview`, "https://openreview.net/forum?id=0000"],
				[`${t} - ACL Anthology`, "https://aclanthology.org/0000/"],
				[`${t} | IEEE Conference Publication | IEEE Xplore`, "https://ieeexplore.ieee.org/document/0000"],
				...(arxivId ? ([[`[${arxivId}] ${t}`, `https://arxiv.org/abs/${arxivId}`]] as Array<[string, string]>) : []),
			];
			const [title, url] = pickFrom(pages, ctx.random);
			return { fields: { ...p.fields, title, url }, change: `title → ${title}` };
		},
	},
	{
		id: "cites the arXiv preprint", group: "unchanged", expected: "no-alarm", why: "the note cites the preprint of the paper (its arXiv id and server): the same work (rules venue-preprint-record, year-preprint)", doi: "fixed", styles: FULL_STYLES,
		make: (p) => {
			if (!p.arxivDoi) return null;
			const id = p.arxivDoi.replace(/^10\.48550\/arxiv\./, "");
			const year = p.record.hasPreprint && p.record.year !== null ? String(p.record.year) : p.fields.year;
			return { fields: { ...p.fields, venue: `arXiv preprint arXiv:${id}`, venueField: "journal", entryType: "article", doi: null, year }, change: `cites arXiv:${id} (${year})` };
		},
	},
	// ---- unchanged (the false-alarm side) ----
	...(["bibtex", "bibtex-last-first", "biblib-csl", "zotero-integration", "semantic-scholar"] as const).map(
		(style): Family => ({
			id: `unchanged (${style})`, group: "unchanged", expected: "no-alarm", why: "a correct citation as this importer writes it", doi: "entry", styles: [style],
			make: (p) => ({ fields: p.fields, change: "none" }),
		}),
	),
];

/** DBLP short names → the full names the REAL_VENUES groups use, so a "replacement" is never the same venue. */
const FULL_NAMES: Record<string, string> = Object.fromEntries(REAL_VENUES.map((g) => [g[0], g[1]]));
