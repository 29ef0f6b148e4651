// A clock (src/lib/clock.ts) that moves only when the test says so, for code whose behaviour is
// about waiting (quiet periods, caps per minute): `advance(ms)` wakes every sleeper due within
// those milliseconds in time order, giving the event loop turns between them so chains of sleeps
// (a request paced after a quiet period) run inside the advanced window. A sleep already due
// (0 ms) wakes on the next turn without an advance. No real time passes. The request watchdog
// stays on real time (as in fake-clock.ts): an answer from the fake server takes real time.
import { clearTimeout, setImmediate, setTimeout } from "timers";
import type { Clock } from "../../src/lib/clock";

interface Sleeper {
	at: number;
	seq: number;
	wake: () => void;
}

const turn = () => new Promise<void>((r) => setImmediate(r));
/** A turn that also lets due timers run (the fake metadata cache parses on a 0 ms timer). */
const timerTurn = () => new Promise<void>((r) => setTimeout(r, 0));

export class ManualClock implements Clock {
	private time: number;
	private sleepers: Sleeper[] = [];
	private seq = 0;

	constructor(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
		this.time = start;
	}

	now(): number {
		return this.time;
	}

	sleep(ms: number, signal?: AbortSignal): Promise<void> {
		return new Promise((resolve, reject) => {
			const abortError = () => Object.assign(new Error("Aborted"), { name: "AbortError" });
			if (signal?.aborted) {
				reject(abortError());
				return;
			}
			const sleeper: Sleeper = {
				at: this.time + Math.max(0, ms),
				seq: this.seq++,
				wake: () => {
					signal?.removeEventListener("abort", onAbort);
					resolve();
				},
			};
			const onAbort = () => {
				this.sleepers = this.sleepers.filter((s) => s !== sleeper);
				reject(abortError());
			};
			signal?.addEventListener("abort", onAbort, { once: true });
			this.sleepers.push(sleeper);
			if (sleeper.at <= this.time) void turn().then(() => this.wakeDue(this.time));
		});
	}

	watchdog(ms: number, callback: () => void): () => void {
		const timer = setTimeout(callback, Math.max(0, ms));
		return () => clearTimeout(timer);
	}

	/** Sleepers not woken yet. */
	get pending(): number {
		return this.sleepers.length;
	}

	/** When the earliest sleeper wakes (null: none). */
	get nextWake(): number | null {
		return this.sleepers.length === 0 ? null : Math.min(...this.sleepers.map((s) => s.at));
	}

	private wakeDue(until: number): boolean {
		this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
		const next = this.sleepers[0];
		if (!next || next.at > until) return false;
		this.sleepers.shift();
		this.time = Math.max(this.time, next.at);
		next.wake();
		return true;
	}

	/** Moves time forward by `ms`, waking sleepers in order; resolves once nothing due is left. */
	async advance(ms: number): Promise<void> {
		const target = this.time + ms;
		for (let idle = 0; idle < 3; ) {
			await timerTurn();
			if (this.wakeDue(target)) idle = 0;
			else idle++;
		}
		this.time = Math.max(this.time, target);
		for (let i = 0; i < 3; i++) await timerTurn();
	}

	/** Advances in steps of `stepMs` until `cond` holds or `maxMs` of virtual time has passed. */
	async advanceUntil(cond: () => boolean, maxMs: number, stepMs = 1_000): Promise<boolean> {
		for (let spent = 0; !cond(); spent += stepMs) {
			if (spent >= maxMs) return false;
			await this.advance(stepMs);
		}
		return true;
	}
}
