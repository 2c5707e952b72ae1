import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** A font inlined as base64 in a stylesheet: `url('data:font/woff2;base64,...')`. */
const INLINED_FONT =
  /url\(\s*(['"]?)data:font\/(woff2|woff|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\s*\)/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

function descriptor(block: string, property: string): string | undefined {
  const match = new RegExp(`${property}\\s*:\\s*([^;}]+)`).exec(block);
  return match?.[1]?.replace(/['"]/g, '').trim();
}

/** `Open Sans` 700 italic becomes `open-sans-700-italic`, so the emitted asset says what it is. */
function fontName(block: string): string {
  const parts = [
    descriptor(block, 'font-family') ?? 'font',
    descriptor(block, 'font-weight'),
    descriptor(block, 'font-style'),
  ];
  return parts
    .filter((part): part is string => Boolean(part))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Writes a font once, in a folder named by its content hash: builds that run side by side in
 * one tree share the directory, and a rename is atomic, so none reads a half-written file.
 */
function writeFont(fontDir: string, name: string, extension: string, bytes: Buffer): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const path = join(fontDir, hash, `${name}.${extension}`);
  if (existsSync(path)) return path;

  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return path;
}

/** The path from the stylesheet to the font, as a CSS url() that Vite resolves like any other. */
function cssUrl(stylesheet: string, font: string): string {
  const path = relative(dirname(stylesheet), font).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Replaces each inlined font of one stylesheet by a url() to a file written under fontDir. */
export function extractInlinedFonts(css: string, stylesheet: string, fontDir: string): string {
  const replaceIn = (block: string, name: string) =>
    block.replace(INLINED_FONT, (_match, _quote: string, extension: string, base64: string) => {
      const font = writeFont(fontDir, name, extension, Buffer.from(base64, 'base64'));
      return `url('${cssUrl(stylesheet, font)}')`;
    });

  const withFontFaces = css.replace(FONT_FACE, (block) => replaceIn(block, fontName(block)));
  return replaceIn(withFontFaces, 'font');
}

/**
 * Cloudscape's global styles inline every Open Sans weight and style as base64 (about 135 KB of
 * gzip), so every page downloaded all eight before its first paint. As files, the browser fetches
 * only the faces a page uses, and caches them apart from the stylesheet. `enforce: 'pre'` runs
 * this before Vite's CSS plugin, which then emits the fonts as hashed assets.
 */
export function fontFilesPlugin(): Plugin {
  let fontDir = '';
  return {
    name: 'iam-console-font-files',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      fontDir = join(config.cacheDir, 'inlined-fonts');
    },
    transform(code, id) {
      const stylesheet = id.split('?')[0] ?? id;
      if (!stylesheet.endsWith('.css') || !code.includes('data:font/')) return null;
      return { code: extractInlinedFonts(code, stylesheet, fontDir), map: null };
    },
  };
}
