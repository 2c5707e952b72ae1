import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { destroyClients, sdkClients, type KeyPair } from '../lib/sdk.ts';
import { emptySamples, mixedRound } from './mixed.ts';
import type { RunRequest, RunResult } from './client-threads.ts';

interface WorkerSetup {
  endpoint: string;
  roleArn: string;
  keys: KeyPair[];
  /** The first client's number across all threads, so user names never collide. */
  firstClient: number;
}

const setup = workerData as WorkerSetup;
const clients = setup.keys.map((key) => sdkClients(setup.endpoint, key));

/** Runs this thread's clients, each looping over mixed rounds, until the deadline or the cap. */
async function run(request: RunRequest): Promise<RunResult> {
  const samples = emptySamples();
  const deadline = performance.now() + request.durationMs;
  let rounds = 0;
  await Promise.all(
    clients.map(async (client, index) => {
      const worker = setup.firstClient + index;
      while (performance.now() < deadline && rounds < request.maxRounds) {
        rounds += 1;
        const UserName = `${request.tag}-w${worker}-r${rounds}`;
        await mixedRound(client, setup.roleArn, UserName, samples);
      }
    }),
  );
  return {
    latencies: [...samples.latencies],
    errors: [...samples.errors],
    calls: samples.calls,
  };
}

parentPort?.on('message', (message: RunRequest | 'close') => {
  if (message === 'close') {
    clients.forEach(destroyClients);
    parentPort?.close();
    return;
  }
  void run(message).then((result) => parentPort?.postMessage(result));
});
