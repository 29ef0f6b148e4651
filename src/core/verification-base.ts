// The verification base: an Obsidian Bases file (`.base`, YAML: global filters, views with their
// own filters and columns) over the reference notes, with one view per thing to look at. Bases
// read nested properties with dots, so `note.check_log.status` is the status this checker writes
// (check-log.ts). Pure: the command writes the text (plugin/verification-base-command.ts).
import { stringify } from "yaml";
import type { ReferenceCheckSettings } from "./settings";

export type BaseFilter = string | { and: BaseFilter[] } | { or: BaseFilter[] } | { not: BaseFilter[] };

export interface BaseView {
	type: "table";
	name: string;
	filters?: BaseFilter;
	order: string[];
	sort?: Array<{ property: string; direction: "ASC" | "DESC" }>;
}

export interface VerificationBase {
	filters: BaseFilter;
	properties: Record<string, { displayName: string }>;
	views: BaseView[];
}

/** File name of the base the command writes. */
export const VERIFICATION_BASE_NAME = "Reference check.base";

const quote = (s: string) => JSON.stringify(s);

/** Which notes the base lists: those this plugin would treat as reference notes, near enough for a query. */
function referenceFilter(s: Pick<ReferenceCheckSettings, "referenceTypeValue" | "citationKeyField" | "includeFolders" | "excludeFolders">): BaseFilter {
	const recognised: BaseFilter = s.referenceTypeValue
		? `type == ${quote(s.referenceTypeValue)}`
		: { or: ['file.hasProperty("check_log")', `file.hasProperty(${quote(s.citationKeyField)})`, 'file.hasProperty("doi")', 'file.hasProperty("DOI")'] };
	const parts: BaseFilter[] = ['file.ext == "md"', recognised];
	if (s.includeFolders.length > 0) parts.push({ or: s.includeFolders.map((f) => `file.inFolder(${quote(f)})`) });
	if (s.excludeFolders.length > 0) parts.push({ not: s.excludeFolders.map((f) => `file.inFolder(${quote(f)})`) });
	return { and: parts };
}

/** The base for these settings: needs attention, not found, retracted, stale (older than `staleDays`), unchecked. */
export function verificationBase(s: Pick<ReferenceCheckSettings, "referenceTypeValue" | "citationKeyField" | "includeFolders" | "excludeFolders" | "staleDays">): VerificationBase {
	const columns = ["file.name", "note.check_log.status", "note.check_log.mismatch_severity", "note.check_log.checked_at"];
	const notIgnored: BaseFilter = { not: ["note.check_ignore == true"] };
	const byDate: BaseView["sort"] = [{ property: "note.check_log.checked_at", direction: "ASC" }];
	return {
		filters: referenceFilter(s),
		properties: {
			"note.check_log.status": { displayName: "Check status" },
			"note.check_log.mismatch_severity": { displayName: "Severity" },
			"note.check_log.checked_at": { displayName: "Checked" },
			"note.check_log.retracted": { displayName: "Retracted" },
		},
		views: [
			{
				type: "table",
				name: "Needs attention",
				filters: { and: [{ or: ['note.check_log.status == "mismatch"', 'note.check_log.status == "not_found"', "note.check_log.retracted == true"] }, notIgnored] },
				order: columns,
			},
			{ type: "table", name: "Not found", filters: 'note.check_log.status == "not_found"', order: columns },
			{ type: "table", name: "Retracted", filters: "note.check_log.retracted == true", order: [...columns, "note.check_log.retracted"] },
			{
				type: "table",
				name: "Stale",
				// ISO timestamps compare as text: older than today minus the stale limit.
				filters: { and: ['file.hasProperty("check_log")', `note.check_log.checked_at < (today() - "${s.staleDays}d").format("YYYY-MM-DD")`] },
				order: columns,
				sort: byDate,
			},
			{ type: "table", name: "Unchecked", filters: { not: ['file.hasProperty("check_log")'] }, order: ["file.name", "file.folder"] },
		],
	};
}

/** The `.base` file's text. */
export function verificationBaseText(s: Parameters<typeof verificationBase>[0]): string {
	return `# Reference check: reference notes by what their check found (written by the Reference check plugin).\n${stringify(verificationBase(s), { lineWidth: 0 })}`;
}
