import type { Browser } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  rawKb: number;
  gzipKb: number;
}

export interface LoadSizeResult {
  /** What Chromium fetched to show /signin, measured from the built files. */
  signIn: { files: FileSize[]; jsRawKb: number; cssRawKb: number; rawKb: number; gzipKb: number };
  /** Font files the sign-in page fetched: not JS or CSS, but bytes before the first paint. */
  signInFonts: { files: FileSize[]; rawKb: number };
  /** Each lazily loaded chunk: its own file and CSS, without chunks it shares with others. */
  lazyChunks: { src: string; files: FileSize[]; rawKb: number; gzipKb: number }[];
  /** Pages under src/features that the build did not split into a chunk of their own. */
  featurePagesNotLazy: string[];
  /** Feature pages other than sign-in whose chunks the sign-in page loaded anyway. */
  featurePagesOnSignIn: string[];
  /** The server sends assets uncompressed when the browser asked for gzip. */
  servedCompressed: boolean;
}

const kb = (bytes: number) => bytes / 1024;

function sizeOf(distDir: string, file: string): FileSize {
  const content = readFileSync(join(distDir, file));
  // Level 6: what HTTP servers and CDNs use by default.
  return { file, rawKb: kb(content.length), gzipKb: kb(gzipSync(content, { level: 6 }).length) };
}

function sum(files: FileSize[], field: 'rawKb' | 'gzipKb'): number {
  return files.reduce((total, file) => total + file[field], 0);
}

function featurePages(repoRoot: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/Page\.tsx$/.test(name)) found.push(relative(repoRoot, path));
    }
  };
  visit(join(repoRoot, 'src', 'features'));
  return found.sort();
}

export async function measureLoadSize(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  repoRoot: string,
): Promise<LoadSizeResult> {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;

  const context = await browser.newContext();
  const fetched = new Set<string>();
  const fonts = new Set<string>();
  let servedCompressed = false;
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(woff2?|ttf|otf)$/.test(path)) fonts.add(path.replace(/^\//, ''));
      if (!/\.(js|css)$/.test(path)) return;
      fetched.add(path.replace(/^\//, ''));
      if (/gzip|br|zstd/.test(response.headers()['content-encoding'] ?? '')) {
        servedCompressed = true;
      }
    });
    await page.goto(`${baseUrl}/signin`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  } finally {
    await context.close();
  }

  const files = [...fetched].sort().map((file) => sizeOf(distDir, file));
  const fontFiles = [...fonts].sort().map((file) => sizeOf(distDir, file));
  const lazyChunks = Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry)
    .map((chunk) => {
      const chunkFiles = [chunk.file, ...(chunk.css ?? [])].map((file) => sizeOf(distDir, file));
      return {
        src: chunk.src ?? chunk.file,
        files: chunkFiles,
        rawKb: sum(chunkFiles, 'rawKb'),
        gzipKb: sum(chunkFiles, 'gzipKb'),
      };
    })
    .sort((a, b) => a.src.localeCompare(b.src));

  const lazySources = new Set(lazyChunks.map((chunk) => chunk.src));
  const pages = featurePages(repoRoot);
  const onSignIn = pages.filter((page) => {
    const chunk = manifest[page];
    return chunk && !/SignInPage/.test(page) && fetched.has(chunk.file);
  });

  return {
    signIn: {
      files,
      jsRawKb: sum(
        files.filter((file) => file.file.endsWith('.js')),
        'rawKb',
      ),
      cssRawKb: sum(
        files.filter((file) => file.file.endsWith('.css')),
        'rawKb',
      ),
      rawKb: sum(files, 'rawKb'),
      gzipKb: sum(files, 'gzipKb'),
    },
    signInFonts: { files: fontFiles, rawKb: sum(fontFiles, 'rawKb') },
    lazyChunks,
    featurePagesNotLazy: pages.filter((page) => !lazySources.has(page)),
    featurePagesOnSignIn: onSignIn,
    servedCompressed,
  };
}
