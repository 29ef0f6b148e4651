// Sample section models for the rendering tests: renders both sections into a container exactly as
// the plugin does, with links that do nothing. Needs Obsidian's DOM helpers (createEl/createDiv;
// test/setup-dom.ts installs them outside Obsidian). The screenshots use a real vault instead.
import { renderCitedInSection, renderReferencesSection, type CitedInSectionModel, type LinkHandlers, type ReferencesSectionModel } from "../../src/cited-in/render";

export const SAMPLE_CITED_IN: CitedInSectionModel = {
	citationKey: "ouyang2022instructgpt",
	entries: [
		{
			kind: "folder",
			value: "data-leverage-blogs",
			folder: "data-leverage-blogs",
			note: null,
			pages: [
				{ linktext: "2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit", display: "2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit", resolved: true },
				{ linktext: "2023-02-03-ai-technologies-are-system-maps-and-you-are-a-cartographer", display: "2023-02-03-ai-technologies-are-system-maps-and-you-are-a-cartographer", resolved: true },
			],
		},
		{ kind: "folder", value: "ranking-book", folder: "ranking-book", note: { linktext: "ranking-book/index.qmd", display: "ranking-book", resolved: true }, pages: [{ linktext: "ranking-book/appendices/d-empirical-studies.qmd", display: "d-empirical-studies.qmd", resolved: true }] },
		{ kind: "note", value: "Reading list 2024", link: { linktext: "Reading list 2024", display: "Reading list 2024", resolved: true }, cites: false },
		{ kind: "unresolved", value: "old-talk-slides", link: { linktext: "old-talk-slides", display: "old-talk-slides", resolved: false }, reason: 'No note, alias or folder named "old-talk-slides"' },
	],
};

export const SAMPLE_REFERENCES: ReferencesSectionModel = {
	items: [
		{ link: { linktext: "brown2020fewshot", display: "Language Models are Few-Shot Learners", resolved: true }, title: "Language Models are Few-Shot Learners", citationKey: "brown2020fewshot", badge: { kind: "mismatch", label: "Minor mismatch", detail: "Minor mismatch with OpenAlex in venue, checked 2025-12-30." }, via: ["citation", "folder"] },
		{ link: { linktext: "vincent2021dataleverage", display: "Data Leverage: A Framework for Empowering the Public", resolved: true }, title: "Data Leverage", citationKey: "vincent2021dataleverage", badge: { kind: "verified", label: "Verified", detail: "Matches OpenAlex, checked 2026-01-02." }, via: ["citation"] },
		{ link: { linktext: "kwon2021betashapley", display: "Beta Shapley: a Unified and Noise-reduced Data Valuation Framework", resolved: true }, title: "Beta Shapley", citationKey: "kwon2021betashapley", badge: { kind: "not-found", label: "Not found", detail: "Not found in OpenAlex, checked 2026-01-02." }, via: ["link"] },
		{ link: { linktext: "toxtli2021invisiblelabor", display: "Quantifying the Invisible Labor in Crowd Work", resolved: true }, title: "Quantifying the Invisible Labor in Crowd Work", citationKey: "toxtli2021invisiblelabor", badge: { kind: "unchecked", label: "Unchecked", detail: "Not checked against OpenAlex yet." }, via: ["folder"] },
	],
	unknownKeys: ["ouyang2022instructgpt"],
	retracted: [],
	neverChecked: [],
};

const INERT: LinkHandlers = { open: () => {}, hover: () => {} };

/** Renders the sample "Cited in" and "References" sections into `container`. */
export function renderCitedInSample(container: HTMLElement, handlers: LinkHandlers = INERT): { citedIn: HTMLElement; references: HTMLElement } {
	const wrap = container.createDiv({ cls: "reference-check-reading-sections" });
	return { citedIn: renderCitedInSection(wrap, SAMPLE_CITED_IN, handlers), references: renderReferencesSection(wrap, SAMPLE_REFERENCES, handlers) };
}
