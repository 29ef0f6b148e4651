// Two ways reference styles write a journal's name that are not the name: astronomy's BibTeX (the
// ADS exports it, and AAS, MNRAS and A&A templates expect it) writes the journal as a macro of
// the AAS's list ("\mnras", "\apjl", "\aap"), and NLM/Vancouver style adds a label in brackets for
// the medium or state of the copy ("PLoS One [Internet]", "JAMA Netw Open. [Epub ahead of print]",
// "medRxiv [Preprint]"). The note's venue is read as the name the macro stands for, without the label.
import type { Rule } from "./types";

/** The AAS journal macros (aas_macros.sty, as the ADS writes them) and the names they print. */
const AAS_MACROS: Record<string, string> = {
	aj: "Astronomical Journal", actaa: "Acta Astronomica", araa: "Annual Review of Astronomy and Astrophysics",
	apj: "Astrophysical Journal", apjl: "Astrophysical Journal Letters", apjs: "Astrophysical Journal Supplement Series",
	ao: "Applied Optics", apss: "Astrophysics and Space Science", aap: "Astronomy and Astrophysics",
	aapr: "Astronomy and Astrophysics Review", aaps: "Astronomy and Astrophysics Supplement Series",
	azh: "Astronomicheskii Zhurnal", baas: "Bulletin of the American Astronomical Society",
	caa: "Chinese Astronomy and Astrophysics", cjaa: "Chinese Journal of Astronomy and Astrophysics", icarus: "Icarus",
	jcap: "Journal of Cosmology and Astroparticle Physics", jrasc: "Journal of the Royal Astronomical Society of Canada",
	memras: "Memoirs of the Royal Astronomical Society", mnras: "Monthly Notices of the Royal Astronomical Society",
	na: "New Astronomy", nar: "New Astronomy Reviews", pra: "Physical Review A", prb: "Physical Review B",
	prc: "Physical Review C", prd: "Physical Review D", pre: "Physical Review E", prl: "Physical Review Letters",
	pasa: "Publications of the Astronomical Society of Australia", pasp: "Publications of the Astronomical Society of the Pacific",
	pasj: "Publications of the Astronomical Society of Japan", psj: "Planetary Science Journal",
	qjras: "Quarterly Journal of the Royal Astronomical Society", rmxaa: "Revista Mexicana de Astronomía y Astrofísica",
	skytel: "Sky and Telescope", solphys: "Solar Physics", sovast: "Soviet Astronomy", ssr: "Space Science Reviews",
	zap: "Zeitschrift für Astrophysik", nat: "Nature", iaucirc: "IAU Circulars", aplett: "Astrophysics Letters",
	bain: "Bulletin of the Astronomical Institutes of the Netherlands", fcp: "Fundamentals of Cosmic Physics",
	gca: "Geochimica et Cosmochimica Acta", grl: "Geophysical Research Letters", jcp: "Journal of Chemical Physics",
	jgr: "Journal of Geophysical Research", jqsrt: "Journal of Quantitative Spectroscopy and Radiative Transfer",
	memsai: "Memorie della Società Astronomica Italiana", nphysa: "Nuclear Physics A", physrep: "Physics Reports",
	physscr: "Physica Scripta", planss: "Planetary and Space Science", procspie: "Proceedings of the SPIE",
};

/**
 * The ADS's abbreviations of the same journals, as astronomers write them in a journal field
 * ("ApJ", "A&A", "ARA&A"; BibTeX escapes the ampersand: "A\&A"), in their exact capitals: the
 * whole field one abbreviation.
 */
const ADS_ABBREVIATIONS: Record<string, string> = {
	ApJ: AAS_MACROS.apj, ApJL: AAS_MACROS.apjl, ApJS: AAS_MACROS.apjs, AJ: AAS_MACROS.aj, "A&A": AAS_MACROS.aap,
	"A&AS": AAS_MACROS.aaps, "A&ARv": AAS_MACROS.aapr, "ARA&A": AAS_MACROS.araa, "Ap&SS": AAS_MACROS.apss,
	MNRAS: AAS_MACROS.mnras, PASP: AAS_MACROS.pasp, PASJ: AAS_MACROS.pasj, PASA: AAS_MACROS.pasa, PSJ: AAS_MACROS.psj,
	JCAP: AAS_MACROS.jcap, AN: "Astronomische Nachrichten", SSRv: AAS_MACROS.ssr, SoPh: AAS_MACROS.solphys,
	PhRvL: AAS_MACROS.prl, PhRvD: AAS_MACROS.prd, PhRvC: AAS_MACROS.prc, PhRvB: AAS_MACROS.prb, PhRvA: AAS_MACROS.pra,
	NatAs: "Nature Astronomy", RNAAS: "Research Notes of the AAS",
};

/** "\mnras", "{\mnras}": the whole field one macro. */
const MACRO = /^\{?\\([a-z]+)\}?$/;
/** NLM's labels of the copy cited, anywhere in the journal field. */
const NLM_LABEL = /\[(?:internet|epub ahead of print|preprint|electronic resource|serial online|online)\]/gi;

/** The journal's name as a note's venue field writes it, without an NLM label and with an AAS macro spelt out. */
export function venueAsNamed(venue: string): string {
	const macro = venue.length <= 12 ? MACRO.exec(venue.trim()) : null;
	if (macro) return Object.prototype.hasOwnProperty.call(AAS_MACROS, macro[1]) ? AAS_MACROS[macro[1]] : venue;
	if (venue.length <= 9) {
		const written = venue.trim().replace(/^\{(.*)\}$/, "$1").replace(/\\&/g, "&");
		if (Object.prototype.hasOwnProperty.call(ADS_ABBREVIATIONS, written)) return ADS_ABBREVIATIONS[written];
	}
	if (!venue.includes("[")) return venue;
	const bare = venue.replace(NLM_LABEL, " ").replace(/\s+/g, " ").trim();
	return bare === "" ? venue : bare;
}

export const venueWrittenForms: Rule = {
	id: "venue-written-forms",
	name: "Journal macros and NLM labels",
	summary: "A journal written as an AAS macro (\"\\mnras\", \"\\apjl\", \"\\aap\", as the ADS exports astronomy's BibTeX) or as the ADS abbreviates it (\"ApJL\", \"A&A\", \"ARA&A\", in those capitals) names the journal the macro prints, and an NLM label after a journal (\"[Internet]\", \"[Epub ahead of print]\", \"[Preprint]\") says which copy was read, not which journal, so neither is a venue difference.",
	examples: [
		{
			local: { citekey: "2017MNRAS.470.1234B", title: "{Cold gas in the haloes of Milky Way analogues}", author: "{Brandt}, I. and {Arai}, K.", journal: "\\mnras", year: 2017, doi: "10.5555/rules.vw.1" },
			remote: { title: "Cold gas in the haloes of Milky Way analogues", authors: ["Ilse Brandt", "Keiko Arai"], year: 2017, venue: "Monthly Notices of the Royal Astronomical Society", doi: "10.5555/rules.vw.1" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { citekey: "2020ApJ...899L..11W", title: "{A Repeating Burst from a Magnetar in a Globular Cluster}", author: "{Wrona}, T.", journal: "{\\apjl}", year: 2020 },
			remote: { candidates: [{ title: "A repeating burst from a magnetar in a globular cluster", authors: ["Tomasz Wrona"], year: 2020, venue: "The Astrophysical Journal Letters" }] },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			// the ADS's abbreviation, its ampersand escaped as BibTeX writes it
			local: { citekey: "2018A&A...615A..42B", title: "{Lithium in Open Cluster Dwarfs}", author: "{Brandt}, Ilse and {Arai}, Keiko", journal: "A\\&A", year: 2018, doi: "10.5555/rules.vw.ads1" },
			remote: { title: "Lithium in open cluster dwarfs", authors: ["Ilse Brandt", "Keiko Arai"], year: 2018, venue: "Astronomy and Astrophysics", doi: "10.5555/rules.vw.ads1" },
			verdict: "confirmed",
			note: "",
		},
		{
			local: { citekey: "2021ApJ...912L..15W", title: "{A Fast Radio Burst in a Nearby Spiral}", author: "{Wrona}, Tomasz", journal: "ApJL", year: 2021 },
			remote: { candidates: [{ title: "A fast radio burst in a nearby spiral", authors: ["Tomasz Wrona"], year: 2021, venue: "The Astrophysical Journal Letters" }] },
			verdict: "confirmed",
			note: "",
		},
		{
			// a macro names one journal: another journal's record is still a venue difference
			local: { citekey: "2019ApJ...880...11B", title: "{Metal Mixing in Dwarf Galaxy Outflows}", author: "{Brandt}, I.", journal: "\\apj", year: 2019, doi: "10.5555/rules.vw.3" },
			remote: { title: "Metal mixing in dwarf galaxy outflows", authors: ["Ilse Brandt"], year: 2019, venue: "Monthly Notices of the Royal Astronomical Society", doi: "10.5555/rules.vw.3" },
			verdict: "minor",
			note: "venue: 'Astrophysical Journal' vs 'Monthly Notices of the Royal Astronomical Society'",
		},
		{
			local: { title: "Hand hygiene audits in outpatient dialysis units", authors: "Mensah R, Quintero R", journal: "PLoS One [Internet]", year: "2019 [cited 2021 Mar 2]", doi: "10.5555/rules.vw.4" },
			remote: { title: "Hand hygiene audits in outpatient dialysis units", authors: ["Ruth Mensah", "Rosa Quintero"], year: 2019, venue: "PLoS ONE", doi: "10.5555/rules.vw.4" },
			verdict: "confirmed",
			note: "differ only by initials",
		},
		{
			local: { title: "Sleep duration and delirium after cardiac surgery", authors: "Quintero R, Mehta A", journal: "Crit Care Med. [Epub ahead of print]", year: 2023 },
			remote: { candidates: [{ title: "Sleep duration and delirium after cardiac surgery", authors: ["Rosa Quintero", "Aarav Mehta"], year: 2023, venue: "Critical Care Medicine" }] },
			verdict: "confirmed",
			note: "differ only by initials",
		},
	],
};
