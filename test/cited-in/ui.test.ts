// @vitest-environment happy-dom
// Section rendering from models, the update preview modal, the cited_in writer and the settings.
import "../setup-dom";
import { describe, expect, it } from "vitest";
import { App, Vault } from "../fake-obsidian/index";
import { renderCitedInSection, renderReferencesSection, type LinkHandlers } from "../../src/cited-in/render";
import { renderCitedInSample, SAMPLE_CITED_IN, SAMPLE_REFERENCES } from "./sample";
import { badgeFor } from "../../src/cited-in/model";
import { CitedInUpdateModal, type CitedInPreview } from "../../src/cited-in/update-modal";
import { undoCitedInChanges, writeCitedInChanges } from "../../src/cited-in/update-command";
import { DEFAULT_CITED_IN_SETTINGS, readCitedInSettings } from "../../src/core/cited-in/settings";
import { noteVerdict, type VerdictOptions } from "../../src/core/verdict";
import { noteStatus } from "../../src/plugin/note-status";
import type { CitedInPlanItem } from "../../src/core/cited-in/update-plan";

/** The status bar's wording of a note's verdict (as the status bar computes it). */
const noteState = (fm: Record<string, unknown>, opts: VerdictOptions) => noteStatus(noteVerdict(fm, opts));

function recorder(): LinkHandlers & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		open: (evt, linktext) => calls.push(`open ${linktext}${evt.ctrlKey ? " (ctrl)" : ""}${evt.type === "auxclick" ? " (middle)" : ""}`),
		hover: (_evt, el, linktext) => calls.push(`hover ${linktext} ${el.tagName}`),
	};
}

describe("renderCitedInSection", () => {
	it("renders notes, folders with their citing pages, and unresolved values as internal links", () => {
		const el = document.createElement("div");
		const h = recorder();
		renderCitedInSection(el, SAMPLE_CITED_IN, h);
		const links = [...el.querySelectorAll<HTMLAnchorElement>("a.internal-link")];
		expect(links.map((a) => a.getAttribute("data-href"))).toEqual([
			"2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit",
			"2023-02-03-ai-technologies-are-system-maps-and-you-are-a-cartographer",
			"ranking-book/index.qmd",
			"ranking-book/appendices/d-empirical-studies.qmd",
			"Reading list 2024",
			"old-talk-slides",
		]);
		expect(links.filter((a) => a.hasClass("is-unresolved")).map((a) => a.textContent)).toEqual(["old-talk-slides"]);
		// A folder without a folder note is named, not linked; its pages are.
		expect(el.querySelector(".reference-check-folder-name")?.textContent).toBe("data-leverage-blogs");
		expect(el.querySelector(".reference-check-cited-in-folder .reference-check-muted")?.textContent).toBe(" 2 pages cite it");
		expect(el.querySelector(".reference-check-cited-in-note .reference-check-muted")?.textContent).toContain("[@ouyang2022instructgpt]");
		let bubbled = 0;
		el.addEventListener("click", () => bubbled++);
		links[0].dispatchEvent(new MouseEvent("mouseover"));
		const click = new MouseEvent("click", { cancelable: true, bubbles: true, ctrlKey: true });
		links[0].dispatchEvent(click);
		// Opened once, by us: the browser's navigation and reading view's own handler are skipped.
		expect(click.defaultPrevented).toBe(true);
		expect(bubbled).toBe(0);
		links[5].dispatchEvent(new MouseEvent("auxclick", { cancelable: true, button: 1 }));
		links[5].dispatchEvent(new MouseEvent("auxclick", { cancelable: true, button: 2 }));
		expect(h.calls).toEqual([
			"hover 2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit A",
			"open 2022-12-04-chatgpt-is-awesome-and-scary-you-deserve-credit (ctrl)",
			"open old-talk-slides (middle)",
		]);
	});
	it("says so when there is nothing to show", () => {
		const el = document.createElement("div");
		renderCitedInSection(el, { citationKey: null, entries: [] }, recorder());
		expect(el.querySelector(".reference-check-empty")?.textContent).toBe("No cited_in values.");
		renderReferencesSection(el, { items: [], unknownKeys: [], retracted: [], neverChecked: [] }, recorder());
		expect(el.querySelectorAll(".reference-check-empty")[1]?.textContent).toBe("This note cites no references.");
	});
	it("never renders note text as HTML", () => {
		const el = document.createElement("div");
		const evil = "<img src=x onerror=alert(1)>";
		renderCitedInSection(el, { citationKey: evil, entries: [{ kind: "note", value: evil, link: { linktext: evil, display: evil, resolved: true }, cites: false }] }, recorder());
		expect(el.querySelector("img")).toBeNull();
		expect(el.textContent).toContain(evil);
	});
});

describe("renderReferencesSection", () => {
	it("lists references with badges, citation keys, how they are tied, and unknown keys", () => {
		const el = document.createElement("div");
		renderReferencesSection(el, SAMPLE_REFERENCES, recorder());
		const rows = [...el.querySelectorAll(".reference-check-reference")];
		expect(rows.map((r) => r.querySelector(".reference-check-badge")!.className.split(" ")[1])).toEqual([
			"reference-check-badge-mismatch",
			"reference-check-badge-verified",
			"reference-check-badge-not-found",
			"reference-check-badge-unchecked",
		]);
		expect(rows[0].querySelector(".reference-check-badge")!.getAttribute("aria-label")).toContain("venue");
		expect(rows[0].querySelector(".reference-check-via")!.textContent).toBe("citedcited_in folder");
		expect(el.querySelector(".reference-check-unknown-keys .is-unresolved")?.textContent).toBe("@ouyang2022instructgpt");
		// Tied only through the folder: folded away below the ones the page cites.
		const folded = el.querySelector("details.reference-check-folder-references")!;
		expect(folded.hasAttribute("open")).toBe(false);
		expect(folded.querySelector("summary")?.textContent).toBe("Listed for this folder (1)");
		expect([...folded.querySelectorAll(".reference-check-citekey")].map((k) => k.textContent)).toEqual(["@toxtli2021invisiblelabor"]);
	});
	it("opens the folded list when the page cites nothing itself", () => {
		const el = document.createElement("div");
		renderReferencesSection(el, { items: SAMPLE_REFERENCES.items.filter((i) => i.via.every((v) => v === "folder")), unknownKeys: [], retracted: [], neverChecked: [] }, recorder());
		expect(el.querySelector("details")?.hasAttribute("open")).toBe(true);
		expect(el.querySelectorAll(".reference-check-references-list")).toHaveLength(1);
	});
	it("renders the screenshot sample into any container", () => {
		const el = document.createElement("div");
		const { citedIn, references } = renderCitedInSample(el);
		expect(citedIn.parentElement).toBe(references.parentElement);
		expect(el.querySelectorAll(".reference-check-section")).toHaveLength(2);
	});
});

describe("badgeFor", () => {
	const log = (status: string, extra = "") => ({ check_log: { checked_at: "2026-11-01T00:00:00.000Z", checked_with: "auto:openalex", status, ...(extra ? { mismatch_severity: extra } : {}) } });
	const now = new Date("2026-11-26T00:00:00Z");
	it("maps note states onto the four badges", () => {
		expect(badgeFor(noteState(log("confirmed"), { staleDays: 180, now })).kind).toBe("verified");
		expect(badgeFor(noteState(log("mismatch", "major"), { staleDays: 180, now }))).toMatchObject({ kind: "mismatch", label: "Major mismatch" });
		expect(badgeFor(noteState(log("not_found"), { staleDays: 180, now })).kind).toBe("not-found");
		expect(badgeFor(noteState({}, { staleDays: 180, now })).kind).toBe("unchecked");
		expect(badgeFor(noteState(log("skipped"), { staleDays: 180, now })).kind).toBe("unchecked");
		expect(badgeFor(noteState({ manually_verified: { verified_at: "2026-01-01", verified_by: "human" } }, { staleDays: 180, now }))).toMatchObject({ kind: "verified", label: "Verified by you" });
		expect(badgeFor(noteState({ manually_verified: { verified_at: "2026-01-01", verified_by: "agent" } }, { staleDays: 180, now }))).toMatchObject({ kind: "verified", label: "Verified by agent" });
	});
});

const PLAN: CitedInPlanItem[] = [
	{
		path: "refs/a.md",
		citationKey: "a",
		current: ["blog"],
		additions: [{ value: "book", pages: ["book/1.md", "book/2.md", "book/3.md", "book/4.md"], via: { "book/1.md": "citation", "book/2.md": "citation", "book/3.md": "citation", "book/4.md": "link" } }],
		removals: [{ value: "blog", reason: "no page in blog cites it" }],
	},
	{ path: "refs/b.md", citationKey: "b", current: [], additions: [{ value: "book", pages: ["book/1.md"], via: { "book/1.md": "citation" } }], removals: [] },
	{ path: "refs/c.md", citationKey: "c", current: [], additions: [{ value: "Essay", pages: ["pages/Essay.md"], via: { "pages/Essay.md": "link" } }], removals: [] },
];
const PREVIEW: CitedInPreview = {
	plan: PLAN,
	indexPages: [{ path: "README.md", linked: 30, references: 37 }],
	unknown: [{ key: "nobody2020", pages: ["pages/Essay.md"] }],
};

describe("CitedInUpdateModal", () => {
	it("groups additions by page or folder, says why each counts, and applies the selection", () => {
		const app = new App(new Vault());
		const applied: unknown[] = [];
		const modal = new CitedInUpdateModal(app as never, "cited_in", PREVIEW, (w) => {
			applied.push(w);
		});
		modal.open();
		const el = modal.contentEl;
		expect(el.querySelector(".reference-check-update-summary")?.textContent).toBe("3 values to add to 3 references, from 2 pages or folders; 1 possibly stale (unchecked).");
		const groups = [...el.querySelectorAll(".reference-check-update-page")];
		expect(groups.map((g) => g.getAttribute("data-value"))).toEqual(["book", "Essay"]);
		// A folder: the pages behind it, and per reference how they cite it; a page: how it cites each.
		expect(groups[0].querySelector(".reference-check-update-ref")?.textContent).toBe("book — 1, 2, 3 and 1 more: cites 2 references with [@key]");
		const rows = (g: Element) => [...g.querySelectorAll(".reference-check-update-row")].map((r) => r.textContent);
		expect(rows(groups[0])).toEqual(["+@a [@a] in 1, 2, 3; links to its note from 4", "+@b [@b] in 1"]);
		expect(groups[1].querySelector(".reference-check-update-ref")?.textContent).toBe("Essay — links to 1 reference note");
		expect(rows(groups[1])).toEqual(["+@c links to its note"]);
		// What was not counted, and citations of unknown keys.
		expect(el.querySelector(".reference-check-update-index")?.textContent).toBe("Not counted: README links to 30 of 37 reference notes, so it is an index of the library rather than a page citing them (its [@key] citations count).");
		expect(el.querySelector(".reference-check-update-unknown")?.textContent).toBe("1 citation with no reference note:@nobody2020 in Essay");

		// Additions checked, removals not; select none of a page, then one of it again.
		const boxes = () => [...el.querySelectorAll<HTMLInputElement>(".reference-check-update-row input")];
		expect(boxes().map((b) => b.checked)).toEqual([true, true, true, false]);
		const all = groups[0].querySelector<HTMLInputElement>(".reference-check-update-all")!;
		all.checked = false;
		all.dispatchEvent(new Event("change"));
		expect(boxes().map((b) => b.checked)).toEqual([false, false, true, false]);
		boxes()[1].checked = true;
		boxes()[1].dispatchEvent(new Event("change"));
		expect([all.checked, all.indeterminate]).toEqual([false, true]);
		boxes()[3].checked = true;
		el.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
		expect(applied).toEqual([[{ path: "refs/b.md", add: ["book"], remove: [] }, { path: "refs/c.md", add: ["Essay"], remove: [] }, { path: "refs/a.md", add: [], remove: ["blog"] }]]);
		expect(document.body.contains(modal.containerEl)).toBe(false);
	});
	it("says when nothing needs to change and writes nothing on cancel", () => {
		const app = new App(new Vault());
		let called = false;
		const empty = new CitedInUpdateModal(app as never, "cited_in", { plan: [], indexPages: [], unknown: [] }, () => {
			called = true;
		});
		empty.open();
		expect(empty.contentEl.textContent).toContain("already names the pages");
		expect(empty.contentEl.querySelector("button.mod-cta")).toBeNull();
		empty.close();
		const modal = new CitedInUpdateModal(app as never, "cited_in", PREVIEW, () => {
			called = true;
		});
		modal.open();
		[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Cancel")!.click();
		expect(called).toBe(false);
	});
});

describe("writeCitedInChanges", () => {
	const NOTE = "---\r\ntitle: A  # comment kept\r\ncited_in:\r\n  - blog\r\n  - '[[Essay]]'\r\ntags: [x]\r\n---\r\nBody [@a]\r\n";
	it("rewrites only the cited_in entry", async () => {
		const vault = new Vault();
		vault.seed("refs/a.md", NOTE);
		vault.seed("refs/scalar.md", "---\ncited_in: blog\n---\n");
		vault.seed("refs/none.md", "---\ntitle: N\n---\n");
		const r = await writeCitedInChanges(vault as never, "cited_in", [
			{ path: "refs/a.md", add: ["book"], remove: ["blog"] },
			{ path: "refs/scalar.md", add: ["book"], remove: [] },
			{ path: "refs/none.md", add: ["book"], remove: [] },
		]);
		expect(r).toMatchObject({ written: 3, unchanged: 0, errors: [] });
		expect(r.edits.map((e) => e.path)).toEqual(["refs/a.md", "refs/scalar.md", "refs/none.md"]);
		expect(vault.peek("refs/a.md")).toBe("---\r\ntitle: A  # comment kept\r\ncited_in:\r\n  - '[[Essay]]'\r\n  - book\r\ntags: [x]\r\n---\r\nBody [@a]\r\n");
		expect(vault.peek("refs/scalar.md")).toBe("---\ncited_in:\n  - blog\n  - book\n---\n");
		expect(vault.peek("refs/none.md")).toBe("---\ntitle: N\ncited_in:\n  - book\n---\n");

		// Undo gives every note its bytes back (issue 16: every write can be undone).
		await vault.modify(vault.getFileByPath("refs/none.md")!, "---\ntitle: N\ncited_in:\n  - book\n---\nWritten since.\n");
		expect(await undoCitedInChanges(vault as never, r.edits)).toEqual([]);
		expect(vault.peek("refs/a.md")).toBe(NOTE);
		expect(vault.peek("refs/scalar.md")).toBe("---\ncited_in: blog\n---\n");
		expect(vault.peek("refs/none.md")).toBe("---\ntitle: N\n---\nWritten since.\n");
	});
	it("reports notes it cannot write and leaves them alone", async () => {
		const vault = new Vault();
		vault.seed("bad.md", "---\ntitle: [unclosed\n---\n");
		vault.seed("nofm.md", "Just text\n");
		vault.seed("same.md", "---\ncited_in:\n  - book\n---\n");
		const r = await writeCitedInChanges(vault as never, "cited_in", [
			{ path: "bad.md", add: ["book"], remove: [] },
			{ path: "nofm.md", add: ["book"], remove: [] },
			{ path: "same.md", add: ["book"], remove: [] },
			{ path: "gone.md", add: ["book"], remove: [] },
		]);
		expect(r.written).toBe(0);
		expect(r.unchanged).toBe(1);
		expect(r.errors.map((e) => e.path)).toEqual(["bad.md", "nofm.md", "gone.md"]);
		expect(vault.peek("bad.md")).toBe("---\ntitle: [unclosed\n---\n");
		expect(vault.peek("nofm.md")).toBe("Just text\n");
		expect(vault.counters.writes).toBe(0);
	});
});

describe("cited_in settings", () => {
	it("reads stored values and falls back to defaults for invalid ones", () => {
		expect(readCitedInSettings({})).toEqual(DEFAULT_CITED_IN_SETTINGS);
		expect(readCitedInSettings({ showCitedInSection: false, citedInKey: " used_by ", citationKeyField: "", citedInValueStyle: "note" })).toEqual({
			...DEFAULT_CITED_IN_SETTINGS,
			showCitedInSection: false,
			citedInKey: "used_by",
			citedInValueStyle: "note",
		});
		expect(readCitedInSettings({ citedInKey: "a: b", citedInValueStyle: "weird", showReferencesSection: "no" })).toEqual(DEFAULT_CITED_IN_SETTINGS);
	});
});
