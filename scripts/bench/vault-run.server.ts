// The fake OpenAlex server for bench/vault-run.bench.ts, in a child process: like the real
// OpenAlex, its work does not run (nor spend CPU) in the plugin's process.
import { startFakeOpenAlex } from "../../test/support/fake-openalex";
import { syntheticNote } from "./vault-run.bench";

async function main(): Promise<void> {
	const count = Number(process.argv[2]);
	const works = Array.from({ length: count }, (_, i) => syntheticNote(i).work);
	const server = await startFakeOpenAlex({ works, budget: 10_000_000 });
	process.on("message", (message: string) => {
		if (message === "requests") process.send?.({ requests: server.requests.length });
		if (message === "close") void server.close().then(() => process.exit(0));
	});
	process.send?.({ url: server.url });
}

void main();
