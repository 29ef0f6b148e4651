import { describe, expect, it } from "vitest";
import { docblockEnvironment, shuffledOrder, startOrder, type QueuedFile } from "./sequencer";

const file = (name: string, project: string, environment: string, lastDuration?: number, size = 100) =>
	({ name, project, environment, lastDuration, size }) satisfies QueuedFile & { name: string };

describe("test start order", () => {
	it("keeps files of one project and environment together, so a shared worker is kept", () => {
		const order = startOrder([
			file("u-node-1", "unit", "node", 5),
			file("u-dom-1", "unit", "happy-dom", 4),
			file("u-node-2", "unit", "node", 3),
			file("u-dom-2", "unit", "happy-dom", 2),
			file("i-node", "integration", "node", 1),
			file("s-build", "ship", "node", 20),
		]);
		expect(order.map((f) => f.name)).toEqual(["s-build", "i-node", "u-node-1", "u-node-2", "u-dom-1", "u-dom-2"]);
	});

	it("starts a project's group holding the longest file first, and the longest file first in a group", () => {
		const order = startOrder([
			file("dom-short", "unit", "happy-dom", 1),
			file("node-mid", "unit", "node", 3),
			file("dom-long", "unit", "happy-dom", 6),
			file("node-short", "unit", "node", 2),
		]);
		expect(order.map((f) => f.name)).toEqual(["dom-long", "dom-short", "node-mid", "node-short"]);
	});

	it("puts untimed files first in their group, then goes by size; a fresh clone goes by project", () => {
		const order = startOrder([
			file("unit-big", "unit", "node", undefined, 900),
			file("int-small", "integration", "node", undefined, 10),
			file("int-timed", "integration", "node", 9, 10_000),
			file("int-big", "integration", "node", undefined, 500),
			file("ship-small", "ship", "node", undefined, 1),
		]);
		expect(order.map((f) => f.name)).toEqual(["ship-small", "int-big", "int-small", "int-timed", "unit-big"]);
	});

	it("reads the environment a file's docblock names", () => {
		expect(docblockEnvironment("// @vitest-environment happy-dom\nimport x from 'y';")).toBe("happy-dom");
		expect(docblockEnvironment("/**\n * @vitest-environment jsdom\n */")).toBe("jsdom");
		expect(docblockEnvironment("import { it } from 'vitest';")).toBe("node");
	});
});

describe("a shuffled test order (a seed given)", () => {
	const files = [
		file("u-node-1", "unit", "node", 5),
		file("u-node-2", "unit", "node", 4),
		file("u-node-3", "unit", "node", 3),
		file("u-dom-1", "unit", "happy-dom", 2),
		file("u-dom-2", "unit", "happy-dom", 1),
		file("i-node-1", "integration", "node", 9),
		file("i-node-2", "integration", "node", 8),
		file("s-1", "ship", "node", 20),
	];
	const names = (order: readonly { name: string }[]) => order.map((f) => f.name);

	it("is the same for the same seed, differs between seeds, and holds every file once", () => {
		expect(names(shuffledOrder(files, 11))).toEqual(names(shuffledOrder(files, 11)));
		const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => names(shuffledOrder(files, seed)).join(",")));
		expect(orders.size).toBeGreaterThan(1);
		for (const seed of [1, 2, 3]) expect(names(shuffledOrder(files, seed)).sort()).toEqual(names(files).sort());
	});

	it("keeps each project and environment together, so files still share workers", () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const groups = shuffledOrder(files, seed).map((f) => `${f.project}/${f.environment}`);
			const runs = groups.filter((g, i) => i === 0 || g !== groups[i - 1]);
			expect(new Set(runs).size, groups.join(" ")).toBe(runs.length);
		}
	});
});
