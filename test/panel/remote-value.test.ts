import { describe, expect, it } from "vitest";
import { copyableFields, remoteValueEdit } from "../../src/panel/remote-value";
import { differingFields, FIELD_NAMES } from "../../src/core/verdict";
import type { CheckLog } from "../../src/core/types";

const log: CheckLog = {
	checked_at: "2026-11-26T00:00:00.000Z",
	checked_with: "auto:openalex",
	status: "mismatch",
	fields: {
		title: { local: "Old", remote: "New title", match: false },
		year: { local: "2019", remote: "2020", match: false },
		venue: { local: "NIPS", remote: "NeurIPS", match: false },
		doi: { local: "10.1/a", remote: "10.1/b", match: false },
		authors: { local_count: 1, remote_count: 2, count_match: false, details: [] },
	},
	remote: { title: "New title", authors: ["Ada Lovelace", "Aäron van den Oord"], year: 2020, venue: "NeurIPS", doi: "10.1/b" },
};

describe("use remote value: key and shape follow the note", () => {
	it("writes the key the note uses, in the note's shape", () => {
		expect(remoteValueEdit({ title: "Old" }, log, "title")).toEqual({ key: "title", value: "New title" });
		expect(remoteValueEdit({ year: "2019" }, log, "year")).toEqual({ key: "year", value: "2020" });
		expect(remoteValueEdit({ year: 2019 }, log, "year")).toEqual({ key: "year", value: 2020 });
		expect(remoteValueEdit({ journal: "NIPS" }, log, "venue")).toEqual({ key: "journal", value: "NeurIPS" });
		expect(remoteValueEdit({ "container-title": "NIPS" }, log, "venue")).toEqual({ key: "container-title", value: "NeurIPS" });
		expect(remoteValueEdit({}, log, "venue")).toEqual({ key: "venue", value: "NeurIPS" });
		expect(remoteValueEdit({ DOI: "10.1/a" }, log, "doi")).toEqual({ key: "DOI", value: "10.1/b" });
		expect(remoteValueEdit({ doi: "https://doi.org/10.1/a" }, log, "doi")).toEqual({ key: "doi", value: "https://doi.org/10.1/b" });
	});

	it("keeps the note's author style", () => {
		expect(remoteValueEdit({ authors: ["Lovelace, A."] }, log, "authors")).toEqual({ key: "authors", value: ["Lovelace, Ada", "van den Oord, Aäron"] });
		expect(remoteValueEdit({ authors: ["A. Lovelace"] }, log, "authors")).toEqual({ key: "authors", value: ["Ada Lovelace", "Aäron van den Oord"] });
		expect(remoteValueEdit({ author: [{ family: "Lovelace", given: "A." }] }, log, "authors")).toEqual({
			key: "author",
			value: [{ family: "Lovelace", given: "Ada" }, { family: "van den Oord", given: "Aäron" }],
		});
		expect(remoteValueEdit({ author: "Lovelace, A." }, log, "authors")).toEqual({ key: "author", value: "Lovelace, Ada and van den Oord, Aäron" });
	});

	it("offers only differing fields the log has a remote value for", () => {
		expect(copyableFields(log, differingFields(log))).toEqual(["title", "year", "venue", "doi", "authors"]);
		const { remote: _remote, ...withoutRemote } = log;
		void _remote;
		// fields.*.remote still give title, year, venue and DOI; authors need the remote list
		expect(copyableFields(withoutRemote as CheckLog, differingFields(log))).toEqual(["title", "year", "venue", "doi"]);
		expect(copyableFields(null, FIELD_NAMES)).toEqual([]);
	});

	it("does not offer the note's own DOI when another identifier beside it was flagged (a PubMed or arXiv id of another paper)", () => {
		const pmidOfAnother: CheckLog = {
			...log,
			fields: { ...log.fields!, doi: { local: "https://doi.org/10.5555/X.1", remote: "10.5555/x.1", match: false } },
			remote: { ...log.remote!, doi: "10.5555/x.1" },
			notes: ["PubMed id: the note has 33456790, the work has 33456789"],
		};
		expect(copyableFields(pmidOfAnother, ["doi"])).toEqual([]);
		expect(copyableFields(pmidOfAnother, differingFields(pmidOfAnother))).toEqual(["title", "year", "venue", "authors"]);
	});
});
