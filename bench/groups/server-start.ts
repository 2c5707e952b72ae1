import { ListUsersCommand } from '@aws-sdk/client-iam';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_ROOT, startConsoleServer } from '../lib/console-server.ts';
import { destroyClients, sdkClients } from '../lib/sdk.ts';
import { figureOf, type Figure } from '../lib/stats.ts';

export interface StartSettings {
  repoRoot: string;
  distDir: string;
  workDir: string;
  runs: number;
  /** The full account's SQLite file, left by the full-account group; skipped when absent. */
  fullAccountPath?: string;
}

export interface StartFigures {
  /** Spawn to the first answered HTTP request. */
  firstAnswerMs: Figure;
  /** CPU time the server spent until then (all its threads). */
  cpuToFirstAnswerMs: Figure;
  /** Spawn to the first answered IAM call (ListUsers, one item). */
  firstIamCallMs: Figure;
  /** RSS once started, and after listing every user once. */
  rssAfterStartMb: Figure;
  rssAfterListingMb: Figure;
}

export interface StartResult {
  cold: StartFigures;
  fullAccount?: StartFigures;
}

async function listEveryUser(endpoint: string): Promise<void> {
  const root = sdkClients(endpoint, BENCH_ROOT);
  try {
    let Marker: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const output = await root.iam.send(new ListUsersCommand({ Marker, MaxItems: 1000 }));
      Marker = output.IsTruncated ? output.Marker : undefined;
      if (!Marker) return;
    }
  } finally {
    destroyClients(root);
  }
}

async function startOnce(settings: StartSettings, dataPath: string) {
  const started = performance.now();
  const server = await startConsoleServer({
    repoRoot: settings.repoRoot,
    distDir: settings.distDir,
    dataPath,
    demo: true,
  });
  try {
    const root = sdkClients(server.endpoint, BENCH_ROOT);
    await root.iam.send(new ListUsersCommand({ MaxItems: 1 }));
    const firstIamCallMs = performance.now() - started;
    destroyClients(root);
    const rssAfterStartMb = server.memory().rssMb;
    await listEveryUser(server.endpoint);
    return {
      firstAnswerMs: server.startMs,
      cpuToFirstAnswerMs: server.startCpuMs,
      firstIamCallMs,
      rssAfterStartMb,
      rssAfterListingMb: server.memory().rssMb,
    };
  } finally {
    await server.stop();
  }
}

async function repeat(runs: number, once: () => Promise<Awaited<ReturnType<typeof startOnce>>>) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await once());
  return {
    firstAnswerMs: figureOf(results.map((result) => result.firstAnswerMs)),
    cpuToFirstAnswerMs: figureOf(results.map((result) => result.cpuToFirstAnswerMs)),
    firstIamCallMs: figureOf(results.map((result) => result.firstIamCallMs)),
    rssAfterStartMb: figureOf(results.map((result) => result.rssAfterStartMb)),
    rssAfterListingMb: figureOf(results.map((result) => result.rssAfterListingMb)),
  };
}

/**
 * Cold: a data file that does not exist yet, so the server creates the account and the demo
 * organisation, as on a first `npm start`. Full: the full account's file, reopened each time.
 */
export async function measureServerStart(settings: StartSettings): Promise<StartResult> {
  let coldRun = 0;
  const cold = await repeat(settings.runs, async () => {
    const dataPath = join(settings.workDir, `cold-${coldRun++}.sqlite`);
    try {
      return await startOnce(settings, dataPath);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(dataPath + suffix, { force: true });
    }
  });
  const fullPath = settings.fullAccountPath;
  const fullAccount = fullPath
    ? await repeat(settings.runs, () => startOnce(settings, fullPath))
    : undefined;
  return { cold, fullAccount };
}
