// The outcome of a step that can fail with a message for the user: the value, or why not.
// Callers tell the two apart with `"error" in result`.

export type Result<T> = { value: T } | { error: string };
