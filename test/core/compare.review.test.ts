// Review findings for the comparison: title spellings that are the same paper (punctuation and
// whitespace never make a mismatch) and must not be a major "different title",
// nor make a title-search candidate fail.
import { describe, expect, it } from "vitest";
import { compareReference } from "../../src/core/compare";
import { isOrganizationAuthor, relateTitles, scoreCandidate } from "../../src/core/match";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { Reference, RemoteWork } from "../../src/core/types";

function work(title: string): RemoteWork {
	return {
		id: "https://openalex.org/W1", doi: "10.1234/x.1", title, authors: ["Solon Barocas", "Moritz Hardt", "Arvind Narayanan"],
		year: 2019, publicationDate: null, type: "book", venue: "MIT Press",
		locations: [{ venue: "MIT Press", sourceType: "ebook platform", version: "publishedVersion", isPreprint: false, landingPageUrl: null }],
		isRetracted: false, isParatext: false, arxivId: null,
	};
}

function reference(title: string): Reference {
	// A BibLib CSL-JSON note.
	const r = readReference({
		type: "book",
		"citation-key": "barocas2019",
		title,
		author: [{ family: "Barocas", given: "Solon" }, { family: "Hardt", given: "Moritz" }, { family: "Narayanan", given: "Arvind" }],
		issued: { "date-parts": [[2019]] },
		DOI: "10.1234/x.1",
		publisher: "MIT Press",
	});
	if (isNotAReference(r)) throw new Error(r.reason);
	return r;
}

describe("titles that differ only in `&` vs `and`, or in a hyphen or space inside a word", () => {
	const cases: Array<[string, string]> = [
		["Fairness \\& machine learning: limitations and opportunities", "Fairness and Machine Learning: Limitations and Opportunities"],
		["Fairness &amp; machine learning: limitations and opportunities", "Fairness and Machine Learning: Limitations and Opportunities"],
		["Improving language understanding by generative pretraining", "Improving Language Understanding by Generative Pre-Training"],
		["Multi-task learning for fairness in practice", "Multitask learning for fairness in practice"],
		["An on-line data set for sentiment analysis", "An online dataset for sentiment analysis"],
	];

	for (const [local, remote] of cases) {
		it(`"${local}" is the paper "${remote}"`, () => {
			expect(relateTitles(local, remote)).toBe("same");
			const c = compareReference(reference(local), work(remote));
			expect(c.fields.title.match).toBe(true);
			expect(c.status).toBe("confirmed");
			expect(scoreCandidate(reference(local), work(remote)).accept).toBe(true);
		});
	}

	it("still tells apart titles whose words differ", () => {
		expect(relateTitles("Learning to summarize from human feedback", "Learning to summarize with human feedback")).toBe("different");
		expect(relateTitles("Fairness and machine learning", "Fairness or machine learning")).toBe("different");
		expect(relateTitles("Supervised pre-training of vision models", "Unsupervised pre-training of vision models")).toBe("different");
		expect(compareReference(reference("Fairness or machine learning: limitations and opportunities"), work("Fairness and Machine Learning: Limitations and Opportunities")).severity).toBe("major");
	});
});

describe("a note's DOI checked against the landing pages of the work's locations", () => {
	const location = (landingPageUrl: string) => ({ venue: "SSRN Electronic Journal", sourceType: "repository", version: "submittedVersion", isPreprint: true, landingPageUrl });
	const remote = (landing: string): RemoteWork => ({
		...work("Fairness and Machine Learning: Limitations and Opportunities"),
		doi: "10.1145/3442188.3445885",
		locations: [
			{ venue: "MIT Press", sourceType: "ebook platform", version: "publishedVersion", isPreprint: false, landingPageUrl: "https://doi.org/10.1145/3442188.3445885" },
			location(landing),
		],
	});
	const withDoi = (doi: string): Reference => ({ ...reference("Fairness and machine learning: limitations and opportunities"), doi });

	it("flags a truncated DOI that is only the start of the work's DOI", () => {
		const c = compareReference(withDoi("10.1145/3442188.344588"), remote("https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1"));
		expect(c.fields.doi.match).toBe(false);
		expect(c.severity).toBe("major");
	});

	it("flags a DOI that is only the start of another location's DOI", () => {
		const c = compareReference(withDoi("10.2139/ssrn.12"), remote("https://doi.org/10.2139/ssrn.1234"));
		expect(c.fields.doi.match).toBe(false);
	});

	it("accepts the DOI of another location of the work", () => {
		for (const landing of ["https://doi.org/10.2139/ssrn.1234", "https://doi.org/10.2139/SSRN.1234?download=yes", "https://dx.doi.org/10.2139/ssrn.1234/"]) {
			const c = compareReference(withDoi("10.2139/ssrn.1234"), remote(landing));
			expect(c.fields.doi.match, landing).toBe(true);
			expect(c.status, landing).toBe("confirmed");
		}
	});
});

describe("a person whose family name is also an organization word", () => {
	const title = "Corporate governance and the stock market in developing economies";
	const ref: Reference = { citationKey: "k", title, authors: ["Steven Bank"], authorsTruncated: false, year: "2010", venue: null, doi: null, arxivId: null, url: null, entryType: "article", openalexId: null };
	const other: RemoteWork = { ...work(title), doi: null, type: "article", authors: ["Jane Doe"], year: 2010, venue: null, locations: [] };

	it("is compared as a person: another author is a major mismatch, and no search candidate", () => {
		expect(isOrganizationAuthor("Steven Bank")).toBe(false);
		expect(isOrganizationAuthor("Yann Meta")).toBe(false);
		expect(compareReference(ref, other).severity).toBe("major");
		expect(scoreCandidate(ref, other).accept).toBe(false);
	});

	it("leaves organizations named with those words recognised", () => {
		for (const org of ["World Bank", "The World Bank", "Bank for International Settlements", "European Central Bank", "Meta", "Meta AI", "Google DeepMind", "NIST"]) {
			expect(isOrganizationAuthor(org), org).toBe(true);
		}
	});
});
