import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFile } from './vite-plugin-precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressFile', () => {
  it('writes a .gz and a .br that decompress to the file', async () => {
    const path = join(dir, 'app.js');
    const content = 'export const UserName = "alice";\n'.repeat(200);
    writeFileSync(path, content);

    expect(await precompressFile(path)).toEqual([`${path}.gz`, `${path}.br`]);

    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(content);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(content);
  });

  it('leaves small files alone', async () => {
    const path = join(dir, 'tiny.js');
    writeFileSync(path, 'export {};');
    expect(await precompressFile(path)).toEqual([]);
    expect(existsSync(`${path}.gz`)).toBe(false);
  });
});
