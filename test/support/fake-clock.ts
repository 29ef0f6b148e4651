// A virtual clock for the OpenAlex client (src/lib/clock.ts): `sleep` resolves on the next turn
// of the event loop and moves virtual time forward to the sleeper's wake-up time, earliest
// sleeper first. Rate windows and back-off are then exact in virtual time and cost no real time;
// rates are asserted on the times the client itself started its requests (see `starts`).
// The request watchdog alone stays on real time: virtual time jumps whenever the client sleeps,
// while an answer from the fake server takes real time to arrive. A test of a server that never
// answers asks for a virtual watchdog too (`{ virtualWatchdog: true }`): no answer is coming, so
// nothing is lost when virtual time runs ahead.
import { setImmediate } from "timers";
import type { Transport } from "../../src/openalex/transport";
import { SleeperClock } from "./sleeper-clock";

export class FakeClock extends SleeperClock {
	private scheduled = false;
	/** Every sleep asked for, in ms (back-off, rate waits), in order. */
	readonly sleeps: number[] = [];

	private readonly virtualWatchdog: boolean;

	constructor(start = Date.UTC(2026, 10, 26, 12, 0, 0), opts: { virtualWatchdog?: boolean } = {}) {
		super(start);
		this.virtualWatchdog = opts.virtualWatchdog === true;
	}

	sleep(ms: number, signal?: AbortSignal): Promise<void> {
		this.sleeps.push(ms);
		return super.sleep(ms, signal);
	}

	watchdog(ms: number, callback: () => void): () => void {
		if (!this.virtualWatchdog) return super.watchdog(ms, callback);
		const sleeper = this.addSleeper(ms, callback);
		return () => this.removeSleeper(sleeper);
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

	/** Every sleeper wakes on a later turn of the event loop, the earliest first. */
	protected slept(): void {
		this.schedule();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			this.wakeEarliest();
			if (this.sleepers.length) this.schedule();
		});
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
