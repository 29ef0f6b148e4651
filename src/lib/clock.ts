// Time as a capability: the OpenAlex client paces requests and backs off with it, and everything
// that creates a client passes one in. Tests pass a fake clock (test/support/fake-clock.ts), so no
// test waits for a real rate window or a real back-off.

export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Resolves after `ms`; rejects with an AbortError as soon as `signal` aborts. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortError(): Error {
	const e = new Error("Aborted");
	e.name = "AbortError";
	return e;
}

/** The real clock. Plain timers: the same code runs in Obsidian (any window) and in Node. */
export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: (ms, signal) =>
		new Promise((resolve, reject) => {
			if (signal?.aborted) {
				reject(abortError());
				return;
			}
			const timer = setTimeout(() => {
				signal?.removeEventListener("abort", onAbort);
				resolve();
			}, Math.max(0, ms));
			const onAbort = () => {
				clearTimeout(timer);
				reject(abortError());
			};
			signal?.addEventListener("abort", onAbort, { once: true });
		}),
};
