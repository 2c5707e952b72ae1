import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { performance } from 'node:perf_hooks';
import { setInterval as every } from 'node:timers/promises';
import { cpuSecondsOf } from '../lib/processes.ts';
import { destroyClients, sdkClients, type KeyPair } from '../lib/sdk.ts';
import { figureOf, percentile, sortedCopy, type Figure } from '../lib/stats.ts';
import { ClientThreads, type ClientKind } from '../workload/client-threads.ts';
import { prepareWorkload, type Samples } from '../workload/mixed.ts';

export interface RunningServer {
  endpoint: string;
  pid: number | undefined;
  memory(): { rssMb: number; peakMb: number };
  /** The server's own time per request, where its log tells it (the local account's does). */
  takeHandlerDurations?(): number[];
  stop(): Promise<void>;
}

export interface ThroughputTarget {
  name: string;
  root: KeyPair;
  start(): Promise<RunningServer>;
}

export interface ThroughputSettings {
  levels: number[];
  runs: number;
  runMs: number;
  warmupMs: number;
  /** Rounds a run stops after even if time remains, so an account never nears IAM's quotas. */
  maxRoundsPerRun: number;
  /** Levels also measured with the lean client (a diagnostic of the server's capacity). */
  leanLevels: number[];
}

export interface LevelResult {
  clients: number;
  /** Worker threads the benchmark's SDK clients ran on (see ClientThreads). */
  clientThreads: number;
  opsPerSecond: Figure;
  p50Ms: Figure;
  p99Ms: Figure;
  /**
   * p99 of the server's own handling time (its request log, whole ms): far below the client's
   * p99, the time goes to queueing, the network stack or the client, not to the handler.
   */
  serverP99Ms?: Figure;
  /** The server's largest RSS sampled during each run. */
  rssMb: Figure;
  serverCpuPercent: Figure;
  /**
   * The server's CPU time per call: unlike latency, it barely moves when other work shares the
   * machine, so it compares runs made at different times.
   */
  serverCpuMsPerCall: Figure;
  benchCpuPercent: Figure;
  /** The benchmark's own CPU time per call: its clients' signing, middleware and parsing. */
  benchCpuMsPerCall: Figure;
  /**
   * Calls a second the benchmark's clients could make with a server that cost nothing and
   * answered at once: each client thread spends `benchCpuMsPerCall` on every call. Close to
   * `opsPerSecond`, the clients, not the server, set the figure.
   */
  clientCeilingOpsPerSecond: Figure;
  calls: number;
  errors: Record<string, number>;
  /** Pooled over the runs: where the time goes, by operation. */
  operations: Record<string, { calls: number; p50Ms: number; p99Ms: number }>;
}

interface RunFigures {
  samples: Samples;
  seconds: number;
  rssMb: number;
  serverCpuPercent: number;
  benchCpuPercent: number;
  handlerDurations?: number[];
}

async function sampleMemory(server: RunningServer, stop: AbortSignal): Promise<number> {
  let largest = server.memory().rssMb;
  try {
    for await (const _ of every(200, undefined, { signal: stop })) {
      largest = Math.max(largest, server.memory().rssMb);
    }
  } catch {
    // Aborted at the end of the run.
  }
  return Math.max(largest, server.memory().rssMb);
}

async function oneRun(
  server: RunningServer,
  threads: ClientThreads,
  tag: string,
  durationMs: number,
  maxRounds: number,
): Promise<RunFigures> {
  server.takeHandlerDurations?.();
  const stopSampling = new AbortController();
  const memory = sampleMemory(server, stopSampling.signal);
  const serverCpu = cpuSecondsOf(server.pid);
  const benchCpu = process.cpuUsage();
  const started = performance.now();
  const samples = await threads.run(tag, durationMs, maxRounds);
  const seconds = (performance.now() - started) / 1000;
  stopSampling.abort();
  const bench = process.cpuUsage(benchCpu);
  return {
    samples,
    seconds,
    rssMb: await memory,
    handlerDurations: server.takeHandlerDurations?.(),
    serverCpuPercent: ((cpuSecondsOf(server.pid) - serverCpu) / seconds) * 100,
    benchCpuPercent: ((bench.user + bench.system) / 1e6 / seconds) * 100,
  };
}

function summarise(clients: number, clientThreads: number, runs: RunFigures[]): LevelResult {
  const pooled = new Map<string, number[]>();
  const errors: Record<string, number> = {};
  for (const run of runs) {
    for (const [operation, latencies] of run.samples.latencies) {
      pooled.set(operation, [...(pooled.get(operation) ?? []), ...latencies]);
    }
    for (const [key, count] of run.samples.errors) errors[key] = (errors[key] ?? 0) + count;
  }
  const operations: LevelResult['operations'] = {};
  for (const [operation, latencies] of pooled) {
    const sorted = sortedCopy(latencies);
    operations[operation] = {
      calls: sorted.length,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
    };
  }
  const latenciesOf = (run: RunFigures) => sortedCopy([...run.samples.latencies.values()].flat());
  const msPerCall = (percent: number, run: RunFigures) =>
    (percent * 10 * run.seconds) / run.samples.calls;
  const ceiling = (run: RunFigures) =>
    (Math.min(clients, clientThreads) * 1000) / msPerCall(run.benchCpuPercent, run);

  return {
    clients,
    opsPerSecond: figureOf(runs.map((run) => run.samples.calls / run.seconds)),
    p50Ms: figureOf(runs.map((run) => percentile(latenciesOf(run), 0.5))),
    p99Ms: figureOf(runs.map((run) => percentile(latenciesOf(run), 0.99))),
    serverP99Ms: runs.every((run) => run.handlerDurations?.length)
      ? figureOf(runs.map((run) => percentile(sortedCopy(run.handlerDurations ?? []), 0.99)))
      : undefined,
    rssMb: figureOf(runs.map((run) => run.rssMb)),
    serverCpuPercent: figureOf(runs.map((run) => run.serverCpuPercent)),
    serverCpuMsPerCall: figureOf(runs.map((run) => msPerCall(run.serverCpuPercent, run))),
    benchCpuPercent: figureOf(runs.map((run) => run.benchCpuPercent)),
    benchCpuMsPerCall: figureOf(runs.map((run) => msPerCall(run.benchCpuPercent, run))),
    clientCeilingOpsPerSecond: figureOf(runs.map(ceiling)),
    clientThreads,
    calls: runs.reduce((sum, run) => sum + run.samples.calls, 0),
    errors,
    operations,
  };
}

/** Each level on a fresh server: the same starting state for every target and level. */
async function measureLevel(
  target: ThroughputTarget,
  clients: number,
  kind: ClientKind,
  settings: ThroughputSettings,
  log: (line: string) => void,
): Promise<LevelResult> {
  const server = await target.start();
  const root = sdkClients(server.endpoint, target.root);
  let threads: ClientThreads | undefined;
  try {
    const identity = await root.sts.send(new GetCallerIdentityCommand({}));
    const workload = await prepareWorkload(server.endpoint, root, identity.Account ?? '', clients);
    threads = new ClientThreads(workload, kind);
    await oneRun(server, threads, 'warm', settings.warmupMs, settings.maxRoundsPerRun);

    const runs: RunFigures[] = [];
    for (let run = 0; run < settings.runs; run += 1) {
      runs.push(
        await oneRun(server, threads, `run${run}`, settings.runMs, settings.maxRoundsPerRun),
      );
    }
    const result = summarise(clients, threads.threadCount, runs);
    log(
      `  ${target.name} ${clients} ${kind} clients: ` +
        `${result.opsPerSecond.median.toFixed(0)} ops/s, ` +
        `p99 ${result.p99Ms.median.toFixed(1)} ms`,
    );
    return result;
  } finally {
    await threads?.close();
    destroyClients(root);
    await server.stop();
  }
}

export async function measureThroughput(
  target: ThroughputTarget,
  settings: ThroughputSettings,
  log: (line: string) => void,
  kind: ClientKind = 'sdk',
): Promise<LevelResult[]> {
  const results: LevelResult[] = [];
  for (const clients of kind === 'sdk' ? settings.levels : settings.leanLevels) {
    results.push(await measureLevel(target, clients, kind, settings, log));
  }
  return results;
}
