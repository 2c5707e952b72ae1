import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Vite refuses to build while another build of the same project runs: wait for it. */
const LOCKED = /Found another Vite build process/;
const LOCK_RETRIES = 12;
const LOCK_WAIT_MS = 10_000;

function viteBuild(
  repoRoot: string,
  outDir: string,
): Promise<{ code: number | null; output: string }> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'];
  const child = spawn(process.execPath, [...args, '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // A build that hangs must not hold the run.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
  return new Promise((resolveBuild) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveBuild({ code, output });
    }),
  );
}

/**
 * Builds the app into the benchmark's own directory, with a manifest so the lazy chunks can be
 * told apart, leaving the repository's dist/ to whoever else is working in the tree.
 */
export async function buildApp(repoRoot: string, outDir: string): Promise<number> {
  const started = performance.now();
  for (let attempt = 0; attempt <= LOCK_RETRIES; attempt += 1) {
    const { code, output } = await viteBuild(repoRoot, outDir);
    if (code === 0) return performance.now() - started;
    if (!LOCKED.test(output) || attempt === LOCK_RETRIES) {
      throw new Error(`vite build failed (exit ${code}):\n${output}`);
    }
    await sleep(LOCK_WAIT_MS);
  }
  throw new Error('vite build never ran');
}
