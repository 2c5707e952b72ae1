import { join } from 'node:path';
import { measureBrowser } from './groups/browser.ts';
import { openFullAccount } from './groups/full-account.ts';
import { measureLoadSize } from './groups/load-size.ts';
import { measureServerStart } from './groups/server-start.ts';
import {
  measureThroughput,
  type LevelResult,
  type ThroughputSettings,
} from './groups/throughput.ts';
import { launchChromium } from './lib/browser.ts';
import { BENCH_ROOT, startConsoleServer } from './lib/console-server.ts';
import { startMotoServer } from './lib/moto.ts';
import type { BenchResults } from './results-types.ts';
import { userPaths } from './seed/full-account.ts';

export interface BenchSettings {
  throughput: ThroughputSettings;
  bulkConcurrency: number;
  browserRuns: number;
  startRuns: number;
}

/** What every phase needs: where the product is, what the machine has, where results go. */
export interface PhaseContext {
  repoRoot: string;
  distDir: string;
  workDir: string;
  settings: BenchSettings;
  moto: string | undefined;
  chromium: string | undefined;
  results: BenchResults;
  log: (line: string) => void;
  /** Runs a measurement; a failure is recorded and the benchmark goes on with the next one. */
  attempt: (name: string, task: () => Promise<void>) => Promise<void>;
}

const MOTO_ROOT = {
  // moto accepts any key; these are as fake as the local account's.
  accessKeyId: 'AKIAMOTOBENCH0000001',
  secretAccessKey: 'moto-bench-not-a-secret',
};

export async function throughputPhase(context: PhaseContext): Promise<void> {
  const { repoRoot, distDir, workDir, settings, results, log, attempt, moto } = context;
  log('1. Local account throughput');
  let servers = 0;
  await attempt('throughput (local)', async () => {
    const local = {
      name: 'local',
      root: BENCH_ROOT,
      start: () =>
        startConsoleServer({
          repoRoot,
          distDir,
          dataPath: join(workDir, `throughput-${servers++}.sqlite`),
          demo: false,
        }),
    };
    results.throughput.local = await measureThroughput(local, settings.throughput, log);
    results.throughput.lean = {
      local: await measureThroughput(local, settings.throughput, log, 'lean'),
    };
  });

  if (!moto) {
    results.skipped.push('moto_server is not on the PATH: no local ÷ moto comparison');
    return;
  }
  await attempt('throughput (moto)', async () => {
    const target = { name: 'moto', root: MOTO_ROOT, start: () => startMotoServer(moto, workDir) };
    results.throughput.moto = await measureThroughput(target, settings.throughput, log);
    const lean = (results.throughput.lean ??= {});
    lean.moto = await measureThroughput(target, settings.throughput, log, 'lean');
  });
  results.throughput.ratio = ratios(results.throughput.local, results.throughput.moto);
  const lean = results.throughput.lean;
  if (lean) lean.ratio = ratios(lean.local, lean.moto);
}

function ratios(local: LevelResult[] | undefined, moto: LevelResult[] | undefined) {
  return (local ?? []).flatMap((level) => {
    const other = moto?.find((m) => m.clients === level.clients);
    if (!other) return [];
    const opsPerSecondRatio = level.opsPerSecond.median / other.opsPerSecond.median;
    return [{ clients: level.clients, opsPerSecondRatio }];
  });
}

/** Loads the full account, then times the console on it; returns the data file it leaves. */
export async function fullAccountPhase(context: PhaseContext): Promise<string | undefined> {
  const { repoRoot, distDir, workDir, settings, results, log, attempt, chromium } = context;
  log('2. Full account');
  let dataPath: string | undefined;
  await attempt('full account', async () => {
    const full = await openFullAccount(repoRoot, distDir, workDir, settings.bulkConcurrency);
    dataPath = full.dataPath;
    try {
      const fullAccount = {
        users: full.seed.users.length,
        groups: full.seed.groups.length,
        roles: full.seed.roles.length,
        paths: userPaths().length,
        bulkLoad: full.bulkLoad,
        rssAfterLoadMb: full.rssAfterLoadMb,
      };
      results.fullAccount = fullAccount;
      log(`  bulk load ${(full.bulkLoad.totalMs / 1000).toFixed(1)} s`);
      if (!chromium) {
        results.skipped.push(
          'no Chromium at /usr/bin/chromium or CHROMIUM_PATH: no browser timings',
        );
        return;
      }
      const browser = await launchChromium(chromium);
      try {
        await attempt('browser timings', async () => {
          results.fullAccount = {
            ...fullAccount,
            browser: await measureBrowser(
              browser,
              {
                runs: settings.browserRuns,
                baseUrl: `http://localhost:${full.server.port}`,
                root: BENCH_ROOT,
                users: fullAccount.users,
                groups: fullAccount.groups,
                roles: fullAccount.roles,
                holder: full.holder,
                filters: ['martin', 'alice.martin', 'engineering', ''],
                server: full.server,
              },
              log,
            ),
            rssAfterBrowserMb: full.server.memory().rssMb,
          };
        });
      } finally {
        await browser.close();
      }
    } finally {
      await full.server.stop();
    }
  });
  return dataPath;
}

/** The sign-in page's files, on a server of its own: the account's size does not matter. */
export async function loadSizePhase(context: PhaseContext): Promise<void> {
  const { repoRoot, distDir, workDir, results, log, attempt, chromium } = context;
  log('3. Load size');
  if (!chromium) {
    results.skipped.push('no Chromium at /usr/bin/chromium or CHROMIUM_PATH: no load size');
    return;
  }
  await attempt('load size', async () => {
    const dataPath = join(workDir, 'load-size.sqlite');
    const server = await startConsoleServer({ repoRoot, distDir, dataPath, demo: true });
    const browser = await launchChromium(chromium);
    try {
      const baseUrl = `http://localhost:${server.port}`;
      results.loadSize = await measureLoadSize(browser, baseUrl, distDir, repoRoot);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
}

export async function serverStartPhase(
  context: PhaseContext,
  fullAccountPath: string | undefined,
): Promise<void> {
  const { repoRoot, distDir, workDir, settings, results, log, attempt } = context;
  log('4. Server start');
  if (!fullAccountPath) results.skipped.push('no full account on disk: server start cold only');
  await attempt('server start', async () => {
    results.serverStart = await measureServerStart({
      repoRoot,
      distDir,
      workDir,
      runs: settings.startRuns,
      fullAccountPath,
    });
  });
}
