// A label read from a title's end ("… [Review of the book …]", "… (Keynote)", "… (Open-File Report
// 2019-1234)", "… [J]") is matched by a pattern anchored at the end, whose tail took spaces, an
// optional full stop and spaces again (`\s*\.?\s*$`): after a label followed by a long run of
// spaces and more text, the engine tried every split of the run between the two, quadratic (2–3 s
// on 20,000 spaces, a minute on 100,000). The tail is now one optional "spaces and a full stop"
// then spaces. On 100,000 spaces a quadratic tail runs far past this file's 10-second limit; a
// linear one takes milliseconds.
import { describe, expect, it } from "vitest";
import { relateTitles } from "../../src/core/match";
import { relateVenues } from "../../src/core/venues";
import { withExportFields } from "../../src/core/export-fields";
import { steadyWords } from "../../src/core/rules/title-search-words";
import { withoutTitleLabel } from "../../src/core/rules/title-labels";
import { withoutDocumentTypeCode } from "../../src/core/rules/title-formatting";

const SPACES = " ".repeat(100_000);
const LABELS = ["[Review of the book Tides]", "(Keynote)", "[version 2; peer review: 2 approved]", "(Publication No. 28123)", "[Internet]", "[Data set]", "(Open-File Report 2019-1234)", "(WHO/UCN/NTD/2022.1)", "[J]", "[Harbour tides]"];

describe("labels at a title's end, then 100,000 spaces and more text", () => {
	for (const label of LABELS) {
		it(label, { timeout: 10_000 }, () => {
			for (const end of ["x", ".x", ". x"]) {
				// the run of spaces changes nothing a single space would not
				const title = `Flood maps of the lower Rhine ${label}${SPACES}${end}`;
				const short = `Flood maps of the lower Rhine ${label} ${end}`;
				expect(relateTitles(title, "Flood maps of the lower Rhine")).toBe(relateTitles(short, "Flood maps of the lower Rhine"));
				expect(relateTitles("Flood maps of the lower Rhine", title)).toBe(relateTitles("Flood maps of the lower Rhine", short));
			}
		});
	}

	it("still reads a label before a final full stop and spaces", () => {
		expect(withoutTitleLabel("Flood maps of the lower Rhine (Open-File Report 2019-1234) .  ")).toBe("Flood maps of the lower Rhine");
		expect(withoutTitleLabel("Flood maps of the lower Rhine [Review of the book Tides].")).toBe("Flood maps of the lower Rhine");
		expect(withoutDocumentTypeCode("Flood maps of the lower Rhine [J]. ")).toBe("Flood maps of the lower Rhine");
	});
});

// "(" with no ")" after it: the parenthetical readings (a title's "(FRVT)" on one side, a venue's
// "(ICML)") used patterns that scanned to the end from every "(" (two seconds on 10,000 " (" in a
// title or a venue); src/lib/brackets.ts finds the same spans in one pass.
describe("titles and venues of 50,000 unclosed brackets", () => {
	const RUN = " (".repeat(50_000);
	it("a title", { timeout: 10_000 }, () => {
		expect(relateTitles(`Tides${RUN}x`, `Tides${RUN}y`)).toBe(relateTitles(`Tides (x`, `Tides (y`));
	});
	it("a title's words searched without what stands in brackets", { timeout: 10_000 }, () => {
		expect(steadyWords(`Tides of the North Sea${RUN} [x`)).toBe(steadyWords("Tides of the North Sea ( [x"));
	});
	it("a venue", { timeout: 10_000 }, () => {
		expect(relateVenues(`Tides${RUN}x`, `Tides${RUN}y`)).toEqual(relateVenues(`Tides (x`, `Tides (y`));
	});
});

// A venue's last bracket ("Lancet (London, England)", MEDLINE's qualifier) was read with
// /\s*\(([^()]*)\)\s*$/, which tried every space of a long run: a second on 20,000 spaces, about 25 s
// on 100,000; src/lib/brackets.ts's lastBracket reads it from the end.
describe("venues with 100,000 spaces", () => {
	it("inside the name or after it", { timeout: 10_000 }, () => {
		expect(relateVenues(`Journal of${SPACES}Tides`, "Nature")).toEqual(relateVenues("Journal of Tides", "Nature"));
		expect(relateVenues("Nature", `Journal of Tides${SPACES}`)).toEqual(relateVenues("Nature", "Journal of Tides"));
		expect(relateVenues(`Lancet${SPACES}(London, England)${SPACES}`, "Lancet")).toEqual({ kind: "same" });
	});
});

// MEDLINE's "10.x/y [doi]" lost its mark through /\s*\[doi\]\s*$/, which tried every space of a
// long run before it: 30 s on 100,000 spaces. The mark goes first, then the spaces before it.
describe("a MEDLINE id of 100,000 spaces before its [doi] mark", () => {
	it("reads the DOI", { timeout: 10_000 }, () => {
		expect(withExportFields({ PMID: "1", TI: "Tides", DP: "2020", AID: ["10.5555/tides  [doi] "] }).doi).toBe("10.5555/tides");
		expect(withExportFields({ PMID: "1", TI: "Tides", DP: "2020", AID: [`a${SPACES}b [doi]`] }).doi).toBe(`a${SPACES}b`);
	});
});
