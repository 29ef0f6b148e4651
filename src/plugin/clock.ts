// The plugin's clock: the main window's timers (Obsidian's guidance for pop-out windows), for the
// OpenAlex client's pacing, back-off and request watchdog.
import { timerClock, type Clock } from "../lib/clock";

export const windowClock: Clock = timerClock<number>({
	setTimeout: (callback, ms) => window.setTimeout(callback, ms),
	clearTimeout: (handle) => window.clearTimeout(handle),
});
