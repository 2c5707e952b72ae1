import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './lib/browser.ts';
import { buildApp } from './lib/build.ts';
import { findMotoServer } from './lib/moto.ts';
import { killOwnChildren } from './lib/processes.ts';
import { productRoot } from './lib/source.ts';
import {
  fullAccountPhase,
  loadSizePhase,
  serverStartPhase,
  throughputPhase,
  type BenchSettings,
  type PhaseContext,
} from './phases.ts';
import { formatReport } from './report.ts';
import type { BenchResults } from './results-types.ts';
import { checkTargets } from './targets.ts';

const benchRepo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_REV=HEAD (or any commit): measure that commit instead of the working tree.
const rev = process.env.BENCH_REV || undefined;
// BENCH_QUICK=1: one short run of each, to try the benchmark itself; figures are rough.
const quick = process.env.BENCH_QUICK === '1';
// BENCH_GROUPS=throughput,full,size,start: only those (full includes the browser timings).
const groups = new Set((process.env.BENCH_GROUPS ?? 'throughput,full,size,start').split(','));
const settings: BenchSettings = {
  throughput: {
    levels: [1, 16, 64],
    runs: quick ? 1 : 3,
    runMs: quick ? 1500 : 5000,
    warmupMs: quick ? 300 : 1000,
    maxRoundsPerRun: 1200,
    leanLevels: [1, 16],
  },
  bulkConcurrency: 16,
  browserRuns: Number(process.env.BENCH_BROWSER_RUNS ?? (quick ? 1 : 3)),
  startRuns: quick ? 2 : 5,
};
/** The whole run must end by itself, whatever hangs. */
const WATCHDOG_MS = 15 * 60_000;

const log = (line: string) => process.stdout.write(`${line}\n`);

// The SDK warns, once in every client thread, that its releases from January 2027 need Node 22.
// The report names the Node it ran on; the repeated warning only buries the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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

  const context: PhaseContext = {
    repoRoot,
    distDir,
    workDir,
    settings,
    moto,
    chromium,
    results,
    log,
    attempt,
  };
  try {
    log(`Building the app into ${distDir}`);
    results.buildMs = await buildApp(repoRoot, distDir);
    if (groups.has('throughput')) await throughputPhase(context);
    const fullAccountPath = groups.has('full') ? await fullAccountPhase(context) : undefined;
    if (groups.has('size')) await loadSizePhase(context);
    if (groups.has('start')) await serverStartPhase(context, fullAccountPath);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
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
