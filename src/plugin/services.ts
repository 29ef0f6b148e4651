// What the plugin offers its feature modules (mismatch panel, cited_in): settings, the run
// controller with its events, "verify this note", the last run's errors and a way to open the
// panel. Feature modules get this interface in their register function (see main.ts) and never
// reach into the plugin instance.
import type { App, TFile } from "obsidian";
import type { CheckResult, RemoteWork } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";
import type { RunSummary as CheckRunSummary } from "../check/run";
import type { RunScope } from "../check/selection";

/** View type of the mismatch panel (right sidebar ItemView, src/panel/). */
export const PANEL_VIEW_TYPE = "reference-check-panel";

export interface RunProgress {
	running: boolean;
	/** References finished in this run (written, errors, vanished notes). */
	done: number;
	/** References queued when the run started. */
	total: number;
	/** OpenAlex credits left today (X-RateLimit-Remaining), null until a response carried it. */
	remainingCredits: number | null;
	/** Short description of the scope ("vault", "folder papers", "1 note"). */
	scopeLabel: string;
}

/** A run's summary (src/check/run.ts) with the scope it covered, as the Notice names it. */
export interface RunSummary extends CheckRunSummary {
	/** Short description of the scope ("vault", "folder papers", "1 note"). */
	scopeLabel: string;
}

/** Run events. Each `on…` returns an unsubscribe function: pass it to `Component.register`. */
export interface RunEvents {
	/** Progress of the current run (also fired once when it starts and when it ends). */
	onProgress(cb: (progress: RunProgress) => void): () => void;
	/** One reference's verdict, after its log was written (or, for errors, not written). */
	onResult(cb: (path: string, result: CheckResult) => void): () => void;
	/** A run ended (finished, cancelled or stopped). */
	onFinished(cb: (summary: RunSummary) => void): () => void;
}

export interface RunControl extends RunEvents {
	isRunning(): boolean;
	progress(): RunProgress;
	/**
	 * Starts a run; null when one is already running (one run at a time). `label` names the scope
	 * in progress and summaries instead of the default ("new notes" for an automatic batch).
	 */
	start(scope: RunScope, opts?: { force?: boolean; label?: string }): Promise<RunSummary> | null;
	/** Cancels the current run: no further requests; logs already written stay. */
	cancel(): void;
	lastRun(): RunSummary | null;
	/** Latest error message per note path, from any run (cleared when the note is checked again). */
	errorFor(path: string): string | null;
	errors(): ReadonlyMap<string, string>;
}

/** What looking a note up by its title alone (its identifiers set aside) found. */
export type TitleLookup =
	| { kind: "found"; work: RemoteWork }
	| { kind: "not_found"; message: string }
	| { kind: "error"; message: string };
/**
 * A short addition a feature makes to the status bar for the active note: the panel says a
 * reference note is one of several for one work, cited_in says a page cites retracted works or
 * unknown keys.
 */
export interface StatusSignal {
	kind: "retracted" | "duplicate" | "unknown";
	label: string;
	/** Full sentence for the tooltip. */
	detail: string;
}

export type StatusSignalSource = (file: TFile) => StatusSignal | null;

/**
 * What the vault's pages cite that needs a look (cited_in computes it from its index, the panel
 * shows it): `[@key]`s no reference note carries, and cited reference notes never checked.
 */
export interface CitationProblems {
	unknownKeys: Array<{ key: string; pages: string[] }>;
	neverChecked: Array<{ path: string; pages: string[] }>;
}

export interface ReferenceCheckServices {
	readonly app: App;
	/** Current settings (a fresh object after every save). */
	settings(): Readonly<ReferenceCheckSettings>;
	/** Called after settings are saved. Returns an unsubscribe function. */
	onSettingsChange(cb: (settings: Readonly<ReferenceCheckSettings>) => void): () => void;
	readonly runs: RunControl;
	/** True when the note's cached frontmatter is a reference note under the current settings. */
	isReferenceFile(file: TFile): boolean;
	/**
	 * Verifies one note now, ignoring recent checks; null when another run is active. `quiet`: no
	 * Notice at the end (the caller reports the result itself).
	 */
	verifyFile(file: TFile, opts?: { quiet?: boolean }): Promise<RunSummary | null>;
	/**
	 * Looks the note up in OpenAlex by title, authors and year as if it had no DOI or arXiv id (the
	 * same candidate test as a run: a doubtful hit is not found). Writes nothing.
	 */
	lookUpByTitle(file: TFile): Promise<TitleLookup>;
	/** Opens (or reveals) the mismatch panel, focused on `file` when given (view state `{file: path}`). */
	openPanel(file?: TFile | null): Promise<void>;
	/** Adds a source of status-bar signals. Returns a function that removes it. */
	addStatusSignal(source: StatusSignalSource): () => void;
	/** The signals of every source for `file`, in the order the sources were added. */
	statusSignals(file: TFile): StatusSignal[];
	/** A source's answer may have changed: the status bar renders again. */
	refreshStatus(): void;
	/** Called on refreshStatus. Returns an unsubscribe function. */
	onStatusRefresh(cb: () => void): () => void;
	/** Sets where citation problems come from (the cited_in feature). Returns a function that removes it. */
	provideCitationProblems(source: () => CitationProblems): () => void;
	/** The vault's citation problems now (null: no source). */
	citationProblems(): CitationProblems | null;
}
