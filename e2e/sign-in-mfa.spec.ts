import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { accountAlias, accountId, expect, root, test } from './fixtures.ts';

const UserName = 'mfa-console-user';
const Password = 'Mfa-Console-Passw0rd!';
const userArn = `arn:aws:iam::${accountId}:user/${UserName}`;

function iamAsRoot(baseURL: string | undefined): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: new URL('/local-aws/', baseURL).toString(),
    credentials: root,
  });
}

/**
 * A user with a password, an access key and a virtual MFA device, assigned through the API with
 * codes an authenticator app would show. The device is enabled with codes a minute and a half
 * old, so that the current code and the next one are still unused for the sign-ins.
 */
async function userWithMfa(baseURL: string | undefined) {
  const iam = iamAsRoot(baseURL);
  await iam.send(new CreateUserCommand({ UserName }));
  await iam.send(new CreateLoginProfileCommand({ UserName, Password }));
  // Signing in with keys and a code lists the user's own devices.
  await iam.send(
    new PutUserPolicyCommand({
      UserName,
      PolicyName: 'list-own-mfa',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:ListMFADevices', Resource: '*' },
          { Effect: 'Allow', Action: 'iam:ListAccountAliases', Resource: '*' },
        ],
      }),
    }),
  );
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName }))).AccessKey!;
  const device = (
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }))
  ).VirtualMFADevice!;
  const totp = new TOTP({
    secret: Secret.fromBase32(Buffer.from(device.Base32StringSeed!).toString('ascii')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  const now = Date.now();
  await iam.send(
    new EnableMFADeviceCommand({
      UserName,
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: totp.generate({ timestamp: now - 90_000 }),
      AuthenticationCode2: totp.generate({ timestamp: now - 60_000 }),
    }),
  );
  return { key, totp };
}

async function expectSignedInWithMfa(page: Page) {
  await expect(page.getByText(userArn).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Yes (temporary credentials)')).toBeVisible();
}

test('an IAM user signs in with a password, is asked for the MFA code, and gives it', async ({
  page,
  baseURL,
}) => {
  const { totp } = await userWithMfa(baseURL);

  await page.goto(`/signin/${accountAlias}`);
  await page.getByRole('radio', { name: /^Password/ }).check();
  await page.getByLabel('IAM user name').fill(UserName);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(Password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('MFA code required')).toBeVisible();

  await page.getByLabel('MFA code').fill(totp.generate({ timestamp: Date.now() - 30_000 }));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInWithMfa(page);
});

test('an IAM user signs in with access keys and an MFA code', async ({ page, baseURL }) => {
  const { key, totp } = await userWithMfa(baseURL);

  await page.goto(`/signin/${accountAlias}`);
  await page.getByLabel('Access key ID').fill(key.AccessKeyId!);
  await page.getByLabel('Secret access key').fill(key.SecretAccessKey!);
  await page.getByLabel('MFA code').fill('000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Sign-in failed: AccessDenied/)).toBeVisible();

  await page.getByLabel('MFA code').fill(totp.generate());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInWithMfa(page);
});
