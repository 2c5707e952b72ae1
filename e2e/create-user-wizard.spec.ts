import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

test('the wizard copies permissions from a user, adds tags, shows the code, and creates', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateGroupCommand({ GroupName: 'wizard-developers' }));
  await iam.send(new CreateUserCommand({ UserName: 'wizard-template' }));
  await iam.send(
    new AddUserToGroupCommand({ GroupName: 'wizard-developers', UserName: 'wizard-template' }),
  );
  await iam.send(
    new AttachUserPolicyCommand({ UserName: 'wizard-template', PolicyArn: READ_ONLY }),
  );

  await signInAsRoot(page);
  await page.goto('/users/create');

  // Step 1: details. "Next" refuses an empty name.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Enter a user name.')).toBeVisible();
  await page.getByLabel('User name').fill('wizard-user');
  await page.getByLabel('Path').fill('/wizard/team/');
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('radio', { name: /custom password/i }).check();
  await page.locator('input[type="password"]').fill('Wizard-Example-Pass-1');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Step 2: permissions copied from another user.
  await page.getByRole('button', { name: /Choose a user/ }).click();
  await page.getByRole('option', { name: /wizard-template/ }).click();
  await expect(page.getByText('Copied 1 groups and 1 policies.')).toBeVisible();
  await expect(page.getByText('wizard-developers').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('ReadOnlyAccess').filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Step 3: tags.
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await page.getByLabel('Tag key 1').fill('Team');
  await page.getByLabel('Tag value 1').fill('QA');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Step 4: review, with the request as code and never the password.
  await expect(page.getByRole('heading', { name: 'Review and create' }).first()).toBeVisible();
  await page.getByRole('button', { name: /Show as code/ }).click();
  const cli = page.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText(
    'aws iam create-user --user-name wizard-user --path /wizard/team/ --tags Key=Team,Value=QA',
  );
  await expect(cli).toContainText(
    'aws iam add-user-to-group --group-name wizard-developers --user-name wizard-user',
  );
  await expect(cli).toContainText(`--policy-arn ${READ_ONLY}`);
  await expect(cli).toContainText('--password "$PASSWORD" \\\n    --password-reset-required');
  await expect(cli).not.toContainText('Wizard-Example-Pass-1');

  await page.getByRole('tab', { name: 'Pulumi Python' }).click();
  const python = page.getByLabel('__main__.py', { exact: true });
  await expect(python).toContainText('user = iam.User(');
  await expect(python).toContainText('groups=["wizard-developers"]');
  await expect(python).not.toContainText('Wizard-Example-Pass-1');
  await page.getByRole('tab', { name: 'Pulumi Go' }).click();
  await expect(page.getByLabel('main.go', { exact: true })).toContainText(
    'iam.NewUserGroupMembership(ctx',
  );

  await page.getByRole('button', { name: 'Create user' }).click();

  // The credentials page, then what IAM now holds.
  await expect(
    page.getByRole('heading', { name: 'Retrieve credentials for wizard-user' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /download \.csv/i })).toBeVisible();

  const user = await iam.send(new GetUserCommand({ UserName: 'wizard-user' }));
  expect(user.User?.Path).toBe('/wizard/team/');
  expect(user.User?.Tags).toEqual([{ Key: 'Team', Value: 'QA' }]);
  const groups = await iam.send(new ListGroupsForUserCommand({ UserName: 'wizard-user' }));
  expect(groups.Groups?.map((group) => group.GroupName)).toEqual(['wizard-developers']);
  const policies = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'wizard-user' }));
  expect(policies.AttachedPolicies?.map((policy) => policy.PolicyArn)).toEqual([READ_ONLY]);
  const profile = await iam.send(new GetLoginProfileCommand({ UserName: 'wizard-user' }));
  expect(profile.LoginProfile?.PasswordResetRequired).toBe(true);
});

test("a typed password is checked against the account's policy before any user is made", async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, RequireSymbols: true }),
  );
  await signInAsRoot(page);
  await page.goto('/users/create');
  await page.getByLabel('User name').fill('wizard-policy');
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('radio', { name: /custom password/i }).check();
  await page.locator('input[type="password"]').fill('Abcdefghijk12');
  await expect(page.getByText(/does not meet the account password policy/)).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Fix the fields marked below.').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set permissions' })).toHaveCount(0);

  await page.locator('input[type="password"]').fill('Abcdefghijk12!x');
  await expect(page.getByText(/does not meet the account password policy/)).toBeHidden();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Set permissions' }).first()).toBeVisible();
  await expect(iam.send(new GetUserCommand({ UserName: 'wizard-policy' }))).rejects.toThrow();
});
