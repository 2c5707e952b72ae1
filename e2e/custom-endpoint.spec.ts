import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { accountId, expect, test } from './fixtures.ts';

// playwright.config.ts picks this loopback port and lists its origin in CONSOLE_CONNECT_SOURCES.
const motoPort = process.env.E2E_MOTO_PORT ?? '';
const motoOrigin = `http://127.0.0.1:${motoPort}`;
const motoEndpoint = `${motoOrigin}/`;

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

const motoServer = findOnPath('moto_server');
let moto: ChildProcess | undefined;

/** Polls moto's own API until it answers: at most 60 tries, 250 ms apart. */
async function waitForMoto(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (moto?.exitCode != null) throw new Error(`moto_server exited with ${moto.exitCode}`);
    try {
      const response = await fetch(`${motoOrigin}/moto-api/reset`, { method: 'POST' });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`moto_server did not answer on ${motoOrigin}`);
}

test.describe('custom endpoint: moto_server', () => {
  test.skip(!motoServer, 'moto_server is not installed (pip install "moto[server]"): skipped');

  test.beforeAll(async () => {
    expect(motoPort, 'playwright.config.ts sets E2E_MOTO_PORT').not.toBe('');
    moto = spawn(motoServer ?? 'moto_server', ['-H', '127.0.0.1', '-p', motoPort], {
      stdio: 'ignore',
    });
    await waitForMoto();
  });

  test.afterAll(async () => {
    if (!moto || moto.exitCode != null) return;
    const exited = new Promise((resolve) => moto?.once('exit', resolve));
    moto.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (moto.exitCode == null && moto.signalCode == null) moto.kill('SIGKILL');
  });

  test('signs in to moto with any keys, lists users and creates one', async ({ page }) => {
    const userName = 'moto-e2e-user';

    await page.goto('/signin');
    await page.getByRole('radio', { name: /Custom endpoint/ }).check();
    await page.getByLabel('Endpoint URL').fill(motoEndpoint);
    await expect(
      page.getByText(`${motoEndpoint}, directly from this browser`, { exact: false }),
    ).toBeVisible();

    // moto accepts any key and answers as arn:aws:sts::123456789012:user/moto.
    await page.getByRole('radio', { name: /IAM user/ }).check();
    await page.getByLabel('Account ID or alias').fill(accountId);
    await page.getByLabel('Access key ID').fill('AKIAMOTOE2EKEY000001');
    await page.getByLabel('Secret access key').fill('moto-accepts-any-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const banner = page.getByRole('region', { name: 'Environment' });
    await expect(banner).toHaveText(new RegExp(`Custom endpoint ${motoEndpoint}`));

    await page.goto('/users');
    await expect(page.getByRole('heading', { name: /Users/ }).first()).toBeVisible();
    await expect(
      page
        .getByText(/No users/i)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();

    await page.goto('/users/create');
    await page.getByLabel('User name').fill(userName);
    // The create page is a wizard: past its optional steps to the one that creates.
    const create = page.getByRole('button', { name: 'Create user' }).filter({ visible: true });
    for (let step = 0; step < 5 && !(await create.isVisible()); step += 1) {
      await page.getByRole('button', { name: 'Next' }).filter({ visible: true }).click();
    }
    await create.click();
    await expect(page.getByText(userName).filter({ visible: true }).first()).toBeVisible();

    await page.goto('/users');
    await expect(page.getByRole('link', { name: userName })).toBeVisible();
    await page.getByRole('link', { name: userName }).click();
    await expect(
      page
        .getByText(`arn:aws:iam::${accountId}:user/${userName}`)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expect(banner).toBeVisible();
  });
});

test('an endpoint missing from CONSOLE_CONNECT_SOURCES is named as blocked by the CSP', async ({
  page,
}) => {
  // Port 9 (discard) on loopback, which the CSP does not list: the browser refuses to connect.
  const blocked = 'http://127.0.0.1:9/';
  await page.goto('/signin');
  await page.getByRole('radio', { name: /Custom endpoint/ }).check();
  await page.getByLabel('Endpoint URL').fill(blocked);
  await page.getByLabel('Access key ID').fill('AKIABLOCKEDE2E000001');
  await page.getByLabel('Secret access key').fill('never-sent-anywhere');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText(/BlockedByContentSecurityPolicy/)).toBeVisible();
  await expect(
    page.getByText(/Add http:\/\/127\.0\.0\.1:9 to CONSOLE_CONNECT_SOURCES/),
  ).toBeVisible();
});
