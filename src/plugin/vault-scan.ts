// Finding reference notes from Obsidian's metadata cache (never by reading files), in time slices
// so a vault of thousands of notes never blocks the UI.
import type { MetadataCache, TFile, Vault } from "obsidian";
import { isNotAReference, isReferenceNote, readReference } from "../core/reference";
import { needsCheck, readCheckLog } from "../core/check-log";
import type { CheckLog, Reference } from "../core/types";
import type { ReferenceCheckSettings } from "../core/settings";
import type { RunScope } from "./services";

export interface QueuedReference {
	/** The note (its `path` follows renames; a deleted note is detected before writing). */
	file: TFile;
	reference: Reference;
	previous: CheckLog | null;
}

/** Longest stretch of synchronous work before giving the event loop back. */
export const SLICE_MS = 5;

export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Measures a stretch of synchronous work and gives the UI a turn once it has used its budget.
 * performance.now(), not Date.now(): whole milliseconds would stretch a 2 ms budget to 3.
 */
export class TimeSlicer {
	private start = performance.now();

	constructor(private readonly budgetMs: number = SLICE_MS) {}

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
		await yieldToUi();
		this.start = performance.now();
	}
}

function inFolder(path: string, folder: string): boolean {
	return path === folder || path.startsWith(folder.endsWith("/") ? folder : `${folder}/`);
}

/** Include/exclude folder settings. */
export function pathAllowed(path: string, settings: Pick<ReferenceCheckSettings, "includeFolders" | "excludeFolders">): boolean {
	if (settings.includeFolders.length > 0 && !settings.includeFolders.some((f) => inFolder(path, f))) return false;
	return !settings.excludeFolders.some((f) => inFolder(path, f));
}

function inScope(path: string, scope: RunScope, paths: Set<string> | null): boolean {
	if (scope.kind === "folder") return scope.path === "/" || inFolder(path, scope.path);
	if (scope.kind === "files") return paths?.has(path) ?? false;
	return true;
}

/** The reference in a note's cached frontmatter, or null when it is not a reference note. */
export function cachedReference(
	file: TFile,
	cache: MetadataCache,
	settings: ReferenceCheckSettings,
): { reference: Reference; frontmatter: Record<string, unknown> } | null {
	if (file.extension !== "md" || !pathAllowed(file.path, settings)) return null;
	const fm: Record<string, unknown> | undefined = cache.getFileCache(file)?.frontmatter;
	const recognition = { typeValue: settings.referenceTypeValue || undefined, citationKeyField: settings.citationKeyField };
	if (!fm || !isReferenceNote(fm, recognition)) return null;
	const reference = readReference(fm, recognition);
	return isNotAReference(reference) ? null : { reference, frontmatter: fm };
}

/**
 * The references in `scope` that need a check (all of them with `force`), in vault order.
 * Explicitly named files are checked even when recent (asking for a note means "check it now").
 */
export async function scanReferences(
	vault: Vault,
	cache: MetadataCache,
	settings: ReferenceCheckSettings,
	scope: RunScope,
	opts: { force: boolean; now: Date; signal?: AbortSignal },
): Promise<QueuedReference[]> {
	const paths = scope.kind === "files" ? new Set(scope.paths) : null;
	const force = opts.force || scope.kind === "files";
	const files = paths ? [...paths].map((p) => vault.getFileByPath(p)).filter((f): f is TFile => f !== null) : vault.getMarkdownFiles();
	const queue: QueuedReference[] = [];
	const slicer = new TimeSlicer();
	for (let i = 0; i < files.length; i++) {
		if ((i & 15) === 0 && (await slicer.maybeYield()) && opts.signal?.aborted) return [];
		const file = files[i];
		if (!inScope(file.path, scope, paths)) continue;
		const found = cachedReference(file, cache, settings);
		if (!found) continue;
		if (!needsCheck(found.reference, found.frontmatter, { staleDays: settings.staleDays, now: opts.now, force })) continue;
		queue.push({ file, reference: found.reference, previous: readCheckLog(found.frontmatter) });
	}
	return queue;
}
