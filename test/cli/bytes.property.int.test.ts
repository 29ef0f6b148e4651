// Issue 17, as a property: whatever bytes a note holds outside its frontmatter (any encoding,
// binary data), whatever text its frontmatter holds besides the reference (any Unicode), with a BOM
// or without, LF or CRLF, with an earlier log or none — after `refcheck check`, every byte outside
// the check_log entry is the byte that was there.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { runRefcheck } from "../support/refcheck-run";
import { logStatus, noteText, trustWorks, withoutLogBytes } from "../support/trust-notes";

let server: FakeOpenAlex;
let dir = "";
beforeAll(async () => {
	server = await startFakeOpenAlex({ works: trustWorks(3) });
});
afterAll(async () => {
	await server.close();
});
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-bytes-"));
});

/** Text for a frontmatter comment: any characters but line breaks and other controls. */
// eslint-disable-next-line no-control-regex -- keeping control characters out is the point
const commentText = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u0085]/g, "?"));

interface NoteShape {
	bom: boolean;
	crlf: boolean;
	comment: string;
	earlierLog: boolean;
	body: Uint8Array;
}

const noteShape: fc.Arbitrary<NoteShape> = fc.record({
	bom: fc.boolean(),
	crlf: fc.boolean(),
	comment: commentText,
	earlierLog: fc.boolean(),
	body: fc.uint8Array({ maxLength: 3000 }),
});

function noteBytes(i: number, shape: NoteShape): Buffer {
	let text = noteText(i).slice(0, noteText(i).indexOf("---\n", 4));
	text += `# ${shape.comment}\n`;
	if (shape.earlierLog) text += "check_log:\n  checked_with: another-tool\n  status: confirmed\n";
	text += "---\n";
	if (shape.crlf) text = text.replace(/\n/g, "\r\n");
	return Buffer.concat([shape.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8"), Buffer.from(shape.body)]);
}

describe("issue 17: bytes outside check_log (property)", () => {
	it("after a check, every byte outside the check_log entry is identical", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(noteShape, { minLength: 1, maxLength: 3 }), async (shapes) => {
				rmSync(dir, { recursive: true, force: true });
				mkdirSync(join(dir, "refs"), { recursive: true });
				const before = shapes.map((shape, i) => noteBytes(i, shape));
				before.forEach((bytes, i) => writeFileSync(join(dir, "refs", `n${i}.md`), bytes));
				const res = await runRefcheck(dir, server.url, ["--force"]);
				expect(res.code, res.out + res.err).toBe(0);
				before.forEach((bytes, i) => {
					const after = readFileSync(join(dir, "refs", `n${i}.md`));
					expect(logStatus(after)).toBe("confirmed");
					expect(withoutLogBytes(after).equals(withoutLogBytes(bytes))).toBe(true);
				});
			}),
			{ numRuns: 40, seed: 17 },
		);
		rmSync(dir, { recursive: true, force: true });
	});
});
