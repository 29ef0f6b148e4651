// @vitest-environment happy-dom
// Files under happy-dom share their worker's window (vitest.config.ts: `isolate: false`), so each
// starts from an emptied document (test/support/fresh-fake-app.ts): that this file found it empty,
// after whichever happy-dom files ran before it in this worker, and what emptying clears.
import { describe, expect, it } from "vitest";
import { freshDocument } from "./fresh-fake-app";

describe("a fresh document before every happy-dom test file", () => {
	it("starts this file with nothing in head or body and no classes", () => {
		expect(document.head.children.length).toBe(0);
		expect(document.body.children.length).toBe(0);
		expect(document.body.getAttributeNames()).toEqual([]);
		expect(document.documentElement.getAttributeNames()).toEqual([]);
	});

	it("freshDocument clears what a file leaves behind", () => {
		document.body.createDiv({ cls: "reference-check-panel" }).createEl("button", { text: "Left over" });
		document.head.appendChild(document.createElement("meta"));
		document.body.addClass("theme-dark", "is-mobile");
		document.documentElement.setAttribute("lang", "de");

		freshDocument();

		expect(document.querySelectorAll("*").length).toBe(3); // html, head, body
		expect(document.body.className).toBe("");
		expect(document.documentElement.getAttributeNames()).toEqual([]);
	});
});
