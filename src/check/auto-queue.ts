// When automatic checks run: the notes waiting for one, each after a quiet period since its last
// change (longer after a keystroke in its frontmatter, so a person typing a title is never checked
// half-way), taken a batch at a time and never more than a set number of notes a minute. Pure: the
// caller says what happened and when, and asks what is due (src/plugin/auto-check.ts drives it
// with the plugin's clock).

export interface AutoQueueLimits {
	/** Wait after a note's last change before checking it. */
	quietMs: number;
	/** Wait after the last keystroke in a note's frontmatter. */
	typingQuietMs: number;
	/** Most notes started in any window of `windowMs`. */
	perWindow: number;
	windowMs: number;
	/** Most notes in one run. */
	batchSize: number;
}

/** Defaults: 5 s quiet, 20 s after typing in the frontmatter, batches of 50 (the runner's). */
export const AUTO_QUIET_MS = 5_000;
export const AUTO_TYPING_QUIET_MS = 20_000;
export const MINUTE_MS = 60_000;

export type AutoReason = "new" | "edited";

interface Waiting {
	reason: AutoReason;
	/** When it may be checked (its last change plus the quiet period). */
	dueAt: number;
}

export class AutoCheckQueue {
	private readonly waiting = new Map<string, Waiting>();
	/** Last frontmatter keystroke per note. */
	private readonly typedAt = new Map<string, number>();
	/** Start times of the notes handed out, newest last (only the last window's are kept). */
	private starts: number[] = [];

	constructor(private limits: AutoQueueLimits) {}

	setLimits(limits: AutoQueueLimits): void {
		this.limits = limits;
	}

	get size(): number {
		return this.waiting.size;
	}

	has(path: string): boolean {
		return this.waiting.has(path);
	}

	reasonOf(path: string): AutoReason | null {
		return this.waiting.get(path)?.reason ?? null;
	}

	/** The note changed at `now`: it waits a quiet period from now (a new note stays new). */
	changed(path: string, reason: AutoReason, now: number): void {
		const before = this.waiting.get(path);
		const typed = this.typedAt.get(path);
		const dueAt = Math.max(now + this.limits.quietMs, typed === undefined ? 0 : typed + this.limits.typingQuietMs);
		this.waiting.set(path, { reason: before?.reason === "new" ? "new" : reason, dueAt });
	}

	/** A keystroke in the note's frontmatter at `now`: a waiting check waits until typing has stopped. */
	typed(path: string, now: number): void {
		this.typedAt.set(path, now);
		const w = this.waiting.get(path);
		if (w) w.dueAt = Math.max(w.dueAt, now + this.limits.typingQuietMs);
	}

	/** True while the last frontmatter keystroke is within the typing quiet period. */
	isTyping(path: string, now: number): boolean {
		const t = this.typedAt.get(path);
		return t !== undefined && now - t < this.limits.typingQuietMs;
	}

	remove(path: string): void {
		this.waiting.delete(path);
		this.typedAt.delete(path);
	}

	rename(oldPath: string, newPath: string): void {
		const w = this.waiting.get(oldPath);
		const t = this.typedAt.get(oldPath);
		this.remove(oldPath);
		if (w) this.waiting.set(newPath, w);
		if (t !== undefined) this.typedAt.set(newPath, t);
	}

	clear(): void {
		this.waiting.clear();
		this.typedAt.clear();
	}

	private startsInWindow(now: number): number {
		this.starts = this.starts.filter((t) => now - t < this.limits.windowMs);
		return this.starts.length;
	}

	/**
	 * The notes due at `now`, earliest first, as many as the cap and the batch size allow; they
	 * leave the queue and count against the cap. `stillDue` drops a note whose check is no longer
	 * wanted (it does not count).
	 */
	take(now: number, stillDue: (path: string, reason: AutoReason) => boolean = () => true): Array<{ path: string; reason: AutoReason }> {
		const room = Math.min(this.limits.batchSize, this.limits.perWindow - this.startsInWindow(now));
		const due = [...this.waiting].filter(([path, w]) => w.dueAt <= now && !this.isTyping(path, now)).sort((a, b) => a[1].dueAt - b[1].dueAt);
		const out: Array<{ path: string; reason: AutoReason }> = [];
		for (const [path, w] of due) {
			if (out.length >= room) break;
			this.waiting.delete(path);
			if (!stillDue(path, w.reason)) continue;
			out.push({ path, reason: w.reason });
			this.starts.push(now);
		}
		return out;
	}

	/** When something may next be due (null: nothing waits). */
	nextWake(now: number): number | null {
		if (this.waiting.size === 0) return null;
		let earliest = Infinity;
		for (const [path, w] of this.waiting) {
			const typed = this.typedAt.get(path);
			earliest = Math.min(earliest, Math.max(w.dueAt, typed === undefined ? 0 : typed + this.limits.typingQuietMs));
		}
		if (this.startsInWindow(now) >= this.limits.perWindow) earliest = Math.max(earliest, this.starts[0] + this.limits.windowMs);
		return Math.max(earliest, now);
	}
}
