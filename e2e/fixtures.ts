import { test as base, expect, type Page } from '@playwright/test';
import { IAMClient } from '@aws-sdk/client-iam';

import { e2eAccount } from './local-account.ts';
import { SecretsWatch } from './security-secrets-watch.ts';

export const { accountId, alias: accountAlias } = e2eAccount;
export const root = {
  accessKeyId: e2eAccount.rootAccessKeyId,
  secretAccessKey: e2eAccount.rootSecretAccessKey,
};

/** Each test starts from the local account's initial state. */
export const test = base.extend<{ resetAccount: void; secretsWatch: SecretsWatch }>({
  resetAccount: [
    async ({ request }, use) => {
      const response = await request.post('/local-aws/_reset');
      expect(response.status()).toBe(204);
      await use();
    },
    { auto: true },
  ],
  // Issue 7: after every flow, no secret the console saw is in storage, URLs, history or logs.
  secretsWatch: [
    async ({ context }, use) => {
      const watch = new SecretsWatch(context);
      await watch.start();
      watch.add(root.secretAccessKey);
      await use(watch);
      expect(await watch.leaks(), 'secrets outside the tab memory').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signInAsRoot(page: Page): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(root.accessKeyId);
  await page.getByLabel('Secret access key').fill(root.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText(`arn:aws:iam::${accountId}:root`).filter({ visible: true }).first(),
  ).toBeVisible();
}

/** Signs in as an IAM user with an access key, through the account's ID or alias. */
export async function signInAsIamUser(
  page: Page,
  accountIdOrAlias: string,
  key: { accessKeyId: string; secretAccessKey: string },
  userArn: string,
): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('radio', { name: /IAM user/ }).check();
  await page.getByLabel('Account ID or alias').fill(accountIdOrAlias);
  await page.getByLabel('Access key ID').fill(key.accessKeyId);
  await page.getByLabel('Secret access key').fill(key.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
}

/** An IAM client signed with the root key, for setting up what a test starts from. */
export function rootIam(baseURL: string | undefined): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: new URL('/local-aws/', baseURL).toString(),
    credentials: root,
  });
}
