// `npm run eval`: both yardsticks, each through the real pipeline and the fake OpenAlex server —
// the fixture corpus (run.ts, issue 8) and the HALLMARK dev split (hallmark.ts, issue 12). Prints
// both tables with every failure; exits 1 when either falls below its enforced level.
// `--no-distractors` leaves the corpus's look-alikes out.
import { formatReport, runEval } from "./run";
import { formatHallmarkReport, runHallmark } from "./hallmark";

async function main(): Promise<boolean> {
	const started = performance.now();
	const corpus = await runEval({ distractors: !process.argv.includes("--no-distractors") });
	process.stdout.write(formatReport(corpus));
	const corpusMs = performance.now() - started;
	process.stdout.write("\n");
	const hallmark = await runHallmark();
	process.stdout.write(formatHallmarkReport(hallmark));
	const hallmarkMs = performance.now() - started - corpusMs;
	process.stdout.write(`\nTime: corpus ${(corpusMs / 1000).toFixed(1)} s, HALLMARK ${(hallmarkMs / 1000).toFixed(1)} s\n`);
	return corpus.passed && hallmark.passed;
}

main().then(
	(passed) => {
		process.exitCode = passed ? 0 : 1;
	},
	(e: unknown) => {
		process.stderr.write(`eval: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
		process.exitCode = 2;
	},
);
