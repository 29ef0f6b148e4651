// The one listener set: `on` returns its own unsubscribe function (pass it to
// Component.register), and a listener added or removed during `emit` does not disturb that emit.

export class Emitter<T = void> {
	private readonly listeners = new Set<(value: T) => void>();

	on(listener: (value: T) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	emit(value: T): void {
		for (const listener of [...this.listeners]) listener(value);
	}
}
