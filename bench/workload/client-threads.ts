import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { emptySamples, type Samples, type Workload } from './mixed.ts';

/** SDK v3 clients (the workload the targets judge), or the lean signed-HTTP client. */
export type ClientKind = 'sdk' | 'lean';

export interface RunRequest {
  tag: string;
  durationMs: number;
  /** This thread's share of the run's round cap. */
  maxRounds: number;
}

export interface RunResult {
  latencies: [string, number[]][];
  errors: [string, number][];
  calls: number;
}

/**
 * The benchmark's SDK clients, spread over worker threads, leaving one CPU to the server. An SDK
 * v3 client costs about 0.4 ms of CPU a call (signing, XML parsing, the middleware stack), so
 * one thread of clients tops out near 2,400 calls a second, below what the local account
 * answers: where CPUs allow, more threads keep the benchmark from measuring its own clients.
 * On two CPUs that is one thread: a second one measured slower (2,037 against 2,415 calls a
 * second), the three busy threads contending for two CPUs. `BENCH_CLIENT_THREADS` sets it.
 */
export class ClientThreads {
  private readonly threads: { worker: Worker; clients: number }[] = [];

  constructor(workload: Workload, kind: ClientKind = 'sdk') {
    const clientCount = workload.workerKeys.length;
    const wanted = Number(process.env.BENCH_CLIENT_THREADS) || availableParallelism() - 1;
    const threadCount = Math.max(1, Math.min(wanted, clientCount));
    let firstClient = 0;
    for (let thread = 0; thread < threadCount; thread += 1) {
      const share = Math.ceil((clientCount - firstClient) / (threadCount - thread));
      const keys = workload.workerKeys.slice(firstClient, firstClient + share);
      const worker = new Worker(new URL('./round-worker-entry.mjs', import.meta.url), {
        workerData: {
          kind,
          endpoint: workload.endpoint,
          roleArn: workload.roleArn,
          keys,
          firstClient,
        },
      });
      this.threads.push({ worker, clients: keys.length });
      firstClient += share;
    }
  }

  get threadCount(): number {
    return this.threads.length;
  }

  /** Every client loops over mixed rounds for `durationMs`; the samples of all threads. */
  async run(tag: string, durationMs: number, maxRounds: number): Promise<Samples> {
    const total = this.threads.reduce((sum, thread) => sum + thread.clients, 0);
    const results = await Promise.all(
      this.threads.map(
        ({ worker, clients }) =>
          new Promise<RunResult>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            const share = Math.ceil((maxRounds * clients) / total);
            worker.postMessage({ tag, durationMs, maxRounds: share } satisfies RunRequest);
          }),
      ),
    );
    const samples = emptySamples();
    for (const result of results) {
      for (const [operation, latencies] of result.latencies) {
        samples.latencies.set(operation, [
          ...(samples.latencies.get(operation) ?? []),
          ...latencies,
        ]);
      }
      for (const [key, count] of result.errors) {
        samples.errors.set(key, (samples.errors.get(key) ?? 0) + count);
      }
      samples.calls += result.calls;
    }
    return samples;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage('close');
            setTimeout(() => void worker.terminate(), 2000).unref();
          }),
      ),
    );
  }
}
