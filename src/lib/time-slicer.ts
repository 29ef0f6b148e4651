// Long loops over a vault (scanning thousands of notes, writing a batch of results) give the UI a
// turn every few milliseconds of synchronous work. How to give that turn is passed in: the plugin
// waits for a window timer, the CLI has no UI and passes nothing.

/** Longest stretch of synchronous work before giving the event loop back. */
export const SLICE_MS = 5;

export type YieldTurn = () => Promise<void>;

/** No UI to give a turn to (the CLI): loops run straight through. */
const noTurn: YieldTurn = () => Promise.resolve();

/**
 * Measures a stretch of synchronous work and gives the UI a turn once it has used its budget.
 * performance.now(), not Date.now(): whole milliseconds would stretch a 2 ms budget to 3.
 */
export class TimeSlicer {
	private start = performance.now();

	constructor(
		private readonly yieldTurn: YieldTurn = noTurn,
		private readonly budgetMs: number = SLICE_MS,
	) {}

	/** True when the current slice has used its budget. */
	get due(): boolean {
		return performance.now() - this.start >= this.budgetMs;
	}

	/** Yields when the slice is used up; true when it did. */
	async maybeYield(): Promise<boolean> {
		if (!this.due) return false;
		await this.yield();
		return true;
	}

	async yield(): Promise<void> {
		await this.yieldTurn();
		this.start = performance.now();
	}
}
