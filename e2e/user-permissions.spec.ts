import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetUserPolicyCommand,
  ListUserTagsCommand,
} from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const UserName = 'e2e-permissions-user';

test.beforeEach(async ({ page, baseURL }) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateUserCommand({ UserName }));
  await iam.send(new CreateGroupCommand({ GroupName: 'e2e-readers' }));
  await iam.send(new CreateGroupCommand({ GroupName: 'e2e-auditors' }));
  await iam.send(
    new AttachGroupPolicyCommand({
      GroupName: 'e2e-readers',
      PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    }),
  );
  await iam.send(new AddUserToGroupCommand({ GroupName: 'e2e-readers', UserName }));
  await signInAsRoot(page);
});

test('shows inherited policies, attaches ReadOnlyAccess, adds an inline policy', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/users/${UserName}`);
  const inherited = page.getByRole('row', { name: /IAMReadOnlyAccess/ });
  await expect(inherited).toContainText('Group e2e-readers');
  await expect(inherited.getByRole('button', { name: /Detach/ })).toHaveCount(0);

  // Attach AWS managed ReadOnlyAccess, found through the search box.
  await page.getByRole('button', { name: 'Attach policies' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('searchbox', { name: 'Filter policies' }).fill('policy/ReadOnlyAccess');
  await dialog
    .getByRole('checkbox', { name: 'Select arn:aws:iam::aws:policy/ReadOnlyAccess' })
    .check();
  await dialog.getByRole('button', { name: 'Attach policy' }).click();
  const direct = page.getByRole('row', { name: /^ReadOnlyAccess/ });
  await expect(direct).toContainText('AWS managed');
  await expect(direct).toContainText('Directly');

  // An inline policy: a grammar slip is caught before IAM sees it.
  await page.getByRole('button', { name: 'Add inline policy' }).click();
  await dialog.getByLabel('Policy name').fill('read-own-user');
  const document = dialog.getByRole('textbox', { name: 'Policy document' });
  await document.fill('{"Statement": {"Effect": "Allow", "Action": "GetUser", "Resource": "*"}}');
  await expect(dialog.getByText(/"GetUser" is not of the form service:Action/)).toBeVisible();
  const policy = {
    Version: '2012-10-17',
    Statement: { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
  };
  await document.fill(JSON.stringify(policy));
  await dialog.getByRole('button', { name: 'Add policy' }).click();
  await expect(page.getByRole('row', { name: /read-own-user/ })).toContainText('Inline');
  const saved = await rootIam(baseURL).send(
    new GetUserPolicyCommand({ UserName, PolicyName: 'read-own-user' }),
  );
  expect(JSON.parse(decodeURIComponent(saved.PolicyDocument ?? ''))).toEqual(policy);

  // Editing shows IAM's own refusal of what the checks let through.
  await page.getByRole('button', { name: 'Edit read-own-user' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Policy document' })).toHaveValue(/iam:GetUser/);
  await dialog
    .getByLabel('Policy document')
    .fill(JSON.stringify({ ...policy, Statement: { ...policy.Statement, Resource: 'nope' } }));
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText(/MalformedPolicyDocument/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Detach ReadOnlyAccess' }).click();
  await page
    .getByRole('dialog')
    .filter({ visible: true })
    .getByRole('button', { name: 'Detach' })
    .click();
  await expect(page.getByRole('row', { name: /^ReadOnlyAccess/ })).toHaveCount(0);
});

test('adds the user to a group and removes it from one', async ({ page }) => {
  await page.goto(`/users/${UserName}?tab=groups`);
  await page.getByRole('button', { name: 'Add to groups' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('checkbox', { name: 'Select e2e-auditors' }).check();
  await dialog.getByRole('button', { name: 'Add to groups' }).click();
  await expect(page.getByRole('link', { name: 'e2e-auditors' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove from e2e-readers' }).click();
  await page
    .getByRole('dialog')
    .filter({ visible: true })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByRole('link', { name: 'e2e-readers' })).toHaveCount(0);
});

test('edits tags with IAM rules checked as they are typed', async ({ page, baseURL }) => {
  await page.goto(`/users/${UserName}?tab=tags`);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag key 1').fill('aws:team');
  await expect(page.getByText('Keys starting with "aws:" are reserved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled();
  await page.getByLabel('Tag key 1').fill('Team');
  await page.getByLabel('Tag value 1').fill('blue');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag key 2').fill('team');
  await expect(page.getByText(/repeats row 1: keys ignore case/)).toBeVisible();
  await page.getByLabel('Tag key 2').fill('CostCenter');
  await page.getByLabel('Tag value 2').fill('42');
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled();

  // Change one value and remove the other: one TagUser and one UntagUser. The saved tags come
  // back in IAM's order, so the rows are found by key.
  const keys = await page
    .getByLabel(/^Tag key \d+$/)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const team = keys.indexOf('Team') + 1;
  const costCenter = keys.indexOf('CostCenter') + 1;
  await page.getByLabel(`Tag value ${team}`).fill('red');
  await page.getByRole('button', { name: `Remove tag ${costCenter}` }).click();
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled();
  const { Tags } = await rootIam(baseURL).send(new ListUserTagsCommand({ UserName }));
  expect(Tags).toEqual([{ Key: 'Team', Value: 'red' }]);
});
