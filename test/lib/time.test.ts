// Time as a capability: a clock built from a front-end's timers sleeps, honours its signal and
// cancels its watchdog; the time slicer gives a turn only once its budget of synchronous work is
// used.
import { describe, expect, it } from "vitest";
import { nodeClock } from "../../src/cli/clock";
import { TimeSlicer } from "../../src/lib/time-slicer";

describe("a clock over real timers (the CLI's)", () => {
	it("sleeps, and rejects with an AbortError as soon as the signal aborts", async () => {
		await expect(nodeClock.sleep(1)).resolves.toBeUndefined();
		const ac = new AbortController();
		const long = nodeClock.sleep(60_000, ac.signal);
		ac.abort();
		await expect(long).rejects.toMatchObject({ name: "AbortError" });
		await expect(nodeClock.sleep(1, ac.signal)).rejects.toMatchObject({ name: "AbortError" });
	});

	it("fires a watchdog once its time has passed, and never after it is cancelled", async () => {
		const fired: string[] = [];
		const cancel = nodeClock.watchdog(1, () => fired.push("cancelled"));
		cancel();
		nodeClock.watchdog(1, () => fired.push("fired"));
		await nodeClock.sleep(20);
		expect(fired).toEqual(["fired"]);
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
