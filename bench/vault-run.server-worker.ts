// The fake OpenAlex server for bench/vault-run.bench.ts, in its own thread: like the real
// OpenAlex, its work does not happen on the plugin's event loop, so it does not count as the
// plugin's synchronous work.
import { parentPort, workerData } from "worker_threads";
import { startFakeOpenAlex } from "../test/support/fake-openalex";

async function main(): Promise<void> {
	const { works } = workerData as { works: Array<Record<string, unknown>> };
	const server = await startFakeOpenAlex({ works, budget: 10_000_000 });
	parentPort?.on("message", (message: string) => {
		if (message === "requests") parentPort?.postMessage({ requests: server.requests.length });
		if (message === "close") void server.close().then(() => parentPort?.postMessage({ closed: true }));
	});
	parentPort?.postMessage({ url: server.url });
}

void main();
