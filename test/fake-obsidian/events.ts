// Events and Component as Obsidian implements them: listeners detached by unload, so a test can
// assert that a plugin leaves nothing behind.
import type * as O from "obsidian";

type Callback = (...data: unknown[]) => unknown;

export interface EventRef {
	e: Events;
	name: string;
	fn: Callback;
	ctx?: unknown;
}

export class Events implements O.Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as Callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: Callback): void {
		const list = this.handlers.get(name);
		if (!list) return;
		this.handlers.set(name, list.filter((r) => r.fn !== callback));
	}

	offref(ref: O.EventRef): void {
		const r = ref as EventRef;
		const list = this.handlers.get(r.name);
		if (!list) return;
		this.handlers.set(r.name, list.filter((x) => x !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		const r = evt as EventRef;
		try {
			r.fn.apply(r.ctx, args);
		} catch (e) {
			// Obsidian logs and carries on; tests see it through `listenerErrors`.
			listenerErrors.push(e);
		}
	}

	/** Test helper: how many listeners are attached (all names, or one). */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this.handlers.values()) n += list.length;
		return n;
	}
}

/** Errors thrown by event listeners (Obsidian swallows them after logging). */
export const listenerErrors: unknown[] = [];

/** Intervals registered through Component.registerInterval and not yet cleared. */
export const liveIntervals = new Set<number>();

export class Component implements O.Component {
	private loaded = false;
	private cleanups: Array<() => unknown> = [];
	private children: Component[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const c of this.children) c.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const c of this.children.splice(0)) c.unload();
		for (const cb of this.cleanups.splice(0).reverse()) cb();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends O.Component>(component: T): T {
		this.children.push(component as unknown as Component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends O.Component>(component: T): T {
		const i = this.children.indexOf(component as unknown as Component);
		if (i >= 0) {
			this.children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: O.EventRef): void {
		const r = eventRef as EventRef;
		this.register(() => r.e.offref(r));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		liveIntervals.add(id);
		this.register(() => {
			clearInterval(id);
			liveIntervals.delete(id);
		});
		return id;
	}
}
