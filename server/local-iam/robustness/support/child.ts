import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../child/serve.ts', import.meta.url));
/** Kept from the child's stderr, so a failing test can show why the child died. */
const MAX_STDERR_CHARS = 64 * 1024;

export interface ChildServer {
  readonly pid: number;
  /** `http://127.0.0.1:PORT/` */
  readonly endpoint: string;
  /** Settles when the process ends, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  stderr(): string;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface ChildOptions {
  /** Sends the account's one-line-a-request log to the child's stderr. */
  log?: boolean;
  startTimeoutMs?: number;
}

/** Starts `child/serve.ts` on `dataPath` and resolves once it listens on 127.0.0.1. */
export async function startChild(
  dataPath: string,
  options: ChildOptions = {},
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVE, dataPath], {
    env: { ...process.env, ROBUSTNESS_LOG: options.log ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-MAX_STDERR_CHARS);
  });
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The child server did not start in time.\n${stderr}`));
    }, options.startTimeoutMs ?? 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The child server ended (${code ?? signal}) before listening.\n${stderr}`));
    });
  });

  return {
    pid: child.pid!,
    endpoint: `http://127.0.0.1:${port}/`,
    exited,
    alive: () => !ended,
    stderr: () => stderr,
    kill: (signal) => {
      if (!ended) child.kill(signal);
    },
    async stop(graceMs = 5_000) {
      if (ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
