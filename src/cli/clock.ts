// The command line's clock: Node's timers, for the OpenAlex client's pacing, back-off and request
// watchdog.
import { clearTimeout, setTimeout } from "timers";
import { timerClock, type Clock } from "../lib/clock";

export const nodeClock: Clock = timerClock<ReturnType<typeof setTimeout>>({
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle),
});
