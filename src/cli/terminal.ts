// Everything `refcheck` prints goes through here. Text from outside — a server's message, a note's
// file name, a value quoted from OpenAlex — can carry escape sequences (clear the screen, retitle
// the terminal, a hyperlink that shows one address and opens another) or bidirectional overrides
// that reorder what is shown. `terminalSafe` makes any string inert; the `tty` tag applies it to
// every value interpolated into a line, and the printers accept only text built that way
// (`TerminalText`), so an unsanitized string cannot reach the terminal by accident.

declare const checked: unique symbol;
/** Text whose every interpolated value went through terminalSafe. */
export type TerminalText = string & { readonly [checked]: true };

// C0 controls, DEL, C1 controls (0x9B alone starts a sequence in some terminals), and the Unicode
// bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks and tabs become a space; every other control character a visible `\xNN` / `\uNNNN`. */
export function terminalSafe(s: string): string {
	return s.replace(UNSAFE, (c) => {
		const code = c.charCodeAt(0);
		if (code === 0x09 || code === 0x0a || code === 0x0d) return " ";
		return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
	});
}

/** A line of our own text with outside values made safe: tty`refcheck: ${path}: ${reason}`. */
export function tty(strings: TemplateStringsArray, ...values: Array<string | number>): TerminalText {
	let out = strings[0];
	values.forEach((v, i) => {
		out += (typeof v === "number" ? String(v) : terminalSafe(v)) + strings[i + 1];
	});
	return out as TerminalText;
}

/** Joins safe pieces. */
export function joinSafe(parts: readonly TerminalText[], separator = ""): TerminalText {
	return parts.join(separator) as TerminalText;
}

export interface TerminalIO {
	stdout: (s: string) => void;
	stderr: (s: string) => void;
	/** stderr is a terminal: progress redraws one line in place. */
	isTTY?: boolean;
}

export class Terminal {
	private progressShown = false;

	constructor(private readonly io: TerminalIO) {}

	out(text: TerminalText): void {
		this.io.stdout(text);
	}

	err(text: TerminalText): void {
		this.endProgress();
		this.io.stderr(text);
	}

	/** A progress line: redrawn in place on a terminal, else printed every `every` notes and at the end. */
	progress(done: number, total: number, line: TerminalText, every = 25): void {
		if (this.io.isTTY) {
			this.io.stderr(`\r\x1b[2K${line}`);
			this.progressShown = true;
		} else if (done === total || done % every === 0) {
			this.io.stderr(`${line}\n`);
		}
	}

	/** Ends a progress line drawn in place. */
	endProgress(): void {
		if (!this.progressShown) return;
		this.progressShown = false;
		this.io.stderr("\n");
	}
}
