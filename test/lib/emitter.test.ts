import { describe, expect, it } from "vitest";
import { Emitter } from "../../src/lib/emitter";

describe("Emitter", () => {
	it("calls listeners in order until they unsubscribe", () => {
		const e = new Emitter<number>();
		const seen: string[] = [];
		const offA = e.on((v) => seen.push(`a${v}`));
		e.on((v) => seen.push(`b${v}`));
		e.emit(1);
		offA();
		e.emit(2);
		expect(seen).toEqual(["a1", "b1", "b2"]);
	});

	it("finishes an emit as it began when a listener adds or removes listeners", () => {
		const e = new Emitter();
		const seen: string[] = [];
		let offB = () => {};
		e.on(() => {
			seen.push("a");
			offB();
			e.on(() => seen.push("late"));
		});
		offB = e.on(() => seen.push("b"));
		e.emit();
		expect(seen).toEqual(["a", "b"]);
		e.emit();
		expect(seen).toEqual(["a", "b", "a", "late"]);
	});
});
