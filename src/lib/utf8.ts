// UTF-8 at the byte level, for text that arrives as bytes (file names, note files): whether bytes
// are valid UTF-8, and a readable rendering of bytes that are not (each stray byte as \xNN).

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as text when they are valid UTF-8 (a BOM is kept as U+FEFF), else null. */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return strict.decode(bytes);
	} catch {
		return null;
	}
}

/** Length of the valid UTF-8 sequence starting at `i`, 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const lead = bytes[i];
	const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
	if (n <= 1 || i + n > bytes.length) return n === 1 ? 1 : 0;
	return decodeUtf8(bytes.subarray(i, i + n)) === null ? 0 : n;
}

/** The bytes as text, every byte that is not part of valid UTF-8 written as `\xNN`. */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
	let out = "";
	let run = 0;
	for (let i = 0; i < bytes.length; ) {
		const n = sequenceLength(bytes, i);
		if (n > 0) {
			i += n;
			continue;
		}
		out += `${strict.decode(bytes.subarray(run, i))}\\x${bytes[i].toString(16).toUpperCase().padStart(2, "0")}`;
		i++;
		run = i;
	}
	return out + strict.decode(bytes.subarray(run));
}
