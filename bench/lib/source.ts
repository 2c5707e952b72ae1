import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The product the benchmark measures: the working tree by default, or with BENCH_REV a commit
 * exported into the benchmark's directory (sharing node_modules), so a tree that others are
 * editing mid-change can still be measured as it was committed.
 */
export function productRoot(repoRoot: string, workDir: string, rev: string | undefined): string {
  if (!rev) return repoRoot;
  const root = join(workDir, 'source');
  mkdirSync(root, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', rev], {
    cwd: repoRoot,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
