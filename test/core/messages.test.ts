// The one set of message helpers (src/core/messages.ts): counts pluralized, times local and
// human, who verified named as recorded. Fixed locale and time zone, so the wording is exact.
import { describe, expect, it } from "vitest";
import { budgetExhausted, count, creditsLeft, formatDay, formatTime, sentence, timeUntil, verifiedLabel, verifiedSentence } from "../../src/core/messages";

const GB = { locale: "en-GB", timeZone: "Europe/Berlin" };

describe("count", () => {
	it("pluralizes the noun and groups the digits", () => {
		expect(count(1, "credit")).toBe("1 credit");
		expect(count(0, "credit")).toBe("0 credits");
		expect(count(2, "mismatch")).toBe("2 mismatches");
		expect(count(12345, "credit", undefined, { locale: "en-US" })).toBe("12,345 credits");
		expect(count(3, "person", "people")).toBe("3 people");
		expect(creditsLeft(1)).toBe("1 OpenAlex credit left today");
	});
});

describe("times", () => {
	const now = new Date("2026-03-10T18:30:00Z"); // 19:30 in Berlin
	it("says a time in the reader's zone, today or tomorrow, without seconds", () => {
		expect(formatTime(new Date("2026-03-10T20:00:00.123Z"), now, GB)).toBe("21:00 today");
		expect(formatTime(new Date("2026-03-11T01:00:00Z"), now, GB)).toBe("2:00 tomorrow");
		expect(formatTime(new Date("2026-03-14T08:05:00Z"), now, GB)).toBe("14 Mar, 9:05");
		expect(formatTime(new Date("2026-03-11T01:00:00Z"), now, { locale: "en-US", timeZone: "America/New_York" })).toBe("9:00 PM today");
	});

	it("says how long until then", () => {
		expect(timeUntil(new Date(now.getTime() + 5 * 60_000), now)).toBe("in 5 minutes");
		expect(timeUntil(new Date(now.getTime() + 70 * 60_000), now)).toBe("in about an hour");
		expect(timeUntil(new Date(now.getTime() + 6.6 * 3_600_000), now)).toBe("in about 7 hours");
		expect(timeUntil(new Date(now.getTime() - 1000), now)).toBe("now");
	});

	it("writes a day without a time, in local time", () => {
		expect(formatDay("2025-12-30T23:30:00.000Z", GB)).toBe("31 Dec 2025");
		expect(formatDay("not a date", GB)).toBe("not a date");
	});

	it("says when the budget renews, in one sentence per thought and no ISO timestamp", () => {
		const text = budgetExhausted(new Date("2026-03-11T00:00:00.000Z"), now, GB);
		expect(text).toBe("OpenAlex's daily budget is used up; it renews at 1:00 tomorrow (in about 6 hours). Run again then, or add an API key in the settings for a larger budget.");
		expect(text).not.toMatch(/\d{4}-\d\d-\d\dT|\.\./);
	});

	it("never ends a sentence twice", () => {
		expect(sentence("Done.")).toBe("Done.");
		expect(sentence("Done")).toBe("Done.");
	});
});

describe("who verified", () => {
	it("is 'you' only for what Mark verified writes; otherwise as recorded", () => {
		expect(verifiedLabel({ verified_at: "", verified_by: "human" })).toBe("Verified by you");
		expect(verifiedLabel({ verified_at: "", verified_by: "agent" })).toBe("Verified by agent");
		expect(verifiedLabel({ verified_at: "", verified_by: "" })).toBe("Verified by a person");
		expect(verifiedSentence({ verified_at: "2025-12-28T00:00:00.000Z", verified_by: "agent", notes: "Checked the PDF" }, GB)).toBe("Verified by agent on 28 Dec 2025: Checked the PDF");
	});
});
