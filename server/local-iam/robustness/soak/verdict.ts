/** One reading of the server under load. */
export interface Sample {
  seconds: number;
  rssMiB: number;
  fds: number;
  requests: number;
  errors: number;
}

export interface SoakVerdict {
  summary: string[];
  failures: string[];
}

/**
 * The first fifth of a run, and at least its first minute, warm the JIT, V8's heap sizing and
 * SQLite's page cache (16 MiB a connection with better-sqlite3); they are not judged.
 */
const WARM_UP = 0.2;
const WARM_UP_SECONDS = 60;
/** Growth that is noise for a V8 heap: under this, memory counts as flat. */
const MEMORY_SLACK_MIB = 16;
const MEMORY_SLACK_RATIO = 0.1;
/** Descriptors that come and go with keep-alive connections. */
const FD_SLACK = 8;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Memory "grows steadily" when, after warm-up, each third of the run has a higher median than
 * the one before and the last is above the first by more than the slack: a leak climbs, a
 * heap that breathes does not.
 */
export function judgeSoak(
  samples: Sample[],
  errors: ReadonlyMap<string, number>,
  aliveAtEnd: boolean,
): SoakVerdict {
  const failures: string[] = [];
  const end = samples[samples.length - 1]?.seconds ?? 0;
  const warmUp = Math.max(WARM_UP_SECONDS, end * WARM_UP);
  const judged = samples.filter((sample) => sample.seconds >= warmUp);
  if (!aliveAtEnd) failures.push('the server died');
  const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
  if (errorCount > 0) failures.push(`${errorCount} requests failed`);
  if (judged.length < 6) {
    failures.push(`too few samples to judge (${judged.length}): run longer`);
    return { summary: [], failures };
  }

  const third = Math.floor(judged.length / 3);
  const medians = [0, 1, 2].map((i) =>
    median(judged.slice(i * third, i === 2 ? judged.length : (i + 1) * third).map((s) => s.rssMiB)),
  );
  const [first, second, last] = medians as [number, number, number];
  const growth = last - first;
  const climbing = first < second && second < last;
  const slack = Math.max(MEMORY_SLACK_MIB, first * MEMORY_SLACK_RATIO);
  if (climbing && growth > slack) {
    failures.push(`memory grows steadily: ${medians.join(' → ')} MiB (more than ${slack} MiB)`);
  }

  const fdsAtStart = judged[0]!.fds;
  const fdsAtEnd = judged[judged.length - 1]!.fds;
  const fdsMax = Math.max(...judged.map((s) => s.fds));
  if (fdsAtEnd > fdsAtStart + FD_SLACK) {
    failures.push(`open descriptors grow: ${fdsAtStart} → ${fdsAtEnd}`);
  }

  const last_ = judged[judged.length - 1]!;
  const first_ = judged[0]!;
  const rate = (last_.requests - first_.requests) / Math.max(1, last_.seconds - first_.seconds);
  return {
    summary: [
      `rss medians by third after warm-up: ${medians.join(' → ')} MiB`,
      `rss min/max: ${Math.min(...judged.map((s) => s.rssMiB))}/` +
        `${Math.max(...judged.map((s) => s.rssMiB))} MiB`,
      `open descriptors: ${fdsAtStart} at start, ${fdsAtEnd} at end, ${fdsMax} at most`,
      `throughput after warm-up: ${rate.toFixed(0)} requests/s`,
    ],
    failures,
  };
}
