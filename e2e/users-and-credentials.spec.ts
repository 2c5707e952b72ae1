import { readFile } from 'node:fs/promises';
import { accountAlias, accountId, expect, signInAsRoot, test } from './fixtures.ts';

const userName = 'e2e-techsquawks-user';
const path = '/example/path/2/';
const userArn = `arn:aws:iam::${accountId}:user${path}${userName}`;

test('an administrator creates a user with a password and a key, then the user signs in', async ({
  page,
  baseURL,
}) => {
  await signInAsRoot(page);

  // Create the user at the seed's path, with console access and an access key.
  await page.goto('/users/create');
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Path').fill(path);
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('checkbox', { name: /create an access key/i }).check();
  // Permissions and tags are optional steps of the wizard: straight on to the review.
  for (let step = 0; step < 3; step += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Create user' }).click();

  // The credentials page shows the password and the secret once, with a .csv download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /download \.csv/i }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const [header, row] = csv.trim().split(/\r?\n/);
  expect(header).toMatch(/User name.*Password.*Access key ID.*Secret access key/);
  const accessKeyId = /AKIA[A-Z2-7]{16}/.exec(row ?? '')?.[0] ?? '';
  expect(accessKeyId).not.toBe('');
  const secretAccessKey = /(?:^|,)"?([A-Za-z0-9/+]{40})"?(?:,|$)/.exec(row ?? '')?.[1] ?? '';
  expect(secretAccessKey).toHaveLength(40);
  expect(row).toContain(userName);

  await page.getByRole('button', { name: 'Show Secret access key' }).click();
  await expect(page.getByLabel('Secret access key', { exact: true })).toHaveText(secretAccessKey);

  // Find the user under its path, and open it.
  await page.goto(`/users?path=${encodeURIComponent(path)}`);
  await page.getByRole('link', { name: userName }).click();
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
  await expect(page.getByText(accessKeyId).filter({ visible: true }).first()).toBeVisible();

  // Sign out, then come back through the account-alias sign-in URL.
  await page.getByRole('button', { name: 'root', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  const port = new URL(baseURL ?? '').port;
  await page.goto(`http://${accountAlias}.signin.localhost:${port}/console`);
  await expect(page.getByLabel('Account ID or alias')).toHaveValue(accountAlias);
  await page.getByLabel('Access key ID').fill(accessKeyId);
  await page.getByLabel('Secret access key').fill(secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
});
