import { GetUserCommand } from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

test('a user is renamed and moved to another path, and a taken name is refused', async ({
  page,
  baseURL,
}) => {
  // The local account starts with the demo organisation: techsquawks-user at /,
  // techsquawks-user1 at /example/path/1/ and techsquawks-user-2 at /example/path/2/.
  const iam = rootIam(baseURL);

  await signInAsRoot(page);
  await page.goto('/users/techsquawks-user');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit techsquawks-user' });

  // A case variant of another user's name: IAM refuses it, and the modal says why.
  await dialog.getByLabel('User name').fill('TechSquawks-User1');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toContainText('EntityAlreadyExists');

  await dialog.getByLabel('User name').fill('bad name');
  await expect(dialog).toContainText('can contain only letters');
  await expect(dialog.getByRole('button', { name: 'Save changes' })).toBeDisabled();

  await dialog.getByLabel('User name').fill('techsquawks-moved');
  await dialog.getByLabel('Path').fill('/example/path/1/');
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  // Only what changed is sent, so the command names both new values and nothing else.
  const cli = dialog.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam update-user');
  await expect(cli).toContainText('--user-name techsquawks-user');
  await expect(cli).toContainText('--new-user-name techsquawks-moved');
  await expect(cli).toContainText('--new-path /example/path/1/');
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(/\/users\/techsquawks-moved$/);
  await expect(page.getByRole('heading', { name: 'techsquawks-moved', level: 1 })).toBeVisible();
  await expect(page.getByText('/example/path/1/').first()).toBeVisible();

  await page.goto('/users?path=%2Fexample%2Fpath%2F1%2F');
  await expect(page.getByRole('link', { name: 'techsquawks-moved' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'techsquawks-user1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'techsquawks-user-2' })).toHaveCount(0);

  const moved = await iam.send(new GetUserCommand({ UserName: 'techsquawks-moved' }));
  expect(moved.User?.Path).toBe('/example/path/1/');
});
