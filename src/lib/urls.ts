// Web addresses as notes write them (a `url`, the Web Clipper's `source`).

/** The host of an http(s) address, lower case, without "www." ("https://www.Nature.com/x" → "nature.com"); null for anything else. */
export function hostOf(url: string | null): string | null {
	if (!url) return null;
	const m = /^https?:\/\/([^/?#]+)/i.exec(url.trim());
	return m ? m[1].toLowerCase().replace(/^www\./, "") : null;
}
