// Giving Obsidian's UI a turn during long loops (see lib/time-slicer.ts): a window timer, so it
// works in popout windows too.

export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
