// Test files share a worker's modules (vitest.config.ts), so each starts from a reset fake app
// (test/support/fresh-fake-app.ts): what the reset clears, and that this file found it clear, after
// whichever files ran before it in this worker.
import { describe, expect, it } from "vitest";
import { Notice, Platform, requireApiVersion, __test } from "../fake-obsidian/index";
import { CURRENT_API_VERSION } from "../fake-obsidian/version";

describe("a fresh fake app before every test file", () => {
	it("starts this file with no notices, the current app version and a desktop platform", () => {
		expect(__test.notices).toEqual([]);
		expect(__test.listenerErrors).toEqual([]);
		expect(__test.liveIntervals.size).toBe(0);
		expect(Platform.isMobile).toBe(false);
		expect(requireApiVersion(CURRENT_API_VERSION)).toBe(true);
	});

	it("reset clears what a file leaves behind", () => {
		new Notice("Left over");
		__test.listenerErrors.push(new Error("left over"));
		__test.liveIntervals.add(setInterval(() => undefined, 60_000) as unknown as number);
		Platform.isMobile = true;
		Platform.isDesktop = false;
		__test.setApiVersion("1.0.0");
		expect(requireApiVersion(CURRENT_API_VERSION)).toBe(false);

		__test.reset();

		expect(__test.notices).toEqual([]);
		expect(__test.listenerErrors).toEqual([]);
		expect(__test.liveIntervals.size).toBe(0);
		expect([Platform.isMobile, Platform.isDesktop]).toEqual([false, true]);
		expect(requireApiVersion(CURRENT_API_VERSION)).toBe(true);
	});
});
