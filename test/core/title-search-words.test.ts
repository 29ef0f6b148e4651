// What the resolver's last tries send (rules/title-search-words): the leading words for a free
// autocomplete, the steady words for one title search.
import { describe, expect, it } from "vitest";
import { ENGLISH_WORDS_LEFT_OUT, foldedTitle, isVariableWord, leadingWords, MOST_WORD_GROUPS, steadyWords, wordsButSome } from "../../src/core/rules/title-search-words";

describe("leadingWords", () => {
	it.each([
		["Augmenting Online Algorithms with ε-Accurate Predictions", "Augmenting Online Algorithms with"],
		["Sparse Gauge Networks for Shallow Estuaries (Extended Abstract)", "Sparse Gauge Networks for Shallow"],
		["Registry Linkage: A Survey of Harbour Records", "Registry Linkage:"],
		["Meeting Transcripts as Organisational Memory", "Meeting Transcripts as"],
		["Tides and Currents of the Northern Kattegat", "Tides and"],
		["Baltic Shipping Registers, Volume 2", "Baltic Shipping Registers, Volume"],
		["Probabilistic Linkage of Harbour Registries Across Centuries", "Probabilistic Linkage of"],
		// a word broken at a line end (a PDF copy) is not sent in pieces
		["Drivers of Coastal Environ- mental Change in Fjords", "Drivers of Coastal"],
	])("%s → %s", (title, lead) => {
		expect(leadingWords(title)).toBe(lead);
	});

	it("is null when nothing shorter than the title is left", () => {
		expect(leadingWords("Registry Linkage")).toBeNull();
		expect(leadingWords("Fjords")).toBeNull();
	});
});

describe("steadyWords", () => {
	it.each([
		["Contrastive Pre-Training of Tide Gauge Encoders", "Contrastive of Tide Gauge Encoders"],
		["P-117: Tumour Fraction as a Marker of Early Relapse", "Fraction as a Marker of Early Relapse"],
		["Les négociants bordelais et la traite atlantique", "Les bordelais et la traite atlantique"],
		["The Ecology of Peatlands", "Ecology of Peatlands"],
		["Sparse Gauge Networks for Estuaries (Extended Abstract)", "Sparse Gauge Networks for Estuaries"],
		// both pieces of a word broken at a line end: joined ("Environmental") or hyphenated ("Self-Organizing") is unknown
		["Environ- mental Drivers of Coastal Siltation", "Drivers of Coastal Siltation"],
		["Self- Organizing Maps of Surge Patterns", "Maps of Surge Patterns"],
		// a suspended hyphen costs only the word after it
		["Short- and Long Term Surge Variability", "Long Term Surge Variability"],
	])("%s → %s", (title, steady) => {
		expect(steadyWords(title)).toBe(steady);
	});

	it("is null when no word is left out or too few remain", () => {
		expect(steadyWords("Attention Budgets in Meeting Transcripts")).toBeNull();
		expect(steadyWords("Self-Supervised Pre-Training")).toBeNull();
	});
});

describe("isVariableWord", () => {
	it.each(["pre-training", "Źródła", "ﬁeld", "v2", "GPT-4", "II", "and", "vs", "versus", "harmonise", "harmonize", "behaviour", "centre", "modelling", "catalogue", "organisational", "four", "Two", "Second", "twenty", "Oesophageal", "Esophageal", "Paediatric", "Pediatric", "Haemoglobin", "Sulfate", "Sulphur", "Grey"])("%s varies", (w) => {
		expect(isVariableWord(w)).toBe(true);
	});
	it.each(["Attention", "gauge", "Estuaries", "I", "registry", "pipelines", "often", "tent", "does", "Greater", "Festival", "Theme"])("%s is steady", (w) => {
		expect(isVariableWord(w)).toBe(false);
	});
	it("a leading article varies only as the first word", () => {
		expect(isVariableWord("The", true)).toBe(true);
		expect(isVariableWord("The")).toBe(false);
	});
});

describe("foldedTitle", () => {
	it.each([
		["Straßenbau und Bodenverdichtung", "strassenbau und bodenverdichtung"],
		["İklim Değişikliği ve Kuraklık", "iklim degisikligi ve kuraklik"],
		["Søren's Œuvre: Æsthetics", "soren's oeuvre aesthetics"],
	])("%s → %s", (title, folded) => {
		expect(foldedTitle(title)).toBe(folded);
	});

	it("is null for a title in A–Z or in a script with no A–Z spelling", () => {
		expect(foldedTitle("Tides and Currents")).toBeNull();
		expect(foldedTitle("Jornaleros en Badajoz: ¿reforma?")).toBeNull();
		expect(foldedTitle("黄土高原淤地坝")).toBeNull();
		expect(foldedTitle("Термокарстовые озёра")).toBeNull();
	});
});

describe("wordsButSome", () => {
	it("leaves out every choice of two words of a plain-ASCII title in another language", () => {
		const groups = wordsButSome("Sequia y regadio en los valles")!;
		expect(groups).toHaveLength(15);
		expect(groups).toContainEqual(["y", "en", "los", "valles"]);
		expect(groups.every((g) => g.length === 4)).toBe(true);
	});

	it("leaves out one word when two would leave too few or make too many groups", () => {
		expect(wordsButSome("Sudtiroler Almweiden und Moore")).toEqual([
			["Almweiden", "und", "Moore"],
			["Sudtiroler", "und", "Moore"],
			["Sudtiroler", "Almweiden", "Moore"],
			["Sudtiroler", "Almweiden", "und"],
		]);
		const long = wordsButSome("Sequia y regadio en los valles del Segura y del Jucar")!;
		expect(long).toHaveLength(11);
		expect(long.length).toBeLessThanOrEqual(MOST_WORD_GROUPS);
	});

	it("leaves out each word of a short English title, then each two while three words remain (slips can be in any word)", () => {
		const groups = wordsButSome("Schrodinger Operators with Random Potentials")!;
		expect(groups.slice(0, 5)).toEqual([
			["Operators", "with", "Random", "Potentials"],
			["Schrodinger", "with", "Random", "Potentials"],
			["Schrodinger", "Operators", "Random", "Potentials"],
			["Schrodinger", "Operators", "with", "Potentials"],
			["Schrodinger", "Operators", "with", "Random"],
		]);
		expect(groups.slice(5)).toHaveLength(10);
		expect(groups.slice(5)).toContainEqual(["Schrodinger", "with", "Random"]);
		expect(groups.slice(5).every((g) => g.length === 3)).toBe(true);
		// four words: one left out, never two (a single word would remain too little to search)
		expect(wordsButSome("Random Operators and Potentials")).toHaveLength(4);
	});

	it("leaves out only the first words of a long English title", () => {
		const words = Array.from({ length: 30 }, (_, i) => `Longword${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
		const groups = wordsButSome(words.join(" "))!;
		// the first words one at a time, then two at a time: every group keeps the rest of the title
		const n = ENGLISH_WORDS_LEFT_OUT;
		expect(groups.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => words.filter((_w, k) => k !== i)));
		expect(groups).toHaveLength(n + (n * (n - 1)) / 2);
		expect(groups.slice(n).every((g) => g.length === 28 && words.slice(n).every((w) => g.includes(w)))).toBe(true);
		// the client sends as many of them as OpenAlex's URL budget holds (test/openalex/client-safety.test.ts)
	});

	it("does not build the choices of a very long title in another language (they would be millions)", () => {
		// 4,000 words: 8 million choices of two, each a copy of the title, before this guard
		expect(wordsButSome(Array.from({ length: 4000 }, (_, i) => (i % 2 ? "y" : "valles")).join(" "))).toBeNull();
	});

	it("is null for a title with letters outside A–Z or one too short", () => {
		expect(wordsButSome("Sequía y regadío en los valles")).toBeNull();
		expect(wordsButSome("Almweiden und Moore")).toBeNull();
	});
});
