import type { BrowserResult } from './groups/browser.ts';
import type { LoadSizeResult } from './groups/load-size.ts';
import type { StartResult } from './groups/server-start.ts';
import type { LevelResult, ThroughputSettings } from './groups/throughput.ts';
import type { BulkLoadResult } from './seed/load.ts';

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined when the figure could not be measured on this machine. */
  met: boolean | undefined;
}

export interface BenchResults {
  generatedAt: string;
  environment: {
    node: string;
    cpus: number;
    cpuModel: string;
    platform: string;
    commit: string;
    /** The working tree, or the commit BENCH_REV named. */
    measured: string;
    /** Uncommitted changes in the tree when the benchmark ran (others work in it too). */
    uncommittedFiles: number;
    chromium?: string;
    moto?: string;
    /**
     * 1, 5 and 15 minute load averages: above the CPU count, other work shared the machine and
     * the figures are pessimistic.
     */
    loadAverage: { atStart: number[]; atEnd: number[] };
  };
  settings: { throughput: ThroughputSettings; bulkConcurrency: number; browserRuns: number };
  buildMs?: number;
  throughput: {
    local?: LevelResult[];
    moto?: LevelResult[];
    /** Local ops/s over moto's at each level, run by run medians. */
    ratio?: { clients: number; opsPerSecondRatio: number }[];
    /**
     * The same workload from the lean signed-HTTP client: the servers' capacity when the
     * benchmark's own SDK clients are not what limits it. A diagnostic; targets use the SDK's.
     */
    lean?: {
      local?: LevelResult[];
      moto?: LevelResult[];
      ratio?: { clients: number; opsPerSecondRatio: number }[];
    };
  };
  fullAccount?: {
    users: number;
    groups: number;
    roles: number;
    paths: number;
    bulkLoad: BulkLoadResult;
    rssAfterLoadMb: number;
    rssAfterBrowserMb?: number;
    browser?: BrowserResult;
  };
  loadSize?: LoadSizeResult;
  serverStart?: StartResult;
  targets: TargetCheck[];
  skipped: string[];
  failures: string[];
  durationMs: number;
}
