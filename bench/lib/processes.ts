import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
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
 * A child process whose output goes to a file. Read from a pipe, the server's one log line a
 * request cost this process CPU during the runs, on the two CPUs the clients and the server
 * share (about a fifth of the local account's ops/s at 16 clients); a file is read afterwards.
 */
export interface Child {
  process: ChildProcess;
  /** The end of the output, for error messages. */
  tail(): string;
  /** Whole lines written since the last call. */
  newLines(): string[];
  stop(): Promise<void>;
}

/** Every child this benchmark started and that is still running, for the watchdog. */
const live = new Set<ChildProcess>();

/** Kills, by PID, the children this benchmark started; used when it must stop at once. */
export function killOwnChildren(): void {
  for (const child of live) child.kill('SIGKILL');
}

const TAIL_BYTES = 4000;

/** Bytes `from` to the end of `path`, at most `limit` of them. */
function readFrom(path: string, from: number, limit = Number.MAX_SAFE_INTEGER): Buffer {
  const fd = openSync(path, 'r');
  try {
    const length = Math.max(0, Math.min(fstatSync(fd).size - from, limit));
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, from);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function spawnChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; outputPath: string },
): Child {
  const { outputPath } = options;
  const output = openSync(outputPath, 'w');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', output, output],
  });
  closeSync(output);
  live.add(child);
  child.once('exit', () => live.delete(child));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let readUpTo = 0;

  return {
    process: child,
    tail: () => {
      const size = statSync(outputPath).size;
      return readFrom(outputPath, Math.max(0, size - TAIL_BYTES)).toString('utf8');
    },
    newLines: () => {
      const text = readFrom(outputPath, readUpTo).toString('utf8');
      const complete = text.lastIndexOf('\n') + 1;
      readUpTo += Buffer.byteLength(text.slice(0, complete));
      return text.slice(0, complete).split('\n').slice(0, -1);
    },
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
