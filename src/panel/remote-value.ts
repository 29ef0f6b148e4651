// "Use remote value": which frontmatter key to write and in what shape, so the note keeps its own
// conventions (BibTeX-style "Last, First" strings, CSL {family, given} objects, quoted years,
// DOI URLs). Pure; the write itself goes through the splice writer.
import { scalarText } from "../lib/guards";
import { stripDoiResolver } from "../lib/ids";
import { parsePersonName } from "../core/normalize";
import type { FieldName } from "../core/verdict";
import type { CheckLog } from "../core/types";

export interface FieldEdit {
	key: string;
	value: unknown;
}

/** Keys read for each field (reference.ts order); the first one present is the one written. */
const FIELD_KEYS: Record<FieldName, string[]> = {
	title: ["title"],
	year: ["year"],
	venue: ["venue", "journal", "booktitle", "container-title", "journaltitle", "publisher"],
	doi: ["doi", "DOI"],
	authors: ["authors", "author"],
};

function present(fm: Record<string, unknown>, key: string): boolean {
	const v = fm[key];
	return v !== undefined && v !== null && v !== "" && v !== "null";
}

function keyFor(fm: Record<string, unknown>, field: FieldName): string {
	const keys = FIELD_KEYS[field];
	return keys.find((k) => present(fm, k)) ?? keys[0];
}

/** The remote value of a field as recorded in the log (`remote:` first, then `fields.*.remote`). */
export function remoteValue(log: CheckLog, field: FieldName): string | string[] | null {
	const remote = log.remote as Record<string, unknown> | undefined;
	if (field === "authors") {
		const list = remote?.authors;
		if (!Array.isArray(list)) return null;
		const names = list.map(scalarText).filter((n): n is string => n !== null);
		return names.length > 0 ? names : null;
	}
	const fromRemote = scalarText(remote?.[field]);
	if (fromRemote) return fromRemote;
	const check = (log.fields as Record<string, unknown> | undefined)?.[field] as Record<string, unknown> | undefined;
	return scalarText(check?.remote);
}

/**
 * Fields whose remote value can be copied into the note: they differ and the log has the remote
 * value, unless it is the note's own. A DOI flagged for another identifier beside it (an arXiv id or
 * PubMed id of another paper, rules/pubmed-ids) has the same value on both sides: copying it would
 * change nothing.
 */
export function copyableFields(log: CheckLog | null, differing: readonly FieldName[]): FieldName[] {
	if (!log) return [];
	return differing.filter((f) => {
		const remote = remoteValue(log, f);
		return remote !== null && !(f === "doi" && typeof remote === "string" && sameDoi(remote, localValue(log, f)));
	});
}

function localValue(log: CheckLog, field: FieldName): string | null {
	const check = (log.fields as Record<string, unknown> | undefined)?.[field] as Record<string, unknown> | undefined;
	return scalarText(check?.local);
}

function sameDoi(a: string, b: string | null): boolean {
	return b !== null && stripDoiResolver(a).trim().toLowerCase() === stripDoiResolver(b).trim().toLowerCase();
}

function familyFirst(name: string): string {
	const { given, family } = parsePersonName(name);
	return given ? `${family}, ${given}` : family;
}

function authorsLike(current: unknown, names: string[]): unknown {
	if (Array.isArray(current) && current.some((a) => typeof a === "object" && a !== null)) {
		return names.map((n) => {
			const { given, family } = parsePersonName(n);
			return given ? { family, given } : { literal: family };
		});
	}
	if (typeof current === "string") {
		// A BibTeX author string: "Last, First and Last, First" (or "First Last and …").
		return names.map((n) => (current.includes(",") ? familyFirst(n) : n)).join(" and ");
	}
	const commaStyle = Array.isArray(current) && current.length > 0 && current.every((a) => typeof a === "string" && a.includes(","));
	return names.map((n) => (commaStyle ? familyFirst(n) : n));
}

function yearLike(current: unknown, year: string): unknown {
	const n = Number(year);
	if (typeof current === "number" && Number.isInteger(n)) return n;
	return year;
}

function doiLike(current: unknown, doi: string): string {
	const bare = stripDoiResolver(doi);
	return typeof current === "string" && /^https?:\/\//i.test(current.trim()) ? `https://doi.org/${bare}` : bare;
}

/** The key and value that put the remote value of `field` into this note; null when the log has none. */
export function remoteValueEdit(fm: Record<string, unknown>, log: CheckLog, field: FieldName): FieldEdit | null {
	const value = remoteValue(log, field);
	if (value === null) return null;
	const key = keyFor(fm, field);
	const current = fm[key];
	if (field === "authors") return Array.isArray(value) ? { key, value: authorsLike(current, value) } : null;
	if (typeof value !== "string") return null;
	if (field === "year") return { key, value: yearLike(current, value) };
	if (field === "doi") return { key, value: doiLike(current, value) };
	return { key, value };
}
