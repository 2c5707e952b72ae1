import {
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  type EnableMFADeviceCommandInput,
  ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { Secret, TOTP } from 'otpauth';
import { accountId, expect, root, rootIam, test } from './fixtures.ts';

const rootArn = `arn:aws:iam::${accountId}:root`;

/**
 * A virtual MFA device for the root user: EnableMFADevice without UserName assigns it to the
 * caller, as the root user does from its own security credentials page.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html
 * It is enabled with codes a minute and a half old, so the current code is still unused.
 */
async function rootWithMfa(baseURL: string | undefined): Promise<TOTP> {
  const iam = rootIam(baseURL);
  const device = (
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'root-e2e' }))
  ).VirtualMFADevice!;
  const totp = new TOTP({
    secret: Secret.fromBase32(Buffer.from(device.Base32StringSeed!).toString('ascii')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  const now = Date.now();
  const forCaller: Omit<EnableMFADeviceCommandInput, 'UserName'> = {
    SerialNumber: device.SerialNumber,
    AuthenticationCode1: totp.generate({ timestamp: now - 90_000 }),
    AuthenticationCode2: totp.generate({ timestamp: now - 60_000 }),
  };
  // The SDK's model marks UserName required; the local account assigns the device to the
  // caller when it is left out, which is the only way to give the root user one here.
  await iam.send(new EnableMFADeviceCommand(forCaller as EnableMFADeviceCommandInput));
  const devices = (await iam.send(new ListMFADevicesCommand({}))).MFADevices ?? [];
  expect(devices.map((listed) => listed.SerialNumber)).toEqual([device.SerialNumber]);
  return totp;
}

/** A code from none of the windows around now, so it cannot match by chance. */
function wrongCode(totp: TOTP): string {
  const now = Date.now();
  const valid = new Set(
    [-90_000, -60_000, -30_000, 0, 30_000, 60_000].map((offset) =>
      totp.generate({ timestamp: now + offset }),
    ),
  );
  for (let candidate = 0; candidate < 10; candidate += 1) {
    const code = String(123456 + candidate * 111111).slice(-6);
    if (!valid.has(code)) return code;
  }
  throw new Error('No wrong code found among ten candidates');
}

test('the root user signs in with its keys and an MFA code; a wrong code is refused', async ({
  page,
  baseURL,
}) => {
  const totp = await rootWithMfa(baseURL);

  await page.goto('/signin');
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(root.accessKeyId);
  await page.getByLabel('Secret access key').fill(root.secretAccessKey);
  await page.getByLabel('MFA code').fill(wrongCode(totp));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Sign-in failed/)).toBeVisible();
  // The device was found (a wrong serial number has its own message), only the code is wrong.
  await expect(page.getByText(/invalid MFA one time pass code/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);

  await page.getByLabel('MFA code').fill(totp.generate());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(rootArn).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Yes (temporary credentials)')).toBeVisible();
});
