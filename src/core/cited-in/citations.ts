// Pandoc citations (`[@key]`, `[@a; @b]`, `@key`) and internal links (wikilinks, embeds,
// relative Markdown links) in a page's text, outside frontmatter, code and comments. Pure.

export interface PageCitations {
	/** Pandoc citation keys, in order of first appearance, without duplicates. */
	keys: string[];
	/** Link paths of wikilinks, embeds and relative Markdown links, without duplicates. */
	links: string[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE = /(`+)[^`\n]*?\1/g;
const COMMENTS = /<!--[\s\S]*?-->|%%[\s\S]*?%%/g;
// Pandoc: a key starts with a letter, digit or `_`; internal punctuation `:.#$%&-+?<>~/` is
// allowed only when followed by a key character. `@{…}` keeps anything but braces and spaces.
const KEY_AT = /\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/uy;
/** Before an in-text `@key`: not a word, e-mail, URL or bracket character. */
const NOT_BEFORE_IN_TEXT = /[\p{L}\p{N}_@.:/\-+\][]/u;
const BEFORE_IN_BRACKET = /[\s;-]/;
const MD_LINK = /\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** `text` with every match of `re` after `from` replaced by spaces (newlines kept, offsets unchanged). */
function blankMatches(text: string, re: RegExp, from: number): string {
	re.lastIndex = from;
	const parts: string[] = [];
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const end = m.index + m[0].length;
		if (end === m.index) {
			re.lastIndex++;
			continue;
		}
		parts.push(text.slice(last, m.index), m[0].includes("\n") ? m[0].replace(/[^\n]/g, " ") : " ".repeat(m[0].length));
		last = end;
	}
	if (parts.length === 0) return text;
	parts.push(text.slice(last));
	return parts.join("");
}

/**
 * The text to scan and where prose starts: frontmatter is skipped by offset; code and comments,
 * when present, are blanked (newlines kept) so nothing inside them is read.
 */
function proseOf(text: string): { body: string; from: number } {
	const fm = FRONTMATTER.exec(text);
	const from = fm ? fm[0].length : 0;
	const hasCode = text.includes("`", from) || text.includes("~~~", from);
	const hasComment = text.includes("<!--", from) || text.includes("%%", from);
	if (!hasCode && !hasComment) return { body: text, from };
	let body = text;
	if (hasCode) body = blankMatches(blankMatches(body, FENCE, from), INLINE_CODE, from);
	if (hasComment) body = blankMatches(body, COMMENTS, from);
	return { body, from };
}

function keyAt(text: string, pos: number): string | null {
	KEY_AT.lastIndex = pos;
	const m = KEY_AT.exec(text);
	return m ? (m[1] ?? m[2]) : null;
}

const OPEN = 91; // [
const CLOSE = 93; // ]
const NEWLINE = 10;

/** The `[`…`]` on the same line around `pos` with no other bracket between, or null. */
function enclosingBracket(text: string, pos: number): [number, number] | null {
	let b = pos - 1;
	let c = 0;
	while (b >= 0 && (c = text.charCodeAt(b)) !== OPEN && c !== CLOSE && c !== NEWLINE) b--;
	if (b < 0 || c !== OPEN) return null;
	let f = pos + 1;
	while (f < text.length && (c = text.charCodeAt(f)) !== CLOSE && c !== OPEN && c !== NEWLINE) f++;
	return f < text.length && c === CLOSE ? [b, f] : null;
}

/** `[[…]]` and `![[…]]` spans (as the WIKI pattern matches them), found with indexOf. */
function wikilinks(body: string, from: number, take: (start: number, end: number, inner: string) => void): void {
	let lastEnd = 0;
	for (let i = body.indexOf("[[", from); i >= 0; i = body.indexOf("[[", i + 1)) {
		if (i < lastEnd) continue;
		const close = body.indexOf("]", i + 2);
		if (close < 0) return;
		if (close === i + 2 || body.charCodeAt(close + 1) !== CLOSE) continue;
		const nl = body.indexOf("\n", i + 2);
		if (nl >= 0 && nl < close) continue;
		lastEnd = close + 2;
		take(i - 1 >= from && body.charCodeAt(i - 1) === 33 /* ! */ ? i - 1 : i, lastEnd, body.slice(i + 2, close));
	}
}

/** `[text](target "title")` links (as the MD_LINK pattern matches them), found from each `](`. */
function markdownLinks(body: string, from: number, take: (start: number, end: number, href: string) => void): void {
	let lastEnd = from;
	for (let j = body.indexOf("](", from); j >= 0; j = body.indexOf("](", j + 2)) {
		// The leftmost `[` after the last `]` or newline before j.
		let b = j - 1;
		let start = -1;
		let c = 0;
		while (b >= lastEnd && (c = body.charCodeAt(b)) !== CLOSE && c !== NEWLINE) {
			if (c === OPEN) start = b;
			b--;
		}
		if (start < 0) continue;
		MD_LINK.lastIndex = start;
		const m = MD_LINK.exec(body);
		if (!m || m.index !== start) continue;
		lastEnd = start + m[0].length;
		take(start, lastEnd, m[1]);
		j = lastEnd - 2;
	}
}

/**
 * Pandoc citations and internal links in a page's text. Walks the `@` positions (indexOf) rather
 * than rewriting the whole text several times: a vault's worth of pages is scanned at start-up.
 */
export function scanCitations(text: string): PageCitations {
	const hasAt = text.includes("@");
	const hasWiki = text.includes("[[");
	const hasMdLink = text.includes("](");
	if (!hasAt && !hasWiki && !hasMdLink) return { keys: [], links: [] };
	// Arrays, not Sets: a page has few keys and links, and a vault has many pages.
	const add = (list: string[], item: string) => {
		if (!list.includes(item)) list.push(item);
	};
	const { body, from } = proseOf(text);
	const links: string[] = [];
	// Link spans: an @ inside [[…]] or [text](url) is not a citation.
	const linkSpans: Array<[number, number]> = [];
	if (hasWiki) {
		wikilinks(body, from, (start, end, inner) => {
			linkSpans.push([start, end]);
			let cut = inner.length;
			const bar = inner.indexOf("|");
			if (bar >= 0) cut = bar;
			const hash = inner.indexOf("#");
			if (hash >= 0 && hash < cut) cut = hash;
			const lp = inner.slice(0, cut).trim();
			if (lp) add(links, lp);
		});
	}
	if (hasMdLink) markdownLinks(body, from, (start, end, href) => {
		linkSpans.push([start, end]);
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) return;
		let lp = href.split("#")[0];
		try {
			lp = decodeURIComponent(lp);
		} catch {
			// keep the raw text
		}
		if (lp) add(links, lp.replace(/^\.\//, ""));
	});
	const keys: string[] = [];
	if (hasAt) {
		const inLink = (pos: number) => linkSpans.some(([s, e]) => pos >= s && pos < e);
		// Text right after a link or a bracketed citation reads as after a space.
		const afterLink = (pos: number) => linkSpans.some(([, e]) => e === pos);
		let bracketEnd = -1;
		for (let at = body.indexOf("@", from); at >= 0; at = body.indexOf("@", at + 1)) {
			const bracket = enclosingBracket(body, at);
			let cites: boolean;
			if (bracket && body[bracket[0] - 1] !== "[" && body[bracket[1] + 1] !== "]" && body[bracket[1] + 1] !== "(") {
				cites = at === bracket[0] + 1 || BEFORE_IN_BRACKET.test(body[at - 1]);
				bracketEnd = bracket[1];
			} else {
				cites = (at === 0 || at - 1 === bracketEnd || afterLink(at) || !NOT_BEFORE_IN_TEXT.test(body[at - 1])) && !inLink(at);
			}
			const key = cites ? keyAt(body, at + 1) : null;
			if (key) add(keys, key);
		}
	}
	return { keys, links };
}
