import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  IAMClient,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Page } from '@playwright/test';
import { accountAlias, accountId, expect, root, test } from './fixtures.ts';

const UserName = 'reset-user';
const initialPassword = 'Initial-Passw0rd!';
const newPassword = 'A-much-longer-Passw0rd!';
const userArn = `arn:aws:iam::${accountId}:user/${UserName}`;

function iamAsRoot(baseURL: string | undefined): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: new URL('/local-aws/', baseURL).toString(),
    credentials: root,
  });
}

async function openPasswordSignIn(page: Page) {
  await page.goto(`/signin/${accountAlias}`);
  await expect(page.getByRole('radio', { name: /IAM user/ })).toBeChecked({ timeout: 15_000 });
  await page.getByRole('radio', { name: /^Password/ }).check();
  await page.getByLabel('IAM user name').fill(UserName);
}

async function submitPassword(page: Page, password: string) {
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an IAM user whose password requires a reset is made to change it', async ({
  page,
  baseURL,
}) => {
  const iam = iamAsRoot(baseURL);
  await iam.send(new CreateUserCommand({ UserName }));
  await iam.send(
    new CreateLoginProfileCommand({
      UserName,
      Password: initialPassword,
      PasswordResetRequired: true,
    }),
  );
  // Users may change their own password, and new ones need 20 characters.
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({
      MinimumPasswordLength: 20,
      AllowUsersToChangePassword: true,
    }),
  );

  await openPasswordSignIn(page);
  await submitPassword(page, 'Not-the-Passw0rd!');
  await expect(page.getByText('Your authentication information is incorrect.')).toBeVisible();

  await submitPassword(page, initialPassword);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();

  // The account password policy is enforced by ChangePassword.
  await page.getByLabel('New password', { exact: true }).fill('Short-Passw0rd!');
  await page.getByLabel('Retype new password').fill('Short-Passw0rd!');
  await page.getByRole('button', { name: 'Confirm password change' }).click();
  await expect(page.getByText(/PasswordPolicyViolation/)).toBeVisible();

  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Retype new password').fill(newPassword);
  await page.getByRole('button', { name: 'Confirm password change' }).click();
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();

  // The old password no longer works; the new one signs in with no reset asked.
  await page.evaluate(() => window.sessionStorage.clear());
  await openPasswordSignIn(page);
  await submitPassword(page, initialPassword);
  await expect(page.getByText('Your authentication information is incorrect.')).toBeVisible();
  await submitPassword(page, newPassword);
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
});

test('password sign-in is offered for the local account only', async ({ page }) => {
  await page.goto(`/signin/${accountAlias}`);
  await page.getByRole('radio', { name: /^Password/ }).check();
  await page.getByRole('radio', { name: /Custom endpoint/ }).check();
  await expect(
    page.getByText(/Password sign-in is only for the local account/).filter({ visible: true }),
  ).toHaveCount(1);
});
