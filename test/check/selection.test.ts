// Selection by folders: include and exclude folders match whole path segments.
import { describe, expect, it } from "vitest";
import { pathAllowed } from "../../src/check/selection";

describe("folder filters", () => {
	it("match whole path segments", () => {
		const s = { includeFolders: ["refs"], excludeFolders: ["refs/archive"] };
		expect(pathAllowed("refs/a.md", s)).toBe(true);
		expect(pathAllowed("refs-other/a.md", s)).toBe(false);
		expect(pathAllowed("refs/archive/a.md", s)).toBe(false);
		expect(pathAllowed("x.md", { includeFolders: [], excludeFolders: [] })).toBe(true);
	});
});
