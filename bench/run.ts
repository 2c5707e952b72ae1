import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './groups/browser.ts';
import { openFullAccount } from './groups/full-account.ts';
import { measureLoadSize } from './groups/load-size.ts';
import { measureServerStart } from './groups/server-start.ts';
import { measureThroughput, type ThroughputTarget } from './groups/throughput.ts';
import { chromiumPath, launchChromium } from './lib/browser.ts';
import { buildApp } from './lib/build.ts';
import { BENCH_ROOT, startConsoleServer } from './lib/console-server.ts';
import { findMotoServer, startMotoServer } from './lib/moto.ts';
import { killOwnChildren } from './lib/processes.ts';
import { productRoot } from './lib/source.ts';
import { formatReport } from './report.ts';
import type { BenchResults } from './results-types.ts';
import { userPaths } from './seed/full-account.ts';
import { checkTargets } from './targets.ts';

const benchRepo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_REV=HEAD (or any commit): measure that commit instead of the working tree.
const rev = process.env.BENCH_REV || undefined;
// BENCH_QUICK=1: one short run of each, to try the benchmark itself; figures are rough.
const quick = process.env.BENCH_QUICK === '1';
// BENCH_GROUPS=throughput,full,start: only those groups (full includes the browser and sizes).
const groups = new Set((process.env.BENCH_GROUPS ?? 'throughput,full,start').split(','));
const settings = {
  throughput: {
    levels: [1, 16, 64],
    runs: quick ? 1 : 3,
    runMs: quick ? 1500 : 5000,
    warmupMs: quick ? 300 : 1000,
    maxRoundsPerRun: 1200,
  },
  bulkConcurrency: 16,
  browserRuns: Number(process.env.BENCH_BROWSER_RUNS ?? (quick ? 1 : 3)),
  startRuns: quick ? 2 : 5,
};
/** The whole run must end by itself, whatever hangs. */
const WATCHDOG_MS = 15 * 60_000;

const log = (line: string) => process.stdout.write(`${line}\n`);

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: benchRepo, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const workDir = mkdtempSync(join(tmpdir(), 'iam-console-bench-'));
  // BENCH_PRODUCT_DIR: a scratch copy of the tree, to measure a candidate fix before and after.
  const repoRoot = process.env.BENCH_PRODUCT_DIR
    ? resolve(process.env.BENCH_PRODUCT_DIR)
    : productRoot(benchRepo, workDir, rev);
  const distDir = join(workDir, 'dist');
  const moto = findMotoServer();
  const chromium = chromiumPath();
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      platform: `${process.platform} ${process.arch}`,
      commit: git(['rev-parse', rev ?? 'HEAD']),
      measured: process.env.BENCH_PRODUCT_DIR
        ? `scratch copy ${process.env.BENCH_PRODUCT_DIR}`
        : rev
          ? `commit ${rev}`
          : 'working tree',
      uncommittedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
      chromium,
      moto,
      loadAverage: { atStart: loadavg(), atEnd: [] },
    },
    settings: {
      throughput: settings.throughput,
      bulkConcurrency: settings.bulkConcurrency,
      browserRuns: settings.browserRuns,
    },
    throughput: {},
    targets: [],
    skipped: [],
    failures: [],
    durationMs: 0,
  };
  const attempt = async (name: string, task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      results.failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      log(`! ${name} failed: ${(error as Error).stack ?? String(error)}`);
    }
  };

  try {
    log(`Building the app into ${distDir}`);
    results.buildMs = await buildApp(repoRoot, distDir);

    if (groups.has('throughput')) await throughputGroup();
    const fullAccountPath = groups.has('full') ? await fullAccountGroup() : undefined;
    if (groups.has('start')) await startGroup(fullAccountPath);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  async function throughputGroup() {
    log('1. Local account throughput');
    const localTarget: ThroughputTarget = {
      name: 'local',
      root: BENCH_ROOT,
      start: () =>
        startConsoleServer({
          repoRoot,
          distDir,
          dataPath: join(workDir, `tp-${Date.now()}.sqlite`),
          demo: false,
        }),
    };
    await attempt('throughput (local)', async () => {
      results.throughput.local = await measureThroughput(localTarget, settings.throughput, log);
    });
    if (moto) {
      const motoTarget: ThroughputTarget = {
        name: 'moto',
        // moto accepts any key; these are as fake as the local ones.
        root: { accessKeyId: 'AKIAMOTOBENCH0000001', secretAccessKey: 'moto-bench-not-a-secret' },
        start: () => startMotoServer(moto, workDir),
      };
      await attempt('throughput (moto)', async () => {
        results.throughput.moto = await measureThroughput(motoTarget, settings.throughput, log);
      });
      results.throughput.ratio = (results.throughput.local ?? []).flatMap((level) => {
        const other = results.throughput.moto?.find((m) => m.clients === level.clients);
        return other
          ? [
              {
                clients: level.clients,
                opsPerSecondRatio: level.opsPerSecond.median / other.opsPerSecond.median,
              },
            ]
          : [];
      });
    } else {
      results.skipped.push('moto_server is not on the PATH: no local ÷ moto comparison');
    }
  }

  async function fullAccountGroup(): Promise<string | undefined> {
    log('2. Full account');
    let fullAccountPath: string | undefined;
    await attempt('full account', async () => {
      const full = await openFullAccount(repoRoot, distDir, workDir, settings.bulkConcurrency);
      fullAccountPath = full.dataPath;
      results.fullAccount = {
        users: full.seed.users.length,
        groups: full.seed.groups.length,
        roles: full.seed.roles.length,
        paths: userPaths().length,
        bulkLoad: full.bulkLoad,
        rssAfterLoadMb: full.rssAfterLoadMb,
      };
      log(`  bulk load ${(full.bulkLoad.totalMs / 1000).toFixed(1)} s`);
      try {
        if (!chromium) {
          results.skipped.push(
            'no Chromium at /usr/bin/chromium or CHROMIUM_PATH: no browser timings, no load size',
          );
          return;
        }
        const browser = await launchChromium(chromium);
        try {
          await attempt('browser timings', async () => {
            const fullAccount = results.fullAccount;
            if (!fullAccount) return;
            fullAccount.browser = await measureBrowser(
              browser,
              {
                runs: settings.browserRuns,
                baseUrl: `http://localhost:${full.server.port}`,
                root: BENCH_ROOT,
                users: full.seed.users.length,
                groups: full.seed.groups.length,
                roles: full.seed.roles.length,
                holder: full.holder,
                filters: ['martin', 'alice.martin', 'engineering', ''],
                server: full.server,
              },
              log,
            );
            fullAccount.rssAfterBrowserMb = full.server.memory().rssMb;
          });
          log('3. Load size');
          await attempt('load size', async () => {
            results.loadSize = await measureLoadSize(
              browser,
              `http://localhost:${full.server.port}`,
              distDir,
              repoRoot,
            );
          });
        } finally {
          await browser.close();
        }
      } finally {
        await full.server.stop();
      }
    });

    return fullAccountPath;
  }

  async function startGroup(fullAccountPath: string | undefined) {
    log('4. Server start');
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

  results.environment.loadAverage.atEnd = loadavg();
  results.durationMs = performance.now() - started;
  results.targets = checkTargets(results);
  log(formatReport(results));
  // BENCH_OUT: write elsewhere, e.g. for before/after runs of a candidate fix.
  const out = resolve(process.env.BENCH_OUT ?? join(benchRepo, 'bench', 'results', 'latest.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`\nWrote ${out}`);
  return results.failures.length > 0 ? 1 : 0;
}

const watchdog = setTimeout(() => {
  log(`The benchmark passed ${WATCHDOG_MS / 60_000} minutes: stopping its servers and itself.`);
  killOwnChildren();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killOwnChildren();
    process.exit(130);
  });
}

main().then(
  (code) => {
    killOwnChildren();
    process.exit(code);
  },
  (error: unknown) => {
    log(`The benchmark could not run: ${(error as Error).stack ?? String(error)}`);
    killOwnChildren();
    process.exit(1);
  },
);
