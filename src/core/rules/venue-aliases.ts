import type { Rule } from "./types";

export const venueAliases: Rule = {
	id: "venue-aliases",
	name: "Venue names and abbreviations",
	summary: "An abbreviation and the full name of a venue, \"Proceedings of the …\" wording, years and ordinals, the meeting's acronym, dates and place after a proceedings name (\"…, ICML 2023, 23-29 July 2023, Honolulu\"), a leading \"The\", \"&\" for another language's \"and\" written as a word (\"Ciência & Saúde Coletiva\", \"Ciencia e Saude Coletiva\", \"CIENCIA E SAUDE COLETIVA\", but never a section's letter: \"Section E\"), word-by-word abbreviations in ISO 4 and PubMed style (\"Natl\", \"Jpn\", \"N Engl J\", \"Z.\" for Zeitschrift, a word cut to its start, an initialism such as \"USA\" beside other words, other languages' articles and prepositions left out, a lettered section without its subject, also with the society's name on one side and the acronym in brackets on the other, as IEEE abbreviates its proceedings), MEDLINE's journal title with its place or edition in brackets or its subtitle after \" : \" (\"Lancet (London, England)\", \"Brain : a journal of neurology\"), an edition named with its language after it as MEDLINE abbreviates it (\"Angew Chem Int Ed Engl\", \"Angewandte Chemie (International ed. in English)\"), the article after a dash that ISO 4 leaves out (of \"Chemistry – A European Journal\"), the name before a \"Journal of …\" subtitle, which OpenAlex runs on without its colon and abbreviations leave out (\"Transp Res Rec\" for \"Transportation Research Record Journal of the Transportation Research Board\"), a publisher series that holds the conference, a meeting of abstracts as ADS and OpenAlex name it (\"APS March Meeting Abstracts\" or its Division of Fluid Dynamics' in the \"Bulletin of the American Physical Society\", which holds each of the Society's meetings but is not one; \"Annual Meeting of ISMRM\", \"Proceedings of the International Society for Magnetic Resonance in Medicine\"; \"Geophysical Research Abstracts\", \"EGU General Assembly Conference Abstracts\"; \"Neuroscience Meeting Planner\", \"Society for Neuroscience Abstracts\"), a journal's initialism in the physical sciences and mathematics (\"JHEP\", \"JACS\", \"CMP\"), medicine, law and the social sciences (\"NEJM\", \"I-CON\", \"APSR\") and the full name MathSciNet and zbMATH write beside an abbreviated journal (`fjournal`), and \"Int\" after a word cut short (\"Chronobiol Int\", \"Physiol Int\" for \"… International\", also before a run-on \"The Journal of …\") are one venue, while a journal's international edition (\"International Edition\", \"English Edition\" or their abbreviations closing its name) and the original are two, and so are a journal named with \"International\" and one named without it (\"Parasitology International\" and \"Parasitology\", \"Int J Cardiol\" and the \"Journal of Cardiology\"; a meeting's name may drop the word).",
	examples: [
		{
			// INSPIRE's journal initialism
			local: { citekey: "HERON:2020dp", title: "Search for Dark Photons in Rare Z Decays", author: "Brandt, Ilse and Arai, Keiko and Wrona, Tomasz", journal: "JHEP", year: 2020, doi: "10.5555/rules.va.jhep" },
			remote: { title: "Search for dark photons in rare Z decays", authors: ["Ilse Brandt", "Keiko Arai", "Tomasz Wrona"], year: 2020, venue: "Journal of High Energy Physics", doi: "10.5555/rules.va.jhep" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a law journal's initialism, as its field writes it
			local: { citekey: "herrera2016", title: "Proportionality Review in Federal Constitutional Courts", author: "Herrera, Ana and Brenner, Tobias", journal: "I-CON", year: 2016, doi: "10.5555/rules.va.icon" },
			remote: { title: "Proportionality review in federal constitutional courts", authors: ["Ana Herrera", "Tobias Brenner"], year: 2016, venue: "International Journal of Constitutional Law", doi: "10.5555/rules.va.icon" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and political science's
			local: { citekey: "asante2019", title: "Incumbency and Turnout in Ghanaian Local Elections", author: "Asante, Kwame", journal: "APSR", year: 2019, doi: "10.5555/rules.va.apsr" },
			remote: { title: "Incumbency and turnout in Ghanaian local elections", authors: ["Kwame Asante"], year: 2019, venue: "American Political Science Review", doi: "10.5555/rules.va.apsr" },
			verdict: "confirmed",
			note: "",
		},
		{
			// MathSciNet's abbreviation, and its full name in `fjournal`
			local: { citekey: "MR3612399", title: "Sur les cycles de Hodge des variétés abéliennes", author: "Arnaud, Claire", journal: "C. R. Math. Acad. Sci. Paris", fjournal: "Comptes Rendus Mathématique. Académie des Sciences. Paris", year: 2017, mrnumber: "3612399", doi: "10.5555/rules.va.fj" },
			remote: { title: "Sur les cycles de Hodge des variétés abéliennes", authors: ["Claire Arnaud"], year: 2017, venue: "Comptes Rendus Mathématique", doi: "10.5555/rules.va.fj" },
			verdict: "confirmed",
			note: "venue: the note's full name of 'C. R. Math. Acad. Sci. Paris' is 'Comptes Rendus Mathématique. Académie des Sciences. Paris'",
		},
		{
			// a Portuguese "e" (Spanish "y", Catalan and Polish "i") where the record writes "&", accents dropped too
			local: { citekey: "mendes2019", title: "Cobertura vacinal infantil em municípios da Amazônia Legal", authors: ["Rafael Mendes"], year: 2019, journal: "Ciencia e Saude Coletiva", doi: "10.5555/rules.va.amp1" },
			remote: { title: "Cobertura vacinal infantil em municípios da Amazônia Legal", authors: ["Rafael Mendes"], year: 2019, venue: "Ciência & Saúde Coletiva", doi: "10.5555/rules.va.amp1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a name in capitals, as Web of Science and Scopus exports write journals
			local: { citekey: "carvalho2022", title: "Automedicação entre estudantes universitários no Recife", authors: ["Beatriz Carvalho"], year: 2022, journal: "CIENCIA E SAUDE COLETIVA", doi: "10.5555/rules.va.amp3" },
			remote: { title: "Automedicação entre estudantes universitários no Recife", authors: ["Beatriz Carvalho"], year: 2022, venue: "Ciência & Saúde Coletiva", doi: "10.5555/rules.va.amp3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "quispe2020", title: "Heladas y rendimiento de la quinua en el altiplano", authors: ["Rosa Quispe Mamani"], year: 2020, journal: "Ciencia & Investigación Agraria", doi: "10.5555/rules.va.amp2" },
			remote: { title: "Heladas y rendimiento de la quinua en el altiplano", authors: ["Rosa Quispe Mamani"], year: 2020, venue: "Ciencia e Investigación Agraria", doi: "10.5555/rules.va.amp2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2019", title: "Compliant Grasping of Ripe Fruit", authors: ["Hugo Varga"], year: 2019, booktitle: "Proc. IEEE Int. Conf. Robot. Autom. (ICRA)", doi: "10.5555/rules.va.ieee1" },
			remote: { title: "Compliant grasping of ripe fruit", authors: ["Hugo Varga"], year: 2019, venue: "2019 International Conference on Robotics and Automation (ICRA)", doi: "10.5555/rules.va.ieee1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2020", title: "Slip Detection with Whisker Sensors", authors: ["Hugo Varga"], year: 2020, booktitle: "Proc. IEEE/RSJ Int. Conf. Intell. Robots Syst.", doi: "10.5555/rules.va.ieee2" },
			remote: { title: "Slip detection with whisker sensors", authors: ["Hugo Varga"], year: 2020, venue: "2020 IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)", doi: "10.5555/rules.va.ieee2" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "varga2021", title: "Whisker Sensors for Underwater Docking", authors: ["Hugo Varga"], year: 2021, booktitle: "Proc. IEEE Int. Conf. Robot. Autom. (ICRA)", doi: "10.5555/rules.va.ieee3" },
			remote: { title: "Whisker sensors for underwater docking", authors: ["Hugo Varga"], year: 2021, venue: "2021 IEEE International Conference on Image Processing (ICIP)", doi: "10.5555/rules.va.ieee3" },
			verdict: "minor",
			note: "venue:",
		},
		{
			local: { citekey: "idowu2022", title: "Token Budgets for Long Documents", authors: ["Zainab Idowu"], year: 2022, booktitle: "NeurIPS 2022", doi: "10.5555/rules.va.1" },
			remote: { title: "Token budgets for long documents", authors: ["Zainab Idowu"], year: 2022, venue: "Advances in Neural Information Processing Systems 35", doi: "10.5555/rules.va.1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// MEDLINE's journal title, as PubMed's JT gives it
			local: { citekey: "halloran2020", title: "Hippocampal Volume in Retired Harbour Pilots", authors: ["Tomas Halloran"], year: 2020, journal: "Brain : a journal of neurology", doi: "10.5555/rules.va.ml" },
			remote: { title: "Hippocampal volume in retired harbour pilots", authors: ["Tomas Halloran"], year: 2020, venue: "Brain", doi: "10.5555/rules.va.ml" },
			verdict: "confirmed",
			note: "",
		},
		{
			// the ACM's name for CHI's extended abstracts since 2022, word order and all
			local: { citekey: "halloran2022ea", entry_type: "inproceedings", title: "Tide Clocks for Harbour Kitchens", authors: ["Tomas Halloran"], year: 2022, booktitle: "CHI EA '22", doi: "10.5555/rules.va.chiea" },
			remote: { title: "Tide clocks for harbour kitchens", authors: ["Tomas Halloran"], year: 2022, venue: "CHI Conference on Human Factors in Computing Systems Extended Abstracts", doi: "10.5555/rules.va.chiea" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a workshop's proceedings published at CEUR-WS
			local: { citekey: "halloran2021", entry_type: "inproceedings", title: "Argument Mining in Harbour Board Minutes", authors: ["Tomas Halloran"], year: 2021, booktitle: "Proceedings of the 8th Workshop on Argument Mining", series: "CEUR Workshop Proceedings", volume: "2937" },
			remote: { candidates: [{ title: "Argument mining in harbour board minutes", authors: ["Tomas Halloran"], year: 2021, venue: "CEUR Workshop Proceedings" }] },
			verdict: "confirmed",
			note: "venue: the remote venue is the CEUR-WS series that holds Proceedings of the 8th Workshop on Argument Mining",
		},
		{
			local: { citekey: "idowu2019", title: "Sparse Lexicons for Code Search", authors: ["Zainab Idowu", "Tomas Halloran"], year: 2019, booktitle: "ECCV", doi: "10.5555/rules.va.2" },
			remote: { title: "Sparse lexicons for code search", authors: ["Zainab Idowu", "Tomas Halloran"], year: 2019, venue: "Lecture Notes in Computer Science", doi: "10.5555/rules.va.2" },
			verdict: "confirmed",
			note: "venue: the remote venue is the LNCS series that holds ECCV",
		},
		{
			local: { citekey: "halloran2018", title: "Wage Floors and Firm Entry", authors: ["Tomas Halloran"], year: 2018, journal: "Quarterly Journal of Economics", doi: "10.5555/rules.va.3" },
			remote: { title: "Wage floors and firm entry", authors: ["Tomas Halloran"], year: 2018, venue: "The Quarterly Journal of Economics", doi: "10.5555/rules.va.3" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "halloran2015", title: "Tidal Loading of Coastal Aquifers", authors: ["Tomas Halloran"], year: 2015, journal: "J. Am. Soc. Hydrol.", doi: "10.5555/rules.va.4" },
			remote: { title: "Tidal loading of coastal aquifers", authors: ["Tomas Halloran"], year: 2015, venue: "Journal of the American Society of Hydrology", doi: "10.5555/rules.va.4" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "idowu2016", title: "Salinity Fronts in Estuaries", authors: ["Zainab Idowu"], year: 2016, journal: "N Engl J Seismol", doi: "10.5555/rules.va.5" },
			remote: { title: "Salinity fronts in estuaries", authors: ["Zainab Idowu"], year: 2016, venue: "New England Journal of Seismology", doi: "10.5555/rules.va.5" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "idowu2017", title: "Tide Tables Revisited", authors: ["Zainab Idowu"], year: 2017, journal: "Annu. Rev. Natl. Tidal Sci.", doi: "10.5555/rules.va.6" },
			remote: { title: "Tide tables revisited", authors: ["Zainab Idowu"], year: 2017, venue: "Annual Review of National Tidal Science", doi: "10.5555/rules.va.6" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a country's initialism beside the other words ("USA" for "United States of America")
			local: { citekey: "idowu2012", title: "Spring Tides and Reef Flats", authors: ["Zainab Idowu"], year: 2012, journal: "Proc. Natl. Acad. Tidal Sci. USA", doi: "10.5555/rules.va.12" },
			remote: { title: "Spring tides and reef flats", authors: ["Zainab Idowu"], year: 2012, venue: "Proceedings of the National Academy of Tidal Sciences of the United States of America", doi: "10.5555/rules.va.12" },
			verdict: "confirmed",
			note: "",
		},
		{
			// other languages' prepositions dropped, "Z." for Zeitschrift
			local: { citekey: "kettunen2009", title: "Gezeitenströme im Wattenmeer", authors: ["Pia Kettunen"], year: 2009, journal: "Z. Gezeitenforsch.", doi: "10.5555/rules.va.13" },
			remote: { title: "Gezeitenströme im Wattenmeer", authors: ["Pia Kettunen"], year: 2009, venue: "Zeitschrift für Gezeitenforschung", doi: "10.5555/rules.va.13" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a contraction of consonants ("Jpn" for Japan), a lettered section named with its subject
			local: { citekey: "kettunen2014", title: "Internal Tides over Seamounts", authors: ["Pia Kettunen"], year: 2014, journal: "Trans. Tidal Soc. Jpn. A", doi: "10.5555/rules.va.14" },
			remote: { title: "Internal tides over seamounts", authors: ["Pia Kettunen"], year: 2014, venue: "Transactions of the Tidal Society of Japan A: Physical Oceanography", doi: "10.5555/rules.va.14" },
			verdict: "confirmed",
			note: "",
		},
		{
			// another lettered section is another journal
			local: { citekey: "kettunen2015", title: "Tidal Mixing over Seamounts", authors: ["Pia Kettunen"], year: 2015, journal: "Trans. Tidal Soc. Jpn. B", doi: "10.5555/rules.va.15" },
			remote: { title: "Tidal mixing over seamounts", authors: ["Pia Kettunen"], year: 2015, venue: "Transactions of the Tidal Society of Japan A: Physical Oceanography", doi: "10.5555/rules.va.15" },
			verdict: "minor",
			note: "venue: 'Trans. Tidal Soc. Jpn. B' vs",
		},
		{
			local: { citekey: "kettunen2010", title: "Gezeitenstrom und Sandbank", authors: ["Pia Kettunen"], year: 2010, journal: "Z. Gezeitenforsch.", doi: "10.5555/rules.va.16" },
			remote: { title: "Gezeitenstrom und Sandbank", authors: ["Pia Kettunen"], year: 2010, venue: "Zeitschrift für Wellenforschung", doi: "10.5555/rules.va.16" },
			verdict: "minor",
			note: "venue: 'Z. Gezeitenforsch.' vs 'Zeitschrift für Wellenforschung'",
		},
		{
			local: { citekey: "idowu2018", title: "Wave Setup on Reefs", authors: ["Zainab Idowu"], year: 2018, journal: "Tidal Rev. D", doi: "10.5555/rules.va.7" },
			remote: { title: "Wave setup on reefs", authors: ["Zainab Idowu"], year: 2018, venue: "Tidal Review B", doi: "10.5555/rules.va.7" },
			verdict: "minor",
			note: "venue: 'Tidal Rev. D' vs 'Tidal Review B'",
		},
		{
			// DBLP's booktitle: the name, the meeting's acronym and year, its dates and place
			local: { citekey: "idowu2023", title: "Reef Passes as Tidal Jets", author: "Zainab Idowu and Pia Kettunen", year: 2023, booktitle: "Proceedings of the Ocean Modelling Symposium, {OMS} 2023, 23-29 July 2023, Lagos, Nigeria", doi: "10.5555/rules.va.8" },
			remote: { title: "Reef passes as tidal jets", authors: ["Zainab Idowu", "Pia Kettunen"], year: 2023, venue: "Proceedings of the Ocean Modelling Symposium", doi: "10.5555/rules.va.8" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "idowu2021", title: "Tidal Bores in Estuaries", author: "Zainab Idowu", year: 2021, booktitle: "Proceedings of the Estuary Workshop, Virtual Event, June 3-5, 2021", doi: "10.5555/rules.va.9" },
			remote: { title: "Tidal bores in estuaries", authors: ["Zainab Idowu"], year: 2021, venue: "Proceedings of the Coastal Hazards Workshop", doi: "10.5555/rules.va.9" },
			verdict: "minor",
			note: "venue: 'Proceedings of the Estuary Workshop, Virtual Event, June 3-5, 2021' vs",
		},
		{
			// MEDLINE's abbreviation of an edition with its language after it
			local: { PMID: "31000914", TI: "Enantioselective hydroamination of dienes with a chiral nickel catalyst.", FAU: ["Arnaud, Claire"], DP: "2020 Mar 2", TA: "Angew Chem Int Ed Engl", LID: "10.5555/rules.va.engl [doi]" },
			remote: { title: "Enantioselective hydroamination of dienes with a chiral nickel catalyst", authors: ["Claire Arnaud"], year: 2020, venue: "Angewandte Chemie International Edition", doi: "10.5555/rules.va.engl" },
			verdict: "confirmed",
			note: "",
		},
		{
			// ISO 4 leaves out the article after the dash: "Chem. Eur. J."
			local: { citekey: "arnaud2021", title: "Nickel Hydrides in Alkene Isomerization", author: "Arnaud, Claire", journal: "Chem. Eur. J.", year: 2021, doi: "10.5555/rules.va.cej" },
			remote: { title: "Nickel hydrides in alkene isomerization", authors: ["Claire Arnaud"], year: 2021, venue: "Chemistry - A European Journal", doi: "10.5555/rules.va.cej" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a journal's international edition and the original are two journals, each with its DOIs (Angewandte Chemie's German edition behind the note's DOI)
			local: { citekey: "arnaud2019ange", title: "Nickel Hydrides in Diene Isomerization", author: "Arnaud, Claire", journal: "Angewandte Chemie International Edition", year: 2019, doi: "10.5555/rules.va.ange" },
			remote: { title: "Nickel hydrides in diene isomerization", authors: ["Claire Arnaud"], year: 2019, venue: "Angewandte Chemie", doi: "10.5555/rules.va.ange" },
			verdict: "minor",
			note: "venue",
		},
		{
			// MEDLINE's journal title brackets the edition with its language
			local: { PMID: "31000915", TI: "Nickel hydrides in triene isomerization.", FAU: ["Arnaud, Claire"], DP: "2021 Jan 4", JT: "Angewandte Chemie (International ed. in English)", LID: "10.5555/rules.va.jt [doi]" },
			remote: { title: "Nickel hydrides in triene isomerization", authors: ["Claire Arnaud"], year: 2021, venue: "Angewandte Chemie International Edition", doi: "10.5555/rules.va.jt" },
			verdict: "confirmed",
			note: "",
		},
		{
			// OpenAlex runs a journal's "The Journal of …" subtitle on without its colon; ISO 4 abbreviates the name before it
			local: { citekey: "okafor2019glare", entry_type: "article", title: "Glare recovery time in older drivers", author: "Okafor, Ngozi and Lindgren, Per", journal: "Hum. Factors", year: 2019, doi: "10.5555/rules.va.rs1" },
			remote: { title: "Glare recovery time in older drivers", authors: ["Ngozi Okafor", "Per Lindgren"], year: 2019, venue: "Human Factors The Journal of the Human Factors and Ergonomics Society", doi: "10.5555/rules.va.rs1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …"Journal of the …" with no article, abbreviated without full stops
			local: { title: "Queue spillback at freeway off-ramps", authors: ["Per Lindgren"], year: 2020, journal: "Transp Res Rec", doi: "10.5555/rules.va.rs2" },
			remote: { title: "Queue spillback at freeway off-ramps", authors: ["Per Lindgren"], year: 2020, venue: "Transportation Research Record Journal of the Transportation Research Board", doi: "10.5555/rules.va.rs2" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …while another journal's abbreviation stays another journal
			local: { citekey: "okafor2020seat", entry_type: "article", title: "Seat vibration and driver fatigue", author: "Okafor, Ngozi", journal: "Appl. Ergon.", year: 2020, doi: "10.5555/rules.va.rs3" },
			remote: { title: "Seat vibration and driver fatigue", authors: ["Ngozi Okafor"], year: 2020, venue: "Human Factors The Journal of the Human Factors and Ergonomics Society", doi: "10.5555/rules.va.rs3" },
			verdict: "minor",
			note: "venue",
		},
		{
			// a meeting of abstracts as ADS names it and as OpenAlex does: APS's March Meeting in the Society's Bulletin, which holds each of its meetings
			local: { citation_key: "2019APS..MARL12003V", entry_type: "inproceedings", title: "{Thermal Hall Effect of Magnons in a Kagome Ferromagnet}", author: "{Varga}, Hugo and {Sorlie}, Kai", booktitle: "APS March Meeting Abstracts", year: 2019, eid: "L12.003" },
			remote: { candidates: [{ title: "Thermal Hall effect of magnons in a kagome ferromagnet", authors: ["Hugo Varga", "Kai Sorlie"], year: 2019, venue: "Bulletin of the American Physical Society" }] },
			verdict: "confirmed",
			note: "the Bulletin of the APS series that holds APS March Meeting Abstracts",
		},
		{
			// …and ISMRM's proceedings, by the society's acronym and by its name
			local: { citekey: "sorlie2020ismrm", entry_type: "inproceedings", title: "Accelerated Sodium MRI of Knee Cartilage", author: "Sorlie, Kai and Varga, Hugo", booktitle: "Proceedings of the 28th Annual Meeting of ISMRM", pages: "1234", year: 2020 },
			remote: { candidates: [{ title: "Accelerated sodium MRI of knee cartilage", authors: ["Kai Sorlie", "Hugo Varga"], year: 2020, venue: "Proceedings of the International Society for Magnetic Resonance in Medicine" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// the EGU General Assembly's abstracts by the series they were printed in until 2019
			local: { citekey: "varga2018gra", entry_type: "article", title: "Ice-Wedge Degradation and Thermokarst Ponding", author: "Varga, Hugo and Sorlie, Kai", journal: "Geophysical Research Abstracts", volume: "20", pages: "EGU2018-10457", year: 2018 },
			remote: { candidates: [{ title: "Ice-wedge degradation and thermokarst ponding", authors: ["Hugo Varga", "Kai Sorlie"], year: 2018, venue: "EGU General Assembly Conference Abstracts" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// SfN's abstracts by the planner that publishes them
			local: { citekey: "sorlie2019sfn", entry_type: "inproceedings", title: "Orexin Neuron Activity During Reward Omission", author: "Sorlie, Kai and Varga, Hugo", booktitle: "Neuroscience Meeting Planner", note: "Program No. 231.04", year: 2019 },
			remote: { candidates: [{ title: "Orexin neuron activity during reward omission", authors: ["Kai Sorlie", "Hugo Varga"], year: 2019, venue: "Society for Neuroscience Abstracts" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and its Division of Fluid Dynamics' meeting in the same Bulletin
			local: { citation_key: "2019APS..DFDL01002V", entry_type: "inproceedings", title: "{Drop Impact on Soft Granular Beds}", author: "{Varga}, Hugo and {Sorlie}, Kai", booktitle: "APS Division of Fluid Dynamics Meeting Abstracts", year: 2019, eid: "L01.002" },
			remote: { candidates: [{ title: "Drop impact on soft granular beds", authors: ["Hugo Varga", "Kai Sorlie"], year: 2019, venue: "Bulletin of the American Physical Society" }] },
			verdict: "confirmed",
			note: "the Bulletin of the APS series that holds APS Division of Fluid Dynamics Meeting Abstracts",
		},
		{
			// "Int." after a subject word cut short, against OpenAlex's name with its descriptor run on
			local: { citation_key: "oduya2017shift", entry_type: "article", title: "Evening Light and Melatonin Onset in Night-Shift Paramedics", author: "Oduya, Femi and Lindqvist, Sara", journal: "Chronobiol. Int.", year: 2017, doi: "10.5555/rules.va.int1" },
			remote: { title: "Evening light and melatonin onset in night-shift paramedics", authors: ["Femi Oduya", "Sara Lindqvist"], year: 2017, venue: "Chronobiology International The Journal of Biological and Medical Rhythm Research", doi: "10.5555/rules.va.int1" },
			verdict: "confirmed",
			note: "",
		},
		{
			// …and MEDLINE's abbreviation without full stops, against the plain name
			local: { citekey: "lindqvist2020", itemType: "journalArticle", title: "Cold Exposure and Brown Fat Activity in Older Adults", authors: ["Sara Lindqvist", "Femi Oduya"], publicationTitle: "Physiol Int", year: 2020, DOI: "10.5555/rules.va.int2" },
			remote: { title: "Cold exposure and brown fat activity in older adults", authors: ["Sara Lindqvist", "Femi Oduya"], year: 2020, venue: "Physiology International", doi: "10.5555/rules.va.int2" },
			verdict: "confirmed",
			note: "",
		},
		{
			// a journal with "International" in its name and the journal without it are two journals
			local: { citation_key: "oduya2015worm", entry_type: "article", title: "Gut Nematode Burden in Urban Foxes", author: "Oduya, Femi and Lindqvist, Sara", journal: "Parasitology", year: 2015, doi: "10.5555/rules.va.int3" },
			remote: { title: "Gut nematode burden in urban foxes", authors: ["Femi Oduya", "Sara Lindqvist"], year: 2015, venue: "Parasitology International", doi: "10.5555/rules.va.int3" },
			verdict: "minor",
			note: "venue: 'Parasitology' vs 'Parasitology International'",
		},
		{
			// …also abbreviated: the International Journal of Cardiology is not the Journal of Cardiology
			local: { citekey: "lindqvist2018", itemType: "journalArticle", title: "Troponin Kinetics after Marathon Running", authors: ["Sara Lindqvist", "Femi Oduya"], publicationTitle: "Int. J. Cardiol.", year: 2018, DOI: "10.5555/rules.va.int4" },
			remote: { title: "Troponin kinetics after marathon running", authors: ["Sara Lindqvist", "Femi Oduya"], year: 2018, venue: "Journal of Cardiology", doi: "10.5555/rules.va.int4" },
			verdict: "minor",
			note: "venue: 'Int. J. Cardiol.' vs 'Journal of Cardiology'",
		},
	],
};
