import {
  CreateGroupCommand,
  CreateUserCommand,
  GetGroupCommand,
  ListAccessKeysCommand,
} from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

// A button turns disabled only when React re-renders; a quick double click lands before that.
// Each one-time change must still be sent once.

test('a double click on Create access key makes one key', async ({ page, baseURL }) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateUserCommand({ UserName: 'e2e-double-key' }));
  await signInAsRoot(page);
  await page.goto('/users/e2e-double-key?tab=security-credentials');
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Create access key' }).dblclick();
  await expect(page.getByRole('dialog', { name: 'Access key created' })).toBeVisible();
  const { AccessKeyMetadata } = await iam.send(
    new ListAccessKeysCommand({ UserName: 'e2e-double-key' }),
  );
  expect(AccessKeyMetadata).toHaveLength(1);
});

test('a double click on Save changes renames a group once, without an error', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateGroupCommand({ GroupName: 'e2e-double-old' }));
  await signInAsRoot(page);
  await page.goto('/groups/e2e-double-old');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit e2e-double-old' });
  await edit.getByLabel('Group name').fill('e2e-double-new');
  await edit.getByRole('button', { name: 'Save changes' }).dblclick();
  await expect(page).toHaveURL(/\/groups\/e2e-double-new$/);
  await expect(page.getByText('NoSuchEntity')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Edit e2e-double-old' })).toHaveCount(0);
  const renamed = await iam.send(new GetGroupCommand({ GroupName: 'e2e-double-new' }));
  expect(renamed.Group?.GroupName).toBe('e2e-double-new');
});
