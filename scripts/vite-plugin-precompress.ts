import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text the browser fetches; fonts and images are compressed already, source maps rarely read. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

/** Writes `<file>.gz` and `<file>.br` beside one built file, each only if it is smaller. */
export async function precompressFile(path: string): Promise<string[]> {
  const content = await readFile(path);
  if (content.length < MIN_BYTES) return [];

  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(content, { level: 9 }),
    brotliAsync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  ]);

  const written: string[] = [];
  for (const [suffix, compressed] of [
    ['.gz', gzipped],
    ['.br', brotlied],
  ] as const) {
    if (compressed.length >= content.length) continue;
    await writeFile(path + suffix, compressed);
    written.push(path + suffix);
  }
  return written;
}

/**
 * Compresses the build once, at the highest levels, so the server (sirv with `gzip` and
 * `brotli`) sends the smaller file to browsers that accept it without compressing per request.
 */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'iam-console-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(files.map((file) => precompressFile(join(dir, file))));
    },
  };
}
