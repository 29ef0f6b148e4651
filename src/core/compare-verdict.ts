// What every field's comparison shares (core/compare.ts and its venue and author parts): the verdict
// being built (notes, the worst severity, the fields that differ) and the text check of one field.
import { isPreprintVenue } from "./normalize";
import type { FieldChecks, RemoteWork, Severity, TextFieldCheck } from "./types";
import { distance } from "fastest-levenshtein";

export type Field = keyof FieldChecks;

/** Collects the verdict while the fields are checked. */
export class Verdict {
	notes: string[] = [];
	severity: Severity | null = null;
	differing = new Set<Field>();

	accept(note: string): void {
		this.notes.push(note);
	}

	/** Take over another verdict's notes, severity and fields. */
	merge(other: Verdict): void {
		this.notes.push(...other.notes);
		for (const f of other.differing) this.differing.add(f);
		if (other.severity === "major" || (other.severity === "minor" && this.severity === null)) this.severity = other.severity;
	}

	/** A shown difference; `field` null for verdicts about the whole work (a retraction). */
	flag(field: Field | null, severity: Severity, note: string): void {
		this.notes.push(note);
		if (field) this.differing.add(field);
		if (severity === "major" || this.severity === null) this.severity = severity;
	}

	/** A major problem with the whole match, said before everything else. */
	lead(note: string): void {
		this.notes.unshift(note);
		this.severity = "major";
	}
}

/**
 * Edit distance as the earlier checker wrote it (all 89 distances in the corpus agree): lower
 * case, diacritics folded, punctuation dropped, whitespace collapsed, then Levenshtein.
 */
function editDistance(a: string, b: string): number {
	return distance(distanceKey(a), distanceKey(b));
}

function distanceKey(s: string): string {
	return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim();
}

export function textCheck(local: string | null, remote: string | null, match: boolean): TextFieldCheck {
	const out: TextFieldCheck = { local, remote, match };
	if (!match) out.edit_distance = editDistance(local ?? "", remote ?? "");
	return out;
}

export function remoteIsPreprint(work: RemoteWork): boolean {
	const primary = work.locations.find((l) => l.venue === work.venue);
	return work.type === "preprint" || isPreprintVenue(work.venue) || (primary?.isPreprint ?? false);
}
