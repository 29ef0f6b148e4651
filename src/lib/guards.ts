// Guards for values read from frontmatter and JSON, where any shape may turn up.

/** A map (a YAML mapping, a JSON object): not null, not an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `v` when it is a string with a non-space character (as written, not trimmed); otherwise null. */
export function nonEmptyString(v: unknown): string | null {
	return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** A string or finite number as trimmed text, for showing or writing back; null when there is none. */
export function scalarText(v: unknown): string | null {
	if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
	return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** `v` when it is a map, else null: for optional chaining into untyped JSON (`asRecord(x)?.field`). */
export function asRecord(v: unknown): Record<string, unknown> | null {
	return isRecord(v) ? v : null;
}
