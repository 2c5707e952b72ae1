import {
  CreateUserCommand,
  ListVirtualMFADevicesCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { Secret, TOTP } from 'otpauth';
import { openSshRsaKey, selfSignedCertificate } from './credential-material.ts';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const UserName = 'e2e-credentials-user';

test.beforeEach(async ({ page, baseURL }) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));
  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
});

test('assigns a virtual MFA device with two codes computed from the shown secret', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();

  await expect(dialog.getByRole('img', { name: 'QR code for the MFA device' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Show Secret key' }).click();
  const seed = (await dialog.getByLabel('Secret key', { exact: true }).textContent()) ?? '';
  expect(seed).toMatch(/^[A-Z2-7]{32,}=*$/);

  // Two consecutive codes, the previous time step's and the current one's.
  const totp = new TOTP({ secret: Secret.fromBase32(seed), digits: 6, period: 30 });
  const step = Math.floor(Date.now() / 30_000);
  await dialog.getByLabel('MFA code 1').fill(totp.generate({ timestamp: (step - 1) * 30_000 }));
  await dialog.getByLabel('MFA code 2').fill(totp.generate({ timestamp: step * 30_000 }));
  await dialog.getByRole('button', { name: 'Add MFA device' }).click();

  const serial = `arn:aws:iam::${accountId}:mfa/${UserName}`;
  await expect(page.getByRole('rowheader', { name: serial })).toBeVisible();

  await page.getByRole('button', { name: `Remove ${serial}` }).click();
  await page
    .getByRole('dialog')
    .filter({ visible: true })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByText('No MFA devices')).toBeVisible();
});

test('refuses codes that are not six digits before calling IAM', async ({ page, baseURL }) => {
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByLabel('MFA code 1').fill('12345');
  await dialog.getByRole('button', { name: 'Add MFA device' }).click();
  await expect(dialog.getByText('Enter the six digits the app shows.')).toBeVisible();

  // Cancelling deletes the device that was created but never enabled.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('Deleted the unassigned MFA device').filter({ visible: true }),
  ).toBeVisible();
  const { VirtualMFADevices } = await rootIam(baseURL).send(new ListVirtualMFADevicesCommand({}));
  expect(VirtualMFADevices?.map((device) => device.SerialNumber)).not.toContain(
    `arn:aws:iam::${accountId}:mfa/${UserName}`,
  );
});

test('uploads an SSH public key, shows its fingerprint, deactivates and deletes it', async ({
  page,
}) => {
  const key = openSshRsaKey('e2e@example');
  await page.getByRole('button', { name: 'Upload SSH public key' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByLabel('SSH public key').fill(key.body);
  await dialog.getByRole('button', { name: 'Upload' }).click();

  await expect(page.getByText(key.fingerprint)).toBeVisible();
  await page.getByRole('button', { name: /^Deactivate SSH public key APKA/ }).click();
  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Activate SSH public key APKA/ })).toBeVisible();

  await page.getByRole('button', { name: /^Delete SSH public key APKA/ }).click();
  await page
    .getByRole('dialog')
    .filter({ visible: true })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('No SSH public keys')).toBeVisible();
});

test('uploads a signing certificate and switches its status', async ({ page }) => {
  await page.getByRole('button', { name: 'Upload certificate' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByLabel('Certificate body').fill('not a certificate');
  await expect(dialog.getByText(/Paste a PEM certificate/)).toBeVisible();
  await dialog.getByLabel('Certificate body').fill(await selfSignedCertificate(UserName, '2a'));
  await dialog.getByRole('button', { name: 'Upload' }).click();

  await page.getByRole('button', { name: /^Deactivate certificate / }).click();
  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Activate certificate / })).toBeVisible();
  await page.getByRole('button', { name: /^Delete certificate / }).click();
  await page
    .getByRole('dialog')
    .filter({ visible: true })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('No signing certificates')).toBeVisible();
});

test('checks a new access key against STS and shows the identity it maps to', async ({ page }) => {
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Create access key' }).click();
  await dialog.getByRole('button', { name: 'Check this key' }).click();
  await expect(dialog.getByText(`arn:aws:iam::${accountId}:user/${UserName}`)).toBeVisible();
  await expect(dialog.getByText('The key works')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
});

test('checks the account password policy before setting a password', async ({ page, baseURL }) => {
  await rootIam(baseURL).send(
    new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 20, RequireSymbols: true }),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Enable console access' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await expect(dialog.getByText(/Account password policy: At least 20 characters/)).toBeVisible();
  // The default generated length, 15, is too short for this policy.
  await expect(dialog.getByText(/policy asks for at least 20 characters/)).toBeVisible();

  await dialog.getByRole('radio', { name: 'Custom password' }).check();
  await dialog.getByRole('textbox', { name: 'Custom password' }).fill('Abcdefghijklmnopqrs12');
  await expect(dialog.getByText(/asks for a symbol/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Custom password' }).fill('Abcdefghijklmnopqrs1!');
  await expect(dialog.getByText(/does not meet the account password policy/)).toBeHidden();
  await dialog.getByRole('button', { name: 'Enable console access' }).click();
  await expect(dialog.getByText(`Console password for ${UserName}`)).toBeVisible();
});
