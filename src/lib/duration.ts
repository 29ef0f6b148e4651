// Durations for messages: "1 h 5 min", "12 min", "40 s".

export function durationText(seconds: number): string {
	if (!Number.isFinite(seconds)) return "forever";
	if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return h ? `${h} h ${m} min` : `${m} min`;
}
