// Test support: the fixture corpus loaded into the fake vault, and an index built from it the
// way the plugin does (metadata-cache frontmatter, page text, getFirstLinkpathDest).
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { MetadataCache, Vault } from "../fake-obsidian/vault";
import { CitedInIndex, DEFAULT_CITED_IN_INDEX_SETTINGS, type CitedInIndexSettings, type IndexedNote } from "../../src/core/cited-in/reverse-index";

export const CORPUS_DIR = join(__dirname, "..", "fixtures", "corpus");

export function corpusFiles(dir = CORPUS_DIR): Array<{ path: string; text: string }> {
	const out: Array<{ path: string; text: string }> = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push({ path: relative(dir, full).split("\\").join("/"), text: readFileSync(full, "utf8") });
		}
	};
	walk(dir);
	return out;
}

export function corpusVault(): { vault: Vault; cache: MetadataCache } {
	const vault = new Vault();
	const cache = new MetadataCache(vault);
	for (const f of corpusFiles()) vault.seed(f.path, f.text);
	return { vault, cache };
}

export function noteOf(vault: Vault, cache: MetadataCache, path: string): IndexedNote {
	return { path, frontmatter: cache.getCache(path)?.frontmatter ?? null, text: vault.peek(path) };
}

export function indexOf(vault: Vault, cache: MetadataCache, fields: CitedInIndexSettings = DEFAULT_CITED_IN_INDEX_SETTINGS): CitedInIndex {
	return CitedInIndex.build(
		vault.getFiles().map((f) => noteOf(vault, cache, f.path)),
		{ ...fields, resolveLinkpath: (lp, src) => cache.getFirstLinkpathDest(lp, src)?.path ?? null },
	);
}

const FM = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/;

/**
 * Brute force, independent of the scanner's tokenizer: does `text` cite `key` in Pandoc form?
 * A whole `@key` (not the prefix of a longer key, not inside an e-mail, URL, code or frontmatter).
 */
export function bruteCites(text: string, key: string): boolean {
	return keyPattern(key).test(proseOf(text));
}

// The corpus tests ask about every (page, key) pair: the prose of a page and the pattern of a key
// are each worked out once, not once per pair.
const proses = new Map<string, string>();
const keyPatterns = new Map<string, RegExp>();

/** The text without frontmatter, fenced and inline code, and HTML comments. */
function proseOf(text: string): string {
	let body = proses.get(text);
	if (body === undefined) {
		body = text
			.replace(FM, "")
			.replace(/^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1/gm, "")
			.replace(/`[^`\n]*`/g, "")
			.replace(/<!--[\s\S]*?-->/g, "");
		proses.set(text, body);
	}
	return body;
}

function keyPattern(key: string): RegExp {
	let re = keyPatterns.get(key);
	if (re === undefined) {
		const esc = key.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
		re = new RegExp(`(^|[\\s\\[;(\\-])@(\\{${esc}\\}|${esc}(?![\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/][\\p{L}\\p{N}_]))`, "u");
		keyPatterns.set(key, re);
	}
	return re;
}

// The first, obviously-correct scanner (whole-text regex rewrites), kept as the oracle the fast
// one in src/core/cited-in/citations.ts is checked against.
const O_FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const O_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm;
const O_INLINE_CODE = /(`+)[^`\n]*?\1/g;
const O_COMMENTS = /<!--[\s\S]*?-->|%%[\s\S]*?%%/g;
const O_KEY_BODY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/](?=[\\p{L}\\p{N}_]))*";
const O_BRACKET = /\[([^[\]\n]*@[^[\]\n]*)\](?!\()/g;
const O_IN_BRACKET_KEY = new RegExp(`(?:^|[\\s;\\-])@(?:\\{([^{}\\s]+)\\}|(${O_KEY_BODY}))`, "gu");
const O_IN_TEXT_KEY = new RegExp(`(?<![\\p{L}\\p{N}_@.:/\\-+\\]\\[])@(?:\\{([^{}\\s]+)\\}|(${O_KEY_BODY}))`, "gu");
const O_WIKI = /!?\[\[([^\]\n]+?)\]\]/g;
const O_MD_LINK = /\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const oBlank = (text: string, re: RegExp) => text.replace(re, (m) => m.replace(/[^\n]/g, " "));

export function oracleScan(text: string): { keys: string[]; links: string[] } {
	let body = text.replace(O_FRONTMATTER, (m) => m.replace(/[^\n]/g, " "));
	body = oBlank(oBlank(oBlank(body, O_FENCE), O_INLINE_CODE), O_COMMENTS);
	const keys = new Set<string>();
	// Links are found in the prose first; an @ inside one is never a citation.
	const linkSpans = [...body.matchAll(O_WIKI), ...body.matchAll(O_MD_LINK)].map((m) => [m.index, m.index + m[0].length]);
	const outside = body.replace(O_BRACKET, (m, inner: string, offset: number) => {
		if (body[offset - 1] === "[" || body[offset + m.length] === "]") return m;
		for (const k of inner.matchAll(O_IN_BRACKET_KEY)) keys.add(k[1] ?? k[2]);
		return " ".repeat(m.length);
	});
	let noLinks = outside;
	for (const [s, e] of linkSpans) noLinks = noLinks.slice(0, s) + " ".repeat(e - s) + noLinks.slice(e);
	for (const k of noLinks.matchAll(O_IN_TEXT_KEY)) keys.add(k[1] ?? k[2]);
	const links = new Set<string>();
	for (const m of body.matchAll(O_WIKI)) {
		const lp = m[1].split("|")[0].split("#")[0].trim();
		if (lp) links.add(lp);
	}
	for (const m of body.matchAll(O_MD_LINK)) {
		const href = m[1];
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) continue;
		let lp = href.split("#")[0];
		try {
			lp = decodeURIComponent(lp);
		} catch {
			// keep the raw text
		}
		if (lp) links.add(lp.replace(/^\.\//, ""));
	}
	return { keys: [...keys].sort(), links: [...links].sort() };
}
