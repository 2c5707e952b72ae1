import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleMiddleware } from './app.ts';
import { openLocalAccount, type LocalAccount } from './local-iam/index.ts';
import { DEMO_ACCOUNT_ALIAS } from './local-iam/bootstrap.ts';

let distDir: string;
const running: { server: Server; account: LocalAccount }[] = [];

async function start(allowReset: boolean, alias?: string): Promise<string> {
  const account = openLocalAccount({
    dataPath: ':memory:',
    demo: false,
    accountId: '111122223333',
    alias,
  });
  const middleware = createConsoleMiddleware({ account, distDir, allowReset });
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({ server, account });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'iam-console-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>IAM Console</title>');
  writeFileSync(join(distDir, 'assets', 'app-1234.js'), 'export {};');
  writeFileSync(join(distDir, 'assets', 'app-1234.js.gz'), gzipSync('export {};'));
});

afterAll(() => {
  for (const { server, account } of running) {
    server.close();
    account.close();
  }
  rmSync(distDir, { recursive: true, force: true });
});

describe('the console server', () => {
  it('serves the app for every route, dotted names included, with security headers', async () => {
    const origin = await start(false);
    for (const route of ['/', '/users', '/users/alice.martin', '/signin/demo-org', '/console']) {
      const response = await fetch(origin + route);
      expect(response.status, route).toBe(200);
      expect(await response.text()).toContain('<title>IAM Console</title>');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves hashed assets, and a missing one is a 404, not the app', async () => {
    const origin = await start(false);
    expect((await fetch(`${origin}/assets/app-1234.js`)).status).toBe(200);
    expect((await fetch(`${origin}/assets/gone-5678.js`)).status).toBe(404);
  });

  it('sends the security headers on every answer, local account and relay included', async () => {
    const origin = await start(false);
    const answers = [
      await fetch(`${origin}/local-aws/`, { method: 'POST', body: 'Action=ListUsers' }),
      await fetch(`${origin}/relay/`, { method: 'POST' }),
      await fetch(`${origin}/assets/gone-5678.js`),
    ];
    for (const response of answers) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('sends the precompressed .gz of an asset only to a client that accepts gzip', async () => {
    const origin = await start(false);
    const asset = (acceptEncoding: string) =>
      new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
        const headers = { 'Accept-Encoding': acceptEncoding };
        get(`${origin}/assets/app-1234.js`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              encoding: response.headers['content-encoding'],
              vary: response.headers.vary,
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', reject);
      });

    const gzipped = await asset('gzip, deflate');
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.body).toString()).toBe('export {};');

    const plain = await asset('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('export {};');
  });

  it('has no reset hook unless started for test suites', async () => {
    const closed = await start(false);
    expect((await fetch(`${closed}/local-aws/_reset`, { method: 'POST' })).status).toBe(404);
    const open = await start(true);
    expect((await fetch(`${open}/local-aws/_reset`, { method: 'POST' })).status).toBe(204);
  });
});

describe('routing edge cases', () => {
  it('answers only GET, POST and OPTIONS on the local account; // is a path', async () => {
    const origin = await start(false);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${origin}/local-aws/`, { method, body: 'Action=ListUsers' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
    }
    const doubled = await fetch(`${origin}//relay/`, { method: 'POST', body: 'Action=ListUsers' });
    expect(doubled.status).toBe(404);
  });
});

describe('alias lookup for sign-in', () => {
  it('names the account an alias belongs to, and nothing for another alias', async () => {
    const origin = await start(false, 'my-team');
    const found = await fetch(`${origin}/local-aws/_account-alias?alias=My-Team`);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ accountId: '111122223333', alias: 'my-team' });

    for (const alias of ['other-team', '']) {
      const missing = await fetch(`${origin}/local-aws/_account-alias?alias=${alias}`);
      expect(missing.status, alias).toBe(404);
    }
    const posted = await fetch(`${origin}/local-aws/_account-alias?alias=my-team`, {
      method: 'POST',
    });
    expect(posted.status).toBe(405);
  });
});

describe('a new local account', () => {
  it('gets the demo alias with the demo organisation, and none without it', () => {
    const demo = openLocalAccount({ dataPath: ':memory:' });
    const empty = openLocalAccount({ dataPath: ':memory:', demo: false });
    const named = openLocalAccount({ dataPath: ':memory:', alias: 'my-team' });
    try {
      expect(demo.alias).toBe(DEMO_ACCOUNT_ALIAS);
      expect(empty.alias).toBeUndefined();
      expect(named.alias).toBe('my-team');
    } finally {
      for (const account of [demo, empty, named]) account.close();
    }
  });
});
