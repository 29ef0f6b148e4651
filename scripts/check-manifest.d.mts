// Types of scripts/check-manifest.mjs, for the tests that call it in-process.
export interface CheckResult {
	errors: string[];
	warnings: string[];
}
export function checkManifest(input: { manifest: unknown; versions: unknown; packageJson: unknown }): CheckResult;
export function checkRepositoryFiles(dir: string): string[];
export function checkReleaseAssets(dir: string): string[];
/** The command: prints to `io` (default: the console) and returns the exit code. */
export function main(argv: string[], io?: { log: (s: string) => void; warn: (s: string) => void; error: (s: string) => void }): number;
