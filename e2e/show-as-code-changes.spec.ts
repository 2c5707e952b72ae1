import {
  CreateGroupCommand,
  CreateRoleCommand,
  GetGroupCommand,
  GetRoleCommand,
  ListAttachedGroupPoliciesCommand,
  ListRoleTagsCommand,
} from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
/** One CLI command as the console writes one longer than a line: a parameter a line. */
const continued = (...words: string[]) => words.join(' \\\n    ');

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

test.beforeEach(async ({ page }) => {
  await signInAsRoot(page);
});

test('a policy attached to a group and a rename, each shown as code first', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateGroupCommand({ GroupName: 'e2e-code-devs' }));

  await page.goto('/groups/e2e-code-devs');
  await page.getByRole('button', { name: 'Attach policies' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('searchbox', { name: 'Filter policies' }).fill('policy/ReadOnlyAccess');
  await dialog.getByRole('checkbox', { name: `Select ${READ_ONLY}` }).check();
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  const cli = dialog.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toHaveText(
    continued(
      'aws iam attach-group-policy',
      '--group-name e2e-code-devs',
      `--policy-arn ${READ_ONLY}`,
    ),
  );
  await dialog.getByRole('tab', { name: 'Pulumi TypeScript' }).click();
  await expect(dialog.getByLabel('index.ts', { exact: true })).toContainText(
    'new aws.iam.GroupPolicyAttachment("e2e-code-devs-ReadOnlyAccess"',
  );
  await dialog.getByRole('button', { name: 'Attach policy' }).click();
  await expect(page.getByRole('row', { name: /^ReadOnlyAccess/ })).toContainText('Directly');
  const attached = await iam.send(
    new ListAttachedGroupPoliciesCommand({ GroupName: 'e2e-code-devs' }),
  );
  expect(attached.AttachedPolicies?.map((policy) => policy.PolicyArn)).toEqual([READ_ONLY]);

  // Rename only: the command carries the new name and no path.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit e2e-code-devs' });
  await edit.getByLabel('Group name').fill('e2e-code-engineers');
  await edit.getByRole('button', { name: /Show as code/ }).click();
  const renameCli = edit.getByLabel('AWS CLI commands', { exact: true });
  await expect(renameCli).toHaveText(
    'aws iam update-group --group-name e2e-code-devs --new-group-name e2e-code-engineers',
  );
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/groups\/e2e-code-engineers$/);
  const renamed = await iam.send(new GetGroupCommand({ GroupName: 'e2e-code-engineers' }));
  expect(renamed.Group?.Path).toBe('/');
});

test("a role's description and tags are edited, each shown as code first", async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'e2e-code-role',
      AssumeRolePolicyDocument: TRUST,
      Description: 'before',
      Tags: [
        { Key: 'Team', Value: 'QA' },
        { Key: 'Old', Value: 'x' },
      ],
    }),
  );

  await page.goto('/roles/e2e-code-role');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit e2e-code-role' });
  await edit.getByLabel('Description').fill("the CI's role");
  await edit.getByRole('button', { name: /Show as code/ }).click();
  await expect(edit.getByLabel('AWS CLI commands', { exact: true })).toHaveText(
    continued(
      'aws iam update-role',
      '--role-name e2e-code-role',
      "--description 'the CI'\\''s role'",
      '--max-session-duration 3600',
    ),
  );
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText("the CI's role")).toBeVisible();

  // Tags: change Team, remove Old, add Env. Rows are found by key: IAM orders them its own way.
  const keys = await page
    .getByLabel(/^Tag key \d+$/)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(keys.sort()).toEqual(['Old', 'Team']);
  const team = keys.indexOf('Team') + 1;
  await page.getByLabel(`Tag value ${team}`).fill('Platform');
  await page.getByRole('button', { name: `Remove tag ${keys.indexOf('Old') + 1}` }).click();
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag key 2').fill('Env');
  await page.getByLabel('Tag value 2').fill('prod');

  // The tags form is the only part of the page, outside modals, that shows code.
  await page.getByRole('button', { name: /Show as code/ }).click();
  await expect(page.getByLabel('AWS CLI commands', { exact: true })).toHaveText(
    [
      'aws iam untag-role --role-name e2e-code-role --tag-keys Old',
      'aws iam tag-role --role-name e2e-code-role --tags ' +
        'Key=Team,Value=Platform Key=Env,Value=prod',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled();

  await page.reload();
  await expect(page.getByLabel('Tag key 1')).toBeVisible();
  const saved = await page
    .getByLabel(/^Tag value \d+$/)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(saved.sort()).toEqual(['Platform', 'prod']);
  const listed = await iam.send(new ListRoleTagsCommand({ RoleName: 'e2e-code-role' }));
  expect(listed.Tags?.map((tag) => `${tag.Key}=${tag.Value}`).sort()).toEqual([
    'Env=prod',
    'Team=Platform',
  ]);
  const role = await iam.send(new GetRoleCommand({ RoleName: 'e2e-code-role' }));
  expect(role.Role?.Description).toBe("the CI's role");
});
