// Vitest runs this before every test file of the unit and integration projects. Those files share
// a worker's modules (vitest.config.ts: `isolate: false`), and files under happy-dom share its
// window too. So whatever one file left — notices, an older app version, a phone platform, live
// intervals in the fake Obsidian; elements and classes in the document — is cleared, and a file
// under happy-dom gets Obsidian's DOM helpers on its own window.
import { __test } from "../fake-obsidian/index";
import { installDomHelpers } from "../setup-dom";

/** Empties the document as a new window has it: no elements in head or body, no attributes on them or on <html>. */
export function freshDocument(): void {
	if (typeof document === "undefined") return;
	for (const el of [document.documentElement, document.head, document.body]) {
		for (const name of el.getAttributeNames()) el.removeAttribute(name);
	}
	document.head.replaceChildren();
	document.body.replaceChildren();
}

__test.reset();
freshDocument();
installDomHelpers();
