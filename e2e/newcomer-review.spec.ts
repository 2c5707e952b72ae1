import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsIamUser, signInAsRoot, test } from './fixtures.ts';

const userName = 'e2e-reviewer';
const userArn = `arn:aws:iam::${accountId}:user/${userName}`;

function policy(Statement: object[]) {
  return JSON.stringify({ Version: '2012-10-17', Statement });
}

/** A user that may assume the role "e2e-auditor", which trusts it; returns the user's key. */
async function userWhoMaySwitch(baseURL: string | undefined) {
  const iam = rootIam(baseURL);
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: userName,
      PolicyName: 'switch',
      PolicyDocument: policy([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]),
    }),
  );
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'e2e-auditor',
      AssumeRolePolicyDocument: policy([
        { Effect: 'Allow', Principal: { AWS: userArn }, Action: 'sts:AssumeRole' },
      ]),
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return {
    accessKeyId: AccessKey?.AccessKeyId ?? '',
    secretAccessKey: AccessKey?.SecretAccessKey ?? '',
  };
}

test('the role indicator is set in the console font, not the browser default', async ({
  page,
  baseURL,
}) => {
  const key = await userWhoMaySwitch(baseURL);
  await page.setViewportSize({ width: 800, height: 800 });
  await signInAsIamUser(page, accountId, key, userArn);

  await page.goto(`/switchrole?account=${accountId}&roleName=e2e-auditor&displayName=Auditor`);
  await page.getByRole('button', { name: 'Switch role' }).click();
  const indicator = page.getByRole('status', { name: 'Active role' });
  await expect(indicator).toContainText('Auditor');

  // The Back button is a Cloudscape component: its font is the console's.
  const fontOf = (element: HTMLElement | SVGElement) => getComputedStyle(element).fontFamily;
  const consoleFont = await indicator.getByRole('button').evaluate(fontOf);
  expect(consoleFont).toContain('Open Sans');
  expect(await indicator.getByText('Auditor', { exact: true }).evaluate(fontOf)).toBe(consoleFont);
  expect(await indicator.getByText(/:role\/e2e-auditor$/).evaluate(fontOf)).toBe(consoleFont);
});

test('the dashboard says so when no user has a console password', async ({ page, baseURL }) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName: 'ci-deployer' }));
  await page.setViewportSize({ width: 800, height: 800 });
  await signInAsRoot(page);
  await expect(page.getByText('No user has a console password')).toBeVisible();
  await expect(page.getByText('Every user with a console password has MFA')).toBeHidden();
  await page.getByText('No user has a console password').scrollIntoViewIfNeeded();
});

test('the root user is not offered Switch role; the page still explains why', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await signInAsRoot(page);
  await page.getByRole('button', { name: 'root', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Switch role' })).toHaveCount(0);

  await page.goto('/switchrole');
  await expect(
    page.getByText('When left empty, the top bar shows the role name @ the account.'),
  ).toBeVisible();
  await page.getByLabel('Account ID or alias').fill(accountId);
  await page.getByLabel('Role name').fill('e2e-auditor');
  await page.getByRole('button', { name: 'Switch role' }).click();
  await expect(page.getByText(/AWS does not let the root user assume roles/)).toBeVisible();
});

test('a refused CreateRole is shown at the top of the review step, in view and focused', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await signInAsRoot(page);
  await page.goto('/roles/create');
  await page.getByRole('radio', { name: /Custom trust policy/ }).check();
  const editor = page.getByRole('textbox', { name: /Trust policy/ }).filter({ visible: true });
  const missingUser = `arn:aws:iam::${accountId}:user/no-such-user`;
  await editor.fill(
    policy([{ Effect: 'Allow', Principal: { AWS: missingUser }, Action: 'sts:AssumeRole' }]),
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Role name').fill('e2e-refused');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create role' }).click();

  const failure = page.getByRole('group', { name: 'Create role failed' });
  await expect(failure).toContainText('CreateRole failed: MalformedPolicyDocument');
  await expect(failure).toContainText('Invalid principal in policy');
  await expect(failure).toBeFocused();
  await expect(failure).toBeInViewport();
  // Above the role's summary: the first thing on the step.
  const summary = page.getByRole('heading', { name: 'Role', exact: true });
  const [alertBox, summaryBox] = [await failure.boundingBox(), await summary.boundingBox()];
  expect(alertBox?.y ?? Infinity).toBeLessThan(summaryBox?.y ?? 0);
});

test("the trust policy editor flags a deleted principal's unique ID", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await signInAsRoot(page);
  await page.goto('/roles/create');
  await page.getByRole('radio', { name: /Custom trust policy/ }).check();
  const editor = page.getByRole('textbox', { name: /Trust policy/ }).filter({ visible: true });
  await editor.fill(
    policy([
      { Effect: 'Allow', Principal: { AWS: 'AIDA4MLLRH2ZONPYPV3MF' }, Action: 'sts:AssumeRole' },
    ]),
  );
  await expect(page.getByText(/names a user that was deleted/).first()).toBeVisible();
  await expect(page.getByText(/follows the policy grammar/)).toBeHidden();
});
