import { GetGroupCommand, GetRoleCommand } from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

test('the create-group page shows the create-group command it then sends', async ({
  page,
  baseURL,
}) => {
  await signInAsRoot(page);
  await page.goto('/groups/create');
  await page.getByLabel('Group name').fill('e2e-code-devs');
  await page.getByLabel('Path').fill('/teams/');

  await page.getByRole('button', { name: /Show as code/ }).click();
  const cli = page.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam create-group --group-name e2e-code-devs --path /teams/');
  await expect(cli).not.toContainText('attach-group-policy');

  // The code follows the form as it changes.
  await page.getByLabel('Group name').fill('e2e-code-ops');
  await expect(cli).toContainText('aws iam create-group --group-name e2e-code-ops --path /teams/');

  await page.getByRole('tab', { name: 'Pulumi TypeScript' }).click();
  await expect(page.getByLabel('index.ts', { exact: true })).toContainText(
    'new aws.iam.Group("e2e-code-ops", {',
  );

  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page).toHaveURL(/\/groups\/e2e-code-ops$/);
  const { Group } = await rootIam(baseURL).send(new GetGroupCommand({ GroupName: 'e2e-code-ops' }));
  expect(Group?.Path).toBe('/teams/');
});

test('the role review step shows create-role with the trust policy it then sends', async ({
  page,
  baseURL,
}) => {
  await signInAsRoot(page);
  await page.goto('/roles/create');
  await page.getByRole('radio', { name: /This account/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Role name').fill('e2e-code-role');
  await page.getByRole('button', { name: 'Next' }).click();

  // The review opens with the code shown.
  const cli = page.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam create-role \\\n    --role-name e2e-code-role \\');
  await expect(cli).toContainText('--assume-role-policy-document');
  await expect(cli).toContainText(`arn:aws:iam::${accountId}:root`);
  await expect(cli).toContainText('--max-session-duration 3600');

  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page).toHaveURL(/\/roles\/e2e-code-role$/);
  const { Role } = await rootIam(baseURL).send(new GetRoleCommand({ RoleName: 'e2e-code-role' }));
  expect(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '')).toContain(
    `arn:aws:iam::${accountId}:root`,
  );
  expect(Role?.MaxSessionDuration).toBe(3600);
});
