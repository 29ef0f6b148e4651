// A series of many meetings' proceedings ("Proceedings of Machine Learning Research") is named with
// its volume too ("Proceedings of Machine Learning Research 139", "PMLR 202"), and a note may name
// the series where the record names the meeting: both name the venue when the series lists that
// meeting among those it holds (the reading lives beside the series table, src/core/venues.ts).
import type { Rule } from "./types";

export const venueSeriesVolumes: Rule = {
	id: "venue-series-volumes",
	name: "A series named with its volume, or for its meeting",
	summary: "A proceedings series named with its volume (\"Proceedings of Machine Learning Research 139\") is the series, and a note naming a series where the record names a meeting the series holds (PMLR for ICML) names that venue; a series that holds any venue (LNCS, CEUR-WS) is not read the other way round.",
	examples: [
		{
			local: { citekey: "haddadi2021pmlr", title: "Sparse Codes for Radar Returns", authors: ["Omar Haddadi"], year: 2021, booktitle: "Proceedings of Machine Learning Research 139" },
			remote: { candidates: [{ title: "Sparse codes for radar returns", authors: ["Omar Haddadi"], year: 2021, venue: "Proceedings of the 38th International Conference on Machine Learning" }] },
			verdict: "confirmed",
			note: "venue: the note names the PMLR series, which holds Proceedings of the 38th International Conference on Machine Learning",
		},
		{
			local: { citekey: "idowu2023pmlr", title: "Token Budgets for Radio Transcripts", authors: ["Zainab Idowu"], year: 2023, booktitle: "International Conference on Machine Learning", doi: "10.5555/rules.sv.2" },
			remote: { title: "Token budgets for radio transcripts", authors: ["Zainab Idowu"], year: 2023, venue: "Proceedings of Machine Learning Research 202", doi: "10.5555/rules.sv.2" },
			verdict: "confirmed",
			note: "venue: the remote venue is the PMLR series that holds International Conference on Machine Learning",
		},
	],
};
