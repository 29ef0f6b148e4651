// The panel on the fake Obsidian: an App holding given notes, services with a scriptable run
// controller (no OpenAlex), and the view opened in a right-sidebar leaf. Shared by the panel
// tests, scripts/bench/panel.bench.ts and scripts/screenshots.ts (bundled with `obsidian` → the fake).
import "../setup-dom";
import type { TFile } from "obsidian";
import { App, Vault } from "../fake-obsidian/index";
import type { CheckResult } from "../../src/core/types";
import { DEFAULT_SETTINGS, type ReferenceCheckSettings } from "../../src/core/settings";
import type {
	ReferenceCheckServices,
	RunControl,
	RunProgress,
	RunSummary,
	TitleLookup,
	StatusSignalSource,
	CitationProblems,
} from "../../src/plugin/services";
import type { RunScope } from "../../src/check/selection";
import { PanelIndex } from "../../src/panel/panel-index";
import { ReferenceCheckPanelView } from "../../src/panel/panel-view";

type Listener<T> = (value: T) => void;

class Listeners<T> {
	private readonly set = new Set<Listener<T>>();
	add(cb: Listener<T>): () => void {
		this.set.add(cb);
		return () => this.set.delete(cb);
	}
	emit(value: T): void {
		for (const cb of [...this.set]) cb(value);
	}
	get size(): number {
		return this.set.size;
	}
}

export function summary(extra: Partial<RunSummary> = {}): RunSummary {
	const now = new Date();
	return {
		scopeLabel: "1 note",
		total: 1,
		counts: { confirmed: 0, mismatch: 0, not_found: 0, skipped: 0 },
		errors: [],
		vanished: 0,
		rechecked: 0,
		notChecked: 0,
		upToDate: 0,
		unrecognized: {},
		problems: [],
		cancelled: false,
		stoppedBy: null,
		budgetResetAt: null,
		requests: 0,
		remainingCredits: null,
		startedAt: now,
		finishedAt: now,
		...extra,
	};
}

/** A run controller the test drives by hand. */
export class ScriptedRuns implements RunControl {
	readonly progressListeners = new Listeners<RunProgress>();
	readonly resultListeners = new Listeners<{ path: string; result: CheckResult }>();
	readonly finishedListeners = new Listeners<RunSummary>();
	readonly errorMap = new Map<string, string>();
	readonly started: RunScope[] = [];
	current: RunProgress = { running: false, done: 0, total: 0, remainingCredits: null, scopeLabel: "vault" };

	onProgress(cb: (progress: RunProgress) => void): () => void {
		return this.progressListeners.add(cb);
	}
	onResult(cb: (path: string, result: CheckResult) => void): () => void {
		return this.resultListeners.add((r) => cb(r.path, r.result));
	}
	onFinished(cb: (summary: RunSummary) => void): () => void {
		return this.finishedListeners.add(cb);
	}
	isRunning(): boolean {
		return this.current.running;
	}
	progress(): RunProgress {
		return this.current;
	}
	start(scope: RunScope): Promise<RunSummary> | null {
		this.started.push(scope);
		return Promise.resolve(summary());
	}
	cancel(): void {}
	lastRun(): RunSummary | null {
		return null;
	}
	errorFor(path: string): string | null {
		return this.errorMap.get(path) ?? null;
	}
	errors(): ReadonlyMap<string, string> {
		return this.errorMap;
	}
	/** Test helper: announces progress. */
	setProgress(p: Partial<RunProgress>): void {
		this.current = { ...this.current, ...p };
		this.progressListeners.emit(this.current);
	}
	/** Test helper: a run ended with these errors. */
	finish(errors: Record<string, string>): void {
		this.errorMap.clear();
		for (const [p, m] of Object.entries(errors)) this.errorMap.set(p, m);
		this.current = { ...this.current, running: false };
		this.finishedListeners.emit(summary({ errors: Object.entries(errors).map(([path, message]) => ({ path, message })) }));
	}
}

export interface TestServices extends ReferenceCheckServices {
	readonly runs: ScriptedRuns;
	/** Paths passed to verifyFile, in order. */
	readonly verified: string[];
	/** What lookUpByTitle answers, by path (default: not found); the paths asked, in order. */
	readonly titleLookups: Map<string, TitleLookup>;
	readonly lookedUp: string[];
}

export function testServices(app: App, settings: Partial<ReferenceCheckSettings> = {}): TestServices {
	const current = { ...DEFAULT_SETTINGS, ...settings };
	const runs = new ScriptedRuns();
	const verified: string[] = [];
	const titleLookups = new Map<string, TitleLookup>();
	const lookedUp: string[] = [];
	const signalSources: StatusSignalSource[] = [];
	let citationSource: (() => CitationProblems) | null = null;
	return {
		app: app as unknown as ReferenceCheckServices["app"],
		runs,
		verified,
		titleLookups,
		lookedUp,
		lookUpByTitle: async (file: TFile) => {
			lookedUp.push(file.path);
			return titleLookups.get(file.path) ?? { kind: "not_found", message: "no work with this title in OpenAlex" };
		},
		settings: () => current,
		onSettingsChange: () => () => undefined,
		isReferenceFile: () => true,
		verifyFile: async (file: TFile) => {
			verified.push(file.path);
			return runs.isRunning() ? null : summary();
		},
		openPanel: async () => undefined,
		addStatusSignal: (source) => {
			signalSources.push(source);
			return () => signalSources.splice(signalSources.indexOf(source), 1);
		},
		statusSignals: (file) => signalSources.map((source) => source(file)).filter((s) => s !== null),
		refreshStatus: () => undefined,
		onStatusRefresh: () => () => undefined,
		provideCitationProblems: (source) => {
			citationSource = source;
			return () => (citationSource = null);
		},
		citationProblems: () => (citationSource ? citationSource() : null),
	};
}

export function appWith(files: Map<string, string> | Record<string, string>): App {
	const vault = new Vault();
	for (const [path, text] of files instanceof Map ? files : Object.entries(files)) vault.seed(path, text);
	return new App(vault);
}

/** The plugin-wide index of panel entries, loaded (as registerPanel does) and built. */
export async function panelIndex(app: App, services: ReferenceCheckServices): Promise<PanelIndex> {
	const index = new PanelIndex(app as never, services);
	index.load();
	await index.whenReady();
	return index;
}

/** Opens the panel in a new right-sidebar leaf (building an index first unless given one). */
export async function openPanel(app: App, services: ReferenceCheckServices, index?: PanelIndex): Promise<ReferenceCheckPanelView> {
	const leaf = app.workspace.getRightLeaf(false);
	const view = new ReferenceCheckPanelView(leaf as never, services, index ?? (await panelIndex(app, services)));
	await leaf.open(view as never);
	leaf.containerEl.addClass("mod-right-split");
	return view;
}

/** Lets pending promise callbacks (writes, re-checks) run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
