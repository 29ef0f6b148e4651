// The authors' comparison (part of core/compare.ts): people aligned across the two lists, name
// forms, order, groups and contributors, lists cut on either side, another version's author list.
import { namesInOtherAlphabets, namesInOtherScripts } from "./rules/author-scripts";
import { isAnonymousAuthor } from "./rules/note-organization-author";
import { recordListsOnlyContributors, setAsideConventions, type NameTests } from "./rules/contributors-and-groups";
import { isPlaceholderAuthor } from "./rules/placeholder-authors";
import { firstAuthorPutLast, givenNamesCrossed, isAlphabetical, samePeopleInAnyOrder, seniorAuthorPutFirst } from "./rules/author-order";
import { alignAuthors, compareNames, isOrganizationAuthor, otherOrganization, sameOrganization, namesGroupInstead, recordAuthorsFor, type AuthorPair } from "./match";
import { printedOtherPerson } from "./rules/author-profile-names";
import { generationOf, nameKey } from "./normalize";
import type { AuthorDetail, AuthorsCheck, OtherVersion, Reference, RemoteWork } from "./types";
import { Verdict } from "./compare-verdict";

const NAME_TESTS: NameTests = { same: (a, b) => compareNames(a, b).kind !== "different", isGroup: isOrganizationAuthor };

/**
 * Authors added or dropped between a preprint and its published version are no error of the
 * note when its list is exactly the other version's (rules/preprint-versions): minor, naming both.
 */
export function compareAuthorsAcrossVersions(ref: Reference, work: RemoteWork, other: OtherVersion | null, v: Verdict): AuthorsCheck {
	const here = new Verdict();
	const check = compareAuthors(ref, work, here);
	if (other && here.differing.has("authors")) {
		const there = new Verdict();
		compareAuthors(ref, other.work, there);
		if (there.severity === null) {
			const thisIs = other.is === "preprint" ? "published version" : "preprint";
			const added = work.authors.filter((a) => other.work.authors.every((b) => compareNames(a, b).kind === "different"));
			const dropped = other.work.authors.filter((b) => work.authors.every((a) => compareNames(a, b).kind === "different"));
			const change = [added.length ? `adds ${nameList(added)}` : "", dropped.length ? `lacks ${nameList(dropped)}` : ""].filter((x) => x).join(" and ");
			v.merge(there);
			v.flag("authors", "minor", `authors: the note lists the authors of the ${other.is} (${other.work.id}); the ${thisIs} ${change || "lists them differently"}`);
			return check;
		}
	}
	v.merge(here);
	return check;
}

function compareAuthors(ref: Reference, work: RemoteWork, v: Verdict): AuthorsCheck {
	// record defects (rules/duplicate-authors, rules/run-together-authors) are undone before comparing;
	// they are minor but not offered as fields to fix: the note is right
	const record = recordAuthorsFor(ref.authors, work);
	// a group beside the people, an editor or translator: one side's convention (rules/contributors-and-groups)
	const aside = setAsideConventions(ref.authors, record.names, ref.contributors ?? [], NAME_TESTS);
	const local = aside.local;
	const remote = withGapOf(ref, local, aside.remote, work.authors.length, v);
	for (const g of aside.noteGroups) v.accept(`authors: the note names the group '${g}' beside its authors; the record lists the people only`);
	for (const c of aside.recordContributors) v.accept(`authors: the record lists the note's editor or translator '${c}' among the authors`);
	// an edition or a translation of a book whose record names only the one who prepared it (rules/contributors-and-groups)
	if (recordListsOnlyContributors(ref.entryType, local, remote, ref.contributors ?? [], NAME_TESTS.same)) {
		v.flag(null, "minor", `authors: the record lists the note's editor or translator ${nameList(remote)} as the book's only author, not ${nameList(local)}`);
		return { local_count: local.length, remote_count: remote.length, count_match: local.length === remote.length, details: authorRows(local, remote, []) };
	}
	if (ref.authorsRepeated) v.accept(`authors: the note lists ${ref.authorsRepeated} authors twice in a row; each compared once`);
	for (const name of record.repeated) v.flag(null, "minor", `authors: the remote record lists '${name}' twice (the record looks defective); compared once`);
	for (const j of record.joined) v.flag(null, "minor", `authors: the record runs '${j.note[0]}' and '${j.note[1]}' together as '${j.record}' (the record looks defective)`);
	for (const g of record.groups) v.accept(`authors: the record lists the group '${g}' beside its members; compared without it`);
	for (const p of record.printed) v.accept(`authors: the work prints '${p.byline}' (the note's name); the record's author profile is named '${p.profile}'`);
	for (const p of printedOtherPerson(local, work.authors, work.bylines, NAME_TESTS.same, nameKey)) {
		v.flag(null, "minor", `authors: the work prints '${p.byline}' where the note and the record's author profile name '${p.profile}' (the work may be attached to another person's profile)`);
	}
	const check: AuthorsCheck = {
		local_count: local.length,
		remote_count: remote.length,
		count_match: local.length === remote.length,
		details: [],
	};
	// a placeholder is no one's name: an error of the note whatever the record holds (rules/placeholder-authors)
	const placeholders = local.filter((l) => isPlaceholderAuthor(l) && remote.every((r) => compareNames(l, r).kind === "different"));
	if (placeholders.length > 0) v.flag("authors", "major", `authors: ${nameList(placeholders)} ${placeholders.length === 1 ? "is a placeholder" : "are placeholders"}, not an author's name`);
	if (local.length === 0) {
		check.details = authorRows(local, remote, []);
		if (remote.length > 0) v.accept(`authors: the note lists none (the remote record has ${remote.length})`);
		return check;
	}
	if (remote.length === 0) {
		check.details = authorRows(local, remote, []);
		// reports and books by an organisation: OpenAlex lists people, so a record without
		// authors is what it holds for them (rules/note-organization-author)
		if (local.every((l) => isOrganizationAuthor(l))) v.accept(`authors: the note names an organization (${local[0].replace(/[{}]/g, "")}); the remote record lists no authors`);
		else if (local.every((l) => isAnonymousAuthor(l))) v.accept(`authors: the note names no person (${local[0]}); the remote record lists no authors`);
		else v.flag(null, "minor", "authors: the remote record lists no authors (the record looks incomplete)");
		return check;
	}
	if (namesGroupInstead(ref, work)) {
		check.details = authorRows(local, remote, []);
		v.flag(null, "minor", `authors: the record names a group ('${remote[0]}') instead of the note's ${local.length} authors (the record looks incomplete)`);
		return check;
	}
	if (local.length === 1 && isAnonymousAuthor(local[0])) {
		check.details = authorRows(local, remote, []);
		v.accept(`authors: the note cites the work as anonymous (${local[0]}); the record names ${nameList(remote)}`);
		return check;
	}
	// the note names the group the record lists beside its members, after some of them (last or among them)
	if (local.every((l) => isOrganizationAuthor(l) && remote.some((r) => sameOrganization(l, r))) && !sameOrganization(local[0], remote[0]) && remote.some((r) => !isOrganizationAuthor(r))) {
		check.details = authorRows(local, remote, []);
		v.accept(`authors: the note names ${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}, which the record lists beside ${remote.length - local.length} members`);
		return check;
	}
	// one organisation, or several collaborations joined ("{X Collaboration} and {Y Collaboration}")
	if (local.every((l) => isOrganizationAuthor(l)) && !local.some((l) => remote.some((r) => sameOrganization(l, r)))) {
		check.details = authorRows(local, remote, []);
		// the record names its group (beside the people or alone), and it is another one: another collaboration's paper
		const theirs = record.groups.length > 0 ? record.groups : remote.every((r) => isOrganizationAuthor(r)) ? remote : [];
		if (theirs.length > 0 && theirs.every((g) => local.every((l) => otherOrganization(l, g)))) {
			v.flag("authors", "major", `authors: the note names ${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}; the record's authors are ${theirs.join(", ")}`);
			return check;
		}
		v.accept(`authors: the note names ${local.length === 1 ? "an organization" : "organizations"} (${local.map((l) => l.replace(/[{}]/g, "")).join(", ")}) instead of ${local.length === 1 ? "its" : "their"} members`);
		return check;
	}
	// names in two scripts cannot be compared (rules/author-scripts)
	// or romanized letter by letter, and none of them found on the other side (rules/author-scripts)
	if (namesInOtherScripts(local, remote) || (namesInOtherAlphabets(local, remote) && local.every((l) => remote.every((r) => compareNames(l, r).kind === "different")))) {
		// the note gives the same list in Latin letters too (`author_en`): compared by it
		const latin = ref.authorsRomanized;
		if (latin && latin.length === ref.authors.length && !namesInOtherScripts(latin, remote)) {
			v.accept(`authors: the note's names in another script compared by the Latin list it gives beside them ('${latin[0]}')`);
			return compareAuthors({ ...ref, authors: latin, authorsRomanized: undefined }, work, v);
		}
		check.details = authorRows(local, remote, []);
		v.flag(null, "minor", `authors: the note writes the names in another script than the record ('${local[0]}' vs '${remote[0]}'); not compared`);
		return check;
	}
	const { pairs, trailingRemote } = alignAuthors(local, remote);
	check.details = authorRows(local, remote, pairs);
	const equivalences: string[] = [];
	// Nobody aligned: every name of the record is missing from the note (the first is named as
	// the different first author).
	const missing: number[] = pairs.some((p) => p.match !== null) ? [] : remote.map((_, r) => r);
	const added: number[] = [];
	let firstOk = false;
	// aligned places whose given names differ, for the crossing below
	const otherGiven: Array<[number, number]> = [];
	pairs.forEach((p) => {
		if (p.match === null) {
			if (p.local === null && p.remote !== null) missing.push(p.remote);
			else if (p.local !== null) added.push(p.local);
			return;
		}
		if (p.local === 0 && p.remote === 0) firstOk = true;
		const a = local[p.local as number];
		const b = remote[p.remote as number];
		if (p.match.kind === "equivalent") equivalences.push(`'${a}' vs '${b}' ${p.match.why ?? "are one person"}`);
		else if (p.match.kind === "given-incompatible") {
			otherGiven.push([p.local as number, p.remote as number]);
			const generations = [generationOf(a), generationOf(b)];
			const why = generations.every((g) => g !== null) ? "differ in their generational suffix (two people of one family)" : "have the same family name but different given names";
			v.flag("authors", "minor", `authors: '${a}' vs '${b}' ${why}`);
		}
		else if (p.match.kind === "family-typo") v.flag("authors", "minor", `authors: '${a}' vs '${b}' differ by a slip in the family name`);
	});
	// the given names of two coauthors crossed: neither person the note names is on the record (rules/author-order)
	const cross = otherGiven.length >= 2 ? givenNamesCrossed(local, remote, otherGiven) : null;
	if (cross) v.flag("authors", "major", `authors: the note crosses the given names of '${local[cross[0]]}' and '${local[cross[1]]}' (the record: ${nameList(cross.map((l) => remote[otherGiven.find((g) => g[0] === l)?.[1] ?? 0]))})`);
	if (equivalences.length <= 3) for (const e of equivalences) v.accept(`authors: ${e}`);
	else v.accept(`authors: ${equivalences.length} names differ only by initials, middle names or order (e.g. ${equivalences[0]})`);

	// the remote list may itself be cut (OpenAlex lists at most 100 authorships)
	if (work.authors.length >= 100) {
		const cut = countTrailingUnmatched(pairs);
		if (cut > 0) {
			v.accept(`authors: the remote list stops at ${remote.length} authors; ${cut} later local authors not compared`);
			added.splice(added.length - cut, cut);
		}
	}
	// an author on both sides but at another position: the order differs, nobody is missing
	const trailing: number[] = [];
	for (let r = remote.length - trailingRemote; r < remote.length; r++) trailing.push(r);
	const moved: string[] = [];
	for (const li of [...added]) {
		const pool = [missing, trailing].find((list) => list.some((r) => compareNames(local[li], remote[r]).kind !== "different"));
		if (!pool) continue;
		const ri = pool.find((r) => compareNames(local[li], remote[r]).kind !== "different") as number;
		moved.push(local[li]);
		added.splice(added.indexOf(li), 1);
		pool.splice(pool.indexOf(ri), 1);
		if (li === 0 || ri === 0) firstOk = false;
	}
	// the record's first authorship names no one (rules/record-stub): the note's first author, named nowhere else, is unconfirmed like the other names there
	if (!firstOk && work.firstAuthorUnnamed && remote.every((r) => compareNames(local[0], r).kind === "different")) firstOk = true;
	const samePerson = (a: string, b: string): boolean => compareNames(a, b).kind !== "different";
	// the record's last author put first, or its first put last (rules/author-order): the same people, another first author, major below
	if (!firstOk && samePeopleInAnyOrder(local, remote, samePerson) && !seniorAuthorPutFirst(local, remote, samePerson) && !firstAuthorPutLast(local, remote, samePerson)) {
		const how = isAlphabetical(remote) && !isAlphabetical(local) ? " (alphabetically)" : "";
		v.flag("authors", "minor", `authors: the record lists the same ${local.length} people in another order${how}`);
		return check;
	}
	if (!firstOk) {
		const whereFirst = remote.findIndex((r) => compareNames(local[0], r).kind !== "different");
		const why = whereFirst >= 0 ? `the note's first author is at position ${whereFirst + 1} remotely` : `'${local[0]}' is not among the remote authors`;
		v.flag("authors", "major", `authors: different first author ('${local[0]}' vs '${remote[0]}'; ${why})`);
	}
	if (moved.length > 0) v.flag("authors", "minor", `authors: order differs (${nameList(moved)} at another position)`);
	// the record's whole list is the start of the note's: the record was cut (rules/record-author-list-truncated)
	const lastMatchedLocal = Math.max(-1, ...pairs.filter((p) => p.match !== null).map((p) => p.local as number));
	if (firstOk && missing.length === 0 && trailing.length === 0 && moved.length === 0 && added.length > 0 && added.every((l) => l > lastMatchedLocal)) {
		v.flag(null, "minor", `authors: the record lists only the first ${remote.length} of the note's ${local.length} authors (the record looks incomplete)`);
		return check;
	}
	const missingNames = missing.filter((r) => r !== 0 || firstOk).map((r) => remote[r]);
	const addedNames = added.filter((l) => l !== 0 || firstOk).map((l) => local[l]);
	if (missingNames.length > 0) v.flag("authors", "major", `authors: missing from the note: ${nameList(missingNames)}`);
	// the record holds authorships naming no one (rules/record-stub): as many of the note's names cannot be confirmed
	const unnamed = work.unnamedAuthors ?? 0;
	if (addedNames.length > 0 && addedNames.length <= unnamed) {
		v.flag(null, "minor", `authors: the record has ${unnamed} ${unnamed === 1 ? "authorship" : "authorships"} without a name (the record looks incomplete); not confirmed: ${nameList(addedNames)}`);
	} else if (addedNames.length > 0) v.flag("authors", "major", `authors: not in the remote record: ${nameList(addedNames)}`);
	if (trailing.length > 0) {
		const shown = local.length - added.length;
		if (ref.authorsTruncated) v.accept(`authors: the note lists the first ${shown} of ${remote.length} authors and "others"`);
		else if (ref.authorsAfterGap) v.accept(`authors: the note lists the first ${shown} of ${remote.length} authors and ". . ."`);
		else v.flag("authors", "minor", `authors: the note lists the first ${shown} of ${remote.length} authors`);
	}
	return check;
}

/**
 * The record's list as the note's APA 7 list reads it (the first authors, ". . .", the last): the
 * record's first authors, then its last ones, so the head is compared in order and the note's last
 * author with the record's last (rules/note-author-list-truncated). A record cut at OpenAlex's 100
 * authorships has no last author to compare, and one no longer than the note's list cannot hold a
 * gap: both are compared whole.
 */
function withGapOf(ref: Reference, local: string[], remote: string[], listed: number, v: Verdict): string[] {
	const after = ref.authorsAfterGap ?? 0;
	const before = local.length - after;
	if (after === 0 || before <= 0 || remote.length <= local.length) return remote;
	if (listed >= 100) return remote;
	v.accept(`authors: the note lists the first ${before} and the last ${after === 1 ? "" : `${after} `}of ${remote.length} authors (". . ." between them)`);
	const compared = [...remote.slice(0, before), ...remote.slice(remote.length - after)];
	// a last author the record lists elsewhere after the head is an author out of place, not a stranger
	for (let i = before; i < local.length; i++) {
		if (compareNames(local[i], compared[i]).kind !== "different") continue;
		const at = remote.findIndex((r, j) => j >= before && compareNames(local[i], r).kind !== "different");
		if (at < 0) continue;
		compared[i] = remote[at];
		v.flag("authors", "minor", `authors: order differs ('${local[i]}' is the record's author ${at + 1} of ${remote.length}, not its last)`);
	}
	return compared;
}

/**
 * The log's rows: one per author of either list, so the record's names are all recorded whatever
 * aligns. The alignment's pairs, then the record's authors after the last aligned one; when no
 * name aligns, the two lists side by side by position.
 */
function authorRows(local: string[], remote: string[], pairs: AuthorPair[]): AuthorDetail[] {
	const row = (l: number | null, r: number | null, match: AuthorPair["match"] = null): Omit<AuthorDetail, "index"> => ({
		local: l === null ? null : local[l],
		remote: r === null ? null : remote[r],
		first_match: match?.givenSame ?? false,
		last_match: match?.familySame ?? false,
	});
	const rows: Array<Omit<AuthorDetail, "index">> = [];
	if (!pairs.some((p) => p.match !== null)) {
		for (let i = 0; i < Math.max(local.length, remote.length); i++) rows.push(row(i < local.length ? i : null, i < remote.length ? i : null));
	} else {
		let lastRemote = -1;
		for (const p of pairs) {
			rows.push(row(p.local, p.remote, p.match));
			if (p.remote !== null) lastRemote = Math.max(lastRemote, p.remote);
		}
		for (let r = lastRemote + 1; r < remote.length; r++) rows.push(row(null, r));
	}
	return rows.map((r, index) => ({ index, ...r }));
}

/** "'A', 'B', 'C' and 12 more": notes stay one line however long the list. */
function nameList(names: string[]): string {
	const shown = names.slice(0, 5).map((n) => `'${n}'`).join(", ");
	return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function countTrailingUnmatched(pairs: Array<{ local: number | null; remote: number | null; match: unknown }>): number {
	let n = 0;
	for (let i = pairs.length - 1; i >= 0 && pairs[i].match === null && pairs[i].local !== null; i--) n++;
	return n;
}
