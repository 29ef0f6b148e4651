// `npm run eval`: both yardsticks, each through the real pipeline and the fake OpenAlex server —
// the fixture corpus (run.ts, issue 8) and the HALLMARK dev split (hallmark.ts, issue 12). Prints
// and the perturbation yardstick (perturb.ts: VALID papers with one general error each). Prints the
// three tables with every failure; exits 1 when any falls below its enforced level.
// `--no-distractors` leaves the corpus's look-alikes out.
import { formatReport, runEval } from "./run";
import { formatHallmarkReport, runHallmark } from "./hallmark";
import { formatPerturbReport, runPerturb } from "./perturb";

async function main(): Promise<boolean> {
	const started = performance.now();
	const corpus = await runEval({ distractors: !process.argv.includes("--no-distractors") });
	process.stdout.write(formatReport(corpus));
	const corpusMs = performance.now() - started;
	process.stdout.write("\n");
	const hallmark = await runHallmark();
	process.stdout.write(formatHallmarkReport(hallmark));
	const hallmarkMs = performance.now() - started - corpusMs;
	process.stdout.write("\n");
	const perturb = await runPerturb();
	process.stdout.write(formatPerturbReport(perturb));
	const perturbMs = performance.now() - started - corpusMs - hallmarkMs;
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	process.stdout.write(`\nTime: corpus ${s(corpusMs)}, HALLMARK ${s(hallmarkMs)}, perturbations ${s(perturbMs)}\n`);
	return corpus.passed && hallmark.passed && perturb.passed;
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
