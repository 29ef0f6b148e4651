// `npm run eval`: the fixture corpus (run.ts, issue 8) through the real pipeline and the fake
// OpenAlex server. Prints the table with every failure; exits 1 when it falls below its enforced
// level. `--no-distractors` leaves the corpus's look-alikes out.
import { formatReport, runEval } from "./run";

async function main(): Promise<boolean> {
	const corpus = await runEval({ distractors: !process.argv.includes("--no-distractors") });
	process.stdout.write(formatReport(corpus));
	return corpus.passed;
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
