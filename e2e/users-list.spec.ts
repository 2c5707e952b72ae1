import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
} from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

test('the list shows the chosen columns, read for the rows on screen', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateGroupCommand({ GroupName: 'listed-group' }));
  await iam.send(new CreateUserCommand({ UserName: 'listed-user', Path: '/listed/' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'listed-group', UserName: 'listed-user' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'listed-user' }));

  await signInAsRoot(page);
  await page.goto('/users?path=%2Flisted%2F');
  const row = page.getByRole('row', { name: /listed-user/ });
  await expect(row.getByRole('cell', { name: 'listed-group' })).toBeVisible();
  await expect(row.getByText('Today')).toBeVisible();
  await expect(row.getByRole('cell', { name: /^None$/ }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'ARN' })).toHaveCount(0);

  // Preferences: show the ARN, hide the groups.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByRole('checkbox', { name: 'ARN', exact: true }).check();
  await preferences.getByRole('checkbox', { name: 'Groups', exact: true }).uncheck();
  await preferences.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('columnheader', { name: 'ARN' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Groups' })).toHaveCount(0);
  await expect(row.getByText('arn:aws:iam::123456789012:user/listed/listed-user')).toBeVisible();

  // Kept for the next visit in this browser.
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'ARN' })).toBeVisible();
});
