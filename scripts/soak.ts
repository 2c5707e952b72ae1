/**
 * `npm run soak`: mixed load on a child server on 127.0.0.1 for SOAK_SECONDS (default 600),
 * from SOAK_WORKERS concurrent clients (default 8). Every SOAK_SAMPLE_SECONDS (default 10) it
 * prints the server's resident memory, its open file descriptors (/proc/<pid>/fd) and the
 * requests and errors so far. It exits 1 when any request failed, when memory grows steadily
 * after warm-up, or when open descriptors grow.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../server/local-iam/robustness/support/child.ts';
import {
  clientsFor,
  prepare,
  round,
  takeLatencies,
} from '../server/local-iam/robustness/soak/workload.ts';
import { judgeSoak, type Sample } from '../server/local-iam/robustness/soak/verdict.ts';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const seconds = numberFromEnv('SOAK_SECONDS', 600);
const workers = numberFromEnv('SOAK_WORKERS', 8);
const sampleSeconds = numberFromEnv('SOAK_SAMPLE_SECONDS', 10);

function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1] ?? NaN);
  return Math.round((kib / 1024) * 10) / 10;
}

function openDescriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

const dir = mkdtempSync(join(tmpdir(), 'local-iam-soak-'));
const child = await startChild(join(dir, 'account.sqlite'));
const clients = clientsFor(child.endpoint);
const errors = new Map<string, number>();
let requests = 0;
let rounds = 0;
const samples: Sample[] = [];
const started = Date.now();
const deadline = started + seconds * 1000;

function sample(): void {
  if (!child.alive()) return;
  const row: Sample = {
    seconds: Math.round((Date.now() - started) / 1000),
    rssMiB: residentMiB(child.pid),
    fds: openDescriptors(child.pid),
    requests,
    errors: [...errors.values()].reduce((sum, n) => sum + n, 0),
  };
  samples.push(row);
  const latencies = takeLatencies().sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.floor(latencies.length * share)] ?? 0);
  process.stdout.write(
    `${String(row.seconds).padStart(6)} s  rss ${row.rssMiB.toFixed(1).padStart(7)} MiB  ` +
      `fds ${String(row.fds).padStart(4)}  requests ${String(row.requests).padStart(8)}  ` +
      `errors ${row.errors}  latency p50 ${at(0.5)} p99 ${at(0.99)} ms\n`,
  );
}

process.stdout.write(
  `soak: ${seconds} s, ${workers} workers, server pid ${child.pid} on ${child.endpoint}\n`,
);
try {
  const readerKey = await prepare(clients);
  const root = clients.iam();
  const reader = clients.iam(readerKey);
  sample();
  const timer = setInterval(sample, sampleSeconds * 1000);
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let n = 0; Date.now() < deadline && child.alive(); n++) {
        try {
          const calls = await round(clients, root, reader, `soak-${worker}-${n}`);
          requests += calls;
          rounds++;
        } catch (error) {
          const { name, message } = error as Error;
          const kind = `${name}: ${message.slice(0, 120)}`;
          errors.set(kind, (errors.get(kind) ?? 0) + 1);
          // A failed round leaves its user behind; the next round uses a new name.
        }
      }
    }),
  );
  clearInterval(timer);
  sample();
  root.destroy();
  reader.destroy();
} finally {
  const alive = child.alive();
  await child.stop();
  rmSync(dir, { recursive: true, force: true });

  const verdict = judgeSoak(samples, errors, alive);
  process.stdout.write(`\nrounds: ${rounds}, requests: ${requests}\n`);
  process.stdout.write(`errors: ${JSON.stringify(Object.fromEntries(errors))}\n`);
  for (const line of verdict.summary) process.stdout.write(`${line}\n`);
  for (const failure of verdict.failures) process.stdout.write(`FAIL: ${failure}\n`);
  process.stdout.write(verdict.failures.length === 0 ? 'soak passed\n' : 'soak failed\n');
  process.exitCode = verdict.failures.length === 0 ? 0 : 1;
}
