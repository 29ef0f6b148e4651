// @vitest-environment happy-dom
// Bulk fixes over 500 notes through the panel: the preview shows exactly what is written, bytes
// outside the written key never change, one undo restores every byte of every note, and a note
// edited between preview and apply is skipped and reported. Notes vary in the ways real vaults do
// (comments, quoting, CRLF, key spellings, flow lists, bodies with `---`).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appWith, openPanel, settle, testServices } from "./harness";
import { fake } from "../plugin/harness";
import { planNoteFix, isNoteFix, type BulkFix } from "../../src/panel/bulk-fix";
import type { BulkFixModal } from "../../src/panel/bulk-fix-modal";
import { seededRandom } from "../support/prng";

const N = 500;

/** A reference note the fixes apply to: matched (with the remote DOI), no DOI of its own, its title differing. */
function note(i: number, rnd: () => number): string {
	const eol = rnd() < 0.1 ? "\r\n" : "\n";
	const title = rnd() < 0.3 ? `'Study ${i}: data, leverage and "quotes"'` : `Study ${i} of bulk fixes`;
	const authors = rnd() < 0.3 ? `authors: [Ada Lovelace, Grace Hopper]` : `authors:${eol}  - Ada Lovelace${eol}  - Grace Hopper # second`;
	const venueKey = rnd() < 0.5 ? "journal" : "venue";
	const body = rnd() < 0.2 ? `${eol}# Notes${eol}${eol}---${eol}A rule above, not frontmatter.${eol}` : `${eol}Notes on study ${i}.${eol}`;
	const localTitle = title.startsWith("'") ? `Study ${i}: data, leverage and "quotes"` : `Study ${i} of bulk fixes`;
	return [
		"---",
		`citation_key: bulk${i}`,
		`title: ${title}`,
		authors,
		`year: ${rnd() < 0.5 ? "2021" : "'2021'"}`,
		`${venueKey}: Journal of Bulk Tests # as imported`,
		"check_log:",
		"  checked_at: '2026-11-20T10:00:00.000Z'",
		"  checked_with: 'auto:openalex'",
		"  status: mismatch",
		"  mismatch_severity: major",
		`  paper_id: 'https://openalex.org/W${8_000_000 + i}'`,
		"  fields:",
		`    title: {local: ${JSON.stringify(localTitle)}, remote: "Entirely different study ${i} on bulk fixes", match: false, edit_distance: 30}`,
		"    year: {local: '2021', remote: '2021', match: true}",
		"    venue: {local: Journal of Bulk Tests, remote: Journal of Bulk Tests, match: true}",
		`    doi: {local: null, remote: 10.5555/bulk.${i}, match: false}`,
		"  remote:",
		`    title: Entirely different study ${i} on bulk fixes`,
		"    authors: [Ada Lovelace, Grace Hopper]",
		"    year: 2021",
		"    venue: Journal of Bulk Tests",
		`    doi: 10.5555/bulk.${i}`,
		"  checker_version: 1",
		"---",
	].join(eol) + body;
}

/** Top-level keys of the frontmatter, parsed independently of the plugin. */
function yamlOf(text: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return parse(m![1]) as Record<string, unknown>;
}

/** The text after the frontmatter block (the body), byte for byte. */
function bodyOf(text: string): string {
	const m = /^---\r?\n[\s\S]*?\r?\n---/.exec(text)!;
	return text.slice(m[0].length);
}

async function setUp() {
	const rnd = seededRandom(15);
	const files: Record<string, string> = {};
	for (let i = 0; i < N; i++) files[`refs/bulk${String(i).padStart(3, "0")}.md`] = note(i, rnd);
	const app = appWith(files);
	const services = testServices(app, { staleDays: 0 });
	const view = await openPanel(app, services);
	return { app, services, view, files };
}

async function preview(view: Awaited<ReturnType<typeof openPanel>>, fix: BulkFix): Promise<BulkFixModal> {
	const modal = view.openBulkFix()!;
	await modal.preview(fix);
	return modal;
}

describe("bulk fixes", () => {
	it("fills 500 missing DOIs: preview equals what is written, other bytes unchanged, one undo restores every byte, an edited note skipped", async () => {
		const { app, services, view, files } = await setUp();
		// The whole group, with the panel's own "Select all" (keyboard: Ctrl/Cmd+A on a row).
		view.contentEl.querySelector<HTMLElement>('[data-action="mark-group"][data-group="major"]')!.click();
		expect(view.marked.size).toBe(N);
		expect(view.contentEl.querySelector(".reference-check-selection-count")?.textContent).toBe(`${N} selected`);

		const modal = await preview(view, { kind: "fill-doi" });
		const shown = [...modal.contentEl.querySelectorAll<HTMLElement>(".reference-check-bulk-note")];
		expect(modal.contentEl.querySelector(".reference-check-bulk-summary")?.textContent).toMatch(/^500 notes will change\./);
		// The preview lists the notes with the exact lines (the first 200 in full, the rest counted).
		expect(shown).toHaveLength(200);
		const first = shown[0];
		expect(first.dataset.path).toBe("refs/bulk000.md");
		expect([...first.querySelectorAll(".reference-check-bulk-added")].map((e) => e.textContent)).toContain("+ doi: 10.5555/bulk.0");

		// What apply will write, per note, planned independently from the same texts.
		const planned = new Map<string, string>();
		for (const [path, text] of Object.entries(files)) {
			const plan = planNoteFix(path, text, { kind: "fill-doi" }, { staleDays: 0, now: new Date() });
			expect(isNoteFix(plan), path).toBe(true);
			if (isNoteFix(plan)) planned.set(path, plan.after);
		}
		// Someone edits one note between the preview and "Apply".
		const edited = "refs/bulk123.md";
		await app.vault.modify(app.vault.getFileByPath(edited)!, files[edited].replace("Notes on study", "Edited notes on study").replace("# Notes", "# Edited notes"));
		const editedText = app.vault.peek(edited)!;
		const noticesBefore = fake.__test.notices.length;
		modal.contentEl.querySelector<HTMLButtonElement>(".reference-check-bulk-apply")!.click();
		await settle();
		await new Promise((r) => setTimeout(r, 50));

		// Reported in the panel beside its Undo (as every panel write is), flagged, and no Notice covers it.
		const ack = view.contentEl.querySelector(".reference-check-ack");
		expect(ack?.querySelector(".reference-check-ack-text")?.textContent).toBe(`Fill missing DOI: 499 notes changed. 1 skipped: ${edited} (edited since the preview).`);
		expect(ack?.classList.contains("reference-check-ack-failed")).toBe(true);
		expect(fake.__test.notices.slice(noticesBefore).filter((n) => n.startsWith("Fill missing DOI"))).toEqual([]);
		expect(app.vault.peek(edited)).toBe(editedText);
		for (const [path, before] of Object.entries(files)) {
			if (path === edited) continue;
			const after = app.vault.peek(path)!;
			// Preview equals what is written.
			expect(after, path).toBe(planned.get(path));
			// Only the doi key differs: every other key's value, the body, and the text without the inserted line.
			const a = yamlOf(after);
			const b = yamlOf(before);
			expect(a.doi, path).toBe(`10.5555/bulk.${Number(path.slice(9, 12))}`);
			delete a.doi;
			expect(a, path).toEqual(b);
			expect(bodyOf(after), path).toBe(bodyOf(before));
			// The one top-level line added, and nothing else: without it the text is the old text.
			const added = new RegExp(`(^|\n)doi: 10\\.5555/bulk\\.${Number(path.slice(9, 12))}\r?\n`);
			expect(after.replace(added, "$1"), path).toBe(before);
		}
		// The fixed notes were re-checked (one run over them), as the preview's toggle said.
		expect(services.runs.started.at(-1)).toEqual({ kind: "files", paths: [...planned.keys()].filter((p) => p !== edited) });

		// One undo restores every byte of every note.
		expect(view.contentEl.querySelector(".reference-check-undo")?.textContent).toBe("Undo: fill missing DOI in 499 notes");
		await view.undo();
		for (const [path, before] of Object.entries(files)) expect(app.vault.peek(path), path).toBe(path === edited ? editedText : before);
		expect(view.writer.undoable).toHaveLength(0);
	}, 60_000);

	it("uses the remote title in 500 notes and undoes them together, keyboard only", async () => {
		const { app, view, files } = await setUp();
		const list = view.contentEl.querySelector<HTMLElement>(".reference-check-list")!;
		const key = (k: string, extra: KeyboardEventInit = {}) => list.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, ...extra }));
		key("ArrowDown");
		key("x");
		expect(view.marked.size).toBe(1);
		key("a", { ctrlKey: true });
		expect(view.marked.size).toBe(N);
		key("f");
		const modal = document.querySelector(".modal-container .reference-check-bulk-choices")!.closest(".modal-container")!;
		modal.querySelector<HTMLButtonElement>('[data-fix="remote-title"]')!.click();
		await settle();
		const diffs = [...modal.querySelectorAll<HTMLElement>('.reference-check-bulk-diff[data-key="title"]')];
		expect(diffs).toHaveLength(200);
		expect(diffs[0].querySelector(".reference-check-bulk-added")?.textContent).toBe("+ title: Entirely different study 0 on bulk fixes");
		// Without the re-check, so the undo has nothing else to restore.
		modal.querySelector<HTMLElement>(".checkbox-container")!.click();
		modal.querySelector<HTMLButtonElement>(".reference-check-bulk-apply")!.click();
		await settle();
		await new Promise((r) => setTimeout(r, 50));
		for (const [path, before] of Object.entries(files)) {
			const after = app.vault.peek(path)!;
			expect(yamlOf(after).title, path).toBe(`Entirely different study ${Number(path.slice(9, 12))} on bulk fixes`);
			const a = { ...yamlOf(after), title: null };
			expect(a, path).toEqual({ ...yamlOf(before), title: null });
			expect(bodyOf(after), path).toBe(bodyOf(before));
		}
		key("z", { ctrlKey: true });
		await settle();
		await new Promise((r) => setTimeout(r, 50));
		for (const [path, before] of Object.entries(files)) expect(app.vault.peek(path), path).toBe(before);
	}, 60_000);

	it("updates preprint references to their published version, one key at a time, and says why others are left alone", () => {
		const text = [
			"---",
			"title: Reconciling modern machine learning practice",
			"authors: [Mikhail Belkin]",
			"year: 2018 # the preprint",
			"venue: arXiv",
			"check_log:",
			"  checked_at: '2026-11-20T10:00:00.000Z'",
			"  checked_with: 'auto:openalex'",
			"  status: confirmed",
			"  checker_version: 1",
			"  published_version: {doi: 10.1073/pnas.1903070116, venue: Proceedings of the National Academy of Sciences, year: 2019}",
			"---",
			"Body",
		].join("\n");
		const plan = planNoteFix("a.md", text, { kind: "published" }, { staleDays: 0, now: new Date() });
		if (!isNoteFix(plan)) throw new Error(plan.skip);
		expect(plan.changes.map((c) => c.key)).toEqual(["venue", "year", "doi"]);
		expect(yamlOf(plan.after)).toMatchObject({ venue: "Proceedings of the National Academy of Sciences", year: 2019, doi: "10.1073/pnas.1903070116" });
		// The keys not written keep their lines.
		expect(plan.after.split("\n").slice(1, 3)).toEqual(text.split("\n").slice(1, 3));
		expect(plan.after.split("\n").slice(5, 11)).toEqual(text.split("\n").slice(5, 11));
		expect(planNoteFix("b.md", "---\ntitle: T\n---\n", { kind: "published" }, { staleDays: 0, now: new Date() })).toEqual({ path: "b.md", skip: "never checked" });
		expect(planNoteFix("c.md", plan.after, { kind: "published" }, { staleDays: 0, now: new Date() })).toEqual({ path: "c.md", skip: "no published version" });
	});
});
