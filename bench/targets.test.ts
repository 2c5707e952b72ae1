import { describe, expect, it } from 'vitest';
import type { LevelResult } from './groups/throughput.ts';
import { figureOf } from './lib/stats.ts';
import type { BenchResults } from './results-types.ts';
import { checkTargets } from './targets.ts';

function level(clients: number, opsPerSecond: number, ceiling: number, p99Ms = 5): LevelResult {
  const one = (value: number) => figureOf([value]);
  return {
    clients,
    clientThreads: 1,
    opsPerSecond: one(opsPerSecond),
    p50Ms: one(p99Ms / 2),
    p99Ms: one(p99Ms),
    rssMb: one(100),
    serverCpuPercent: one(50),
    serverCpuMsPerCall: one(0.3),
    benchCpuPercent: one(100),
    benchCpuMsPerCall: one(1000 / ceiling),
    clientCeilingOpsPerSecond: one(ceiling),
    calls: 1000,
    errors: {},
    operations: {},
  };
}

function results(local: LevelResult[], moto: LevelResult[]): BenchResults {
  return {
    throughput: {
      local,
      moto,
      ratio: local.map((mine, index) => ({
        clients: mine.clients,
        opsPerSecondRatio: mine.opsPerSecond.median / (moto[index]?.opsPerSecond.median ?? 1),
      })),
    },
  } as unknown as BenchResults;
}

const byName = (checks: ReturnType<typeof checkTargets>, prefix: string) =>
  checks.find((check) => check.target.startsWith(prefix));

describe('checkTargets', () => {
  it('reports the ratio at every level with what the clients allowed at most', () => {
    const checks = checkTargets(
      results(
        [level(1, 1000, 1700), level(16, 2400, 2500)],
        [level(1, 200, 300), level(16, 250, 260)],
      ),
    );
    const ratio = byName(checks, 'local account ≥ 10×');
    expect(ratio?.measured).toBe("1: 5.0×, 16: 9.6× (clients' ceiling ÷ moto: 8.5×, 10.0×)");
    expect(ratio?.met).toBe(false);
  });

  it('meets the ratio only when every level reaches 10×', () => {
    const checks = checkTargets(
      results(
        [level(1, 2000, 2500), level(16, 3000, 4000)],
        [level(1, 200, 300), level(16, 300, 300)],
      ),
    );
    expect(byName(checks, 'local account ≥ 10×')?.met).toBe(true);
  });

  it("gives the p99 at 16 clients beside Little's law mean", () => {
    const checks = checkTargets(results([level(16, 2000, 2500, 12)], [level(16, 250, 260)]));
    const p99 = byName(checks, 'p99 < 10 ms');
    expect(p99?.measured).toBe('12.0 ms (mean 8.0 ms = 16 ÷ ops/s)');
    expect(p99?.met).toBe(false);
  });
});
