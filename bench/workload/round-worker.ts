import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { destroyClients, sdkClients, type KeyPair } from '../lib/sdk.ts';
import { LeanClient, leanRound } from './lean-client.ts';
import { emptySamples, mixedRound, type Samples } from './mixed.ts';
import type { ClientKind, RunRequest, RunResult } from './client-threads.ts';

interface WorkerSetup {
  kind: ClientKind;
  endpoint: string;
  roleArn: string;
  keys: KeyPair[];
  /** The first client's number across all threads, so user names never collide. */
  firstClient: number;
}

const setup = workerData as WorkerSetup;
interface Client {
  round(UserName: string, samples: Samples): Promise<void>;
  destroy(): void;
}

function client(key: KeyPair): Client {
  if (setup.kind === 'lean') {
    const lean = new LeanClient(setup.endpoint, key);
    return {
      round: (UserName, samples) => leanRound(lean, setup.roleArn, UserName, samples),
      destroy: () => lean.destroy(),
    };
  }
  const sdk = sdkClients(setup.endpoint, key);
  return {
    round: (UserName, samples) => mixedRound(sdk, setup.roleArn, UserName, samples),
    destroy: () => destroyClients(sdk),
  };
}

const clients = setup.keys.map(client);

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
        await client.round(UserName, samples);
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
    clients.forEach((client) => client.destroy());
    parentPort?.close();
    return;
  }
  void run(message).then((result) => parentPort?.postMessage(result));
});
