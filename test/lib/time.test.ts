// Time as a capability: the system clock's sleep honours its signal; the time slicer gives a turn
// only once its budget of synchronous work is used.
import { describe, expect, it } from "vitest";
import { systemClock } from "../../src/lib/clock";
import { TimeSlicer } from "../../src/lib/time-slicer";

describe("systemClock", () => {
	it("sleeps, and rejects with an AbortError as soon as the signal aborts", async () => {
		await expect(systemClock.sleep(1)).resolves.toBeUndefined();
		const ac = new AbortController();
		const long = systemClock.sleep(60_000, ac.signal);
		ac.abort();
		await expect(long).rejects.toMatchObject({ name: "AbortError" });
		await expect(systemClock.sleep(1, ac.signal)).rejects.toMatchObject({ name: "AbortError" });
	});
});

describe("TimeSlicer", () => {
	it("gives a turn only when the slice's budget is used", async () => {
		let turns = 0;
		const turn = () => {
			turns++;
			return Promise.resolve();
		};
		const roomy = new TimeSlicer(turn, 60_000);
		expect(await roomy.maybeYield()).toBe(false);
		const spent = new TimeSlicer(turn, 0);
		expect(spent.due).toBe(true);
		expect(await spent.maybeYield()).toBe(true);
		expect(turns).toBe(1);
		await roomy.yield();
		expect(turns).toBe(2);
	});
});
