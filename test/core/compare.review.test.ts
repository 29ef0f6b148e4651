// Review findings for the comparison: title spellings that are the same paper (DESIGN "Comparing":
// punctuation and whitespace never make a mismatch) and must not be a major "different title",
// nor make a title-search candidate fail.
import { describe, expect, it } from "vitest";
import { compareReference } from "../../src/core/compare";
import { relateTitles, scoreCandidate } from "../../src/core/match";
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
	// A BibLib CSL-JSON note, as DESIGN §1 describes them.
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
