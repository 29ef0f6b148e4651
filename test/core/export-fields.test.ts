// Export formats' fields read under the usual names (src/core/export-fields.ts): one row per
// format as a note made from it keeps its record, and rows where a look-alike key must not be read.
import { describe, expect, it } from "vitest";
import { isNotAReference, isReferenceNote, readReference } from "../../src/core/reference";
import type { Reference } from "../../src/core/types";

type Read = Partial<Pick<Reference, "title" | "authors" | "year" | "venue" | "doi" | "arxivId" | "entryType" | "citationKey" | "pubmedId">>;

function read(fm: Record<string, unknown>): Read | string {
	const r = readReference(fm);
	if (isNotAReference(r)) return r.reason;
	return { title: r.title, authors: r.authors, year: r.year, venue: r.venue, doi: r.doi, arxivId: r.arxivId, entryType: r.entryType, citationKey: r.citationKey, pubmedId: r.pubmedId };
}

describe("export formats read under the usual field names", () => {
	it.each<[string, Record<string, unknown>, Read]>([
		[
			"MEDLINE/nbib: TI, FAU before AU, DP, JT before TA, the [doi] of LID, PT",
			{ PMID: "31000001", TI: "Early mobilisation after hip fracture.", FAU: ["Carvalho, Ana Luísa", "Ferreira, Tiago"], AU: ["Carvalho AL", "Ferreira T"], PT: ["Journal Article", "Randomized Controlled Trial"], DP: "2019 Mar 4", TA: "Age Ageing", JT: "Age and ageing", LID: "10.5555/x.md1 [doi]", AID: ["afz001 [pii]", "10.5555/x.md1 [doi]"] },
			{ title: "Early mobilisation after hip fracture.", authors: ["Ana Luísa Carvalho", "Tiago Ferreira"], year: "2019", venue: "Age and ageing", doi: "10.5555/x.md1", entryType: "article" },
		],
		[
			"MEDLINE: AU's initials when FAU is absent, the DOI among AID's ids, no PMID but TI with DP",
			{ TI: "Frailty indices.", AU: ["Ferreira T", "Carvalho AL"], DP: "2018 Nov", TA: "Br J Surg", LID: "S0007-1323(18)00001-1 [pii]", AID: ["S0007-1323(18)00001-1 [pii]", "10.5555/x.md2 [doi]"] },
			{ title: "Frailty indices.", authors: ["T. Ferreira", "A. L. Carvalho"], year: "2018", venue: "Br J Surg", doi: "10.5555/x.md2", entryType: null },
		],
		[
			"Europe PMC: authorString with the list's closing full stop, journalTitle, pubYear",
			{ id: "32000001", source: "MED", pmid: "32000001", title: "Antimicrobial stewardship.", authorString: "Bakker J, van der Meer S, de Vries L.", journalTitle: "J Antimicrob Chemother", pubYear: "2020", doi: "10.5555/x.ep1" },
			{ title: "Antimicrobial stewardship.", authors: ["J. Bakker", "S. van der Meer", "L. de Vries"], year: "2020", venue: "J Antimicrob Chemother", doi: "10.5555/x.ep1" },
		],
		[
			"Europe PMC full results: authorList.author of {lastName, firstName}, journalInfo's title and yearOfPublication",
			{ id: "32000009", source: "MED", title: "Catheter bundles.", authorList: { author: [{ fullName: "Bakker J", firstName: "Jan", lastName: "Bakker" }, { fullName: "de Vries L", firstName: "Lotte", lastName: "de Vries" }] }, journalInfo: { yearOfPublication: 2019, journal: { title: "Journal of Hospital Infection", medlineAbbreviation: "J Hosp Infect" } }, doi: "10.5555/x.ep9" },
			{ title: "Catheter bundles.", authors: ["Jan Bakker", "Lotte de Vries"], year: "2019", venue: "Journal of Hospital Infection", doi: "10.5555/x.ep9" },
		],
		[
			"OpenAlex work JSON before 2023: host_venue",
			{ display_name: "Soil acidity", publication_year: 2019, authorships: [{ author: { display_name: "Grace Mwangi" } }], host_venue: { display_name: "Field Crops Research" } },
			{ title: "Soil acidity", authors: ["Grace Mwangi"], year: "2019", venue: "Field Crops Research" },
		],
		[
			"OpenAlex work JSON: display_name, publication_year, authorships, primary_location's source, doi as a URL",
			{ id: "https://openalex.org/W4300000001", doi: "https://doi.org/10.5555/x.oa1", display_name: "Nitrogen use efficiency", publication_year: 2021, authorships: [{ author: { display_name: "Grace Mwangi" } }, { raw_author_name: "Lê Thị Hoa" }], primary_location: { source: { display_name: "Field Crops Research" } } },
			{ title: "Nitrogen use efficiency", authors: ["Grace Mwangi", "Lê Thị Hoa"], year: "2021", venue: "Field Crops Research", doi: "10.5555/x.oa1" },
		],
		[
			"arXiv API entry: the abstract page's address in id, arxiv_doi the journal version's DOI, published",
			{ id: "http://arxiv.org/abs/2001.05555v3", published: "2020-01-15T12:00:00Z", title: "Flat bands", author: [{ name: "Marco Di Stefano" }], arxiv_doi: "10.5555/x.ax1" },
			{ title: "Flat bands", authors: ["Marco Di Stefano"], year: "2020", doi: "10.5555/x.ax1", arxivId: "2001.05555" },
		],
		[
			"pandoc references: block holding the note's one work (CSL YAML), its id the citation key",
			{ references: [{ id: "bakker2022", type: "article-journal", title: "Hand hygiene", author: [{ family: "Meer", given: "Sanne", "non-dropping-particle": "van der" }], issued: { "date-parts": [[2022, 3]] }, "container-title": "J Hosp Infect", DOI: "10.5555/x.pd1" }], tags: ["reference"] },
			{ title: "Hand hygiene", authors: ["Sanne van der Meer"], year: "2022", venue: "J Hosp Infect", doi: "10.5555/x.pd1", entryType: "article-journal", citationKey: "bakker2022" },
		],
		[
			"EndNote tagged: %0 type, %A, %T, %D, %J, %R, %F",
			{ "%0": "Book Section", "%A": ["Oliveira, João Pedro", "Santos, Maria dos"], "%T": "Coffee leaf rust", "%D": "2018", "%B": "Coffee Agronomy", "%R": "10.5555/x.en1", "%F": "oliveira2018" },
			{ title: "Coffee leaf rust", authors: ["João Pedro Oliveira", "Maria dos Santos"], year: "2018", venue: "Coffee Agronomy", doi: "10.5555/x.en1", entryType: "incollection", citationKey: "oliveira2018" },
		],
		[
			"RefWorks tagged: RT type, A1, T1, YR, JF, DO",
			{ RT: "Journal Article", A1: ["Bakker, Jan", "de Vries, Lotte"], T1: "MRSA screening", JF: "J Hosp Infect", YR: "2018", DO: "10.5555/x.rw1" },
			{ title: "MRSA screening", authors: ["Jan Bakker", "Lotte de Vries"], year: "2018", venue: "J Hosp Infect", doi: "10.5555/x.rw1", entryType: "article" },
		],
		[
			"RePEc ReDIF: Template-Type, Author-Name, Title, Creation-Date",
			{ "Template-Type": "ReDIF-Paper 1.0", "Author-Name": ["Oliveira, João Pedro", "Souza Filho, Carlos"], Title: "Rural pensions", "Creation-Date": "2014-06", Number: "w20222" },
			{ title: "Rural pensions", authors: ["João Pedro Oliveira", "Carlos Souza Filho"], year: "2014", entryType: "techreport" },
		],
		[
			"OpenAlex CSV row: dotted column names, authors between \"|\"",
			{ title: "Maize lethal necrosis", publication_year: 2019, doi: "https://doi.org/10.5555/x.oc1", "authorships.author.display_name": "Grace Mwangi|Lê Thị Hoa", "primary_location.source.display_name": "Plant Disease" },
			{ title: "Maize lethal necrosis", authors: ["Grace Mwangi", "Lê Thị Hoa"], year: "2019", venue: "Plant Disease", doi: "10.5555/x.oc1" },
		],
		[
			"DataCite JSON: titles[].title, personal creators' \"Family, Given\", an organisation whole, publicationYear",
			{ doi: "10.5555/x.dc1", titles: [{ title: "Jet substructure" }], creators: [{ name: "Sørensen, Lars", nameType: "Personal" }, { name: "CERN, Geneva", nameType: "Organizational" }], publicationYear: 2020 },
			{ title: "Jet substructure", authors: ["Lars Sørensen", "CERN, Geneva"], year: "2020", doi: "10.5555/x.dc1" },
		],
		[
			"INSPIRE-HEP JSON: titles, full_name, dois[].value, arxiv_eprints[].value, publication_info",
			{ titles: [{ title: "Dark photons" }], authors: [{ full_name: "Sørensen, Lars" }], dois: [{ value: "10.5555/x.in1" }], arxiv_eprints: [{ value: "2006.01234" }], publication_info: [{ journal_title: "Phys.Rev.D", year: 2020 }] },
			{ title: "Dark photons", authors: ["Lars Sørensen"], year: "2020", venue: "Phys.Rev.D", doi: "10.5555/x.in1", arxivId: "2006.01234" },
		],
		[
			"Highwire Press meta tags (Web Clipper): citation_title, citation_author, citation_publication_date, citation_journal_title, citation_doi",
			{ citation_title: "Nurse-led follow-up", citation_author: ["Carvalho, Ana Luísa", "Ferreira, Tiago"], citation_publication_date: "2020/05/12", citation_journal_title: "Age and Ageing", citation_doi: "10.5555/x.hw1", source: "https://academic.example.org/a/1" },
			{ title: "Nurse-led follow-up", authors: ["Ana Luísa Carvalho", "Tiago Ferreira"], year: "2020", venue: "Age and Ageing", doi: "10.5555/x.hw1", entryType: "article" },
		],
		[
			"Dublin Core in any capitals, \":\" or \".\": DC.title, dc:creator, dcterms.issued, a DOI identifier",
			{ "DC.title": "Soil compaction", "dc:creator": ["Bakker, Jan"], "dcterms.issued": "2017-08-21", "dc.identifier": "doi:10.5555/x.dc2" },
			{ title: "Soil compaction", authors: ["Jan Bakker"], year: "2017", doi: "10.5555/x.dc2" },
		],
		[
			"a Zotero Integration template with capitalised English keys (Title, Year, Authors, Citekey, Journal, DOI)",
			{ Title: "Grazing and Soil Carbon", Year: 2019, Authors: ["[[Authors/Ida Bergström]]", "[[Authors/Paul Ndlovu]]"], Citekey: "@bergstrom2019", Imported: "2026-01-02", Journal: "Journal of Ecology", DOI: "10.5555/x.ci1", status: null },
			{ title: "Grazing and Soil Carbon", authors: ["Ida Bergström", "Paul Ndlovu"], year: "2019", venue: "Journal of Ecology", doi: "10.5555/x.ci1", citationKey: "bergstrom2019" },
		],
		[
			"fields named in German (capitalised, as Properties show them)",
			{ Titel: "Bodenerosion", Autoren: ["Katrin Vogel"], Jahr: 2018, Zeitschrift: "Grundwasser", DOI: "10.5555/x.de1" },
			{ title: "Bodenerosion", authors: ["Katrin Vogel"], year: "2018", venue: "Grundwasser", doi: "10.5555/x.de1" },
		],
		[
			"fields named in French, lower case",
			{ titre: "Les crues", auteurs: "Roussel, Claire and Dubois, Marc", année: 2016, revue: "La Houille Blanche" },
			{ title: "Les crues", authors: ["Claire Roussel", "Marc Dubois"], year: "2016", venue: "La Houille Blanche" },
		],
		[
			"fields named in Russian, capitalised (no ASCII capital in the key)",
			{ Название: "Мерзлотные почвы", Авторы: ["Иванов И. И."], Год: 2015, Журнал: "Почвоведение", doi: "10.5555/x.ru1" },
			{ title: "Мерзлотные почвы", authors: ["И. И. Иванов"], year: "2015", venue: "Почвоведение" },
		],
		[
			"fields named in Chinese",
			{ 标题: "土壤侵蚀", 作者: ["李娜"], 年份: 2019, 期刊: "地理学报" },
			{ title: "土壤侵蚀", year: "2019", venue: "地理学报" },
		],
		[
			"PRISM: prism.publicationName, prism.publicationDate, prism.doi",
			{ title: "Cover crops", author: "Jan Bakker", "prism.publicationName": "Soil and Tillage Research", "prism.publicationDate": "2018-03-01", "prism.doi": "10.5555/x.pr1" },
			{ title: "Cover crops", year: "2018", venue: "Soil and Tillage Research", doi: "10.5555/x.pr1" },
		],
		[
			"Unpaywall: z_authors of {family, given}, journal_name",
			{ doi: "10.5555/x.up1", title: "Mangrove carbon", z_authors: [{ family: "Mwangi", given: "Grace" }, { family: "Okafor", given: "Chidi" }], year: 2018, journal_name: "Estuarine, Coastal and Shelf Science", is_oa: true },
			{ title: "Mangrove carbon", authors: ["Grace Mwangi", "Chidi Okafor"], year: "2018", venue: "Estuarine, Coastal and Shelf Science", doi: "10.5555/x.up1" },
		],
		[
			"CORE: yearPublished, journals[].title before the publisher",
			{ id: 123456789, title: "Peer tutoring", authors: [{ name: "Haugen, Tore" }], yearPublished: 2017, publisher: "Universitetsforlaget", journals: [{ title: "Nordic Studies in Education" }], doi: "10.5555/x.co1" },
			{ title: "Peer tutoring", year: "2017", venue: "Nordic Studies in Education", doi: "10.5555/x.co1" },
		],
		[
			"schema.org JSON-LD: headline, author objects, datePublished, isPartOf.name, the DOI in sameAs",
			{ "@type": "ScholarlyArticle", headline: "Flood insurance uptake", author: [{ "@type": "Person", name: "Jonas Weber" }, { "@type": "Person", name: "Anna Krüger" }], datePublished: "2016-04-12", isPartOf: { "@type": "Periodical", name: "Natural Hazards" }, sameAs: ["https://www.example-press.org/a/1", "https://doi.org/10.5555/x.so1"] },
			{ title: "Flood insurance uptake", authors: ["Jonas Weber", "Anna Krüger"], year: "2016", venue: "Natural Hazards", doi: "10.5555/x.so1" },
		],
		[
			"schema.org JSON-LD: name as the title, the DOI as a PropertyValue",
			{ "@type": "Article", name: "Dike heightening", author: { "@type": "Person", name: "Jonas Weber" }, datePublished: "2018-09-01", identifier: { "@type": "PropertyValue", propertyID: "DOI", value: "10.5555/x.so2" } },
			{ title: "Dike heightening", authors: ["Jonas Weber"], year: "2018", doi: "10.5555/x.so2" },
		],
		[
			"Citavi's field labels in English: Authors, Periodical, DOI name",
			{ "Reference type": "Journal Article", Authors: "Okoye, Chinedu; Haddad, Rania", Title: "Malaria chemoprevention", Periodical: "Malaria Journal", Year: 2020, "DOI name": "10.5555/x.cv1" },
			{ title: "Malaria chemoprevention", authors: ["Chinedu Okoye", "Rania Haddad"], year: "2020", venue: "Malaria Journal", doi: "10.5555/x.cv1" },
		],
		[
			"Citavi's field labels in German: Autor, Herausgeber oder Institution; DOI-Name",
			{ Dokumententyp: "Zeitschriftenaufsatz", "Autor, Herausgeber oder Institution": "Stolz, Margarethe; Lindahl, Per", Titel: "Pflegeheimeinzug", Zeitschrift: "Pflege", Jahr: 2017, "DOI-Name": "10.5555/x.cv2" },
			{ title: "Pflegeheimeinzug", authors: ["Margarethe Stolz", "Per Lindahl"], year: "2017", venue: "Pflege", doi: "10.5555/x.cv2" },
		],
		[
			"EndNote XML as YAML: titles, contributors.authors.author, dates.year, electronic-resource-num, ref-type",
			{ "ref-type": { name: "Journal Article" }, contributors: { authors: { author: ["Haddad, Rania", "Okoye, Chinedu"] } }, titles: { title: "Hand hygiene", "secondary-title": "Journal of Hospital Infection" }, dates: { year: 2018 }, "electronic-resource-num": "10.5555/x.en1" },
			{ title: "Hand hygiene", authors: ["Rania Haddad", "Chinedu Okoye"], year: "2018", venue: "Journal of Hospital Infection", doi: "10.5555/x.en1", entryType: "article" },
		],
		[
			"Notion database properties: Name (the title property), Author(s), Publication, Publication Year, Link",
			{ Name: "Peer review bias", "Author(s)": "Nakagawa, Ren; Moura, Helena", Publication: "Research Policy", "Publication Year": 2021, Link: "https://doi.org/10.5555/x.no1", Status: "Read" },
			{ title: "Peer review bias", authors: ["Ren Nakagawa", "Helena Moura"], year: "2021", venue: "Research Policy", doi: "10.5555/x.no1" },
		],
		[
			"Omnivore: date_published (not date_saved)",
			{ id: "01HQ8Z4", title: "Urban trees", author: "Helena Moura, Tomás Alvarez", url: "https://doi.org/10.5555/x.om1", date_saved: "2024-02-11T10:22:00Z", date_published: "2022-06-01T00:00:00Z" },
			{ title: "Urban trees", authors: ["Helena Moura", "Tomás Alvarez"], year: "2022", doi: "10.5555/x.om1" },
		],
		[
			"a PubMed id makes a titled note a reference, as a DOI does",
			{ title: "Fascia iliaca block", authors: "Okoye C, Whitfield RA.", citation: "Emerg Med J. 2019 Aug;36(8):471-476.", pmid: "31212345" },
			{ title: "Fascia iliaca block", pubmedId: "31212345", year: null },
		],
	])("%s", (_name, fm, expected) => {
		expect(isReferenceNote(fm)).toBe(true);
		expect(read(fm)).toMatchObject(expected);
	});

	it.each<[string, Record<string, unknown>, Read]>([
		["the note's own fields come first (MEDLINE)", { PMID: "1", TI: "Tagged title", DP: "2019", title: "Own title", year: 2020 }, { title: "Own title", year: "2020" }],
		["the note's own fields come first (OpenAlex JSON)", { title: "Own title", display_name: "Display name", publication_year: 2021, authors: ["Ada Okonkwo"], authorships: [{ author: { display_name: "Someone Else" } }] }, { title: "Own title", authors: ["Ada Okonkwo"] }],
		["an id that is not an arXiv page is no arXiv id", { id: "https://example.org/abs/2001.05555", title: "T", author: "Ada Okonkwo", year: 2020 }, { arxivId: null }],
		["MEDLINE: a collective author (CN) is the byline when no person is listed", { PMID: "3", TI: "T", DP: "2021", CN: "HIP-TXA Trial Collaborators" }, { authors: ["HIP-TXA Trial Collaborators"] }],
		["MEDLINE: people before the collective author", { PMID: "4", TI: "T", DP: "2021", FAU: ["Mendes, Rui"], CN: "HIP-TXA Trial Collaborators" }, { authors: ["Rui Mendes"] }],
		["Semantic Scholar's publicationDate when its year is null", { title: "T", year: null, publicationDate: "2017-04-11", authors: [{ name: "Grace Mwangi" }] }, { year: "2017" }],
		["OpenAlex's publication_date without publication_year", { display_name: "T", publication_date: "2016-02-01", authorships: [{ author: { display_name: "Grace Mwangi" } }] }, { title: "T", year: "2016" }],
		["a MEDLINE id without [doi] is not the DOI", { PMID: "2", TI: "T", DP: "2019", LID: "S0007-1323(18)00001-1 [pii]" }, { doi: null }],
		["a Zotero single-field creator's name is kept whole, comma and all", { title: "T", year: 2020, creators: [{ name: "Department of Health, Victoria", creatorType: "author" }] }, { authors: ["Department of Health, Victoria"] }],
		["a page's identifier that is no DOI is not the DOI", { "dc.title": "T", "dc.date": "2020", "dc.identifier": "ISSN 1234-5678", "dc.creator": "Jan Bakker" }, { doi: null }],
		["the note's own fields come first (another language's names)", { title: "Own title", titel: "Eigener Titel", year: 2020, jahr: 2019, author: "Ada Okonkwo" }, { title: "Own title", year: "2020" }],
		["a PubMed id: MEDLINE's PMID", { PMID: "31000001", TI: "T", DP: "2019" }, { pubmedId: "31000001" }],
		["a PubMed id: a pmid field with its prefix", { title: "T", year: 2020, author: "Ada Okonkwo", pmid: "PMID: 31000002" }, { pubmedId: "31000002" }],
		["a PubMed id: an OpenAlex record's ids.pmid", { display_name: "T", publication_year: 2020, ids: { pmid: "https://pubmed.ncbi.nlm.nih.gov/31000003" } }, { pubmedId: "31000003" }],
		["a PubMed id: Semantic Scholar's externalIds", { title: "T", year: 2020, authors: [{ name: "Ada Okonkwo" }], externalIds: { PubMed: "31000004" } }, { pubmedId: "31000004" }],
		["a PubMed id: Zotero's Extra", { title: "T", year: 2020, author: "Ada Okonkwo", extra: "PMID: 31000005\nPMCID: PMC7000005" }, { pubmedId: "31000005" }],
		["a PubMed id: a pubmed link", { title: "T", year: 2020, author: "Ada Okonkwo", url: "https://pubmed.ncbi.nlm.nih.gov/31000006/" }, { pubmedId: "31000006" }],
		["no PubMed id: another site's link ending in digits", { title: "T", year: 2020, author: "Ada Okonkwo", url: "https://example.org/papers/31000007" }, { pubmedId: undefined }],
		["no PubMed id: a pmid field that holds none", { title: "T", year: 2020, author: "Ada Okonkwo", pmid: "n/a" }, { pubmedId: undefined }],
		["a DOI among the note's identifiers, beside a trial registration", { title: "T", year: 2021, author: "Ada Okonkwo", identifier: ["NCT04123456", "doi:10.5555/x.id1"] }, { doi: "10.5555/x.id1" }],
		["an identifier that is no DOI is not the DOI", { title: "T", year: 2021, author: "Ada Okonkwo", identifier: ["ISBN 978-1-4773-0000-0", "NCT04123456"] }, { doi: null }],
		["an RT that is no RefWorks type marks no RefWorks record", { title: "T", year: 2020, RT: "5", T1: "Tagged", author: "Ada Okonkwo" }, { title: "T" }],
	])("%s", (_name, fm, expected) => {
		expect(read(fm)).toMatchObject(expected);
	});

	it.each<[string, Record<string, unknown>]>([
		["a display_name alone (a person's or a place's note) is no title", { display_name: "Grace Mwangi", year: 2020 }],
		["a references: block of several works is a bibliography, not one reference", { references: [{ id: "a", type: "article-journal", title: "A", issued: [{ year: 2020 }] }, { id: "b", type: "book", title: "B", issued: [{ year: 2021 }] }] }],
		["TI without PMID or DP is not a MEDLINE record", { TI: "Tagged title", AU: ["Ferreira T"] }],
		["a schema.org Person or Organization is no work", { "@type": "Person", name: "Grace Mwangi", datePublished: "2020-01-01" }],
		["a Notion page of a person: a Name and a year, no authors", { Name: "Grace Mwangi", Role: "Co-author", Year: 2020 }],
		["a saved page's date alone is no year", { title: "Urban trees", author: "Helena Moura", date_saved: "2024-02-11T10:22:00Z" }],
		["a pmid field that holds no id makes no reference", { title: "Fascia iliaca block", pmid: "n/a" }],
	])("%s", (_name, fm) => {
		expect(isReferenceNote(fm)).toBe(false);
	});
});
