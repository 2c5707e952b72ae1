import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { extractInlinedFonts, fontFilesPlugin } from './vite-plugin-font-files.ts';

const scratch: string[] = [];

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'font-files-'));
  scratch.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Larger than Vite's 4 KB inlining limit, so the build cannot put it back into the CSS. */
const fakeFont = () => Buffer.concat([Buffer.from('wOF2'), randomBytes(8 * 1024)]);

function fontFace(weight: number, style: string, font: Buffer): string {
  return [
    '@font-face {',
    "  font-family: 'Open Sans';",
    `  font-weight: ${weight};`,
    `  font-style: ${style};`,
    `  src: url('data:font/woff2;base64,${font.toString('base64')}') format('woff2');`,
    '}',
  ].join('\n');
}

describe('extractInlinedFonts', () => {
  it('writes each inlined font to a file named after its face and points the CSS at it', () => {
    const root = scratchDir();
    const stylesheet = join(root, 'node_modules', 'styles', 'index.css');
    const fontDir = join(root, 'node_modules', '.vite', 'inlined-fonts');
    const [regular, boldItalic] = [fakeFont(), fakeFont()];
    const css = `${fontFace(400, 'normal', regular)}\n${fontFace(700, 'italic', boldItalic)}\n`;

    const rewritten = extractInlinedFonts(css, stylesheet, fontDir);

    expect(rewritten).not.toContain('data:font');
    const urls = [...rewritten.matchAll(/url\('([^']+)'\)/g)].map((match) => match[1] ?? '');
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(
      /^\.\.\/\.vite\/inlined-fonts\/[0-9a-f]{16}\/open-sans-400-normal\.woff2$/,
    );
    expect(urls[1]).toMatch(/\/open-sans-700-italic\.woff2$/);
    expect(readFileSync(resolve(dirname(stylesheet), urls[0] ?? ''))).toEqual(regular);
    expect(readFileSync(resolve(dirname(stylesheet), urls[1] ?? ''))).toEqual(boldItalic);
    expect(rewritten).toContain("format('woff2')");
  });

  it('leaves other data URIs and stylesheets without fonts as they were', () => {
    const root = scratchDir();
    const css = "a { background: url('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=') }";
    expect(extractInlinedFonts(css, join(root, 'a.css'), join(root, 'fonts'))).toBe(css);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('fontFilesPlugin in a build', () => {
  it('emits the fonts as hashed assets and the built CSS has no base64 font left', async () => {
    const root = scratchDir();
    const font = fakeFont();
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><script type="module" src="./main.js">',
    );
    writeFileSync(join(root, 'main.js'), "import './fonts.css';");
    writeFileSync(join(root, 'fonts.css'), `${fontFace(400, 'normal', font)}\nbody { margin: 0 }`);

    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      cacheDir: join(root, '.cache'),
      plugins: [fontFilesPlugin()],
      build: { outDir: join(root, 'dist') },
    });

    const assets = readdirSync(join(root, 'dist', 'assets'));
    const woff2 = assets.filter((file) => file.endsWith('.woff2'));
    expect(woff2).toEqual([expect.stringMatching(/^open-sans-400-normal-[\w-]+\.woff2$/)]);
    expect(readFileSync(join(root, 'dist', 'assets', woff2[0] ?? ''))).toEqual(font);
    const css = assets.find((file) => file.endsWith('.css')) ?? '';
    const builtCss = readFileSync(join(root, 'dist', 'assets', css), 'utf8');
    expect(builtCss).not.toContain('data:font');
    expect(builtCss).toContain(`/assets/${woff2[0]}`);
  });
});
