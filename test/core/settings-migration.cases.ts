// Stored settings from earlier, current and later versions, and what loading them must give: one
// table for the core (settings.test.ts), the plugin (test/plugin/settings.int.test.ts) and the CLI
// (test/cli/options.test.ts), which all read data.json through settingsFromData.

/** The default not-indexed list of settings version 1, as data.json files saved before versions hold it (frozen history). */
export const VERSION_1_DEFAULTS = [
	"online", "webpage", "web", "www", "electronic", "software", "dataset", "data", "post", "post-weblog",
	"blog", "blogpost", "video", "podcast", "motion_picture", "broadcast", "interview", "personal_communication",
	"legal", "legal_case", "legislation", "patent", "standard",
];

/** The types version 2 added to the default list. */
export const ADDED_IN_2 = ["article-newspaper", "newspaper", "letter"];

/** The types version 3 added (talks, events and performances, images and maps, music). */
export const ADDED_IN_3 = ["speech", "event", "performance", "graphic", "map", "musical_score", "song"];

/** Every type added since version 1, in the order the migrations add them. */
const ADDED = [...ADDED_IN_2, ...ADDED_IN_3];

export interface MigrationCase {
	name: string;
	/** data.json as stored. */
	stored: Record<string, unknown>;
	/** notIndexedTypes after loading. */
	types: string[];
	/** settingsVersion after loading (and written by the next save). */
	version: number;
}

const without = (list: string[], ...gone: string[]) => list.filter((t) => !gone.includes(t));

export const MIGRATION_CASES: MigrationCase[] = [
	{ name: "the old default list, no version: gains the new defaults", stored: { notIndexedTypes: VERSION_1_DEFAULTS }, types: [...VERSION_1_DEFAULTS, ...ADDED], version: 3 },
	{ name: "the old default list, version 1: gains the new defaults", stored: { settingsVersion: 1, notIndexedTypes: VERSION_1_DEFAULTS }, types: [...VERSION_1_DEFAULTS, ...ADDED], version: 3 },
	{
		name: "a list the user extended keeps its extras",
		stored: { notIndexedTypes: [...VERSION_1_DEFAULTS, "thesis", "misc"] },
		types: [...VERSION_1_DEFAULTS, "thesis", "misc", ...ADDED],
		version: 3,
	},
	{
		name: "entries the user removed from the old defaults stay removed",
		stored: { notIndexedTypes: without(VERSION_1_DEFAULTS, "software", "dataset") },
		types: [...without(VERSION_1_DEFAULTS, "software", "dataset"), ...ADDED],
		version: 3,
	},
	{ name: "a short custom list, no version: its own types and the new defaults", stored: { notIndexedTypes: ["Dataset"] }, types: ["dataset", ...ADDED], version: 3 },
	{ name: "an empty list from before versions gains only the new defaults", stored: { notIndexedTypes: [] }, types: ADDED, version: 3 },
	{ name: "a new default already in the old list is not listed twice", stored: { notIndexedTypes: ["letter", "web"] }, types: ["letter", "web", "article-newspaper", "newspaper", ...ADDED_IN_3], version: 3 },
	{
		name: "a current list the user removed a new default from stays as saved",
		stored: { settingsVersion: 3, notIndexedTypes: without([...VERSION_1_DEFAULTS, ...ADDED], "letter", "song") },
		types: without([...VERSION_1_DEFAULTS, ...ADDED], "letter", "song"),
		version: 3,
	},
	{
		name: "a version 2 list gains only version 3's defaults; what the user removed from version 2's stays removed",
		stored: { settingsVersion: 2, notIndexedTypes: without([...VERSION_1_DEFAULTS, ...ADDED_IN_2], "letter") },
		types: [...without([...VERSION_1_DEFAULTS, ...ADDED_IN_2], "letter"), ...ADDED_IN_3],
		version: 3,
	},
	{ name: "a list from a future version is kept as it is, with its version", stored: { settingsVersion: 7, notIndexedTypes: ["web", "preprint-note"] }, types: ["web", "preprint-note"], version: 7 },
	{ name: "no list at all: today's defaults", stored: { staleDays: 30 }, types: [...VERSION_1_DEFAULTS, ...ADDED], version: 3 },
	{ name: "a malformed version (text) is read as the oldest", stored: { settingsVersion: "two", notIndexedTypes: ["web"] }, types: ["web", ...ADDED], version: 3 },
	{ name: "a malformed version (a fraction) is read as the oldest", stored: { settingsVersion: 1.5, notIndexedTypes: ["web"] }, types: ["web", ...ADDED], version: 3 },
	{ name: "a version written as digits is that version", stored: { settingsVersion: "2", notIndexedTypes: ["web"] }, types: ["web", ...ADDED_IN_3], version: 3 },
	{ name: "the current version written as digits gains nothing", stored: { settingsVersion: "3", notIndexedTypes: ["web"] }, types: ["web"], version: 3 },
	{ name: "a malformed list (not a list) gives today's defaults", stored: { settingsVersion: 1, notIndexedTypes: "web, software" }, types: [...VERSION_1_DEFAULTS, ...ADDED], version: 3 },
	{ name: "a list with malformed entries keeps the readable ones", stored: { notIndexedTypes: ["Web", 3, null, { t: 1 }] }, types: ["web", ...ADDED], version: 3 },
];
