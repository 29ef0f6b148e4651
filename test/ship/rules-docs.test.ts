// README's rules table and docs/rules.md are generated from src/core/rules/: adding or changing a
// rule without regenerating them (`npm run rules-table`) fails here.
import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import { README, RULES_DOC, readmeWithTable, renderRulesDoc } from "../../scripts/rules-table";
import { RULES } from "../../src/core/rules";

describe("generated rule documentation", () => {
	it("README's accuracy section holds the current rules table", () => {
		const readme = readFileSync(README, "utf8");
		expect(readme, "run `npm run rules-table`").toBe(readmeWithTable(readme));
		for (const r of RULES) expect(readme).toContain(`(docs/rules.md#${r.id})`);
	});

	it("docs/rules.md shows every rule's examples", () => {
		expect(readFileSync(RULES_DOC, "utf8"), "run `npm run rules-table`").toBe(renderRulesDoc());
	});
});
