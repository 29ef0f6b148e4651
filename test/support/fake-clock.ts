// A virtual clock for the OpenAlex client (src/lib/clock.ts): `sleep` resolves on the next turn
// of the event loop and moves virtual time forward to the sleeper's wake-up time, earliest
// sleeper first. Rate windows and back-off are then exact in virtual time and cost no real time;
// rates are asserted on the times the client itself started its requests (see `starts`).
// The request watchdog alone stays on real time: virtual time jumps whenever the client sleeps,
// while an answer from the fake server takes real time to arrive. A test of a server that never
// answers asks for a virtual watchdog too (`{ virtualWatchdog: true }`): no answer is coming, so
// nothing is lost when virtual time runs ahead.
import { clearTimeout, setImmediate, setTimeout } from "timers";
import type { Clock } from "../../src/lib/clock";
import type { Transport } from "../../src/openalex/transport";

interface Sleeper {
	at: number;
	seq: number;
	wake: () => void;
}

export class FakeClock implements Clock {
	private time: number;
	private sleepers: Sleeper[] = [];
	private seq = 0;
	private scheduled = false;
	/** Every sleep asked for, in ms (back-off, rate waits), in order. */
	readonly sleeps: number[] = [];

	private readonly virtualWatchdog: boolean;

	constructor(start = Date.UTC(2026, 10, 26, 12, 0, 0), opts: { virtualWatchdog?: boolean } = {}) {
		this.time = start;
		this.virtualWatchdog = opts.virtualWatchdog === true;
	}

	now(): number {
		return this.time;
	}

	sleep(ms: number, signal?: AbortSignal): Promise<void> {
		this.sleeps.push(ms);
		return new Promise((resolve, reject) => {
			const aborted = () => {
				const e = new Error("Aborted");
				e.name = "AbortError";
				return e;
			};
			if (signal?.aborted) {
				reject(aborted());
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
				reject(aborted());
			};
			signal?.addEventListener("abort", onAbort, { once: true });
			this.sleepers.push(sleeper);
			this.schedule();
		});
	}

	watchdog(ms: number, callback: () => void): () => void {
		if (this.virtualWatchdog) {
			const sleeper: Sleeper = { at: this.time + Math.max(0, ms), seq: this.seq++, wake: callback };
			this.sleepers.push(sleeper);
			this.schedule();
			return () => {
				this.sleepers = this.sleepers.filter((s) => s !== sleeper);
			};
		}
		const timer = setTimeout(callback, Math.max(0, ms));
		return () => clearTimeout(timer);
	}

	/** Sleepers not woken yet. */
	get pending(): number {
		return this.sleepers.length;
	}

	/** A transport that records, on this clock, when the client started each request. */
	recordStarts(transport: Transport): { transport: Transport; starts: number[] } {
		const starts: number[] = [];
		return {
			starts,
			transport: (req) => {
				starts.push(this.now());
				return transport(req);
			},
		};
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => this.wakeNext());
	}

	private wakeNext(): void {
		this.scheduled = false;
		if (this.sleepers.length === 0) return;
		this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
		const next = this.sleepers.shift()!;
		this.time = Math.max(this.time, next.at);
		next.wake();
		if (this.sleepers.length) this.schedule();
	}
}

/** Most request starts inside any window of `windowMs`. */
export function maxStartsPerWindow(starts: number[], windowMs = 1000): number {
	const times = [...starts].sort((a, b) => a - b);
	let best = 0;
	let j = 0;
	for (let i = 0; i < times.length; i++) {
		while (times[i] - times[j] >= windowMs) j++;
		best = Math.max(best, i - j + 1);
	}
	return best;
}
