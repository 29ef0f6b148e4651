// Time as a capability: the OpenAlex client paces requests, backs off and guards against a hung
// transport with it, and everything that creates a client passes one in. Shared code never calls a
// timer itself: each front-end builds its clock from its own timers (the plugin from its window's,
// src/plugin/clock.ts; the CLI from Node's, src/cli/clock.ts), and tests pass a fake clock
// (test/support/fake-clock.ts), so no test waits for a real rate window or a real back-off.

export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Resolves after `ms`; rejects with an AbortError as soon as `signal` aborts. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
	/**
	 * Calls `callback` once `ms` have passed and returns a function that cancels it: the watchdog
	 * for a request whose transport never answers.
	 */
	watchdog(ms: number, callback: () => void): () => void;
}

/** The pair of timer functions a front-end hands in. */
export interface Timers<Handle> {
	setTimeout(callback: () => void, ms: number): Handle;
	clearTimeout(handle: Handle): void;
}

function abortError(): Error {
	const e = new Error("Aborted");
	e.name = "AbortError";
	return e;
}

/**
 * The longest delay a timer takes: a longer one fires after 1 ms (with a warning in Node), so a
 * long sleep or watchdog is made of timers of at most this length.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A real clock over the given timers. */
export function timerClock<Handle>(timers: Timers<Handle>): Clock {
	/** Calls `done` once `ms` have passed, one bounded timer after the other; returns the cancel. */
	const after = (ms: number, done: () => void): (() => void) => {
		const at = Date.now() + Math.max(0, ms);
		let timer: Handle;
		const arm = (delay: number) => {
			timer = timers.setTimeout(() => {
				const left = at - Date.now();
				if (left > 0) arm(left);
				else done();
			}, Math.min(delay, MAX_TIMER_MS));
		};
		arm(Math.max(0, ms));
		return () => timers.clearTimeout(timer);
	};
	return {
		now: () => Date.now(),
		sleep: (ms, signal) =>
			new Promise((resolve, reject) => {
				if (signal?.aborted) {
					reject(abortError());
					return;
				}
				const cancel = after(ms, () => {
					signal?.removeEventListener("abort", onAbort);
					resolve();
				});
				const onAbort = () => {
					cancel();
					reject(abortError());
				};
				signal?.addEventListener("abort", onAbort, { once: true });
			}),
		watchdog: after,
	};
}
