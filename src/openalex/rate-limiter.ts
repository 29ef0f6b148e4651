// Request pacing shared by every request of one client: at most `maxInFlight` requests on the
// wire, request starts spaced evenly at `requestsPerSecond` and never more than that many in any
// window, and one shared pause after a 429 (per-second throttling is about all our requests).
// Time comes from the passed clock, so tests pace on a fake one.
import type { Clock } from "../lib/clock";
import { abortError } from "./errors";

/** A request-start window slightly longer than a second absorbs timer and network jitter. */
const WINDOW_MS = 1050;

export class RateLimiter {
	readonly requestsPerSecond: number;
	private readonly spacingMs: number;
	private readonly perWindow: number;
	private readonly maxInFlight: number;

	/** Request start times in the current window. */
	private starts: number[] = [];
	private lastStart = -Infinity;
	private pausedUntil = 0;
	/** Rate slots are handed out one caller at a time, in order. */
	private gate: Promise<void> = Promise.resolve();
	private inFlight = 0;
	private waiting: Array<() => void> = [];

	constructor(
		opts: { requestsPerSecond: number; maxInFlight: number },
		private readonly clock: Clock,
	) {
		const rps = opts.requestsPerSecond;
		if (!(rps > 0)) throw new Error("requestsPerSecond must be positive");
		this.requestsPerSecond = rps;
		this.perWindow = Math.max(1, Math.floor(rps));
		this.spacingMs = 1000 / rps;
		this.maxInFlight = Math.max(1, opts.maxInFlight);
	}

	/**
	 * Waits for an in-flight slot, then for a rate slot; resolves to the function that frees the
	 * in-flight slot (call it when the request settles). Rejects (slot freed) when `signal` aborts.
	 */
	async acquire(signal: AbortSignal | undefined): Promise<() => void> {
		await this.acquireInFlight();
		try {
			await this.acquireRateSlot(signal);
		} catch (e) {
			this.releaseInFlight();
			throw e;
		}
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.releaseInFlight();
		};
	}

	/** Holds every request start until `until` (after a 429 with its Retry-After or back-off). */
	pauseUntil(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	private acquireInFlight(): Promise<void> {
		if (this.inFlight < this.maxInFlight) {
			this.inFlight++;
			return Promise.resolve();
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private releaseInFlight(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.inFlight--;
	}

	/** Serialised: each caller waits for the spacing, the window and any shared pause. */
	private acquireRateSlot(signal: AbortSignal | undefined): Promise<void> {
		const slot = this.gate.then(async () => {
			for (;;) {
				if (signal?.aborted) throw abortError();
				const t = this.clock.now();
				this.starts = this.starts.filter((s) => t - s < WINDOW_MS);
				const windowWait = this.starts.length >= this.perWindow ? this.starts[0] + WINDOW_MS - t : 0;
				const wait = Math.max(this.pausedUntil - t, this.lastStart + this.spacingMs - t, windowWait, 0);
				if (wait <= 0) break;
				await this.clock.sleep(wait, signal).catch(() => {
					throw abortError();
				});
			}
			const t = this.clock.now();
			this.starts.push(t);
			this.lastStart = t;
		});
		// The next caller waits for this one whether it succeeded or was aborted.
		this.gate = slot.catch(() => undefined);
		return slot;
	}
}
