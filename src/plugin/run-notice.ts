// Starting a run from the UI and the Notices around it: a run over a folder or the vault says it
// started (how many references), shows its progress in a Notice where there is no status bar
// (mobile), and every run ends with one line counting its outcomes.
import { Notice, Platform } from "obsidian";
import type { RunScope } from "../check/selection";
import { unrecognizedText } from "../check/run";
import { budgetExhausted, count, creditsLeft, sentence, type MessageOptions } from "../core/messages";
import type { RunControl, RunProgress, RunSummary } from "./services";

export interface RunNoticeOptions {
	/** No summary Notice: the caller reports the result itself (the panel after its own write). */
	quiet?: boolean;
	/** The clock the budget's renewal is told against (tests pass a fixed one). */
	now?: () => Date;
}

/** Starts a run and reports it with Notices; refused (null) while another run is active. */
export async function runWithNotice(runs: RunControl, scope: RunScope, force: boolean, opts: RunNoticeOptions = {}): Promise<RunSummary | null> {
	const run = runs.start(scope, { force });
	if (!run) {
		new Notice("A reference check is already running.");
		return null;
	}
	const progress = scope.kind === "files" ? null : new RunProgressNotice(runs, Platform.isMobile);
	try {
		const summary = await run;
		progress?.close();
		if (!opts.quiet) new Notice(formatRunSummary(summary, (opts.now ?? (() => new Date()))()), 10_000);
		return summary;
	} catch (e) {
		progress?.close();
		new Notice(`Reference check failed: ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}

/** "Checking 12 of 37 references (vault)…" */
export function progressText(p: RunProgress): string {
	return `Checking ${p.done.toLocaleString()} of ${count(p.total, "reference")} (${p.scopeLabel})…`;
}

/**
 * The Notices of a running vault or folder run: once the queue is known, one saying what it
 * checks (the status bar then shows progress), or, without a status bar, a Notice that stays and
 * counts up, with a button to cancel.
 */
class RunProgressNotice {
	private notice: Notice | null = null;
	private shown = "";
	private closed = false;
	private readonly unsubscribe: () => void;

	constructor(
		private readonly runs: RunControl,
		private readonly sticky: boolean,
	) {
		this.unsubscribe = runs.onProgress((p) => this.update(p));
	}

	private update(p: RunProgress): void {
		if (this.closed || !p.running || p.total === 0) return;
		if (!this.sticky) {
			if (this.notice) return;
			this.notice = new Notice(`Checking ${count(p.total, "reference")} (${p.scopeLabel}). Progress is in the status bar.`, 5000);
			return;
		}
		const text = progressText(p);
		if (text === this.shown) return;
		this.shown = text;
		const message = createFragment((f) => {
			const box = f.createSpan({ cls: "reference-check-progress" });
			box.createSpan({ cls: "reference-check-progress-text", text });
			box.createEl("button", { cls: "reference-check-progress-cancel", text: "Cancel" }, (b) => b.addEventListener("click", () => this.runs.cancel()));
		});
		if (this.notice) this.notice.setMessage(message);
		else this.notice = new Notice(message, 0);
	}

	/** Stops following the run; the sticky Notice goes (the short one times out by itself). */
	close(): void {
		if (this.closed) return;
		this.closed = true;
		this.unsubscribe();
		if (this.sticky) this.notice?.hide();
	}
}

/** The run's one-line summary: outcomes counted, why it stopped, what is left of the budget. */
export function formatRunSummary(s: RunSummary, now: Date = new Date(), opts: MessageOptions = {}): string {
	const unrecognized = unrecognizedText(s.unrecognized);
	const also = unrecognized ? ` ${unrecognized[0].toUpperCase()}${unrecognized.slice(1)}.` : "";
	if (s.total === 0 && !s.cancelled) return `Reference check (${s.scopeLabel}): nothing needs checking.${also}`;
	const parts: string[] = [];
	if (s.counts.confirmed) parts.push(`${s.counts.confirmed.toLocaleString(opts.locale)} verified`);
	if (s.counts.mismatch) parts.push(count(s.counts.mismatch, "mismatch", undefined, opts));
	if (s.counts.not_found) parts.push(`${s.counts.not_found.toLocaleString(opts.locale)} not found`);
	if (s.counts.skipped) parts.push(`${s.counts.skipped.toLocaleString(opts.locale)} not checkable`);
	if (s.errors.length) parts.push(count(s.errors.length, "error", undefined, opts));
	if (s.vanished) parts.push(count(s.vanished, "deleted note", undefined, opts));
	if (s.notChecked) parts.push(`${s.notChecked.toLocaleString(opts.locale)} not checked`);
	const head = s.cancelled ? "Reference check cancelled" : s.stoppedBy ? "Reference check stopped" : "Reference check finished";
	const out = [`${head} (${s.scopeLabel}): ${parts.join(", ") || "no results"}.`];
	// A spent budget says when it renews, never how few credits are left.
	if (s.budgetResetAt) out.push(budgetExhausted(s.budgetResetAt, now, opts));
	else if (s.stoppedBy) out.push(sentence(s.stoppedBy));
	if (s.errors.length) out.push("Errors are listed in the mismatch panel; their notes were not changed.");
	if (also) out.push(also.trim());
	if (!s.budgetResetAt && s.remainingCredits !== null) out.push(`${creditsLeft(s.remainingCredits, opts)}.`);
	return out.join(" ");
}
