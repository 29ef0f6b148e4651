// A clock (src/lib/clock.ts) that moves only when the test says so, for code whose behaviour is
// about waiting (quiet periods, caps per minute): `advance(ms)` wakes every sleeper due within
// those milliseconds in time order, giving the event loop turns between them so chains of sleeps
// (a request paced after a quiet period) run inside the advanced window. A sleep already due
// (0 ms) wakes on the next turn without an advance. No real time passes. The request watchdog
// stays on real time (as in fake-clock.ts): an answer from the fake server takes real time.
import { setImmediate, setTimeout } from "timers";
import { SleeperClock, type Sleeper } from "./sleeper-clock";

const turn = () => new Promise<void>((r) => setImmediate(r));
/** A turn that also lets due timers run (the fake metadata cache parses on a 0 ms timer). */
const timerTurn = () => new Promise<void>((r) => setTimeout(r, 0));

export class ManualClock extends SleeperClock {
	constructor(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
		super(start);
	}

	/** A sleep already due wakes on the next turn; the others wait for `advance`. */
	protected slept(sleeper: Sleeper): void {
		if (sleeper.at <= this.time) void turn().then(() => this.wakeEarliest(this.time));
	}

	/** When the earliest sleeper wakes (null: none). */
	get nextWake(): number | null {
		return this.sleepers.length === 0 ? null : Math.min(...this.sleepers.map((s) => s.at));
	}

	/** Moves time forward by `ms`, waking sleepers in order; resolves once nothing due is left. */
	async advance(ms: number): Promise<void> {
		const target = this.time + ms;
		for (let idle = 0; idle < 3; ) {
			await timerTurn();
			if (this.wakeEarliest(target)) idle = 0;
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
