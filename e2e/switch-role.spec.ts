import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { accountAlias, accountId, expect, root, signInAsIamUser, test } from './fixtures.ts';

const userName = 'e2e-switcher';
const userArn = `arn:aws:iam::${accountId}:user/${userName}`;
const roleArn = `arn:aws:iam::${accountId}:role/ops/e2e-operator`;

function policy(Statement: object[]) {
  return JSON.stringify({ Version: '2012-10-17', Statement });
}

/** A user allowed to assume one role, and that role trusting the user; returns the user's key. */
async function setUp(baseURL: string | undefined) {
  const iam = new IAMClient({
    endpoint: `${baseURL}/local-aws/`,
    region: 'us-east-1',
    credentials: { accessKeyId: root.accessKeyId, secretAccessKey: root.secretAccessKey },
  });
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: userName,
      PolicyName: 'switch',
      PolicyDocument: policy([
        { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn },
        { Effect: 'Allow', Action: 'iam:ListAccountAliases', Resource: '*' },
      ]),
    }),
  );
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'e2e-operator',
      Path: '/ops/',
      AssumeRolePolicyDocument: policy([
        { Effect: 'Allow', Principal: { AWS: userArn }, Action: 'sts:AssumeRole' },
      ]),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'e2e-operator',
      PolicyName: 'read',
      PolicyDocument: policy([{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }]),
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return {
    accessKeyId: AccessKey?.AccessKeyId ?? '',
    secretAccessKey: AccessKey?.SecretAccessKey ?? '',
  };
}

test('a user switches to a role by alias, sees it in the top bar, and goes back', async ({
  page,
  baseURL,
}) => {
  const key = await setUp(baseURL);

  await signInAsIamUser(page, accountAlias, key, userArn);

  // The switch-role link fills the form; the alias resolves to this account.
  const link = new URLSearchParams({
    account: accountAlias,
    roleName: 'ops/e2e-operator',
    displayName: 'Operator',
  });
  await page.goto(`/switchrole?${link.toString()}`);
  await expect(page.getByLabel('Role name')).toHaveValue('ops/e2e-operator');
  await page.getByRole('radio', { name: 'Green' }).check();
  await page.getByRole('button', { name: 'Switch role' }).click();

  const indicator = page.getByRole('status', { name: 'Active role' });
  await expect(indicator).toContainText('Operator');
  await expect(indicator).toContainText(roleArn);
  await expect(indicator).toHaveCSS('background-color', 'rgb(29, 129, 2)');
  await expect(
    page
      .getByText(`arn:aws:sts::${accountId}:assumed-role/e2e-operator/${userName}`)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();

  // Back to the user's own credentials; the role stays in the recent list for this tab.
  await indicator.getByRole('button', { name: `Back to ${userName}` }).click();
  await expect(indicator).toBeHidden();
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
  await page.goto('/switchrole');
  await expect(page.getByRole('list', { name: 'Recently used roles' })).toContainText('Operator');
  const stored = await page.evaluate(() =>
    window.sessionStorage.getItem('iam-console.recent-roles'),
  );
  expect(stored).not.toMatch(/Secret|SessionToken|ASIA/);

  // One click on a recent role switches again.
  await page.getByRole('button', { name: 'Switch to Operator' }).click();
  await expect(indicator).toContainText('Operator');
});

test('a role the user may not assume (wrong path) is refused in the form', async ({
  page,
  baseURL,
}) => {
  const key = await setUp(baseURL);
  await signInAsIamUser(page, accountId, key, userArn);

  await page.goto(`/switchrole?account=${accountId}&roleName=e2e-operator`);
  await page.getByRole('button', { name: 'Switch role' }).click();
  await expect(page.getByText(/Could not switch role: AccessDenied/)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Active role' })).toBeHidden();
});
