// styles.css and Obsidian 1.13's deprecation of the --color-*-rgb variables: every translucent colour
// built from one is a pair in the same rule — the rgba() fallback for older apps first, then the
// same colour and opacity as color-mix(in oklch, …), which wins where it is understood.
import { describe, expect, it } from "vitest";
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT } from "./clean-copy";

interface Declaration {
	property: string;
	value: string;
}
interface Rule {
	selector: string;
	declarations: Declaration[];
}

/** The style rules of a flat stylesheet (no at-rules nest ours), comments removed. */
function rules(css: string): Rule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
	return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
		selector: m[1].trim(),
		declarations: m[2]
			.split(";")
			.map((d) => d.trim())
			.filter(Boolean)
			.map((d) => ({ property: d.slice(0, d.indexOf(":")).trim(), value: d.slice(d.indexOf(":") + 1).trim() })),
	}));
}

const RGBA = /^rgba\(var\(--color-([a-z]+)-rgb\),\s*(0?\.\d+|1)\)$/;
const MIX = /^color-mix\(in oklch, var\(--color-([a-z]+)\) (\d+)%, transparent\)$/;

/** Each rgba(var(--color-x-rgb), a) with what follows it for the same property in that rule. */
function pairs(css: string): Array<{ selector: string; property: string; fallback: string; next: string | undefined }> {
	const out: Array<{ selector: string; property: string; fallback: string; next: string | undefined }> = [];
	for (const rule of rules(css)) {
		rule.declarations.forEach((d, i) => {
			if (!/--color-[a-z]+-rgb/.test(d.value)) return;
			out.push({ selector: rule.selector, property: d.property, fallback: d.value, next: rule.declarations[i + 1]?.property === d.property ? rule.declarations[i + 1].value : undefined });
		});
	}
	return out;
}

function problems(css: string): string[] {
	const found: string[] = [];
	for (const p of pairs(css)) {
		const where = `${p.selector} { ${p.property} }`;
		const fallback = RGBA.exec(p.fallback);
		const mix = p.next === undefined ? null : MIX.exec(p.next);
		if (!fallback) found.push(`${where}: ${p.fallback} is not rgba(var(--color-x-rgb), alpha)`);
		else if (!mix) found.push(`${where}: ${p.fallback} is not followed by color-mix(in oklch, var(--color-${fallback[1]}) N%, transparent)`);
		else if (mix[1] !== fallback[1] || Number(mix[2]) !== Math.round(Number(fallback[2]) * 100)) {
			found.push(`${where}: ${p.next} is not the colour and opacity of ${p.fallback}`);
		}
	}
	for (const rule of rules(css)) {
		for (const d of rule.declarations) if (/color-mix\(/.test(d.value) && !MIX.test(d.value)) found.push(`${rule.selector} { ${d.property} }: unexpected ${d.value}`);
	}
	return found;
}

const styles = readFileSync(join(ROOT, "styles.css"), "utf8");

describe("styles.css colours", () => {
	it("pairs every --color-*-rgb fallback with the same colour and opacity in color-mix, right after it", () => {
		expect(pairs(styles).length).toBeGreaterThan(0);
		expect(problems(styles)).toEqual([]);
	});

	it("the check itself: a lone rgba, a mix of another colour or opacity, and a mix before its fallback are each reported", () => {
		const lone = ".a { background: rgba(var(--color-red-rgb), 0.25); }";
		const otherColour = ".a { background: rgba(var(--color-red-rgb), 0.25); background: color-mix(in oklch, var(--color-green) 25%, transparent); }";
		const otherOpacity = ".a { background: rgba(var(--color-red-rgb), 0.25); background: color-mix(in oklch, var(--color-red) 20%, transparent); }";
		const reversed = ".a { background: color-mix(in oklch, var(--color-red) 25%, transparent); background: rgba(var(--color-red-rgb), 0.25); }";
		const good = ".a { background: rgba(var(--color-red-rgb), 0.25); background: color-mix(in oklch, var(--color-red) 25%, transparent); }";
		for (const css of [lone, otherColour, otherOpacity, reversed]) expect(problems(css), css).toHaveLength(1);
		expect(problems(good)).toEqual([]);
	});
});
