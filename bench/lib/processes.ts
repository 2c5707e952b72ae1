import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One GET on loopback; resolves with the status, or undefined when nothing answers yet. */
export function probe(port: number, path: string): Promise<number | undefined> {
  return new Promise((resolveStatus) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolveStatus(res.statusCode));
    });
    req.on('error', () => resolveStatus(undefined));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Polls until the port answers, every `intervalMs`, giving up after `timeoutMs`. */
export async function waitForAnswer(
  port: number,
  path: string,
  timeoutMs: number,
  intervalMs = 5,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The process exited with ${child.exitCode} before answering on ${port}.`);
    }
    if ((await probe(port, path)) !== undefined) return;
    await sleep(intervalMs);
  }
  throw new Error(`Nothing answered on 127.0.0.1:${port}${path} within ${timeoutMs} ms.`);
}

/** Resident and peak resident memory of a process, in MB, from /proc (Linux only). */
export function memoryOf(pid: number | undefined): { rssMb: number; peakMb: number } {
  if (pid === undefined) return { rssMb: Number.NaN, peakMb: Number.NaN };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/**
 * A child process whose output is drained (a full pipe would stall it) and kept as a short
 * tail for error messages. The server logs one line a request, with no secrets in it.
 */
export interface Child {
  process: ChildProcess;
  tail(): string;
  stop(): Promise<void>;
}

/** Every child this benchmark started and that is still running, for the watchdog. */
const live = new Set<ChildProcess>();

/** Kills, by PID, the children this benchmark started; used when it must stop at once. */
export function killOwnChildren(): void {
  for (const child of live) child.kill('SIGKILL');
}

export function spawnChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (!options.onLine) return;
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach(options.onLine);
  });
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  return {
    process: child,
    tail: () => tail,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(5000, false)]);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (Linux only). */
export function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** USER_HZ, which Linux fixes at 100 for /proc on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
