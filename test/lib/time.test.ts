// Time as a capability: a clock built from a front-end's timers sleeps, honours its signal and
// cancels its watchdog, and never asks a timer for more than it can hold; the time slicer gives a
// turn only once its budget of synchronous work is used.
import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeClock } from "../../src/cli/clock";
import { MAX_TIMER_MS, timerClock } from "../../src/lib/clock";
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

	afterEach(() => {
		vi.useRealTimers();
	});

	it("never overflows a timer: a sleep or watchdog longer than 2^31 - 1 ms lasts that long (issue 17: it fired after 1 ms, for ever)", async () => {
		vi.useFakeTimers();
		const asked: number[] = [];
		// Over the (faked) global timers, which fire an over-long timer at once as Node's do.
		const clock = timerClock<ReturnType<typeof setTimeout>>({
			setTimeout: (callback, ms) => {
				asked.push(ms);
				return setTimeout(callback, ms);
			},
			clearTimeout: (handle) => clearTimeout(handle),
		});
		let woke = false;
		let barked = false;
		const tenWeeks = 70 * 24 * 3600 * 1000;
		void clock.sleep(tenWeeks).then(() => (woke = true));
		clock.watchdog(tenWeeks, () => (barked = true));
		await vi.advanceTimersByTimeAsync(1000);
		expect([woke, barked]).toEqual([false, false]);
		await vi.advanceTimersByTimeAsync(tenWeeks - 2000);
		expect([woke, barked]).toEqual([false, false]);
		await vi.advanceTimersByTimeAsync(1000);
		expect([woke, barked]).toEqual([true, true]);
		expect(Math.max(...asked)).toBeLessThanOrEqual(MAX_TIMER_MS);
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
