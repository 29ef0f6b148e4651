// Issue 17, notes and the file system: `refcheck check` reads and writes notes as bytes, keeps
// modes, owners and links, never overwrites an edit it did not see, never writes its report over a
// note, and names every note it could not read or write — without stopping the run.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawn } from "child_process";
import {
	chmodSync,
	chownSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readlinkSync,
	rmSync,
	statSync,
	symlinkSync,
	unlinkSync,
	writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import type { CliIO } from "../../src/cli/run";
import { fetchTransport } from "../../src/cli/fetch-transport";
import { startFakeOpenAlex, type FakeOpenAlex } from "../support/fake-openalex";
import { IS_ROOT, NOBODY, runRefcheck, spawnRefcheck } from "../support/refcheck-run";
import { logStatus, noteText, trustWorks, withoutLogBytes } from "../support/trust-notes";

let server: FakeOpenAlex | null = null;
let dir = "";
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "refcheck-trust-"));
});
afterEach(async () => {
	await server?.close();
	server = null;
	rmSync(dir, { recursive: true, force: true });
	rmSync(`${dir}-outside`, { recursive: true, force: true });
});

async function serve() {
	server = await startFakeOpenAlex({ works: trustWorks(12) });
	return server.url;
}

function put(path: string, content: string | Buffer): string {
	const abs = join(dir, path);
	mkdirSync(dirname(abs), { recursive: true });
	writeFileSync(abs, content);
	return abs;
}

/** A transport that runs `act` once, before the first request leaves (the run has read its notes). */
function beforeFirstRequest(act: () => void): CliIO["transport"] {
	const inner = fetchTransport();
	let done = false;
	return (req) => {
		if (!done) {
			done = true;
			act();
		}
		return inner(req);
	};
}

describe("issue 17: notes as bytes", () => {
	it("1 keeps every byte outside check_log whatever the encoding, and names (never writes) a note whose frontmatter is not UTF-8", async () => {
		const base = await serve();
		// Latin-1 text in the body, a stray byte, then 64 KiB of binary data.
		const binary = Buffer.alloc(65_536);
		for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919 + (i >> 8)) & 0xff;
		const latin1 = Buffer.concat([Buffer.from(noteText(0)), Buffer.from("Caf\xe9 cr\xe8me, na\xefve co\xf6peration.\n", "latin1"), Buffer.from([0xc3, 0x28, 0xff, 0x0a]), binary]);
		// CRLF line endings and a BOM, Latin-1 in the body.
		const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(noteText(1).replace(/\n/g, "\r\n")), Buffer.from("r\xe9sum\xe9\r\n", "latin1")]);
		// A stray Latin-1 byte inside the frontmatter itself: its text is unknown, so it is not written.
		const stray = Buffer.from(noteText(2).replace("venue: Journal of Trust\n", "venue: Journal of Trust\nnote: caf\xe9\n"), "latin1");
		put("refs/latin1.md", latin1);
		put("refs/crlf-bom.md", crlf);
		put("refs/stray-in-frontmatter.md", stray);

		const res = await runRefcheck(dir, base, []);

		const after = (p: string) => readFileSync(join(dir, p));
		expect(logStatus(after("refs/latin1.md"))).toBe("confirmed");
		expect(withoutLogBytes(after("refs/latin1.md")).equals(withoutLogBytes(latin1))).toBe(true);
		expect(after("refs/latin1.md").length).toBeLessThan(latin1.length + 4096);
		expect(logStatus(after("refs/crlf-bom.md"))).toBe("confirmed");
		expect(withoutLogBytes(after("refs/crlf-bom.md")).equals(withoutLogBytes(crlf))).toBe(true);
		// Not written, and named with its reason in the summary and the JSON report.
		expect(after("refs/stray-in-frontmatter.md").equals(stray)).toBe(true);
		expect(res.out).toMatch(/refs\/stray-in-frontmatter\.md.*not valid UTF-8/);
		expect(res.report?.problems).toContainEqual({ path: "refs/stray-in-frontmatter.md", reason: expect.stringMatching(/not valid UTF-8/) });
		expect(res.code).toBe(3);
	});
});

describe("issue 17: writes", () => {
	it("2 never loses an edit another program makes while the log is being written", async () => {
		const base = await serve();
		// A large note, so that reading, splicing and writing it takes a while.
		const note = put("refs/large.md", noteText(3) + "x".repeat(200).concat("\n").repeat(100_000));
		const stop = join(dir, "..", `${dir.split("/").pop()}.stop`);
		// Another process appends a numbered line every millisecond until told to stop.
		const appender = spawn(process.execPath, [
			"-e",
			`const fs=require("fs");let n=0;const t=setInterval(()=>{if(fs.existsSync(${JSON.stringify(stop)})){clearInterval(t);process.stdout.write(String(n));return;}fs.appendFileSync(${JSON.stringify(note)},"append "+(n++)+"\\n");},1);`,
		]);
		let appended = "";
		appender.stdout.setEncoding("utf8").on("data", (s: string) => (appended += s));
		const exited = new Promise<void>((r) => appender.on("close", () => r()));
		// Appends are under way before the run starts.
		while (!readFileSync(note, "utf8").includes("append 5\n")) await new Promise((r) => setTimeout(r, 5));

		const res = await runRefcheck(dir, base, []);
		writeFileSync(stop, "");
		await exited;
		rmSync(stop, { force: true });

		const count = Number(appended);
		expect(count).toBeGreaterThan(5);
		const lines = readFileSync(note, "utf8").split("\n").filter((l) => l.startsWith("append "));
		// Every append is there, in order: none was overwritten by the write.
		expect(lines).toEqual(Array.from({ length: count }, (_, i) => `append ${i}`));
		// The note was either written between two appends, or reported as changing (never silently).
		const log = logStatus(readFileSync(note));
		if (log !== "confirmed") expect(res.out).toMatch(/refs\/large\.md.*(kept changing|changed)/);
	});

	it("3 keeps a note's mode, owner and hard links, refuses a read-only note, and never writes through a link swapped in during the run", async () => {
		const base = await serve();
		const priv = put("refs/private.md", noteText(4));
		chmodSync(priv, 0o600);
		const ro = put("refs/read-only.md", noteText(5));
		chmodSync(ro, 0o444);
		const linked = put("refs/linked.md", noteText(6));
		mkdirSync(`${dir}-outside`);
		const otherName = join(`${dir}-outside`, "same-note.md");
		linkSync(linked, otherName);
		const owned = put("refs/owned.md", noteText(7));
		if (IS_ROOT) chownSync(owned, 4321, 4321);
		const swapped = put("refs/swapped.md", noteText(8));
		const target = join(`${dir}-outside`, "target.md");
		const targetText = noteText(8) + "The link's target, outside the checked folder.\n";
		writeFileSync(target, targetText);
		const roBefore = readFileSync(ro);

		const res = await runRefcheck(dir, base, [], {
			transport: beforeFirstRequest(() => {
				unlinkSync(swapped);
				symlinkSync(target, swapped);
			}),
		});

		expect(logStatus(readFileSync(priv))).toBe("confirmed");
		expect(statSync(priv).mode & 0o777).toBe(0o600);
		// Read-only: not written, and said so.
		expect(readFileSync(ro).equals(roBefore)).toBe(true);
		expect(statSync(ro).mode & 0o777).toBe(0o444);
		expect(res.out).toMatch(/refs\/read-only\.md.*read-only/);
		// One file under two names: still one file, with the log.
		expect(logStatus(readFileSync(linked))).toBe("confirmed");
		expect(statSync(linked).ino).toBe(statSync(otherName).ino);
		expect(statSync(linked).nlink).toBe(2);
		if (IS_ROOT) {
			expect(logStatus(readFileSync(owned))).toBe("confirmed");
			expect([statSync(owned).uid, statSync(owned).gid]).toEqual([4321, 4321]);
		}
		// The link is still a link, its target untouched, and the note is named.
		expect(lstatSync(swapped).isSymbolicLink()).toBe(true);
		expect(readlinkSync(swapped)).toBe(target);
		expect(readFileSync(target, "utf8")).toBe(targetText);
		expect(res.out).toMatch(/refs\/swapped\.md.*link/);
		expect(res.code).toBe(3);
	});

	it("4 refuses a --json path inside the checked folder before the run, and checks its destination first", async () => {
		const base = await serve();
		const a = put("refs/a.md", noteText(0));
		const before = readFileSync(a);
		for (const json of [a, join(dir, "report.json"), join(dir, "..", "no-such-folder-17", "r.json"), dir]) {
			const res = await runRefcheck(dir, base, ["--json", json]);
			expect(res.code, json).toBe(2);
			expect(res.err, json).toMatch(/--json/);
			expect(res.err, json).not.toMatch(/\n\s+at /);
		}
		expect(server!.requests).toHaveLength(0);
		expect(readFileSync(a).equals(before)).toBe(true);
		expect(existsSync(join(dir, "report.json"))).toBe(false);
	});
});

describe("issue 17: notes that cannot be read, and notes that go away", () => {
	it("11 counts and names a note deleted, moved or replaced by a folder during the run, an unreadable file or folder and a file name that is not UTF-8, and checks the rest", async () => {
		const base = await serve();
		for (let i = 0; i < 4; i++) put(`refs/n${i}.md`, noteText(i));
		put("refs/unreadable.md", noteText(4));
		put("locked/inside.md", noteText(5));
		// A file name with a Latin-1 byte: not UTF-8.
		writeFileSync(Buffer.concat([Buffer.from(join(dir, "refs", "caf")), Buffer.from([0xe9]), Buffer.from(".md")]), noteText(6));
		chmodSync(join(dir, "refs/unreadable.md"), 0o000);
		chmodSync(join(dir, "locked"), 0o000);
		const when = () => {
			unlinkSync(join(dir, "refs/n1.md"));
			mkdirSync(join(dir, "moved"));
			writeFileSync(join(dir, "moved/n2.md"), readFileSync(join(dir, "refs/n2.md")));
			unlinkSync(join(dir, "refs/n2.md"));
			unlinkSync(join(dir, "refs/n3.md"));
			mkdirSync(join(dir, "refs/n3.md"));
		};

		let res: { code: number; out: string; err: string };
		let report: import("../support/refcheck-run").Report | null;
		if (IS_ROOT) {
			// root reads everything: the unreadable file and folder are unreadable for `nobody`, who
			// runs the built CLI. The notes go away when the first request reaches the server.
			for (const p of ["", "refs", "refs/n0.md", "refs/n1.md", "refs/n2.md", "refs/n3.md"]) chownSync(join(dir, p), NOBODY, NOBODY);
			chownSync(Buffer.concat([Buffer.from(join(dir, "refs", "caf")), Buffer.from([0xe9]), Buffer.from(".md")]), NOBODY, NOBODY);
			let held = false;
			server!.setIntercept(() => {
				if (held) return undefined;
				held = true;
				when();
				return undefined;
			});
			const json = join(dir, "..", `${dir.split("/").pop()}.nobody.json`);
			writeFileSync(json, "");
			chownSync(json, NOBODY, NOBODY);
			const p = await spawnRefcheck(["check", dir, "--api-base", base, "--rate", "50", "--json", json], { uid: NOBODY, gid: NOBODY });
			res = { code: p.code ?? -1, out: p.stdout, err: p.stderr };
			report = readFileSync(json, "utf8") ? (JSON.parse(readFileSync(json, "utf8")) as import("../support/refcheck-run").Report) : null;
			rmSync(json, { force: true });
		} else {
			const r = await runRefcheck(dir, base, [], { transport: beforeFirstRequest(when) });
			res = r;
			report = r.report;
		}
		chmodSync(join(dir, "locked"), 0o755);
		chmodSync(join(dir, "refs/unreadable.md"), 0o644);

		expect(res.err).not.toMatch(/\n\s+at /);
		expect(logStatus(readFileSync(join(dir, "refs/n0.md")))).toBe("confirmed");
		expect(report?.summary.vanished).toBe(3);
		expect(report?.vanished?.map((v) => v.path)).toEqual(["refs/n1.md", "refs/n2.md", "refs/n3.md"]);
		expect(res.out).toMatch(/Gone during the run[^\n]*\n {2}refs\/n1\.md\n {2}refs\/n2\.md\n {2}refs\/n3\.md\n/);
		expect(existsSync(join(dir, "refs/n1.md"))).toBe(false);
		expect(lstatSync(join(dir, "refs/n3.md")).isDirectory()).toBe(true);
		const problems = report?.problems ?? [];
		expect(problems).toContainEqual({ path: "refs/unreadable.md", reason: expect.stringMatching(/permission denied|EACCES/i) });
		expect(problems).toContainEqual({ path: "locked", reason: expect.stringMatching(/folder.*(permission denied|EACCES)/i) });
		expect(problems).toContainEqual({ path: "refs/caf\\xE9.md", reason: expect.stringMatching(/not valid UTF-8/) });
		expect(res.out).toMatch(/refs\/unreadable\.md/);
		expect(res.out).toMatch(/locked/);
		expect(res.code).toBe(3);
	});

	it("12 refuses a frontmatter larger than the limit without exhausting memory, and parses 100,000 keys in linear time", async () => {
		const base = await serve();
		put("refs/ok.md", noteText(0));
		// 50 MB in one frontmatter value.
		const huge = put("refs/huge.md", noteText(1).replace("venue: Journal of Trust\n", `venue: Journal of Trust\nabstract: ${"a".repeat(50 * 1024 * 1024)}\n`));
		// 100,000 keys (under the size limit): read and written.
		const keys = Array.from({ length: 100_000 }, (_, i) => `k${i.toString(36).padStart(4, "0")}: ${i % 10}`).join("\n");
		put("refs/many-keys.md", noteText(2).replace("venue: Journal of Trust\n", `venue: Journal of Trust\n${keys}\n`));
		const hugeBefore = statSync(huge).size;

		// A small heap: reading the 50 MB value into YAML would not fit. The kill is a ceiling for a
		// busy machine (a few seconds quiet); a parse quadratic in the keys would take hours.
		const json = join(dir, "..", `${dir.split("/").pop()}.json`);
		const p = await spawnRefcheck(["check", dir, "--api-base", base, "--rate", "50", "--json", json], { nodeArgs: ["--max-old-space-size=256"], killAfterMs: 150_000 });
		const report = existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")) as import("../support/refcheck-run").Report) : null;
		rmSync(json, { force: true });

		expect(p.killed).toBe(false);
		expect(p.stderr).not.toMatch(/heap|\n\s+at /i);
		expect(logStatus(readFileSync(join(dir, "refs/ok.md")))).toBe("confirmed");
		expect(logStatus(readFileSync(join(dir, "refs/many-keys.md")))).toBe("confirmed");
		expect(statSync(huge).size).toBe(hugeBefore);
		expect(report?.problems).toContainEqual({ path: "refs/huge.md", reason: expect.stringMatching(/frontmatter is larger than/) });
		expect(p.code).toBe(3);
	}, 300_000);

	it("13 names every note whose frontmatter cannot be parsed, with the reason, in the summary and in --json", async () => {
		const base = await serve();
		put("refs/ok.md", noteText(0));
		put("refs/duplicate.md", noteText(1).replace("venue: Journal of Trust\n", "venue: Journal of Trust\ntitle: Again\n"));
		put("refs/unclosed.md", noteText(2).replace(/---\n[^]*$/, "").concat("---\ntype: bibtex_entry\ntitle: [unclosed\n"));
		put("refs/bad-yaml.md", "---\ntype: bibtex_entry\ntitle: 'Broken quote\n---\nBody\n");

		const res = await runRefcheck(dir, base, []);

		expect(logStatus(readFileSync(join(dir, "refs/ok.md")))).toBe("confirmed");
		const problems = res.report?.problems ?? [];
		expect(problems).toContainEqual({ path: "refs/duplicate.md", reason: expect.stringMatching(/duplicate key/) });
		expect(problems).toContainEqual({ path: "refs/unclosed.md", reason: expect.stringMatching(/unclosed frontmatter|invalid YAML/) });
		expect(problems).toContainEqual({ path: "refs/bad-yaml.md", reason: expect.stringMatching(/invalid YAML/) });
		for (const p of ["refs/duplicate.md", "refs/unclosed.md", "refs/bad-yaml.md"]) expect(res.out).toContain(p);
		expect(res.out).toMatch(/duplicate key/);
		expect(res.code).toBe(3);
	});
});
