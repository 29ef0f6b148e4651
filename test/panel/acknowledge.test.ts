// @vitest-environment happy-dom
// Issue 16 in the panel: every write says what it changed in which note, beside an Undo that names
// it, and raises no Notice (a Notice would cover that Undo); the filter updates the count of
// references to review; rows tell apart notes with the same key or title; a rewrite that cannot
// keep a value's comments asks first.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { __test } from "../fake-obsidian/index";
import { appWith, openPanel, settle, testServices } from "./harness";
import { compareReference } from "../../src/core/compare";
import { buildCheckLog } from "../../src/core/check-log";
import { isNotAReference, readReference } from "../../src/core/reference";
import type { RemoteWork } from "../../src/core/types";
import { spliceCheckLog } from "../../src/vault/frontmatter";

afterEach(() => {
	expect(__test.listenerErrors.splice(0)).toEqual([]);
	document.querySelectorAll(".modal-container").forEach((m) => m.remove());
});

const NOW = new Date();

function work(over: Partial<RemoteWork>): RemoteWork {
	return { id: "https://openalex.org/W77", doi: null, title: "Sparse Attention for Tide Forecasting", authors: ["Hannah Vogt", "Emil Sandberg"], year: 2022, publicationDate: null, type: "article", venue: "Ocean Modelling Letters", locations: [], isRetracted: false, isParatext: false, arxivId: null, ...over };
}

/** A reference note (frontmatter lines as given) with the check_log the checker writes against `remote`. */
function checked(lines: string[], remote: RemoteWork): string {
	const text = `---\n${lines.join("\n")}\n---\nBody\n`;
	const fm = parse(lines.join("\n")) as Record<string, unknown>;
	const ref = readReference(fm);
	if (isNotAReference(ref)) throw new Error(ref.reason);
	const c = compareReference(ref, remote);
	const out = spliceCheckLog(text, buildCheckLog({ status: c.status, comparison: c, work: remote, now: NOW }));
	if ("error" in out) throw new Error(out.error);
	return out.text;
}

const BASE = ["type: bibtex_entry", "title: Sparse Attention for Tide Forecasting", "venue: Ocean Modelling Letters"];
const YEAR_OFF = checked(["citation_key: vogt2022", ...BASE, "authors:", "  - Hannah Vogt", "  - Emil Sandberg", "year: '2019'   # from the PDF"], work({}));
const AUTHORS_COMMENTED = checked(["citation_key: vogt2022b", ...BASE, "authors: # from Zotero", "  - Hannah Vogt  # corresponding", "  - Ola Berg", "year: '2022'"], work({}));

function click(el: Element | null | undefined): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

async function panelOf(files: Record<string, string>) {
	const app = appWith(files);
	const services = testServices(app);
	const view = await openPanel(app, services);
	const root = view.contentEl;
	const row = (path: string) => {
		view.focusPath(path);
		const el = root.querySelector<HTMLElement>(`.reference-check-entry[data-path="${CSS.escape(path)}"]`);
		if (!el) throw new Error(`${path} not rendered`);
		return el;
	};
	const ack = () => root.querySelector(".reference-check-ack-text")?.textContent ?? "";
	const undo = () => root.querySelector<HTMLElement>(".reference-check-undo")!;
	return { app, services, view, root, row, ack, undo };
}

describe("every write acknowledges itself in the panel, with undo, and no Notice", () => {
	it("use remote value: what changed in which note, the quiet re-check's outcome, the trailing comment kept", async () => {
		const { app, services, row, ack, undo } = await panelOf({ "refs/vogt2022.md": YEAR_OFF });
		const notices = __test.notices.length;
		click(row("refs/vogt2022.md").querySelector('[data-action="use-remote"][data-field="year"]'));
		await settle();
		expect(app.vault.peek("refs/vogt2022.md")).toContain("\nyear: '2022'   # from the PDF\n");
		expect(services.verified).toEqual(["refs/vogt2022.md"]);
		expect(ack()).toBe("Done: use remote year in vogt2022. Re-checked vogt2022: nothing to check.");
		expect(undo().isShown()).toBe(true);
		expect(undo().textContent).toBe("Undo: use remote year in vogt2022");
		expect(__test.notices.slice(notices)).toEqual([]);
		click(undo());
		await settle();
		expect(app.vault.peek("refs/vogt2022.md")).toBe(YEAR_OFF);
		expect(ack()).toMatch(/^Undone: use remote year in vogt2022\./);
		expect(__test.notices.slice(notices)).toEqual([]);
	});

	it("mark verified and ignore say so, naming the note, and can be undone", async () => {
		const { app, row, ack, undo } = await panelOf({ "refs/vogt2022.md": YEAR_OFF });
		const notices = __test.notices.length;
		click(row("refs/vogt2022.md").querySelector('[data-action="ignore"]'));
		await settle();
		expect(ack()).toBe("Done: ignore vogt2022.");
		expect(undo().textContent).toBe("Undo: ignore vogt2022");
		click(undo());
		await settle();
		expect(app.vault.peek("refs/vogt2022.md")).toBe(YEAR_OFF);

		click(row("refs/vogt2022.md").querySelector('[data-action="verify"]'));
		const modal = document.querySelector(".modal-container")!;
		click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Mark verified"));
		await settle();
		expect(ack()).toBe("Done: mark vogt2022 verified.");
		expect(undo().textContent).toBe("Undo: mark vogt2022 verified");
		expect(__test.notices.slice(notices)).toEqual([]);
	});

	it("a failed write says why in the panel, not in a Notice", async () => {
		const { app, row, ack } = await panelOf({ "refs/vogt2022.md": YEAR_OFF });
		const notices = __test.notices.length;
		const el = row("refs/vogt2022.md");
		await app.vault.modify(app.vault.getFileByPath("refs/vogt2022.md")!, "---\ntitle: [unclosed\n---\n");
		click(el.querySelector('[data-action="ignore"]'));
		await settle();
		expect(ack()).toMatch(/^Not written: invalid YAML in frontmatter/);
		expect(__test.notices.slice(notices)).toEqual([]);
	});
});

describe("comments a rewrite cannot keep", () => {
	it("asks before writing; cancel writes nothing; confirm writes and keeps the key line's comment", async () => {
		const { app, row, ack } = await panelOf({ "refs/b.md": AUTHORS_COMMENTED });
		click(row("refs/b.md").querySelector('[data-action="use-remote"][data-field="authors"]'));
		await settle();
		let modal = document.querySelector(".modal-container")!;
		expect(modal.textContent).toContain("# corresponding");
		click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Cancel"));
		await settle();
		expect(app.vault.peek("refs/b.md")).toBe(AUTHORS_COMMENTED);
		expect(ack()).toBe("Nothing written: authors in vogt2022b keeps its comments.");

		click(row("refs/b.md").querySelector('[data-action="use-remote"][data-field="authors"]'));
		await settle();
		modal = document.querySelector(".modal-container")!;
		click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Replace"));
		await settle();
		expect(app.vault.peek("refs/b.md")).toContain("\nauthors: # from Zotero\n  - Hannah Vogt\n  - Emil Sandberg\n");
	});
});

describe("the header and the rows", () => {
	it("the filter updates the number of references to review", async () => {
		const { root } = await panelOf({ "refs/vogt2022.md": YEAR_OFF, "refs/b.md": AUTHORS_COMMENTED });
		const status = () => root.querySelector(".reference-check-panel-status")?.textContent;
		expect(status()).toBe("2 references to review");
		const input = root.querySelector<HTMLInputElement>(".reference-check-filter")!;
		input.value = "vogt2022b";
		input.dispatchEvent(new Event("input"));
		expect(status()).toBe("1 of 2 references to review match the filter");
		input.value = "";
		input.dispatchEvent(new Event("input"));
		expect(status()).toBe("2 references to review");
	});

	it("shows where a note is when another entry has its citation key or title", async () => {
		const twin = YEAR_OFF.replace("citation_key: vogt2022", "citation_key: vogt2022");
		const other = checked(["citation_key: other2020", "type: bibtex_entry", "title: A Different Paper", "authors:", "  - Ann Ek", "year: '2018'"], work({ title: "A Different Paper", authors: ["Ann Ek"], year: 2020 }));
		const { root, row } = await panelOf({ "bibliography/vogt2022.md": YEAR_OFF, "publications/vogt2022.md": twin, "refs/other2020.md": other });
		const where = (path: string) => row(path).querySelector(".reference-check-where")?.textContent ?? null;
		expect(where("bibliography/vogt2022.md")).toBe("bibliography/vogt2022");
		expect(where("publications/vogt2022.md")).toBe("publications/vogt2022");
		expect(where("refs/other2020.md")).toBeNull();
		// Expanded, every entry says which note it is.
		expect(row("refs/other2020.md").querySelector(".reference-check-path")?.textContent).toBe("refs/other2020.md");
		expect(root.querySelectorAll(".reference-check-where").length).toBe(2);
	});
});
