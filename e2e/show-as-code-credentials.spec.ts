import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  GetLoginProfileCommand,
  GetSSHPublicKeyCommand,
  ListAccessKeysCommand,
  ListSSHPublicKeysCommand,
} from '@aws-sdk/client-iam';
import { openSshRsaKey } from './credential-material.ts';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const UserName = 'e2e-code-creds';

test.beforeEach(async ({ baseURL }) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));
});

test('deactivating an access key shows update-access-key, then sends it', async ({
  page,
  baseURL,
  secretsWatch,
}) => {
  const iam = rootIam(baseURL);
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
  const AccessKeyId = AccessKey?.AccessKeyId ?? '';
  const SecretAccessKey = AccessKey?.SecretAccessKey ?? '';
  secretsWatch.add(SecretAccessKey);

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
  await page.getByRole('button', { name: `Deactivate access key ${AccessKeyId}` }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await expect(dialog).toContainText(`Deactivate access key ${AccessKeyId}?`);

  await dialog.getByRole('button', { name: /Show as code/ }).click();
  const cli = dialog.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam update-access-key');
  await expect(cli).toContainText(`--user-name ${UserName}`);
  await expect(cli).toContainText(`--access-key-id ${AccessKeyId}`);
  await expect(cli).toContainText('--status Inactive');
  await expect(cli).not.toContainText(SecretAccessKey);

  await dialog.getByRole('tab', { name: 'Pulumi TypeScript' }).click();
  const typescript = dialog.getByLabel('index.ts', { exact: true });
  await expect(typescript).toContainText(`new aws.iam.AccessKey("${UserName}-access-key", {`);
  await expect(typescript).toContainText('status: "Inactive",');

  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: `Activate access key ${AccessKeyId}` }),
  ).toBeVisible();
  const { AccessKeyMetadata } = await iam.send(new ListAccessKeysCommand({ UserName }));
  expect(AccessKeyMetadata?.map((key) => [key.AccessKeyId, key.Status])).toEqual([
    [AccessKeyId, 'Inactive'],
  ]);
});

test('creating an access key shows create-access-key first', async ({ page, baseURL }) => {
  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  await expect(dialog.getByLabel('AWS CLI commands', { exact: true })).toHaveText(
    `aws iam create-access-key --user-name ${UserName}`,
  );
  await expect(await rootIam(baseURL).send(new ListAccessKeysCommand({ UserName }))).toMatchObject({
    AccessKeyMetadata: [],
  });

  await dialog.getByRole('button', { name: 'Create access key' }).click();
  await expect(page.getByRole('dialog', { name: 'Access key created' })).toBeVisible();
  const { AccessKeyMetadata } = await rootIam(baseURL).send(
    new ListAccessKeysCommand({ UserName }),
  );
  expect(AccessKeyMetadata).toHaveLength(1);
});

test('resetting the console password shows update-login-profile without the password', async ({
  page,
  baseURL,
  secretsWatch,
}) => {
  const iam = rootIam(baseURL);
  const oldPassword = 'Old-pass-e2e-1234!';
  const newPassword = 'New-pass-e2e-5678!';
  secretsWatch.add(oldPassword);
  secretsWatch.add(newPassword);
  await iam.send(
    new CreateLoginProfileCommand({
      UserName,
      Password: oldPassword,
      PasswordResetRequired: false,
    }),
  );

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('radio', { name: 'Custom password' }).check();
  await dialog.getByRole('textbox', { name: 'Custom password' }).fill(newPassword);

  await dialog.getByRole('button', { name: /Show as code/ }).click();
  const cli = dialog.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('read -rs PASSWORD');
  await expect(cli).toContainText('aws iam update-login-profile');
  await expect(cli).toContainText(`--user-name ${UserName}`);
  await expect(cli).toContainText('--password "$PASSWORD"');
  await expect(cli).toContainText('--password-reset-required');
  await expect(cli).not.toContainText(newPassword);
  await expect(cli).not.toContainText(oldPassword);

  await dialog.getByRole('tab', { name: 'Pulumi Python' }).click();
  const python = dialog.getByLabel('__main__.py', { exact: true });
  await expect(python).toContainText('#   aws iam update-login-profile');
  await expect(python).not.toContainText(newPassword);

  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog.getByText(`Console password for ${UserName}`)).toBeVisible();
  const { LoginProfile } = await iam.send(new GetLoginProfileCommand({ UserName }));
  expect(LoginProfile?.PasswordResetRequired).toBe(true);
  await dialog.getByRole('button', { name: 'Done' }).click();
});

test('uploading an SSH public key shows upload-ssh-public-key with that key', async ({
  page,
  baseURL,
}) => {
  const body = openSshRsaKey('e2e-code@example').body;
  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
  await page.getByRole('button', { name: 'Upload SSH public key' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });

  await dialog.getByRole('button', { name: /Show as code/ }).click();
  await expect(dialog.getByText('Nothing to send yet.')).toBeVisible();
  await dialog.getByLabel('SSH public key').fill(`${body}\n`);
  const cli = dialog.getByLabel('AWS CLI commands', { exact: true });
  await expect(cli).toContainText('aws iam upload-ssh-public-key');
  await expect(cli).toContainText(`--user-name ${UserName}`);
  await expect(cli).toContainText(`--ssh-public-key-body '${body}'`);

  await dialog.getByRole('tab', { name: 'Pulumi Go' }).click();
  await expect(dialog.getByLabel('main.go', { exact: true })).toContainText(
    `iam.NewSshKey(ctx, "${UserName}-ssh-key"`,
  );

  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(dialog).toBeHidden();
  const iam = rootIam(baseURL);
  const { SSHPublicKeys } = await iam.send(new ListSSHPublicKeysCommand({ UserName }));
  expect(SSHPublicKeys).toHaveLength(1);
  const SSHPublicKeyId = SSHPublicKeys?.[0]?.SSHPublicKeyId ?? '';
  await expect(page.getByRole('rowheader', { name: SSHPublicKeyId })).toBeVisible();
  const { SSHPublicKey } = await iam.send(
    new GetSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Encoding: 'SSH' }),
  );
  expect(SSHPublicKey?.SSHPublicKeyBody?.split(' ').slice(0, 2)).toEqual(
    body.split(' ').slice(0, 2),
  );
});
