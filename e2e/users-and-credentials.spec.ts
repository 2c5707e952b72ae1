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
  await page.getByRole('button', { name: 'Create user' }).click();

  // The credentials page shows the secret once, with a .csv download.
  const secretRow = page.getByTestId('secret-access-key');
  await expect(secretRow).toBeVisible();
  const accessKeyId = (await page.getByTestId('access-key-id').innerText()).trim();
  expect(accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
  const secretAccessKey = (await secretRow.innerText()).trim();
  expect(secretAccessKey).toHaveLength(40);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /download \.csv/i }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(userName);
  expect(csv).toContain(accessKeyId);
  expect(csv).toContain(secretAccessKey);

  // Find the user under its path, and open it.
  await page.goto(`/users?path=${encodeURIComponent(path)}`);
  await page.getByRole('link', { name: userName }).click();
  await expect(page.getByText(userArn).first()).toBeVisible();
  await expect(page.getByText(accessKeyId).first()).toBeVisible();

  // Sign out, then come back through the account-alias sign-in URL.
  await page.getByRole('button', { name: /root|account|signed in/i }).first().click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  const port = new URL(baseURL ?? '').port;
  await page.goto(`http://${accountAlias}.signin.localhost:${port}/console`);
  await expect(page.getByLabel('Account ID or alias')).toHaveValue(accountAlias);
  await page.getByLabel('Access key ID').fill(accessKeyId);
  await page.getByLabel('Secret access key').fill(secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(userArn).first()).toBeVisible();
});
