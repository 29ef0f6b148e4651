import type { Rule } from "./types";

export const doiForms: Rule = {
	id: "doi-forms",
	name: "DOI of the same work",
	summary: "A DOI written as a URL, in capitals, in quote marks or with a \"doi:\" prefix, an arXiv id or arXiv DOI with a version suffix, a DOI that is the record's plus a version suffix (eLife's \".2\", figshare's \".v2\", bioRxiv's \"v2\", Research Square's \"/v2\"), and two DOIs of one deposit with different version marks (\"/v1\", \"/v2\") name the same work; a DOI copied with its article page's tail (\"…/full\", \"…/abstract\", \"…/epdf\") names the DOI before it when OpenAlex holds only that; a DOI of a figure, table or supplementary file of an article (PLOS's \".g002\", \".t001\", \".s001\", PeerJ's \"/fig-2\", \"/table-1\", \"/supp-1\") names that article, minor with a note naming the article's DOI; a living review's first version (Cochrane's unmarked \"…CD012345\") and its updates (\".pub2\", \".pub3\") are versions of one review, each with its own year, so a note dated after the update its DOI names is compared with the update of its year, one dated before it with the earlier version of its year (or, when the index holds none, minor: the year may be an earlier version's, as for a note without DOI whose title finds only an update), and a DOI naming another update is minor; a DOI with characters a link percent-encodes (a SICI DOI's \"<\" and \">\") is also looked up as records keep it encoded (\"%3C\"), a DOI whose record OpenAlex merged into another work (a preprint's DOI answering with its journal record) names that work, and a DOI written as a Markdown link (\"[10.x/y](https://doi.org/10.x/y)\", \"[doi](…)\") is the DOI of the link's target, or of its text when the target holds none.",
	examples: [
		{
			local: { citekey: "haddadi2021", title: "Graph Sketches for Streaming Joins", authors: ["Omar Haddadi"], year: 2021, doi: "https://doi.org/10.5555/RULES.DF.1" },
			remote: { title: "Graph sketches for streaming joins", authors: ["Omar Haddadi"], year: 2021, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2022", title: "Learned Bloom Filters for Join Pruning", authors: ["Omar Haddadi", "Lea Brännström"], year: 2022, doi: "doi:10.48550/arXiv.2204.05555", eprint: "2204.05555v2", archiveprefix: "arXiv" },
			remote: { title: "Learned Bloom filters for join pruning", authors: ["Omar Haddadi", "Lea Brännström"], year: 2022, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2204.05555" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "haddadi2024", title: "Join Order Search with Learned Costs", authors: ["Omar Haddadi"], year: 2024, doi: "10.48550/arXiv.2402.01234v3" },
			remote: { title: "Join order search with learned costs", authors: ["Omar Haddadi"], year: 2024, venue: "arXiv (Cornell University)", doi: "10.48550/arxiv.2402.01234" },
			verdict: "confirmed",
			note: "",
		},
		{
			// eLife's reviewed versions: the note's DOI names version 2, the index keeps the article's
			local: { citekey: "haddadi2023", title: "Cache Partitioning for Learned Indexes", authors: ["Omar Haddadi", "Lea Brännström"], year: 2023, doi: "10.5555/rules.df.4.2" },
			remote: { title: "Cache partitioning for learned indexes", authors: ["Omar Haddadi", "Lea Brännström"], year: 2023, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.4" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// a bioRxiv page address copied as the DOI ("…v2"), the record's DOI without it
			local: { citekey: "haddadi2020", title: "Sketching Cell Lineages at Scale", authors: ["Omar Haddadi"], year: 2020, doi: "10.1101/2020.03.04.976543v2" },
			remote: { title: "Sketching cell lineages at scale", authors: ["Omar Haddadi"], year: 2020, venue: "bioRxiv (Cold Spring Harbor Laboratory)", doi: "10.1101/2020.03.04.976543" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// two versions of one Research Square deposit: the note cites version 2, the index holds version 1
			local: { citekey: "haddadi2025", title: "Adaptive Sampling for Join Size Estimation", authors: ["Omar Haddadi", "Lea Brännström"], year: 2025, doi: "10.5555/rs.3.rs-4455667/v2" },
			remote: { title: "Adaptive sampling for join size estimation", authors: ["Omar Haddadi", "Lea Brännström"], year: 2025, venue: "Research Square (Research Square)", doi: "10.5555/rs.3.rs-4455667/v1" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// figshare: the note cites the first version of a dataset, the index holds the third
			local: { citekey: "haddadi2018", title: "Join Benchmark Traces", authors: ["Omar Haddadi"], year: 2018, doi: "10.5555/m9.figshare.7654321.v1" },
			remote: { title: "Join benchmark traces", authors: ["Omar Haddadi"], year: 2018, venue: "figshare", doi: "10.5555/m9.figshare.7654321.v3" },
			verdict: "confirmed",
			note: "names a version of this work's DOI",
		},
		{
			// quote marks copied with the DOI out of a citation
			local: { citekey: "haddadi2017", title: "Streaming Semijoins", authors: ["Omar Haddadi"], year: 2017, doi: "“10.5555/rules.df.7”" },
			remote: { title: "Streaming semijoins", authors: ["Omar Haddadi"], year: 2017, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.7" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …so a quoted DOI is read, not passed over: here it names another paper
			local: { citekey: "haddadi2015", title: "Semijoin Filters for Streams", authors: ["Omar Haddadi"], year: 2015, doi: "'10.5555/rules.df.9.1'" },
			remote: { candidates: [{ title: "Semijoin filters for streams", authors: ["Omar Haddadi"], year: 2015, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.9" }, { title: "Window joins on sensor networks", authors: ["Pia Kettunen"], year: 2015, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.9.1" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// two DOIs that differ in a bare final number are two works (an issue, a chapter), not two versions
			local: { citekey: "haddadi2016", title: "Sampling Joins over Streams", authors: ["Omar Haddadi"], year: 2016, doi: "10.5555/rules.df.8.02" },
			remote: { title: "Sampling joins over streams", authors: ["Omar Haddadi"], year: 2016, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.8.03" },
			verdict: "major",
			note: "doi: the note has 10.5555/rules.df.8.02, the work has 10.5555/rules.df.8.03",
		},
		{
			// another paper's DOI that merely starts like this one's is not a version of it
			local: { citekey: "haddadi2019", title: "Sketching Join Graphs", authors: ["Omar Haddadi"], year: 2019, doi: "10.5555/rules.df.5.27" },
			remote: { candidates: [{ title: "Sketching join graphs", authors: ["Omar Haddadi"], year: 2019, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.5" }, { title: "Lossy joins in stream processors", authors: ["Pia Kettunen"], year: 2019, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.5.27" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// a living review's DOI gains ".pub2", ".pub3" per update: the note dates the update its DOI does not name
			local: { citekey: "haddadi2021review", title: "Learned Indexes for Clinical Registries", authors: ["Omar Haddadi", "Lea Brännström"], year: 2021, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019001.pub2" },
			remote: { candidates: [{ title: "Learned indexes for clinical registries", authors: ["Omar Haddadi", "Lea Brännström"], year: 2016, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019001.pub2", type: "review" }, { title: "Learned indexes for clinical registries", authors: ["Omar Haddadi", "Lea Brännström"], year: 2021, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019001.pub3", type: "review" }] },
			verdict: "minor",
			note: "compared with 10.5555/14651858.cd019001.pub3, the update of the note's year",
		},
		{
			// the update the note cites is not in the index: an earlier one is the same review, its year its own
			local: { citekey: "haddadi2023review", title: "Join Sampling for Trial Registries", authors: ["Omar Haddadi"], year: 2023, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019002.pub3" },
			remote: { candidates: [{ title: "Join sampling for trial registries", authors: ["Omar Haddadi"], year: 2018, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019002.pub2", type: "review" }] },
			verdict: "minor",
			note: "is another version of the work the note's DOI names",
		},
		{
			// no update of the note's year: the year stays wrong
			local: { citekey: "haddadi2022review", title: "Bloom Filters for Adverse Event Reports", authors: ["Omar Haddadi"], year: 2022, doi: "10.5555/14651858.CD019003.pub2" },
			remote: { candidates: [{ title: "Bloom filters for adverse event reports", authors: ["Omar Haddadi"], year: 2015, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019003.pub2", type: "review" }] },
			verdict: "major",
			note: "year: 2022 vs 2015 (-7)",
		},
		{
			// a review's first version has no ".pub" mark: its first update is ".pub2"
			local: { citekey: "brandvold2020review", title: "Pelvic Floor Training for Urinary Leakage", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2020, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019010" },
			remote: { candidates: [{ title: "Pelvic floor training for urinary leakage", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2012, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019010", type: "review" }, { title: "Pelvic floor training for urinary leakage", authors: ["Ilse Brandvold", "Ruth Okafor"], year: 2020, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019010.pub2", type: "review" }] },
			verdict: "minor",
			note: "compared with 10.5555/14651858.cd019010.pub2, the update of the note's year",
		},
		{
			// the DOI copied from the review's current page, the note dating an earlier version the index holds
			local: { citekey: "brannstrom2010review", title: "Triage Scores for Clinical Registries", authors: ["Lea Brännström"], year: 2010, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019013.pub3" },
			remote: { candidates: [{ title: "Triage scores for clinical registries", authors: ["Lea Brännström"], year: 2021, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019013.pub3", type: "review" }, { title: "Triage scores for clinical registries", authors: ["Lea Brännström"], year: 2010, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019013.pub2", type: "review" }] },
			verdict: "minor",
			note: "compared with 10.5555/14651858.cd019013.pub2, the update of the note's year (the note's DOI 10.5555/14651858.cd019013.pub3 names a later version)",
		},
		{
			// …and when the index holds only the update the DOI names, the year before it may be an earlier version's: worth a look
			local: { citekey: "brannstrom2011review", title: "Discharge Letters for Trial Registries", authors: ["Lea Brännström"], year: 2011, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019014.pub3" },
			remote: { candidates: [{ title: "Discharge letters for trial registries", authors: ["Lea Brännström"], year: 2020, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019014.pub3", type: "review" }] },
			verdict: "minor",
			note: "may be an earlier version's year",
		},
		{
			// a note without DOI whose title finds only a later update of the review: the year may be an earlier version's
			local: { citekey: "brannstrom2008review", title: "Waiting Lists for Hip Replacement Registries", authors: ["Lea Brännström"], year: 2008, journal: "Cochrane Database Syst Rev" },
			remote: { candidates: [{ title: "Waiting lists for hip replacement registries", authors: ["Lea Brännström"], year: 2017, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019015.pub2", type: "review" }] },
			verdict: "minor",
			note: "the record is update 2 of a review first published earlier",
		},
		{
			// the next review number's update is another review, never an update of this one
			local: { citekey: "okafor2021review", title: "Bladder Diaries for Nocturia", authors: ["Ruth Okafor"], year: 2021, journal: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.CD019011" },
			remote: { candidates: [{ title: "Bladder diaries for nocturia", authors: ["Ruth Okafor"], year: 2013, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019011", type: "review" }, { title: "Bladder diaries for nocturia", authors: ["Ruth Okafor"], year: 2021, venue: "Cochrane Database of Systematic Reviews", doi: "10.5555/14651858.cd019012.pub2", type: "review" }] },
			verdict: "major",
			note: "year: 2021 vs 2013 (-8)",
		},
		{
			// a figure's DOI copied from the article's page: looked up as the article's, a free singleton
			local: { citekey: "vesterlund2019", title: "Otolith Chemistry of Baltic Cod", authors: ["Nils Vesterlund"], year: 2019, journal: "PLOS ONE", doi: "10.5555/journal.pone.0217001.g003" },
			remote: { candidates: [{ title: "Otolith chemistry of Baltic cod", authors: ["Nils Vesterlund"], year: 2019, venue: "PLoS ONE", doi: "10.5555/journal.pone.0217001" }] },
			verdict: "minor",
			note: "doi: the note's DOI 10.5555/journal.pone.0217001.g003 names a figure of this work, whose DOI is 10.5555/journal.pone.0217001",
		},
		{
			local: { citekey: "okonkwo2020", title: "Soil Carbon under Cassava Rotations", authors: ["Chioma Okonkwo", "Nils Vesterlund"], year: 2020, journal: "PeerJ", doi: "10.5555/peerj.9123/supp-1" },
			remote: { candidates: [{ title: "Soil carbon under cassava rotations", authors: ["Chioma Okonkwo", "Nils Vesterlund"], year: 2020, venue: "PeerJ", doi: "10.5555/peerj.9123" }] },
			verdict: "minor",
			note: "names a supplementary file of this work",
		},
		{
			// a table's DOI of another article: that article fails the candidate test, the title finds the note's
			local: { citekey: "okonkwo2018", title: "Cassava Mosaic Spread in Humid Zones", authors: ["Chioma Okonkwo"], year: 2018, journal: "PLOS ONE", doi: "10.5555/journal.pone.0190002.t001" },
			remote: { candidates: [{ title: "Yam storage losses in the savanna", authors: ["Bola Adebayo"], year: 2018, venue: "PLoS ONE", doi: "10.5555/journal.pone.0190002" }, { title: "Cassava mosaic spread in humid zones", authors: ["Chioma Okonkwo"], year: 2018, venue: "PLoS ONE", doi: "10.5555/journal.pone.0190777" }] },
			verdict: "major",
			note: "doi: the note has 10.5555/journal.pone.0190002.t001, the work has 10.5555/journal.pone.0190777",
		},
		{
			// a DOI copied from the article page's address with the page's tail: the DOI before it, a free singleton
			local: { citekey: "okonkwo2021", title: "Cassava Yield under Intercropping", authors: ["Chioma Okonkwo"], year: 2021, journal: "Frontiers in Agronomy", doi: "10.5555/fagro.2021.66001/full" },
			remote: { candidates: [{ title: "Cassava yield under intercropping", authors: ["Chioma Okonkwo"], year: 2021, venue: "Frontiers in Agronomy", doi: "10.5555/fagro.2021.66001" }] },
			verdict: "confirmed",
			note: "doi: the note's DOI 10.5555/fagro.2021.66001/full is this work's DOI 10.5555/fagro.2021.66001 with a web page's tail",
		},
		{
			local: { citekey: "vesterlund2015", title: "Eelgrass Die-Off in the Bothnian Bay", authors: ["Nils Vesterlund"], year: 2015, journal: "Aquatic Botany Letters", doi: "10.5555/abl.201500123/epdf" },
			remote: { candidates: [{ title: "Eelgrass die-off in the Bothnian Bay", authors: ["Nils Vesterlund"], year: 2015, venue: "Aquatic Botany Letters", doi: "10.5555/abl.201500123" }] },
			verdict: "confirmed",
			note: "with a web page's tail",
		},
		{
			// a bare three-digit ending is a journal's own numbering, not a component
			local: { citekey: "vesterlund2017", title: "Herring Spawning Beds in the Bothnian Sea", authors: ["Nils Vesterlund"], year: 2017, journal: "Fisheries Research Letters", doi: "10.5555/j.frl.2017.05.003" },
			remote: { candidates: [{ title: "Herring spawning beds in the Bothnian Sea", authors: ["Nils Vesterlund"], year: 2017, venue: "Fisheries Research Letters", doi: "10.5555/j.frl.2017.05.003" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a SICI DOI as the note writes it; the record keeps its "<" and ">" percent-encoded
			local: { citekey: "haddadi1997", title: "Hash Joins on Shared-Nothing Clusters", authors: ["Omar Haddadi"], year: 1997, journal: "Data Engineering Bulletin", doi: "10.5555/(sici)1234-5678(199703)20:1<12::aid-deb3>3.0.co;2-q" },
			remote: { title: "Hash joins on shared-nothing clusters", authors: ["Omar Haddadi"], year: 1997, venue: "Data Engineering Bulletin", doi: "10.5555/(sici)1234-5678(199703)20:1%3C12::aid-deb3%3E3.0.co;2-q" },
			verdict: "confirmed",
			note: "is held percent-encoded",
		},
		{
			// the same, naming another paper: said, as any other DOI of another paper
			local: { citekey: "haddadi1998", title: "Sort-Merge Joins on Shared-Nothing Clusters", authors: ["Omar Haddadi"], year: 1998, journal: "Data Engineering Bulletin", doi: "10.5555/(sici)1234-5678(199805)21:2<40::aid-deb7>3.0.co;2-x" },
			remote: { title: "Replica placement for wide-area storage", authors: ["Lea Brännström"], year: 1998, venue: "Data Engineering Bulletin", doi: "10.5555/(sici)1234-5678(199805)21:2%3C40::aid-deb7%3E3.0.co;2-x" },
			verdict: "major",
			note: "is held percent-encoded",
		},
		{
			// the preprint's DOI, whose record OpenAlex merged into the journal version: its singleton answers with that
			local: { citekey: "haddadi2019", title: "Adaptive Radix Trees for Time Series", authors: ["Omar Haddadi"], year: 2019, journal: "Data Engineering Bulletin", doi: "10.48550/arxiv.1903.04321" },
			remote: { title: "Adaptive radix trees for time series", authors: ["Omar Haddadi"], year: 2019, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.14", formerDois: ["10.48550/arxiv.1903.04321"] },
			verdict: "confirmed",
			note: "OpenAlex merged the record of the note's DOI 10.48550/arxiv.1903.04321 into this work",
		},
		{
			// a DOI written as a Markdown link, as the Properties panel keeps a pasted link: its DOI is read, here another paper's
			local: { citekey: "haddadi2014", title: "Stream Joins under Memory Pressure", authors: ["Omar Haddadi"], year: 2014, doi: "[10.5555/rules.df.15.2](https://doi.org/10.5555/rules.df.15.2)" },
			remote: { candidates: [{ title: "Stream joins under memory pressure", authors: ["Omar Haddadi"], year: 2014, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.15" }, { title: "Spilling hash tables to flash storage", authors: ["Pia Kettunen"], year: 2014, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.15.2" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
		{
			// …and a link whose text is a word: the target's DOI is the one a click follows
			local: { citekey: "haddadi2013", title: "Load Shedding for Window Joins", authors: ["Omar Haddadi"], year: 2013, doi: "[doi](https://dx.doi.org/10.5555/rules.df.16.2)" },
			remote: { candidates: [{ title: "Load shedding for window joins", authors: ["Omar Haddadi"], year: 2013, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.16" }, { title: "Approximate top-k over sliding windows", authors: ["Pia Kettunen"], year: 2013, venue: "Data Engineering Bulletin", doi: "10.5555/rules.df.16.2" }] },
			verdict: "major",
			note: "identifier points to another paper",
		},
	],
};
