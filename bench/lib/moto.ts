import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { freePort, memoryOf, spawnChild, waitForAnswer } from './processes.ts';

/** moto_server on the PATH, or undefined: the benchmark then skips the comparisons. */
export function findMotoServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'moto_server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

export interface MotoServer {
  endpoint: string;
  pid: number | undefined;
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

/** Starts moto_server on a free loopback port, as the reference the issue compares against. */
export async function startMotoServer(executable: string, cwd: string): Promise<MotoServer> {
  const port = await freePort();
  const child = spawnChild(executable, ['-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env: { ...process.env },
    outputPath: join(cwd, `moto-${port}.log`),
  });
  try {
    await waitForAnswer(port, '/moto-api/', 60_000, 50, child.process);
  } catch (error) {
    await child.stop();
    throw new Error(`moto_server did not start: ${(error as Error).message}\n${child.tail()}`, {
      cause: error,
    });
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    pid: child.process.pid,
    memory: () => memoryOf(child.process.pid),
    stop: () => child.stop(),
  };
}
