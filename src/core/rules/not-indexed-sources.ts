// Historians, journalists and social scientists cite newspaper articles and letters, and every
// field cites talks, maps, images and music, which OpenAlex does not index (its works are articles,
// books, chapters, theses, reports, datasets, preprints and their like): every importer marks them by
// type (Zotero `newspaperArticle`, `letter`, `presentation`, `map` and `artwork`; CSL
// `article-newspaper`, `speech`, `event`, `performance`, `graphic`, `map`, `musical_score` and `song`;
// RIS `NEWS`, `SLIDE`, `MAP`, `ART` and `MUSIC`; biblatex `@article` with `entrysubtype =
// {newspaper}`), so a search that cannot succeed is not made and the note is not reported missing.
// The types are in reference.ts's NOT_INDEXED_TYPES (a setting; settings version 3 added the talks'
// and the others'); a DOI still sends them to OpenAlex (slides and posters deposited with one are).
// CSL's media types are read as CSL items only beside CSL's own fields (core/citation-key.ts,
// isCslType), and a map or an event that names a journal is that journal's paper, looked up.
import type { Rule } from "./types";

export const notIndexedSources: Rule = {
	id: "not-indexed-sources",
	name: "Newspaper articles, letters, talks, manuals and encyclopedia entries",
	summary: "A newspaper article, a letter, a talk, a map, an image or a piece of music without a DOI (Zotero's newspaperArticle, letter, presentation, map and artwork, CSL article-newspaper, speech, event, performance, graphic, map, musical_score and song, RIS NEWS, SLIDE, MAP, ART and MUSIC, biblatex @article with entrysubtype newspaper) is not indexed by OpenAlex, so it is skipped as not indexed, never reported not found, while an article about it in a journal is checked, and so is a map or an event that names a journal (a journal's paper under a wrong type); so is a manual (an R package's) or an entry of an online encyclopedia or dictionary whose only link is a page off the scholarly hosts (also BibTeX's \"howpublished = {\\url{…}}\"); a page of an index of papers (the ADS, INSPIRE, MathSciNet, zbMATH) is a paper's and is looked up.",
	examples: [
		{
			// an abstract page of the ADS, the astronomers' index, is a paper's page
			local: { title: "Tidal Tails of Open Clusters in the Solar Neighbourhood", authors: ["Brandt, I.", "Arai, K."], year: 2021, url: "https://ui.adsabs.harvard.edu/abs/2021A&A...645A..84B/abstract" },
			remote: { candidates: [{ title: "Tidal tails of open clusters in the solar neighbourhood", authors: ["Ilse Brandt", "Keiko Arai"], year: 2021, venue: "Astronomy and Astrophysics" }] },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { itemType: "newspaperArticle", title: "Harbour Strike Enters Third Week", publicationTitle: "The Northern Courier", date: "1911-06-14", creators: [] },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: article-newspaper entry without DOI",
		},
		{
			local: { id: "courier1911", type: "article-newspaper", title: "Dockers Reject the Arbitration Offer", "container-title": "The Northern Courier", issued: { "date-parts": [[1911, 7, 2]] }, author: [{ literal: "Our Labour Correspondent" }] },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: article-newspaper entry without DOI",
		},
		{
			local: { TY: "NEWS", TI: "Ferry Fares Rise Again", AU: ["Lund, Petra"], PY: "1998", T2: "Baltic Evening Post" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: article-newspaper entry without DOI",
		},
		{
			local: { citation_key: "lund1999", entry_type: "article", entrysubtype: "newspaper", title: "Ferry Fares Rise for the Third Time", author: "Lund, Petra", journaltitle: "Baltic Evening Post", date: "1999-03-02" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: article-newspaper entry without DOI",
		},
		{
			local: { itemType: "letter", title: "Letter to the Harbour Board on Wage Rates", creators: [{ firstName: "Tomas", lastName: "Brekke", creatorType: "author" }], date: "1911-05-30", archive: "Regional Labour Archive" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: personal_communication entry without DOI",
		},
		{
			// CSL-JSON's map, event and score as BibLib writes them: skipped like Zotero's, not left unread as a vault's own `type`
			local: { id: "brekke1912chart", type: "map", title: "Soundings of the Inner Harbour", author: [{ family: "Brekke", given: "Tomas" }], issued: { "date-parts": [[1912]] }, publisher: "Harbour Board" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: map entry without DOI",
		},
		{
			local: { id: "lund2022workshop", type: "event", title: "Fjord Science Workshop 2022", author: [{ literal: "Fjord Science Network" }], issued: { "date-parts": [[2022, 9, 14]] } },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: event entry without DOI",
		},
		{
			local: { id: "brekke1905shanty", type: "musical_score", title: "Dockers' Shanty in D Minor", composer: [{ family: "Brekke", given: "Tomas" }], issued: { "date-parts": [[1905]] } },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: musical_score entry without DOI",
		},
		{
			// a map in a journal is the journal's article: looked up, not skipped
			local: { TY: "MAP", TI: "Glacial Landforms of the Upper Fjord Valley", AU: ["Lund, Petra"], PY: "2019", JO: "Journal of Maps" },
			remote: { candidates: [{ title: "Glacial landforms of the upper fjord valley", authors: ["Petra Lund"], year: 2019, venue: "Journal of Maps" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { id: "brekke2017", type: "event", title: "Strike Waves in Northern Ports, 1905–1912", author: [{ family: "Brekke", given: "Tomas" }], issued: { "date-parts": [[2017]] }, "container-title": "Scandinavian Journal of Labour History", volume: "42", page: "77-96" },
			remote: { candidates: [{ title: "Strike waves in northern ports, 1905–1912", authors: ["Tomas Brekke"], year: 2017, venue: "Scandinavian Journal of Labour History" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a meeting's name is no journal's: the event is still skipped
			local: { id: "lund2021meeting", type: "event", title: "Fjord Science Annual Meeting", author: [{ literal: "Fjord Science Network" }], issued: { "date-parts": [[2021]] }, "container-title": "Fjord Science Society Annual Meeting" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: event entry without DOI",
		},
		{
			// a conference talk as Zotero keeps it: presenter, meeting, place
			local: { itemType: "presentation", title: "Tidal Flushing of Harbour Basins", presentationType: "Conference presentation", meetingName: "Coastal Dynamics Days", creators: [{ creatorType: "presenter", firstName: "Petra", lastName: "Lund" }], date: "2019-10-03", place: "Bergen" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: speech entry without DOI",
		},
		{
			// the same as CSL-JSON (Better BibTeX, pandoc) writes it
			local: { id: "brekke2021talk", type: "speech", title: "Dock Labour and the Harbour Board, 1890–1914", author: [{ family: "Brekke", given: "Tomas" }], event: "Nordic Labour History Conference", issued: { "date-parts": [[2021, 5, 12]] } },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: speech entry without DOI",
		},
		{
			// RIS's slide presentation
			local: { TY: "SLIDE", TI: "Sediment Budgets of Fjord Deltas", AU: ["Lund, Petra"], PY: "2022", T2: "Fjord Science Workshop" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: speech entry without DOI",
		},
		{
			// a historical map in Zotero
			local: { itemType: "map", title: "Chart of the Northern Harbour Approaches", creators: [{ creatorType: "cartographer", firstName: "Tomas", lastName: "Brekke" }], date: "1911", publisher: "Harbour Board" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: map entry without DOI",
		},
		{
			// a poster deposited with a DOI is looked up like any other work
			local: { id: "lund2023poster", type: "graphic", title: "Turbidity Plumes after Spring Floods", author: [{ family: "Lund", given: "Petra" }], issued: { "date-parts": [[2023]] }, DOI: "10.5555/rules.nis.poster" },
			remote: { candidates: [{ title: "Turbidity plumes after spring floods", authors: ["Petra Lund"], year: 2023, venue: "Zenodo", doi: "10.5555/rules.nis.poster" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// an R package cited by its CRAN manual
			local: { citation_key: "lund2020lmspl", entry_type: "manual", title: "lmspl: Mixed-Effects Smoothing Splines", author: "Lund, Petra", year: 2020, note: "R package version 2.1-3", url: "https://CRAN.R-project.org/package=lmspl" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: web page (cran.r-project.org)",
		},
		{
			// the Stanford Encyclopedia's own BibTeX: the link in howpublished
			local: { citation_key: "brekke2019sep", entry_type: "incollection", title: "Moral Luck and the Harbour Board", author: "Brekke, Tomas", booktitle: "The Stanford Encyclopedia of Philosophy", editor: "Zalta, Edward N.", edition: "Summer 2019", year: 2019, howpublished: "\\url{https://plato.stanford.edu/archives/sum2019/entries/moral-luck-harbour/}" },
			remote: { candidates: [] },
			verdict: "skipped",
			note: "not indexed: web page (plato.stanford.edu)",
		},
		{
			local: { citation_key: "brekke2004", entry_type: "article", title: "The Harbour Strike of 1911 in the Northern Press", author: "Brekke, Tomas", journal: "Scandinavian Labour History", year: 2004 },
			remote: { candidates: [{ title: "The harbour strike of 1911 in the northern press", authors: ["Tomas Brekke"], year: 2004, venue: "Scandinavian Labour History" }] },
			verdict: "confirmed",
			note: "",
		},
	],
};
