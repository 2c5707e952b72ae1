import { performance } from 'node:perf_hooks';
import {
  cpuSecondsOf,
  freePort,
  memoryOf,
  spawnChild,
  waitForAnswer,
  type Child,
} from './processes.ts';

/**
 * The fixed root key the benchmark starts its local accounts with. It exists only in throwaway
 * accounts under the benchmark's temporary directory and is not a credential anywhere else.
 */
export const BENCH_ROOT = {
  accountId: '123456789012',
  accessKeyId: 'AKIABENCHROOT0000001',
  secretAccessKey: 'bench-root-secret-not-a-real-credential-00',
};

export interface ConsoleServerOptions {
  repoRoot: string;
  distDir: string;
  /** SQLite file; a new path means a first start (account creation). */
  dataPath: string;
  /** The demo organisation on first start, as `npm start` does by default. */
  demo: boolean;
}

export interface ConsoleServer {
  port: number;
  endpoint: string;
  pid: number | undefined;
  /** Milliseconds from spawn to the first answered request. */
  startMs: number;
  /** CPU milliseconds the process had used by then: steady even when the machine is busy. */
  startCpuMs: number;
  memory(): { rssMb: number; peakMb: number };
  /** Handler durations (ms) from the server's request log since the last call, then resets. */
  takeHandlerDurations(): number[];
  /** The same, with each request's action, for the actions a page called. */
  takeHandlerLog(): { action: string; ms: number }[];
  stop(): Promise<void>;
}

/** `POST iam:ListUsers 200 3ms`: the one line the server logs a request. */
const REQUEST_LINE = /^[A-Z]+ (?:iam|sts):([A-Za-z-]+) \d{3} (\d+)ms/;

/**
 * Starts the product's own entry (server/main.ts) in a child process on a free loopback port,
 * the way `npm run serve` does but without tsx's wrapper process, so the PID is the server's
 * and its RSS can be read from /proc.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    CONSOLE_DIST_DIR: options.distDir,
    LOCAL_ACCOUNT_DATA: options.dataPath,
    LOCAL_ACCOUNT_ID: BENCH_ROOT.accountId,
    LOCAL_ROOT_ACCESS_KEY_ID: BENCH_ROOT.accessKeyId,
    LOCAL_ROOT_SECRET_ACCESS_KEY: BENCH_ROOT.secretAccessKey,
    LOCAL_ACCOUNT_DEMO: options.demo ? '1' : '0',
  };
  delete env.LOCAL_ACCOUNT_RESET;
  delete env.LOCAL_ACCOUNT_ALIAS;

  const started = performance.now();
  const child: Child = spawnChild(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: options.repoRoot,
    env,
    outputPath: `${options.dataPath}.log`,
  });
  try {
    await waitForAnswer(port, '/signin', 30_000, 5, child.process);
  } catch (error) {
    await child.stop();
    throw new Error(`${(error as Error).message}\n${redactTail(child.tail())}`, { cause: error });
  }
  const startMs = performance.now() - started;
  const startCpuMs = cpuSecondsOf(child.process.pid) * 1000;
  const takeHandlerLog = () =>
    child.newLines().flatMap((line) => {
      const match = REQUEST_LINE.exec(line);
      return match ? [{ action: match[1] ?? '-', ms: Number(match[2]) }] : [];
    });

  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    pid: child.process.pid,
    startMs,
    startCpuMs,
    memory: () => memoryOf(child.process.pid),
    takeHandlerLog,
    takeHandlerDurations: () => takeHandlerLog().map((entry) => entry.ms),
    stop: () => child.stop(),
  };
}

/** The server prints the root secret at start; an error message must not repeat it. */
function redactTail(tail: string): string {
  return tail
    .split('\n')
    .filter((line) => !/secret/i.test(line))
    .join('\n');
}
