// How a web page's title is read (rules/web-page-titles): what is the work's title, what the site added.
import { describe, expect, it } from "vitest";
import { workTitleOfPage } from "../../src/core/rules/web-page-titles";

const AUTHORS = ["Ida Bergström", "Paul Ndlovu"];
const CASES: Array<[string, string | null, string | null]> = [
	// [page title, url, the work's title (null: read as written)]
	["Grazing and soil carbon - ScienceDirect", "https://www.sciencedirect.com/science/article/pii/S1", "Grazing and soil carbon"],
	["Grazing and soil carbon | Nature Ecology & Evolution", "https://www.nature.com/articles/s1", "Grazing and soil carbon"],
	["Grazing and soil carbon | Science", "https://www.science.org/doi/10.1126/science.1", "Grazing and soil carbon"],
	["Grazing and soil carbon | PNAS", "https://www.pnas.org/doi/10.1073/pnas.1", "Grazing and soil carbon"],
	["Frontiers | Grazing and soil carbon", "https://www.frontiersin.org/articles/10.3389/x", "Grazing and soil carbon"],
	["Grazing and soil carbon | Journal of Ecology | Oxford Academic", "https://academic.oup.com/jec/article/1", "Grazing and soil carbon"],
	["Grazing and soil carbon | Journal of Ecology | Cambridge Core", "https://www.cambridge.org/core/journals/x", "Grazing and soil carbon"],
	["Grazing and soil carbon - Ida Bergström, Paul Ndlovu, 2017", "https://journals.sagepub.com/doi/10.1177/1", "Grazing and soil carbon"],
	["Grazing and soil carbon - Karl Weber, 2017", "https://journals.sagepub.com/doi/10.1177/1", null],
	["Grazing and soil carbon - Bergström - 2017 - Journal of Ecology - Wiley Online Library", "https://besjournals.onlinelibrary.wiley.com/doi/10.1111/1", "Grazing and soil carbon"],
	["Grazing and soil carbon - Bergström et al. - 2017 - Wiley Online Library", null, "Grazing and soil carbon"],
	["Grazing and soil carbon | SpringerLink", "https://link.springer.com/article/10.1007/1", "Grazing and soil carbon"],
	["Grazing and soil carbon | IEEE Conference Publication | IEEE Xplore", "https://ieeexplore.ieee.org/document/1", "Grazing and soil carbon"],
	["Grazing and soil carbon - PubMed", "https://pubmed.ncbi.nlm.nih.gov/1/", "Grazing and soil carbon"],
	["Grazing and Soil Carbon: A Meta-Analysis - PMC", "https://pmc.ncbi.nlm.nih.gov/articles/PMC1/", "Grazing and Soil Carbon: A Meta-Analysis"],
	["(PDF) Grazing and soil carbon", "https://www.researchgate.net/publication/1_x", "Grazing and soil carbon"],
	["Grazing and soil carbon | Request PDF", null, "Grazing and soil carbon"],
	["[PDF] Grazing and soil carbon | Semantic Scholar", "https://www.semanticscholar.org/paper/x", "Grazing and soil carbon"],
	["Full article: Grazing and soil carbon", "https://www.tandfonline.com/doi/full/10.1080/1", "Grazing and soil carbon"],
	["[1706.03762v5] Attention-based grazing models", "https://arxiv.org/abs/1706.03762v5", "Attention-based grazing models"],
	["[hep-th/9711200] Large N limits of grazing", "https://arxiv.org/abs/hep-th/9711200", "Large N limits of grazing"],
	["Grazing and Soil Carbon on JSTOR", "https://www.jstor.org/stable/1", "Grazing and Soil Carbon"],
	["Agronomy | Free Full-Text | Grazing and Soil Carbon", "https://www.mdpi.com/2073-4395/1/1/1", "Grazing and Soil Carbon"],
	["Grazing and soil carbon - ACL Anthology", "https://aclanthology.org/2020.acl-main.1/", "Grazing and soil carbon"],
	["Grazing and soil carbon | OpenReview", "https://openreview.net/forum?id=x", "Grazing and soil carbon"],
	["Grazing and soil carbon - Archive ouverte HAL", "https://hal.science/hal-01234567", "Grazing and soil carbon"],
	// the title's own parts stay
	["arXiv - a Case Study in Preprint Culture", "https://www.example.org/x", null],
	["Zenodo - Ten Years of Open Deposits | Zenodo", "https://zenodo.org/records/1", "Zenodo - Ten Years of Open Deposits"],
	["Long-Term Care - a Comparative Review - PMC", "https://pmc.ncbi.nlm.nih.gov/articles/PMC1/", "Long-Term Care - a Comparative Review"],
	["Nature and Nurture - the Debate Revisited | Nature", "https://www.nature.com/articles/1", "Nature and Nurture - the Debate Revisited"],
	// no site named: the title as written
	["Nature and Nurture - the Debate Revisited", "https://www.nature.com/articles/1", null],
	["Grazing and soil carbon: a meta-analysis", "https://www.sciencedirect.com/science/article/pii/S1", null],
	["Grazing and soil carbon (1990-2010) - a review", null, null],
	["Bergström - 2017 - Grazing and soil carbon", "https://example.org/x", null],
	["[Grazing and soil carbon]", null, null],
	["Grazing | Carbon", "https://example.org/x", null],
	// a long run of parts is no page title
	[`${Array.from({ length: 30 }, (_, i) => `part ${i}`).join(" | ")} | ScienceDirect`, "https://www.sciencedirect.com/x", null],
];

describe("workTitleOfPage", () => {
	// failed before its fix by running past the suite's timeout: " on JSTOR" was looked for after
	// every space of a long run (n^2)
	it("reads a title of 200,000 spaces around its parts in one pass", () => {
		expect(workTitleOfPage(`${" ".repeat(200_000)}Grazing - ScienceDirect`, null, AUTHORS)?.title).toBe("Grazing");
	});

	for (const [page, url, title] of CASES) {
		it(`${page} → ${title ?? "as written"}`, () => {
			expect(workTitleOfPage(page, url, AUTHORS)?.title ?? null).toBe(title);
		});
	}
});
