import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  IAMClient,
  PasswordPolicyViolationException,
} from '@aws-sdk/client-iam';
import { accountAlias, accountId, expect, root, signInAsRoot, test } from './fixtures.ts';

function iamAsRoot(baseURL: string | undefined): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: new URL('/local-aws/', baseURL).toString(),
    credentials: root,
  });
}

test('the administrator deletes the account alias, then creates another', async ({ page }) => {
  await signInAsRoot(page);
  const aliasValue = page.getByText(accountAlias, { exact: true }).filter({ visible: true });
  await expect(aliasValue.first()).toBeVisible();

  await page.getByRole('button', { name: 'Delete alias' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Account alias ${accountAlias} deleted.`)).toBeVisible();
  await expect(page.getByText(`/signin/${accountId}`).filter({ visible: true })).toHaveCount(1);

  await page.getByRole('button', { name: 'Create alias' }).click();
  const input = page.getByRole('dialog').getByLabel('Account alias');
  await input.fill('E2E--Alias');
  await expect(page.getByText('Use lowercase letters only.')).toBeVisible();
  await input.fill('e2e-new-alias');
  await page.getByRole('button', { name: 'Save alias' }).click();
  await expect(page.getByText('Account alias is now e2e-new-alias.')).toBeVisible();
  await expect(page.getByText('/signin/e2e-new-alias').filter({ visible: true })).toHaveCount(1);
});

test('a password policy is saved, shown, and enforced when a password is set', async ({
  page,
  baseURL,
}) => {
  await signInAsRoot(page);
  await page.getByRole('link', { name: 'Password policy' }).click();
  await expect(page.getByText(/This account has no password policy/)).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const length = page.getByLabel('Minimum password length');
  await length.fill('200');
  await expect(page.getByText('Must be from 6 to 128.')).toBeVisible();
  await length.fill('20');
  await page.getByRole('checkbox', { name: 'Prevent password reuse' }).check();
  await page.getByLabel('Remember this many earlier passwords').fill('3');
  await page.getByRole('button', { name: /Show as code/ }).click();
  const cli = page.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam update-account-password-policy');
  await expect(cli).toContainText('--minimum-password-length 20');
  await expect(cli).toContainText('--password-reuse-prevention 3');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('Password policy saved.')).toBeVisible();
  await expect(page.getByText('20 characters')).toBeVisible();
  await expect(page.getByText('Prevented for the last 3')).toBeVisible();

  // The local account now refuses a password of the default policy's length.
  const iam = iamAsRoot(baseURL);
  await iam.send(new CreateUserCommand({ UserName: 'policy-user' }));
  const short = iam.send(
    new CreateLoginProfileCommand({ UserName: 'policy-user', Password: 'Short-Passw0rd!' }),
  );
  await expect(short).rejects.toBeInstanceOf(PasswordPolicyViolationException);

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog').filter({ visible: true });
  await confirm.getByRole('button', { name: /Show as code/ }).click();
  await expect(confirm.getByLabel('AWS CLI commands', { exact: true })).toHaveText(
    'aws iam delete-account-password-policy',
  );
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/IAM's default rules apply/).first()).toBeVisible();
  await expect(page.getByText(/This account has no password policy/)).toBeVisible();
});

test('the dashboard recommends MFA for console users without it', async ({ page, baseURL }) => {
  const iam = iamAsRoot(baseURL);
  await iam.send(new CreateUserCommand({ UserName: 'no-mfa-user' }));
  await iam.send(
    new CreateLoginProfileCommand({ UserName: 'no-mfa-user', Password: 'Console-Passw0rd!' }),
  );

  await signInAsRoot(page);
  await expect(page.getByText(/with a console password and no MFA/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'no-mfa-user' })).toBeVisible();
  await expect(page.getByText('The root user has access keys')).toBeVisible();
});
