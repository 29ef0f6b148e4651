// What the two test clocks share (fake-clock.ts moves time by itself, manual-clock.ts when the
// test says so): virtual time, and the sleepers waiting on it — each wakes in time order (ties in
// the order they slept), an aborted one leaves the queue with an AbortError, as the plugin's and
// the CLI's real clocks do. When sleepers wake is the subclass's choice (`slept`).
import { clearTimeout, setTimeout } from "timers";
import type { Clock } from "../../src/lib/clock";

export interface Sleeper {
	at: number;
	seq: number;
	wake: () => void;
}

const abortError = () => Object.assign(new Error("Aborted"), { name: "AbortError" });

export abstract class SleeperClock implements Clock {
	protected time: number;
	protected sleepers: Sleeper[] = [];
	private seq = 0;

	constructor(start: number) {
		this.time = start;
	}

	now(): number {
		return this.time;
	}

	sleep(ms: number, signal?: AbortSignal): Promise<void> {
		return new Promise((resolve, reject) => {
			if (signal?.aborted) {
				reject(abortError());
				return;
			}
			const sleeper = this.addSleeper(ms, () => {
				signal?.removeEventListener("abort", onAbort);
				resolve();
			});
			const onAbort = () => {
				this.removeSleeper(sleeper);
				reject(abortError());
			};
			signal?.addEventListener("abort", onAbort, { once: true });
		});
	}

	/** The request watchdog runs on real time: an answer from the fake server takes real time. */
	watchdog(ms: number, callback: () => void): () => void {
		const timer = setTimeout(callback, Math.max(0, ms));
		return () => clearTimeout(timer);
	}

	/** Sleepers not woken yet. */
	get pending(): number {
		return this.sleepers.length;
	}

	/** A new sleeper was queued: arrange for it to wake. */
	protected abstract slept(sleeper: Sleeper): void;

	protected addSleeper(ms: number, wake: () => void): Sleeper {
		const sleeper: Sleeper = { at: this.time + Math.max(0, ms), seq: this.seq++, wake };
		this.sleepers.push(sleeper);
		this.slept(sleeper);
		return sleeper;
	}

	protected removeSleeper(sleeper: Sleeper): void {
		this.sleepers = this.sleepers.filter((s) => s !== sleeper);
	}

	/** Wakes the earliest sleeper due by `until`, moving time to its wake-up; false when none is due. */
	protected wakeEarliest(until = Infinity): boolean {
		this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
		const next = this.sleepers[0];
		if (!next || next.at > until) return false;
		this.sleepers.shift();
		this.time = Math.max(this.time, next.at);
		next.wake();
		return true;
	}
}
