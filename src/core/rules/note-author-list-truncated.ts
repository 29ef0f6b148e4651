import type { Rule } from "./types";

export const noteAuthorListTruncated: Rule = {
	id: "note-author-list-truncated",
	name: "Note lists the first authors",
	summary: "A note whose author list is the start of the record's is truncated, accepted when it ends with \"others\"/\"et al.\" (also after BibTeX's \"and\", as the ADS writes it, and as other languages write it: \"u. a.\", \"et coll.\", \"y cols.\", \"y otros\", \"e col.\", \"e outros\", \"m.fl.\", \"e.a.\", \"и др.\", Chinese \"等\" (after full-width commas too: \"舒琳，邱浩然，等\", or straight after the last name: \"王磊等\"), Japanese \"他\", Korean \"외\"; and a group named by its head: \"Ruiz and co-workers\", \"and colleagues\") and minor otherwise, while APA 7's first authors, \". . .\" and the last author are compared in order at the head and the last with the record's last, so a wrong last author stays major.",
	examples: [
		{
			// "等" straight after the only name, as GB/T 7714 lists often write it
			local: { citekey: "wanglei2019", title: "城市绿地降温效应的空间异质性", authors: "王磊等", year: 2019, doi: "10.5555/rules.nt.han" },
			remote: { title: "城市绿地降温效应的空间异质性", authors: ["王磊", "陈静", "刘洋"], year: 2019, venue: "生态学报", doi: "10.5555/rules.nt.han" },
			verdict: "confirmed",
			note: "authors: the note lists the first 1 of 3 authors and \"others\"",
		},
		{
			// CNKI's own lists: full-width commas before "等"
			local: { citekey: "shu2021", title: "淤地坝淤满年限的流域尺度预测", authors: "舒琳，邱浩然，等", year: 2021, doi: "10.5555/rules.nt.fw" },
			remote: { title: "淤地坝淤满年限的流域尺度预测", authors: ["舒琳", "邱浩然", "高敏"], year: 2021, venue: "地理学报", doi: "10.5555/rules.nt.fw" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 3 authors and \"others\"",
		},
		{
			// Spanish "y otros"
			local: { citekey: "paredes2020", title: "Segregación escolar en ciudades intermedias", authors: "Paredes Rojas, Lucía; Soto, Andrés y otros", year: 2020, doi: "10.5555/rules.nt.otros" },
			remote: { title: "Segregación escolar en ciudades intermedias", authors: ["Lucía Paredes Rojas", "Andrés Soto", "Pilar Ortiz"], year: 2020, venue: "Revista de Educación", doi: "10.5555/rules.nt.otros" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 3 authors and \"others\"",
		},
		{
			// GB/T 7714 (CNKI, Wanfang) closes a list of Chinese names with "等"; the names separated by commas are each a whole name
			local: { citekey: "qiu2019dam", title: "淤地坝拦沙效益的流域尺度评估", authors: "邱浩然, 舒琳, 高敏, 等", year: 2019, doi: "10.5555/rules.nt.deng" },
			remote: { title: "淤地坝拦沙效益的流域尺度评估", authors: ["邱浩然", "舒琳", "高敏", "赵军", "王磊"], year: 2019, venue: "地理学报", doi: "10.5555/rules.nt.deng" },
			verdict: "confirmed",
			note: "the note lists the first 3 of 5 authors and \"others\"",
		},
		{
			// CiNii's Japanese lists close with "他"
			local: { citekey: "tanaka2018kii", title: "Deep-Seated Landslides on the Kii Peninsula after Typhoon Rainfall", authors: "田中博, 佐藤由紀, 他", year: 2018, journal: "地形" },
			remote: { candidates: [{ title: "Deep-seated landslides on the Kii Peninsula after typhoon rainfall", authors: ["田中 博", "佐藤 由紀", "鈴木 健"], year: 2018, venue: "地形" }] },
			verdict: "confirmed",
			note: "the note lists the first 2 of 3 authors and \"others\"",
		},
		{
			// Portuguese "e col." (e colaboradores), as SciELO's Brazilian authors write et al.
			local: { citekey: "souza2018quilombo", title: "Hipertensão arterial em comunidades quilombolas", authors: "Souza, Maria Aparecida; Ribeiro, Tiago e col.", year: 2018, doi: "10.5555/rules.nt.ecol" },
			remote: { title: "Hipertensão arterial em comunidades quilombolas", authors: ["Maria Aparecida Souza", "Tiago Ribeiro", "Ana Lima"], year: 2018, venue: "Cadernos de Saúde Pública", doi: "10.5555/rules.nt.ecol" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 3 authors and \"others\"",
		},
		{
			// German "u. a." (und andere) for et al.
			local: { citekey: "abara2021", title: "Bodenmikroben in Auenwäldern", author: "Abara, Nkem u. a.", year: 2021, doi: "10.5555/rules.nt.ua" },
			remote: { title: "Bodenmikroben in Auenwäldern", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi"], year: 2021, venue: "Soil Biology Letters", doi: "10.5555/rules.nt.ua" },
			verdict: "confirmed",
			note: "the note lists the first 1 of 3 authors and \"others\"",
		},
		{
			// the ADS caps its lists with BibTeX's "and" before "et al."
			local: { citekey: "2020MNRAS.491.2345A", title: "{Quenching in Massive Groups}", author: "{Abara}, N. and {Dufresne}, L. and et al.", journal: "\\mnras", year: 2020, doi: "10.5555/rules.nt.ads" },
			remote: { title: "Quenching in massive groups", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen"], year: 2020, venue: "Monthly Notices of the Royal Astronomical Society", doi: "10.5555/rules.nt.ads" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 4 authors and \"others\"",
		},
		{
			local: { citekey: "abara2022", title: "A Consortium Atlas of Soil Microbes", author: "Abara, Nkem and Dufresne, Lise and others", year: 2022, doi: "10.5555/rules.nt.1" },
			remote: { title: "A consortium atlas of soil microbes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Rui Almeida"], year: 2022, venue: "Soil Biology Letters", doi: "10.5555/rules.nt.1" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 5 authors and \"others\"",
		},
		{
			local: { citekey: "abara2023", title: "Seasonal Turnover in Soil Microbes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi"], year: 2023, doi: "10.5555/rules.nt.2" },
			remote: { title: "Seasonal turnover in soil microbes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Rui Almeida", "Jonas Weller"], year: 2023, venue: "Soil Biology Letters", doi: "10.5555/rules.nt.2" },
			verdict: "minor",
			note: "the note lists the first 3 of 6 authors",
		},
		{
			// APA 7: the first 19 authors, ". . ." and the last one
			local: { citekey: "abara2024", title: "A Many-Site Census of Soil Microbes", author: "Abara, N., Dufresne, L., Haddadi, O., . . . Weller, J.", year: 2024, doi: "10.5555/rules.nt.3" },
			remote: { title: "A many-site census of soil microbes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Rui Almeida", "Jonas Weller"], year: 2024, venue: "Soil Biology Letters", doi: "10.5555/rules.nt.3" },
			verdict: "confirmed",
			note: "the note lists the first 3 and the last of 6 authors",
		},
		{
			// the same list whose last author is not the record's last
			local: { citekey: "abara2024wrong", title: "A Many-Site Census of Soil Microbes", author: "Abara, N., Dufresne, L., Haddadi, O., . . . Moreno, T.", year: 2024, doi: "10.5555/rules.nt.4" },
			remote: { title: "A many-site census of soil microbes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Rui Almeida", "Jonas Weller"], year: 2024, venue: "Soil Biology Letters", doi: "10.5555/rules.nt.4" },
			verdict: "major",
			note: "not in the remote record: 'T. Moreno'",
		},
		{
			// the list as a list, found by its title; the last author is in the record but not last
			local: { citekey: "abara2025", title: "Soil Microbes across a Continental Transect", authors: ["Abara, N.", "Dufresne, L.", "…", "Weller, J."], year: 2025, journal: "Soil Biology Letters" },
			remote: { candidates: [{ title: "Soil microbes across a continental transect", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Jonas Weller", "Pia Kettunen", "Rui Almeida"], year: 2025, venue: "Soil Biology Letters" }] },
			verdict: "minor",
			note: "order differs ('J. Weller' is the record's author 4 of 6, not its last)",
		},
		{
			local: { citekey: "abara2025b", title: "Soil Microbes across an Alpine Transect", authors: ["Abara, N.", "Dufresne, L.", "…", "Weller, J."], year: 2025, journal: "Soil Biology Letters" },
			remote: { candidates: [{ title: "Soil microbes across an alpine transect", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen", "Rui Almeida", "Jonas Weller"], year: 2025, venue: "Soil Biology Letters" }] },
			verdict: "confirmed",
			note: "the note lists the first 2 and the last of 6 authors",
		},
		{
			// a group named by its head, as chemists and life scientists write it
			local: { title: "Nickel-catalysed hydroamination of dienes", authors: "Abara and co-workers", year: 2021, journal: "Chem. Sci.", doi: "10.5555/rules.nt.cow" },
			remote: { title: "Nickel-catalysed hydroamination of dienes", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi", "Pia Kettunen"], year: 2021, venue: "Chemical Science", doi: "10.5555/rules.nt.cow" },
			verdict: "confirmed",
			note: "\"others\"",
		},
		{
			local: { citekey: "abara2022coll", title: "Ligand Effects in Nickel Hydroamination", author: "Abara, Nkem and Dufresne, Lise and colleagues", journal: "Chem. Sci.", year: 2022, doi: "10.5555/rules.nt.col" },
			remote: { title: "Ligand effects in nickel hydroamination", authors: ["Nkem Abara", "Lise Dufresne", "Omar Haddadi"], year: 2022, venue: "Chemical Science", doi: "10.5555/rules.nt.col" },
			verdict: "confirmed",
			note: "the note lists the first 2 of 3 authors and \"others\"",
		},
	],
};
