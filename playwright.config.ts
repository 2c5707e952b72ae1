import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { e2eAccount } from './e2e/local-account.ts';

/** Asks the OS for a free loopback port; the workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Debian's Chromium where it exists: this machine cannot download Playwright's own browser.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
// e2e/custom-endpoint.spec.ts starts moto_server on this loopback port; the workers inherit
// it, and the console's CSP lists its origin (plus any CONSOLE_CONNECT_SOURCES given).
while (!process.env.E2E_MOTO_PORT || process.env.E2E_MOTO_PORT === process.env.E2E_PORT) {
  process.env.E2E_MOTO_PORT = String(await freePort());
}
const motoOrigin = `http://127.0.0.1:${process.env.E2E_MOTO_PORT}`;
const connectSources = [process.env.CONSOLE_CONNECT_SOURCES, motoOrigin].filter(Boolean);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'tsx server/main.ts',
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      LOCAL_ACCOUNT_DATA: ':memory:',
      LOCAL_ACCOUNT_RESET: '1',
      LOCAL_ACCOUNT_ID: e2eAccount.accountId,
      LOCAL_ACCOUNT_ALIAS: e2eAccount.alias,
      LOCAL_ROOT_ACCESS_KEY_ID: e2eAccount.rootAccessKeyId,
      LOCAL_ROOT_SECRET_ACCESS_KEY: e2eAccount.rootSecretAccessKey,
      CONSOLE_CONNECT_SOURCES: connectSources.join(' '),
    },
  },
});
