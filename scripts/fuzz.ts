/**
 * `npm run fuzz`: the hostile-input generator of server/local-iam/robustness run for longer,
 * against a child server on a temporary data file. It stops by itself after FUZZ_RUNS
 * requests (default 20000) or FUZZ_SECONDS (default 300), whichever comes first, then prints
 * what it tried and each distinct problem with the first request that showed it. It exits 1
 * when it found a problem. FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { FuzzTarget } from '../server/local-iam/robustness/support/fuzz-target.ts';
import { hostileRequest } from '../server/local-iam/robustness/support/hostile-requests.ts';
import { operationModels } from '../server/local-iam/robustness/support/model.ts';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const runs = numberFromEnv('FUZZ_RUNS', 20_000);
const seconds = numberFromEnv('FUZZ_SECONDS', 300);
const seed = numberFromEnv('FUZZ_SEED', Date.now() % 2_147_483_647);
/** Requests generated a batch: fast-check draws them from one seeded stream. */
const BATCH = 500;

const models = operationModels();
const target = await FuzzTarget.start();
const deadline = Date.now() + seconds * 1000;
process.stdout.write(
  `fuzz: ${models.length} operations, up to ${runs} requests or ${seconds} s, seed ${seed}\n`,
);

try {
  const arbitrary = hostileRequest(models, target.fixtures.pool);
  let batch = 0;
  while (target.figures.cases < runs && Date.now() < deadline && target.child.alive()) {
    const size = Math.min(BATCH, runs - target.figures.cases);
    for (const request of fc.sample(arbitrary, { numRuns: size, seed: seed + batch++ })) {
      await target.check(request);
      if (Date.now() >= deadline || !target.child.alive()) break;
    }
    process.stdout.write(
      `  ${target.figures.cases} requests, ${target.figures.problems.size} problems\n`,
    );
  }
} finally {
  const { figures } = target;
  const integrity = target.integrity();
  const alive = target.child.alive();
  await target.stop();

  process.stdout.write(`\nrequests: ${figures.cases}\n`);
  process.stdout.write(`by status: ${JSON.stringify(figures.byStatus)}\n`);
  process.stdout.write(`by code: ${JSON.stringify(figures.byCode)}\n`);
  process.stdout.write(
    `server alive at the end: ${alive}; integrity_check: ${integrity.join(' ')}\n`,
  );
  process.stdout.write('slowest answers:\n');
  for (const [ms, request] of figures.slowest) {
    process.stdout.write(`  ${ms} ms  ${request.slice(0, 200)}\n`);
  }
  process.stdout.write(`problems: ${figures.problems.size}\n`);
  for (const [problem, request] of figures.problems) {
    process.stdout.write(`- ${problem}\n    ${request.slice(0, 1000)}\n`);
  }
  process.exitCode = figures.problems.size > 0 || !alive || integrity[0] !== 'ok' ? 1 : 0;
}
