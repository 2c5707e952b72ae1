import type { LevelResult } from './groups/throughput.ts';
import { formatFigure, type Figure } from './lib/stats.ts';
import type { BenchResults } from './results-types.ts';

/** Left-aligned columns, each as wide as its widest cell. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

const f = (figure: Figure | undefined, digits = 1) =>
  figure ? formatFigure(figure, digits) : 'n/a';

const THROUGHPUT_HEADERS = [
  'target',
  'clients',
  'ops/s',
  'p50 ms',
  'p99 ms',
  'handler p99',
  'RSS MB',
  'server CPU %',
  'CPU ms/call',
  'bench CPU %',
  'bench ms/call',
  "clients' ceiling",
  'errors',
];

function throughputRows(name: string, levels: LevelResult[] | undefined): string[][] {
  return (levels ?? []).map((level) => [
    name,
    String(level.clients),
    f(level.opsPerSecond, 0),
    f(level.p50Ms, 2),
    f(level.p99Ms, 2),
    f(level.serverP99Ms, 0),
    f(level.rssMb, 0),
    f(level.serverCpuPercent, 0),
    f(level.serverCpuMsPerCall, 2),
    f(level.benchCpuPercent, 0),
    f(level.benchCpuMsPerCall, 2),
    f(level.clientCeilingOpsPerSecond, 0),
    String(Object.values(level.errors).reduce((sum, count) => sum + count, 0)),
  ]);
}

export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const { loadAverage, cpus } = results.environment;
  const load = [loadAverage.atStart[0] ?? 0, loadAverage.atEnd[0] ?? 0];
  out.push(
    `Node ${results.environment.node}, ${cpus} CPUs; ` +
      `load average ${load.map((l) => l.toFixed(1)).join(' → ')}` +
      // Only the load at the start tells of other work: by the end it counts the benchmark's own.
      ((load[0] ?? 0) > cpus - 1
        ? ' (the machine was busy with other work at the start: figures are pessimistic)'
        : ''),
  );
  const section = (title: string) => out.push('', `== ${title}`);

  section('1. Local account throughput (mixed SDK v3 workload; median (min–max) over runs)');
  out.push(
    table(THROUGHPUT_HEADERS, [
      ...throughputRows('local', results.throughput.local),
      ...throughputRows('moto', results.throughput.moto),
    ]),
  );
  for (const ratio of results.throughput.ratio ?? []) {
    out.push(`local ÷ moto at ${ratio.clients} clients: ${ratio.opsPerSecondRatio.toFixed(1)}×`);
  }
  out.push(
    "clients' ceiling: the ops/s the benchmark's SDK clients could reach against a server that " +
      'cost nothing (client threads × 1000 ÷ bench ms/call)',
  );

  const lean = results.throughput.lean;
  if (lean) {
    section('1b. Server capacity: the same calls from a lean signed-HTTP client (diagnostic)');
    out.push(
      table(THROUGHPUT_HEADERS, [
        ...throughputRows('local', lean.local),
        ...throughputRows('moto', lean.moto),
      ]),
    );
    for (const ratio of lean.ratio ?? []) {
      out.push(
        `local ÷ moto at ${ratio.clients} lean clients: ${ratio.opsPerSecondRatio.toFixed(1)}×`,
      );
    }
  }

  const full = results.fullAccount;
  section('2. Full account');
  if (full) {
    const load = full.bulkLoad;
    out.push(
      `${full.users} users over ${full.paths} paths, ${full.groups} groups, ${full.roles} roles: ` +
        `bulk load ${(load.totalMs / 1000).toFixed(1)} s at ${load.concurrency} in flight ` +
        `(users ${(load.usersMs / 1000).toFixed(1)} s, ` +
        `groups ${(load.groupsMs / 1000).toFixed(1)} s, ` +
        `roles ${(load.rolesMs / 1000).toFixed(1)} s; ${load.callsPerSecond.toFixed(0)} calls/s)`,
      `server RSS after the load ${full.rssAfterLoadMb.toFixed(0)} MB` +
        (full.rssAfterBrowserMb
          ? `, after the browser runs ${full.rssAfterBrowserMb.toFixed(0)} MB`
          : ''),
    );
    const browser = full.browser;
    if (browser) {
      out.push(
        table(
          ['Chromium (from the sign-in click)', 'ms'],
          [
            ['first rows of the users table', f(browser.firstRowsMs, 0)],
            ['  of which: lazy chunks until the last arrived', f(browser.chunksArrivedMs, 0)],
            ['every page of users loaded', f(browser.allPagesMs, 0)],
            ['path tree complete', f(browser.pathTreeMs, 0)],
            ['filter typed → rows updated', f(browser.filterUpdatedMs, 1)],
            ['filter typed → next frame', f(browser.filterPaintedMs, 1)],
            ['open a user, then its credentials tab', f(browser.openUserMs, 0)],
            ['credentials tab → every credential shown', f(browser.credentialsTabMs, 0)],
            ['  while loading: page long tasks', f(browser.loadLongTaskMs, 0)],
            ['  while loading: server time in List calls', f(browser.loadServerListMs, 0)],
          ],
        ),
        `API calls to show the users page: ${JSON.stringify(browser.apiCalls)} ` +
          `(pages at IAM's default size: ${JSON.stringify(browser.pagesAtDefaultSize)})`,
      );
      if (browser.credentialsNotShown.length) {
        out.push(
          `credentials the user page did not show: ${browser.credentialsNotShown.join(', ')}`,
        );
      }
    }
  } else {
    out.push('not measured');
  }

  section('3. Load size (gzip -6 of the built files)');
  const size = results.loadSize;
  if (size) {
    out.push(
      `sign-in page: ${size.signIn.files.length} files, ` +
        `JS ${size.signIn.jsRawKb.toFixed(0)} KB + ` +
        `CSS ${size.signIn.cssRawKb.toFixed(0)} KB raw = ${size.signIn.rawKb.toFixed(0)} KB, ` +
        `${size.signIn.gzipKb.toFixed(0)} KB gzip` +
        (size.servedCompressed ? '' : ' (the server sends them uncompressed)') +
        `; fonts fetched as files: ${size.signInFonts.files.length}, ` +
        `${size.signInFonts.rawKb.toFixed(0)} KB`,
      table(
        ['lazy chunk', 'raw KB', 'gzip KB'],
        size.lazyChunks.map((chunk) => [
          chunk.src,
          chunk.rawKb.toFixed(1),
          chunk.gzipKb.toFixed(1),
        ]),
      ),
    );
  } else {
    out.push('not measured');
  }

  section('4. Server start (spawn → first answered request)');
  const start = results.serverStart;
  if (start) {
    const row = (name: string, figures: typeof start.cold | undefined) =>
      figures
        ? [
            name,
            f(figures.firstAnswerMs, 0),
            f(figures.cpuToFirstAnswerMs, 0),
            f(figures.firstIamCallMs, 0),
            f(figures.rssAfterStartMb, 0),
            f(figures.rssAfterListingMb, 0),
          ]
        : [name, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
    out.push(
      table(
        [
          'data',
          'first answer ms',
          'CPU ms to it',
          'first IAM call ms',
          'RSS MB',
          'RSS after ListUsers MB',
        ],
        [row('cold (new file)', start.cold), row('full account', start.fullAccount)],
      ),
    );
  } else {
    out.push('not measured');
  }

  section('Targets (reported, not asserted)');
  out.push(
    table(
      ['target', 'measured', ''],
      results.targets.map((check) => [
        check.target,
        check.measured,
        check.met === undefined ? 'not measured' : check.met ? 'met' : 'MISSED',
      ]),
    ),
  );
  if (results.skipped.length) out.push('', 'Skipped:', ...results.skipped.map((s) => `- ${s}`));
  if (results.failures.length) out.push('', 'Failed:', ...results.failures.map((s) => `- ${s}`));
  out.push('', `Total ${(results.durationMs / 1000).toFixed(0)} s.`);
  return out.join('\n');
}
