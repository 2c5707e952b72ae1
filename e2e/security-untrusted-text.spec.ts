import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  TagRoleCommand,
} from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

// Role descriptions accept `<`, `>` and quotes, and paths any printable ASCII but space
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html).
const DESCRIPTION = `<img src=x onerror=alert(1)>"'`;
const MARKUP_PATH = '/"><img/src=x/onerror=alert(2)>/';
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});

/** Fails the test on any dialog: a payload that ran would call alert(). */
function refuseDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingInjected(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
}

test('markup in descriptions, paths and names renders as text everywhere', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'markup-role',
      Path: MARKUP_PATH,
      Description: DESCRIPTION,
      AssumeRolePolicyDocument: TRUST,
    }),
  );
  await iam.send(
    new TagRoleCommand({ RoleName: 'markup-role', Tags: [{ Key: 'Owner', Value: '=1+2' }] }),
  );
  await iam.send(new CreateUserCommand({ UserName: '=cmd', Path: MARKUP_PATH }));
  await iam.send(new CreateGroupCommand({ GroupName: '@x', Path: MARKUP_PATH }));
  const dialogs = refuseDialogs(page);
  await signInAsRoot(page);

  // Roles list, path tree, and the role's detail page, where the description is shown as is.
  await page.goto('/roles');
  await expect(page.getByRole('link', { name: 'markup-role' })).toBeVisible();
  await expect(page.getByText(MARKUP_PATH).filter({ visible: true }).first()).toBeVisible();
  await expectNothingInjected(page);
  await page.getByRole('link', { name: 'markup-role' }).click();
  await expect(page.getByText(DESCRIPTION, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(MARKUP_PATH).filter({ visible: true }).first()).toBeVisible();
  await expectNothingInjected(page);
  // Role tags are edited in place: the value sits in its text box as typed, never evaluated.
  await expect(page.getByRole('textbox', { name: 'Tag value 1' })).toHaveValue('=1+2');

  // Users and groups under the markup path: list, path tree, detail page and breadcrumbs.
  for (const [list, name] of [
    ['/users', '=cmd'],
    ['/groups', '@x'],
  ] as const) {
    await page.goto(list);
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(page.getByText(MARKUP_PATH).filter({ visible: true }).first()).toBeVisible();
    await expectNothingInjected(page);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
    await expectNothingInjected(page);
  }

  // The delete confirmation names the role as text.
  await page.goto('/roles/markup-role');
  await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
  await expect(page.getByRole('dialog').filter({ visible: true })).toContainText('markup-role');
  await expectNothingInjected(page);

  expect(dialogs).toEqual([]);
});

test('the credentials .csv of a user named like a formula holds it as text', async ({ page }) => {
  await signInAsRoot(page);
  await page.goto('/users/create');
  await page.getByLabel('User name').fill('+SUM');
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('checkbox', { name: /create an access key/i }).check();
  for (let step = 0; step < 3; step += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Create user' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /download \.csv/i }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const row = csv.split('\r\n')[1] ?? '';
  // The apostrophe makes spreadsheets read the cell as text (OWASP, CSV injection).
  expect(row.startsWith("'+SUM,")).toBe(true);
  // Credentials (password, key ID, secret) are written exactly, so `aws configure import`
  // reads them back; every other cell must not start a formula.
  const [userName, , , , signInUrl] = row.split(',');
  for (const cell of [userName ?? '', signInUrl ?? '']) {
    expect(cell, `cell ${cell.slice(0, 1)}…`).not.toMatch(/^[=+\-@\t\r]/);
  }
});
