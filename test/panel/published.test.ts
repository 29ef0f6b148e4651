// @vitest-environment happy-dom
// A reference citing a preprint that has since been published: the panel lists it under
// "Published versions" and offers to copy the published DOI, venue or year into the note, one key
// per write, everything else byte-identical, undoable.
import { describe, expect, it } from "vitest";
import { appWith, openPanel, settle, testServices } from "./harness";
import { publishedUpdate } from "../../src/core/verdict";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { CheckLog } from "../../src/core/types";

const PATH = "refs/belkin2018.md";
// CRLF line endings and a comment: both must survive the write.
const NOTE = [
	"---",
	"type: bibtex_entry",
	"citation_key: belkin2018",
	"title: Reconciling modern machine learning practice and the bias-variance trade-off",
	"authors:",
	"  - Mikhail Belkin",
	"  - Daniel Hsu",
	"year: 2018 # the preprint",
	"venue: arXiv",
	"check_log:",
	"  checked_at: '2026-11-20T10:00:00.000Z'",
	"  checked_with: 'auto:openalex'",
	"  status: confirmed",
	"  paper_id: 'https://openalex.org/W2900000001'",
	"  checker_version: 1",
	"  published_version:",
	"    doi: 10.1073/pnas.1903070116",
	"    venue: Proceedings of the National Academy of Sciences",
	"    year: 2019",
	"---",
	"Body <b>text</b>",
	"",
].join("\r\n");

async function panel() {
	const app = appWith({ [PATH]: NOTE });
	const services = testServices(app, { staleDays: 0 });
	const view = await openPanel(app, services);
	return { app, services, view, root: view.contentEl };
}

function row(root: HTMLElement): HTMLElement {
	const el = root.querySelector<HTMLElement>(`[data-path="${PATH}"]`);
	if (!el) throw new Error("no row for the note");
	return el;
}

describe("published versions", () => {
	it("is offered only while the note does not cite the published DOI", () => {
		const fm = { title: "T", doi: "10.1073/PNAS.1903070116", authors: ["A B"], year: 2018 };
		const ref = readReference(fm);
		if (isNotAReference(ref)) throw new Error("not a reference");
		const log = { status: "confirmed", published_version: { doi: "10.1073/pnas.1903070116", venue: "PNAS", year: 2019 } } as CheckLog;
		expect(publishedUpdate(ref, log)).toBeNull();
		expect(publishedUpdate({ ...ref, doi: null }, log)).toEqual(log.published_version);
	});

	it("lists the note and writes the published venue as one key; undo restores the bytes", async () => {
		const { app, services, view, root } = await panel();
		expect(view.model.get(PATH)?.group).toBe("published");
		row(root).querySelector<HTMLElement>('[data-action="toggle"]')?.click();
		await settle();
		const buttons = [...row(root).querySelectorAll<HTMLElement>('[data-action="use-published"]')].map((b) => b.textContent);
		expect(buttons).toEqual(["Use published venue", "Use published year", "Use published DOI"]);

		row(root).querySelector<HTMLElement>('[data-action="use-published"][data-field="venue"]')!.click();
		await settle();
		const after = app.vault.peek(PATH)!;
		expect(after).toBe(NOTE.replace("venue: arXiv", "venue: Proceedings of the National Academy of Sciences"));
		expect(services.verified).toEqual([PATH]); // re-checked after the write

		root.querySelector<HTMLElement>(".reference-check-undo")!.click();
		await settle();
		expect(app.vault.peek(PATH)).toBe(NOTE);
	});

	it("adds a DOI key the note did not have, keeping the year's number type", async () => {
		const { app, root } = await panel();
		row(root).querySelector<HTMLElement>('[data-action="toggle"]')?.click();
		await settle();
		row(root).querySelector<HTMLElement>('[data-action="use-published"][data-field="year"]')!.click();
		await settle();
		// The comment on the year's line stays (issue 16).
		expect(app.vault.peek(PATH)).toBe(NOTE.replace("year: 2018 # the preprint", "year: 2019 # the preprint"));
		row(root).querySelector<HTMLElement>('[data-action="use-published"][data-field="doi"]')?.click();
		await settle();
		expect(app.vault.peek(PATH)).toBe(NOTE.replace("year: 2018 # the preprint", "year: 2019 # the preprint").replace("---\r\nBody", "doi: 10.1073/pnas.1903070116\r\n---\r\nBody"));
	});
});
