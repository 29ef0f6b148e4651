// Vitest globalSetup: one temporary folder for the whole run, removed when the run ends, for files
// that outlive a single test file (the CLI bundle test/support/refcheck-run.ts builds once per
// worker and shares between the files that worker runs).
import { chmodSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
	export interface ProvidedContext {
		runFolder: string;
	}
}

export default function setup(project: TestProject): () => void {
	const folder = mkdtempSync(join(tmpdir(), "refcheck-test-run-"));
	// Readable by the unprivileged user some tests run the CLI as.
	chmodSync(folder, 0o755);
	project.provide("runFolder", folder);
	return () => rmSync(folder, { recursive: true, force: true });
}
