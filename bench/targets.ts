import type { BenchResults, TargetCheck } from './results-types.ts';

function check(
  target: string,
  measured: number | undefined,
  limit: number,
  unit: string,
): TargetCheck {
  const known = measured !== undefined && Number.isFinite(measured);
  return {
    target,
    measured: known ? `${measured.toFixed(1)} ${unit}` : 'n/a',
    met: known ? measured < limit : undefined,
  };
}

/**
 * What the ratio could be at most on this machine with these clients: the SDK clients' own
 * ceiling over moto's ops/s. Below 10×, no server could meet the target here.
 */
function ceilingRatios(throughput: BenchResults['throughput']): string {
  const bounds = (throughput.local ?? []).flatMap((level) => {
    const moto = throughput.moto?.find((other) => other.clients === level.clients);
    return moto
      ? [`${(level.clientCeilingOpsPerSecond.median / moto.opsPerSecond.median).toFixed(1)}×`]
      : [];
  });
  return bounds.length ? ` (clients' ceiling ÷ moto: ${bounds.join(', ')})` : '';
}

/** The targets against the medians: reported, never asserted. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { throughput, fullAccount, loadSize, serverStart } = results;

  const ratios = throughput.ratio ?? [];
  checks.push({
    target: 'local account ≥ 10× moto_server ops/s (every level)',
    measured: ratios.length
      ? ratios.map((r) => `${r.clients}: ${r.opsPerSecondRatio.toFixed(1)}×`).join(', ') +
        ceilingRatios(throughput)
      : 'n/a (moto_server not run)',
    met: ratios.length ? ratios.every((r) => r.opsPerSecondRatio >= 10) : undefined,
  });
  const at16 = throughput.local?.find((level) => level.clients === 16);
  const p99 = check('p99 < 10 ms at 16 clients', at16?.p99Ms.median, 10, 'ms');
  if (at16) {
    // Little's law: 16 clients that never pause hold 16 calls in flight, so the mean latency
    // is 16 ÷ ops/s, whatever the server does; the p99 sits above that mean.
    const meanMs = (16 / at16.opsPerSecond.median) * 1000;
    p99.measured += ` (mean ${meanMs.toFixed(1)} ms = 16 ÷ ops/s)`;
  }
  checks.push(p99);

  const rssFull = Math.max(
    fullAccount?.rssAfterLoadMb ?? Number.NaN,
    fullAccount?.rssAfterBrowserMb ?? Number.NaN,
    serverStart?.fullAccount?.rssAfterListingMb.median ?? Number.NaN,
  );
  checks.push(check('RSS < 200 MB with the full account', rssFull, 200, 'MB'));

  const browser = fullAccount?.browser;
  checks.push(
    check('first rows < 1 s after the sign-in click', browser?.firstRowsMs.median, 1000, 'ms'),
  );
  checks.push(
    check('every page of users and the path tree < 2 s', browser?.everythingMs.median, 2000, 'ms'),
  );
  checks.push(check('filter updates < 100 ms', browser?.filterUpdatedMs.median, 100, 'ms'));
  checks.push({
    target: 'no N+1: API calls proportional to pages',
    measured: browser
      ? `ListUsers ×${browser.apiCalls.ListUsers ?? 0} ` +
        `(≤ ${browser.pagesAtDefaultSize.ListUsers})` +
        (browser.suspectedNPlusOne.length
          ? `; too many: ${browser.suspectedNPlusOne.join(', ')}`
          : `; per-user calls: ${JSON.stringify(browser.perRowCalls)}`)
      : 'n/a',
    met: browser ? browser.suspectedNPlusOne.length === 0 : undefined,
  });

  checks.push(check('sign-in page < 350 KB gzip JS+CSS', loadSize?.signIn.gzipKb, 350, 'KB'));
  checks.push({
    target: 'every feature page loaded lazily',
    measured: loadSize
      ? loadSize.featurePagesNotLazy.length + loadSize.featurePagesOnSignIn.length === 0
        ? 'all split and none on /signin'
        : `not split: ${loadSize.featurePagesNotLazy.join(', ') || '-'}; ` +
          `on /signin: ${loadSize.featurePagesOnSignIn.join(', ') || '-'}`
      : 'n/a',
    met: loadSize
      ? loadSize.featurePagesNotLazy.length + loadSize.featurePagesOnSignIn.length === 0
      : undefined,
  });
  checks.push(
    check(
      'server start < 1 s with the full account',
      serverStart?.fullAccount?.firstAnswerMs.median,
      1000,
      'ms',
    ),
  );
  return checks;
}
