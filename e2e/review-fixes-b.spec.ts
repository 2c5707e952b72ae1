import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import type { Locator } from '@playwright/test';
import { openSshRsaKey } from './credential-material.ts';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

/** A button whose label wraps stands taller than one line of text (32 px in Cloudscape). */
async function expectOneLine(button: Locator) {
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box!.height, 'button height').toBeLessThanOrEqual(40);
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('credential tables keep Deactivate and Delete on one line', async ({ page, baseURL }) => {
    const UserName = 'review-creds';
    const iam = rootIam(baseURL);
    await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    const body = openSshRsaKey('review@example').body;
    await iam.send(new UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody: body }));

    await signInAsRoot(page);
    await page.goto(`/users/${UserName}?tab=security-credentials`);
    const buttons = page.getByRole('button', { name: /^(Deactivate|Delete) (access|SSH)/ });
    await expect(buttons.filter({ visible: true })).toHaveCount(4);
    for (const button of await buttons.filter({ visible: true }).all()) {
      await expectOneLine(button);
    }
  });

  test('the users list shows ordinary names whole', async ({ page, baseURL }) => {
    const names = ['dana.kowalczyk', 'techsquawk-deploy-bot-01', 'mariusz.wisniewski-admin'];
    const iam = rootIam(baseURL);
    for (const UserName of names) await iam.send(new CreateUserCommand({ UserName }));

    await signInAsRoot(page);
    await page.goto('/users');
    for (const name of names) {
      const link = page.getByRole('link', { name, exact: true }).filter({ visible: true });
      await expect(link).toBeVisible();
      const cut = await link.evaluate((element) => {
        const line = element.closest('[title]') as HTMLElement;
        return line.scrollWidth > line.clientWidth;
      });
      expect(cut, `${name} cut`).toBe(false);
    }
  });
});

test('attach policies ranks the exact name first and counts one match', async ({
  page,
  baseURL,
}) => {
  const UserName = 'review-attach';
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}`);
  await page.getByRole('button', { name: 'Attach policies' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  const search = dialog.getByRole('searchbox', { name: 'Filter policies' });
  await search.fill('readonlyaccess');
  const firstRow = dialog.getByRole('row').nth(1);
  await expect(firstRow.getByRole('rowheader')).toHaveText('ReadOnlyAccess');

  await search.fill('policy/ReadOnlyAccess');
  await expect(dialog.getByText('1 match', { exact: true }).first()).toBeVisible();
});

test('tag rows keep the order they were typed in after Save', async ({ page, baseURL }) => {
  const UserName = 'review-tags';
  await rootIam(baseURL).send(
    new CreateUserCommand({ UserName, Tags: [{ Key: 'zone', Value: 'eu' }] }),
  );

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=tags`);
  await expect(page.getByLabel('Tag key 1')).toHaveValue('zone');
  await page.getByLabel('Tag value 1').fill('us');
  for (const [Key, Value] of [
    ['Team', 'blue'],
    ['CostCenter', '42'],
  ]) {
    await page.getByRole('button', { name: 'Add tag' }).click();
    const row = await page.getByLabel(/^Tag key \d+$/).count();
    await page.getByLabel(`Tag key ${row}`).fill(Key!);
    await page.getByLabel(`Tag value ${row}`).fill(Value!);
  }
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByText('Saved tags of review-tags')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled();

  const keys = page.getByLabel(/^Tag key \d+$/);
  await expect(keys).toHaveCount(3);
  const values = await keys.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  expect(values).toEqual(['zone', 'Team', 'CostCenter']);
});

test('edit user with nothing changed has nothing to send', async ({ page, baseURL }) => {
  const UserName = 'review-edit';
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${UserName}` });
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  await expect(dialog.getByText('Nothing to send yet.')).toBeVisible();
  await expect(dialog.getByText('aws iam update-user')).toHaveCount(0);

  await dialog.getByLabel('User name').fill('review-edited');
  await expect(dialog.getByLabel('AWS CLI commands', { exact: true })).toContainText(
    'aws iam update-user',
  );
});

test('after Copy the language tabs stay clickable', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const UserName = 'review-copy';
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${UserName}` });
  await dialog.getByLabel('User name').fill('review-copied');
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  await dialog.getByRole('button', { name: 'Copy AWS CLI commands' }).click();
  await expect(dialog.getByText('AWS CLI commands copied').first()).toBeVisible();

  // A click, not a keypress: it lands on the tab only if nothing covers it.
  await dialog.getByRole('tab', { name: 'Pulumi TypeScript' }).click({ timeout: 3000 });
  await expect(dialog.getByLabel('index.ts', { exact: true })).toBeVisible();
});
