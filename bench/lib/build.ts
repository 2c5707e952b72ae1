import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Builds the app into the benchmark's own directory, with a manifest so the lazy chunks can be
 * told apart, leaving the repository's dist/ to whoever else is working in the tree.
 */
export async function buildApp(repoRoot: string, outDir: string): Promise<number> {
  const started = performance.now();
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel'];
  const child = spawn(process.execPath, [...args, 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  // A build that hangs must not hold the run: ten minutes is the benchmark's whole budget.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
  const code = await new Promise<number | null>((resolveCode) => child.once('exit', resolveCode));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output}`);
  return performance.now() - started;
}
